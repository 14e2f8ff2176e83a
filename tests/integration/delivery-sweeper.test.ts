/**
 * The sweeper against DynamoDB Local and the local queues: a delivery written whose message
 * never reached the queue (a crash between the two, a lost message) is enqueued again once it
 * is overdue by the grace period, once per sweep window, and never once it is settled.
 */
import http from 'node:http';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as DeliveriesModule from '../../shared/data/deliveries.ts';
import type * as TenancyModule from '../../shared/data/tenancy.ts';
import type * as WebhooksModule from '../../shared/data/webhooks.ts';
import type * as EnvelopeModule from '../../shared/events/envelope.ts';
import type { Principal } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { LocalQueues } from '../../infra/local/queues.ts';
import type { Invoker } from '../../infra/local/lambda.ts';
import { queueUrlVariable } from '../../shared/events/queue-names.ts';
import { dataLayerEnvironment } from '../support/dynamodb.ts';
import { samplePolicy } from '../support/http-client.ts';
import { deliveryKeys } from '../../shared/data/keys.ts';

let environment: Awaited<ReturnType<typeof dataLayerEnvironment>>;
let deliveries: typeof DeliveriesModule;
let tenancy: typeof TenancyModule;
let webhooks: typeof WebhooksModule;
let envelope: typeof EnvelopeModule;
let queues: LocalQueues;
let receiver: http.Server;
let receiverUrl = '';
const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
/** What reached the deliveries queue, by delivery id; nothing consumes it here. */
const enqueued: { deliveryId: string; attempt: number }[] = [];
const t0 = new Date('2026-11-26T10:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

beforeAll(async () => {
  environment = await dataLayerEnvironment('sweeper');
  const idle: Invoker = { invoke: <R,>() => new Promise<R>(() => undefined) };
  const { topology } = await import('../../shared/topology/index.ts');
  // The deliveries queue without its consumer: the test reads what is sent.
  const specs = topology.queues.map((spec) => ({ ...spec, consumer: undefined }));
  queues = new LocalQueues({ topology: { ...topology, queues: specs }, invoker: idle, clock: () => Date.now() });
  const endpoint = await queues.listen();
  Object.assign(process.env, { AWS_ENDPOINT_URL_SQS: endpoint, BOUCLIER_LOCAL: 'true', ...queues.environment() });
  expect(process.env[queueUrlVariable('webhook-deliveries')]).toBeDefined();
  receiver = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(200).end('ok'));
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks`;
  deliveries = await import('../../shared/data/deliveries.ts');
  tenancy = await import('../../shared/data/tenancy.ts');
  webhooks = await import('../../shared/data/webhooks.ts');
  envelope = await import('../../shared/events/envelope.ts');
});
afterAll(async () => {
  await queues?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
  await environment?.stop();
});

function drainQueue(): { deliveryId: string; attempt: number }[] {
  const sent = queues.messages('webhook-deliveries').map((message) => JSON.parse(message.body) as { deliveryId: string; attempt: number });
  enqueued.push(...sent);
  // Taken off the queue, as a consumer would, so each check sees only new sends.
  (queues.messages('webhook-deliveries') as unknown[]).length = 0;
  return sent;
}

async function pendingDelivery(): Promise<{ owner: { tenantId: string }; webhookId: string; deliveryId: string }> {
  const tenant = await tenancy.createTenant(insurer, { name: `Sweep ${Date.now()}`, tier: 'standard', policy: PolicyInput.parse(samplePolicy()) }, t0);
  const principal: Principal = { role: 'policyholder', keyId: tenant.apiKey.keyId, tenantId: tenant.tenantId, tier: 'standard' };
  const endpoint = await webhooks.createWebhook(principal, { url: receiverUrl, eventTypes: ['limit.decided'] }, t0);
  const event = envelope.newEvent({ type: 'limit.decided', tenantId: tenant.tenantId, data: { buyerId: 'byr_x', decision: 'approved' }, now: t0 });
  expect(await deliveries.fanOut(event, t0)).toBe(1);
  const [sent] = drainQueue();
  return { owner: { tenantId: tenant.tenantId }, webhookId: endpoint.webhookId, deliveryId: sent!.deliveryId };
}

async function stored(ref: { owner: { tenantId: string }; webhookId: string; deliveryId: string }) {
  const key = deliveryKeys.delivery(webhooks.keyOwnerOfRef(ref.owner), ref.webhookId, ref.deliveryId);
  return (await environment.table.documents.send(new GetCommand({ TableName: environment.table.name, Key: key, ConsistentRead: true }))).Item as DeliveriesModule.DeliveryItem;
}

describe('webhook delivery sweeper', () => {
  it('leaves a delivery alone within the grace period, then enqueues it again once, then again only after another grace period', async () => {
    const lost = await pendingDelivery();
    // Its message is gone (drained above): as after a crash between the write and the send.
    expect((await stored(lost)).gsi3pk).toMatch(/^DELIVERIES#due#\d\d$/);

    expect((await deliveries.sweepDeliveries(minutes(9))).swept).toBe(0);
    expect(drainQueue()).toEqual([]);

    const first = await deliveries.sweepDeliveries(minutes(11));
    expect(first.swept).toBeGreaterThanOrEqual(1);
    expect(drainQueue()).toContainEqual(expect.objectContaining({ deliveryId: lost.deliveryId, attempt: 0 }));
    const moved = await stored(lost);
    expect(moved).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: minutes(11).toISOString() });

    // Just swept: its message is in flight now.
    await deliveries.sweepDeliveries(minutes(15));
    expect(drainQueue().filter((message) => message.deliveryId === lost.deliveryId)).toEqual([]);

    // Sent again once and still not attempted: its grace is now 20 minutes (11 → 31).
    await deliveries.sweepDeliveries(minutes(30));
    expect(drainQueue().filter((message) => message.deliveryId === lost.deliveryId)).toEqual([]);

    // Two sweeps at once (two schedules overlapping) enqueue it once.
    await Promise.all([deliveries.sweepDeliveries(minutes(32)), deliveries.sweepDeliveries(minutes(32))]);
    expect(drainQueue().filter((message) => message.deliveryId === lost.deliveryId)).toHaveLength(1);
    expect(await stored(lost)).toMatchObject({ sweeps: 2, nextAttemptAt: minutes(32).toISOString() });

    // Then 40 minutes (32 → 72); an attempt recorded would start the count again.
    await deliveries.sweepDeliveries(minutes(71));
    expect(drainQueue().filter((message) => message.deliveryId === lost.deliveryId)).toEqual([]);
    await deliveries.sweepDeliveries(minutes(73));
    expect(drainQueue().filter((message) => message.deliveryId === lost.deliveryId)).toHaveLength(1);
  });

  it('never sweeps a delivery once it succeeded, and the swept message delivers it', async () => {
    const lost = await pendingDelivery();
    await deliveries.sweepDeliveries(minutes(20));
    const [message] = drainQueue().filter((candidate) => candidate.deliveryId === lost.deliveryId);
    expect(message).toBeDefined();
    const outcome = await deliveries.attemptDelivery({ ...lost, attempt: message!.attempt }, minutes(20), { local: true });
    expect(outcome).toMatchObject({ kind: 'attempted', status: 'succeeded' });
    const done = await stored(lost);
    expect(done.status).toBe('succeeded');
    expect(done.gsi3pk).toBeUndefined();
    expect(done.sweeps).toBeUndefined();
    await deliveries.sweepDeliveries(minutes(60 * 24));
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
      await webhooks.updateWebhook(principal, lost.webhookId, { url: `http://127.0.0.1:${(failing.address() as { port: number }).port}/hooks` }, gone);
      const outcome = await deliveries.attemptDelivery({ ...lost, attempt: 0 }, gone, { local: true, random: () => 0.5 });
      expect(outcome).toMatchObject({ kind: 'attempted', status: 'pending' });
      drainQueue();
      const retried = await stored(lost);
      expect(retried.attempts).toBe(1);
      expect(retried.gsi3sk?.startsWith(retried.nextAttemptAt as string)).toBe(true);
      expect((await deliveries.sweepDeliveries(new Date(Date.parse(retried.nextAttemptAt as string) + 9 * 60_000))).swept).toBe(0);
      await deliveries.sweepDeliveries(new Date(Date.parse(retried.nextAttemptAt as string) + 11 * 60_000));
      expect(drainQueue()).toContainEqual(expect.objectContaining({ deliveryId: lost.deliveryId, attempt: 1 }));
    } finally {
      await new Promise((resolve) => failing.close(resolve));
    }
  });
});
