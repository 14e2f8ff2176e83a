/**
 * The maximum extension period, due-date extensions and the notification period end to end,
 * over HTTP on the test clock, with the worked example's numbers (days counted from day 0, the
 * clock's day when the test starts). Policy: maxExtensionDays 60, notificationPeriodDays 30,
 * cover 90 %. Limit 10,000,000 on a grade-3 buyer from day 0; invoice issued day 0, due day 60,
 * 4,000,000, unpaid.
 * - mepEndsOn = day 120; notification deadline = day 150.
 * - Cover check 1,000,000 on 30-day terms delivered day 120 → covered; day 121 → covered 0,
 *   mep_expired, cash_in_advance, deposit 1,000,000.
 * - Extension to day 100 → 201 approved, mepEndsOn stays day 120. Extension to day 150 → 202;
 *   approved by the insurer → mepEndsOn day 150, deadline day 180; day 150 covered, 151 not.
 * - Without the extension: notifying on day 150 → 201; on day 151 → 422 naming day 150.
 * - Paying the oldest invoice moves mepEndsOn to the next one, paying the last clears it.
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
    body: { name: 'Stop of Cover SA', policy: samplePolicy({ coverPercent: 90, maxExtensionDays: 60, notificationPeriodDays: 30, maxCreditPeriodDays: 120 }) },
  });
  expectStatus(created, 201);
  key = created.body.apiKey.key;
  expect(created.body.policy.notificationPeriodDays).toBe(30);
  const hook = await op(world.call, 'createWebhook', { key, body: { url: `${receiver.url}/extensions`, eventTypes: ['extension.requested', 'extension.decided'] } });
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
/** A grade-3 buyer with a limit of 10,000,000 from day 0. */
async function buyerWithLimit(): Promise<string> {
  registrations += 1;
  const buyer = await op(world.call, 'createBuyer', {
    key: world.insurerKey,
    body: { legalName: `Acheteur MEP ${registrations}`, country: 'FR', registrationId: `MEP${Date.now()}${registrations}`, sector: 'G46', grade: 3 },
  });
  expectStatus(buyer, 201);
  const limit = await op(world.call, 'requestLimit', { key, body: { buyerId: buyer.body.buyerId, type: 'new', amount: 10_000_000 } });
  expectStatus(limit, 201);
  expect(limit.body.amount).toBe(10_000_000);
  return buyer.body.buyerId;
}
async function invoice(buyerId: string, amount: number, dueDay: number): Promise<string> {
  registrations += 1;
  const created = await op(world.call, 'createInvoices', { key, body: { buyerId, number: `MEP-${registrations}`, amount, currency: 'EUR', issueDate: day0, dueDate: on(dueDay) } });
  expectStatus(created, 201);
  return single(created.body).invoiceId;
}
async function exposure(buyerId: string) {
  const answer = await op(world.call, 'getExposure', { key, params: { buyerId } });
  expectStatus(answer, 200);
  return answer.body;
}
async function checkOn(buyerId: string, deliveryDay: number) {
  const answer = await op(world.call, 'coverCheck', { key, body: { buyerId, amount: 1_000_000, paymentTermsDays: 30, deliveryDate: on(deliveryDay) } });
  expectStatus(answer, 200);
  return answer.body;
}
const extend = (invoiceId: string, newDueDate: string, asKey = key) => op(world.call, 'requestExtension', { key: asKey, body: { invoiceId, newDueDate } });

let plainBuyer: string;
let plainInvoice: string;
let lateBuyer: string;
let lateInvoice: string;

describe('the maximum extension period and the stop of cover', () => {
  it('mepEndsOn is day 120 and the notification deadline day 150; a delivery on day 120 is covered, on day 121 not', async () => {
    plainBuyer = await buyerWithLimit();
    plainInvoice = await invoice(plainBuyer, 4_000_000, 60);
    expect(await exposure(plainBuyer)).toMatchObject({ outstanding: 4_000_000, oldestUnpaidDueDate: on(60), mepEndsOn: on(120), notificationDeadline: on(150) });

    const onMep = await checkOn(plainBuyer, 120);
    expect(onMep).toMatchObject({ covered: true, coveredAmount: 1_000_000, recommendation: 'accept', depositAmount: 0 });
    const after = await checkOn(plainBuyer, 121);
    expect(after).toMatchObject({ covered: false, coveredAmount: 0, uncoveredAmount: 1_000_000, recommendation: 'cash_in_advance', depositAmount: 1_000_000 });
    expect(after.reasons.map((r) => r.code)).toEqual(['mep_expired']);
    expect(after.reasons[0]!.message).toContain(on(120));
  });

  it('nothing unpaid: no mepEndsOn, no deadline; paying the oldest invoice moves mepEndsOn to the next one, paying the last clears it', async () => {
    const buyerId = await buyerWithLimit();
    const fresh = await exposure(buyerId);
    expect(fresh.mepEndsOn).toBeUndefined();
    expect(fresh.notificationDeadline).toBeUndefined();

    const oldest = await invoice(buyerId, 1_000_000, 60);
    const next = await invoice(buyerId, 2_000_000, 90);
    expect(await exposure(buyerId)).toMatchObject({ mepEndsOn: on(120), notificationDeadline: on(150) });
    expect((await checkOn(buyerId, 121)).reasons.map((r) => r.code)).toEqual(['mep_expired']);

    const paid = await op(world.call, 'recordPayment', { key, params: { invoiceId: oldest }, body: { amount: 1_000_000, paidOn: day0 } });
    expectStatus(paid, 201);
    expect(await exposure(buyerId)).toMatchObject({ oldestUnpaidDueDate: on(90), mepEndsOn: on(150), notificationDeadline: on(180) });
    expect((await checkOn(buyerId, 121)).coveredAmount).toBe(1_000_000);
    expect((await checkOn(buyerId, 151)).reasons.map((r) => r.code)).toEqual(['mep_expired']);

    expectStatus(await op(world.call, 'recordPayment', { key, params: { invoiceId: next }, body: { amount: 2_000_000, paidOn: day0 } }), 201);
    const cleared = await exposure(buyerId);
    expect(cleared.mepEndsOn).toBeUndefined();
    expect(cleared.notificationDeadline).toBeUndefined();
    expect((await checkOn(buyerId, 400)).coveredAmount).toBe(1_000_000);
  });
});

describe('due-date extensions', () => {
  let buyerId: string;
  let invoiceId: string;
  let referredId: string;

  it('to day 100: the policyholder approves it (201) and mepEndsOn stays day 120', async () => {
    buyerId = await buyerWithLimit();
    invoiceId = await invoice(buyerId, 4_000_000, 60);
    const approved = await extend(invoiceId, on(100));
    expectStatus(approved, 201);
    expect(approved.body).toMatchObject({ invoiceId, buyerId, originalDueDate: on(60), previousDueDate: on(60), newDueDate: on(100), mepEndsOn: on(120), status: 'approved', decidedBy: 'policyholder' });
    expect(approved.headers.get('location')).toBe(`/v1/extension-requests/${approved.body.extensionId}`);
    expect(await exposure(buyerId)).toMatchObject({ oldestUnpaidDueDate: on(60), mepEndsOn: on(120), notificationDeadline: on(150) });
    expect((await checkOn(buyerId, 121)).reasons.map((r) => r.code)).toEqual(['mep_expired']);
    const stored = await op(world.call, 'getInvoice', { key, params: { invoiceId } });
    expectStatus(stored, 200);
    expect(stored.body).toMatchObject({ dueDate: on(60), agreedDueDate: on(100) });
    expect(stored.body.extendedDueDate).toBeUndefined();
  });

  it('refuses a date not after the current due date (422), a paid invoice (409), an unknown invoice (404), nothing stored', async () => {
    const notLater = await extend(invoiceId, on(100));
    expectStatus(notLater, 422);
    expect(notLater.body).toMatchObject({ type: expect.stringContaining('extension-not-later'), currentDueDate: on(100) });
    const beforeOriginal = await extend(invoiceId, on(50));
    expectStatus(beforeOriginal, 422);

    const paidInvoice = await invoice(buyerId, 100_000, 70);
    expectStatus(await op(world.call, 'recordPayment', { key, params: { invoiceId: paidInvoice }, body: { amount: 100_000, paidOn: day0 } }), 201);
    const paid = await extend(paidInvoice, on(80));
    expectStatus(paid, 409);
    expect(paid.body.type).toContain('invoice-paid');

    const unknown = await extend('inv_01JD00A1B2C3D4E5F6G7H8J9K0', on(80));
    expectStatus(unknown, 404);
    const otherTenant = await extend(invoiceId, on(110), world.b.key);
    expectStatus(otherTenant, 404);

    const mine = await op(world.call, 'listExtensions', { key, query: {} });
    expectStatus(mine, 200);
    expect(mine.body.items.map((e) => e.newDueDate)).toEqual([on(100)]);
  });

  it('to day 150: referred (202); the insurer approves it: mepEndsOn day 150, deadline day 180; day 150 covered, day 151 not', async () => {
    const referred = await extend(invoiceId, on(150));
    expectStatus(referred, 202);
    expect(referred.body).toMatchObject({ previousDueDate: on(100), newDueDate: on(150), mepEndsOn: on(120), status: 'referred' });
    expect(referred.body.decidedBy).toBeUndefined();
    referredId = referred.body.extensionId;
    // Waiting, it changes nothing.
    expect(await exposure(buyerId)).toMatchObject({ mepEndsOn: on(120), notificationDeadline: on(150) });
    const twice = await extend(invoiceId, on(160));
    expectStatus(twice, 409);
    expect(twice.body).toMatchObject({ extensionId: referredId });

    const queue = await op(world.call, 'listExtensions', { key: world.insurerKey, query: { status: 'referred' } });
    expectStatus(queue, 200);
    expect(queue.body.items.map((e) => e.extensionId)).toContain(referredId);
    const tenantQueue = await op(world.call, 'listExtensions', { key: world.b.key, query: { status: 'referred' } });
    expectStatus(tenantQueue, 200);
    expect(tenantQueue.body.items).toEqual([]);
    expectStatus(await op(world.call, 'getExtension', { key: world.b.key, params: { extensionId: referredId } }), 404);
    expectStatus(await op(world.call, 'decideExtension', { key, params: { extensionId: referredId }, body: { decision: 'approved' } }), 403);

    const decided = await op(world.call, 'decideExtension', { key: world.insurerKey, params: { extensionId: referredId }, body: { decision: 'approved', note: 'Payment plan agreed' } });
    expectStatus(decided, 201);
    expect(decided.body).toMatchObject({ status: 'approved', decidedBy: 'insurer', note: 'Payment plan agreed', newDueDate: on(150) });
    const again = await op(world.call, 'decideExtension', { key: world.insurerKey, params: { extensionId: referredId }, body: { decision: 'refused' } });
    expectStatus(again, 409);
    expect(again.body).toMatchObject({ extensionStatus: 'approved' });

    expect(await exposure(buyerId)).toMatchObject({ oldestUnpaidDueDate: on(60), mepEndsOn: on(150), notificationDeadline: on(180) });
    expect(await checkOn(buyerId, 150)).toMatchObject({ covered: true, coveredAmount: 1_000_000 });
    expect((await checkOn(buyerId, 151)).reasons.map((r) => r.code)).toEqual(['mep_expired']);

    const read = await op(world.call, 'getExtension', { key, params: { extensionId: referredId } });
    expectStatus(read, 200);
    expect(read.body.status).toBe('approved');
    const approvedList = await op(world.call, 'listExtensions', { key, query: { status: 'approved' } });
    expectStatus(approvedList, 200);
    expect(approvedList.body.items.map((e) => e.newDueDate)).toEqual([on(100), on(150)]);

    await world.runtime.bus.drain();
    const requested = await receiver.waitFor((request: { body: { type: string; data: Record<string, unknown> } }) => request.body.type === 'extension.requested', 2);
    expect(requested.map((r) => r.body.data['status'])).toEqual(['approved', 'referred']);
    await receiver.waitFor((request: { body: { type: string; data: Record<string, unknown> } }) => request.body.type === 'extension.decided' && request.body.data['extensionId'] === referredId);
  });

  it('a refused extension changes nothing', async () => {
    const other = await buyerWithLimit();
    const otherInvoice = await invoice(other, 1_000_000, 60);
    const referred = await extend(otherInvoice, on(200));
    expectStatus(referred, 202);
    const refused = await op(world.call, 'decideExtension', { key: world.insurerKey, params: { extensionId: referred.body.extensionId }, body: { decision: 'refused' } });
    expectStatus(refused, 201);
    expect(refused.body).toMatchObject({ status: 'refused', decidedBy: 'insurer' });
    expect(await exposure(other)).toMatchObject({ mepEndsOn: on(120), notificationDeadline: on(150) });
    // The invoice is free for another request.
    expectStatus(await extend(otherInvoice, on(90)), 201);
  });
});

describe('the notification period', () => {
  it('without an extension: notifying on day 150 is in time (201), on day 151 late (422, day 150 named)', async () => {
    lateBuyer = await buyerWithLimit();
    lateInvoice = await invoice(lateBuyer, 4_000_000, 60);

    await advanceTo(150);
    const inTime = await op(world.call, 'notifyOverdue', { key, body: { buyerId: plainBuyer, invoiceIds: [plainInvoice] } });
    expectStatus(inTime, 201);
    expect(inTime.body).toMatchObject({ deadline: on(150), mepEndsOn: on(120), notifiedOn: on(150) });

    await advanceTo(151);
    const late = await op(world.call, 'notifyOverdue', { key, body: { buyerId: lateBuyer, invoiceIds: [lateInvoice] } });
    expectStatus(late, 422);
    expect(late.body).toMatchObject({ deadline: on(150), mepEndsOn: on(120), oldestUnpaidDueDate: on(60), maxExtensionDays: 60, notificationPeriodDays: 30 });
    expect(String(late.body.detail)).toContain(on(150));
  });
});
