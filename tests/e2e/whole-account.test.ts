/**
 * The whole account of an insolvent buyer, over HTTP on the test clock: cover 90 %, deductible 0,
 * threshold 0, a limit of 10,000,000 from day 0; I1 issued day 0 due day 60, 6,000,000; I2 issued
 * day 28 due day 88, 3,000,000; I3 issued day 47 due day 106, 3,000,000; the buyer insolvent on
 * day 68. On day 74 I1 and I2 (not yet due) are notified: indemnifiable, 8,100,000; notifying I3
 * answers claim-open with the route that adds it; added, the outstanding is 12,000,000, the
 * covered loss 10,000,000 (I3 covered for 1,000,000, capped by the limit), the indemnity 9,000,000.
 * Then the money of the worked example: costs of 1,200,000 → the insurer bears 900,000, paid with
 * the indemnity; recoveries of 2,400,000 → 1,800,000 / 600,000, then 9,600,000 → 7,200,000 /
 * 2,400,000 (cumulative 9,000,000, all it paid), then any amount → 422; on a second claim alike,
 * a lone recovery of 100,001 → 75,000 / 25,001, and a cost after the indemnity paid at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { startReceiver, type Receiver } from '../support/webhook-receiver.ts';
import { samplePolicy } from '../support/http-client.ts';
import { expectStatus, op, single } from '../support/op.ts';
import { clockDay0, testDays } from '../support/test-days.ts';

let world: World;
let receiver: Receiver;
let key: string;
let day0: string;
beforeAll(async () => {
  world = await startWorld();
  receiver = await startReceiver();
  const created = await op(world.call, 'createTenant', {
    key: world.insurerKey,
    body: { name: 'Compte Entier SARL', policy: samplePolicy({ coverPercent: 90, deductible: 0, claimThreshold: 0 }) },
  });
  expectStatus(created, 201);
  key = created.body.apiKey.key;
  const hook = await op(world.call, 'createWebhook', { key, body: { url: `${receiver.url}/claims`, eventTypes: ['claim.invoices_added', 'claim.indemnified', 'claim.recovered', 'claim.costs_paid'] } });
  expectStatus(hook, 201);
  day0 = await clockDay0(world);
});
afterAll(async () => {
  await receiver?.close();
  await world?.runtime.stop();
});

const { on, advanceTo } = testDays(() => world, () => day0);
let registrations = 0;
async function invoice(buyerId: string, amount: number, issueDate: string, dueDate: string): Promise<string> {
  registrations += 1;
  const created = await op(world.call, 'createInvoices', { key, body: { buyerId, number: `WA-${registrations}`, amount, currency: 'EUR', issueDate, dueDate } });
  expectStatus(created, 201);
  return single(created.body).invoiceId;
}

type Hook = { body: { type: string; data: Record<string, unknown> } };
const hook = (type: string, match: (data: Record<string, unknown>) => boolean = () => true) => (request: Hook) => request.body.type === type && match(request.body.data);

/** The worked example's buyer: a limit of 10,000,000 from day 0, I1 delivered on day 0 (the clock is on it). */
async function buyerWithLimit(name: string): Promise<string> {
  registrations += 1;
  const buyer = await op(world.call, 'createBuyer', {
    key: world.insurerKey,
    body: { legalName: name, country: 'FR', registrationId: `WA${Date.now()}${registrations}`, sector: 'G46', grade: 3 },
  });
  expectStatus(buyer, 201);
  const limit = await op(world.call, 'requestLimit', { key, body: { buyerId: buyer.body.buyerId, type: 'new', amount: 10_000_000 } });
  expectStatus(limit, 201);
  expect(limit.body).toMatchObject({ decision: 'approved', amount: 10_000_000 });
  return buyer.body.buyerId;
}

async function recovery(claimId: string, amount: number) {
  return op(world.call, 'recordRecovery', { key: world.insurerKey, params: { claimId }, body: { amount, receivedOn: on(74) } });
}

describe('the whole account of an insolvent buyer', () => {
  it('notifies invoices not yet due, adds the last one to the open claim; costs and recoveries are shared by the insurer’s share of the loss', async () => {
    const buyerId = await buyerWithLimit('Insolvable SA');
    const twin = await buyerWithLimit('Insolvable Bis SA');

    const i1 = await invoice(buyerId, 6_000_000, on(0), on(60));
    const t1 = await invoice(twin, 6_000_000, on(0), on(60));
    await advanceTo(28);
    const i2 = await invoice(buyerId, 3_000_000, on(28), on(88));
    const t2 = await invoice(twin, 3_000_000, on(28), on(88));
    await advanceTo(47);
    const i3 = await invoice(buyerId, 3_000_000, on(47), on(106));
    const t3 = await invoice(twin, 3_000_000, on(47), on(106));

    await advanceTo(68);
    for (const lost of [buyerId, twin]) {
      const insolvency = await op(world.call, 'recordRiskEvents', { key: world.insurerKey, body: { buyerId: lost, type: 'insolvency_opened', occurredOn: on(68) } });
      expectStatus(insolvency, 201);
      // The monitoring fan-out cancels the limit from day 68 on the bus: let it land first.
      await expect
        .poll(async () => {
          const held = await op(world.call, 'getLimit', { key, params: { buyerId: lost } });
          expectStatus(held, 200);
          return held.body.history.some((entry) => entry.source === 'monitoring');
        }, { timeout: 15_000 })
        .toBe(true);
    }
    await advanceTo(74);
    // I2 is due on day 88: not overdue, but lost with the buyer's insolvency.
    const notified = await op(world.call, 'notifyOverdue', { key, body: { buyerId, invoiceIds: [i1, i2] } });
    expectStatus(notified, 201);
    const claimId = notified.body.claimId;
    expect(notified.body).toMatchObject({ status: 'indemnifiable', dateOfLoss: on(68), lossCause: 'insolvency', outstanding: 9_000_000 });
    // 90 % of 9,000,000.
    expect(notified.body.indemnity).toMatchObject({ outstanding: 9_000_000, coveredLoss: 9_000_000, amount: 8_100_000 });

    // A second notification on the buyer names the route that adds invoices to its open claim.
    const again = await op(world.call, 'notifyOverdue', { key, body: { buyerId, invoiceIds: [i3] } });
    expectStatus(again, 409);
    expect(again.body).toMatchObject({ type: 'https://bouclier.dev/problems/claim-open', claimId, addInvoicesUrl: `/v1/claims/${claimId}/invoices` });
    expect(again.body.detail).toContain(`POST /v1/claims/${claimId}/invoices`);

    const added = await op(world.call, 'addClaimInvoices', { key, params: { claimId }, body: { invoiceIds: [i3] } });
    expectStatus(added, 201);
    expect(added.headers.get('location')).toBe(`/v1/claims/${claimId}`);
    expect(added.body).toMatchObject({ status: 'indemnifiable', dateOfLoss: on(68), outstanding: 12_000_000 });
    // I1 6,000,000 + I2 3,000,000 use 9,000,000 of the limit of 10,000,000: I3 is covered for 1,000,000.
    // 90 % of 10,000,000 = 9,000,000.
    expect(added.body.indemnity).toMatchObject({ outstanding: 12_000_000, coveredLoss: 10_000_000, coverPercent: 90, deductible: 0, cappedBy: 'limit', amount: 9_000_000 });
    expect(added.body.indemnity?.invoices.map((cover) => [cover.invoiceId, cover.coveredAmount, cover.reason.code])).toEqual([
      [i1, 6_000_000, 'covered'],
      [i2, 3_000_000, 'covered'],
      [i3, 1_000_000, 'capped_by_limit'],
    ]);
    expect(added.body.timeline.at(-1)?.detail).toContain('indemnity now EUR 90,000.00 (was EUR 81,000.00)');
    const [event] = await receiver.waitFor((request) => request.body.type === 'claim.invoices_added');
    expect(event?.body.data).toMatchObject({ claimId, buyerId, invoiceIds: [i3], outstanding: 12_000_000, currency: 'EUR' });

    // Added once: a second time, it is already in the claim.
    const twice = await op(world.call, 'addClaimInvoices', { key, params: { claimId }, body: { invoiceIds: [i3] } });
    expectStatus(twice, 400);
    expect(twice.body.errors?.map((error) => [error.pointer, error.code])).toEqual([['#/invoiceIds/0', 'already_notified']]);

    // Paid, the claim takes no more invoices.
    const paid = await op(world.call, 'indemnifyClaim', { key: world.insurerKey, params: { claimId } });
    expectStatus(paid, 201);
    expect(paid.body.indemnity).toMatchObject({ coveredLoss: 10_000_000, amount: 9_000_000 });
    const late = await op(world.call, 'addClaimInvoices', { key, params: { claimId }, body: { invoiceIds: [i3] } });
    expectStatus(late, 409);
    expect(late.body).toMatchObject({ type: 'https://bouclier.dev/problems/claim-status', claimStatus: 'indemnified' });

    // Recoveries by share of the loss: 9,000,000 / 12,000,000 = 75 %, cumulative and rounded down.
    const first = await recovery(claimId, 2_400_000);
    expectStatus(first, 201);
    expect(first.body.recoveries.at(-1)).toMatchObject({ amount: 2_400_000, insurerShare: 1_800_000, policyholderShare: 600_000 });
    const second = await recovery(claimId, 9_600_000);
    expectStatus(second, 201);
    // min(9,000,000, floor(12,000,000 × 0.75)) = 9,000,000 in all: 7,200,000 of this one.
    expect(second.body.recoveries.at(-1)).toMatchObject({ amount: 9_600_000, insurerShare: 7_200_000, policyholderShare: 2_400_000 });
    await receiver.waitFor(hook('claim.recovered', (data) => data['claimId'] === claimId && data['insurerShare'] === 7_200_000));
    const beyond = await recovery(claimId, 1);
    expectStatus(beyond, 422);
    expect(beyond.body).toMatchObject({ type: 'https://bouclier.dev/problems/recovery-exceeds-loss', loss: 12_000_000, recovered: 12_000_000, amount: 1 });
    expect(beyond.body.detail).toContain('EUR 120,000.00');

    // The twin claim, with the costs of the example recorded before the indemnity.
    const twinClaim = await op(world.call, 'notifyOverdue', { key, body: { buyerId: twin, invoiceIds: [t1, t2, t3] } });
    expectStatus(twinClaim, 201);
    const twinId = twinClaim.body.claimId;
    const costs = await op(world.call, 'recordClaimCost', { key, params: { claimId: twinId }, body: { amount: 1_200_000, incurredOn: on(74), description: 'Collection agency fee' } });
    expectStatus(costs, 201);
    // floor(1,200,000 × 9,000,000 / 12,000,000) = 900,000, shown at once, paid with the indemnity.
    expect(costs.body.indemnity).toMatchObject({ amount: 9_000_000, collectionCosts: 1_200_000, collectionCostsShare: 900_000 });
    expect(costs.body.indemnity?.reasons.at(-1)?.code).toBe('collection_costs');
    const twinPaid = await op(world.call, 'indemnifyClaim', { key: world.insurerKey, params: { claimId: twinId } });
    expectStatus(twinPaid, 201);
    expect(twinPaid.body.costs).toEqual([expect.objectContaining({ amount: 1_200_000, insurerShare: 900_000, policyholderShare: 300_000, paidOn: on(74) })]);
    const [indemnified] = await receiver.waitFor(hook('claim.indemnified', (data) => data['claimId'] === twinId));
    expect(indemnified!.body.data).toMatchObject({ collectionCostsShare: 900_000, payment: 9_900_000 });

    // A lone recovery of 1,000.01: floor(100,001 × 0.75) = 75,000 (750.00) and 25,001 (250.01).
    const lone = await recovery(twinId, 100_001);
    expectStatus(lone, 201);
    expect(lone.body.recoveries).toEqual([{ amount: 100_001, receivedOn: on(74), insurerShare: 75_000, policyholderShare: 25_001 }]);

    // A cost after the indemnity, by the insurer: paid at once. Cumulative floor(1,240,000 × 0.75) = 930,000: 30,000 of it.
    const after = await op(world.call, 'recordClaimCost', { key: world.insurerKey, params: { claimId: twinId }, body: { amount: 40_000, incurredOn: on(74), description: 'Court fee' } });
    expectStatus(after, 201);
    expect(after.body.costs.at(-1)).toMatchObject({ amount: 40_000, insurerShare: 30_000, policyholderShare: 10_000, paidOn: on(74) });
    const [costsPaid] = await receiver.waitFor(hook('claim.costs_paid', (data) => data['claimId'] === twinId));
    expect(costsPaid!.body.data).toMatchObject({ amount: 40_000, insurerShare: 30_000, policyholderShare: 10_000, description: 'Court fee' });
  });
});
