/**
 * Buyer monitoring end to end, with a webhook receiver: risk events regrade buyers, limits are
 * cancelled at once or cut with 30 days' notice, holders and watchers are told, and a burst of
 * insolvencies in one sector raises one alert that cuts only the targeted limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { startReceiver, type Receiver } from '../support/webhook-receiver.ts';
import { expectStatus, op, type BodyOf } from '../support/op.ts';

let world: World;
let receiver: Receiver;
let today: string;
beforeAll(async () => {
  world = await startWorld();
  receiver = await startReceiver();
  for (const party of [world.a, world.b]) {
    const created = await op(world.call, 'createWebhook', {
      key: party.key,
      body: { url: `${receiver.url}/${party.tenantId}`, eventTypes: ['limit.downgraded', 'buyer.grade_changed', 'sector.alert_raised', 'referral.created'] },
    });
    expectStatus(created, 201);
  }
  const clock = await op(world.call, 'getClock', { key: world.insurerKey });
  expectStatus(clock, 200);
  today = clock.body.now.slice(0, 10);
});
afterAll(async () => {
  await receiver?.close();
  await world?.runtime.stop();
});

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
let registrations = 0;
async function buyer(sector: string, country: string, grade: number): Promise<string> {
  registrations += 1;
  const created = await op(world.call, 'createBuyer', {
    key: world.insurerKey,
    body: { legalName: `Watched ${sector} ${registrations}`, country, registrationId: `MON${Date.now()}${registrations}`, sector, grade },
  });
  expectStatus(created, 201);
  return created.body.buyerId;
}
async function limit(key: string, buyerId: string, amount: number): Promise<void> {
  const decided = await op(world.call, 'requestLimit', { key, body: { buyerId, type: 'new', amount } });
  expectStatus(decided, 201);
  expect(['approved', 'conditional']).toContain(decided.body.decision);
}
async function limitOf(key: string, buyerId: string) {
  const held = await op(world.call, 'getLimit', { key, params: { buyerId } });
  expectStatus(held, 200);
  return held.body;
}
async function riskEvent(body: BodyOf<'recordRiskEvents'>) {
  const recorded = await op(world.call, 'recordRiskEvents', { key: world.insurerKey, body });
  expectStatus(recorded, 201);
  return recorded.body.items;
}
type Hook = { path: string; body: { type: string; tenantId?: string; data: Record<string, unknown> } };
const hooks = (tenantId: string, type: string, buyerId?: string) => (request: Hook) =>
  request.path === `/${tenantId}` && request.body.type === type && (buyerId === undefined || request.body.data['buyerId'] === buyerId);

describe('buyer monitoring', () => {
  it('an insolvency cancels the buyer’s limits at once and both holders receive limit.downgraded', async () => {
    const buyerId = await buyer('G46', 'FR', 3);
    await limit(world.a.key, buyerId, 2_000_000);
    await limit(world.b.key, buyerId, 1_000_000);
    const [recorded] = await riskEvent({ buyerId, type: 'insolvency_opened', occurredOn: today, details: 'Redressement judiciaire' });
    expect(recorded!.to).toEqual({ grade: 10, status: 'insolvent' });

    for (const [party, amount] of [
      [world.a, 2_000_000],
      [world.b, 1_000_000],
    ] as const) {
      const [hook] = await receiver.waitFor(hooks(party.tenantId, 'limit.downgraded', buyerId));
      expect(hook!.body.data).toMatchObject({ buyerId, kind: 'cancelled', from: { amount }, to: { amount: 0 }, effectiveOn: today, immediate: true });
      expect((hook!.body.data['reasons'] as unknown[]).length).toBeGreaterThan(0);
      const held = await limitOf(party.key, buyerId);
      expect(held).toMatchObject({ amount: 0, decision: 'cancelled' });
      expect(held.history.at(-1)).toMatchObject({ source: 'monitoring', decision: 'cancelled' });
    }
    const status = await op(world.call, 'getBuyer', { key: world.a.key, params: { buyerId } });
    expectStatus(status, 200);
    expect(status.body).toMatchObject({ status: 'insolvent', grade: 10 });
  });

  it('a rating change to grade 8 cuts with 30 days’ notice; cover checks after that date use the cut limit; a watcher is told', async () => {
    const buyerId = await buyer('H49', 'FR', 3);
    await limit(world.a.key, buyerId, 2_000_000);
    const watched = await op(world.call, 'watchBuyer', { key: world.b.key, params: { buyerId } });
    expectStatus(watched, 201);
    expect((await op(world.call, 'watchBuyer', { key: world.b.key, params: { buyerId } })).status).toBe(200);
    const watchlist = await op(world.call, 'listWatchlist', { key: world.b.key });
    expectStatus(watchlist, 200);
    expect(watchlist.body.items.map((w) => w.buyerId)).toContain(buyerId);

    await riskEvent({ buyerId, type: 'rating_change', occurredOn: today, newGrade: 8 });
    const effectiveOn = addDays(today, 30);
    const [downgraded] = await receiver.waitFor(hooks(world.a.tenantId, 'limit.downgraded', buyerId));
    expect(downgraded!.body.data).toMatchObject({ kind: 'reduced', from: { amount: 2_000_000 }, to: { amount: 1_000_000 }, effectiveOn, immediate: false });

    expect(await limitOf(world.a.key, buyerId)).toMatchObject({ amount: 2_000_000, pendingReduction: { amount: 1_000_000, effectiveOn } });
    const check = async (deliveryDate: string) => (await op(world.call, 'coverCheck', { key: world.a.key, body: { buyerId, amount: 1_500_000, paymentTermsDays: 30, deliveryDate } })).body;
    expect(await check(addDays(today, 29))).toMatchObject({ coveredAmount: 1_500_000, limit: { amount: 2_000_000 } });
    expect(await check(effectiveOn)).toMatchObject({ coveredAmount: 1_000_000, limit: { amount: 1_000_000 } });

    const [toWatcher] = await receiver.waitFor(hooks(world.b.tenantId, 'buyer.grade_changed', buyerId));
    expect(toWatcher!.body.data).toMatchObject({ buyerId, from: { grade: 3 }, to: { grade: 8 }, watching: true, holdsLimit: false });
    const [toHolder] = await receiver.waitFor(hooks(world.a.tenantId, 'buyer.grade_changed', buyerId));
    expect(toHolder!.body.data).toMatchObject({ holdsLimit: true, watching: false });
    // A new limit on a grade-8 buyer is refused now.
    const refused = await op(world.call, 'requestLimit', { key: world.b.key, body: { buyerId, type: 'new', amount: 1_000_000 } });
    expectStatus(refused, 201);
    expect(refused.body.decision).toBe('not_approved');
    expect((await op(world.call, 'unwatchBuyer', { key: world.b.key, params: { buyerId } })).status).toBe(204);
    expect((await op(world.call, 'unwatchBuyer', { key: world.b.key, params: { buyerId } })).status).toBe(404);
  });

  it('a burst of insolvencies in one sector raises one alert that cuts only the targeted limits, once', async () => {
    const [sector, country] = ['C25', 'IT'];
    const grade7 = await buyer(sector, country, 7);
    const grade3 = await buyer(sector, country, 3);
    const grade6 = await buyer(sector, country, 6);
    await limit(world.a.key, grade7, 1_000_000);
    await limit(world.a.key, grade3, 1_000_000);
    await limit(world.b.key, grade6, 1_000_000);
    const failing = await Promise.all(Array.from({ length: 5 }, () => buyer(sector, country, 5)));
    await riskEvent({ events: failing.map((buyerId, index) => ({ buyerId, type: 'insolvency_opened', occurredOn: addDays(today, -index * 10) })) });

    const [toA] = await receiver.waitFor(hooks(world.a.tenantId, 'sector.alert_raised'), 1, 30_000);
    const [toB] = await receiver.waitFor(hooks(world.b.tenantId, 'sector.alert_raised'), 1, 30_000);
    expect(toA!.body.data).toMatchObject({ sector, country, minGrade: 6 });
    const effectiveOn = addDays(today, 30);
    expect(toA!.body.data['limits']).toEqual([{ buyerId: grade7, from: { amount: 1_000_000 }, to: { amount: 600_000 }, effectiveOn }]);
    expect(toB!.body.data['limits']).toEqual([{ buyerId: grade6, from: { amount: 1_000_000 }, to: { amount: 800_000 }, effectiveOn }]);

    const alerts = await op(world.call, 'listSectorAlerts', { key: world.a.key, query: { status: 'open' } });
    expectStatus(alerts, 200);
    const mine = alerts.body.items.filter((alert) => alert.sector === sector && alert.country === country);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'open', source: 'detector' });
    expect((await limitOf(world.a.key, grade3)).pendingReduction).toBeUndefined();

    // The daily detector and a manual raise find the alert open: nothing twice.
    await op(world.call, 'advanceTestClock', { key: world.insurerKey, body: { advanceDays: 1 } });
    const again = await op(world.call, 'raiseSectorAlert', { key: world.insurerKey, body: { sector, country } });
    expect(again.status).toBe(409);
    await world.runtime.bus.drain();
    expect(receiver.received.filter((request) => (request as Hook).body.type === 'sector.alert_raised' && (request as Hook).body.data['sector'] === sector)).toHaveLength(2);
    expect((await limitOf(world.a.key, grade7)).pendingReduction?.amount).toBe(600_000);
    // Requests in the sector are referred for the grades it targets, while it is open.
    const referred = await op(world.call, 'requestLimit', { key: world.b.key, body: { buyerId: grade7, type: 'new', amount: 500_000 } });
    expectStatus(referred, 202);
    expect(referred.body.decision).toBe('referred');
    // The tenant hears of the referral by webhook (its body checked against the document's, as every delivery).
    const [referral] = await receiver.waitFor(hooks(world.b.tenantId, 'referral.created', grade7));
    expect(referral!.body.data).toMatchObject({ referralId: referred.body.referralId, requestId: referred.body.requestId, type: 'new', amount: 500_000 });
    const closed = await op(world.call, 'closeSectorAlert', { key: world.insurerKey, params: { alertId: mine[0]!.alertId } });
    expectStatus(closed, 200);
    expect(closed.body.status).toBe('closed');
    const read = await op(world.call, 'getSectorAlert', { key: world.b.key, params: { alertId: mine[0]!.alertId } });
    expectStatus(read, 200);
    expect(read.body).toEqual(closed.body);
    expect((await op(world.call, 'raiseSectorAlert', { key: world.a.key, body: { sector, country } })).status).toBe(403);
  });

  it('the insurer reads the monitoring rules and writes them back unchanged', async () => {
    const rules = await op(world.call, 'getMonitoringRules', { key: world.insurerKey });
    expectStatus(rules, 200);
    const { downgrades, sectorAlerts } = rules.body;
    const written = await op(world.call, 'putMonitoringRules', { key: world.insurerKey, body: { downgrades, sectorAlerts } });
    expectStatus(written, 200);
    expect(written.body).toMatchObject({ downgrades, sectorAlerts });
    const after = await op(world.call, 'getMonitoringRules', { key: world.insurerKey });
    expectStatus(after, 200);
    expect(after.body).toMatchObject({ downgrades, sectorAlerts });
  });
});
