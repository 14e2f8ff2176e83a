/**
 * Webhook deliveries under races: a replay racing an attempt (one of them wins, the other is
 * stale or told 409), and crashes halfway through a replay or an attempt; after each, the
 * delivery's status index entry (gsi1, one partition per status) is its status's, it is on the
 * due index (gsi3) exactly while pending, and a retry completes with one recorded attempt.
 */
import { describe, expect, it } from 'vitest';
import type { DeliveryItem } from '../../shared/data/deliveries.ts';
import { deliveryKeys } from '../../shared/data/keys.ts';
import { Crash, barrier, crashOn } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const t0 = new Date('2026-11-26T10:00:00Z');

const data = useDataLayer('delivery-races', { queues: true });
type Sent = { deliveryId: string; attempt: number };

/** What the deliveries queue holds for a delivery, taken off it as a consumer would. */
const drain = (deliveryId: string) => data.take<Sent>('webhook-deliveries').filter((message) => message.deliveryId === deliveryId);

async function pendingDelivery() {
  const { tenantId, policyholder: principal } = await data.newTenant({}, t0);
  const endpoint = await data.webhooks.createWebhook(principal, { url: data.receiverUrl, eventTypes: ['limit.decided'] }, t0);
  const event = data.envelope.newEvent({ type: 'limit.decided', tenantId, data: { buyerId: 'byr_x', decision: 'approved' }, now: t0 });
  // Whatever an earlier test left on the queue is not this delivery's.
  data.take('webhook-deliveries');
  expect(await data.deliveries.fanOut(event, t0)).toBe(1);
  const [sent] = data.take<Sent>('webhook-deliveries');
  return { principal, ref: { owner: { tenantId }, webhookId: endpoint.webhookId, deliveryId: sent!.deliveryId } };
}

type Ref = Awaited<ReturnType<typeof pendingDelivery>>['ref'];

/** The delivery as stored, checked against its indexes. */
async function consistent(ref: Ref) {
  const owner = data.webhooks.keyOwnerOfRef(ref.owner);
  const item = (await data.item<DeliveryItem & { gsi1pk?: string; gsi3pk?: string }>(deliveryKeys.delivery(owner, ref.webhookId, ref.deliveryId)))!;
  expect(item.gsi1pk).toBe(deliveryKeys.statusPartition(owner, ref.webhookId, item.status).gsi1pk);
  if (item.status === 'pending') expect(item.gsi3pk).toBeDefined();
  else expect(item.gsi3pk).toBeUndefined();
  expect(item.attemptLog).toHaveLength(item.attempts);
  return item;
}

describe('webhook deliveries under races', () => {
  it('a replay racing an attempt: one wins, the status index follows the status', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { principal, ref } = await pendingDelivery();
      const together = barrier(data.client.dynamodb, 'Update', 2);
      const [attempted, replayed] = await Promise.allSettled([
        data.deliveries.attemptDelivery({ ...ref, attempt: 0 }, t0, { local: true }),
        data.deliveries.replayDelivery(principal, ref.webhookId, ref.deliveryId, t0),
      ]).finally(() => together.remove());
      expect(attempted).toMatchObject({ status: 'fulfilled' });
      if (replayed.status === 'rejected') expect(replayed.reason).toMatchObject({ status: 409, slug: 'concurrent-update' });
      const item = await consistent(ref);
      expect(item.attempts).toBe(1);
      expect(item.status).toBe('succeeded');
      // A replay that won sent its message; the worker drops it as stale now.
      for (const message of drain(ref.deliveryId)) expect(await data.deliveries.attemptDelivery({ ...ref, attempt: message.attempt }, t0, { local: true })).toEqual({ kind: 'stale' });
      expect((await consistent(ref)).attempts).toBe(1);
    }
  });

  it('a replay that crashes after its write, before its message: pending and due, and the retry sends it once', async () => {
    const { principal, ref } = await pendingDelivery();
    await data.deliveries.attemptDelivery({ ...ref, attempt: 0 }, t0, { local: true });
    const crash = crashOn(data.client.dynamodb, 'Update', { when: 'after' });
    try {
      await expect(data.deliveries.replayDelivery(principal, ref.webhookId, ref.deliveryId, t0)).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(drain(ref.deliveryId)).toEqual([]);
    // On the due index: the sweeper would find it.
    expect(await consistent(ref)).toMatchObject({ status: 'pending', attempts: 1, roundStart: 1 });
    await data.deliveries.replayDelivery(principal, ref.webhookId, ref.deliveryId, t0);
    const [message, ...more] = drain(ref.deliveryId);
    expect(more).toEqual([]);
    expect(await data.deliveries.attemptDelivery({ ...ref, attempt: message!.attempt }, t0, { local: true })).toMatchObject({ kind: 'attempted', status: 'succeeded' });
    expect(await consistent(ref)).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('an attempt that crashes before recording: still pending; the message again records one attempt', async () => {
    const { ref } = await pendingDelivery();
    const before = data.received();
    const crash = crashOn(data.client.dynamodb, 'Update', { when: 'before' });
    try {
      await expect(data.deliveries.attemptDelivery({ ...ref, attempt: 0 }, t0, { local: true })).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(await consistent(ref)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await data.deliveries.attemptDelivery({ ...ref, attempt: 0 }, t0, { local: true })).toMatchObject({ kind: 'attempted', status: 'succeeded' });
    expect(await data.deliveries.attemptDelivery({ ...ref, attempt: 0 }, t0, { local: true })).toEqual({ kind: 'stale' });
    expect(await consistent(ref)).toMatchObject({ status: 'succeeded', attempts: 1 });
    // Sent twice with the same webhook-id, recorded once (receivers deduplicate on it).
    expect(data.received() - before).toBe(2);
  });
});
