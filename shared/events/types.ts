/** The events tenants and brokers can subscribe to (docs/events.md), and the webhooks' own. */
export const EVENT_TYPES = [
  'limit.decided',
  'limit.downgraded',
  'buyer.grade_changed',
  'sector.alert_raised',
  'referral.created',
  'overdue.notified',
  'claim.opened',
  'claim.invoices_added',
  'claim.deadline_approaching',
  'claim.indemnified',
  'claim.recovered',
  'webhook.test',
  'webhook.endpoint_disabled',
  'extension.requested',
  'extension.decided',
  'claim.costs_paid',
  'country.event_opened',
  'country.event_closed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Events between our own functions, never sent to webhooks (the webhook rule lists only
 * EVENT_TYPES): the monitoring fan-out runs on them, retried by EventBridge until done.
 */
export const MONITORING_EVENT_TYPES = ['buyer.regraded', 'sector.alert_opened', 'country.risk_changed'] as const;
/**
 * Access withdrawn (a key revoked, a broker's mandates changed): the gateway's authorizer
 * cache is flushed once more from the event (functions/tenancy/access.ts).
 */
export const ACCESS_EVENT_TYPES = ['access.changed'] as const;
/**
 * The end of a job run as work items (a sector alert's fan-out, a daily job's run): written
 * once, when the last item is done; no rule routes it (it is on the bus and in its archive, for
 * operators and replays).
 */
export const COMPLETION_EVENT_TYPES = ['sector.alert_applied', 'job.completed'] as const;

