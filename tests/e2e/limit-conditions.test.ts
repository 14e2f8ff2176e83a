/**
 * A limit's conditions bind and a time-limited approval ends cover, over HTTP on the test
 * clock (days counted from day 0). The policy covers 90 % on terms of up to 120 days, no
 * deductible nor threshold, and a claim becomes indemnifiable one day after its notification.
 * - A grade-7 buyer gets a `conditional` limit of 50,000.00 on terms of at most N = 60 days:
 *   a cover check on 60 days is covered, on 61 days covers 0 (`terms_beyond_condition`); of
 *   two invoices delivered on day 0, on 60 days (10,000.00) and 61 days (20,000.00), the
 *   second is left out of the indemnity: covered loss 10,000.00, indemnity 9,000.00.
 * - A grade-3 buyer's referral is approved by the underwriter until day 10: of two invoices
 *   delivered on day 10 (30,000.00) and day 11 (15,000.00), the second is left out
 *   (`no_limit_at_delivery`): covered loss 30,000.00, indemnity 27,000.00.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { samplePolicy } from '../support/http-client.ts';
import { expectStatus, op, single } from '../support/op.ts';
import { testDays } from '../support/test-days.ts';

let world: World;
let key: string;
let day0: string;
beforeAll(async () => {
  world = await startWorld();
  const created = await op(world.call, 'createTenant', {
    key: world.insurerKey,
    body: { name: 'Conditions SARL', policy: samplePolicy({ coverPercent: 90, deductible: 0, claimThreshold: 0, maxCreditPeriodDays: 120, waitingPeriodDays: 1 }) },
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

const { on, advanceTo } = testDays(() => world, () => day0);
let serial = 0;
async function buyer(grade: number): Promise<string> {
  serial += 1;
  const created = await op(world.call, 'createBuyer', {
    key: world.insurerKey,
    body: { legalName: `Conditions ${serial} SA`, country: 'FR', registrationId: `LCD${Date.now()}${serial}`, sector: 'C29', grade },
  });
  expectStatus(created, 201);
  return created.body.buyerId;
}
async function invoice(buyerId: string, amount: number, issueDate: string, dueDate: string): Promise<string> {
  serial += 1;
  const created = await op(world.call, 'createInvoices', { key, body: { buyerId, number: `LC-${serial}`, amount, currency: 'EUR', issueDate, dueDate } });
  expectStatus(created, 201);
  return single(created.body).invoiceId;
}
const coverCheck = async (buyerId: string, paymentTermsDays: number, deliveryDate: string) => {
  const check = await op(world.call, 'coverCheck', { key, body: { buyerId, amount: 1_000_000, paymentTermsDays, deliveryDate } });
  expectStatus(check, 200);
  return check.body;
};
const notify = async (buyerId: string, invoiceIds: string[]) => {
  const notified = await op(world.call, 'notifyOverdue', { key, body: { buyerId, invoiceIds } });
  expectStatus(notified, 201);
  return notified.body.claimId;
};
const claimOf = async (claimId: string) => {
  const claim = await op(world.call, 'getClaim', { key, params: { claimId } });
  expectStatus(claim, 200);
  return claim.body;
};

let sensitive: string;
let seasonal: string;
const invoices: Record<'onTerms' | 'beyondTerms' | 'lastDay' | 'dayAfter', string> = { onTerms: '', beyondTerms: '', lastDay: '', dayAfter: '' };

describe('limit conditions bind', () => {
  it("a grade-7 buyer's conditional limit: a cover check on 60 days is covered, on 61 days covers 0 (terms_beyond_condition)", async () => {
    sensitive = await buyer(7);
    const granted = await op(world.call, 'requestLimit', { key, body: { buyerId: sensitive, type: 'new', amount: 5_000_000 } });
    expectStatus(granted, 201);
    expect(granted.body).toMatchObject({ decision: 'conditional', code: '4', amount: 5_000_000 });
    expect(granted.body.conditions).toEqual([expect.objectContaining({ code: 'max_payment_terms', maxPaymentTermsDays: 60 })]);

    const onTerms = await coverCheck(sensitive, 60, on(0));
    expect(onTerms).toMatchObject({ covered: true, coveredAmount: 1_000_000, recommendation: 'accept' });
    const beyond = await coverCheck(sensitive, 61, on(0));
    expect(beyond).toMatchObject({ covered: false, coveredAmount: 0, uncoveredAmount: 1_000_000, recommendation: 'cash_in_advance', depositAmount: 1_000_000 });
    expect(beyond.reasons.map((reason) => reason.code)).toEqual(['terms_beyond_condition']);
    expect(beyond.reasons[0]?.message).toContain('Payment terms of 61 days exceed the 60 days the conditions of the limit on this buyer allow');

    const limit = await op(world.call, 'getLimit', { key, params: { buyerId: sensitive } });
    expectStatus(limit, 200);
    expect(limit.body.history.map((entry) => entry.conditions?.map((condition) => condition.maxPaymentTermsDays))).toEqual([[60]]);

    invoices.onTerms = await invoice(sensitive, 1_000_000, on(0), on(60));
    invoices.beyondTerms = await invoice(sensitive, 2_000_000, on(0), on(61));
  });

  it('an underwriter approves a referral until day 10: the cover check covers a delivery on day 10, not on day 11', async () => {
    seasonal = await buyer(3);
    // EUR 2,000,000.00 is above the grade-3 automatic ceiling of EUR 1,000,000.00.
    const referred = await op(world.call, 'requestLimit', { key, body: { buyerId: seasonal, type: 'new', amount: 200_000_000 } });
    expectStatus(referred, 202);
    const decided = await op(world.call, 'decideReferral', {
      key: world.insurerKey,
      params: { referralId: String(referred.body.referralId) },
      body: { decision: 'approved', amount: 200_000_000, reasons: [{ code: 'seasonal', message: 'Approved for the season only.' }], expiresOn: on(10) },
    });
    expectStatus(decided, 201);
    expect(decided.body).toMatchObject({ decision: 'approved', expiresOn: on(10) });
    expect((await coverCheck(seasonal, 30, on(10))).coveredAmount).toBe(1_000_000);
    expect((await coverCheck(seasonal, 30, on(11))).reasons.map((reason) => reason.code)).toEqual(['no_limit']);

    const limit = await op(world.call, 'getLimit', { key, params: { buyerId: seasonal } });
    expectStatus(limit, 200);
    expect(limit.body.history).toEqual([expect.objectContaining({ source: 'underwriter', expiresOn: on(10), conditions: [] })]);

    await advanceTo(11);
    invoices.lastDay = await invoice(seasonal, 3_000_000, on(10), on(40));
    invoices.dayAfter = await invoice(seasonal, 1_500_000, on(11), on(40));
  });

  it('the indemnity leaves out the invoice on 61 days (terms_beyond_condition) and the one delivered the day after the approval ended (no_limit_at_delivery)', async () => {
    await advanceTo(62);
    const conditional = await notify(sensitive, [invoices.onTerms, invoices.beyondTerms]);
    const timeLimited = await notify(seasonal, [invoices.lastDay, invoices.dayAfter]);
    // The waiting period of one day ends on day 63: the date of loss.
    await advanceTo(63);

    const first = await claimOf(conditional);
    expect(first).toMatchObject({ status: 'indemnifiable', dateOfLoss: on(63) });
    // 10,000.00 covered of 30,000.00 outstanding: 90 % = 9,000.00.
    expect(first.indemnity).toMatchObject({ outstanding: 3_000_000, coveredLoss: 1_000_000, coverPercent: 90, amount: 900_000 });
    expect(first.indemnity?.invoices.map((i) => [i.invoiceId, i.covered, i.coveredAmount, i.reason.code])).toEqual([
      [invoices.onTerms, true, 1_000_000, 'covered'],
      [invoices.beyondTerms, false, 0, 'terms_beyond_condition'],
    ]);
    expect(first.indemnity?.reasons.map((reason) => reason.code)).toEqual(['policy_in_force', 'invoices_not_covered', 'cover_percent', 'deductible']);

    const second = await claimOf(timeLimited);
    // 30,000.00 covered of 45,000.00 outstanding: 90 % = 27,000.00.
    expect(second.indemnity).toMatchObject({ outstanding: 4_500_000, coveredLoss: 3_000_000, amount: 2_700_000 });
    expect(second.indemnity?.invoices.map((i) => [i.invoiceId, i.covered, i.coveredAmount, i.reason.code])).toEqual([
      [invoices.lastDay, true, 3_000_000, 'covered'],
      [invoices.dayAfter, false, 0, 'no_limit_at_delivery'],
    ]);
    expect(second.indemnity?.invoices[1]?.reason.message).toBe(
      `Invoice ${invoices.dayAfter} was delivered on ${on(11)}, after the time-limited approval of the limit ended on ${on(10)}, so it is not covered.`,
    );
  });
});
