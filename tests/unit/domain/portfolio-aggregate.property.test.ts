/**
 * The maintained counters answer what `portfolioOf` answers for the same lines, whatever the
 * order the lines changed in: every change of a line moves its buyer total, and the counters
 * take the difference of what the buyer contributed before and after.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCounters,
  contributionOf,
  counterName,
  dayRank,
  deltaOf,
  emptyTotal,
  exposureRank,
  pairDeltasOf,
  pairFiguresOf,
  portfolioFromCounters,
  utilisationRank,
  withLine,
  type BuyerFacts,
  type BuyerTotal,
  type Counters,
  type Line,
} from '../../../shared/domain/portfolio-aggregate.ts';
import { portfolioOf, type PortfolioLimit } from '../../../shared/domain/portfolio.ts';

const TODAY = '2026-06-30';
const BUYERS = ['b01', 'b02', 'b03', 'b04', 'b05', 'b06', 'b07', 'b08', 'b09', 'b10', 'b11', 'b12'];
const TENANTS = ['t1', 't2', 't3'];

const facts: fc.Arbitrary<BuyerFacts> = fc.record({
  grade: fc.integer({ min: 1, max: 10 }),
  sector: fc.constantFrom('C29', 'F41', 'G46'),
  country: fc.constantFrom('FR', 'DE'),
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
        expect(portfolioFromCounters({ counters, top10, worsened: ranked, currency: 'EUR', today: TODAY })).toEqual(expected);
        // The sector alert figures: the buyers of each pair.
        for (const [pair, pairCounters] of pairs) {
          const [sector, country] = pair.split('#');
          const under = expected.bySector.length === 0 ? [] : limits.filter((l) => l.sector === sector && l.country === country);
          const buyers = new Set(under.map((l) => l.buyerId));
          expect(pairFiguresOf(pairCounters)).toEqual({ buyers: buyers.size, limit: under.reduce((s, l) => s + l.limit, 0), exposure: under.reduce((s, l) => s + l.exposure, 0) });
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
});
