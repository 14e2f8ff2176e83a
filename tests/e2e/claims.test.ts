/**
 * Overdues and claims end to end, on the test clock, with a webhook receiver: warnings before
 * the notification deadline, a notification in time and one a day late, an insolvency that
 * makes a claim indemnifiable at once, a waiting period that ends, collections, an indemnity
 * and a recovery; every amount checked to the cent against the formula.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { startReceiver, type Receiver } from '../support/webhook-receiver.ts';
import { samplePolicy } from '../support/http-client.ts';
import { expectStatus, op, single, type OpResponse, type RouteOf } from '../support/op.ts';
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
    body: { name: 'Claims SARL', policy: samplePolicy({ coverPercent: 90, deductible: 50_000, claimThreshold: 100_000, maxExtensionDays: 60, waitingPeriodDays: 180 }) },
  });
  expectStatus(created, 201);
  key = created.body.apiKey.key;
  const hook = await op(world.call, 'createWebhook', {
    key,
    body: { url: `${receiver.url}/claims`, eventTypes: ['claim.deadline_approaching', 'overdue.notified', 'claim.opened', 'claim.indemnified', 'claim.recovered'] },
  });
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
async function buyerWithLimit(amount: number): Promise<string> {
  registrations += 1;
  const buyer = await op(world.call, 'createBuyer', {
    key: world.insurerKey,
    body: { legalName: `Débiteur ${registrations}`, country: 'FR', registrationId: `CLM${Date.now()}${registrations}`, sector: 'G46', grade: 3 },
  });
  expectStatus(buyer, 201);
  const limit = await op(world.call, 'requestLimit', { key, body: { buyerId: buyer.body.buyerId, type: 'new', amount } });
  expectStatus(limit, 201);
  return buyer.body.buyerId;
}
async function invoice(buyerId: string, amount: number, issueDate: string, dueDate: string): Promise<string> {
  registrations += 1;
  const created = await op(world.call, 'createInvoices', {
    key,
    body: { buyerId, number: `F-${registrations}`, amount, currency: 'EUR', issueDate, dueDate },
  });
  expectStatus(created, 201);
  return single(created.body).invoiceId;
}
type Claim = Extract<OpResponse<RouteOf<'getClaim'>>, { status: 200 }>['body'];
const claimOf = async (claimId: string) => {
  const claim = await op(world.call, 'getClaim', { key, params: { claimId } });
  expectStatus(claim, 200);
  return claim.body;
};
const coverCheck = async (buyerId: string) => {
  const check = await op(world.call, 'coverCheck', { key, body: { buyerId, amount: 100_000, paymentTermsDays: 30 } });
  expectStatus(check, 200);
  return check.body;
};
const invoicesOf = async (buyerId: string) => {
  const invoices = await op(world.call, 'listInvoices', { key, query: { buyerId } });
  expectStatus(invoices, 200);
  return invoices.body.items;
};
const claimsOf = async (partyKey: string, query: { status?: 'indemnifiable'; buyerId?: string } = {}) => {
  const claims = await op(world.call, 'listClaims', { key: partyKey, query });
  expectStatus(claims, 200);
  return claims.body.items;
};
type Hook = { body: { type: string; data: Record<string, unknown> } };
const hook = (type: string, match: (data: Record<string, unknown>) => boolean = () => true) => (request: Hook) => request.body.type === type && match(request.body.data);

let insolventBuyer: string;
let inTime: Claim;

describe('overdues and claims', () => {
  it('warns 15 and 5 days before the deadline; notifies in time; a day late is refused with the deadline named', async () => {
    insolventBuyer = await buyerWithLimit(5_000_000);
    const lateBuyer = await buyerWithLimit(2_000_000);
    const first = await invoice(insolventBuyer, 2_000_000, day0, on(30));
    const second = await invoice(insolventBuyer, 1_500_000, day0, on(30));
    await invoice(lateBuyer, 1_000_000, day0, on(30));

    // Deadline: due on day 30 + 60 days = day 90. Warnings on day 75 and day 85.
    await advanceTo(74);
    expect(receiver.received.filter(hook('claim.deadline_approaching'))).toHaveLength(0);
    await advanceTo(75);
    const fifteen = await receiver.waitFor(hook('claim.deadline_approaching', (data) => data['daysLeft'] === 15), 3);
    expect(fifteen.map((request) => request.body.data['deadline'])).toEqual([on(90), on(90), on(90)]);
    await advanceTo(85);
    await receiver.waitFor(hook('claim.deadline_approaching', (data) => data['daysLeft'] === 5), 3);
    await advanceTo(86);
    await world.runtime.bus.drain();
    // Once per invoice and threshold.
    expect(receiver.received.filter(hook('claim.deadline_approaching'))).toHaveLength(6);

    const notified = await op(world.call, 'notifyOverdue', { key, body: { buyerId: insolventBuyer, invoiceIds: [first, second] } });
    expectStatus(notified, 201);
    inTime = notified.body;
    expect(inTime).toMatchObject({ status: 'in_collection', outstanding: 3_500_000, notifiedOn: on(86), waitingPeriodEndsOn: on(266) });
    await receiver.waitFor(hook('overdue.notified', (data) => data['claimId'] === inTime.claimId));
    await receiver.waitFor(hook('claim.opened', (data) => data['claimId'] === inTime.claimId));
    const check = await coverCheck(insolventBuyer);
    expect(check.recommendation).toBe('cash_in_advance');
    expect(check.reasons.map((reason) => reason.code)).toContain('overdue_notified');

    await advanceTo(91);
    const lateInvoiceIds = (await invoicesOf(lateBuyer)).map((item) => item.invoiceId);
    const late = await op(world.call, 'notifyOverdue', { key, body: { buyerId: lateBuyer, invoiceIds: lateInvoiceIds } });
    expectStatus(late, 422);
    expect(late.headers.get('content-type')).toBe('application/problem+json');
    expect(late.body.type).toBe('https://bouclier.dev/problems/notification-late');
    expect(late.body['deadline']).toBe(on(90));
    expect(late.body.detail).toContain(on(90));
    expect((await claimsOf(key)).map((claim) => claim.claimId)).toEqual([inTime.claimId]);

    // Another tenant naming this tenant's invoices learns nothing and stores nothing.
    const foreign = await op(world.call, 'notifyOverdue', { key: world.b.key, body: { buyerId: lateBuyer, invoiceIds: lateInvoiceIds } });
    expect(foreign.status).toBe(400);
    expect(foreign.text).not.toContain(lateInvoiceIds[0]);
    expect(await claimsOf(world.b.key)).toEqual([]);
  });

  it('an insolvency makes the claim indemnifiable at once with the exact amount; the indemnity is paid; a recovery is shared by each side’s share of the loss', async () => {
    const recorded = await op(world.call, 'recordRiskEvents', { key: world.insurerKey, body: { buyerId: insolventBuyer, type: 'insolvency_opened', occurredOn: on(91) } });
    expectStatus(recorded, 201);
    await expect.poll(async () => (await claimOf(inTime.claimId)).status, { timeout: 15_000 }).toBe('indemnifiable');
    const claim = await claimOf(inTime.claimId);
    // 3,500,000 outstanding, all covered (limit 5,000,000 at delivery): 90 % = 3,150,000 − 50,000 deductible.
    expect(claim).toMatchObject({ dateOfLoss: on(91), lossCause: 'insolvency' });
    expect(claim.indemnity).toMatchObject({ outstanding: 3_500_000, coveredLoss: 3_500_000, coverPercent: 90, deductible: 50_000, amount: 3_100_000 });
    expect(claim.indemnity?.cappedBy).toBeUndefined();

    const paid = await op(world.call, 'indemnifyClaim', { key: world.insurerKey, params: { claimId: inTime.claimId } });
    expectStatus(paid, 201);
    expect(paid.body.status).toBe('indemnified');
    const [event] = await receiver.waitFor(hook('claim.indemnified', (data) => data['claimId'] === inTime.claimId));
    expect(event!.body.data['indemnity']).toMatchObject({ amount: 3_100_000, coveredLoss: 3_500_000 });
    // Indemnified twice: the problem's status is the HTTP status, the claim's state is claimStatus.
    const again = await op(world.call, 'indemnifyClaim', { key: world.insurerKey, params: { claimId: inTime.claimId } });
    expectStatus(again, 409);
    expect(again.body).toMatchObject({ type: 'https://bouclier.dev/problems/claim-status', status: 409, claimStatus: 'indemnified' });

    const recovered = await op(world.call, 'recordRecovery', { key: world.insurerKey, params: { claimId: inTime.claimId }, body: { amount: 1_001_001, receivedOn: on(91) } });
    expectStatus(recovered, 201);
    // By the insurer's share of the loss, not the cover percentage: 1,001,001 × 3,100,000 / 3,500,000 = 886,600.88 → 886,600; 114,401 to the policyholder.
    expect(recovered.body.recoveries).toEqual([{ amount: 1_001_001, receivedOn: on(91), insurerShare: 886_600, policyholderShare: 114_401 }]);
    await receiver.waitFor(hook('claim.recovered', (data) => data['claimId'] === inTime.claimId && data['insurerShare'] === 886_600));
    // 1,001,001 + 3,000,000 would pass the 3,500,000 lost.
    const beyond = await op(world.call, 'recordRecovery', { key: world.insurerKey, params: { claimId: inTime.claimId }, body: { amount: 3_000_000, receivedOn: on(91) } });
    expectStatus(beyond, 422);
    expect(beyond.body).toMatchObject({ type: 'https://bouclier.dev/problems/recovery-exceeds-loss', loss: 3_500_000, recovered: 1_001_001, amount: 3_000_000 });
    expect((await claimOf(inTime.claimId)).recoveries).toHaveLength(1);
  });

  it('without insolvency the claim becomes indemnifiable when the waiting period ends; collections go oldest first; the limit caps the loss', async () => {
    const buyerId = await buyerWithLimit(1_000_000);
    const older = await invoice(buyerId, 800_000, on(91), on(121));
    const newer = await invoice(buyerId, 700_000, on(91), on(131));
    await advanceTo(135);
    const notified = await op(world.call, 'notifyOverdue', { key, body: { buyerId, invoiceIds: [newer, older] } });
    expectStatus(notified, 201);
    const claimId = notified.body.claimId;
    expect(notified.body.waitingPeriodEndsOn).toBe(on(315));

    const collected = await op(world.call, 'recordCollection', { key: world.insurerKey, params: { claimId }, body: { amount: 200_000, receivedOn: on(135) } });
    expectStatus(collected, 201);
    expect(collected.body.collections[0]!.allocations).toEqual([{ invoiceId: older, amount: 200_000 }]);
    expect(collected.body.outstanding).toBe(1_300_000);
    const documents = await op(world.call, 'setClaimDocument', { key, params: { claimId, kind: 'proof_of_delivery' }, body: { status: 'provided', note: 'CMR signed' } });
    expectStatus(documents, 200);
    expect(documents.body.documents['proof_of_delivery']).toMatchObject({ status: 'provided' });
    expect(documents.body.documents['statement_of_account']).toMatchObject({ status: 'missing' });

    await advanceTo(314);
    expect((await claimOf(claimId)).status).toBe('in_collection');
    await advanceTo(315);
    const claim = await claimOf(claimId);
    expect(claim).toMatchObject({ status: 'indemnifiable', dateOfLoss: on(315), lossCause: 'protracted_default' });
    // 600,000 + 700,000 outstanding; the limit of 1,000,000 at delivery caps the covered loss:
    // 90 % of 1,000,000 = 900,000 − 50,000 = 850,000.
    expect(claim.indemnity).toMatchObject({ outstanding: 1_300_000, coveredLoss: 1_000_000, coverPercent: 90, deductible: 50_000, cappedBy: 'limit', amount: 850_000 });
    expect(claim.timeline.map((entry) => entry.event)).toEqual(['notified', 'in_collection', 'collection', 'document', 'indemnifiable']);
    const filtered = await claimsOf(key, { status: 'indemnifiable', buyerId });
    expect(filtered.map((item) => item.claimId)).toEqual([claimId]);
  });

  it('a claim fully collected before the loss is recovered and closed; cover checks on the buyer are normal again', async () => {
    const buyerId = await buyerWithLimit(1_000_000);
    const only = await invoice(buyerId, 300_000, on(315), on(320));
    await advanceTo(322);
    const notified = await op(world.call, 'notifyOverdue', { key, body: { buyerId, invoiceIds: [only] } });
    expectStatus(notified, 201);
    const { claimId } = notified.body;
    expect((await op(world.call, 'recordCollection', { key: world.insurerKey, params: { claimId }, body: { amount: 300_001, receivedOn: on(322) } })).status).toBe(400);
    const closed = await op(world.call, 'recordCollection', { key: world.insurerKey, params: { claimId }, body: { amount: 300_000, receivedOn: on(322) } });
    expect(closed.body).toMatchObject({ status: 'closed', outstanding: 0 });
    await receiver.waitFor(hook('claim.recovered', (data) => data['claimId'] === claimId && data['status'] === 'closed'));
    const check = await coverCheck(buyerId);
    expect(check.reasons.map((reason) => reason.code)).not.toContain('overdue_notified');
    expect((await invoicesOf(buyerId))[0]).toMatchObject({ status: 'paid', outstanding: 0 });
  });
});
