/**
 * A tenant's event log (GET /v1/events) for clients that poll instead of receiving webhooks:
 * each event as its webhook delivery carries it (compared with a real delivery), oldest first,
 * taken up after an id or from a moment, another tenant's never seen, a broker's tenant named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../support/webhook-receiver.ts';
import { startWorld, type World } from '../support/world.ts';

interface LoggedEvent {
  id: string;
  type: string;
  timestamp: string;
  tenantId: string;
  data: Record<string, unknown>;
}
type EventPage = { items: LoggedEvent[]; cursor?: string };

let world: World;
let receiver: Receiver;
const buyers: string[] = [];

async function newBuyer(n: number): Promise<string> {
  const created = await world.call<{ buyerId: string }>('POST', '/v1/buyers', {
    key: world.insurerKey,
    body: { legalName: `Journal ${n} SARL`, country: 'FR', registrationId: `LOG${Date.now()}${n}`, sector: 'C25', grade: 3 },
  });
  expect(created.status, created.text).toBe(201);
  return created.body.buyerId;
}

/** Every page from `query`, following cursors. */
async function readLog(key: string, query: string, headers: Record<string, string> = {}): Promise<LoggedEvent[]> {
  const events: LoggedEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await world.call<EventPage>('GET', `/v1/events?limit=2${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { key, headers });
    expect(page.status, page.text).toBe(200);
    events.push(...page.body.items);
    cursor = page.body.cursor;
  } while (cursor);
  return events;
}

beforeAll(async () => {
  world = await startWorld();
  receiver = await startReceiver();
  const webhook = await world.call('POST', '/v1/webhooks', { key: world.a.key, body: { url: receiver.url, eventTypes: ['limit.decided'] } });
  expect(webhook.status, webhook.text).toBe(201);
  for (let n = 0; n < 3; n++) buyers.push(await newBuyer(n));
  for (const buyerId of buyers) {
    const limit = await world.call('POST', '/v1/limit-requests', { key: world.a.key, body: { buyerId, type: 'new', amount: 5_000_000 } });
    expect(limit.status, limit.text).toBe(201);
  }
  await receiver.waitFor((request) => request.body.type === 'limit.decided', 3);
});
afterAll(async () => {
  await receiver?.close();
  await world?.runtime.stop();
});

describe('GET /v1/events', () => {
  it('holds each event as its webhook delivery carries it, oldest first, across pages', async () => {
    const events = (await readLog(world.a.key, '')).filter((event) => event.type === 'limit.decided');
    expect(events.map((event) => event.data['buyerId'])).toEqual(buyers);
    expect(events.map((event) => event.id)).toEqual([...events.map((event) => event.id)].sort());
    for (const event of events) {
      const delivery = receiver.received.find((request) => request.headers['webhook-id'] === event.id);
      expect(delivery, `a delivery with webhook-id ${event.id}`).toBeDefined();
      const { id: _id, ...body } = event;
      expect(body).toEqual(delivery!.body);
    }
  });

  it('takes up after the id of the last event processed, or from a moment', async () => {
    const all = (await readLog(world.a.key, '')).filter((event) => event.type === 'limit.decided');
    const after = await readLog(world.a.key, `&since=${all[0]!.id}`);
    expect(after.map((event) => event.id)).not.toContain(all[0]!.id);
    expect(after.map((event) => event.id)).toEqual(expect.arrayContaining([all[1]!.id, all[2]!.id]));
    const fromSecond = await readLog(world.a.key, `&since=${encodeURIComponent(all[1]!.timestamp)}`);
    expect(fromSecond.map((event) => event.id)).toEqual(expect.arrayContaining([all[1]!.id, all[2]!.id]));
    expect(await readLog(world.a.key, `&since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
    const last = after.at(-1)!;
    expect(await readLog(world.a.key, `&since=${last.id}`)).toEqual([]);
  });

  it('never shows another tenant’s events; a broker reads the tenant it names', async () => {
    expect(await readLog(world.b.key, '')).toEqual([]);
    const limit = await world.call('POST', '/v1/limit-requests', { key: world.b.key, body: { buyerId: buyers[0], type: 'new', amount: 3_000_000 } });
    expect(limit.status, limit.text).toBe(201);
    const ofB = await readLog(world.broker.key, '', { 'bouclier-tenant': world.b.tenantId });
    expect(ofB.map((event) => [event.type, event.tenantId])).toContainEqual(['limit.decided', world.b.tenantId]);
    expect(ofB.every((event) => event.tenantId === world.b.tenantId)).toBe(true);
    const refused = await world.call('GET', '/v1/events', { key: world.broker.key, headers: { 'bouclier-tenant': world.a.tenantId } });
    expect(refused.status).toBe(404);
  });

  it('a since that is neither a moment nor an event id is a 400 naming it', async () => {
    const refused = await world.call<{ errors: { field: string }[] }>('GET', '/v1/events?since=yesterday', { key: world.a.key });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error) => error.field)).toEqual(['since']);
  });
});
