/**
 * The portfolio view: limits and exposure by grade, sector and country, how concentrated the
 * exposure is, the expected loss, and the buyers whose grade worsened lately.
 *
 * Conventions:
 * - Amounts are integer minor units of one currency, whichever it is: a tenant's view takes
 *   its limits in the policy currency; the insurer's view takes the limits of all tenants,
 *   converted to EUR by the caller, through the same function. Sums of several portfolios
 *   are not a portfolio (concentration and HHI do not add), so there is nothing to merge here.
 * - A buyer is a `buyerId`. Several lines for the same buyer (one per tenant, in the insurer's
 *   view) are one buyer: their limits and exposures add up for `buyers`, the concentration and
 *   the expected loss. Grade, sector, country and the worsening are reference data of the
 *   buyer, so its lines must agree on them (RangeError otherwise).
 * - `limit` and `exposure` totals are plain integer sums of the inputs, so they reconcile to the
 *   cent with `GET /v1/limits` and `GET /v1/exposure/{buyerId}`; every breakdown sums to them.
 * - Headroom and uncovered exposure are per LINE: max(0, limit − exposure) and
 *   max(0, exposure − limit). An exposure above its limit borrows no headroom from another
 *   line, not even another tenant's line on the same buyer.
 * - Expected loss per buyer = PD(grade) × exposure × (1 − recovery rate), on BigInt:
 *   round_half_up(exposure × pdBp × (100 − recoveryRatePercent) / 1,000,000), then summed. It is
 *   the gross expected loss on the exposure (not capped by the limit, before cover percent).
 * - Shares are basis points of the total exposure, each rounded half up on its own:
 *   `top10Share` is the rounded share of the top ten's summed exposure, so it may differ by a
 *   basis point or so from the sum of their rounded `shareBp`.
 * - Totals are exact while below 2^53 (9,007,199,254,740,991). The HTTP edge bounds a limit at
 *   MAX_AMOUNT and a tenant's exposure on a buyer at MAX_EXPOSURE (money.ts), both 10^12: a
 *   tenant's portfolio of up to 9,007 lines at those bounds stays exact, and the insurer's in
 *   EUR up to 7,698 (a GBP line converts to at most 1.17 × 10^12). Past the safe range a total
 *   is a RangeError, never a rounded figure; products (expected loss, shares, HHI) run on BigInt.
 * - Bad input (a negative or fractional amount, a grade outside 1–10, an impossible date) is
 *   refused with a RangeError.
 */
import { addDays, assertIsoDate } from './dates.ts';
import { GRADE_BANDS, assertGrade, gradeBand, pdBasisPoints, type GradeBand } from './grades.ts';
import { assertCurrency, assertMinorUnits } from './money.ts';

/**
 * Recovery on the exposure of a defaulted buyer: 30 %. Trade creditors are unsecured and rank
 * behind secured and preferential creditors in insolvency, so their recoveries sit well below
 * the 55 % that Basel's foundation IRB assumes for senior unsecured corporate claims (LGD 45 %);
 * 30 % keeps the expected loss on the prudent side. Callers with their own recovery statistics
 * pass `recoveryRatePercent`.
 */
export const DEFAULT_RECOVERY_RATE_PERCENT = 30;

/** How far back `worsenedLast90Days` looks: the days in (today − 90, today]. */
export const WORSENED_WINDOW_DAYS = 90;

export interface PortfolioLimit {
  buyerId: string;
  grade: number;
  /** NACE section + division as given, e.g. C29. */
  sector: string;
  country: string;
  /** In force today, minor units. */
  limit: number;
  /** Outstanding + committed, minor units. */
  exposure: number;
  /** The last day the buyer's grade worsened, YYYY-MM-DD. */
  gradeWorsenedOn?: string;
  previousGrade?: number;
}

export interface Breakdown {
  key: string;
  buyers: number;
  limit: number;
  exposure: number;
  headroom: number;
  expectedLoss: number;
}

export interface Concentration {
  /** Basis points of the total exposure held by the 10 largest exposures, rounded half up; 0 when there is no exposure. */
  top10Share: number;
  /** Herfindahl–Hirschman index on the buyers' shares of exposure, 0–10,000, rounded half up; 0 when there is no exposure. */
  herfindahl: number;
  /** Buyers with exposure, largest first (ties by buyerId), at most 10. */
  top10: { buyerId: string; exposure: number; shareBp: number }[];
}

export interface Portfolio {
  currency: string;
  buyers: number;
  /** Σ limit */
  limit: number;
  /** Σ exposure */
  exposure: number;
  /** Σ max(0, limit − exposure) per line. */
  headroom: number;
  /** Σ max(0, exposure − limit) per line. */
  uncoveredExposure: number;
  /** Σ per buyer of round_half_up(PD × exposure × (1 − recovery rate)). */
  expectedLoss: number;
  recoveryRatePercent: number;
  /** low, medium, sensitive, high, defaulted: always all five, in that order. */
  byGradeBand: Breakdown[];
  /** '1'..'10', only the grades present, ascending. */
  byGrade: Breakdown[];
  /** By sector as given, exposure descending then key. */
  bySector: Breakdown[];
  /** By country, exposure descending then key. */
  byCountry: Breakdown[];
  concentration: Concentration;
  /** Buyers whose grade worsened within (today − 90, today], newest first (ties by buyerId); `to` is the grade today. */
  worsenedLast90Days: { buyerId: string; from?: number; to: number; on: string }[];
}

interface Buyer {
  buyerId: string;
  grade: number;
  sector: string;
  country: string;
  limit: number;
  exposure: number;
  headroom: number;
  uncovered: number;
  expectedLoss: number;
  gradeWorsenedOn?: string | undefined;
  previousGrade?: number | undefined;
}

export function portfolioOf(args: { limits: readonly PortfolioLimit[]; currency: string; today: string; recoveryRatePercent?: number }): Portfolio {
  const { limits, currency, today, recoveryRatePercent = DEFAULT_RECOVERY_RATE_PERCENT } = args;
  assertCurrency(currency);
  assertIsoDate(today, 'today');
  if (!Number.isInteger(recoveryRatePercent) || recoveryRatePercent < 0 || recoveryRatePercent > 100) {
    throw new RangeError(`recoveryRatePercent must be an integer from 0 to 100, got ${String(recoveryRatePercent)}`);
  }

  const buyers = buyersOf(limits);
  for (const buyer of buyers) buyer.expectedLoss = expectedLossOf(buyer.exposure, buyer.grade, recoveryRatePercent);

  const exposure = sum(buyers.map((b) => b.exposure), 'exposure');
  const byGradeBand = (Object.keys(GRADE_BANDS) as GradeBand[]).map((band) => breakdown(band, buyers.filter((b) => gradeBand(b.grade) === band)));
  const byExposure = (a: Breakdown, b: Breakdown) => b.exposure - a.exposure || compare(a.key, b.key);

  return {
    currency,
    buyers: buyers.length,
    limit: sum(buyers.map((b) => b.limit), 'limit'),
    exposure,
    headroom: sum(buyers.map((b) => b.headroom), 'headroom'),
    uncoveredExposure: sum(buyers.map((b) => b.uncovered), 'uncoveredExposure'),
    expectedLoss: sum(buyers.map((b) => b.expectedLoss), 'expectedLoss'),
    recoveryRatePercent,
    byGradeBand,
    byGrade: groupBy(buyers, (b) => String(b.grade)).sort((a, b) => Number(a.key) - Number(b.key)),
    bySector: groupBy(buyers, (b) => b.sector).sort(byExposure),
    byCountry: groupBy(buyers, (b) => b.country).sort(byExposure),
    concentration: concentrationOf(buyers, exposure),
    worsenedLast90Days: worsenedSince(buyers, today),
  };
}

/** round_half_up(exposure × pdBp × (100 − recoveryRatePercent) / (10,000 × 100)), exactly. */
export function expectedLossOf(exposure: number, grade: number, recoveryRatePercent: number): number {
  const numerator = BigInt(exposure) * BigInt(pdBasisPoints(grade)) * BigInt(100 - recoveryRatePercent);
  return Number(roundHalfUp(numerator, 1_000_000n));
}

/** One entry per buyerId, lines added up; headroom and uncovered exposure per line. */
function buyersOf(limits: readonly PortfolioLimit[]): Buyer[] {
  const buyers = new Map<string, Buyer>();
  limits.forEach((line, i) => {
    const name = `limits[${i}]`;
    assertLine(line, name);
    const headroom = Math.max(0, line.limit - line.exposure);
    const uncovered = Math.max(0, line.exposure - line.limit);
    const known = buyers.get(line.buyerId);
    if (!known) {
      buyers.set(line.buyerId, {
        buyerId: line.buyerId,
        grade: line.grade,
        sector: line.sector,
        country: line.country,
        limit: line.limit,
        exposure: line.exposure,
        headroom,
        uncovered,
        expectedLoss: 0,
        gradeWorsenedOn: line.gradeWorsenedOn,
        previousGrade: line.previousGrade,
      });
      return;
    }
    for (const field of ['grade', 'sector', 'country', 'gradeWorsenedOn', 'previousGrade'] as const) {
      if (known[field] !== line[field]) {
        throw new RangeError(`${name}.${field} is ${String(line[field])} but an earlier line of buyer ${line.buyerId} says ${String(known[field])}: a buyer's reference data is the same for every line`);
      }
    }
    known.limit = safe(known.limit + line.limit, 'limit');
    known.exposure = safe(known.exposure + line.exposure, 'exposure');
    known.headroom = safe(known.headroom + headroom, 'headroom');
    known.uncovered = safe(known.uncovered + uncovered, 'uncoveredExposure');
  });
  return [...buyers.values()];
}

function breakdown(key: string, buyers: readonly Buyer[]): Breakdown {
  return {
    key,
    buyers: buyers.length,
    limit: sum(buyers.map((b) => b.limit), 'limit'),
    exposure: sum(buyers.map((b) => b.exposure), 'exposure'),
    headroom: sum(buyers.map((b) => b.headroom), 'headroom'),
    expectedLoss: sum(buyers.map((b) => b.expectedLoss), 'expectedLoss'),
  };
}

function groupBy(buyers: readonly Buyer[], keyOf: (buyer: Buyer) => string): Breakdown[] {
  const groups = new Map<string, Buyer[]>();
  for (const buyer of buyers) {
    const key = keyOf(buyer);
    const group = groups.get(key);
    if (group) group.push(buyer);
    else groups.set(key, [buyer]);
  }
  return [...groups].map(([key, group]) => breakdown(key, group));
}

/**
 * Top 10 by exposure (ties by buyerId, so the list is the same on every run) among buyers with
 * exposure; HHI = Σ exposureᵢ² × 10,000 / (Σ exposure)², which is 10,000 for one buyer and
 * 10,000 / n for n equal buyers.
 */
function concentrationOf(buyers: readonly Buyer[], total: number): Concentration {
  if (total === 0) return { top10Share: 0, herfindahl: 0, top10: [] };
  const totalBig = BigInt(total);
  const shareBp = (amount: number) => Number(roundHalfUp(BigInt(amount) * 10_000n, totalBig));
  const exposed = buyers.filter((b) => b.exposure > 0).sort((a, b) => b.exposure - a.exposure || compare(a.buyerId, b.buyerId));
  const top10 = exposed.slice(0, 10).map((b) => ({ buyerId: b.buyerId, exposure: b.exposure, shareBp: shareBp(b.exposure) }));
  const squares = exposed.reduce((acc, b) => acc + BigInt(b.exposure) ** 2n, 0n);
  return {
    top10Share: shareBp(sum(top10.map((b) => b.exposure), 'exposure')),
    herfindahl: Number(roundHalfUp(squares * 10_000n, totalBig * totalBig)),
    top10,
  };
}

function worsenedSince(buyers: readonly Buyer[], today: string): Portfolio['worsenedLast90Days'] {
  const after = addDays(today, -WORSENED_WINDOW_DAYS);
  // Stated as what is left out, so that an unknown date is refused by its own test and not by
  // the way undefined compares with a string.
  const outside = (on: string | undefined) => on === undefined || on <= after || on > today;
  return buyers
    .filter((b): b is Buyer & { gradeWorsenedOn: string } => !outside(b.gradeWorsenedOn))
    .sort((a, b) => compare(b.gradeWorsenedOn, a.gradeWorsenedOn) || compare(a.buyerId, b.buyerId))
    .map((b) => ({ buyerId: b.buyerId, ...(b.previousGrade === undefined ? {} : { from: b.previousGrade }), to: b.grade, on: b.gradeWorsenedOn }));
}

function assertLine(line: PortfolioLimit, name: string): void {
  if (typeof line.buyerId !== 'string' || line.buyerId === '') throw new RangeError(`${name}.buyerId must be a non-empty string, got ${String(line.buyerId)}`);
  assertGrade(line.grade, `${name}.grade`);
  if (typeof line.sector !== 'string' || line.sector === '') throw new RangeError(`${name}.sector must be a non-empty NACE code, got ${String(line.sector)}`);
  if (typeof line.country !== 'string' || line.country === '') throw new RangeError(`${name}.country must be a non-empty country code, got ${String(line.country)}`);
  assertNonNegative(line.limit, `${name}.limit`);
  assertNonNegative(line.exposure, `${name}.exposure`);
  if (line.gradeWorsenedOn !== undefined) assertIsoDate(line.gradeWorsenedOn, `${name}.gradeWorsenedOn`);
  if (line.previousGrade !== undefined) assertGrade(line.previousGrade, `${name}.previousGrade`);
}

function assertNonNegative(amount: number, name: string): void {
  assertMinorUnits(amount, name);
  if (amount < 0) throw new RangeError(`${name} must not be negative, got ${amount}`);
}

/** For non-negative numerator and positive denominator: an exact half goes up. */
function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

function sum(values: readonly number[], name: string): number {
  return safe(values.reduce((a, b) => a + b, 0), name);
}

function safe(value: number, name: string): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} ${value} is beyond the safe integer range`);
  return value;
}

/** Code-unit order, so the result does not depend on the runtime's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One currency of the unpaid invoices: their outstanding in it, and what they add to exposure. */
export interface CurrencyExposure {
  currency: string;
  invoices: number;
  /** Σ outstanding, in `currency`. */
  outstanding: number;
  /** Σ what they add to exposure, in the portfolio's currency (each invoice at its issue date's rate). */
  exposure: number;
}

/**
 * Unpaid invoices grouped by their own currency, the largest exposure first (then by code):
 * the rows' `exposure` add up to the portfolio's outstanding.
 */
/** The order of the unpaid invoices by currency: largest exposure first, then by currency code. */
export const byCurrencyExposure = (a: CurrencyExposure, b: CurrencyExposure): number => b.exposure - a.exposure || (a.currency < b.currency ? -1 : 1);

export function exposureByCurrency(invoices: readonly { currency: string; outstanding: number; exposure: number; invoices?: number }[]): CurrencyExposure[] {
  const rows = new Map<string, CurrencyExposure>();
  for (const invoice of invoices) {
    if (invoice.outstanding === 0 && invoice.exposure === 0) continue;
    const row = rows.get(invoice.currency) ?? { currency: invoice.currency, invoices: 0, outstanding: 0, exposure: 0 };
    // A row already summed (the insurer's, per tenant) counts its invoices.
    row.invoices += invoice.invoices ?? 1;
    row.outstanding += invoice.outstanding;
    row.exposure += invoice.exposure;
    rows.set(invoice.currency, row);
  }
  return [...rows.values()].sort(byCurrencyExposure);
}
