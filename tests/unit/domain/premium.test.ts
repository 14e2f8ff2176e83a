import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LATE_AFTER_DAYS, isLate, lastDayInTime, premiumOn, premiumYear, ratePpm, utcDateOf, type Declaration } from '../../../shared/domain/premium.ts';

describe('the premium rate in parts per million', () => {
  it.each([
    [0.0025, 2_500],
    [0.001, 1_000],
    [0.005, 5_000],
    [0.003333, 3_333],
    [0.000001, 1],
    [0, 0],
    [1, 1_000_000],
  ])('%s is %i ppm', (rate, ppm) => {
    expect(ratePpm(rate)).toBe(ppm);
  });

  it.each([
    ['seven decimal places', 0.0025001],
    ['a float residue', 0.1 + 0.2 - 0.2995],
    ['a negative rate', -0.001],
    ['a rate above 1', 1.5],
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
  ])('refuses %s', (_, rate) => {
    expect(() => ratePpm(rate)).toThrow(RangeError);
  });
});

describe('the premium on a turnover, rounded half up to the minor unit', () => {
  it.each([
    // turnover (minor units), rate, exact product, premium
    [0, 0.0025, '0', 0],
    [100, 0.0025, '0.25', 0],
    [199, 0.0025, '0.4975', 0],
    [200, 0.0025, '0.5 (half: up)', 1],
    [1_000_000, 0.0025, '2,500', 2_500],
    [123_457, 0.0025, '308.6425', 309],
    [1_234_567, 0.0025, '3,086.4175', 3_086],
    [999_800, 0.0025, '2,499.5 (half: up)', 2_500],
    [1_000_200, 0.0025, '2,500.5 (half: up)', 2_501],
    [500, 0.001, '0.5 (half: up)', 1],
    [100, 0.004999, '0.4999', 0],
    [Number.MAX_SAFE_INTEGER, 0.005, '45,035,996,273,704.955', 45_035_996_273_705],
  ])('%i × %s = %s → %i', (turnover, rate, _exact, premium) => {
    expect(premiumOn(turnover, rate)).toBe(premium);
  });

  it.each([
    ['a negative turnover', -1, 0.0025],
    ['a fractional turnover', 100.5, 0.0025],
    ['an unsafe turnover', 2 ** 53, 0.0025],
    ['a rate with seven places', 100, 0.0025001],
  ])('refuses %s', (_, turnover, rate) => {
    expect(() => premiumOn(turnover, rate)).toThrow(RangeError);
  });

  it('is the exact product to within half a minor unit, a half going up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 1_000_000 }), (turnover, ppm) => {
        const error = BigInt(premiumOn(turnover, ppm / 1_000_000)) * 1_000_000n - BigInt(turnover) * BigInt(ppm);
        expect(error > -500_000n && error <= 500_000n).toBe(true);
      }),
    );
  });
});

describe('late declarations', () => {
  it('allows 30 days after the end of the period', () => {
    expect(LATE_AFTER_DAYS).toBe(30);
  });

  it.each([
    // period, last day in time: the period's last day + 30
    ['2026-01', '2026-03-02'], // 31 January + 30, February of 28 days
    ['2028-01', '2028-03-01'], // leap year: 29 February takes a day
    ['2026-02', '2026-03-30'], // 28 February + 30
    ['2028-02', '2028-03-30'], // 29 February + 30
    ['2100-02', '2100-03-30'], // not a leap year: 28 February + 30
    ['2026-04', '2026-05-30'], // 30 April + 30
    ['2026-12', '2027-01-30'], // December runs into the next year
  ])('%s: %s is the last day in time, the day after is late', (period, lastDay) => {
    expect(lastDayInTime(period)).toBe(lastDay);
    expect(isLate(period, lastDay)).toBe(false);
    expect(isLate(period, dayAfter(lastDay))).toBe(true);
  });

  it.each([
    ['during the period', '2026-01', '2026-01-15'],
    ['before the period', '2026-01', '2025-12-20'],
    ['on the last day of the period', '2026-01', '2026-01-31'],
  ])('is never late %s', (_, period, day) => {
    expect(isLate(period, day)).toBe(false);
  });

  it.each([
    ['month 13', '2026-13', '2026-03-01'],
    ['a one-digit month', '2026-1', '2026-03-01'],
    ['a date for a period', '2026-01-01', '2026-03-01'],
    ['an impossible day', '2026-01', '2026-02-30'],
  ])('refuses %s', (_, period, day) => {
    expect(() => isLate(period, day)).toThrow(RangeError);
  });
});

describe('the UTC day of a timestamp', () => {
  it.each([
    ['2026-03-02T23:59:59Z', '2026-03-02'],
    ['2026-03-02T10:00Z', '2026-03-02'],
    ['2026-03-02T10:00:00.123Z', '2026-03-02'],
    ['2026-03-03T00:30:00+01:00', '2026-03-02'],
    ['2026-03-02T20:00:00-05:00', '2026-03-03'],
    ['2026-12-31T23:00:00-02:00', '2027-01-01'],
    ['2028-03-01T00:00:00+14:00', '2028-02-29'],
    ['2026-03-03T22:00:00+23:00', '2026-03-02'],
    // Half-hour offsets: the minutes of the offset count (05:29 at +05:30 is the day before in UTC).
    ['2026-03-03T05:29:00+05:30', '2026-03-02'],
    ['2026-03-03T05:30:00+05:30', '2026-03-03'],
    ['2026-03-02T20:29:00-03:30', '2026-03-02'],
    ['2026-03-02T20:30:00-03:30', '2026-03-03'],
  ])('%s is %s', (timestamp, day) => {
    expect(utcDateOf(timestamp)).toBe(day);
  });

  it.each([
    '2026-03-02T10:00:00',
    '2026-03-02',
    '2026-02-30T10:00:00Z',
    '2026-03-02T24:00:00Z',
    '2026-03-02 10:00:00Z',
    // Anchored at both ends: nothing before the date, nothing after the zone.
    'x2026-03-02T10:00:00Z',
    '2026-03-02T10:00:00Zx',
    '2026-03-02T10:00:00+01:00:00',
    '2026-03-02T10:00:00+24:00',
  ])('refuses %s', (timestamp) => {
    expect(() => utcDateOf(timestamp)).toThrow(RangeError);
  });

  it('refuses what is not a string, even one that reads as a timestamp', () => {
    const disguised = { toString: () => '2026-03-02T10:00:00Z' } as unknown as string;
    expect(() => utcDateOf(disguised)).toThrow(RangeError);
  });
});

describe('the premium of a calendar year with no inception date given: a policy year', () => {
  const declaration = (period: string, country: string, amount: number, declaredAt: string): Declaration => ({ period, country, amount, declaredAt });
  /** Given out of order; one late; two of other years. */
  const DECLARATIONS: Declaration[] = [
    declaration('2026-03', 'FR', 200, '2026-04-01T09:00:00Z'),
    declaration('2026-01', 'FR', 1_000_200, '2026-02-10T09:00:00Z'),
    declaration('2025-12', 'FR', 5_000_000, '2026-01-05T09:00:00Z'),
    declaration('2026-01', 'DE', 123_457, '2026-03-03T08:00:00Z'),
    declaration('2027-01', 'FR', 7_000_000, '2027-02-05T09:00:00Z'),
  ];
  /** 0.25 %, minimum premium EUR 5,000.00. */
  const year2026 = (today: string, declarations: readonly Declaration[] = DECLARATIONS, minimumPremium = 500_000) =>
    premiumYear({ year: 2026, declarations, premiumRate: 0.0025, minimumPremium, currency: 'EUR', today });

  it('groups by month and country, rounds each declaration, and flags the late one', () => {
    const result = year2026('2026-06-30');
    expect(result.months).toEqual([
      {
        period: '2026-01',
        turnover: 1_123_657,
        premium: 2_810,
        byCountry: [
          { country: 'DE', turnover: 123_457, premium: 309, late: true, declaredAt: '2026-03-03T08:00:00Z' },
          { country: 'FR', turnover: 1_000_200, premium: 2_501, late: false, declaredAt: '2026-02-10T09:00:00Z' },
        ],
      },
      { period: '2026-03', turnover: 200, premium: 1, byCountry: [{ country: 'FR', turnover: 200, premium: 1, late: false, declaredAt: '2026-04-01T09:00:00Z' }] },
    ]);
    expect(result.byCountry).toEqual([
      { country: 'DE', turnover: 123_457, premium: 309 },
      { country: 'FR', turnover: 1_000_400, premium: 2_502 },
    ]);
    expect(result).toMatchObject({ year: 2026, currency: 'EUR', premiumRate: 0.0025, turnover: 1_123_857, premium: 2_811, lateDeclarations: 1 });
  });

  it('sums the rounded premium of each declaration, not the rate on the year', () => {
    const result = year2026('2026-06-30');
    expect(result.premium).toBe(2_811);
    expect(premiumOn(result.turnover, 0.0025)).toBe(2_810); // 2,809.6425 on the year's turnover
  });

  it.each([
    // today, closed, adjustment, projected, due
    ['in the year', '2026-06-30', false, 0, 497_189, 2_811],
    ['on 31 December', '2026-12-31', false, 0, 497_189, 2_811],
    ['on 1 January after', '2027-01-01', true, 497_189, 497_189, 500_000],
    ['years later', '2030-05-01', true, 497_189, 497_189, 500_000],
    ['before the year began', '2025-11-01', false, 0, 497_189, 2_811],
  ])('minimum premium %s: owed only once the year is over', (_, today, closed, adjustment, projected, due) => {
    const result = year2026(today);
    expect(result).toMatchObject({ yearClosed: closed, minimumPremium: 500_000, minimumPremiumAdjustment: adjustment, projectedMinimumPremiumAdjustment: projected, due });
  });

  it('adds nothing when the premium exceeds the minimum', () => {
    const result = year2026('2027-01-01', DECLARATIONS, 2_000);
    expect(result).toMatchObject({ premium: 2_811, minimumPremiumAdjustment: 0, projectedMinimumPremiumAdjustment: 0, due: 2_811 });
  });

  it('charges the whole minimum on a closed year without declarations', () => {
    const result = year2026('2027-01-01', []);
    expect(result).toMatchObject({ months: [], byCountry: [], turnover: 0, premium: 0, minimumPremiumAdjustment: 500_000, due: 500_000, lateDeclarations: 0 });
  });

  it('takes the UTC day of the timestamp for lateness', () => {
    const onTime = year2026('2026-06-30', [declaration('2026-01', 'FR', 100, '2026-03-03T00:30:00+01:00')]);
    const late = year2026('2026-06-30', [declaration('2026-01', 'FR', 100, '2026-03-02T23:30:00-01:00')]);
    expect(onTime.months[0]?.byCountry[0]?.late).toBe(false);
    expect(late.months[0]?.byCountry[0]?.late).toBe(true);
  });

  it.each([
    ['the same period and country twice', [declaration('2026-01', 'FR', 100, '2026-02-01T00:00:00Z'), declaration('2026-01', 'FR', 100, '2026-02-02T00:00:00Z')]],
    ['a correction passed next to the original', [declaration('2026-01', 'FR', 100, '2026-02-01T00:00:00Z'), declaration('2026-01', 'FR', 90, '2026-02-09T00:00:00Z')]],
    ['a duplicate in another year', [declaration('2025-01', 'FR', 100, '2025-02-01T00:00:00Z'), declaration('2025-01', 'FR', 100, '2025-02-01T00:00:00Z')]],
  ])('refuses %s rather than count it twice', (_, declarations) => {
    expect(() => year2026('2026-06-30', declarations)).toThrow(RangeError);
  });

  it('accepts the same period in several countries, listed by country whatever the order given', () => {
    const given = ['FR', 'IT', 'DE', 'PL', 'ES', 'BE'].map((country) => declaration('2026-01', country, 100, '2026-02-01T00:00:00Z'));
    const result = year2026('2026-06-30', given);
    expect(result.months).toHaveLength(1);
    expect(result.months[0]?.byCountry.map((c) => c.country)).toEqual(['BE', 'DE', 'ES', 'FR', 'IT', 'PL']);
    expect(result.byCountry.map((c) => c.country)).toEqual(['BE', 'DE', 'ES', 'FR', 'IT', 'PL']);
  });

  it('lists the year’s countries in order, when a later month brings a country that sorts first', () => {
    const given = [declaration('2026-01', 'FR', 100, '2026-02-01T00:00:00Z'), declaration('2026-01', 'IT', 100, '2026-02-01T00:00:00Z'), declaration('2026-02', 'BE', 100, '2026-03-01T00:00:00Z')];
    expect(year2026('2026-06-30', given).byCountry.map((c) => c.country)).toEqual(['BE', 'FR', 'IT']);
  });

  it('lists the months in order whatever the order given', () => {
    const given = ['2026-05', '2026-02', '2026-04', '2026-01', '2026-03'].map((period) => declaration(period, 'FR', 100, `${period}-20T00:00:00Z`));
    expect(year2026('2026-06-30', given).months.map((m) => m.period)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
  });

  it.each([1, 9_999])('accepts the year %i', (year) => {
    expect(premiumYear({ ...base, year, today: '2026-06-30' }).turnover).toBe(0);
  });

  it('refuses a year whose turnover passes the safe integer range rather than round it', () => {
    const big = 5_000_000_000_000_000;
    expect(() => year2026('2026-06-30', [declaration('2026-01', 'FR', big, '2026-02-01T00:00:00Z'), declaration('2026-02', 'FR', big, '2026-03-01T00:00:00Z')])).toThrow(RangeError);
  });

  const base = { year: 2026, declarations: [] as Declaration[], premiumRate: 0.0025, minimumPremium: 500_000, currency: 'EUR', today: '2026-06-30' };
  it.each([
    ['a rate with seven places', { premiumRate: 0.0025001 }],
    ['a negative minimum premium', { minimumPremium: -1 }],
    ['an unknown currency', { currency: 'XXX' }],
    ['an impossible today', { today: '2026-02-30' }],
    ['a fractional year', { year: 2026.5 }],
    ['a negative amount', { declarations: [declaration('2026-01', 'FR', -100, '2026-02-01T00:00:00Z')] }],
    ['a lower-case country', { declarations: [declaration('2026-01', 'fr', 100, '2026-02-01T00:00:00Z')] }],
    ['a period without a month', { declarations: [declaration('2026', 'FR', 100, '2026-02-01T00:00:00Z')] }],
    ['the year 0000', { declarations: [declaration('0000-01', 'FR', 100, '2026-02-01T00:00:00Z')] }],
    ['a period that is not a string', { declarations: [declaration({ toString: () => '2026-01' } as unknown as string, 'FR', 100, '2026-02-01T00:00:00Z')] }],
    ['a country that is not a string', { declarations: [declaration('2026-01', { toString: () => 'FR' } as unknown as string, 100, '2026-02-01T00:00:00Z')] }],
    ['the year 0', { year: 0 }],
    ['the year 10000', { year: 10_000 }],
    ['a period with something before it', { declarations: [declaration('x2026-01', 'FR', 100, '2026-02-01T00:00:00Z')] }],
    ['a period with something after it', { declarations: [declaration('2026-01x', 'FR', 100, '2026-02-01T00:00:00Z')] }],
    ['a three-letter country', { declarations: [declaration('2026-01', 'FRA', 100, '2026-02-01T00:00:00Z')] }],
    ['a country with something before it', { declarations: [declaration('2026-01', 'xFR', 100, '2026-02-01T00:00:00Z')] }],
    ['a timestamp without a zone', { declarations: [declaration('2026-01', 'FR', 100, '2026-02-01T00:00:00')] }],
  ])('refuses %s', (_, patch) => {
    expect(() => premiumYear({ ...base, ...patch })).toThrow(RangeError);
  });

  it('adds up: months, countries and the year agree, and a closed year owes at least the minimum', () => {
    const declarationArb = fc.record({
      month: fc.integer({ min: 1, max: 12 }),
      year: fc.constantFrom(2025, 2026, 2026, 2026),
      country: fc.constantFrom('FR', 'DE', 'IT', 'ES'),
      amount: fc.integer({ min: 0, max: 10_000_000_000_000 }),
      delayDays: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(declarationArb, { selector: (d) => `${d.year}-${d.month}-${d.country}`, maxLength: 30 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom('2026-06-30', '2026-12-31', '2027-01-01'),
        (drawn, ppm, minimumPremium, today) => {
          const declarations = drawn.map((d) => {
            const period = `${d.year}-${String(d.month).padStart(2, '0')}`;
            return declaration(period, d.country, d.amount, `${addDaysTo(lastDayInTime(period), d.delayDays - LATE_AFTER_DAYS)}T12:00:00Z`);
          });
          const result = premiumYear({ year: 2026, declarations, premiumRate: ppm / 1_000_000, minimumPremium, currency: 'EUR', today });
          const ofYear = declarations.filter((d) => d.period.startsWith('2026-'));
          const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
          expect(result.turnover).toBe(sum(ofYear.map((d) => d.amount)));
          expect(result.premium).toBe(sum(ofYear.map((d) => premiumOn(d.amount, ppm / 1_000_000))));
          expect(sum(result.months.map((m) => m.premium))).toBe(result.premium);
          expect(sum(result.byCountry.map((c) => c.premium))).toBe(result.premium);
          expect(sum(result.byCountry.map((c) => c.turnover))).toBe(result.turnover);
          expect(result.lateDeclarations).toBe(drawn.filter((d) => d.year === 2026 && d.delayDays > LATE_AFTER_DAYS).length);
          expect(result.months.map((m) => m.period)).toEqual([...new Set(ofYear.map((d) => d.period))].sort());
          if (result.yearClosed) expect(result.due).toBe(Math.max(result.premium, minimumPremium));
          else expect(result.due).toBe(result.premium);
        },
      ),
    );
  });
});

function dayAfter(day: string): string {
  return addDaysTo(day, 1);
}

function addDaysTo(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
