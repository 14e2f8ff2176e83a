/** The events tenants and brokers can subscribe to (SPEC section 4), and the webhooks' own. */
export const EVENT_TYPES = [
  'limit.decided',
  'limit.downgraded',
  'buyer.grade_changed',
  'sector.alert_raised',
  'referral.created',
  'overdue.notified',
  'claim.opened',
  'claim.deadline_approaching',
  'claim.indemnified',
  'claim.recovered',
  'webhook.test',
  'webhook.endpoint_disabled',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
