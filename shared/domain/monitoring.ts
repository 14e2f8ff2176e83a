/**
 * Monitoring: what a risk event about a buyer does to its grade, and what a regrade does to
 * the limits the insurer granted on it.
 *
 * Regrading, one event at a time:
 * - `insolvency_opened` (redressement, liquidation): grade 10, status `insolvent`.
 * - `closure`: grade 10, status `closed`.
 * - `rating_change`: the grade the insurer's analysts give (`newGrade`, required).
 * - `payment_incident`: worsens the grade by severity, `low` +1, `medium` (the default) +2,
 *   `high` +3, capped at 10. An incident is bad news only: it never improves a grade.
 * - `financials`: the analysts' `newGrade` when given; otherwise the statements move the grade
 *   by severity: `low` improves it by 1 (never below 1), `medium` leaves it, `high` worsens it
 *   by 1 (never above 10).
 * A buyer that is `insolvent` or `closed` is gone: no later rating or statement brings it back
 * below grade 10, and its status stays. Reinstating a buyer is an underwriter's act, not an
 * event feed's.
 *
 * Limits after a regrade (`limitActionAfterRegrade`):
 * - Grade 10, insolvency or closure: every limit on the buyer is cancelled.
 * - A downgrade to a grade listed in `keepPercentByGrade` (8 and 9 by default): the limit is
 *   reduced to that share of the limit in force, rounded DOWN to the limit step (1,000 of the
 *   currency). The shares are of the limit held before the buyer entered the listed grades:
 *   a buyer going 7 → 8 → 9 ends at 25 % like one going 7 → 9 (the second cut keeps 25/50
 *   of what the first left). An improvement, an unchanged grade or a cut that would not lower
 *   the limit does nothing: the insurer never raises a limit through monitoring.
 * - A cut applies to deliveries made `noticeDays` (30) after the notice; events flagged
 *   `urgent` apply at once (deliveries from today).
 * - A cancellation because the buyer is gone (grade 10, insolvent, closed) gets no notice: the
 *   cover check declines such a buyer at once, and the limit never says otherwise. An
 *   insolvency applies from the day it was opened (`occurredOn`), even when recorded later:
 *   deliveries after that day were never covered.
 * - The temporary tranche goes first: a reduced limit keeps a temporary tranche only for the
 *   part of the kept total above the permanent amount.
 *
 * A limit may already carry a pending reduction. A later notice replaces it only where it is
 * harsher: `mergeReduction` keeps the lower amount and the earlier effective date, so a second
 * notice can never loosen the first.
 */
import { addDays, assertIsoDate } from './dates.ts';
import { GRADES, assertGrade, isGrade, type Grade } from './grades.ts';
import { totalOf, type Reason, type Tranche } from './limits.ts';
import { assertCurrency, assertMinorUnits, formatMoney, roundDownToUnit, unitFor } from './money.ts';

export const RISK_EVENT_TYPES = ['insolvency_opened', 'payment_incident', 'rating_change', 'financials', 'closure'] as const;
export type RiskEventType = (typeof RISK_EVENT_TYPES)[number];
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type BuyerStatus = 'active' | 'insolvent' | 'closed';
const BUYER_STATUSES: readonly string[] = ['active', 'insolvent', 'closed'];

export interface RiskEventInput {
  type: RiskEventType;
  /** YYYY-MM-DD. */
  occurredOn: string;
  severity?: Severity;
  /** The insurer wants the limit action at once, without notice. */
  urgent?: boolean;
  /** Required for `rating_change`; optional for `financials`. */
  newGrade?: number;
}

export interface Regrade {
  grade: Grade;
  status: BuyerStatus;
  changed: boolean;
  reasons: Reason[];
  /** The grade and status before the event; `regrade` always fills it, and the limit rules read it to tell a downgrade from an improvement. */
  from?: { grade: Grade; status: BuyerStatus };
}

/** Every reason code this module emits. */
export const MONITORING_REASON_CODES = [
  'insolvency_opened',
  'closure',
  'rating_change',
  'payment_incident',
  'financials',
  'grade_held',
  'limit_cancelled',
  'limit_reduced',
] as const;
export type MonitoringReasonCode = (typeof MONITORING_REASON_CODES)[number];

const INCIDENT_STEPS: Readonly<Record<Severity, number>> = { low: 1, medium: 2, high: 3 };
const FINANCIALS_STEPS: Readonly<Record<Severity, number>> = { low: -1, medium: 0, high: 1 };

/** Pure: the buyer's grade and status after one risk event. */
export function regrade(buyer: { buyerId: string; grade: number; status: BuyerStatus }, event: RiskEventInput): Regrade {
  assertGrade(buyer.grade, 'buyer.grade');
  if (!BUYER_STATUSES.includes(buyer.status)) throw new RangeError(`buyer.status must be one of ${BUYER_STATUSES.join(', ')}, got ${String(buyer.status)}`);
  assertEvent(event);
  const from = { grade: buyer.grade, status: buyer.status };
  const { buyerId } = buyer;
  const on = event.occurredOn;

  let grade: Grade;
  let status: BuyerStatus = buyer.status;
  let reason: Reason;
  switch (event.type) {
    case 'insolvency_opened':
      grade = 10;
      status = 'insolvent';
      reason = because('insolvency_opened', `Insolvency proceedings were opened against buyer ${buyerId} on ${on}: it moves from grade ${from.grade} to grade 10 and is insolvent.`);
      break;
    case 'closure':
      grade = 10;
      status = 'closed';
      reason = because('closure', `Buyer ${buyerId} closed on ${on}: it moves from grade ${from.grade} to grade 10 and is closed.`);
      break;
    case 'rating_change':
      grade = event.newGrade as Grade;
      reason = because('rating_change', `Buyer ${buyerId} was rated again on ${on}: ${moved(from.grade, grade)}.`);
      break;
    case 'payment_incident': {
      const severity = event.severity ?? 'medium';
      grade = clampGrade(from.grade + INCIDENT_STEPS[severity]);
      reason = because('payment_incident', `A ${severity}-severity payment incident on buyer ${buyerId} on ${on}: ${moved(from.grade, grade)}.`);
      break;
    }
    case 'financials': {
      const severity = event.severity ?? 'medium';
      grade = event.newGrade === undefined ? clampGrade(from.grade + FINANCIALS_STEPS[severity]) : (event.newGrade as Grade);
      const basis = event.newGrade === undefined ? `${severity === 'low' ? 'reassuring' : severity === 'high' ? 'worrying' : 'neutral'} financial statements` : 'financial statements reviewed by the analysts';
      reason = because('financials', `Buyer ${buyerId} filed ${basis} on ${on}: ${moved(from.grade, grade)}.`);
      break;
    }
  }

  const reasons = [reason];
  if (status !== 'active' && grade < 10) {
    reasons.push(
      because('grade_held', `Buyer ${buyerId} is ${status}, so the ${describeType(event.type)} of ${on} cannot bring it back from grade 10 to grade ${grade}: it stays at grade 10 until an underwriter reinstates it.`),
    );
    grade = 10;
  }
  return { grade, status, changed: grade !== from.grade || status !== from.status, reasons, from };
}

// --- limits after a regrade ---------------------------------------------------------------

export interface DowngradeRules {
  /** Grade → percent of the limit kept after a regrade to that grade (8 and 9 by default: 50, 25). Grades not listed: limits untouched. */
  readonly keepPercentByGrade: Readonly<Partial<Record<Grade, number>>>;
  /** Days between the notice and the deliveries the cut applies to (30). */
  readonly noticeDays: number;
}

/** Grade 8 keeps half the limit, grade 9 a quarter; deliveries from 30 days after the notice. */
export const DEFAULT_DOWNGRADE_RULES: DowngradeRules = {
  keepPercentByGrade: { 8: 50, 9: 25 },
  noticeDays: 30,
};

/** Overrides come from storage: percents are integers 0–100 on grades 1–9 (grade 10 always cancels), noticeDays an integer 0–365. */
export function assertDowngradeRules(rules: unknown): asserts rules is DowngradeRules {
  if (typeof rules !== 'object' || rules === null) throw new RangeError('downgrade rules must be an object');
  const { keepPercentByGrade, noticeDays } = rules as Record<string, unknown>;
  assertKeepPercents(keepPercentByGrade, 'rules.keepPercentByGrade', 9);
  assertNoticeDays(noticeDays, 'rules.noticeDays');
}

export interface LimitAction {
  kind: 'reduced' | 'cancelled';
  /** The limit once the action takes effect. */
  to: { amount: number; temporary?: Tranche };
  /** First delivery day the action applies to (YYYY-MM-DD): after today with notice, today at once, before today for an insolvency recorded late. */
  effectiveOn: string;
  immediate: boolean;
  reasons: Reason[];
}

/**
 * What a regrade does to one tenant's limit: grade 10, insolvency or closure → cancelled;
 * grade 8–9 (any grade in keepPercentByGrade) → reduced to keepPercent of the current total
 * (rounded down to the limit step), only if that is below the current total (never raises,
 * and a limit already at or below the target is untouched → undefined); other grades → undefined.
 * Effective `noticeDays` after `today`, or `today` (immediate) for a buyer gone (grade 10,
 * insolvent, closed), an urgent event or rules without notice; an insolvency from its
 * `occurredOn` when that is before `today` (immediate, dated back).
 * The temporary tranche is cut first (a reduced limit keeps a temporary tranche only if the kept total exceeds the permanent amount).
 *
 * When `regrade.from` is known, a regrade that does not worsen the grade cuts nothing, and a
 * move between two listed grades keeps `keep[to] / keep[from]` of the current limit, so the
 * shares stay those of the limit held before the first cut. A limit already at zero is left
 * alone (undefined), a cancellation included.
 */
export function limitActionAfterRegrade(args: {
  regrade: Regrade;
  event: RiskEventInput;
  limit: { amount: number; temporary?: Tranche };
  currency: string;
  today: string;
  rules: DowngradeRules;
  buyerId: string;
}): LimitAction | undefined {
  const { regrade: after, event, limit, currency, today, rules, buyerId } = args;
  assertGrade(after.grade, 'regrade.grade');
  assertEvent(event);
  assertHeldLimit(limit, 'limit');
  assertCurrency(currency);
  assertIsoDate(today, 'today');
  assertDowngradeRules(rules);

  const current = totalOf(limit);
  if (current === 0) return undefined;
  // A buyer insolvent, closed or graded 10 is declined by the cover check at once: its limit goes at once too, without notice.
  const gone = after.grade === 10 || after.status !== 'active';
  const immediate = gone || event.urgent === true || rules.noticeDays === 0;
  // An insolvency ends cover the day it was opened, however late the insurer learns of it (never after today).
  const effectiveOn = !immediate ? addDays(today, rules.noticeDays) : event.type === 'insolvency_opened' ? earlierOf(event.occurredOn, today) : today;
  const when = whenText(effectiveOn, today, immediate, gone, event, rules.noticeDays);

  if (gone) {
    const cause = after.status === 'insolvent' ? 'is insolvent' : after.status === 'closed' ? 'has closed' : 'is graded 10 (defaulted)';
    return {
      kind: 'cancelled',
      to: { amount: 0 },
      effectiveOn,
      immediate,
      reasons: [because('limit_cancelled', `Buyer ${buyerId} ${cause}, so the limit of ${describe(limit, currency)} is cancelled ${when}.`), ...after.reasons],
    };
  }

  const keepTo = rules.keepPercentByGrade[after.grade];
  if (keepTo === undefined) return undefined;
  const from = after.from;
  if (from && from.grade >= after.grade) return undefined;
  // From an unlisted grade nothing was cut yet; from a 0 % grade the limit held was granted again after the cut: both count from 100 %.
  const keepFrom = (from ? rules.keepPercentByGrade[from.grade] : undefined) ?? 0;
  // Between two listed grades, the share is relative to the limit before the first cut.
  const [numerator, denominator] = keepFrom > 0 ? [keepTo, keepFrom] : [keepTo, 100];
  const kept = roundDownToUnit(share(current, numerator, denominator), unitFor(currency));
  if (kept >= current) return undefined;
  const to = cutTo(limit, kept);
  const reason =
    kept === 0
      ? because('limit_cancelled', `Buyer ${buyerId} is now grade ${after.grade}, where no cover is kept, so the limit of ${describe(limit, currency)} is cancelled ${when}.`)
      : because(
          'limit_reduced',
          `Buyer ${buyerId} is now grade ${after.grade}, where ${keepTo} % of the limit is kept, so the limit of ${describe(limit, currency)} is reduced to ${describe(to, currency)} ${when}.`,
        );
  return { kind: kept === 0 ? 'cancelled' : 'reduced', to, effectiveOn, immediate, reasons: [reason, ...after.reasons] };
}

/**
 * A pending reduction and a new notice on the same limit: the lower amount and the earlier
 * effective date win, so a second notice can never loosen the first.
 */
export function mergeReduction(existing: { amount: number; effectiveOn: string } | undefined, next: { amount: number; effectiveOn: string }): { amount: number; effectiveOn: string } {
  assertReduction(next, 'next');
  if (!existing) return { amount: next.amount, effectiveOn: next.effectiveOn };
  assertReduction(existing, 'existing');
  // ISO dates sort in calendar order. (A `<=` between them would leave an equivalent `<` mutant,
  // and a disable comment for it would hide the killable `>` with it.)
  const [earlier] = [existing.effectiveOn, next.effectiveOn].sort() as [string, string];
  return { amount: Math.min(existing.amount, next.amount), effectiveOn: earlier };
}

// --- helpers shared with sector alerts -----------------------------------------------------

/**
 * The limit cut down to a total of `kept` (at most its current total): the temporary tranche
 * gives way first, and survives only for the part of `kept` above the permanent amount.
 */
export function cutTo(limit: { amount: number; temporary?: Tranche }, kept: number): { amount: number; temporary?: Tranche } {
  if (kept <= limit.amount || !limit.temporary) return { amount: Math.min(kept, limit.amount) };
  return { amount: limit.amount, temporary: { amount: Math.min(kept - limit.amount, limit.temporary.amount), expiresOn: limit.temporary.expiresOn } };
}

/** floor(amount × numerator / denominator) on BigInt: exact for any safe amount. */
export function share(amount: number, numerator: number, denominator: number): number {
  return Number((BigInt(amount) * BigInt(numerator)) / BigInt(denominator));
}

export { totalOf };

// Day arithmetic moved to dates.ts; re-exported so existing imports keep working.
export { addDays, daysBetween } from './dates.ts';

export function describe(limit: { amount: number; temporary?: Tranche }, currency: string): string {
  const permanent = formatMoney(limit.amount, currency);
  return limit.temporary ? `${permanent} plus a temporary ${formatMoney(limit.temporary.amount, currency)} until ${limit.temporary.expiresOn}` : permanent;
}

export function assertKeepPercents(value: unknown, name: string, maxGrade: Grade): asserts value is Partial<Record<Grade, number>> {
  if (typeof value !== 'object' || value === null) throw new RangeError(`${name} must be an object of grade → percent`);
  for (const [key, percent] of Object.entries(value)) {
    const grade = Number(key);
    if (!isGrade(grade) || String(grade) !== key || grade > maxGrade) throw new RangeError(`${name} has key ${key}: grades run from 1 to ${maxGrade}`);
    if (!Number.isInteger(percent) || (percent as number) < 0 || (percent as number) > 100) throw new RangeError(`${name}[${key}] must be an integer percent from 0 to 100, got ${String(percent)}`);
  }
}

export function assertNoticeDays(value: unknown, name: string): asserts value is number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 365) throw new RangeError(`${name} must be an integer from 0 to 365, got ${String(value)}`);
}

/** A limit as stored: amounts in minor units, not bound to the step (underwriters are not). */
export function assertHeldLimit(limit: { amount: number; temporary?: Tranche }, name: string): void {
  assertMinorUnits(limit.amount, `${name}.amount`);
  if (limit.amount < 0) throw new RangeError(`${name}.amount must not be negative, got ${limit.amount}`);
  if (limit.temporary) {
    assertMinorUnits(limit.temporary.amount, `${name}.temporary.amount`);
    if (limit.temporary.amount < 0) throw new RangeError(`${name}.temporary.amount must not be negative, got ${limit.temporary.amount}`);
    assertIsoDate(limit.temporary.expiresOn, `${name}.temporary.expiresOn`);
  }
}

export function gradesIn(keep: Readonly<Partial<Record<Grade, number>>>): Grade[] {
  return GRADES.filter((grade) => keep[grade] !== undefined);
}

// --- internals ------------------------------------------------------------------------------

function assertEvent(event: RiskEventInput): void {
  if (!(RISK_EVENT_TYPES as readonly string[]).includes(event.type)) throw new RangeError(`event.type must be one of ${RISK_EVENT_TYPES.join(', ')}, got ${String(event.type)}`);
  assertIsoDate(event.occurredOn, 'event.occurredOn');
  if (event.severity !== undefined && !(SEVERITIES as readonly string[]).includes(event.severity)) {
    throw new RangeError(`event.severity must be one of ${SEVERITIES.join(', ')}, got ${String(event.severity)}`);
  }
  if (event.type === 'rating_change' || event.newGrade !== undefined) assertGrade(event.newGrade, 'event.newGrade');
}

function assertReduction(reduction: { amount: number; effectiveOn: string }, name: string): void {
  assertMinorUnits(reduction.amount, `${name}.amount`);
  if (reduction.amount < 0) throw new RangeError(`${name}.amount must not be negative, got ${reduction.amount}`);
  assertIsoDate(reduction.effectiveOn, `${name}.effectiveOn`);
}

/** ISO dates sort in calendar order (a comparison here would leave an equivalent mutant on the equal day). */
function earlierOf(a: string, b: string): string {
  return ([a, b].sort() as [string, string])[0];
}

function clampGrade(grade: number): Grade {
  return Math.min(10, Math.max(1, grade)) as Grade;
}

function moved(from: Grade, to: Grade): string {
  if (to === from) return `it stays at grade ${from}`;
  return `it moves from grade ${from} to grade ${to}`;
}

function describeType(type: RiskEventType): string {
  return type === 'financials' ? 'financial statements' : type.replace('_', ' ');
}

function whenText(effectiveOn: string, today: string, immediate: boolean, gone: boolean, event: RiskEventInput, noticeDays: number): string {
  if (effectiveOn < today) return `for deliveries from ${effectiveOn}, the day the insolvency was opened, although it is recorded only on ${today}`;
  if (!immediate) return `for deliveries from ${effectiveOn}, ${noticeDays} days after this notice`;
  const why = event.type === 'insolvency_opened' ? 'insolvency takes effect at once' : gone ? 'a buyer closed or graded 10 gets no notice period' : event.urgent === true ? 'the event is urgent' : 'no notice period applies';
  return `for deliveries from ${effectiveOn} (today), as ${why}`;
}

function because(code: MonitoringReasonCode, message: string): Reason {
  return { code, message };
}
