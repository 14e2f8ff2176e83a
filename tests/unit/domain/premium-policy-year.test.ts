import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lastDayOfPeriod,
  periodsOfCalendarYear,
  periodsOfPolicyYear,
  policyYear,
  policyYearOfPeriod,
  premiumPolicyYear,
  premiumYear,
  type Declaration,
} from '../../../shared/domain/premium.ts';

describe('the policy year containing a day', () => {
  it.each([
    // inception, day, from, to
    ['2026-03-15', '2026-03-15', '2026-03-15', '2027-03-14', 'on inception'],
    ['2026-03-15', '2026-12-31', '2026-03-15', '2027-03-14', 'on 31 December of the first year'],
    ['2026-03-15', '2027-01-01', '2026-03-15', '2027-03-14', 'on 1 January after'],
    ['2026-03-15', '2027-03-14', '2026-03-15', '2027-03-14', 'the day before the anniversary'],
    ['2026-03-15', '2027-03-15', '2027-03-15', '2028-03-14', 'on the anniversary'],
    ['2026-03-15', '2027-03-16', '2027-03-15', '2028-03-14', 'the day after the anniversary'],
    ['2026-03-15', '2031-01-01', '2030-03-15', '2031-03-14', 'years later'],
    ['2026-01-01', '2026-12-31', '2026-01-01', '2026-12-31', 'inception on 1 January: the calendar year'],
    ['2026-01-01', '2027-01-01', '2027-01-01', '2027-12-31', 'inception on 1 January, the next year'],
    ['2026-01-01', '2028-02-29', '2028-01-01', '2028-12-31', 'inception on 1 January, a leap day'],
    ['2026-12-31', '2026-12-31', '2026-12-31', '2027-12-30', 'inception on 31 December'],
    ['2026-12-31', '2027-01-01', '2026-12-31', '2027-12-30', 'inception on 31 December, the next day'],
    ['2026-12-31', '2027-12-30', '2026-12-31', '2027-12-30', 'inception on 31 December, the day before the anniversary'],
    ['2026-12-31', '2027-12-31', '2027-12-31', '2028-12-30', 'inception on 31 December, on the anniversary'],
    ['2024-02-29', '2024-02-29', '2024-02-29', '2025-02-27', 'inception on 29 February'],
    ['2024-02-29', '2025-02-27', '2024-02-29', '2025-02-27', '29 February inception, the day before the 28 February anniversary'],
    ['2024-02-29', '2025-02-28', '2025-02-28', '2026-02-27', '29 February inception, on the anniversary in a common year'],
    ['2024-02-29', '2028-02-28', '2027-02-28', '2028-02-28', '29 February inception, the day before the anniversary in a leap year'],
    ['2024-02-29', '2028-02-29', '2028-02-29', '2029-02-27', '29 February inception, on the anniversary in a leap year'],
    ['2025-02-28', '2028-02-27', '2027-02-28', '2028-02-27', '28 February inception, the day before the anniversary in a leap year'],
    ['2025-02-28', '2028-02-29', '2028-02-28', '2029-02-27', '28 February inception, the leap day after the anniversary'],
  ])('inception %s, day %s → %s to %s (%s)', (inception, day, from, to) => {
    expect(policyYear(day, inception)).toEqual({ from, to });
  });

  it.each([
    ['the day before inception', '2026-03-14', '2026-03-15'],
    ['a year before inception', '2025-03-15', '2026-03-15'],
    ['an impossible day', '2026-02-30', '2026-01-01'],
    ['an impossible inception', '2026-06-01', '2026-02-30'],
  ])('refuses %s', (_, day, inception) => {
    expect(() => policyYear(day, inception)).toThrow(RangeError);
  });
});

describe('the policy year a monthly period belongs to: the one its last day falls in', () => {
  it.each([
    // period, inception, from, to
    ['2026-03', '2026-03-15', '2026-03-15', '2027-03-14', 'the inception month (ends 31 March, after inception)'],
    ['2027-02', '2026-03-15', '2026-03-15', '2027-03-14', 'the last month of the first year (ends 28 February)'],
    ['2027-03', '2026-03-15', '2027-03-15', '2028-03-14', 'the anniversary month (ends after the anniversary)'],
    ['2026-03', '2026-03-31', '2026-03-31', '2027-03-30', 'a month ending on the inception day'],
    ['2027-03', '2026-03-31', '2027-03-31', '2028-03-30', 'a month ending on the anniversary'],
    ['2026-12', '2026-12-31', '2026-12-31', '2027-12-30', 'inception on 31 December'],
    ['2027-11', '2026-12-31', '2026-12-31', '2027-12-30', 'inception on 31 December, November after'],
    ['2027-12', '2026-12-31', '2027-12-31', '2028-12-30', 'inception on 31 December, the next December'],
    ['2024-02', '2024-02-29', '2024-02-29', '2025-02-27', 'inception on 29 February, its month'],
    ['2025-01', '2024-02-29', '2024-02-29', '2025-02-27', 'inception on 29 February, January after'],
    ['2025-02', '2024-02-29', '2025-02-28', '2026-02-27', 'inception on 29 February, February of a common year'],
    ['2026-01', '2026-01-01', '2026-01-01', '2026-12-31', 'inception on 1 January'],
  ])('%s with inception %s → %s to %s (%s)', (period, inception, from, to) => {
    expect(policyYearOfPeriod(period, inception)).toEqual({ from, to });
  });

  it('refuses a period ending before inception', () => {
    expect(() => policyYearOfPeriod('2026-02', '2026-03-15')).toThrow(RangeError);
  });

  it.each([
    ['2026-01', '2026-01-31'],
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-04', '2026-04-30'],
    ['2026-12', '2026-12-31'],
  ])('the last day of %s is %s', (period, day) => {
    expect(lastDayOfPeriod(period)).toBe(day);
  });

  it.each([
    // from, to, periods
    ['2026-03-15', '2027-03-14', '2026-03', '2027-02'],
    ['2026-03-01', '2027-02-28', '2026-03', '2027-02'],
    ['2024-02-29', '2025-02-27', '2024-02', '2025-01'],
    ['2027-02-28', '2028-02-28', '2027-02', '2028-01'],
    ['2026-12-31', '2027-12-30', '2026-12', '2027-11'],
    ['2026-01-01', '2026-12-31', '2026-01', '2026-12'],
  ])('the policy year %s to %s has the twelve periods %s to %s', (from, to, first, last) => {
    const periods = periodsOfPolicyYear({ from, to });
    expect(periods).toHaveLength(12);
    expect([periods[0], periods[11]]).toEqual([first, last]);
  });

  it('a calendar year has its twelve months', () => {
    expect(periodsOfCalendarYear(2026)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  });

  it.each([0, 10_000, 2026.5])('refuses the calendar year %s', (year) => {
    expect(() => periodsOfCalendarYear(year)).toThrow(RangeError);
  });

  it('consecutive policy years partition the months from the inception month on, twelve each, each month in the year its last day falls in', () => {
    const day = fc.integer({ min: 0, max: 365 * 40 }).map((n) => new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 6 }), (inception, count) => {
        let from = inception;
        const months: string[] = [];
        for (let i = 0; i < count; i += 1) {
          const year = policyYear(from, inception);
          expect(year.from).toBe(from);
          const periods = periodsOfPolicyYear(year);
          expect(periods).toHaveLength(12);
          for (const period of periods) expect(policyYearOfPeriod(period, inception)).toEqual(year);
          months.push(...periods);
          from = nextDay(year.to);
        }
        expect(months[0]).toBe(inception.slice(0, 7));
        months.slice(1).forEach((month, i) => expect(month).toBe(nextMonth(months[i] as string)));
      }),
    );
  });
});

describe('the premium of a policy year', () => {
  const declaration = (period: string, country: string, amount: number, declaredAt: string): Declaration => ({ period, country, amount, declaredAt });
  /** 0.25 %: 2,500 + 5,000 + 1,000 in the first policy year (8,500), 25,000 in the second. */
  const DECLARATIONS: Declaration[] = [
    declaration('2027-03', 'FR', 10_000_000, '2027-04-02T09:00:00Z'),
    declaration('2026-03', 'FR', 1_000_000, '2026-04-02T09:00:00Z'),
    declaration('2026-12', 'DE', 2_000_000, '2027-02-01T09:00:00Z'),
    declaration('2027-02', 'FR', 400_000, '2027-03-05T09:00:00Z'),
  ];
  /** Inception 2026-03-15, minimum premium EUR 5,000.00. */
  const policyYearOn = (on: string, today: string, minimumPremium = 500_000) =>
    premiumPolicyYear({ on, inceptionDate: '2026-03-15', declarations: DECLARATIONS, premiumRate: 0.0025, minimumPremium, currency: 'EUR', today });

  it.each(['2026-03-15', '2026-12-31', '2027-03-14'])('on %s: the first policy year, its months 2026-03 to 2027-02', (on) => {
    const result = policyYearOn(on, '2026-06-30');
    expect(result).toMatchObject({ view: 'policy_year', year: 2026, policyYear: { from: '2026-03-15', to: '2027-03-14' }, turnover: 3_400_000, premium: 8_500, lateDeclarations: 1 });
    expect(result.months.map((month) => [month.period, month.premium])).toEqual([
      ['2026-03', 2_500],
      ['2026-12', 5_000],
      ['2027-02', 1_000],
    ]);
    expect(result.byCountry).toEqual([
      { country: 'DE', turnover: 2_000_000, premium: 5_000 },
      { country: 'FR', turnover: 1_400_000, premium: 3_500 },
    ]);
  });

  it.each([
    // today, closed, adjustment, projected, due
    ['during the year', '2026-06-30', false, 0, 491_500, 8_500],
    ['on its last day, 2027-03-14', '2027-03-14', false, 0, 491_500, 8_500],
    ['the day after, 2027-03-15', '2027-03-15', true, 491_500, 491_500, 500_000],
    ['on 31 December of its first calendar year', '2026-12-31', false, 0, 491_500, 8_500],
    ['on 1 January: not over, the policy year goes on', '2027-01-01', false, 0, 491_500, 8_500],
  ])('the minimum premium %s: 500,000 − 8,500 = 491,500 owed only once the policy year is over', (_, today, closed, adjustment, projected, due) => {
    expect(policyYearOn('2026-06-30', today)).toMatchObject({ yearClosed: closed, minimumPremium: 500_000, minimumPremiumAdjustment: adjustment, projectedMinimumPremiumAdjustment: projected, due });
  });

  it('the second policy year holds 2027-03 only: 25,000, 475,000 short, projected until 2028-03-14', () => {
    const result = policyYearOn('2027-03-15', '2027-06-30');
    expect(result).toMatchObject({ year: 2027, policyYear: { from: '2027-03-15', to: '2028-03-14' }, premium: 25_000, minimumPremiumAdjustment: 0, projectedMinimumPremiumAdjustment: 475_000, yearClosed: false, due: 25_000 });
    expect(result.months.map((month) => month.period)).toEqual(['2027-03']);
  });

  it('explains the minimum premium in a sentence', () => {
    expect(policyYearOn('2026-03-15', '2026-06-30').minimumPremiumNote).toBe(
      'The premium declared so far, EUR 85.00, is EUR 4,915.00 short of the minimum premium of EUR 5,000.00, settled on the policy year 2026-03-15 to 2027-03-14: what is still short after 2027-03-14 is owed.',
    );
    expect(policyYearOn('2026-03-15', '2027-03-15').minimumPremiumNote).toBe(
      'The premium declared, EUR 85.00, is EUR 4,915.00 short of the minimum premium of EUR 5,000.00, settled on the policy year 2026-03-15 to 2027-03-14, which is over: EUR 4,915.00 is owed.',
    );
    expect(policyYearOn('2026-03-15', '2027-03-15', 8_500).minimumPremiumNote).toBe(
      'The premium declared, EUR 85.00, reaches the minimum premium of EUR 85.00, settled on the policy year 2026-03-15 to 2027-03-14: nothing is added.',
    );
  });

  it('adds nothing when the premium reaches the minimum', () => {
    expect(policyYearOn('2026-03-15', '2027-03-15', 8_500)).toMatchObject({ minimumPremiumAdjustment: 0, projectedMinimumPremiumAdjustment: 0, due: 8_500 });
    expect(policyYearOn('2026-03-15', '2027-03-15', 8_501)).toMatchObject({ minimumPremiumAdjustment: 1, projectedMinimumPremiumAdjustment: 1, due: 8_501 });
  });

  it('refuses a day before inception', () => {
    expect(() => policyYearOn('2026-03-14', '2026-06-30')).toThrow(RangeError);
  });
});

describe('the premium of a calendar year', () => {
  const declaration = (period: string, country: string, amount: number, declaredAt: string): Declaration => ({ period, country, amount, declaredAt });
  const DECLARATIONS: Declaration[] = [
    declaration('2026-03', 'FR', 1_000_000, '2026-04-02T09:00:00Z'),
    declaration('2026-12', 'DE', 2_000_000, '2027-01-10T09:00:00Z'),
    declaration('2027-02', 'FR', 400_000, '2027-03-05T09:00:00Z'),
    declaration('2027-03', 'FR', 10_000_000, '2027-04-02T09:00:00Z'),
  ];
  const calendarYear = (year: number, inceptionDate: string | undefined, today = '2030-01-01') =>
    premiumYear({ year, ...(inceptionDate ? { inceptionDate } : {}), declarations: DECLARATIONS, premiumRate: 0.0025, minimumPremium: 500_000, currency: 'EUR', today });

  it('with inception mid-year, sums its months and settles no minimum premium, naming the policy years to ask', () => {
    const result = calendarYear(2027, '2026-03-15');
    expect(result).toMatchObject({ view: 'calendar_year', year: 2027, premium: 26_000, minimumPremiumAdjustment: 0, projectedMinimumPremiumAdjustment: 0, yearClosed: true, due: 26_000 });
    expect(result.policyYear).toBeUndefined();
    expect(result.months.map((month) => month.period)).toEqual(['2027-02', '2027-03']);
    expect(result.minimumPremiumNote).toBe(
      'The minimum premium of EUR 5,000.00 is settled per policy year, not on a calendar year: nothing is added here. ' +
        "This year's months belong to the policy year 2026-03-15 to 2027-03-14 (GET /v1/premium?on=2026-03-15) and the policy year 2027-03-15 to 2028-03-14 (GET /v1/premium?on=2027-03-15).",
    );
  });

  it('in the inception year, names the first policy year only', () => {
    const result = calendarYear(2026, '2026-03-15');
    expect(result).toMatchObject({ premium: 7_500, minimumPremiumAdjustment: 0, due: 7_500 });
    expect(result.minimumPremiumNote).toContain("This year's months belong to the policy year 2026-03-15 to 2027-03-14 (GET /v1/premium?on=2026-03-15).");
  });

  it('with inception in January but not on the 1st, names the one policy year its months make, yet settles nothing on 31 December', () => {
    const result = calendarYear(2027, '2026-01-15');
    expect(result).toMatchObject({ minimumPremiumAdjustment: 0, projectedMinimumPremiumAdjustment: 0 });
    expect(result.minimumPremiumNote).toContain("This year's months belong to the policy year 2027-01-15 to 2028-01-14 (GET /v1/premium?on=2027-01-15).");
  });

  it.each([
    ['inception on 1 January', '2026-01-01'],
    ['no inception date (policies stored before they had one)', undefined],
  ])('with %s, is the policy year and settles the minimum premium as it', (_, inception) => {
    const result = calendarYear(2026, inception, '2027-01-01');
    expect(result).toMatchObject({ view: 'calendar_year', year: 2026, policyYear: { from: '2026-01-01', to: '2026-12-31' }, premium: 7_500, yearClosed: true, minimumPremiumAdjustment: 492_500, due: 500_000 });
    const { view: _view, ...figures } = result;
    const { view: _policyView, ...asPolicyYear } = premiumPolicyYear({ on: '2026-06-30', inceptionDate: '2026-01-01', declarations: DECLARATIONS, premiumRate: 0.0025, minimumPremium: 500_000, currency: 'EUR', today: '2027-01-01' });
    expect(figures).toEqual(asPolicyYear);
  });

  it('refuses a year before the inception year, accepts the inception year', () => {
    expect(() => calendarYear(2025, '2026-03-15')).toThrow(RangeError);
    expect(() => calendarYear(2025, '2026-01-01')).toThrow(RangeError);
    expect(calendarYear(2026, '2026-12-31').months.map((month) => month.period)).toEqual(['2026-03', '2026-12']);
  });
});

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}
