import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateFirstLossLeft,
  computeIndemnity,
  maxLiabilityOf,
  politicalCauseRefusal,
  type ClaimInvoice,
  type IndemnityPolicy,
  type LimitStep,
  type PolicyYearLoss,
} from '../../../shared/domain/claims.ts';
import { addDays } from '../../../shared/domain/dates.ts';

/** 90 %, no deductible, no threshold, no first loss, EUR 10,000,000.00 a year, terms up to 120 days. */
const POLICY: IndemnityPolicy = { coverPercent: 90, deductible: 0, claimThreshold: 0, maxLiability: 1_000_000_000, maxCreditPeriodDays: 120, currency: 'EUR' };
/** A limit of EUR 90,000,000,000.00 from 2026-01-01: no cap in these tables unless said. */
const WIDE: LimitStep[] = [{ from: '2026-01-01', total: 9_000_000_000_000 }];

function invoice(invoiceId: string, outstanding: number, issueDate = '2026-02-01', termsDays = 60): ClaimInvoice {
  return { invoiceId, amount: outstanding, outstanding, issueDate, dueDate: addDays(issueDate, termsDays) };
}

/** One invoice of `loss` within cover: the covered loss is `loss`. */
function lossOf(loss: number, policy: Partial<IndemnityPolicy>, extra: Partial<Parameters<typeof computeIndemnity>[0]> = {}) {
  return computeIndemnity({ invoices: [invoice('A', loss)], limitSteps: WIDE, policy: { ...POLICY, ...policy }, indemnifiedThisPolicyYear: 0, ...extra });
}

describe('the deductible, after or before the cover percentage', () => {
  it.each<[string, number, number, number, 'after_percent' | 'before_percent' | undefined, number]>([
    // covered loss, deductible, cover %, order → indemnity (minor units)
    ['the issue: 100,000.00 less 5,000.00 first, then 90 % = 85,500.00', 10_000_000, 500_000, 90, 'before_percent', 8_550_000],
    ['the same after the percentage: 90,000.00 − 5,000.00 = 85,000.00', 10_000_000, 500_000, 90, 'after_percent', 8_500_000],
    ['after by default (today’s rule)', 10_000_000, 500_000, 90, undefined, 8_500_000],
    ['before: 1,000.01 − 0.00 at 85 % = 850.00 (850.0085 rounds down)', 100_001, 0, 85, 'before_percent', 85_000],
    ['before: 1,000.01 − 0.02 at 85 % = 849.99 (849.9915 rounds down)', 100_001, 2, 85, 'before_percent', 84_999],
    ['after: floor(1,000.01 × 85 %) − 0.02 = 849.98', 100_001, 2, 85, 'after_percent', 84_998],
    ['before: a deductible equal to the loss leaves nothing', 500_000, 500_000, 90, 'before_percent', 0],
    ['before: a deductible above the loss leaves nothing, never below 0', 400_000, 500_000, 90, 'before_percent', 0],
    ['after: a deductible above 90 % of the loss leaves nothing', 500_000, 450_001, 90, 'after_percent', 0],
    ['before: one cent above the deductible at 90 % rounds down to 0', 500_001, 500_000, 90, 'before_percent', 0],
    ['before: ten cents above it at 90 % = 0.09', 500_010, 500_000, 90, 'before_percent', 9],
  ])('%s', (_case, loss, deductible, coverPercent, deductibleApplies, expected) => {
    const result = lossOf(loss, { deductible, coverPercent, deductibleApplies });
    expect(result.amount).toBe(expected);
    expect(result.deductibleApplies).toBe(deductibleApplies ?? 'after_percent');
  });

  it('explains the deductible taken first, with the numbers', () => {
    const result = lossOf(10_000_000, { deductible: 500_000, deductibleApplies: 'before_percent' });
    expect(result.reasons.map((r) => r.message)).toEqual([
      'The deductible of EUR 5,000.00 comes first: the covered loss of EUR 100,000.00 less it leaves EUR 95,000.00.',
      'The policy covers 90 % of the EUR 95,000.00 in excess of the deductible: the indemnity is EUR 85,500.00.',
    ]);
    expect(lossOf(400_000, { deductible: 500_000, deductibleApplies: 'before_percent' }).reasons.map((r) => r.message)[0]).toBe(
      'The deductible of EUR 5,000.00 is at least the covered loss of EUR 4,000.00, so no indemnity is due.',
    );
  });

  it('never pays more before the percentage than the loss in excess of the deductible, nor less than after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_000_000_000_000 }), fc.integer({ min: 0, max: 9_000_000_000_000 }), fc.integer({ min: 80, max: 95 }), (loss, deductible, coverPercent) => {
        const before = lossOf(loss, { deductible, coverPercent, deductibleApplies: 'before_percent', maxLiability: undefined }).amount;
        const after = lossOf(loss, { deductible, coverPercent, deductibleApplies: 'after_percent', maxLiability: undefined }).amount;
        expect(before).toBe(Number((BigInt(Math.max(0, loss - deductible)) * BigInt(coverPercent)) / 100n));
        expect(before).toBeGreaterThanOrEqual(after);
      }),
    );
  });
});

describe('the non-qualifying loss and the aggregate first loss', () => {
  const AFL_POLICY = { aggregateFirstLoss: 2_000_000, claimThreshold: 200_000 };

  // The issue's example: 90 %, AFL 20,000.00, NQL 2,000.00, deductible 0; losses in date-of-loss order.
  it.each([
    ['C1', '2026-03-01', 150_000, 0, 0, 2_000_000],
    ['C2', '2026-04-01', 1_200_000, 0, 1_200_000, 800_000],
    ['C3', '2026-05-01', 5_000_000, 3_780_000, 800_000, 0],
    ['C4', '2026-06-01', 1_000_000, 900_000, 0, 0],
  ])('%s (loss on %s of %i): indemnity %i, first loss used %i, left %i', (claimId, dateOfLoss, coveredLoss, expected, used, left) => {
    const all: PolicyYearLoss[] = [
      { claimId: 'C1', dateOfLoss: '2026-03-01', coveredLoss: 150_000 },
      { claimId: 'C2', dateOfLoss: '2026-04-01', coveredLoss: 1_200_000 },
      { claimId: 'C3', dateOfLoss: '2026-05-01', coveredLoss: 5_000_000 },
      { claimId: 'C4', dateOfLoss: '2026-06-01', coveredLoss: 1_000_000 },
    ];
    const leftBefore = aggregateFirstLossLeft({ aggregateFirstLoss: 2_000_000, nonQualifyingLoss: 200_000, losses: all, claim: { claimId, dateOfLoss } });
    const result = lossOf(coveredLoss, AFL_POLICY, { aggregateFirstLossLeft: leftBefore });
    expect(result.amount).toBe(expected);
    expect(result.aggregateFirstLossUsed).toBe(used);
    expect(result.aggregateFirstLossLeft).toBe(left);
    expect(result.aggregateFirstLoss).toBe(2_000_000);
    expect(result.nonQualifyingLoss).toBe(200_000);
  });

  it('says what the first loss took, with the numbers', () => {
    const result = lossOf(5_000_000, AFL_POLICY, { aggregateFirstLossLeft: 800_000 });
    expect(result.reasons.map((r) => [r.code, r.message])).toEqual([
      [
        'aggregate_first_loss',
        'The aggregate first loss of EUR 20,000.00 for the policy year had EUR 8,000.00 left: this loss uses EUR 8,000.00 of it, leaving EUR 0.00, so EUR 42,000.00 of the covered loss counts.',
      ],
      ['cover_percent', 'The policy covers 90 % of the EUR 42,000.00 of covered loss above the aggregate first loss: EUR 37,800.00.'],
      ['deductible', 'Less the deductible of EUR 0.00, the indemnity is EUR 37,800.00.'],
    ]);
    expect(lossOf(1_000_000, AFL_POLICY, { aggregateFirstLossLeft: 0 }).reasons[0]!.message).toBe(
      'The aggregate first loss of EUR 20,000.00 for the policy year is used up by earlier losses, so the whole covered loss of EUR 10,000.00 counts.',
    );
  });

  it.each([
    ['a loss at the non-qualifying loss pays nothing and uses no first loss', 200_000, 0, 0, 2_000_000],
    ['a cent above it qualifies: it uses 2,000.01 of the first loss', 200_001, 0, 200_001, 1_799_999],
    ['a loss equal to the first loss left uses it all and pays nothing', 2_000_000, 0, 2_000_000, 0],
    ['a cent more pays 90 % of the cent: 0', 2_000_001, 0, 2_000_000, 0],
    ['ten cents more pays 0.09', 2_000_010, 9, 2_000_000, 0],
  ])('%s', (_case, loss, expected, used, left) => {
    const result = lossOf(loss, AFL_POLICY);
    expect([result.amount, result.aggregateFirstLossUsed, result.aggregateFirstLossLeft]).toEqual([expected, used, left]);
  });

  it('takes the first loss before the deductible, in either order of the deductible', () => {
    // 50,000.00 − 8,000.00 first loss = 42,000.00; after: 37,800.00 − 1,000.00; before: (42,000.00 − 1,000.00) × 90 %.
    expect(lossOf(5_000_000, { ...AFL_POLICY, deductible: 100_000 }, { aggregateFirstLossLeft: 800_000 }).amount).toBe(3_680_000);
    expect(lossOf(5_000_000, { ...AFL_POLICY, deductible: 100_000, deductibleApplies: 'before_percent' }, { aggregateFirstLossLeft: 800_000 }).amount).toBe(3_690_000);
  });

  it('refuses a first loss left above the policy’s', () => {
    expect(() => lossOf(5_000_000, AFL_POLICY, { aggregateFirstLossLeft: 2_000_001 })).toThrow(RangeError);
  });

  describe('what is left for a claim', () => {
    const left = (losses: PolicyYearLoss[], claim: { claimId: string; dateOfLoss: string }) =>
      aggregateFirstLossLeft({ aggregateFirstLoss: 2_000_000, nonQualifyingLoss: 200_000, losses, claim });
    it.each<[string, PolicyYearLoss[], { claimId: string; dateOfLoss: string }, number]>([
      ['no other loss: all of it', [], { claimId: 'C5', dateOfLoss: '2026-05-01' }, 2_000_000],
      ['its own entry is skipped', [{ claimId: 'C5', dateOfLoss: '2026-05-01', coveredLoss: 900_000 }], { claimId: 'C5', dateOfLoss: '2026-05-01' }, 2_000_000],
      ['an earlier qualifying loss takes what it can', [{ claimId: 'C1', dateOfLoss: '2026-04-30', coveredLoss: 900_000 }], { claimId: 'C5', dateOfLoss: '2026-05-01' }, 1_100_000],
      ['a later unpaid loss takes nothing before it', [{ claimId: 'C1', dateOfLoss: '2026-05-02', coveredLoss: 900_000 }], { claimId: 'C5', dateOfLoss: '2026-05-01' }, 2_000_000],
      ['same day: a lower claim id comes first', [{ claimId: 'C4', dateOfLoss: '2026-05-01', coveredLoss: 900_000 }], { claimId: 'C5', dateOfLoss: '2026-05-01' }, 1_100_000],
      ['same day: a higher claim id comes after', [{ claimId: 'C6', dateOfLoss: '2026-05-01', coveredLoss: 900_000 }], { claimId: 'C5', dateOfLoss: '2026-05-01' }, 2_000_000],
      ['an earlier loss at the non-qualifying loss takes nothing', [{ claimId: 'C1', dateOfLoss: '2026-04-01', coveredLoss: 200_000 }], { claimId: 'C5', dateOfLoss: '2026-05-01' }, 2_000_000],
      [
        'earlier losses beyond it leave 0, never less',
        [
          { claimId: 'C1', dateOfLoss: '2026-04-01', coveredLoss: 1_500_000 },
          { claimId: 'C2', dateOfLoss: '2026-04-02', coveredLoss: 1_500_000 },
        ],
        { claimId: 'C5', dateOfLoss: '2026-05-01' },
        0,
      ],
      ['a later loss already paid keeps what it used', [{ claimId: 'C9', dateOfLoss: '2026-09-01', coveredLoss: 900_000, firstLossUsedWhenPaid: 700_000 }], { claimId: 'C5', dateOfLoss: '2026-05-01' }, 1_300_000],
      ['an earlier loss paid counts what it used, not its loss', [{ claimId: 'C1', dateOfLoss: '2026-04-01', coveredLoss: 900_000, firstLossUsedWhenPaid: 0 }], { claimId: 'C5', dateOfLoss: '2026-05-01' }, 2_000_000],
      [
        'paid uses first, then the earlier unpaid ones',
        [
          { claimId: 'C9', dateOfLoss: '2026-09-01', coveredLoss: 900_000, firstLossUsedWhenPaid: 1_500_000 },
          { claimId: 'C1', dateOfLoss: '2026-04-01', coveredLoss: 300_000 },
        ],
        { claimId: 'C5', dateOfLoss: '2026-05-01' },
        200_000,
      ],
    ])('%s', (_case, losses, claim, expected) => {
      expect(left(losses, claim)).toBe(expected);
    });

    it('uses up no more than the first loss over the policy year, whatever the order the losses come in', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: 1, maxLength: 8 }), (amounts) => {
          const losses = amounts.map((coveredLoss, i) => ({ claimId: `C${i}`, dateOfLoss: addDays('2026-01-01', i), coveredLoss }));
          let used = 0;
          for (const loss of losses) {
            // What is left for each loss is what the losses before it did not use.
            const before = left(losses, loss);
            expect(before).toBe(2_000_000 - used);
            const result = lossOf(Math.max(1, loss.coveredLoss), { aggregateFirstLoss: 2_000_000, claimThreshold: 200_000 }, { aggregateFirstLossLeft: before });
            used += result.aggregateFirstLossUsed;
          }
          expect(used).toBeLessThanOrEqual(2_000_000);
        }),
      );
    });
  });
});

describe('the maximum liability, an amount or a multiple of the year’s premium', () => {
  it.each<[string, Partial<IndemnityPolicy>, number | undefined, number | undefined]>([
    ['the amount alone', { maxLiability: 5_000_000 }, undefined, 5_000_000],
    ['the multiple alone: 30 × 1,234.56 = 37,036.80', { maxLiability: undefined, maxLiabilityMultiple: 30 }, 123_456, 3_703_680],
    ['both: the multiple is lower', { maxLiability: 5_000_000, maxLiabilityMultiple: 30 }, 123_456, 3_703_680],
    ['both: the amount is lower', { maxLiability: 3_000_000, maxLiabilityMultiple: 30 }, 123_456, 3_000_000],
    ['both equal', { maxLiability: 3_703_680, maxLiabilityMultiple: 30 }, 123_456, 3_703_680],
    ['a year without premium yet: the multiple is 0', { maxLiability: undefined, maxLiabilityMultiple: 30 }, 0, 0],
    ['neither: no bound', { maxLiability: undefined }, undefined, undefined],
  ])('%s', (_case, policy, premium, expected) => {
    expect(maxLiabilityOf({ ...POLICY, ...policy }, premium)).toBe(expected);
  });

  it('needs the premium when the policy sets a multiple', () => {
    expect(() => maxLiabilityOf({ maxLiability: 1, maxLiabilityMultiple: 30 })).toThrow(RangeError);
    expect(() => maxLiabilityOf({ maxLiabilityMultiple: 30 }, -1)).toThrow(RangeError);
  });

  it('caps the indemnity at the multiple and says so', () => {
    // 90 % of 50,000.00 = 45,000.00; 30 × 1,234.56 = 37,036.80 with 10,000.00 already paid leaves 27,036.80.
    const result = lossOf(5_000_000, { maxLiability: undefined, maxLiabilityMultiple: 30 }, { policyYearPremium: 123_456, indemnifiedThisPolicyYear: 1_000_000 });
    expect([result.amount, result.cappedBy, result.maxLiability]).toEqual([2_703_680, 'max_liability', 3_703_680]);
    expect(result.reasons.at(-1)!.message).toBe(
      'The maximum liability of EUR 37,036.80 for the policy year (30 × the year\'s premium of EUR 1,234.56) leaves EUR 27,036.80 after the EUR 10,000.00 already indemnified, so the indemnity is EUR 27,036.80 instead of EUR 45,000.00.',
    );
    const byAmount = lossOf(5_000_000, { maxLiability: 3_000_000, maxLiabilityMultiple: 30 }, { policyYearPremium: 123_456 });
    expect(byAmount.reasons.at(-1)!.message).toBe(
      'The maximum liability of EUR 30,000.00 for the policy year (the amount, below 30 × the year\'s premium of EUR 1,234.56) leaves EUR 30,000.00 after the EUR 0.00 already indemnified, so the indemnity is EUR 30,000.00 instead of EUR 45,000.00.',
    );
  });

  it('pays in full without any bound', () => {
    const result = lossOf(5_000_000, { maxLiability: undefined }, { indemnifiedThisPolicyYear: 9_000_000_000 });
    expect([result.amount, result.cappedBy, result.maxLiability]).toEqual([4_500_000, undefined, undefined]);
  });
});

describe('the policy in force: at delivery for the credit period, at the date of loss for the rest', () => {
  // The policy allowed 60-day terms until 2026-03-01, then 120.
  const periods = [
    { from: '2026-01-10', maxCreditPeriodDays: 60 },
    { from: '2026-03-01', maxCreditPeriodDays: 120 },
  ];
  it.each([
    ['90-day terms delivered under the 60-day version: not covered', '2026-02-28', 90, false],
    ['90-day terms delivered the day the 120-day version took effect: covered', '2026-03-01', 90, true],
    ['60-day terms under the 60-day version: covered', '2026-02-28', 60, true],
    ['delivered before the first version (inception dated back): the first version governs', '2026-01-02', 90, false],
  ])('%s', (_case, issueDate, terms, covered) => {
    const result = computeIndemnity({ invoices: [invoice('A', 1_000_000, issueDate, terms)], limitSteps: WIDE, policy: POLICY, indemnifiedThisPolicyYear: 0, creditPeriods: periods });
    expect(result.invoices[0]!.covered).toBe(covered);
    if (!covered) {
      expect(result.invoices[0]!.reason.message).toBe(
        `Invoice A was delivered on ${issueDate} on payment terms of ${terms} days, beyond the maximum credit period of 60 days of the policy in force that day, so it is not covered.`,
      );
    }
  });

  it('a later, shorter credit period does not take back cover from an earlier delivery', () => {
    const shorter = [
      { from: '2026-01-01', maxCreditPeriodDays: 120 },
      { from: '2026-06-01', maxCreditPeriodDays: 30 },
    ];
    const result = computeIndemnity({ invoices: [invoice('A', 1_000_000, '2026-02-01', 90)], limitSteps: WIDE, policy: { ...POLICY, maxCreditPeriodDays: 30 }, indemnifiedThisPolicyYear: 0, creditPeriods: shorter });
    expect([result.invoices[0]!.covered, result.amount]).toEqual([true, 900_000]);
  });

  it('refuses credit periods out of order', () => {
    expect(() => computeIndemnity({ invoices: [invoice('A', 1)], limitSteps: WIDE, policy: POLICY, indemnifiedThisPolicyYear: 0, creditPeriods: [...periods].reverse() })).toThrow(RangeError);
  });

  it('names the version whose terms made the indemnity', () => {
    const result = lossOf(1_000_000, { version: 3 });
    expect(result.policyVersion).toBe(3);
    expect(result.reasons[0]).toEqual({
      code: 'policy_in_force',
      message: 'Version 3 of the policy, in force on the date of loss, sets the retentions; the version in force on each delivery day decides whether its terms were covered.',
    });
    expect(lossOf(1_000_000, {}).policyVersion).toBeUndefined();
  });
});

describe('collection costs in the breakdown', () => {
  it('the worked example: 120,000.00 outstanding, 100,000.00 covered, 90,000.00 indemnity, 12,000.00 costs → 9,000.00', () => {
    // I1 60,000.00 delivered day 0; I2 30,000.00 day 28; I3 30,000.00 day 47; a limit of 100,000.00.
    const invoices = [invoice('I1', 6_000_000, '2026-01-01', 60), invoice('I2', 3_000_000, '2026-01-29', 60), invoice('I3', 3_000_000, '2026-02-17', 59)];
    const result = computeIndemnity({ invoices, limitSteps: [{ from: '2026-01-01', total: 10_000_000 }], policy: POLICY, indemnifiedThisPolicyYear: 0, collectionCosts: 1_200_000 });
    expect([result.outstanding, result.coveredLoss, result.amount, result.collectionCosts, result.collectionCostsShare]).toEqual([12_000_000, 10_000_000, 9_000_000, 1_200_000, 900_000]);
    expect(result.invoices.map((i) => i.coveredAmount)).toEqual([6_000_000, 3_000_000, 1_000_000]);
    expect(result.reasons.at(-1)).toEqual({
      code: 'collection_costs',
      message:
        'Collection costs of EUR 12,000.00 are shared like the loss: the insurer bears EUR 9,000.00 (EUR 12,000.00 × EUR 90,000.00 indemnity / EUR 120,000.00 loss, rounded down), paid on top of the indemnity.',
    });
  });

  it.each([
    ['no costs: no share, no sentence', 0, 0],
    ['a cent of costs: 0.75 cent rounds down to 0', 1, 0],
    ['1,000.01 of costs: 750.00', 100_001, 75_000],
  ])('%s', (_case, costs, share) => {
    const result = computeIndemnity({ invoices: [invoice('A', 12_000_000)], limitSteps: [{ from: '2026-01-01', total: 10_000_000 }], policy: POLICY, indemnifiedThisPolicyYear: 0, collectionCosts: costs });
    expect(result.collectionCostsShare).toBe(share);
    expect(result.reasons.some((r) => r.code === 'collection_costs')).toBe(costs > 0);
  });

  it('shares nothing when nothing is indemnified', () => {
    const result = lossOf(100_000, { claimThreshold: 100_000 }, { collectionCosts: 50_000 });
    expect([result.amount, result.collectionCostsShare]).toEqual([0, 0]);
  });
});

describe('bad terms and inputs are refused, not repaired', () => {
  it.each<[string, Partial<IndemnityPolicy>]>([
    ['a negative maximum liability', { maxLiability: -1 }],
    ['a multiple of 0', { maxLiabilityMultiple: 0 }],
    ['a fractional multiple', { maxLiabilityMultiple: 2.5 }],
    ['a negative aggregate first loss', { aggregateFirstLoss: -1 }],
    ['an unknown deductible order', { deductibleApplies: 'sometimes' as 'after_percent' }],
  ])('%s', (_case, policy) => {
    expect(() => lossOf(1_000_000, policy, { policyYearPremium: 1 })).toThrow(RangeError);
  });

  it('takes a multiple of 1', () => {
    expect(lossOf(1_000_000, { maxLiability: undefined, maxLiabilityMultiple: 1 }, { policyYearPremium: 500_000 }).amount).toBe(500_000);
  });

  it.each<[string, Partial<PolicyYearLoss>]>([
    ['a loss with an impossible date', { dateOfLoss: '2026-02-30' }],
    ['a negative covered loss', { coveredLoss: -1 }],
    ['a negative first loss used when paid', { firstLossUsedWhenPaid: -1 }],
  ])('refuses %s in the ledger', (_case, loss) => {
    expect(() =>
      aggregateFirstLossLeft({ aggregateFirstLoss: 1, nonQualifyingLoss: 0, losses: [{ claimId: 'C1', dateOfLoss: '2026-01-01', coveredLoss: 1, ...loss }], claim: { claimId: 'C2', dateOfLoss: '2026-02-01' } }),
    ).toThrow(RangeError);
  });

  it('a claim’s own entry is skipped even once paid (it is being valued again)', () => {
    expect(
      aggregateFirstLossLeft({
        aggregateFirstLoss: 2_000_000,
        nonQualifyingLoss: 0,
        losses: [{ claimId: 'C5', dateOfLoss: '2026-05-01', coveredLoss: 900_000, firstLossUsedWhenPaid: 900_000 }],
        claim: { claimId: 'C5', dateOfLoss: '2026-05-01' },
      }),
    ).toBe(2_000_000);
  });

  it('two policy versions the same day: the later one governs', () => {
    const periods = [
      { from: '2026-01-01', maxCreditPeriodDays: 30 },
      { from: '2026-01-01', maxCreditPeriodDays: 120 },
    ];
    const result = computeIndemnity({ invoices: [invoice('A', 1_000_000, '2026-02-01', 90)], limitSteps: WIDE, policy: POLICY, indemnifiedThisPolicyYear: 0, creditPeriods: periods });
    expect(result.invoices[0]!.covered).toBe(true);
  });

  it('shows no maximum liability nor policy version it does not know', () => {
    const result = lossOf(1_000_000, { maxLiability: undefined });
    expect(Object.keys(result)).not.toContain('maxLiability');
    expect(Object.keys(result)).not.toContain('policyVersion');
  });

  it('collection costs on a claim with nothing outstanding share nothing', () => {
    const result = computeIndemnity({ invoices: [{ ...invoice('A', 0), amount: 5_000 }], limitSteps: WIDE, policy: POLICY, indemnifiedThisPolicyYear: 0, collectionCosts: 10_000 });
    expect([result.outstanding, result.amount, result.collectionCostsShare]).toEqual([0, 0, 0]);
  });
});

describe('the deductible at the edge', () => {
  it('a deductible equal to what counts leaves nothing, and says so', () => {
    expect(lossOf(500_000, { deductible: 500_000, deductibleApplies: 'before_percent' }).reasons.map((r) => r.message)[0]).toBe(
      'The deductible of EUR 5,000.00 is at least the covered loss of EUR 5,000.00, so no indemnity is due.',
    );
    expect(lossOf(500_000, { deductible: 450_000 }).reasons.map((r) => r.message)[1]).toBe('The deductible of EUR 4,500.00 is at least EUR 4,500.00, so no indemnity is due.');
  });

  it('names the multiple when it is the lower of both', () => {
    const result = lossOf(5_000_000, { maxLiability: 5_000_000, maxLiabilityMultiple: 30 }, { policyYearPremium: 123_456 });
    expect(result.reasons.at(-1)!.message).toContain("for the policy year (30 × the year's premium of EUR 1,234.56) leaves");
  });
});

describe('a political cause', () => {
  const due = (invoiceId: string, countryEventOpen: boolean) => ({ invoiceId, dueDate: '2026-03-01', countryEventOpen });
  it.each<[string, Parameters<typeof politicalCauseRefusal>[0], ReturnType<typeof politicalCauseRefusal>]>([
    ['a public buyer on a policy covering political risk: accepted', { politicalRiskCovered: true, publicBuyer: true, invoices: [due('A', false)] }, undefined],
    ['every invoice due while a country event was open: accepted', { politicalRiskCovered: true, publicBuyer: false, invoices: [due('A', true), due('B', true)] }, undefined],
    ['one invoice due outside any event: refused, naming it', { politicalRiskCovered: true, publicBuyer: false, invoices: [due('A', true), due('B', false)] }, { slug: 'no-political-event', invoiceIds: ['B'] }],
    ['a private buyer and no event: refused, naming each', { politicalRiskCovered: true, publicBuyer: false, invoices: [due('A', false), due('B', false)] }, { slug: 'no-political-event', invoiceIds: ['A', 'B'] }],
    ['a policy without political cover: refused first, even for a public buyer', { politicalRiskCovered: false, publicBuyer: true, invoices: [due('A', true)] }, { slug: 'political-risk-not-covered' }],
  ])('%s', (_case, args, expected) => {
    expect(politicalCauseRefusal(args)).toEqual(expected);
  });
});

describe('a political loss in the breakdown', () => {
  it('is paid at the political cover percentage, and says so', () => {
    const result = lossOf(4_000_000, { coverPercent: 95, riskType: 'political' });
    expect(result.amount).toBe(3_800_000);
    expect(result.reasons.find((r) => r.code === 'cover_percent')?.message).toBe(
      'The policy covers 95 % (its political cover, the loss being political) of the covered loss of EUR 40,000.00: EUR 38,000.00.',
    );
    expect(lossOf(4_000_000, { coverPercent: 95, riskType: 'commercial' }).reasons.find((r) => r.code === 'cover_percent')?.message).toBe(
      'The policy covers 95 % of the covered loss of EUR 40,000.00: EUR 38,000.00.',
    );
  });
});
