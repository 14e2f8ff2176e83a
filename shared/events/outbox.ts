/**
 * Transactional outbox: a state change puts its event in the same TransactWriteItems call.
 * The table's stream carries the item to the relay, which publishes it on the bus; the
 * item expires after OUTBOX_RETENTION_DAYS (its TTL removal is filtered out of the relay).
 */
import { insurerKeys } from '#data/keys';
import type { EventEnvelope } from './envelope.ts';

export const OUTBOX_KIND = 'outbox';
export const OUTBOX_RETENTION_DAYS = 7;

export interface OutboxItem {
  pk: string;
  sk: string;
  kind: typeof OUTBOX_KIND;
  event: EventEnvelope;
  expiresAt: number;
}

export function outboxKey(eventId: string): { pk: string; sk: string } {
  return insurerKeys.outbox(eventId);
}

export function outboxItem(event: EventEnvelope): OutboxItem {
  const expiresAt = Math.floor(Date.parse(event.occurredAt) / 1000) + OUTBOX_RETENTION_DAYS * 86_400;
  return { ...outboxKey(event.id), kind: OUTBOX_KIND, event, expiresAt };
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
