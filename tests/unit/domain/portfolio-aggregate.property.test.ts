/**
 * The maintained counters answer what `portfolioOf` answers for the same lines, whatever the
 * order the lines changed in: every change of a line moves its buyer total, and the counters
 * take the difference of what the buyer contributed before and after.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCounters,
  buyersByGrade,
  contributionOf,
  counterName,
  dayRank,
  deltaOf,
  emptyTotal,
  exposureRank,
  isEmptyLine,
  lineContributionOf,
  lineFactsOf,
  pairDeltasOf,
  pairFiguresOf,
  portfolioFromCounters,
  reservedOf,
  sameLineFacts,
  utilisationBp,
  utilisationRank,
  withLine,
  type BuyerFacts,
  type BuyerTotal,
  type Counters,
  type Line,
  type LineFacts,
} from '../../../shared/domain/portfolio-aggregate.ts';
import { portfolioOf, type PortfolioLimit } from '../../../shared/domain/portfolio.ts';

const TODAY = '2026-06-30';
const BUYERS = ['b01', 'b02', 'b03', 'b04', 'b05', 'b06', 'b07', 'b08', 'b09', 'b10', 'b11', 'b12'];
const TENANTS = ['t1', 't2', 't3'];
const SECTORS = ['C29', 'F41', 'G46'];
const COUNTRIES = ['FR', 'DE'];

const facts: fc.Arbitrary<BuyerFacts> = fc.record({
  grade: fc.integer({ min: 1, max: 10 }),
  sector: fc.constantFrom(...SECTORS),
  country: fc.constantFrom(...COUNTRIES),
  gradeWorsenedOn: fc.option(fc.constantFrom('2026-01-15', '2026-04-01', '2026-04-02', '2026-06-30', '2026-07-01'), { nil: undefined }),
  previousGrade: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  reservedEur: fc.nat(1_000_000_000),
});
const amount = fc.oneof(fc.constant(0), fc.nat(1_000_000_000), fc.constant(1_000_000_000_000));
const change = fc.record({ tenant: fc.constantFrom(...TENANTS), buyer: fc.constantFrom(...BUYERS), limit: amount, exposure: amount });

/** The state the data layer keeps: lines, buyer totals, counters (one shard is enough here). */
function replay(factsOf: Map<string, BuyerFacts>, changes: readonly { tenant: string; buyer: string; limit: number; exposure: number }[]) {
  const lines = new Map<string, Line>();
  const totals = new Map<string, BuyerTotal>();
  let counters: Counters = new Map();
  const pairs = new Map<string, Counters>();
  for (const { tenant, buyer, limit, exposure } of changes) {
    const key = `${tenant}/${buyer}`;
    const before = lines.get(key);
    const after = limit === 0 && exposure === 0 ? undefined : { limit, exposure };
    const total = totals.get(buyer) ?? emptyTotal(buyer, factsOf.get(buyer));
    const next = withLine(total, before, after);
    counters = addCounters(counters, deltaOf(contributionOf(total), contributionOf(next)));
    for (const pair of pairDeltasOf(total, next)) {
      const name = `${pair.sector}#${pair.country}`;
      pairs.set(name, addCounters(pairs.get(name) ?? new Map<string, bigint>(), pair.delta));
    }
    if (after) lines.set(key, after);
    else lines.delete(key);
    totals.set(buyer, next);
  }
  return { lines, totals, counters, pairs };
}

describe('portfolio counters', () => {
  it('answer what portfolioOf answers from the lines, after any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(facts, { minLength: BUYERS.length, maxLength: BUYERS.length }), fc.array(change, { maxLength: 60 }), fc.nat(3), (buyerFacts, changes, unknown) => {
        // Some buyers have no facts (their item unknown): their lines wait and count nowhere.
        const factsOf = new Map(BUYERS.slice(unknown).map((buyer, i) => [buyer, buyerFacts[i] as BuyerFacts]));
        const { lines, totals, counters, pairs } = replay(factsOf, changes);
        const limits: PortfolioLimit[] = [...lines].flatMap(([key, line]) => {
          const buyerId = key.split('/')[1] as string;
          const known = factsOf.get(buyerId);
          return known ? [{ buyerId, ...line, grade: known.grade, sector: known.sector, country: known.country, gradeWorsenedOn: known.gradeWorsenedOn, previousGrade: known.previousGrade }] : [];
        });
        const expected = portfolioOf({ limits, currency: 'EUR', today: TODAY });
        // The sorted indexes: buyer totals that count, by their rank keys.
        const counted = [...totals.values()].filter((t) => t.lines > 0 && t.facts);
        const ranked = counted.map((t) => ({ buyerId: t.buyerId, exposure: t.exposure, grade: t.facts!.grade, gradeWorsenedOn: t.facts!.gradeWorsenedOn, previousGrade: t.facts!.previousGrade }));
        const top10 = ranked
          .filter((b) => b.exposure > 0)
          .sort((a, b) => (`${exposureRank(a.exposure)}#${a.buyerId}` < `${exposureRank(b.exposure)}#${b.buyerId}` ? -1 : 1))
          .slice(0, 10);
        // Strict: a key present with `undefined` (a `from` where no grade came before) is a difference too.
        expect(portfolioFromCounters({ counters, top10, worsened: ranked, currency: 'EUR', today: TODAY })).toStrictEqual(expected);
        // The sector alert figures: the buyers of every pair, those with none at zero.
        for (const sector of SECTORS) {
          for (const country of COUNTRIES) {
            const under = limits.filter((l) => l.sector === sector && l.country === country);
            const buyers = new Set(under.map((l) => l.buyerId));
            expect(pairFiguresOf(pairs.get(`${sector}#${country}`) ?? new Map<string, bigint>()), `${sector} ${country}`).toEqual({
              buyers: buyers.size,
              limit: under.reduce((sum, l) => sum + l.limit, 0),
              exposure: under.reduce((sum, l) => sum + l.exposure, 0),
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  /**
   * One buyer held by two tenants (docs/domain.md, Portfolio), in EUR cents:
   *
   * | line     | limit     | exposure  | headroom = max(0, l − e) | uncovered = max(0, e − l) |
   * |----------|-----------|-----------|--------------------------|---------------------------|
   * | tenant A | 5,000,000 | 6,000,000 |                        0 |                 1,000,000 |
   * | tenant B | 2,500,000 | 1,875,000 |                  625,000 |                         0 |
   * | buyer    | 7,500,000 | 7,875,000 |                  625,000 |                 1,000,000 |
   *
   * Per line, not on the sums (which would say 0 and 375,000). Grade 3 (PD 25 bp): expected loss
   * = round(7,875,000 × 25 × 70 / 1,000,000) = round(13,781.25) = 13,781.
   */
  it('headroom and uncovered exposure are per tenant’s line: the table written out', () => {
    const facts: BuyerFacts = { grade: 3, sector: 'C29', country: 'FR', reservedEur: 0 };
    let total = emptyTotal('b1', facts);
    total = withLine(total, undefined, { limit: 5_000_000, exposure: 6_000_000 });
    total = withLine(total, undefined, { limit: 2_500_000, exposure: 1_875_000 });
    expect(total).toMatchObject({ lines: 2, limit: 7_500_000, exposure: 7_875_000, headroom: 625_000, uncovered: 1_000_000 });
    const counters = contributionOf(total);
    const portfolio = portfolioFromCounters({ counters, top10: [{ buyerId: 'b1', exposure: 7_875_000, grade: 3 }], worsened: [], currency: 'EUR', today: TODAY });
    expect(portfolio).toMatchObject({ buyers: 1, limit: 7_500_000, exposure: 7_875_000, headroom: 625_000, uncoveredExposure: 1_000_000, expectedLoss: 13_781 });
    const lines = [
      { buyerId: 'b1', grade: 3, sector: 'C29', country: 'FR', limit: 5_000_000, exposure: 6_000_000 },
      { buyerId: 'b1', grade: 3, sector: 'C29', country: 'FR', limit: 2_500_000, exposure: 1_875_000 },
    ];
    expect(portfolioOf({ limits: lines, currency: 'EUR', today: TODAY })).toEqual(portfolio);
  });

  it('a line of no limit and no exposure is no line: it counts nothing and removes nothing', () => {
    const facts: BuyerFacts = { grade: 2, sector: 'C29', country: 'FR', reservedEur: 0 };
    expect(isEmptyLine({ limit: 0, exposure: 0 })).toBe(true);
    expect(isEmptyLine({ limit: 1, exposure: 0 })).toBe(false);
    expect(isEmptyLine({ limit: 0, exposure: 1 })).toBe(false);
    const total = withLine(emptyTotal('b1', facts), undefined, { limit: 0, exposure: 0 });
    expect(total.lines).toBe(0);
    expect(contributionOf(total).size).toBe(0);
    expect(withLine(total, { limit: 0, exposure: 0 }, undefined).lines).toBe(0);
  });

  it('a buyer with no exposure adds no square; equal contributions differ by nothing', () => {
    const facts: BuyerFacts = { grade: 2, sector: 'C29', country: 'FR', reservedEur: 0 };
    const total = withLine(emptyTotal('b1', facts), undefined, { limit: 100, exposure: 0 });
    expect(contributionOf(total).get(counterName('all', 'exposureSquared')) ?? 0n).toBe(0n);
    expect(deltaOf(contributionOf(total), contributionOf(total)).size).toBe(0);
    expect([...deltaOf(contributionOf(total), contributionOf(undefined))].every(([, value]) => value !== 0n)).toBe(true);
  });

  it('a counter out of range is a defect named, not a figure: negative, or past 2^53', () => {
    const read = (value: bigint) => portfolioFromCounters({ counters: new Map([[counterName('all', 'limit'), value]]), top10: [], worsened: [], currency: 'EUR', today: TODAY });
    expect(() => read(-1n)).toThrow(RangeError);
    expect(() => read(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(RangeError);
    expect(read(BigInt(Number.MAX_SAFE_INTEGER)).limit).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('the ten largest exposures leave out buyers with none, and stop at ten', () => {
    const counters = new Map([[counterName('all', 'exposure'), 1_100n]]);
    const top10 = [{ buyerId: 'zero', exposure: 0, grade: 2 }, ...Array.from({ length: 11 }, (_, i) => ({ buyerId: `b${i}`, exposure: 100, grade: 2 }))];
    const { concentration } = portfolioFromCounters({ counters, top10, worsened: [], currency: 'EUR', today: TODAY });
    expect(concentration.top10.map((b) => b.buyerId)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9']);
    // 1,000 of 1,100 = 9,090.9 bp → 9,091; each 100 of 1,100 = 909.09 → 909.
    expect(concentration.top10Share).toBe(9_091);
    expect(concentration.top10[0]?.shareBp).toBe(909);
  });

  /**
   * Capacity, in EUR cents and basis points:
   *
   * | reserved    | capacity      | utilisation                          | rank key (ascending = most used first) |
   * |-------------|---------------|--------------------------------------|----------------------------------------|
   * | 50,000,000  | 100,000,000   | 50,000,000 × 10,000 / 10^8 = 5,000   | 9,999,999,999 − 5,000 = 9999994999     |
   * | 1           | 3             | 3,333.3 → 3,333                      | 9999996666                             |
   * | 60,000,000  | 50,000,000    | 12,000 (past capacity after a cut)   | 9999987999                             |
   * | 10          | 0 (grade 8–10)| 0                                    | 9999999999                             |
   */
  it('capacity used: utilisation, the reserved total and buyers by grade, the table written out', () => {
    expect(utilisationBp(50_000_000, 100_000_000)).toBe(5_000);
    expect(utilisationBp(1, 3)).toBe(3_333);
    expect(utilisationBp(2, 3)).toBe(6_667);
    expect(utilisationBp(60_000_000, 50_000_000)).toBe(12_000);
    expect(utilisationBp(10, 0)).toBe(0);
    expect(utilisationRank(5_000)).toBe('9999994999');
    expect(utilisationRank(3_333)).toBe('9999996666');
    expect(utilisationRank(12_000)).toBe('9999987999');
    expect(utilisationRank(0)).toBe('9999999999');
    const counters = new Map([
      [counterName('all', 'reservedEur'), 700n],
      [counterName('grade:1', 'buyers'), 2n],
      [counterName('grade:10', 'buyers'), 1n],
      [counterName('grade:5', 'buyers'), 0n],
    ]);
    expect(reservedOf(counters)).toBe(700);
    expect([...buyersByGrade(counters)]).toEqual([
      [1, 2],
      [10, 1],
    ]);
  });

  it('a buyer counts once its facts are known, with the lines it had meanwhile', () => {
    const facts: BuyerFacts = { grade: 4, sector: 'C29', country: 'FR', reservedEur: 10 };
    const waiting = withLine(emptyTotal('b1'), undefined, { limit: 100, exposure: 150 });
    expect(contributionOf(waiting).size).toBe(0);
    const known = { ...waiting, facts };
    const delta = deltaOf(contributionOf(waiting), contributionOf(known));
    expect(delta.get(counterName('all', 'buyers'))).toBe(1n);
    expect(delta.get(counterName('all', 'uncovered'))).toBe(50n);
    expect(delta.get(counterName('all', 'exposureSquared'))).toBe(22_500n);
    expect(delta.get(counterName('band:medium', 'limit'))).toBe(100n);
    expect(delta.get(counterName('all', 'reservedEur'))).toBe(10n);
  });

  it('the squares of exposures past 2^53 stay exact (counters are BigInt)', () => {
    const facts: BuyerFacts = { grade: 1, sector: 'C29', country: 'FR', reservedEur: 0 };
    const total = withLine(emptyTotal('b1', facts), undefined, { limit: 0, exposure: 9_000_000_000_000 });
    expect(contributionOf(total).get(counterName('all', 'exposureSquared'))).toBe(81_000_000_000_000_000_000_000_000n);
  });

  it('removing a line that was not counted is refused, never a negative total', () => {
    expect(() => withLine(emptyTotal('b1'), { limit: 5, exposure: 0 }, undefined)).toThrow(RangeError);
  });

  it('rank keys sort ascending in the order the view lists: largest first, newest first', () => {
    expect([exposureRank(5), exposureRank(9_007_199_254_740_991), exposureRank(0)].sort()).toEqual([exposureRank(9_007_199_254_740_991), exposureRank(5), exposureRank(0)]);
    expect(exposureRank(0)).toBe('9999999999999999');
    expect(exposureRank(9_007_199_254_740_991)).toBe('0992800745259008');
    expect([utilisationRank(0), utilisationRank(12_500), utilisationRank(10_000)].sort()).toEqual([utilisationRank(12_500), utilisationRank(10_000), utilisationRank(0)]);
    expect([dayRank('2026-01-02'), dayRank('2026-12-31'), dayRank('2025-12-31')].sort()).toEqual([dayRank('2026-12-31'), dayRank('2026-01-02'), dayRank('2025-12-31')]);
    expect(dayRank('2026-06-30')).toBe('79739369');
  });

  /**
   * A tenant's own counters, as the data layer keeps them: each line counted with the facts its
   * buyer's total held when it was last written; a change of a buyer's facts moves every line
   * of the buyer (the fan-out), in any order with the lines' own changes. After any sequence,
   * each tenant's counters answer what `portfolioOf` answers for that tenant's lines.
   */
  it('each tenant’s counters answer what portfolioOf answers for its own lines, facts changing midway', () => {
    const step = fc.oneof(
      change.map((c) => ({ kind: 'line' as const, ...c })),
      fc.record({ kind: fc.constant('facts' as const), buyer: fc.constantFrom(...BUYERS), facts: fc.option(facts, { nil: undefined }) }),
    );
    fc.assert(
      fc.property(fc.array(facts, { minLength: BUYERS.length, maxLength: BUYERS.length }), fc.array(step, { maxLength: 60 }), (initial, steps) => {
        const factsOf = new Map<string, LineFacts | undefined>(BUYERS.map((buyer, i) => [buyer, lineFactsOf(initial[i])]));
        const lines = new Map<string, { line: Line; facts: LineFacts | undefined }>();
        const counters = new Map<string, Counters>();
        const add = (tenant: string, delta: Counters) => counters.set(tenant, addCounters(counters.get(tenant) ?? new Map<string, bigint>(), delta));
        for (const s of steps) {
          if (s.kind === 'facts') {
            factsOf.set(s.buyer, lineFactsOf(s.facts));
            // The fan-out: every line of the buyer counted again with the new facts.
            for (const tenant of TENANTS) {
              const held = lines.get(`${tenant}/${s.buyer}`);
              if (!held || sameLineFacts(held.facts, factsOf.get(s.buyer))) continue;
              add(tenant, deltaOf(lineContributionOf(s.buyer, held.line, held.facts), lineContributionOf(s.buyer, held.line, factsOf.get(s.buyer))));
              held.facts = factsOf.get(s.buyer);
            }
            continue;
          }
          const key = `${s.tenant}/${s.buyer}`;
          const held = lines.get(key);
          const after = s.limit === 0 && s.exposure === 0 ? undefined : { limit: s.limit, exposure: s.exposure };
          add(s.tenant, deltaOf(lineContributionOf(s.buyer, held?.line, held?.facts), lineContributionOf(s.buyer, after, factsOf.get(s.buyer))));
          if (after) lines.set(key, { line: after, facts: factsOf.get(s.buyer) });
          else lines.delete(key);
        }
        for (const tenant of TENANTS) {
          const own = [...lines].filter(([key]) => key.startsWith(`${tenant}/`));
          const limits: PortfolioLimit[] = own.flatMap(([key, { line }]) => {
            const buyerId = key.split('/')[1] as string;
            const known = factsOf.get(buyerId);
            return known ? [{ buyerId, ...line, grade: known.grade, sector: known.sector, country: known.country, gradeWorsenedOn: known.gradeWorsenedOn, previousGrade: known.previousGrade }] : [];
          });
          const ranked = limits.map((l) => ({ buyerId: l.buyerId, exposure: l.exposure, grade: l.grade, gradeWorsenedOn: l.gradeWorsenedOn, previousGrade: l.previousGrade }));
          const top10 = ranked
            .filter((b) => b.exposure > 0)
            .sort((a, b) => (`${exposureRank(a.exposure)}#${a.buyerId}` < `${exposureRank(b.exposure)}#${b.buyerId}` ? -1 : 1))
            .slice(0, 10);
          expect(portfolioFromCounters({ counters: counters.get(tenant) ?? new Map<string, bigint>(), top10, worsened: ranked, currency: 'GBP', today: TODAY }), tenant).toStrictEqual(
            portfolioOf({ limits, currency: 'GBP', today: TODAY }),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  /**
   * One tenant's line, in its currency (GBP pence), on a buyer of grade 6, counted:
   *
   * | limit     | exposure  | headroom | uncovered | buyers | exposure²          |
   * |-----------|-----------|----------|-----------|--------|--------------------|
   * | 2,000,000 | 2,500,000 | 0        | 500,000   | 1      | 6,250,000,000,000  |
   *
   * Its capacity is the insurer's, not the tenant's: no reserved amount is counted.
   */
  it('a tenant’s line counts as the buyer’s whole total in its view, the table written out; no facts, nothing', () => {
    const lineFacts: LineFacts = { grade: 6, sector: 'F41', country: 'DE' };
    const counters = lineContributionOf('b1', { limit: 2_000_000, exposure: 2_500_000 }, lineFacts);
    expect(counters.get(counterName('all', 'buyers'))).toBe(1n);
    expect(counters.get(counterName('all', 'limit'))).toBe(2_000_000n);
    expect(counters.get(counterName('all', 'headroom'))).toBe(0n);
    expect(counters.get(counterName('all', 'uncovered'))).toBe(500_000n);
    expect(counters.get(counterName('all', 'exposureSquared'))).toBe(6_250_000_000_000n);
    expect(counters.get(counterName('sector:F41', 'exposure'))).toBe(2_500_000n);
    expect(counters.get(counterName('all', 'reservedEur'))).toBe(0n);
    expect(lineContributionOf('b1', { limit: 2_000_000, exposure: 2_500_000 }, undefined).size).toBe(0);
    expect(lineContributionOf('b1', { limit: 0, exposure: 0 }, lineFacts).size).toBe(0);
    expect(lineFactsOf({ ...lineFacts, reservedEur: 99 })).toEqual(lineFacts);
    expect(sameLineFacts(lineFacts, { ...lineFacts, gradeWorsenedOn: '2026-06-01' })).toBe(false);
    expect(sameLineFacts(lineFacts, { ...lineFacts })).toBe(true);
    // A line whose buyer is not known yet: no facts on either side is the same facts.
    expect(sameLineFacts(undefined, undefined)).toBe(true);
    expect(sameLineFacts(lineFacts, undefined)).toBe(false);
    expect(sameLineFacts(undefined, lineFacts)).toBe(false);
    // Each fact on its own moves the line in its tenant's view.
    for (const other of [{ grade: 7 }, { sector: 'C29' }, { country: 'FR' }, { gradeWorsenedOn: '2026-06-01' }, { previousGrade: 5 }]) {
      expect(sameLineFacts(lineFacts, { ...lineFacts, ...other }), JSON.stringify(other)).toBe(false);
    }
  });

  it('a buyer total that moves within its (sector, country) pair without changing what it holds moves no pair counter', () => {
    const facts: BuyerFacts = { grade: 3, sector: 'C29', country: 'FR', reservedEur: 0 };
    const total = withLine(emptyTotal('b1', facts), undefined, { limit: 100, exposure: 50 });
    // Its grade changes: the pair's buyers, limit and exposure do not.
    expect(pairDeltasOf(total, { ...total, facts: { ...facts, grade: 5 } })).toEqual([]);
    expect(pairDeltasOf(total, { ...total, facts: { ...facts, country: 'DE' } }).map((pair) => `${pair.sector}#${pair.country}`).sort()).toEqual(['C29#DE', 'C29#FR']);
  });
});
