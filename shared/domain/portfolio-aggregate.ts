/**
 * The insurer's portfolio as maintained counters, so that reading it costs the same whatever
 * the number of tenants: what `portfolioOf` (./portfolio.ts) computes from every line, here
 * kept up to date line by line and read back from a handful of items.
 *
 * Three levels, each derived from the one below by a pure function:
 * - a **line** is one tenant's limit in force and exposure on one buyer, in EUR (what
 *   `portfolioOf` takes as a PortfolioLimit, without the buyer's facts);
 * - a **buyer total** adds up the buyer's lines (limit, exposure, and headroom and uncovered
 *   exposure per line, as `portfolioOf` does) beside the buyer's facts (grade, sector, country,
 *   worsening) and the capacity reserved on it;
 * - the **counters** add up what each buyer total contributes: for the whole book, each grade
 *   band, grade, sector and country, the number of buyers, Σ limit, Σ exposure, Σ headroom,
 *   Σ uncovered exposure and Σ expected loss (per buyer, rounded as `portfolioOf` rounds it);
 *   Σ exposure² for the concentration index; Σ reserved capacity.
 *
 * When a line changes, its buyer total is recomputed, and the counters take the difference
 * between what the buyer contributed before and after (`contributionOf`, `deltaOf`): the
 * counters always equal the sum over the buyer totals, exactly, because every step is integer
 * arithmetic on BigInt. `portfolioFromCounters` then answers the same figures `portfolioOf`
 * answers for the same lines, given the ten largest exposures and the buyers whose grade
 * worsened (which the data layer reads from sorted indexes, not from the counters).
 *
 * A buyer counts once it has a line with a limit or an exposure and its facts are known;
 * a line with neither is no line (as in the tenant's view).
 */
import { GRADE_BANDS, gradeBand, type GradeBand } from './grades.ts';
import { DEFAULT_RECOVERY_RATE_PERCENT, WORSENED_WINDOW_DAYS, expectedLossOf, type Breakdown, type Portfolio } from './portfolio.ts';
import { addDays } from './dates.ts';

/** One tenant's line on a buyer, in EUR minor units. */
export interface Line {
  readonly limit: number;
  readonly exposure: number;
}

/** What a buyer total knows of the buyer itself (its item, its capacity item). */
export interface BuyerFacts {
  readonly grade: number;
  readonly sector: string;
  readonly country: string;
  readonly gradeWorsenedOn?: string | undefined;
  readonly previousGrade?: number | undefined;
  readonly reservedEur: number;
}

export interface BuyerTotal {
  readonly buyerId: string;
  /** Absent while the buyer item is unknown: its lines are kept, and count once it is. */
  readonly facts?: BuyerFacts | undefined;
  readonly lines: number;
  readonly limit: number;
  readonly exposure: number;
  readonly headroom: number;
  readonly uncovered: number;
}

/** Counter name → value. Names: `<scope>|<field>`, scope `all`, `band:<b>`, `grade:<g>`, `sector:<s>`, `country:<c>`, `currency:<ccy>`. */
export type Counters = Map<string, bigint>;

const FIELDS = ['buyers', 'limit', 'exposure', 'headroom', 'uncovered', 'expectedLoss'] as const;
type Field = (typeof FIELDS)[number];

export const counterName = (scope: string, field: string): string => `${scope}|${field}`;

/** An empty buyer total, before its first line. */
export const emptyTotal = (buyerId: string, facts?: BuyerFacts): BuyerTotal => ({ buyerId, facts, lines: 0, limit: 0, exposure: 0, headroom: 0, uncovered: 0 });

/** A line that is no line: neither limit nor exposure. */
export const isEmptyLine = (line: Line | undefined): boolean => !line || (line.limit === 0 && line.exposure === 0);

/** The buyer total once `before` became `after` (either may be no line). */
export function withLine(total: BuyerTotal, before: Line | undefined, after: Line | undefined): BuyerTotal {
  const sign = (line: Line | undefined, s: 1 | -1) =>
    isEmptyLine(line)
      ? { lines: 0, limit: 0, exposure: 0, headroom: 0, uncovered: 0 }
      : {
          lines: s,
          limit: s * line!.limit,
          exposure: s * line!.exposure,
          headroom: s * Math.max(0, line!.limit - line!.exposure),
          uncovered: s * Math.max(0, line!.exposure - line!.limit),
        };
  const out = sign(before, -1);
  const add = sign(after, 1);
  const next = {
    ...total,
    lines: total.lines + out.lines + add.lines,
    limit: total.limit + out.limit + add.limit,
    exposure: total.exposure + out.exposure + add.exposure,
    headroom: total.headroom + out.headroom + add.headroom,
    uncovered: total.uncovered + out.uncovered + add.uncovered,
  };
  for (const field of ['lines', 'limit', 'exposure', 'headroom', 'uncovered'] as const) {
    if (!Number.isSafeInteger(next[field]) || next[field] < 0) throw new RangeError(`buyer ${total.buyerId}: ${field} would be ${next[field]}: the line removed was not the one counted`);
  }
  return next;
}

/** Whether the buyer is in the portfolio (a line, and its facts known). */
export const counts = (total: BuyerTotal | undefined): total is BuyerTotal & { facts: BuyerFacts } => !!total && total.lines > 0 && !!total.facts;

/** What one buyer total adds to the counters (nothing when it does not count). */
export function contributionOf(total: BuyerTotal | undefined, recoveryRatePercent = DEFAULT_RECOVERY_RATE_PERCENT): Counters {
  const counters: Counters = new Map();
  if (!counts(total)) return counters;
  const { facts } = total;
  const values: Record<Field, bigint> = {
    buyers: 1n,
    limit: BigInt(total.limit),
    exposure: BigInt(total.exposure),
    headroom: BigInt(total.headroom),
    uncovered: BigInt(total.uncovered),
    expectedLoss: BigInt(expectedLossOf(total.exposure, facts.grade, recoveryRatePercent)),
  };
  for (const scope of ['all', `band:${gradeBand(facts.grade)}`, `grade:${facts.grade}`, `sector:${facts.sector}`, `country:${facts.country}`]) {
    for (const field of FIELDS) counters.set(counterName(scope, field), values[field]);
  }
  counters.set(counterName('all', 'exposureSquared'), BigInt(total.exposure) ** 2n);
  counters.set(counterName('all', 'reservedEur'), BigInt(facts.reservedEur));
  return counters;
}

/**
 * What a tenant's own view knows of a buyer: its facts without the capacity reserved on it
 * (capacity is the insurer's, across tenants).
 */
export type LineFacts = Omit<BuyerFacts, 'reservedEur'>;

export const lineFactsOf = (facts: BuyerFacts | undefined): LineFacts | undefined => {
  if (!facts) return undefined;
  const { reservedEur: _reservedEur, ...rest } = facts;
  return rest;
};

export const sameLineFacts = (a: LineFacts | undefined, b: LineFacts | undefined): boolean =>
  a === b ||
  (!!a && !!b && a.grade === b.grade && a.sector === b.sector && a.country === b.country && a.gradeWorsenedOn === b.gradeWorsenedOn && a.previousGrade === b.previousGrade);

/**
 * What one tenant's line adds to that tenant's own counters, in its policy currency. A tenant
 * holds one line per buyer, so the line is the buyer's whole total in the tenant's view:
 * `contributionOf` of that one-line total (nothing when the line is empty or the facts
 * unknown), and `portfolioFromCounters` answers from them what `portfolioOf` answers for the
 * tenant's lines.
 */
export function lineContributionOf(buyerId: string, line: Line | undefined, facts: LineFacts | undefined): Counters {
  if (isEmptyLine(line) || !facts) return new Map();
  return contributionOf(withLine(emptyTotal(buyerId, { ...facts, reservedEur: 0 }), undefined, line));
}

/** What the (sector, country) pair of the buyer adds to that pair's counters (sector alerts). */
export function pairContributionOf(total: BuyerTotal | undefined): { sector: string; country: string; counters: Counters } | undefined {
  if (!counts(total)) return undefined;
  const counters: Counters = new Map([
    [counterName('pair', 'buyers'), 1n],
    [counterName('pair', 'limit'), BigInt(total.limit)],
    [counterName('pair', 'exposure'), BigInt(total.exposure)],
  ]);
  return { sector: total.facts.sector, country: total.facts.country, counters };
}

/**
 * What each (sector, country) pair's counters take when a buyer total moves from `before` to
 * `after`: its old pair loses what it contributed, its new pair gains it (the same pair nets
 * out); pairs left unchanged are left out.
 */
export function pairDeltasOf(before: BuyerTotal | undefined, after: BuyerTotal | undefined): { sector: string; country: string; delta: Counters }[] {
  const pairs = new Map<string, { sector: string; country: string; delta: Counters }>();
  for (const [pair, sign] of [
    [pairContributionOf(before), -1n],
    [pairContributionOf(after), 1n],
  ] as const) {
    if (!pair) continue;
    const name = `${pair.sector}#${pair.country}`;
    const signed: Counters = new Map([...pair.counters].map(([counter, value]) => [counter, sign * value]));
    pairs.set(name, { sector: pair.sector, country: pair.country, delta: addCounters(pairs.get(name)?.delta ?? new Map<string, bigint>(), signed) });
  }
  return [...pairs.values()].map((pair) => ({ ...pair, delta: deltaOf(new Map(), pair.delta) })).filter((pair) => pair.delta.size > 0);
}

/** after − before, counter by counter; zero differences left out. */
export function deltaOf(before: Counters, after: Counters): Counters {
  const delta: Counters = new Map();
  for (const [name, value] of after) delta.set(name, value - (before.get(name) ?? 0n));
  for (const [name, value] of before) if (!after.has(name)) delta.set(name, -value);
  for (const [name, value] of delta) if (value === 0n) delta.delete(name);
  return delta;
}

/** Counters added up (shards, or a delta applied). */
export function addCounters(...all: readonly Counters[]): Counters {
  const sum: Counters = new Map();
  for (const counters of all) for (const [name, value] of counters) sum.set(name, (sum.get(name) ?? 0n) + value);
  return sum;
}

/** The counters of the (sector, country) pairs, for the open sector alerts. */
export interface PairFigures {
  readonly buyers: number;
  readonly limit: number;
  readonly exposure: number;
}

export function pairFiguresOf(counters: Counters): PairFigures {
  return { buyers: toNumber(counters, counterName('pair', 'buyers')), limit: toNumber(counters, counterName('pair', 'limit')), exposure: toNumber(counters, counterName('pair', 'exposure')) };
}

/** A buyer among the ten largest exposures, or among those whose grade worsened: from the sorted indexes. */
export interface RankedBuyer {
  readonly buyerId: string;
  readonly exposure: number;
  readonly grade: number;
  readonly gradeWorsenedOn?: string | undefined;
  readonly previousGrade?: number | undefined;
}

function toNumber(counters: Counters, name: string): number {
  const value = counters.get(name) ?? 0n;
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`counter ${name} is ${value}: out of range (a counter that went negative missed an update)`);
  return Number(value);
}

function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The figures `portfolioOf` answers, from the counters, the ten largest exposures (largest
 * first, ties by buyerId) and the buyers whose grade worsened lately (any order; those outside
 * the window are left out here).
 */
export function portfolioFromCounters(args: {
  counters: Counters;
  top10: readonly RankedBuyer[];
  worsened: readonly RankedBuyer[];
  currency: string;
  today: string;
  recoveryRatePercent?: number;
}): Portfolio {
  const { counters, currency, today, recoveryRatePercent = DEFAULT_RECOVERY_RATE_PERCENT } = args;
  const breakdownOf = (scope: string, key: string): Breakdown => ({
    key,
    buyers: toNumber(counters, counterName(scope, 'buyers')),
    limit: toNumber(counters, counterName(scope, 'limit')),
    exposure: toNumber(counters, counterName(scope, 'exposure')),
    headroom: toNumber(counters, counterName(scope, 'headroom')),
    expectedLoss: toNumber(counters, counterName(scope, 'expectedLoss')),
  });
  const present = (prefix: string): Breakdown[] =>
    [...counters.keys()]
      .filter((name) => name.startsWith(prefix) && name.endsWith('|buyers') && (counters.get(name) ?? 0n) > 0n)
      .map((name) => name.slice(prefix.length, -'|buyers'.length))
      .map((key) => breakdownOf(`${prefix}${key}`, key));
  const byExposure = (a: Breakdown, b: Breakdown) => b.exposure - a.exposure || compare(a.key, b.key);
  const exposure = toNumber(counters, counterName('all', 'exposure'));
  const totalBig = BigInt(exposure);
  const shareBp = (amount: number) => Number(roundHalfUp(BigInt(amount) * 10_000n, totalBig));
  const top10 = args.top10.filter((buyer) => buyer.exposure > 0).slice(0, 10);
  const squares = counters.get(counterName('all', 'exposureSquared')) ?? 0n;
  const after = addDays(today, -WORSENED_WINDOW_DAYS);
  return {
    currency,
    buyers: toNumber(counters, counterName('all', 'buyers')),
    limit: toNumber(counters, counterName('all', 'limit')),
    exposure,
    headroom: toNumber(counters, counterName('all', 'headroom')),
    uncoveredExposure: toNumber(counters, counterName('all', 'uncovered')),
    expectedLoss: toNumber(counters, counterName('all', 'expectedLoss')),
    recoveryRatePercent,
    byGradeBand: (Object.keys(GRADE_BANDS) as GradeBand[]).map((band) => breakdownOf(`band:${band}`, band)),
    byGrade: present('grade:').sort((a, b) => Number(a.key) - Number(b.key)),
    bySector: present('sector:').sort(byExposure),
    byCountry: present('country:').sort(byExposure),
    concentration:
      exposure === 0
        ? { top10Share: 0, herfindahl: 0, top10: [] }
        : {
            top10Share: shareBp(top10.reduce((sum, buyer) => sum + buyer.exposure, 0)),
            herfindahl: Number(roundHalfUp(squares * 10_000n, totalBig * totalBig)),
            top10: top10.map((buyer) => ({ buyerId: buyer.buyerId, exposure: buyer.exposure, shareBp: shareBp(buyer.exposure) })),
          },
    worsenedLast90Days: args.worsened
      .filter((b): b is RankedBuyer & { gradeWorsenedOn: string } => b.gradeWorsenedOn !== undefined && b.gradeWorsenedOn > after && b.gradeWorsenedOn <= today)
      .sort((a, b) => compare(b.gradeWorsenedOn, a.gradeWorsenedOn) || compare(a.buyerId, b.buyerId))
      .map((b) => ({ buyerId: b.buyerId, ...(b.previousGrade === undefined ? {} : { from: b.previousGrade }), to: b.grade, on: b.gradeWorsenedOn })),
  };
}

/** The reserved capacity of the buyers in the book, from the counters. */
export const reservedOf = (counters: Counters): number => toNumber(counters, counterName('all', 'reservedEur'));

/** How many buyers of each grade the book holds (capacity is per grade). */
export function buyersByGrade(counters: Counters): Map<number, number> {
  const out = new Map<number, number>();
  for (let grade = 1; grade <= 10; grade += 1) {
    const buyers = toNumber(counters, counterName(`grade:${grade}`, 'buyers'));
    if (buyers > 0) out.set(grade, buyers);
  }
  return out;
}

/** Utilisation of a buyer's capacity in basis points, as the insurer's view rounds it. */
export const utilisationBp = (reservedEur: number, capacityEur: number): number => (capacityEur > 0 ? Math.round((reservedEur * 10_000) / capacityEur) : 0);

// Sort keys of the indexes the data layer reads in order: ascending key = the order wanted.

const pad = (value: number, width: number) => String(value).padStart(width, '0');
/** Largest exposure first: 16 digits hold any safe integer below 10^16. */
export const exposureRank = (exposure: number): string => (10n ** 16n - 1n - BigInt(exposure)).toString().padStart(16, '0');
/** Most used capacity first (utilisation may pass 10,000 bp after a downgrade). */
export const utilisationRank = (bp: number): string => pad(9_999_999_999 - bp, 10);
/** Newest worsening first. */
export const dayRank = (day: string): string => pad(99_999_999 - Number(day.replaceAll('-', '')), 8);
