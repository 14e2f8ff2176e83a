import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RECOVERY_RATE_PERCENT, WORSENED_WINDOW_DAYS, byCurrencyExposure, expectedLossOf, exposureByCurrency, portfolioOf, type Breakdown, type Portfolio, type PortfolioLimit } from '../../../shared/domain/portfolio.ts';

const TODAY = '2026-06-30';

/** A grade-5 buyer in France, sector C29, with a limit of EUR 100,000.00 and no exposure unless told. */
function line(buyerId: string, patch: Partial<PortfolioLimit> = {}): PortfolioLimit {
  return { buyerId, grade: 5, sector: 'C29', country: 'FR', limit: 10_000_000, exposure: 0, ...patch };
}

const portfolio = (limits: PortfolioLimit[], options: { recoveryRatePercent?: number; currency?: string; today?: string } = {}) =>
  portfolioOf({ limits, currency: options.currency ?? 'EUR', today: options.today ?? TODAY, ...(options.recoveryRatePercent === undefined ? {} : { recoveryRatePercent: options.recoveryRatePercent }) });

const zero = (key: string): Breakdown => ({ key, buyers: 0, limit: 0, exposure: 0, headroom: 0, expectedLoss: 0 });

describe('an empty portfolio', () => {
  it('is all zeros, with the five grade bands present', () => {
    expect(portfolio([])).toEqual<Portfolio>({
      currency: 'EUR',
      buyers: 0,
      limit: 0,
      exposure: 0,
      headroom: 0,
      uncoveredExposure: 0,
      expectedLoss: 0,
      recoveryRatePercent: 30,
      byGradeBand: ['low', 'medium', 'sensitive', 'high', 'defaulted'].map(zero),
      byGrade: [],
      bySector: [],
      byCountry: [],
      concentration: { top10Share: 0, herfindahl: 0, top10: [] },
      worsenedLast90Days: [],
    });
  });

  it('has no concentration when nothing is exposed', () => {
    expect(portfolio([line('a'), line('b')]).concentration).toEqual({ top10Share: 0, herfindahl: 0, top10: [] });
  });
});

describe('a single buyer', () => {
  it('holds all the exposure: share 10,000 bp, HHI 10,000', () => {
    const result = portfolio([line('b1', { limit: 10_000_000, exposure: 4_000_000 })]);
    const row = { buyers: 1, limit: 10_000_000, exposure: 4_000_000, headroom: 6_000_000, expectedLoss: 28_000 }; // 4,000,000 × 1 % × 70 %
    expect(result).toMatchObject({ buyers: 1, limit: 10_000_000, exposure: 4_000_000, headroom: 6_000_000, uncoveredExposure: 0, expectedLoss: 28_000 });
    expect(result.byGradeBand).toEqual([zero('low'), { key: 'medium', ...row }, zero('sensitive'), zero('high'), zero('defaulted')]);
    expect(result.byGrade).toEqual([{ key: '5', ...row }]);
    expect(result.bySector).toEqual([{ key: 'C29', ...row }]);
    expect(result.byCountry).toEqual([{ key: 'FR', ...row }]);
    expect(result.concentration).toEqual({ top10Share: 10_000, herfindahl: 10_000, top10: [{ buyerId: 'b1', exposure: 4_000_000, shareBp: 10_000 }] });
  });
});

describe('headroom and uncovered exposure', () => {
  it('counts an exposure above its limit as uncovered, using no headroom elsewhere', () => {
    const result = portfolio([line('over', { limit: 5_000_000, exposure: 6_000_000 }), line('under', { limit: 5_000_000, exposure: 1_000_000 })]);
    expect(result).toMatchObject({ limit: 10_000_000, exposure: 7_000_000, headroom: 4_000_000, uncoveredExposure: 1_000_000 });
    expect(result.limit - result.exposure).toBe(3_000_000); // what Σlimit − Σexposure would have said
  });

  it.each([
    ['exposure equal to the limit', 5_000_000, 5_000_000, 0, 0],
    ['no limit left in force, exposure outstanding', 0, 2_000_000, 0, 2_000_000],
    ['a limit with nothing exposed', 5_000_000, 0, 5_000_000, 0],
  ])('%s', (_, limit, exposure, headroom, uncovered) => {
    expect(portfolio([line('b', { limit, exposure })])).toMatchObject({ headroom, uncoveredExposure: uncovered });
  });

  it('takes each tenant line on its own when the same buyer comes several times (the insurer view)', () => {
    const result = portfolio([line('b', { limit: 100, exposure: 150 }), line('b', { limit: 100, exposure: 50 }), line('c', { limit: 100, exposure: 100 })]);
    expect(result).toMatchObject({ buyers: 2, limit: 300, exposure: 300, headroom: 50, uncoveredExposure: 50 });
    expect(result.concentration.top10).toEqual([
      { buyerId: 'b', exposure: 200, shareBp: 6_667 },
      { buyerId: 'c', exposure: 100, shareBp: 3_333 },
    ]);
    expect(result.byGrade).toEqual([{ key: '5', buyers: 2, limit: 300, exposure: 300, headroom: 50, expectedLoss: 2 }]); // 200 → 1.4 → 1, 100 → 0.7 → 1
  });

  it('adds up the uncovered exposure of several lines of one buyer', () => {
    const result = portfolio([line('b', { limit: 100, exposure: 150 }), line('b', { limit: 100, exposure: 130 })]);
    expect(result).toMatchObject({ buyers: 1, limit: 200, exposure: 280, headroom: 0, uncoveredExposure: 80 });
  });

  it.each([
    ['grade', { grade: 6 }],
    ['sector', { sector: 'F41' }],
    ['country', { country: 'DE' }],
    ['worsening', { gradeWorsenedOn: '2026-06-01' }],
  ])('refuses two lines of one buyer that disagree on its %s', (_, patch) => {
    expect(() => portfolio([line('b'), line('b', patch)])).toThrow(RangeError);
  });
});

describe('expected loss', () => {
  it('defaults to a 30 % recovery', () => {
    expect(DEFAULT_RECOVERY_RATE_PERCENT).toBe(30);
  });

  it.each([
    // exposure, grade (PD bp), recovery %, exact, rounded half up
    [1_234_567, 3, 30, '1,234,567 × 0.25 % × 70 % = 2,160.49225', 2_160],
    [333_333, 7, 30, '333,333 × 5 % × 70 % = 11,666.655', 11_667],
    [500, 5, 30, '500 × 1 % × 70 % = 3.5 (half: up)', 4],
    [1_000_001, 10, 30, '1,000,001 × 100 % × 70 % = 700,000.7', 700_001],
    [1_000_001, 10, 0, 'no recovery: the whole exposure', 1_000_001],
    [1_000_001, 10, 100, 'full recovery: nothing', 0],
    [10_000_000, 1, 30, '10,000,000 × 0.03 % × 70 % = 2,100', 2_100],
    [Number.MAX_SAFE_INTEGER, 10, 30, '9,007,199,254,740,991 × 70 % = 6,305,039,478,318,693.7', 6_305_039_478_318_694],
  ])('%i at grade %i, recovery %i %%: %s → %i', (exposure, grade, recovery, _exact, expected) => {
    expect(expectedLossOf(exposure, grade, recovery)).toBe(expected);
  });

  it.each([
    [0, 'no recovery: PD × the whole exposure', 40_000],
    [100, 'full recovery: nothing', 0],
  ])('accepts a recovery of %i %% (%s): 4,000,000 at grade 5 → %i', (recoveryRatePercent, _, expectedLoss) => {
    expect(portfolio([line('b', { exposure: 4_000_000 })], { recoveryRatePercent })).toMatchObject({ recoveryRatePercent, expectedLoss });
  });

  it('rounds per buyer, then sums: two buyers of 3.5 make 8, not 7', () => {
    const result = portfolio([line('a', { exposure: 500 }), line('b', { exposure: 500 })]);
    expect(result.expectedLoss).toBe(8);
    expect(expectedLossOf(1_000, 5, 30)).toBe(7);
  });

  it('worked example to the cent, with a recovery of 40 %', () => {
    // A: EUR 12,345.67 at grade 3 → 1,234,567 × 25 bp × 60 % = 1,851.8505 → 1,852 (EUR 18.52)
    // B: EUR 80,000.00 at grade 7 → 8,000,000 × 500 bp × 60 % = 240,000 (EUR 2,400.00)
    // C: EUR 2,500.01 at grade 9 → 250,001 × 2,000 bp × 60 % = 30,000.12 → 30,000 (EUR 300.00)
    const result = portfolio(
      [line('A', { grade: 3, exposure: 1_234_567 }), line('B', { grade: 7, exposure: 8_000_000 }), line('C', { grade: 9, exposure: 250_001 })],
      { recoveryRatePercent: 40 },
    );
    expect(result.recoveryRatePercent).toBe(40);
    expect(result.expectedLoss).toBe(271_852);
    expect(result.byGradeBand.map((b) => [b.key, b.expectedLoss])).toEqual([
      ['low', 1_852],
      ['medium', 0],
      ['sensitive', 240_000],
      ['high', 30_000],
      ['defaulted', 0],
    ]);
  });
});

describe('breakdowns', () => {
  const limits = [
    line('a', { grade: 10, sector: 'G46', country: 'DE', limit: 0, exposure: 300 }),
    line('b', { grade: 2, sector: 'C29', country: 'FR', limit: 1_000, exposure: 500 }),
    line('c', { grade: 9, sector: 'F41', country: 'IT', limit: 1_000, exposure: 500 }),
    line('d', { grade: 2, sector: 'C29', country: 'ES', limit: 2_000, exposure: 100 }),
  ];

  it('lists grades present in numeric order, 10 last', () => {
    expect(portfolio(limits).byGrade.map((b) => [b.key, b.buyers, b.exposure])).toEqual([
      ['2', 2, 600],
      ['9', 1, 500],
      ['10', 1, 300],
    ]);
  });

  it('sorts sectors and countries by exposure, largest first, ties by key', () => {
    const result = portfolio(limits);
    expect(result.bySector.map((b) => [b.key, b.exposure])).toEqual([
      ['C29', 600],
      ['F41', 500],
      ['G46', 300],
    ]);
    expect(result.byCountry.map((b) => [b.key, b.exposure])).toEqual([
      ['FR', 500],
      ['IT', 500],
      ['DE', 300],
      ['ES', 100],
    ]);
  });

  it('keeps the five bands in their order, empty ones as zeros', () => {
    expect(portfolio(limits).byGradeBand.map((b) => [b.key, b.buyers, b.limit, b.headroom])).toEqual([
      ['low', 2, 3_000, 2_400],
      ['medium', 0, 0, 0],
      ['sensitive', 0, 0, 0],
      ['high', 1, 1_000, 500],
      ['defaulted', 1, 0, 0],
    ]);
  });
});

describe('concentration', () => {
  /** 12 buyers, in EUR thousands; a tie for 10th place (alpha and zeta, 200 each) goes to the smaller id. */
  const TWELVE: [string, number][] = [
    ['k', 900],
    ['a', 1_000],
    ['zeta', 200],
    ['c', 900],
    ['d', 800],
    ['e', 700],
    ['f', 600],
    ['g', 500],
    ['h', 400],
    ['i', 300],
    ['alpha', 200],
    ['l', 100],
  ];
  const k = 100_000; // EUR 1,000.00: squares run past 2^53, so the HHI needs BigInt

  it('takes the 10 largest exposures, ties by buyerId', () => {
    const result = portfolio([...TWELVE.map(([id, thousands]) => line(id, { limit: 200_000_000, exposure: thousands * k })), line('none', { exposure: 0 })]);
    expect(result.exposure).toBe(6_600 * k);
    expect(result.concentration.top10).toEqual(
      [
        ['a', 1_000, 1_515], // 1,515.15
        ['c', 900, 1_364], // 1,363.64
        ['k', 900, 1_364],
        ['d', 800, 1_212], // 1,212.12
        ['e', 700, 1_061], // 1,060.61
        ['f', 600, 909], // 909.09
        ['g', 500, 758], // 757.58
        ['h', 400, 606], // 606.06
        ['i', 300, 455], // 454.55
        ['alpha', 200, 303], // 303.03
      ].map(([buyerId, thousands, shareBp]) => ({ buyerId, exposure: (thousands as number) * k, shareBp })),
    );
    expect(result.concentration.top10Share).toBe(9_545); // 6,300 / 6,600 = 95.4545 %
    expect(result.concentration.herfindahl).toBe(1_079); // 4,700,000 × 10,000 / 6,600² = 1,078.97
  });

  it.each([
    // equal buyers, HHI = 10,000 / n rounded half up, top-10 share
    [1, 10_000, 10_000],
    [2, 5_000, 10_000],
    [3, 3_333, 10_000],
    [6, 1_667, 10_000],
    [7, 1_429, 10_000],
    [10, 1_000, 10_000],
    [16, 625, 6_250],
    [32, 313, 3_125], // 312.5: half up
    [30, 333, 3_333],
  ])('%i equal buyers: HHI %i, top 10 share %i bp', (n, herfindahl, top10Share) => {
    const result = portfolio(Array.from({ length: n }, (_, i) => line(`b${String(i).padStart(2, '0')}`, { exposure: 12_345_678_901 })));
    expect(result.concentration).toMatchObject({ herfindahl, top10Share });
    expect(result.concentration.top10).toHaveLength(Math.min(n, 10));
  });
});

describe('concentration among the buyers with exposure', () => {
  it('leaves out a buyer with nothing exposed, even with room in the top 10', () => {
    const result = portfolio([line('a', { exposure: 300 }), line('b', { exposure: 0 }), line('c', { exposure: 100 })]);
    expect(result.concentration).toEqual({
      top10Share: 10_000,
      herfindahl: 6_250, // (300² + 100²) × 10,000 / 400²
      top10: [
        { buyerId: 'a', exposure: 300, shareBp: 7_500 },
        { buyerId: 'c', exposure: 100, shareBp: 2_500 },
      ],
    });
  });
});

describe('buyers whose grade worsened in the last 90 days', () => {
  it('looks at (today − 90, today]', () => {
    expect(WORSENED_WINDOW_DAYS).toBe(90);
  });

  it.each([
    ['today', '2026-06-30', true],
    ['89 days ago', '2026-04-02', true],
    ['exactly 90 days ago', '2026-04-01', false],
    ['91 days ago', '2026-03-31', false],
    ['tomorrow', '2026-07-01', false],
  ])('%s (%s): %s', (_, on, listed) => {
    expect(portfolio([line('b', { grade: 7, previousGrade: 5, gradeWorsenedOn: on })]).worsenedLast90Days).toEqual(listed ? [{ buyerId: 'b', from: 5, to: 7, on }] : []);
  });

  it('lists the newest first, ties by buyerId, and omits an unknown previous grade', () => {
    const result = portfolio([
      line('old', { grade: 6, previousGrade: 4, gradeWorsenedOn: '2026-05-01' }),
      line('zed', { grade: 8, gradeWorsenedOn: '2026-06-15' }),
      line('amy', { grade: 9, previousGrade: 7, gradeWorsenedOn: '2026-06-15' }),
      line('never', { grade: 3 }),
    ]);
    expect(result.worsenedLast90Days).toEqual([
      { buyerId: 'amy', from: 7, to: 9, on: '2026-06-15' },
      { buyerId: 'zed', to: 8, on: '2026-06-15' },
      { buyerId: 'old', from: 4, to: 6, on: '2026-05-01' },
    ]);
    expect(result.worsenedLast90Days[1]).not.toHaveProperty('from');
  });

  it.each([
    ['in buyerId order', ['amy', 'bob', 'zed']],
    ['in reverse buyerId order', ['zed', 'bob', 'amy']],
    ['shuffled', ['bob', 'zed', 'amy']],
  ])('orders the same whatever the order of the lines (%s)', (_, ids) => {
    const on = { amy: '2026-06-15', bob: '2026-06-20', zed: '2026-06-15' } as Record<string, string>;
    const result = portfolio(ids.map((id) => line(id, { grade: 7, gradeWorsenedOn: on[id] })));
    expect(result.worsenedLast90Days.map((w) => [w.buyerId, w.on])).toEqual([
      ['bob', '2026-06-20'],
      ['amy', '2026-06-15'],
      ['zed', '2026-06-15'],
    ]);
  });
});

describe('refusals', () => {
  it.each([
    ['a grade of 11', [line('b', { grade: 11 })], {}],
    ['a negative limit', [line('b', { limit: -1 })], {}],
    ['a fractional exposure', [line('b', { exposure: 0.5 })], {}],
    ['an empty buyerId', [line('')], {}],
    ['an empty sector', [line('b', { sector: '' })], {}],
    ['an impossible worsening date', [line('b', { gradeWorsenedOn: '2026-02-30' })], {}],
    ['a previous grade of 0', [line('b', { previousGrade: 0 })], {}],
    ['a recovery of 101 %', [], { recoveryRatePercent: 101 }],
    ['a fractional recovery', [], { recoveryRatePercent: 2.5 }],
    ['an unknown currency', [], { currency: 'XXX' }],
    ['an impossible today', [], { today: '2026-13-01' }],
  ])('refuses %s', (_, limits, options) => {
    expect(() => portfolio(limits, options)).toThrow(RangeError);
  });

  it.each([
    ['a recovery of -1 %', [], { recoveryRatePercent: -1 }, /recoveryRatePercent must be an integer from 0 to 100, got -1/],
    ['a buyerId that is not a string', [line(42 as unknown as string)], {}, /limits\[0\]\.buyerId must be a non-empty string/],
    ['a sector that is not a string', [line('b', { sector: 42 as unknown as string })], {}, /limits\[0\]\.sector must be a non-empty NACE code/],
    ['an empty country', [line('b', { country: '' })], {}, /limits\[0\]\.country must be a non-empty country code/],
    ['a country that is not a string', [line('b', { country: 42 as unknown as string })], {}, /limits\[0\]\.country must be a non-empty country code/],
    ['a fractional limit', [line('b', { limit: 0.5 })], {}, /limits\[0\]\.limit must be an integer amount in minor units, got 0\.5/],
    ['a fractional exposure', [line('b', { exposure: 0.5 })], {}, /limits\[0\]\.exposure must be an integer amount in minor units, got 0\.5/],
    ['a total limit of 2^53, past the safe range', [line('a', { limit: 2 ** 52 }), line('b', { limit: 2 ** 52 })], {}, /limit 9007199254740992 is beyond the safe integer range/],
  ])('refuses %s, naming it', (_, limits, options, message) => {
    expect(() => portfolio(limits, options)).toThrow(RangeError);
    expect(() => portfolio(limits, options)).toThrow(message);
  });

  it('works in any currency it knows', () => {
    expect(portfolio([line('b', { limit: 1_000_000, exposure: 1_000 })], { currency: 'JPY' })).toMatchObject({ currency: 'JPY', limit: 1_000_000, exposure: 1_000 });
  });
});

describe('properties', () => {
  const amount = fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 1_000_000_000_000 }));
  const buyer = fc.record({
    grade: fc.integer({ min: 1, max: 10 }),
    sector: fc.constantFrom('C29', 'F41', 'G46', 'A01'),
    country: fc.constantFrom('FR', 'DE', 'IT', 'ES'),
    lines: fc.array(fc.record({ limit: amount, exposure: amount }), { minLength: 1, maxLength: 3 }),
  });
  const limitsArb = fc.array(buyer, { maxLength: 40 }).map((buyers) =>
    buyers.flatMap((b, i) => b.lines.map((l) => ({ buyerId: `b${i}`, grade: b.grade, sector: b.sector, country: b.country, limit: l.limit, exposure: l.exposure }))),
  );
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  it('reconciles: totals are plain sums of the inputs and every breakdown adds up to them', () => {
    fc.assert(
      fc.property(limitsArb, fc.integer({ min: 0, max: 100 }), (limits, recoveryRatePercent) => {
        const result = portfolioOf({ limits, currency: 'EUR', today: TODAY, recoveryRatePercent });
        expect(result.limit).toBe(sum(limits.map((l) => l.limit)));
        expect(result.exposure).toBe(sum(limits.map((l) => l.exposure)));
        expect(result.headroom - result.uncoveredExposure).toBe(result.limit - result.exposure);
        expect(result.buyers).toBe(new Set(limits.map((l) => l.buyerId)).size);
        for (const breakdown of [result.byGradeBand, result.byGrade, result.bySector, result.byCountry]) {
          expect(sum(breakdown.map((b) => b.buyers))).toBe(result.buyers);
          expect(sum(breakdown.map((b) => b.limit))).toBe(result.limit);
          expect(sum(breakdown.map((b) => b.exposure))).toBe(result.exposure);
          expect(sum(breakdown.map((b) => b.headroom))).toBe(result.headroom);
          expect(sum(breakdown.map((b) => b.expectedLoss))).toBe(result.expectedLoss);
        }
        expect(result.expectedLoss).toBeLessThanOrEqual(result.exposure);
      }),
    );
  });

  it('bounds concentration: top-10 share ≤ 10,000 bp, 10,000 / n ≤ HHI ≤ 10,000', () => {
    fc.assert(
      fc.property(limitsArb, (limits) => {
        const { concentration, exposure } = portfolioOf({ limits, currency: 'EUR', today: TODAY });
        const exposures = new Map<string, number>();
        for (const l of limits) exposures.set(l.buyerId, (exposures.get(l.buyerId) ?? 0) + l.exposure);
        const n = [...exposures.values()].filter((e) => e > 0).length;
        expect(concentration.top10Share).toBeGreaterThanOrEqual(0);
        expect(concentration.top10Share).toBeLessThanOrEqual(10_000);
        expect(concentration.herfindahl).toBeLessThanOrEqual(10_000);
        if (n === 0) {
          expect(exposure).toBe(0);
          expect(concentration).toEqual({ top10Share: 0, herfindahl: 0, top10: [] });
          return;
        }
        expect(concentration.herfindahl).toBeGreaterThanOrEqual(Math.round(10_000 / n));
        if (n <= 10) expect(concentration.top10Share).toBe(10_000);
        expect(concentration.top10).toHaveLength(Math.min(n, 10));
        const tops = concentration.top10.map((t) => t.exposure);
        expect(tops).toEqual([...tops].sort((a, b) => b - a));
        const largestLeftOut = Math.max(0, ...[...exposures].filter(([id]) => !concentration.top10.some((t) => t.buyerId === id)).map(([, e]) => e));
        expect(largestLeftOut).toBeLessThanOrEqual(tops.at(-1) ?? 0);
      }),
    );
  });
});

describe('unpaid invoices by currency', () => {
  it('orders rows the same way wherever they come from: the largest exposure first, then the currency code, whichever comes first', () => {
    const row = (currency: string, exposure: number) => ({ currency, invoices: 1, outstanding: exposure, exposure });
    expect(byCurrencyExposure(row('EUR', 5), row('USD', 5))).toBeLessThan(0);
    expect(byCurrencyExposure(row('USD', 5), row('EUR', 5))).toBeGreaterThan(0);
    expect(byCurrencyExposure(row('USD', 6), row('EUR', 5))).toBeLessThan(0);
    expect([row('USD', 5), row('GBP', 9), row('EUR', 5)].sort(byCurrencyExposure).map((r) => r.currency)).toEqual(['GBP', 'EUR', 'USD']);
  });

  it('sums each currency’s invoices, outstanding and exposure; the largest exposure first, ties by code; paid ones left out', () => {
    const rows = exposureByCurrency([
      // USD 10,000.00 at 1.25 = EUR 8,000.00; USD 5.00 at 1.25 = EUR 4.00.
      { currency: 'USD', outstanding: 1_000_000, exposure: 800_000 },
      { currency: 'EUR', outstanding: 300_000, exposure: 300_000 },
      { currency: 'USD', outstanding: 500, exposure: 400 },
      { currency: 'GBP', outstanding: 0, exposure: 0 },
      // Ties on exposure: by code.
      { currency: 'SEK', outstanding: 2_000, exposure: 200 },
      { currency: 'CHF', outstanding: 190, exposure: 200 },
    ]);
    expect(rows).toEqual([
      { currency: 'USD', invoices: 2, outstanding: 1_000_500, exposure: 800_400 },
      { currency: 'EUR', invoices: 1, outstanding: 300_000, exposure: 300_000 },
      { currency: 'CHF', invoices: 1, outstanding: 190, exposure: 200 },
      { currency: 'SEK', invoices: 1, outstanding: 2_000, exposure: 200 },
    ]);
    // Sorting does not depend on the order given.
    expect(exposureByCurrency([{ currency: 'SEK', outstanding: 1, exposure: 5 }, { currency: 'CHF', outstanding: 1, exposure: 5 }]).map((row) => row.currency)).toEqual(['CHF', 'SEK']);
  });

  it('adds up rows already summed (the insurer’s, per tenant) by their invoice counts; an invoice with only exposure left still counts', () => {
    expect(
      exposureByCurrency([
        { currency: 'USD', outstanding: 1_000, exposure: 800, invoices: 3 },
        { currency: 'USD', outstanding: 2_000, exposure: 1_700, invoices: 4 },
        { currency: 'JPY', outstanding: 0, exposure: 1 },
      ]),
    ).toEqual([
      { currency: 'USD', invoices: 7, outstanding: 3_000, exposure: 2_500 },
      { currency: 'JPY', invoices: 1, outstanding: 0, exposure: 1 },
    ]);
    expect(exposureByCurrency([{ currency: 'KRW', outstanding: 1, exposure: 0 }])).toEqual([{ currency: 'KRW', invoices: 1, outstanding: 1, exposure: 0 }]);
    expect(exposureByCurrency([])).toEqual([]);
  });
});
