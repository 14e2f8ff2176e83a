/**
 * The sweeper against DynamoDB Local and the local queues: a delivery written whose message
 * never reached the queue (a crash between the two, a lost message) is enqueued again once it
 * is overdue by the grace period, once per sweep window, and never once it is settled.
 */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../shared/access/index.ts';
import type { DeliveryItem } from '../../shared/data/deliveries.ts';
import { deliveryKeys } from '../../shared/data/keys.ts';
import { useDataLayer } from './data-layer.ts';

/** What reached the deliveries queue, by delivery id; nothing consumes it here. */
const enqueued: { deliveryId: string; attempt: number }[] = [];
const t0 = new Date('2026-11-26T10:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

const data = useDataLayer('sweeper', { queues: true });

function drainQueue(): { deliveryId: string; attempt: number }[] {
  const sent = data.take<{ deliveryId: string; attempt: number }>('webhook-deliveries');
  enqueued.push(...sent);
  return sent;
}

async function pendingDelivery(): Promise<{ owner: { tenantId: string }; webhookId: string; deliveryId: string }> {
  const { tenantId, policyholder } = await data.newTenant({}, t0);
  const endpoint = await data.webhooks.createWebhook(policyholder, { url: data.receiverUrl, eventTypes: ['limit.decided'] }, t0);
  const event = data.envelope.newEvent({ type: 'limit.decided', tenantId, data: { buyerId: 'byr_x', decision: 'approved' }, now: t0 });
  expect(await data.deliveries.fanOut(event, t0)).toBe(1);
  const [sent] = drainQueue();
  return { owner: { tenantId }, webhookId: endpoint.webhookId, deliveryId: sent!.deliveryId };
}

async function stored(ref: { owner: { tenantId: string }; webhookId: string; deliveryId: string }) {
  return (await data.item<DeliveryItem>(deliveryKeys.delivery(data.webhooks.keyOwnerOfRef(ref.owner), ref.webhookId, ref.deliveryId)))!;
}

describe('webhook delivery sweeper', () => {
  it('leaves a delivery alone within the grace period, then enqueues it again once, then again only after another grace period', async () => {
    const lost = await pendingDelivery();
    // Its message is gone (drained above): as after a crash between the write and the send.
    expect((await stored(lost)).gsi3pk).toMatch(/^DELIVERIES#due#\d\d$/);

    expect((await data.deliveries.sweepDeliveries(minutes(9))).swept).toBe(0);
    expect(drainQueue()).toEqual([]);

    const first = await data.deliveries.sweepDeliveries(minutes(11));
    expect(first.swept).toBeGreaterThanOrEqual(1);
    expect(drainQueue()).toContainEqual(expect.objectContaining({ deliveryId: lost.deliveryId, attempt: 0 }));
    const moved = await stored(lost);
    expect(moved).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: minutes(11).toISOString() });

    // Just swept: its message is in flight now.
    await data.deliveries.sweepDeliveries(minutes(15));
    expect(drainQueue().filter((message) => message.deliveryId === lost.deliveryId)).toEqual([]);

    // Sent again once and still not attempted: its grace is now 20 minutes (11 → 31).
    await data.deliveries.sweepDeliveries(minutes(30));
    expect(drainQueue().filter((message) => message.deliveryId === lost.deliveryId)).toEqual([]);

    // Two sweeps at once (two schedules overlapping) enqueue it once.
    await Promise.all([data.deliveries.sweepDeliveries(minutes(32)), data.deliveries.sweepDeliveries(minutes(32))]);
    expect(drainQueue().filter((message) => message.deliveryId === lost.deliveryId)).toHaveLength(1);
    expect(await stored(lost)).toMatchObject({ sweeps: 2, nextAttemptAt: minutes(32).toISOString() });

    // Then 40 minutes (32 → 72); an attempt recorded would start the count again.
    await data.deliveries.sweepDeliveries(minutes(71));
    expect(drainQueue().filter((message) => message.deliveryId === lost.deliveryId)).toEqual([]);
    await data.deliveries.sweepDeliveries(minutes(73));
    expect(drainQueue().filter((message) => message.deliveryId === lost.deliveryId)).toHaveLength(1);
  });

  it('never sweeps a delivery once it succeeded, and the swept message delivers it', async () => {
    const lost = await pendingDelivery();
    await data.deliveries.sweepDeliveries(minutes(20));
    const [message] = drainQueue().filter((candidate) => candidate.deliveryId === lost.deliveryId);
    expect(message).toBeDefined();
    const outcome = await data.deliveries.attemptDelivery({ ...lost, attempt: message!.attempt }, minutes(20), { local: true });
    expect(outcome).toMatchObject({ kind: 'attempted', status: 'succeeded' });
    const done = await stored(lost);
    expect(done.status).toBe('succeeded');
    expect(done.gsi3pk).toBeUndefined();
    expect(done.sweeps).toBeUndefined();
    await data.deliveries.sweepDeliveries(minutes(60 * 24));
    expect(drainQueue().filter((candidate) => candidate.deliveryId === lost.deliveryId)).toEqual([]);
  });

  it('follows a retry: a failed attempt moves the delivery to its next attempt, not swept before it is due', async () => {
    const lost = await pendingDelivery();
    const gone = new Date(t0.getTime() + 60 * 60_000);
    // The endpoint answers 500 on this attempt: next attempt in about 5 s.
    const failing = http.createServer((request, response) => {
      request.resume();
      request.on('end', () => response.writeHead(500).end('down'));
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    try {
      const principal: Principal = { role: 'policyholder', keyId: 'key_x', tenantId: lost.owner.tenantId, tier: 'standard' };
      await data.webhooks.updateWebhook(principal, lost.webhookId, { url: `http://127.0.0.1:${(failing.address() as { port: number }).port}/hooks` }, gone);
      const outcome = await data.deliveries.attemptDelivery({ ...lost, attempt: 0 }, gone, { local: true, random: () => 0.5 });
      expect(outcome).toMatchObject({ kind: 'attempted', status: 'pending' });
      drainQueue();
      const retried = await stored(lost);
      expect(retried.attempts).toBe(1);
      expect(retried.gsi3sk?.startsWith(retried.nextAttemptAt as string)).toBe(true);
      expect((await data.deliveries.sweepDeliveries(new Date(Date.parse(retried.nextAttemptAt as string) + 9 * 60_000))).swept).toBe(0);
      await data.deliveries.sweepDeliveries(new Date(Date.parse(retried.nextAttemptAt as string) + 11 * 60_000));
      expect(drainQueue()).toContainEqual(expect.objectContaining({ deliveryId: lost.deliveryId, attempt: 1 }));
    } finally {
      await new Promise((resolve) => failing.close(resolve));
    }
  });
});
