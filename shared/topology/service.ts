/**
 * The service's names, apart from its routes: a function that only needs them (the outbox relay
 * needs the events' source) imports this, not the whole topology and every route's schemas.
 */
export const service = {
  service: 'bouclier',
  /** Events carry this EventBridge `source`; the custom bus has this name. */
  eventSource: 'bouclier',
  busName: 'bouclier',
  stage: 'live',
} as const;
