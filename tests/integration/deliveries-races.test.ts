/**
 * Webhook deliveries under races: a replay racing an attempt (one of them wins, the other is
 * stale or told 409), and crashes halfway through a replay or an attempt; after each, the
 * delivery's status index entry (gsi1, one partition per status) is its status's, it is on the
 * due index (gsi3) exactly while pending, and a retry completes with one recorded attempt.
 */
import http from 'node:http';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as DeliveriesModule from '../../shared/data/deliveries.ts';
import type * as TenancyModule from '../../shared/data/tenancy.ts';
import type * as WebhooksModule from '../../shared/data/webhooks.ts';
import type * as EnvelopeModule from '../../shared/events/envelope.ts';
import type * as ClientModule from '../../shared/data/client.ts';
import type { Principal } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { LocalQueues } from '../../infra/local/queues.ts';
import type { Invoker } from '../../infra/local/lambda.ts';
import { dataLayerEnvironment } from '../support/dynamodb.ts';
import { samplePolicy } from '../support/http-client.ts';
import { deliveryKeys } from '../../shared/data/keys.ts';
import { Crash, barrier, crashOn } from './crash.ts';

let environment: Awaited<ReturnType<typeof dataLayerEnvironment>>;
let deliveries: typeof DeliveriesModule;
let tenancy: typeof TenancyModule;
let webhooks: typeof WebhooksModule;
let envelope: typeof EnvelopeModule;
let client: typeof ClientModule;
let queues: LocalQueues;
let receiver: http.Server;
let receiverUrl = '';
let received = 0;
const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
const t0 = new Date('2026-11-26T10:00:00Z');

beforeAll(async () => {
  environment = await dataLayerEnvironment('delivery-races');
  const idle: Invoker = { invoke: <R,>() => new Promise<R>(() => undefined) };
  const { topology } = await import('../../shared/topology/index.ts');
  // The queues without consumers: the test plays the worker.
  const specs = topology.queues.map((spec) => ({ ...spec, consumer: undefined }));
  queues = new LocalQueues({ topology: { ...topology, queues: specs }, invoker: idle, clock: () => Date.now() });
  const endpoint = await queues.listen();
  Object.assign(process.env, { AWS_ENDPOINT_URL_SQS: endpoint, BOUCLIER_LOCAL: 'true', ...queues.environment() });
  receiver = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received += 1;
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks`;
  deliveries = await import('../../shared/data/deliveries.ts');
  tenancy = await import('../../shared/data/tenancy.ts');
  webhooks = await import('../../shared/data/webhooks.ts');
  envelope = await import('../../shared/events/envelope.ts');
  client = await import('../../shared/data/client.ts');
});
afterAll(async () => {
  await queues?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
  await environment?.stop();
});

/** What the deliveries queue holds for a delivery, taken off it as a consumer would. */
function drain(deliveryId: string): { deliveryId: string; attempt: number }[] {
  const sent = queues.messages('webhook-deliveries').map((message) => JSON.parse(message.body) as { deliveryId: string; attempt: number });
  (queues.messages('webhook-deliveries') as unknown[]).length = 0;
  return sent.filter((message) => message.deliveryId === deliveryId);
}

async function pendingDelivery() {
  const tenant = await tenancy.createTenant(insurer, { name: `Hooked ${Date.now()}`, tier: 'standard', policy: PolicyInput.parse(samplePolicy()) }, t0);
  const principal: Principal = { role: 'policyholder', keyId: tenant.apiKey.keyId, tenantId: tenant.tenantId, tier: 'standard' };
  const endpoint = await webhooks.createWebhook(principal, { url: receiverUrl, eventTypes: ['limit.decided'] }, t0);
  const event = envelope.newEvent({ type: 'limit.decided', tenantId: tenant.tenantId, data: { buyerId: 'byr_x', decision: 'approved' }, now: t0 });
  // Whatever an earlier test left on the queue is not this delivery's.
  (queues.messages('webhook-deliveries') as unknown[]).length = 0;
  expect(await deliveries.fanOut(event, t0)).toBe(1);
  const [sent] = queues.messages('webhook-deliveries').map((message) => JSON.parse(message.body) as { deliveryId: string; attempt: number });
  drain(sent!.deliveryId);
  return { principal, ref: { owner: { tenantId: tenant.tenantId }, webhookId: endpoint.webhookId, deliveryId: sent!.deliveryId } };
}

type Ref = Awaited<ReturnType<typeof pendingDelivery>>['ref'];

/** The delivery as stored, checked against its indexes. */
async function consistent(ref: Ref) {
  const owner = webhooks.keyOwnerOfRef(ref.owner);
  const { Item } = await environment.table.documents.send(
    new GetCommand({ TableName: environment.table.name, Key: deliveryKeys.delivery(owner, ref.webhookId, ref.deliveryId), ConsistentRead: true }),
  );
  const item = Item as DeliveriesModule.DeliveryItem & { gsi1pk?: string; gsi3pk?: string };
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
      const together = barrier(client.dynamodb, 'Update', 2);
      const [attempted, replayed] = await Promise.allSettled([
        deliveries.attemptDelivery({ ...ref, attempt: 0 }, t0, { local: true }),
        deliveries.replayDelivery(principal, ref.webhookId, ref.deliveryId, t0),
      ]).finally(() => together.remove());
      expect(attempted).toMatchObject({ status: 'fulfilled' });
      if (replayed.status === 'rejected') expect(replayed.reason).toMatchObject({ status: 409, slug: 'concurrent-update' });
      const item = await consistent(ref);
      expect(item.attempts).toBe(1);
      expect(item.status).toBe('succeeded');
      // A replay that won sent its message; the worker drops it as stale now.
      for (const message of drain(ref.deliveryId)) expect(await deliveries.attemptDelivery({ ...ref, attempt: message.attempt }, t0, { local: true })).toEqual({ kind: 'stale' });
      expect((await consistent(ref)).attempts).toBe(1);
    }
  });

  it('a replay that crashes after its write, before its message: pending and due, and the retry sends it once', async () => {
    const { principal, ref } = await pendingDelivery();
    await deliveries.attemptDelivery({ ...ref, attempt: 0 }, t0, { local: true });
    const crash = crashOn(client.dynamodb, 'Update', { when: 'after' });
    try {
      await expect(deliveries.replayDelivery(principal, ref.webhookId, ref.deliveryId, t0)).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(drain(ref.deliveryId)).toEqual([]);
    // On the due index: the sweeper would find it.
    expect(await consistent(ref)).toMatchObject({ status: 'pending', attempts: 1, roundStart: 1 });
    await deliveries.replayDelivery(principal, ref.webhookId, ref.deliveryId, t0);
    const [message, ...more] = drain(ref.deliveryId);
    expect(more).toEqual([]);
    expect(await deliveries.attemptDelivery({ ...ref, attempt: message!.attempt }, t0, { local: true })).toMatchObject({ kind: 'attempted', status: 'succeeded' });
    expect(await consistent(ref)).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('an attempt that crashes before recording: still pending; the message again records one attempt', async () => {
    const { ref } = await pendingDelivery();
    const before = received;
    const crash = crashOn(client.dynamodb, 'Update', { when: 'before' });
    try {
      await expect(deliveries.attemptDelivery({ ...ref, attempt: 0 }, t0, { local: true })).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(await consistent(ref)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await deliveries.attemptDelivery({ ...ref, attempt: 0 }, t0, { local: true })).toMatchObject({ kind: 'attempted', status: 'succeeded' });
    expect(await deliveries.attemptDelivery({ ...ref, attempt: 0 }, t0, { local: true })).toEqual({ kind: 'stale' });
    expect(await consistent(ref)).toMatchObject({ status: 'succeeded', attempts: 1 });
    // Sent twice with the same webhook-id, recorded once (receivers deduplicate on it).
    expect(received - before).toBe(2);
  });
});
