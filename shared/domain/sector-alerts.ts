/**
 * Sector alerts: when insolvencies in one (NACE division, country) run well above their own
 * past, the insurer raises an alert and trims the riskiest limits in that sector ahead of the
 * losses. The cut is targeted by grade, never a blanket sector cut: blanket cuts are what
 * policyholders hold most against incumbents, and a grade-2 buyer in a bad sector is still a
 * grade-2 buyer.
 *
 * Detection (`detectSectorAlert`), for the day `today`:
 * - The window is the `windowDays` (90) calendar days ending on `today`, both ends inclusive:
 *   from `today − (windowDays − 1)` to `today`. An insolvency dated `today − windowDays` is
 *   outside it; one dated after `today` is not counted anywhere (it has not happened yet).
 * - The baseline is the `baselineMonths` (12) calendar months before the window: from the
 *   window start minus `baselineMonths` (inclusive) to the window start (exclusive). Its
 *   length in days is counted, so a leap day lengthens it to 366 and the rate stays fair.
 * - An alert is raised when the window holds at least `minCount` (5) insolvencies AND the
 *   window's rate is at least `minRatio` (2) times the baseline rate. A baseline with no
 *   insolvency at all is no evidence of calm: then `minCount` alone decides.
 * - The rate test is exact: count / windowDays ≥ minRatio × baselineCount / baselineDays is
 *   decided as `count × baselineDays × 10,000 ≥ minRatio×10,000 × baselineCount × windowDays`
 *   on BigInt, with `minRatio` held to four decimals (the rules refuse more). `ratio` and
 *   `baselinePerWindow` in the result are for people and rounded to two decimals; the
 *   decision never reads them.
 *
 * Targeted cut (`sectorAlertCut`): a buyer in the alerted sector whose grade is listed in
 * `keepPercentByGrade` keeps that percent of its limit (grades 6–9 by default: 80, 60, 40, 20;
 * grades 1–5 untouched), rounded DOWN to the limit step, temporary tranche first, for
 * deliveries `noticeDays` (30) after the notice. A limit already at or below that is left
 * alone. The cut is a percent of the limit the caller passes: apply it once per alert, not
 * at every re-detection, or it compounds.
 */
import { addMonths, assertIsoDate } from './dates.ts';
import { assertGrade, type Grade } from './grades.ts';
import type { Reason, Tranche } from './limits.ts';
import { assertCurrency, roundDownToUnit, unitFor } from './money.ts';
import {
  addDays,
  assertHeldLimit,
  assertKeepPercents,
  assertNoticeDays,
  cutTo,
  daysBetween,
  describe,
  gradesIn,
  share,
  totalOf,
  type LimitAction,
} from './monitoring.ts';

export interface SectorAlertRules {
  /** Days in the rolling window, ending today inclusive (90). */
  readonly windowDays: number;
  /** Calendar months of baseline before the window, expressed per window for the comparison (12). */
  readonly baselineMonths: number;
  /** Insolvencies the window must hold at least (5). */
  readonly minCount: number;
  /** The window's rate against the baseline rate, at least (2 = twice); four decimals at most. Baseline 0: any count ≥ minCount passes. */
  readonly minRatio: number;
  /** Targeted cuts: grade → percent of the limit kept under an alert (default: grades 1–5 absent = untouched; 6: 80, 7: 60, 8: 40, 9: 20). */
  readonly keepPercentByGrade: Readonly<Partial<Record<Grade, number>>>;
  /** Days between the notice and the deliveries the cut applies to (30). */
  readonly noticeDays: number;
}

/**
 * A quarter against the year before it; five insolvencies at twice the usual pace is a trend
 * in a division of one country, not noise. The cuts deepen with the grade.
 */
export const DEFAULT_SECTOR_ALERT_RULES: SectorAlertRules = {
  windowDays: 90,
  baselineMonths: 12,
  minCount: 5,
  minRatio: 2,
  keepPercentByGrade: { 6: 80, 7: 60, 8: 40, 9: 20 },
  noticeDays: 30,
};

/** minRatio in ten-thousandths: the scale the decision runs on. */
const RATIO_SCALE = 10_000;

export function assertSectorAlertRules(rules: unknown): asserts rules is SectorAlertRules {
  if (typeof rules !== 'object' || rules === null) throw new RangeError('sector alert rules must be an object');
  const { windowDays, baselineMonths, minCount, minRatio, keepPercentByGrade, noticeDays } = rules as Record<string, unknown>;
  assertIntegerIn(windowDays, 1, 730, 'rules.windowDays');
  assertIntegerIn(baselineMonths, 1, 120, 'rules.baselineMonths');
  assertIntegerIn(minCount, 1, 1_000_000, 'rules.minCount');
  // NaN and ±Infinity fail the range comparisons, so no separate finiteness test.
  if (typeof minRatio !== 'number' || !(minRatio >= 0 && minRatio <= 1_000) || Math.round(minRatio * RATIO_SCALE) / RATIO_SCALE !== minRatio) {
    throw new RangeError(`rules.minRatio must be a number from 0 to 1000 with at most four decimals, got ${String(minRatio)}`);
  }
  assertKeepPercents(keepPercentByGrade, 'rules.keepPercentByGrade', 10);
  lowestTargetedGrade(keepPercentByGrade);
  assertNoticeDays(noticeDays, 'rules.noticeDays');
}

export interface Detection {
  raise: boolean;
  count: number;
  /** The baseline's insolvencies scaled to one window, two decimals (display only). */
  baselinePerWindow: number;
  /** Window rate over baseline rate, two decimals (display only); null when the baseline is empty. */
  ratio: number | null;
  /** First day of the window (inclusive). */
  windowStart: string;
  /** Last day of the window (inclusive): today. */
  windowEnd: string;
  reasons: Reason[];
}

export const SECTOR_ALERT_REASON_CODES = ['sector_alert_raised', 'below_min_count', 'below_baseline_ratio', 'sector_alert_cut'] as const;
export type SectorAlertReasonCode = (typeof SECTOR_ALERT_REASON_CODES)[number];

/** Insolvency dates (YYYY-MM-DD) of one (NACE division, country); see the module header for the window, the baseline and the exact comparison. */
export function detectSectorAlert(args: { sector: string; country: string; insolvencyDates: readonly string[]; today: string; rules: SectorAlertRules }): Detection {
  const { sector, country, insolvencyDates, today, rules } = args;
  assertIsoDate(today, 'today');
  assertSectorAlertRules(rules);
  insolvencyDates.forEach((date, i) => assertIsoDate(date, `insolvencyDates[${i}]`));

  const windowStart = addDays(today, -(rules.windowDays - 1));
  const baselineStart = addMonths(windowStart, -rules.baselineMonths);
  const baselineDays = daysBetween(baselineStart, windowStart);
  const count = insolvencyDates.filter((date) => date >= windowStart && date <= today).length;
  const baselineCount = insolvencyDates.filter((date) => date >= baselineStart && date < windowStart).length;

  const enough = count >= rules.minCount;
  const ratioBp = BigInt(Math.round(rules.minRatio * RATIO_SCALE));
  // An empty baseline makes the right side 0, so any count passes and minCount alone decides.
  const fast = BigInt(count) * BigInt(baselineDays) * BigInt(RATIO_SCALE) >= ratioBp * BigInt(baselineCount) * BigInt(rules.windowDays);
  const baselinePerWindow = round2((baselineCount * rules.windowDays) / baselineDays);
  const ratio = baselineCount === 0 ? null : round2((count * baselineDays) / (baselineCount * rules.windowDays));

  const where = `${sector} in ${country}`;
  const window = `the ${rules.windowDays} days from ${windowStart} to ${today}`;
  const baseline = `${baselineCount} in the ${rules.baselineMonths} months before (${baselinePerWindow} per ${rules.windowDays} days)`;
  const reasons: Reason[] = [];
  if (enough && fast) {
    reasons.push(
      because(
        'sector_alert_raised',
        ratio === null
          ? `${count} insolvencies in ${where} over ${window}, against none in the ${rules.baselineMonths} months before: at least ${rules.minCount}, so an alert is raised.`
          : `${count} insolvencies in ${where} over ${window}, against ${baseline}: ${ratio} times the usual pace, at least ${rules.minRatio} with at least ${rules.minCount} insolvencies, so an alert is raised.`,
      ),
    );
  }
  if (!enough) {
    reasons.push(because('below_min_count', `Only ${count} insolvencies in ${where} over ${window}, fewer than the ${rules.minCount} an alert needs.`));
  }
  if (!fast) {
    reasons.push(
      because('below_baseline_ratio', `${count} insolvencies in ${where} over ${window}, against ${baseline}: ${ratio} times the usual pace, below the ${rules.minRatio} an alert needs.`),
    );
  }
  return { raise: enough && fast, count, baselinePerWindow, ratio, windowStart, windowEnd: today, reasons };
}

/** The minimum grade an alert targets: the lowest grade present in keepPercentByGrade (6 by default) — the engine's `activeSectorAlerts[].minGrade`. */
export function alertMinGrade(rules: SectorAlertRules): Grade {
  assertSectorAlertRules(rules);
  return lowestTargetedGrade(rules.keepPercentByGrade);
}

/** The rules' check that at least one grade is targeted and alertMinGrade's answer, in one place. */
function lowestTargetedGrade(keepPercentByGrade: SectorAlertRules['keepPercentByGrade']): Grade {
  const [lowest] = gradesIn(keepPercentByGrade);
  if (lowest === undefined) throw new RangeError('rules.keepPercentByGrade must target at least one grade');
  return lowest;
}

/** Targeted preventive cut of one limit under an alert: undefined when the grade is not targeted or the limit is already at/below the kept amount; else the reduced limit (rounded down to the step), effective noticeDays after today, with reasons naming the alert, the grade and the percent kept. */
export function sectorAlertCut(args: {
  alertId: string;
  sector: string;
  country: string;
  grade: number;
  limit: { amount: number; temporary?: Tranche };
  currency: string;
  today: string;
  rules: SectorAlertRules;
  buyerId: string;
}): LimitAction | undefined {
  const { alertId, sector, country, grade, limit, currency, today, rules, buyerId } = args;
  assertGrade(grade, 'grade');
  assertHeldLimit(limit, 'limit');
  assertCurrency(currency);
  assertIsoDate(today, 'today');
  assertSectorAlertRules(rules);

  const keep = rules.keepPercentByGrade[grade];
  if (keep === undefined) return undefined;
  const current = totalOf(limit);
  const kept = roundDownToUnit(share(current, keep, 100), unitFor(currency));
  if (kept >= current) return undefined;

  const to = cutTo(limit, kept);
  const immediate = rules.noticeDays === 0;
  const effectiveOn = addDays(today, rules.noticeDays);
  const when = immediate ? `for deliveries from ${effectiveOn} (today)` : `for deliveries from ${effectiveOn}, ${rules.noticeDays} days after this notice`;
  const outcome = kept === 0 ? 'cancelled' : `reduced to ${describe(to, currency)}`;
  return {
    kind: kept === 0 ? 'cancelled' : 'reduced',
    to,
    effectiveOn,
    immediate,
    reasons: [
      because(
        'sector_alert_cut',
        `Sector alert ${alertId} on ${sector} in ${country}: buyer ${buyerId} is grade ${grade}, which keeps ${keep} % of its limit, so the limit of ${describe(limit, currency)} is ${outcome} ${when}.`,
      ),
    ],
  };
}

function assertIntegerIn(value: unknown, min: number, max: number, name: string): void {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function because(code: SectorAlertReasonCode, message: string): Reason {
  return { code, message };
}
