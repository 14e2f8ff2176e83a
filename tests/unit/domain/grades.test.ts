import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_RULES, GRADES, GRADE_BANDS, PD_BASIS_POINTS, assertLimitRules, gradeBand, pdBasisPoints, type GradeBand, type LimitRules } from '../../../shared/domain/grades.ts';

describe('probability of default', () => {
  it.each([
    [1, 3],
    [2, 10],
    [3, 25],
    [4, 50],
    [5, 100],
    [6, 200],
    [7, 500],
    [8, 1_000],
    [9, 2_000],
    [10, 10_000],
  ])('grade %i defaults within 12 months with %i bp', (grade, bp) => {
    expect(pdBasisPoints(grade)).toBe(bp);
  });

  it('rises strictly with the grade, and grade 10 is certain default', () => {
    const pds = GRADES.map((g) => PD_BASIS_POINTS[g]);
    pds.slice(1).forEach((pd, i) => expect(pd).toBeGreaterThan(pds[i] ?? Infinity));
    expect(pdBasisPoints(10)).toBe(10_000);
  });

  it.each([0, 11, 2.5, Number.NaN])('refuses grade %s', (grade) => {
    expect(() => pdBasisPoints(grade)).toThrow(RangeError);
  });
});

describe('grade bands', () => {
  it.each([
    [1, 'low'],
    [2, 'low'],
    [3, 'low'],
    [4, 'medium'],
    [5, 'medium'],
    [6, 'medium'],
    [7, 'sensitive'],
    [8, 'high'],
    [9, 'high'],
    [10, 'defaulted'],
  ])('grade %i is %s', (grade, band) => {
    expect(gradeBand(grade)).toBe(band);
  });

  // The portfolio breaks exposure down by this table: it must say what gradeBand says.
  it('the bands table lists every grade once, in the band gradeBand gives it', () => {
    expect(GRADE_BANDS).toEqual({ low: [1, 2, 3], medium: [4, 5, 6], sensitive: [7], high: [8, 9], defaulted: [10] });
    for (const [band, grades] of Object.entries(GRADE_BANDS) as [GradeBand, readonly number[]][]) {
      for (const grade of grades) expect(gradeBand(grade)).toBe(band);
    }
    expect(Object.values(GRADE_BANDS).flat().sort((a, b) => a - b)).toEqual([...GRADES]);
  });

  it.each([0, 11, 2.5, Number.NaN])('refuses grade %s', (grade) => {
    expect(() => gradeBand(grade)).toThrow(RangeError);
  });
});

describe('default limit rules', () => {
  it.each([
    [1, 5_000_000_000, 500_000_000],
    [2, 2_500_000_000, 250_000_000],
    [3, 1_000_000_000, 100_000_000],
    [4, 500_000_000, 75_000_000],
    [5, 250_000_000, 50_000_000],
    [6, 100_000_000, 25_000_000],
    [7, 50_000_000, 10_000_000],
    [8, 0, 0],
    [9, 0, 0],
    [10, 0, 0],
  ] as const)('grade %i: capacity %i, auto ceiling %i (EUR minor units)', (grade, capacity, ceiling) => {
    expect(DEFAULT_LIMIT_RULES.buyerCapacityEur[grade]).toBe(capacity);
    expect(DEFAULT_LIMIT_RULES.autoDecisionCeilingEur[grade]).toBe(ceiling);
  });

  it('never lets the engine alone grant more than the capacity, and worse grades never get more', () => {
    for (const grade of GRADES) {
      expect(DEFAULT_LIMIT_RULES.autoDecisionCeilingEur[grade]).toBeLessThanOrEqual(DEFAULT_LIMIT_RULES.buyerCapacityEur[grade]);
    }
    const capacities = GRADES.map((g) => DEFAULT_LIMIT_RULES.buyerCapacityEur[g]);
    const ceilings = GRADES.map((g) => DEFAULT_LIMIT_RULES.autoDecisionCeilingEur[g]);
    expect([...capacities].sort((a, b) => b - a)).toEqual(capacities);
    expect([...ceilings].sort((a, b) => b - a)).toEqual(ceilings);
    expect(() => assertLimitRules(DEFAULT_LIMIT_RULES)).not.toThrow();
  });

  const broken = (patch: Partial<LimitRules>): LimitRules => ({ ...DEFAULT_LIMIT_RULES, ...patch });
  it.each([
    ['a fractional capacity', broken({ buyerCapacityEur: { ...DEFAULT_LIMIT_RULES.buyerCapacityEur, 3: 1.5 } })],
    ['a negative capacity', broken({ buyerCapacityEur: { ...DEFAULT_LIMIT_RULES.buyerCapacityEur, 10: -1 } })],
    ['a fractional ceiling', broken({ autoDecisionCeilingEur: { ...DEFAULT_LIMIT_RULES.autoDecisionCeilingEur, 7: 0.5 } })],
    ['a negative ceiling', broken({ autoDecisionCeilingEur: { ...DEFAULT_LIMIT_RULES.autoDecisionCeilingEur, 1: -1 } })],
    ['a missing grade', broken({ buyerCapacityEur: { ...DEFAULT_LIMIT_RULES.buyerCapacityEur, 5: undefined as unknown as number } })],
    ['zero payment terms', broken({ conditionalMaxPaymentTermsDays: 0 })],
    ['fractional payment terms', broken({ conditionalMaxPaymentTermsDays: 30.5 })],
    ['a conditional grade of 11', broken({ conditionalFromGrade: 11 as 10 })],
  ])('refuses an override with %s', (_case, rules) => {
    expect(() => assertLimitRules(rules)).toThrow(RangeError);
  });
});
