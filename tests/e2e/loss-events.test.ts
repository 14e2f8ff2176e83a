/**
 * Loss events take effect when they happened, over HTTP on the test clock:
 * the worked example's insolvency recorded on day 45 and dated day 3 cancels the limit from day
 * 3, so of two deliveries (day 1 and day 5) only the first is covered (loss 2,000,000,
 * indemnity 1,700,000); a closure or a regrade to 10 cancels the limit at once, as the cover
 * check declines the buyer at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { samplePolicy } from '../support/http-client.ts';
import { expectStatus, op, single, type BodyOf } from '../support/op.ts';
import { testDays } from '../support/test-days.ts';

let world: World;
let key: string;
let day0: string;
beforeAll(async () => {
  world = await startWorld();
  const created = await op(world.call, 'createTenant', {
    key: world.insurerKey,
    body: { name: 'Pertes SARL', policy: samplePolicy({ coverPercent: 90, deductible: 100_000, claimThreshold: 0, maxExtensionDays: 60 }) },
  });
  expectStatus(created, 201);
  key = created.body.apiKey.key;
  const clock = await op(world.call, 'getClock', { key: world.insurerKey });
  expectStatus(clock, 200);
  day0 = clock.body.now.slice(0, 10);
});
afterAll(async () => {
  await world?.runtime.stop();
});

const { on, advanceTo, today } = testDays(() => world, () => day0);
let registrations = 0;
async function buyerWithLimit(amount: number): Promise<string> {
  registrations += 1;
  const buyer = await op(world.call, 'createBuyer', {
    key: world.insurerKey,
    body: { legalName: `Défaillant ${registrations}`, country: 'FR', registrationId: `LOSS${Date.now()}${registrations}`, sector: 'G46', grade: 3 },
  });
  expectStatus(buyer, 201);
  const limit = await op(world.call, 'requestLimit', { key, body: { buyerId: buyer.body.buyerId, type: 'new', amount } });
  expectStatus(limit, 201);
  expect(limit.body).toMatchObject({ decision: 'approved', amount });
  return buyer.body.buyerId;
}
async function invoice(buyerId: string, amount: number, issueDate: string, dueDate: string): Promise<string> {
  registrations += 1;
  const created = await op(world.call, 'createInvoices', { key, body: { buyerId, number: `L-${registrations}`, amount, currency: 'EUR', issueDate, dueDate } });
  expectStatus(created, 201);
  return single(created.body).invoiceId;
}
async function limitOf(buyerId: string) {
  const held = await op(world.call, 'getLimit', { key, params: { buyerId } });
  expectStatus(held, 200);
  return held.body;
}
async function riskEvent(body: BodyOf<'recordRiskEvents'>) {
  const recorded = await op(world.call, 'recordRiskEvents', { key: world.insurerKey, body });
  expectStatus(recorded, 201);
}
/** The fan-out runs on the bus: wait until the limit's history shows the monitoring cut. */
async function cutOf(buyerId: string) {
  await expect.poll(async () => (await limitOf(buyerId)).history.some((entry) => entry.source === 'monitoring'), { timeout: 15_000 }).toBe(true);
  return limitOf(buyerId);
}

describe('loss events take effect when they happened', () => {
  it('the worked example: an insolvency recorded on day 45, opened on day 3: loss 2,000,000, indemnity 1,700,000', async () => {
    const buyerId = await buyerWithLimit(10_000_000);
    await advanceTo(5);
    const first = await invoice(buyerId, 2_000_000, on(1), on(40));
    const second = await invoice(buyerId, 3_000_000, on(5), on(40));

    await advanceTo(45);
    await riskEvent({ buyerId, type: 'insolvency_opened', occurredOn: on(3) });
    const limit = await cutOf(buyerId);
    expect(limit).toMatchObject({ amount: 0, decision: 'cancelled' });
    expect(limit.pendingReduction).toBeUndefined();
    // Recorded on day 45, in force from day 3.
    const cut = limit.history.at(-1)!;
    expect(cut).toMatchObject({ source: 'monitoring', decision: 'cancelled', from: { amount: 10_000_000 }, to: { amount: 0 }, effectiveOn: on(3) });
    expect(cut.at.slice(0, 10)).toBe(on(45));
    expect(cut.reasons[0]?.message).toContain(`for deliveries from ${on(3)}, the day the insolvency was opened`);

    const notified = await op(world.call, 'notifyOverdue', { key, body: { buyerId, invoiceIds: [first, second] } });
    expectStatus(notified, 201);
    // Notified on a buyer already insolvent: the date of loss is the insolvency, the claim indemnifiable at once.
    expect(notified.body).toMatchObject({ status: 'indemnifiable', dateOfLoss: on(3), lossCause: 'insolvency' });
    // 2,000,000 delivered on day 1 is covered; 3,000,000 delivered on day 5, after the insolvency, is not.
    // 90 % of 2,000,000 = 1,800,000, less the 100,000 deductible = 1,700,000.
    expect(notified.body.indemnity).toMatchObject({ outstanding: 5_000_000, coveredLoss: 2_000_000, coverPercent: 90, deductible: 100_000, amount: 1_700_000 });
    expect(notified.body.indemnity?.invoices.map((cover) => [cover.invoiceId, cover.coveredAmount, cover.reason.code])).toEqual([
      [first, 2_000_000, 'covered'],
      [second, 0, 'no_limit_at_delivery'],
    ]);

    const paid = await op(world.call, 'indemnifyClaim', { key: world.insurerKey, params: { claimId: notified.body.claimId } });
    expectStatus(paid, 201);
    expect(paid.body).toMatchObject({ status: 'indemnified', indemnity: { coveredLoss: 2_000_000, amount: 1_700_000 } });
  });

  it.each([
    ['a closure', { type: 'closure' as const }, { grade: 10, status: 'closed' }, 'buyer_closed'],
    ['a regrade to 10', { type: 'rating_change' as const, newGrade: 10 }, { grade: 10, status: 'active' }, 'buyer_insolvent'],
  ])('%s cancels the limit at once, as the cover check declines the buyer at once', async (_case, change, after, declined) => {
    const buyerId = await buyerWithLimit(2_000_000);
    await riskEvent({ buyerId, occurredOn: on(today()), ...change });
    const buyer = await op(world.call, 'getBuyer', { key, params: { buyerId } });
    expectStatus(buyer, 200);
    expect(buyer.body).toMatchObject(after);

    const limit = await cutOf(buyerId);
    // Before: the limit ran 30 more days (a pending reduction) while the check already declined.
    expect(limit).toMatchObject({ amount: 0, decision: 'cancelled' });
    expect(limit.pendingReduction).toBeUndefined();
    expect(limit.history.at(-1)).toMatchObject({ source: 'monitoring', to: { amount: 0 } });
    expect(limit.history.at(-1)?.effectiveOn).toBeUndefined();

    const check = await op(world.call, 'coverCheck', { key, body: { buyerId, amount: 1_000_000, paymentTermsDays: 30 } });
    expectStatus(check, 200);
    expect(check.body).toMatchObject({ covered: false, coveredAmount: 0, recommendation: 'decline' });
    expect(check.body.reasons.map((reason) => reason.code)).toContain(declined);
  });
});
