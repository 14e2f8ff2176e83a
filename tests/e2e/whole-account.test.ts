/**
 * The whole account of an insolvent buyer, over HTTP on the test clock: cover 90 %, deductible 0,
 * threshold 0, a limit of 10,000,000 from day 0; I1 issued day 0 due day 60, 6,000,000; I2 issued
 * day 28 due day 88, 3,000,000; I3 issued day 47 due day 106, 3,000,000; the buyer insolvent on
 * day 68. On day 74 I1 and I2 (not yet due) are notified: indemnifiable, 8,100,000; notifying I3
 * answers claim-open with the route that adds it; added, the outstanding is 12,000,000, the
 * covered loss 10,000,000 (I3 covered for 1,000,000, capped by the limit), the indemnity 9,000,000.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { startReceiver, type Receiver } from '../support/webhook-receiver.ts';
import { samplePolicy } from '../support/http-client.ts';
import { expectStatus, op, single } from '../support/op.ts';
import { testDays } from '../support/test-days.ts';

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
  const hook = await op(world.call, 'createWebhook', { key, body: { url: `${receiver.url}/claims`, eventTypes: ['claim.invoices_added'] } });
  expectStatus(hook, 201);
  const clock = await op(world.call, 'getClock', { key: world.insurerKey });
  expectStatus(clock, 200);
  day0 = clock.body.now.slice(0, 10);
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

describe('the whole account of an insolvent buyer', () => {
  it('notifies invoices not yet due, adds the last one to the open claim: outstanding 12,000,000, covered loss 10,000,000, indemnity 9,000,000', async () => {
    const buyer = await op(world.call, 'createBuyer', {
      key: world.insurerKey,
      body: { legalName: 'Insolvable SA', country: 'FR', registrationId: `WA${Date.now()}`, sector: 'G46', grade: 3 },
    });
    expectStatus(buyer, 201);
    const buyerId = buyer.body.buyerId;
    const limit = await op(world.call, 'requestLimit', { key, body: { buyerId, type: 'new', amount: 10_000_000 } });
    expectStatus(limit, 201);
    expect(limit.body).toMatchObject({ decision: 'approved', amount: 10_000_000 });

    const i1 = await invoice(buyerId, 6_000_000, on(0), on(60));
    await advanceTo(28);
    const i2 = await invoice(buyerId, 3_000_000, on(28), on(88));
    await advanceTo(47);
    const i3 = await invoice(buyerId, 3_000_000, on(47), on(106));

    await advanceTo(68);
    const insolvency = await op(world.call, 'recordRiskEvents', { key: world.insurerKey, body: { buyerId, type: 'insolvency_opened', occurredOn: on(68) } });
    expectStatus(insolvency, 201);
    // The monitoring fan-out cancels the limit from day 68 on the bus: let it land first.
    await expect
      .poll(async () => {
        const held = await op(world.call, 'getLimit', { key, params: { buyerId } });
        expectStatus(held, 200);
        return held.body.history.some((entry) => entry.source === 'monitoring');
      }, { timeout: 15_000 })
      .toBe(true);
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
  });
});
