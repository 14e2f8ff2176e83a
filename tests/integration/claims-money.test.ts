/**
 * Claims money across claims and policy versions, on DynamoDB Local: the aggregate first loss
 * used up in date-of-loss order whatever order the claims are valued in; the policy version in
 * force at the date of loss (a change after it changes nothing); collection costs paid with the
 * indemnity or after it with their event; two indemnities of one policy year at once.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { TenantContext } from '../../shared/access/index.ts';
import { addDays } from '../../shared/domain/dates.ts';
import { isoDay } from '../../shared/clock/index.ts';
import { claimKeys } from '../../shared/data/keys.ts';
import { barrier } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const day0 = addDays(isoDay(new Date()), -200);
const on = (days: number) => new Date(`${addDays(day0, days)}T10:00:00Z`);
const day = (days: number) => addDays(day0, days);
let serial = 0;

const data = useDataLayer('claims-money');

/** A tenant insured from day 0 (90 %, no deductible unless told) on `policy`. */
async function insured(policy: Record<string, unknown> = {}) {
  serial += 1;
  return data.newTenant({ name: `Money ${serial}`, policy: { inceptionDate: day0, ...policy } }, on(0));
}

/**
 * A buyer with a limit of 1,000,000.00, one invoice of `amount` delivered on day 1 due day 31,
 * the buyer insolvent on `insolventDay`, the invoice notified on day 40 (the claim indemnifiable
 * at once, its date of loss the insolvency).
 */
async function lossOn(context: TenantContext, amount: number, insolventDay: number) {
  serial += 1;
  const buyer = await data.newBuyer({ legalName: `Lost ${serial} SA` }, on(0));
  await data.grantLimit(context, buyer.buyerId, 100_000_000, on(0));
  const [invoice] = await data.orders.createInvoices(context, [{ buyerId: buyer.buyerId, number: `L${serial}`, amount, currency: 'EUR', issueDate: day(1), dueDate: day(31) }], on(1));
  await data.makeInsolvent(buyer.buyerId, day(insolventDay));
  const claim = await data.claims.notifyOverdue(context, { buyerId: buyer.buyerId, invoiceIds: [invoice!.invoiceId] }, on(40));
  expect(claim).toMatchObject({ status: 'indemnifiable', dateOfLoss: day(insolventDay) });
  return claim.claimId;
}

describe('the aggregate first loss across the policy year', () => {
  // The issue's example: 90 %, AFL 20,000.00, NQL 2,000.00; losses on days 35, 36, 37, 38 of
  // 1,500.00 / 12,000.00 / 50,000.00 / 10,000.00 → 0 / 0 / 37,800.00 / 9,000.00.
  it.each([
    ['in date-of-loss order: the first loss left after each is 20,000.00 / 8,000.00 / 0 / 0', [0, 1, 2, 3], [2_000_000, 800_000, 0, 0]],
    // Paid last-first, each valued again at payment: the amounts are the same, and what is left after
    // each is what the year has left then (the later payments already took theirs).
    ['paid last-first: the same amounts', [3, 2, 1, 0], [0, 0, 0, 0]],
  ])('is used up in date-of-loss order, notified out of order and paid %s', async (_case, payOrder, lefts) => {
    const { context } = await insured({ aggregateFirstLoss: 2_000_000, claimThreshold: 200_000 });
    const third = await lossOn(context, 5_000_000, 37);
    const fourth = await lossOn(context, 1_000_000, 38);
    const first = await lossOn(context, 150_000, 35);
    const second = await lossOn(context, 1_200_000, 36);
    const claims = [first, second, third, fourth];

    const paid = new Map<string, { amount: number; used: number; left: number }>();
    for (const index of payOrder) {
      const claim = await data.claims.indemnify(claims[index]!, on(41));
      paid.set(claim.claimId, { amount: claim.indemnity!.amount, used: claim.indemnity!.aggregateFirstLossUsed, left: claim.indemnity!.aggregateFirstLossLeft });
    }
    expect(claims.map((claimId) => paid.get(claimId))).toEqual([
      { amount: 0, used: 0, left: lefts[0] },
      { amount: 0, used: 1_200_000, left: lefts[1] },
      { amount: 3_780_000, used: 800_000, left: lefts[2] },
      { amount: 900_000, used: 0, left: lefts[3] },
    ]);
    const year = await data.item<{ paid: number }>(claimKeys.indemnities(context, day0));
    expect(year?.paid).toBe(3_780_000 + 900_000);
    const ledger = await data.items(claimKeys.policyYearLossPrefix(context, day0).pk, claimKeys.policyYearLossPrefix(context, day0).skPrefix);
    expect(ledger.map((loss) => [loss['dateOfLoss'], loss['coveredLoss'], loss['firstLossUsedWhenPaid']])).toEqual([
      [day(35), 150_000, 0],
      [day(36), 1_200_000, 1_200_000],
      [day(37), 5_000_000, 800_000],
      [day(38), 1_000_000, 0],
    ]);
  });

  it('a loss dated earlier but valued after a payment cannot take back what the payment used', async () => {
    const { context } = await insured({ aggregateFirstLoss: 2_000_000 });
    const later = await lossOn(context, 1_500_000, 38);
    expect((await data.claims.indemnify(later, on(41))).indemnity).toMatchObject({ aggregateFirstLossUsed: 1_500_000, amount: 0 });
    // Dated day 35, before the paid one: only the 5,000.00 the payment left is its to use.
    const earlier = await lossOn(context, 1_000_000, 35);
    expect((await data.claims.indemnify(earlier, on(42))).indemnity).toMatchObject({ aggregateFirstLossUsed: 500_000, aggregateFirstLossLeft: 0, amount: 450_000 });
  });

  it('two indemnities of one policy year at once: one is refused as a concurrent update, its retry counts the other', async () => {
    const { context } = await insured({ aggregateFirstLoss: 2_000_000 });
    const a = await lossOn(context, 1_500_000, 35);
    const b = await lossOn(context, 1_500_000, 36);
    const together = barrier(data.client.dynamodb, 'TransactWrite', 2);
    const outcomes = await Promise.allSettled([data.claims.indemnify(a, on(41)), data.claims.indemnify(b, on(41))]).finally(() => together.remove());
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number }] : []));
    expect(refused.map((r) => r.status)).toEqual([409]);
    const retried = outcomes[0].status === 'rejected' ? a : b;
    await data.claims.indemnify(retried, on(42));
    const [claimA, claimB] = await Promise.all([data.claims.getClaim(context, a), data.claims.getClaim(context, b)]);
    // 15,000.00 + 15,000.00 against a 20,000.00 first loss: A (earlier) uses 15,000.00, B 5,000.00 → 90 % of 10,000.00.
    expect([claimA.indemnity!.aggregateFirstLossUsed, claimB.indemnity!.aggregateFirstLossUsed]).toEqual([1_500_000, 500_000]);
    expect([claimA.indemnity!.amount, claimB.indemnity!.amount]).toEqual([0, 900_000]);
  });
});

describe('the maximum liability as a multiple of the policy year’s premium', () => {
  it('the year’s premium, at least its minimum, times the multiple; the lower of it and the amount', async () => {
    // No amount: 2 × the year's premium. Declared: 400,000,000 × 0.0025 = 1,000,000 (above the 500,000 minimum) → 2,000,000.
    const { context } = await insured({ maxLiability: undefined, maxLiabilityMultiple: 2, premiumRate: 0.0025, minimumPremium: 500_000 });
    await data.premium.declareTurnover(context, { period: day(1).slice(0, 7), country: 'FR', amount: 400_000_000 }, on(2));
    const a = await data.claims.indemnify(await lossOn(context, 2_000_000, 35), on(41));
    expect(a.indemnity).toMatchObject({ amount: 1_800_000, maxLiability: 2_000_000 });
    const b = await data.claims.indemnify(await lossOn(context, 1_000_000, 36), on(41));
    // 900,000 due, 200,000 left of the 2,000,000.
    expect(b.indemnity).toMatchObject({ amount: 200_000, maxLiability: 2_000_000, cappedBy: 'max_liability' });
    expect(b.indemnity!.reasons.at(-1)!.message).toContain("(2 × the year's premium of EUR 10,000.00)");

    // Nothing declared: the minimum premium is the base (2 × 500,000), below the amount of 5,000,000.
    const other = await insured({ maxLiability: 5_000_000, maxLiabilityMultiple: 2, minimumPremium: 500_000 });
    const c = await data.claims.indemnify(await lossOn(other.context, 2_000_000, 35), on(41));
    expect(c.indemnity).toMatchObject({ amount: 1_000_000, maxLiability: 1_000_000, cappedBy: 'max_liability' });
  });
});

describe('the policy in force at the date of loss', () => {
  it('a change after the date of loss changes nothing already incurred; a change before it governs', async () => {
    const { context } = await insured({ deductible: 0 });
    const before = await lossOn(context, 1_000_000, 35);
    // Day 38: 80 %, a deductible of 500.00 taken first; the loss of day 35 is already incurred.
    await data.tenancy.updatePolicy(context, { coverPercent: 80, deductible: 50_000, deductibleApplies: 'before_percent' }, on(38));
    const after = await lossOn(context, 1_000_000, 39);
    const [old, current] = [await data.claims.indemnify(before, on(41)), await data.claims.indemnify(after, on(41))];
    expect(old.indemnity).toMatchObject({ coverPercent: 90, deductible: 0, deductibleApplies: 'after_percent', amount: 900_000, policyVersion: 1 });
    // (10,000.00 − 500.00) × 80 % = 7,600.00.
    expect(current.indemnity).toMatchObject({ coverPercent: 80, deductible: 50_000, deductibleApplies: 'before_percent', amount: 760_000, policyVersion: 2 });
  });

  it('a shorter credit period after a delivery does not take back its cover', async () => {
    const { context } = await insured({ maxCreditPeriodDays: 60 });
    await data.tenancy.updatePolicy(context, { maxCreditPeriodDays: 20 }, on(20));
    // Delivered day 1 on 30-day terms under the 60-day version.
    const claimId = await lossOn(context, 1_000_000, 35);
    const claim = await data.claims.indemnify(claimId, on(41));
    expect(claim.indemnity!.invoices[0]).toMatchObject({ covered: true, coveredAmount: 1_000_000 });
    expect(claim.indemnity!.amount).toBe(900_000);
  });
});

describe('claims valued before the retentions were kept', () => {
  it('read with the values their rules had', async () => {
    const { context } = await insured();
    const claimId = await lossOn(context, 1_000_000, 35);
    await data.table.documents.send(
      new UpdateCommand({
        TableName: data.table.name,
        Key: claimKeys.claim(context, claimId),
        UpdateExpression:
          'REMOVE indemnity.deductibleApplies, indemnity.nonQualifyingLoss, indemnity.aggregateFirstLoss, indemnity.aggregateFirstLossUsed, indemnity.aggregateFirstLossLeft, indemnity.collectionCosts, indemnity.collectionCostsShare, indemnity.policyVersion',
      }),
    );
    const claim = await data.claims.getClaim(context, claimId);
    expect(claim.indemnity).toMatchObject({ amount: 900_000, deductibleApplies: 'after_percent', aggregateFirstLoss: 0, aggregateFirstLossUsed: 0, aggregateFirstLossLeft: 0, collectionCosts: 0, collectionCostsShare: 0 });
    expect(claim.indemnity).not.toHaveProperty('nonQualifyingLoss');
    expect(claim.costs).toEqual([]);
  });
});

describe('collection costs', () => {
  it('recorded before the indemnity: paid with it, by the insurer’s share of the loss; after it: at once, with claim.costs_paid', async () => {
    const { context } = await insured();
    const claimId = await lossOn(context, 1_200_000, 35);
    const cost = await data.claims.recordCost({ tenant: context }, claimId, { amount: 120_001, incurredOn: day(40), description: 'Collection agency fee' }, on(40));
    // Indemnifiable: the breakdown shows the share at once. 1,200.01 × 10,800.00 / 12,000.00 = 1,080.009 → 1,080.00.
    expect(cost.indemnity).toMatchObject({ amount: 1_080_000, collectionCosts: 120_001, collectionCostsShare: 108_000 });
    expect(cost.costs).toEqual([expect.objectContaining({ amount: 120_001, incurredOn: day(40), description: 'Collection agency fee' })]);
    expect(cost.costs[0]!.insurerShare).toBeUndefined();

    const paid = await data.claims.indemnify(claimId, on(41));
    expect(paid.costs[0]).toMatchObject({ insurerShare: 108_000, policyholderShare: 12_001, paidOn: day(41) });
    const [indemnified] = await data.outbox('claim.indemnified', (event) => event['claimId'] === claimId);
    expect(indemnified!.data).toMatchObject({ collectionCostsShare: 108_000, payment: 1_188_000 });

    // After: cumulative floor((120,001 + 9,999) × 0.9) = 117,000 → this one 9,000.
    const later = await data.claims.recordCost({}, claimId, { amount: 9_999, incurredOn: day(41), description: 'Court fee' }, on(42));
    expect(later.costs[1]).toMatchObject({ amount: 9_999, insurerShare: 9_000, policyholderShare: 999, paidOn: day(42) });
    const [event] = await data.outbox('claim.costs_paid', (e) => e['claimId'] === claimId);
    expect(event!.data).toMatchObject({ amount: 9_999, insurerShare: 9_000, policyholderShare: 999, description: 'Court fee' });
    // The year's paid indemnities count the indemnity only: costs are paid on top of the maximum liability.
    expect((await data.item<{ paid: number }>(claimKeys.indemnities(context, day0)))?.paid).toBe(1_080_000);
  });

  it('refuses a cost on a closed claim and a cost in the future, storing nothing', async () => {
    const { context } = await insured();
    const claimId = await lossOn(context, 1_200_000, 35);
    await expect(data.claims.recordCost({ tenant: context }, claimId, { amount: 1, incurredOn: day(41), description: 'x' }, on(40))).rejects.toMatchObject({ status: 400 });
    expect((await data.claims.getClaim(context, claimId)).costs).toEqual([]);
    const other = await insured();
    await expect(data.claims.recordCost({ tenant: other.context }, claimId, { amount: 1, incurredOn: day(40), description: 'x' }, on(40))).rejects.toMatchObject({ status: 404 });
  });
});
