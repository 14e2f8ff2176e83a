/**
 * Webhook deliveries end to end: state change → outbox → stream → bus → rule → queue →
 * fan-out → signed POST to a real receiver on 127.0.0.1, verified with standardwebhooks.
 * Retries are driven by the test clock (POST /v1/ops/clock), never by waiting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { startReceiver, type Receiver } from '../support/webhook-receiver.ts';
import { expectStatus, op, type BodyOf } from '../support/op.ts';

let world: World;
let receiver: Receiver;
beforeAll(async () => {
  world = await startWorld();
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await world?.runtime.stop();
});

let buyers = 0;
async function decideLimit(key: string, headers: Record<string, string> = {}): Promise<string> {
  buyers += 1;
  const buyer = await op(world.call, 'createBuyer', {
    key: world.insurerKey,
    body: { legalName: `Hook Buyer ${buyers}`, country: 'FR', registrationId: `HOOK${Date.now()}${buyers}`, sector: 'G46', grade: 3 },
  });
  expectStatus(buyer, 201);
  const decided = await op(world.call, 'requestLimit', { key, headers, body: { buyerId: buyer.body.buyerId, type: 'new', amount: 1_000_000 } });
  expectStatus(decided, 201);
  return buyer.body.buyerId;
}

async function register(key: string, path: string, eventTypes: BodyOf<'createWebhook'>['eventTypes']) {
  const created = await op(world.call, 'createWebhook', { key, body: { url: `${receiver.url}${path}`, eventTypes } });
  expectStatus(created, 201);
  return created.body;
}

const advance = async (seconds: number) => {
  const moved = await op(world.call, 'advanceTestClock', { key: world.insurerKey, body: { advanceSeconds: seconds } });
  expectStatus(moved, 200);
};

async function deliveries(key: string, webhookId: string, query: { status?: 'failed' } = {}) {
  const listed = await op(world.call, 'listDeliveries', { key, params: { webhookId }, query });
  expectStatus(listed, 200);
  return listed.body.items;
}

async function deliveryOf(key: string, webhookId: string, deliveryId: string) {
  const delivery = await op(world.call, 'getDelivery', { key, params: { webhookId, deliveryId } });
  expectStatus(delivery, 200);
  return delivery.body;
}

async function endpointOf(key: string, webhookId: string) {
  const endpoint = await op(world.call, 'getWebhook', { key, params: { webhookId } });
  expectStatus(endpoint, 200);
  return endpoint.body;
}

async function sendTest(key: string, webhookId: string) {
  const sent = await op(world.call, 'sendTestEvent', { key, params: { webhookId } });
  expectStatus(sent, 202);
  return sent.body;
}

const at = (path: string) => (request: { path: string }) => request.path === path;

describe('webhook delivery', () => {
  it('a limit decision reaches the tenant’s endpoint, signed and verifiable with standardwebhooks', async () => {
    const endpoint = await register(world.a.key, '/a/limits', ['limit.decided']);
    const buyerId = await decideLimit(world.a.key);
    const [request] = await receiver.waitFor(at('/a/limits'));
    expect(request!.body).toMatchObject({ type: 'limit.decided', tenantId: world.a.tenantId, data: { tenantId: world.a.tenantId, buyerId, decision: 'approved' } });
    expect(receiver.verifies(request!, endpoint.secret)).toBe(true);
    expect(receiver.verifies(request!, 'whsec_' + Buffer.from('another secret of 24 bytes!!').toString('base64'))).toBe(false);
    expect(request!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    expect(request!.headers['webhook-id']).toMatch(/^evt_/);
    expect(Math.abs(Number(request!.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);

    await expect.poll(async () => (await deliveries(world.a.key, endpoint.webhookId))[0]?.status).toBe('succeeded');
    const [logged] = await deliveries(world.a.key, endpoint.webhookId);
    expect(logged).toMatchObject({ eventId: request!.headers['webhook-id'], eventType: 'limit.decided', attempts: 1, responseStatus: 200 });
    expect(logged!.latencyMs).toBeGreaterThanOrEqual(0);
    const detail = await deliveryOf(world.a.key, endpoint.webhookId, logged!.deliveryId);
    expect(JSON.stringify(detail.payload)).toBe(request!.raw);
    // Another tenant cannot read this log.
    expect((await op(world.call, 'listDeliveries', { key: world.b.key, params: { webhookId: endpoint.webhookId } })).status).toBe(404);
    expect((await op(world.call, 'updateWebhook', { key: world.a.key, params: { webhookId: endpoint.webhookId }, body: { status: 'disabled' } })).status).toBe(200);
  });

  it('a receiver answering 500 gets retries on the schedule, with the same webhook-id, until it answers 200', async () => {
    const endpoint = await register(world.a.key, '/a/flaky', ['limit.decided']);
    receiver.respond((request, _count) => {
      if (request.path !== '/a/flaky') return { status: 200 };
      const tries = receiver.received.filter(at('/a/flaky')).length;
      return tries <= 3 ? { status: 500, body: 'database down' } : { status: 200 };
    });
    const sent = await sendTest(world.a.key, endpoint.webhookId);
    await receiver.waitFor(at('/a/flaky'), 1);
    const log = () => deliveryOf(world.a.key, endpoint.webhookId, sent.deliveryId);
    await expect.poll(async () => (await log()).attempts).toBe(1);
    const first = await log();
    expect(first).toMatchObject({ status: 'pending', responseStatus: 500 });
    const wait = Date.parse(first.nextAttemptAt!) - Date.parse(first.lastAttemptAt!);
    expect(wait).toBeGreaterThanOrEqual(4_500);
    expect(wait).toBeLessThanOrEqual(5_500);

    await advance(4); // not yet due
    expect(receiver.received.filter(at('/a/flaky'))).toHaveLength(1);
    await advance(3); // 5 s ± 10 % passed
    await receiver.waitFor(at('/a/flaky'), 2);
    await advance(5 * 60 + 60);
    await receiver.waitFor(at('/a/flaky'), 3);
    await advance(30 * 60 + 4 * 60);
    const requests = await receiver.waitFor(at('/a/flaky'), 4);
    await expect.poll(async () => (await log()).status).toBe('succeeded');

    expect(new Set(requests.map((request) => request.headers['webhook-id']))).toEqual(new Set([sent.eventId]));
    for (const request of requests) expect(receiver.verifies(request, endpoint.secret)).toBe(true);
    expect(requests[0]!.body).toMatchObject({ type: 'webhook.test', data: { webhookId: endpoint.webhookId } });
    const final = await log();
    expect(final.attemptLog.map((attempt) => attempt.responseStatus)).toEqual([500, 500, 500, 200]);
    expect(final.nextAttemptAt).toBeUndefined();
    receiver.respond(() => ({ status: 200 }));
  });

  it('a broker receives its mandated tenants’ events, each naming its tenant, and nothing else', async () => {
    const broker = await register(world.broker.key, '/broker', ['limit.decided']);
    const tenantB = await register(world.b.key, '/b', ['limit.decided']);
    const tenantA = await register(world.a.key, '/a/only', ['limit.decided']);
    const buyerB = await decideLimit(world.b.key);
    const buyerA = await decideLimit(world.a.key);
    const buyerViaBroker = await decideLimit(world.broker.key, { 'bouclier-tenant': world.b.tenantId });

    const toBroker = await receiver.waitFor(at('/broker'), 2);
    await receiver.waitFor(at('/b'), 2);
    await receiver.waitFor(at('/a/only'), 1);
    expect(toBroker.map((request) => request.body.data['buyerId']).sort()).toEqual([buyerB, buyerViaBroker].sort());
    for (const request of toBroker) {
      expect(request.body.tenantId).toBe(world.b.tenantId);
      expect(request.body.data['tenantId']).toBe(world.b.tenantId);
      expect(receiver.verifies(request, broker.secret)).toBe(true);
    }
    // Give a stray delivery time to arrive, then check none did.
    await world.runtime.queues.settle();
    expect(receiver.received.filter(at('/broker')).some((request) => request.body.data['buyerId'] === buyerA)).toBe(false);
    expect(receiver.received.filter(at('/a/only')).map((request) => request.body.data['buyerId'])).toEqual([buyerA]);
    expect(receiver.received.filter(at('/b')).every((request) => request.body.tenantId === world.b.tenantId && receiver.verifies(request, tenantB.secret))).toBe(true);
    expect(receiver.verifies(toBroker[0]!, tenantA.secret)).toBe(false);
    for (const [key, id] of [
      [world.broker.key, broker.webhookId],
      [world.b.key, tenantB.webhookId],
      [world.a.key, tenantA.webhookId],
    ] as const) {
      await op(world.call, 'deleteWebhook', { key, params: { webhookId: id } });
    }
  });

  it('429 with Retry-After is honoured; 410 disables the endpoint and its owner is told', async () => {
    const notices = await register(world.b.key, '/b/notices', ['webhook.endpoint_disabled']);
    const endpoint = await register(world.b.key, '/b/busy', ['limit.decided']);
    receiver.respond((request) => {
      if (request.path !== '/b/busy') return { status: 200 };
      const tries = receiver.received.filter(at('/b/busy')).length;
      return tries === 1 ? { status: 429, headers: { 'retry-after': '3600' } } : { status: 410 };
    });
    const sent = await sendTest(world.b.key, endpoint.webhookId);
    await receiver.waitFor(at('/b/busy'), 1);
    const log = () => deliveryOf(world.b.key, endpoint.webhookId, sent.deliveryId);
    await expect.poll(async () => (await log()).attempts).toBe(1);
    const first = await log();
    expect(Date.parse(first.nextAttemptAt!) - Date.parse(first.lastAttemptAt!)).toBeGreaterThanOrEqual(3_600_000);

    await advance(30 * 60);
    expect(receiver.received.filter(at('/b/busy'))).toHaveLength(1);
    await advance(31 * 60);
    await receiver.waitFor(at('/b/busy'), 2);
    await expect.poll(async () => (await log()).status).toBe('failed');
    expect((await log()).failedReason).toMatch(/410/);

    const disabled = await endpointOf(world.b.key, endpoint.webhookId);
    expect(disabled).toMatchObject({ status: 'disabled' });
    expect(disabled.disabledReason).toMatch(/410 Gone/);
    const [notice] = await receiver.waitFor(at('/b/notices'), 1);
    expect(notice!.body).toMatchObject({ type: 'webhook.endpoint_disabled', data: { webhookId: endpoint.webhookId } });
    expect(receiver.verifies(notice!, notices.secret)).toBe(true);
    // A disabled endpoint gets no test event and no replay until it is enabled again.
    const replay = () => op(world.call, 'replayDelivery', { key: world.b.key, params: { webhookId: endpoint.webhookId, deliveryId: sent.deliveryId } });
    expect((await op(world.call, 'sendTestEvent', { key: world.b.key, params: { webhookId: endpoint.webhookId } })).status).toBe(409);
    expect((await replay()).status).toBe(409);

    // Enabled again, the delivery can be replayed: same webhook-id, a new round of attempts.
    receiver.respond(() => ({ status: 200 }));
    expect((await op(world.call, 'updateWebhook', { key: world.b.key, params: { webhookId: endpoint.webhookId }, body: { status: 'enabled' } })).status).toBe(200);
    const replayed = await replay();
    expectStatus(replayed, 202);
    expect(replayed.body.status).toBe('pending');
    const again = await receiver.waitFor(at('/b/busy'), 3);
    expect(new Set(again.map((request) => request.headers['webhook-id'])).size).toBe(1);
    await expect.poll(async () => (await log()).status).toBe('succeeded');
    expect((await log()).attempts).toBe(3);
    await op(world.call, 'deleteWebhook', { key: world.b.key, params: { webhookId: notices.webhookId } });
    await op(world.call, 'deleteWebhook', { key: world.b.key, params: { webhookId: endpoint.webhookId } });
  });

  it('retries for about three days then dead-letters; an endpoint failing for five days is disabled', async () => {
    const notices = await register(world.a.key, '/a/notices', ['webhook.endpoint_disabled']);
    const endpoint = await register(world.a.key, '/a/down', ['limit.decided']);
    receiver.respond((request) => (request.path === '/a/down' ? { status: 503 } : { status: 200 }));
    const first = await sendTest(world.a.key, endpoint.webhookId);
    await receiver.waitFor(at('/a/down'), 1);
    const log = (deliveryId: string) => deliveryOf(world.a.key, endpoint.webhookId, deliveryId);

    // Four days in steps of an hour: every attempt of the schedule falls due on the way.
    for (let hour = 0; hour < 4 * 24; hour += 1) await advance(3600);
    const exhausted = await log(first.deliveryId);
    expect(exhausted.status).toBe('failed');
    expect(exhausted.attempts).toBe(10);
    expect(exhausted.failedReason).toMatch(/10 attempts/);
    const deadLetters = world.runtime.queues.messages('webhook-failed-deliveries').map((message) => JSON.parse(message.body) as { deliveryId: string });
    expect(deadLetters.map((message) => message.deliveryId)).toContain(first.deliveryId);
    const failing = await endpointOf(world.a.key, endpoint.webhookId);
    expect(failing.status).toBe('enabled');
    expect(failing.failingSince).toBeDefined();
    expect((await deliveries(world.a.key, endpoint.webhookId, { status: 'failed' })).map((d) => d.deliveryId)).toEqual([first.deliveryId]);

    // A second event keeps failing past the fifth day: the endpoint is disabled, the owner told.
    const second = await sendTest(world.a.key, endpoint.webhookId);
    await receiver.waitFor(at('/a/down'), 11);
    for (let hour = 0; hour < 2 * 24; hour += 1) await advance(3600);
    const disabled = await endpointOf(world.a.key, endpoint.webhookId);
    expect(disabled.status).toBe('disabled');
    expect(disabled.disabledReason).toMatch(/every delivery failed from/);
    const [notice] = await receiver.waitFor(at('/a/notices'), 1);
    expect(notice!.body).toMatchObject({ type: 'webhook.endpoint_disabled', tenantId: world.a.tenantId, data: { webhookId: endpoint.webhookId } });
    expect(receiver.verifies(notice!, notices.secret)).toBe(true);
    await expect.poll(async () => (await log(second.deliveryId)).status).toBe('failed');
    expect((await log(second.deliveryId)).failedReason).toMatch(/failed for 5 days: it is disabled/);
    receiver.respond(() => ({ status: 200 }));
  });
});
