/**
 * Transactional outbox: a state change puts its event in the same TransactWriteItems call.
 * The table's stream carries the item to the relay, which publishes it on the bus; the
 * item expires after OUTBOX_RETENTION_DAYS (its TTL removal is filtered out of the relay).
 */
import { eventLogKeys, insurerKeys } from '#data/keys';
import type { EventEnvelope } from './envelope.ts';
import { EVENT_TYPES } from './types.ts';

export const OUTBOX_KIND = 'outbox';
export const OUTBOX_RETENTION_DAYS = 7;
/** How long a tenant's event log keeps its events (GET /v1/events). */
export const EVENT_LOG_RETENTION_DAYS = 30;

const LOGGED: ReadonlySet<string> = new Set(EVENT_TYPES.filter((type) => type !== 'webhook.test' && type !== 'webhook.endpoint_disabled'));

/**
 * Whether the event goes in its tenant's log: a tenant's event its webhooks could subscribe to
 * (a webhook owner's own notices, a test or an endpoint disabled, are about the endpoints).
 */
export function isLogged(event: Pick<EventEnvelope, 'type' | 'tenantId'>): boolean {
  return event.tenantId !== null && LOGGED.has(event.type);
}

export interface OutboxItem {
  pk: string;
  sk: string;
  kind: typeof OUTBOX_KIND;
  event: EventEnvelope;
  expiresAt: number;
  gsi1pk?: string;
  gsi1sk?: string;
}

export function outboxKey(eventId: string): { pk: string; sk: string } {
  return insurerKeys.outbox(eventId);
}

export function outboxItem(event: EventEnvelope): OutboxItem {
  const tenantId = isLogged(event) ? event.tenantId : null;
  const expiresAt = Math.floor(Date.parse(event.occurredAt) / 1000) + (tenantId ? EVENT_LOG_RETENTION_DAYS : OUTBOX_RETENTION_DAYS) * 86_400;
  return { ...outboxKey(event.id), kind: OUTBOX_KIND, event, expiresAt, ...(tenantId ? eventLogKeys.entry(tenantId, event.id) : {}) };
}

/** The transaction element (document-client form) that writes one event exactly once. */
export function outboxPut(tableName: string, event: EventEnvelope) {
  return {
    Put: {
      TableName: tableName,
      Item: outboxItem(event),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}
