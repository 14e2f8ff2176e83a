/**
 * Properties of the cover check over random orders, exposures and matrices. The generator
 * leans on the edges: headroom exactly the amount, one cent short or over, zero, exposure
 * above the limit; terms exactly at the maximum and one day over; margins at 19.99 % and
 * 20.00 %. Matrices are the default or random ones completed by a catch-all, so they are valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COVER_REASON_CODES,
  DEFAULT_DECISION_MATRIX,
  RECOMMENDATIONS,
  STRATEGIC_IMPORTANCES,
  checkCover,
  validateMatrix,
  type CoverCheckInput,
  type DecisionMatrix,
  type MatrixRule,
  type Recommendation,
  type StrategicImportance,
} from '../../../shared/domain/cover.ts';
import { GRADES } from '../../../shared/domain/grades.ts';
import { formatMoney } from '../../../shared/domain/money.ts';
import { DELIVERY } from './cover.fixtures.ts';

const recommendation = fc.constantFrom<Recommendation>(...RECOMMENDATIONS);
const whenNotCovered = fc.constantFrom<Recommendation>('accept_with_deposit', 'cash_in_advance', 'decline');
const importance = fc.constantFrom<StrategicImportance>(...STRATEGIC_IMPORTANCES);
const marginBp = fc.oneof(fc.constantFrom(0, 1_999, 2_000, 10_000), fc.integer({ min: 0, max: 10_000 }));
const band = fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 })).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

const rule: fc.Arbitrary<MatrixRule> = fc.record(
  {
    grades: band,
    minMarginBp: marginBp,
    importance: fc.subarray([...STRATEGIC_IMPORTANCES], { minLength: 1 }),
    whenPartlyCovered: recommendation,
    whenNotCovered,
  },
  { requiredKeys: ['grades', 'whenPartlyCovered', 'whenNotCovered'] },
);

/** Random rules, then a catch-all over every grade so the matrix is complete. */
const matrix: fc.Arbitrary<DecisionMatrix> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(DEFAULT_DECISION_MATRIX) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.array(rule, { maxLength: 6 }), recommendation, whenNotCovered)
      .map(([rules, partly, none]) => ({ rules: [...rules, { grades: { min: 1, max: 10 }, whenPartlyCovered: partly, whenNotCovered: none }] })),
  },
);

const amountOf = fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 10_000_000_000 }));
const moneyOf = fc.integer({ min: 0, max: 10_000_000_000 });

/** Limit and exposure chosen so the headroom lands on the edges around the amount. */
const exposure = fc
  .record({
    amount: amountOf,
    limit: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: moneyOf }),
    edge: fc.constantFrom('random', 'exact', 'one_short', 'one_over', 'zero', 'above_limit'),
    outstanding: moneyOf,
    committed: moneyOf,
    sharePercent: fc.integer({ min: 0, max: 100 }),
    overshoot: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map(({ amount, limit, edge, outstanding, committed, sharePercent, overshoot }) => {
    if (edge === 'random') return { amount, limit, outstanding, committed };
    const target = { exact: amount, one_short: amount - 1, one_over: amount + 1, zero: 0, above_limit: -overshoot }[edge];
    const used = Math.max(0, limit - target);
    const out = Math.floor((used * sharePercent) / 100);
    return { amount, limit, outstanding: out, committed: used - out };
  });

const terms = fc
  .record({ maxDays: fc.integer({ min: 0, max: 365 }), edge: fc.constantFrom('at', 'over', 'random'), random: fc.integer({ min: 0, max: 3_650 }) })
  .map(({ maxDays, edge, random }) => ({ maxDays, terms: edge === 'at' ? maxDays : edge === 'over' ? maxDays + 1 : random }));

const input: fc.Arbitrary<CoverCheckInput> = fc
  .record({
    exposure,
    terms,
    currency: fc.constantFrom('EUR', 'USD', 'JPY'),
    grade: fc.integer({ min: 1, max: 10 }),
    status: fc.oneof({ weight: 8, arbitrary: fc.constant('active' as const) }, { weight: 1, arbitrary: fc.constantFrom('insolvent' as const, 'closed' as const) }),
    overdue: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    margin: fc.option(marginBp, { nil: undefined }),
    importance,
    matrix,
  })
  .map((s) => ({
    order: { amount: s.exposure.amount, paymentTermsDays: s.terms.terms, deliveryDate: DELIVERY },
    currency: s.currency,
    buyer: { grade: s.grade, status: s.status },
    policy: { maxCreditPeriodDays: s.terms.maxDays },
    limitAtDelivery: s.exposure.limit,
    exposure: { outstanding: s.exposure.outstanding, committed: s.exposure.committed },
    overdueNotified: s.overdue,
    ...(s.margin === undefined ? {} : { margin: { bp: s.margin } }),
    importance: s.importance,
    matrix: s.matrix,
  }));

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The insurer's rules, stated independently of the implementation: who may be covered at all. */
function mayBeCovered(i: CoverCheckInput): boolean {
  return i.buyer.status === 'active' && i.buyer.grade < 10 && i.order.paymentTermsDays <= i.policy.maxCreditPeriodDays && !i.overdueNotified && i.limitAtDelivery > 0;
}

describe('cover check properties', () => {
  it('covered + uncovered = amount, covered <= headroom, headroom = max(0, limit − exposure), integers only', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = checkCover(i);
        const headroom = Math.max(0, i.limitAtDelivery - i.exposure.outstanding - i.exposure.committed);
        expect(r.coveredAmount + r.uncoveredAmount).toBe(i.order.amount);
        expect(r.headroom).toBe(headroom);
        expect(r.coveredAmount).toBeLessThanOrEqual(r.headroom);
        expect(r.coveredAmount).toBeGreaterThanOrEqual(0);
        expect(r.uncoveredAmount).toBeGreaterThanOrEqual(0);
        expect(r.depositAmount).toBeGreaterThanOrEqual(0);
        expect(r.covered).toBe(r.coveredAmount > 0);
        for (const amount of [r.coveredAmount, r.uncoveredAmount, r.headroom, r.depositAmount]) expect(Number.isSafeInteger(amount)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('covers min(amount, headroom) exactly when the insurer allows cover, and nothing otherwise', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = checkCover(i);
        const headroom = Math.max(0, i.limitAtDelivery - i.exposure.outstanding - i.exposure.committed);
        expect(r.coveredAmount).toBe(mayBeCovered(i) ? Math.min(i.order.amount, headroom) : 0);
      }),
      { numRuns: 2_000 },
    );
  });

  it('the deposit follows the recommendation, and the recommendation fits the cover', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = checkCover(i);
        const expectedDeposit = { accept: 0, decline: 0, accept_with_deposit: r.uncoveredAmount, cash_in_advance: i.order.amount }[r.recommendation];
        expect(r.depositAmount).toBe(expectedDeposit);
        // A deposit is only ever the uncovered part of a partly covered order.
        if (r.recommendation === 'accept_with_deposit') {
          expect(r.coveredAmount).toBeGreaterThan(0);
          expect(r.uncoveredAmount).toBeGreaterThan(0);
        }
        // A fully covered order is accepted; nothing covered is never accepted.
        if (r.uncoveredAmount === 0) expect(r.recommendation).toBe('accept');
        if (!r.covered) expect(['cash_in_advance', 'decline']).toContain(r.recommendation);
        if (i.buyer.status !== 'active' || i.buyer.grade === 10) expect(r.recommendation).toBe('decline');
      }),
      { numRuns: 2_000 },
    );
  });

  it('every result has known reasons, the first naming the order amount', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = checkCover(i);
        expect(r.reasons.length).toBeGreaterThan(0);
        for (const reason of r.reasons) expect(COVER_REASON_CODES).toContain(reason.code);
        expect(r.reasons[0]?.message).toContain(formatMoney(i.order.amount, i.currency));
      }),
      { numRuns: 1_000 },
    );
  });

  it('more limit never covers less, more exposure never covers more', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 1_000_000_000 }), (i, extra) => {
        const base = checkCover(i).coveredAmount;
        const moreLimit = checkCover({ ...i, limitAtDelivery: i.limitAtDelivery + extra }).coveredAmount;
        const moreExposure = checkCover({ ...i, exposure: { ...i.exposure, committed: i.exposure.committed + extra } }).coveredAmount;
        expect(moreLimit).toBeGreaterThanOrEqual(base);
        expect(moreExposure).toBeLessThanOrEqual(base);
      }),
      { numRuns: 1_000 },
    );
  });

  it('is pure: a frozen input is read, not written, and the same input gives the same result', () => {
    fc.assert(
      fc.property(input, (i) => {
        const frozen = deepFreeze(structuredClone(i));
        expect(checkCover(frozen)).toEqual(checkCover(i));
      }),
      { numRuns: 500 },
    );
  });
});

describe('matrix validation properties', () => {
  /** Random rules with no catch-all added, sometimes with values out of range. */
  const anyRule = fc.oneof(
    { weight: 4, arbitrary: rule },
    {
      weight: 1,
      arbitrary: fc.record({
        grades: fc.record({ min: fc.integer({ min: -1, max: 12 }), max: fc.integer({ min: -1, max: 12 }) }),
        minMarginBp: fc.integer({ min: -10, max: 10_010 }),
        whenPartlyCovered: recommendation,
        whenNotCovered: recommendation,
      }),
    },
  );

  /**
   * Catch-alls over a random partition of the grades, some split by importance, sometimes with
   * one rule dropped: complete and incomplete matrices in about equal measure.
   */
  const completion = fc
    .record({
      cuts: fc.subarray([2, 3, 4, 5, 6, 7, 8, 9, 10]),
      splits: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      drop: fc.option(fc.nat(), { nil: undefined, freq: 2 }),
      partly: recommendation,
      none: whenNotCovered,
    })
    .map(({ cuts, splits, drop, partly, none }) => {
      const starts = [1, ...cuts];
      const rules = starts.flatMap((min, k): MatrixRule[] => {
        const grades = { min, max: (starts[k + 1] ?? 11) - 1 };
        const base = { grades, whenPartlyCovered: partly, whenNotCovered: none };
        return splits[k] ? [{ ...base, importance: ['high'] }, { ...base, importance: ['low', 'normal'] }] : [base];
      });
      if (drop !== undefined) rules.splice(drop % rules.length, 1);
      return rules;
    });

  it('a valid matrix answers every grade, importance and margin; an invalid one is refused with RangeError', () => {
    fc.assert(
      fc.property(fc.array(anyRule, { maxLength: 4 }), completion, (prefix, rest) => {
        const m: DecisionMatrix = { rules: [...prefix, ...rest] };
        const valid = validateMatrix(m).length === 0;
        for (const grade of GRADES) {
          for (const imp of STRATEGIC_IMPORTANCES) {
            for (const margin of [undefined, 0, 1_999, 2_000, 10_000]) {
              const i: CoverCheckInput = {
                order: { amount: 1_200_000, paymentTermsDays: 60, deliveryDate: DELIVERY },
                currency: 'EUR',
                buyer: { grade, status: 'active' },
                policy: { maxCreditPeriodDays: 120 },
                limitAtDelivery: 5_000_000,
                exposure: { outstanding: 4_000_000, committed: 0 },
                overdueNotified: false,
                ...(margin === undefined ? {} : { margin: { bp: margin } }),
                importance: imp,
                matrix: m,
              };
              if (valid) expect(() => checkCover(i)).not.toThrow();
              else expect(() => checkCover(i)).toThrow(RangeError);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
    // 75,000 checks: 6 to 9 s measured on a loaded 2-core machine, over the default 5 s.
  }, 30_000);

  it('a matrix completed by a catch-all over every grade is valid when its rules are', () => {
    fc.assert(
      fc.property(matrix, (m) => {
        expect(validateMatrix(m)).toEqual([]);
      }),
    );
  });
});
