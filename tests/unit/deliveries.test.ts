import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { deliveryIdOf, payloadOf, sweepGraceMs } from '../../shared/data/deliveries.ts';
import { DISABLE_AFTER_FAILING_MS, failureDisables } from '../../shared/data/webhooks.ts';
import { newEvent } from '../../shared/events/envelope.ts';
import { newWebhookSecret, signatureHeaders } from '../../shared/events/webhook-signing.ts';
import { deliveryKeys, DUE_SHARDS } from '../../shared/data/keys.ts';

const now = new Date('2026-11-26T14:00:00.000Z');

describe('webhook payloads', () => {
  it('is Standard Webhooks’ {type, timestamp, data}, naming the tenant at the top and in data', () => {
    const event = newEvent({ type: 'limit.decided', tenantId: 'ten_A', data: { buyerId: 'byr_1', to: 5_000_000 }, now });
    const payload = JSON.parse(payloadOf(event)) as Record<string, unknown>;
    expect(payload).toEqual({ type: 'limit.decided', timestamp: '2026-11-26T14:00:00.000Z', tenantId: 'ten_A', data: { tenantId: 'ten_A', buyerId: 'byr_1', to: 5_000_000 } });
  });

  it('names no tenant for an owner’s own notice without one (a broker’s endpoint disabled)', () => {
    const event = newEvent({ type: 'webhook.endpoint_disabled', tenantId: null, data: { webhookId: 'wh_1', owner: { brokerId: 'brk_1' } }, now });
    const payload = JSON.parse(payloadOf(event)) as Record<string, unknown>;
    expect(payload).not.toHaveProperty('tenantId');
    expect(payload['data']).toEqual({ webhookId: 'wh_1', owner: { brokerId: 'brk_1' } });
  });

  it('is signed as sent: a receiver verifies the exact bytes', () => {
    const event = newEvent({ type: 'limit.decided', tenantId: 'ten_A', data: { note: 'Société Générale — 5 000,00 €' }, now });
    const secret = newWebhookSecret();
    const body = payloadOf(event);
    const headers = signatureHeaders(event.id, new Date(), body, [secret]);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('gives each (event, endpoint) one delivery id, derived from the event id', () => {
    expect(deliveryIdOf('evt_01KB0000000000000000000000')).toBe('dlv_01KB0000000000000000000000');
  });
});

describe('failing endpoints', () => {
  const day = 86_400_000;
  it.each([
    ['410 Gone, never failed before', undefined, true, 0, true],
    ['a first failure', undefined, false, 0, false],
    ['failing for 4 days 23 h', 0, false, 5 * day - 3_600_000, false],
    ['failing for exactly 5 days', 0, false, 5 * day, true],
    ['failing for 6 days', 0, false, 6 * day, true],
  ])('%s → disables: %s', (_case, since, gone, elapsed, expected) => {
    const failingSince = since === undefined ? undefined : new Date(now.getTime() + since).toISOString();
    const at = new Date(now.getTime() + elapsed);
    expect(failureDisables(failingSince ? { failingSince } : {}, { gone, now: at })).toBe(expected);
  });
  it('five days', () => expect(DISABLE_AFTER_FAILING_MS).toBe(5 * 86_400_000));
});

describe('the delivery sweeper', () => {
  it.each([
    [0, 10],
    [1, 20],
    [2, 40],
    [3, 80],
    [6, 640],
    [7, 1_280],
    [8, 1_440],
    [20, 1_440],
  ])('after %i re-sends, sends a delivery again once it is %i minutes overdue', (sweeps, minutes) => {
    expect(sweepGraceMs(sweeps)).toBe(minutes * 60_000);
  });

  it('spreads due entries over the shards by endpoint and delivery, ordered by next attempt', () => {
    const shards = new Set(Array.from({ length: 400 }, (_, i) => deliveryKeys.due(`wh_${i}`, 'dlv_01J', '2026-11-26T14:00:00.000Z').gsi3pk));
    expect(shards.size).toBe(DUE_SHARDS);
    const entry = deliveryKeys.due('wh_1', 'dlv_2', '2026-11-26T14:00:00.000Z');
    expect(entry.gsi3sk).toBe('2026-11-26T14:00:00.000Z#wh_1#dlv_2');
    expect(deliveryKeys.due('wh_1', 'dlv_2', '2026-11-27T00:00:00.000Z').gsi3pk).toBe(entry.gsi3pk);
  });
});
