/**
 * The cover check at order validation: a pure function from an order and the facts about the
 * buyer, the policy, the limit in force on the delivery date and the exposure already on the
 * buyer, to how much of the order the insurer covers and what the tenant should ask the buyer
 * for. The recommendation comes from the tenant's decision matrix (insurer grade × the tenant's
 * margin × strategic importance), except where the insurer's own rules leave no choice.
 *
 * Conventions:
 * - Amounts are integer minor units of the policy currency; margins are integer basis points.
 * - `headroom` is always the arithmetic `max(0, limit − outstanding − committed)`, also when
 *   another rule (buyer gone, terms too long, overdue) leaves the order uncovered: the tenant
 *   sees what the limit would allow once the obstacle is gone. `coveredAmount <= headroom`
 *   holds in every result.
 * - `exposure.committed` holds the orders committed BEFORE this one; this order is not in it.
 * - Rules are checked in a fixed order and the first that speaks decides; its reason comes
 *   first in `reasons`. A second reason appears only when the matrix's answer was adjusted.
 */
import { describeCountryEvent } from './country-events.ts';
import { assertIsoDate } from './dates.ts';
import { GRADES, assertGrade, type Grade } from './grades.ts';
import { maxPaymentTermsOf } from './limits.ts';
import { assertCurrency, formatMoney } from './money.ts';

/**
 * How long after the last write that opened or paid off a buyer's invoice the status index is
 * taken to hold it, and after a release the previous code to have stopped writing: longer than
 * any Lambda invocation (15 minutes), with room for the index to follow. Only then does a cover
 * check fix a buyer's count of open invoices at 0 (shared/data/orders.ts, countNoOpenInvoices).
 */
export const OPEN_INVOICES_SETTLED_MS = 1_200_000; // 20 minutes

/**
 * Whether a buyer's count of open invoices may be fixed at `now`: its last invoice change (when
 * one is recorded) and `releasedAt`, what this code has been running since, are both at least
 * OPEN_INVOICES_SETTLED_MS old. A change time that does not parse is never settled.
 */
export function openInvoicesSettled(now: Date, releasedAt: Date, invoicesChangedAt?: string): boolean {
  const lastChange = Math.max(releasedAt.getTime(), invoicesChangedAt === undefined ? 0 : Date.parse(invoicesChangedAt));
  return lastChange <= now.getTime() - OPEN_INVOICES_SETTLED_MS;
}

export const RECOMMENDATIONS = ['accept', 'accept_with_deposit', 'cash_in_advance', 'decline'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const STRATEGIC_IMPORTANCES = ['low', 'normal', 'high'] as const;
export type StrategicImportance = (typeof STRATEGIC_IMPORTANCES)[number];

export interface MatrixRule {
  /** Insurer grade band, inclusive, 1..10. */
  grades: { min: number; max: number };
  /**
   * The rule applies when the order's margin (basis points, 0..10000) is >= this; absent = any
   * margin. A rule with a threshold never applies to an order whose margin is not given: an
   * unknown margin cannot be shown to reach it, so the more prudent rules further down decide.
   */
  minMarginBp?: number;
  /** The rule applies to these importances; absent = any. */
  importance?: StrategicImportance[];
  /** Part of the order is covered: usually accept_with_deposit (deposit = the uncovered excess). */
  whenPartlyCovered: Recommendation;
  /** Nothing is covered: cash_in_advance or decline (accept_with_deposit is read as cash_in_advance). */
  whenNotCovered: Recommendation;
}

/** First matching rule wins; every (grade, importance) must reach a rule whatever the margin (see `validateMatrix`). */
export interface DecisionMatrix {
  rules: MatrixRule[];
}

/**
 * The matrix a tenant gets until it configures its own. Grades 1–5 are sound buyers: the
 * uncovered excess is worth selling against a deposit. Grades 6–7 are where the seller's own
 * stake decides: a deposit only when the margin (>= 20.00 %) pays for the residual risk or the
 * buyer matters strategically, otherwise cash in advance. Grades 8–9 are high risk: cash in
 * advance for a strategic buyer, decline otherwise. Grade 10 has defaulted: decline (the check
 * declines grade 10 before reading the matrix; the row is there so the matrix is complete).
 *
 * | rule | grades | margin    | importance | part covered        | nothing covered |
 * |------|--------|-----------|------------|---------------------|-----------------|
 * | 1    | 1–5    | any       | any        | accept_with_deposit | cash_in_advance |
 * | 2    | 6–7    | >= 20.00% | any        | accept_with_deposit | cash_in_advance |
 * | 3    | 6–7    | any       | high       | accept_with_deposit | cash_in_advance |
 * | 4    | 6–7    | any       | any        | cash_in_advance     | cash_in_advance |
 * | 5    | 8–9    | any       | high       | cash_in_advance     | cash_in_advance |
 * | 6    | 8–9    | any       | any        | decline             | decline         |
 * | 7    | 10     | any       | any        | decline             | decline         |
 */
export const DEFAULT_DECISION_MATRIX: DecisionMatrix = {
  rules: [
    { grades: { min: 1, max: 5 }, whenPartlyCovered: 'accept_with_deposit', whenNotCovered: 'cash_in_advance' },
    { grades: { min: 6, max: 7 }, minMarginBp: 2_000, whenPartlyCovered: 'accept_with_deposit', whenNotCovered: 'cash_in_advance' },
    { grades: { min: 6, max: 7 }, importance: ['high'], whenPartlyCovered: 'accept_with_deposit', whenNotCovered: 'cash_in_advance' },
    { grades: { min: 6, max: 7 }, whenPartlyCovered: 'cash_in_advance', whenNotCovered: 'cash_in_advance' },
    { grades: { min: 8, max: 9 }, importance: ['high'], whenPartlyCovered: 'cash_in_advance', whenNotCovered: 'cash_in_advance' },
    { grades: { min: 8, max: 9 }, whenPartlyCovered: 'decline', whenNotCovered: 'decline' },
    { grades: { min: 10, max: 10 }, whenPartlyCovered: 'decline', whenNotCovered: 'decline' },
  ],
};

/** Every reason code the check emits, for API docs and exhaustive handling. */
export const COVER_REASON_CODES = [
  'buyer_insolvent',
  'buyer_closed',
  'payment_terms_too_long',
  'overdue_notified',
  'country_event',
  'no_limit',
  'no_headroom',
  'partly_covered',
  'covered',
  'deposit_without_cover',
  'terms_beyond_condition',
  'mep_expired',
] as const;
export type CoverReasonCode = (typeof COVER_REASON_CODES)[number];

export interface CoverReason {
  code: CoverReasonCode;
  message: string;
}

export interface CoverCheckInput {
  /** amount in policy currency minor units (> 0, integer); paymentTermsDays 0..3650; deliveryDate YYYY-MM-DD. */
  order: { amount: number; paymentTermsDays: number; deliveryDate: string };
  currency: string;
  buyer: { grade: number; status: 'active' | 'insolvent' | 'closed' };
  policy: { maxCreditPeriodDays: number };
  /**
   * The tenant's limit that will be in force ON the delivery date (the caller already applied
   * reductions effective on or before that date and dropped temporary tranches expired by
   * then), minor units; 0 = no limit.
   */
  limitAtDelivery: number;
  /**
   * The conditions of that limit (a conditional limit's, e.g. `max_payment_terms`); absent or
   * empty = none. Only `maxPaymentTermsDays` is checked: the shortest one binds the order.
   */
  limitConditions?: readonly { code: string; maxPaymentTermsDays?: number | undefined }[];
  /** Unpaid invoices + orders already committed on this buyer (this order excluded), minor units. */
  exposure: { outstanding: number; committed: number };
  /** An overdue was notified on this buyer. */
  overdueNotified: boolean;
  /** A country event open in the buyer's country on the delivery date (the earliest, when several). */
  countryEvent?: { eventId: string; type: string; occurredOn: string; country: string };
  /**
   * The end of the maximum extension period on this buyer (YYYY-MM-DD, inclusive): the original
   * due date of its oldest unpaid invoice + maxExtensionDays, or the later due date an
   * insurer-approved extension gave. Absent when nothing is unpaid.
   */
  mepEndsOn?: string;
  /** The order's margin in basis points (0..10000), when the tenant gives it. */
  margin?: { bp: number };
  /** The default 'normal' is the caller's to apply. */
  importance: StrategicImportance;
  matrix: DecisionMatrix;
}

export interface CoverCheckResult {
  /** True when any part of the order is covered (coveredAmount > 0). */
  covered: boolean;
  /** min(amount, headroom) when the insurer's rules allow cover, else 0; never negative. */
  coveredAmount: number;
  /** amount − coveredAmount. */
  uncoveredAmount: number;
  /** max(0, limitAtDelivery − outstanding − committed). */
  headroom: number;
  recommendation: Recommendation;
  /** uncoveredAmount for accept_with_deposit, the whole amount for cash_in_advance, 0 for accept and decline. */
  depositAmount: number;
  /** Machine code + a sentence with the amounts in it; never empty. */
  reasons: CoverReason[];
}

// --- the matrix -------------------------------------------------------------------------------

/**
 * Human-readable problems with a matrix; empty when it is valid. Matrices come from storage and
 * from tenants, so the shape itself is checked too, not only the values.
 *
 * Beyond the value ranges, two rules:
 * - Completeness: for every grade 1..10 and every importance, some rule without a margin
 *   threshold applies. That is exactly "every order reaches a rule whatever its margin and
 *   importance" (an order without a margin only reaches rules without a threshold), so the
 *   check can never fall through the matrix. Rules may share the work (one rule for `high`,
 *   another for `low` and `normal`); a single catch-all per grade is the usual shape.
 * - `whenNotCovered: 'accept'` is refused: recommending a credit sale the insurer covers in no
 *   part is not a cover recommendation. (`accept_with_deposit` there is accepted and read as
 *   `cash_in_advance`, since the deposit would be the whole order.)
 */
export function validateMatrix(matrix: DecisionMatrix): string[] {
  const problems: string[] = [];
  const rules: unknown = isObject(matrix) ? matrix.rules : undefined;
  if (!Array.isArray(rules)) return ['the matrix must be an object with a list of rules'];
  if (rules.length === 0) problems.push('the matrix has no rules');

  rules.forEach((rule: unknown, index) => problems.push(...ruleProblems(rule, index + 1)));

  for (const grade of GRADES) {
    const missing = STRATEGIC_IMPORTANCES.filter((importance) => !rules.some((rule) => isCatchAllFor(rule, grade, importance)));
    if (missing.length === STRATEGIC_IMPORTANCES.length) {
      problems.push(`no rule applies to grade ${grade} whatever the margin and importance: add a rule for grade ${grade} without a margin threshold or importance list`);
    } else if (missing.length > 0) {
      problems.push(`no rule applies to grade ${grade} with importance ${missing.join(', ')} whatever the margin: add a rule without a margin threshold for ${missing.length === 1 ? 'it' : 'them'}`);
    }
  }
  return problems;
}

function ruleProblems(rule: unknown, position: number): string[] {
  const at = `rule ${position}`;
  if (!isObject(rule)) return [`${at} must be an object`];
  const problems: string[] = [];

  const grades = rule.grades;
  if (!isObject(grades)) {
    problems.push(`${at}: grades must be a band { min, max }`);
  } else {
    const { min, max } = grades;
    if (!isGradeValue(min)) problems.push(`${at}: grades.min must be an integer from 1 to 10, got ${show(min)}`);
    if (!isGradeValue(max)) problems.push(`${at}: grades.max must be an integer from 1 to 10, got ${show(max)}`);
    if (isGradeValue(min) && isGradeValue(max) && min > max) problems.push(`${at}: grades.min (${min}) is above grades.max (${max})`);
  }

  const margin = rule.minMarginBp;
  if (margin !== undefined && !isBasisPoints(margin)) {
    problems.push(`${at}: minMarginBp must be an integer number of basis points from 0 to 10000 (20.00% = 2000), got ${show(margin)}`);
  }

  const importance = rule.importance;
  if (importance !== undefined) {
    if (!Array.isArray(importance)) {
      problems.push(`${at}: importance must be a list of ${STRATEGIC_IMPORTANCES.join(', ')}`);
    } else if (importance.length === 0) {
      problems.push(`${at}: importance is empty, so the rule never applies: list importances or leave it out for any`);
    } else {
      for (const value of importance) {
        if (!isImportance(value)) problems.push(`${at}: unknown importance ${show(value)} (known: ${STRATEGIC_IMPORTANCES.join(', ')})`);
      }
    }
  }

  for (const field of ['whenPartlyCovered', 'whenNotCovered'] as const) {
    const value = rule[field];
    if (!isRecommendation(value)) problems.push(`${at}: ${field} must be one of ${RECOMMENDATIONS.join(', ')}, got ${show(value)}`);
  }
  if (rule.whenNotCovered === 'accept') {
    problems.push(`${at}: whenNotCovered cannot be accept: nothing of the order is covered then, so recommend cash_in_advance or decline`);
  }
  return problems;
}

/** A rule every order on `grade` with `importance` reaches, whatever its margin (known or not). */
function isCatchAllFor(rule: unknown, grade: Grade, importance: StrategicImportance): boolean {
  if (!isObject(rule) || !isObject(rule.grades) || rule.minMarginBp !== undefined) return false;
  const { min, max } = rule.grades;
  if (!isGradeValue(min) || !isGradeValue(max) || grade < min || grade > max) return false;
  return rule.importance === undefined || (Array.isArray(rule.importance) && rule.importance.includes(importance));
}

interface MatchedRule {
  rule: MatrixRule;
  position: number;
}

/** First matching rule. The matrix is validated first, so one always matches. */
function matrixRuleFor(input: CoverCheckInput): MatchedRule {
  const { grade } = input.buyer;
  // An unknown margin reaches no threshold (thresholds are 0 or more).
  const marginBp = input.margin?.bp ?? Number.NEGATIVE_INFINITY;
  for (const [index, rule] of input.matrix.rules.entries()) {
    if (
      grade >= rule.grades.min &&
      grade <= rule.grades.max &&
      (rule.minMarginBp === undefined || marginBp >= rule.minMarginBp) &&
      (rule.importance === undefined || rule.importance.includes(input.importance))
    ) {
      return { rule, position: index + 1 };
    }
  }
  throw new RangeError(`the decision matrix has no rule for grade ${grade} with importance ${input.importance}`);
}

// --- the check --------------------------------------------------------------------------------

/** Facts derived once from the input, so the rules below read as the insurer states them. */
interface Context {
  readonly input: CoverCheckInput;
  readonly amount: number;
  readonly headroom: number;
}

type Rule = (ctx: Context) => CoverCheckResult | undefined;

/**
 * In order; the first rule that returns a result wins.
 * 1. The buyer is gone (insolvent, closed, or grade 10 = defaulted): nothing is covered and the
 *    answer is `decline` whatever the matrix says. Even cash in advance is refused: a buyer in
 *    insolvency proceedings may not be able to take delivery or keep paying, and the insurer's
 *    own rule (grade 10 cancels every limit) leaves no room for the tenant's preference.
 * 2. Payment terms beyond the policy's maximum credit period are outside the policy (docs/domain.md):
 *    nothing is covered, the matrix says what to do with the uncovered order. Terms exactly at
 *    the maximum are covered.
 * 3. Delivered after the end of the maximum extension period (`mepEndsOn`): the policy's cover
 *    stopped that day, whether or not an overdue was notified, so nothing is covered and the
 *    answer is `cash_in_advance` whatever the matrix says (the buyer owes an invoice past its
 *    maximum extension). A delivery ON `mepEndsOn` is still covered.
 * 4. An overdue notified on the buyer: new deliveries are not covered while the claim case is
 *    open (the usual policy wording, and the insurer's loss would grow), so `cash_in_advance`
 *    whatever the matrix says: the buyer is known to pay late, and cash first keeps the tenant
 *    trading with it without new risk.
 * 4b. A country event open in the buyer's country on the delivery date (war, transfer
 *    restriction…): the money may not leave the country, so nothing is covered and the answer
 *    is `cash_in_advance` whatever the matrix says (`country_event`).
 * 5. No limit in force on the delivery date: nothing is covered, matrix `whenNotCovered`.
 * 6. Payment terms beyond what the limit's conditions allow (a conditional limit's
 *    `maxPaymentTermsDays`): the limit was granted on those terms only, so nothing is covered
 *    (`terms_beyond_condition`), matrix `whenNotCovered`. Terms exactly at the condition are
 *    covered. Terms beyond both the policy and the condition are `payment_terms_too_long` (rule
 *    2): the policy is the broader rule, and shortening the terms to the condition would not
 *    be enough if it were longer than the policy allows. A condition binds only a limit in
 *    force, hence after rule 5.
 * 7. The limit is fully used (headroom 0, also when a reduction left the exposure above the
 *    limit): nothing is covered, matrix `whenNotCovered`.
 * 8. Headroom below the amount: the headroom is covered, the excess is not; matrix
 *    `whenPartlyCovered`.
 * 9. Otherwise the whole order is covered: `accept`, whatever the matrix (it has no say on
 *    covered orders).
 */
const RULES: readonly Rule[] = [declineGoneBuyer, refuseLongTerms, refuseAfterStopOfCover, refuseAfterOverdue, refuseInCountryEvent, refuseWithoutLimit, refuseTermsBeyondCondition, refuseWithoutHeadroom, coverPartly];

export function checkCover(input: CoverCheckInput): CoverCheckResult {
  assertInput(input);
  const { limitAtDelivery, exposure } = input;
  const ctx: Context = {
    input,
    amount: input.order.amount,
    headroom: Math.max(0, limitAtDelivery - exposure.outstanding - exposure.committed),
  };
  for (const rule of RULES) {
    const result = rule(ctx);
    if (result) return result;
  }
  return coverFully(ctx);
}

function declineGoneBuyer(ctx: Context): CoverCheckResult | undefined {
  const { buyer } = ctx.input;
  // Status first: a closed buyer at grade 10 is reported as closed, which is the fact the tenant
  // can check; an active buyer at grade 10 has defaulted, which is an insolvency for cover.
  let reason: CoverReason;
  if (buyer.status === 'closed') {
    reason = because('buyer_closed', `The buyer has closed, so none of the order of ${money(ctx, ctx.amount)} is covered: decline it.`);
  } else if (buyer.status === 'insolvent' || buyer.grade === 10) {
    const state = buyer.status === 'insolvent' ? 'is insolvent' : 'has defaulted (grade 10)';
    reason = because('buyer_insolvent', `The buyer ${state}, so none of the order of ${money(ctx, ctx.amount)} is covered: decline it.`);
  } else {
    return undefined;
  }
  return result(ctx, 0, 'decline', [reason]);
}

function refuseLongTerms(ctx: Context): CoverCheckResult | undefined {
  const { order, policy } = ctx.input;
  if (order.paymentTermsDays <= policy.maxCreditPeriodDays) return undefined;
  return fromMatrixUncovered(
    ctx,
    'payment_terms_too_long',
    `Payment terms of ${days(order.paymentTermsDays)} exceed the policy's maximum credit period of ${days(policy.maxCreditPeriodDays)}, so none of the order of ${money(ctx, ctx.amount)} is covered.`,
  );
}

function refuseAfterStopOfCover(ctx: Context): CoverCheckResult | undefined {
  const { mepEndsOn, order } = ctx.input;
  if (mepEndsOn === undefined || order.deliveryDate <= mepEndsOn) return undefined;
  return result(ctx, 0, 'cash_in_advance', [
    because(
      'mep_expired',
      `Cover on this buyer stopped after ${mepEndsOn}, the end of the maximum extension period of its oldest unpaid invoice, so the delivery on ${order.deliveryDate} is not covered and, whatever the decision matrix says, the order of ${money(ctx, ctx.amount)} should be paid in advance.`,
    ),
  ]);
}

function refuseAfterOverdue(ctx: Context): CoverCheckResult | undefined {
  if (!ctx.input.overdueNotified) return undefined;
  return result(ctx, 0, 'cash_in_advance', [
    because(
      'overdue_notified',
      `An overdue has been notified on this buyer, so no new delivery is covered and, whatever the decision matrix says, the order of ${money(ctx, ctx.amount)} should be paid in advance.`,
    ),
  ]);
}

function refuseInCountryEvent(ctx: Context): CoverCheckResult | undefined {
  const event = ctx.input.countryEvent;
  if (!event) return undefined;
  return result(ctx, 0, 'cash_in_advance', [
    because(
      'country_event',
      `A country event (${describeCountryEvent(event.country, event, { withCountry: false })}) is open in ${event.country} on the delivery date ${ctx.input.order.deliveryDate}: the money may not leave the country, so no new delivery is covered and, whatever the decision matrix says, the order of ${money(ctx, ctx.amount)} should be paid in advance.`,
    ),
  ]);
}

function refuseWithoutLimit(ctx: Context): CoverCheckResult | undefined {
  const { limitAtDelivery, order } = ctx.input;
  if (limitAtDelivery > 0) return undefined;
  return fromMatrixUncovered(ctx, 'no_limit', `There is no limit on this buyer in force on the delivery date ${order.deliveryDate}, so none of the order of ${money(ctx, ctx.amount)} is covered.`);
}

function refuseTermsBeyondCondition(ctx: Context): CoverCheckResult | undefined {
  const { order, limitConditions } = ctx.input;
  const maxTerms = limitConditions ? maxPaymentTermsOf(limitConditions) : undefined;
  if (maxTerms === undefined || order.paymentTermsDays <= maxTerms) return undefined;
  return fromMatrixUncovered(
    ctx,
    'terms_beyond_condition',
    `Payment terms of ${days(order.paymentTermsDays)} exceed the ${days(maxTerms)} the conditions of the limit on this buyer allow, so none of the order of ${money(ctx, ctx.amount)} is covered.`,
  );
}

function refuseWithoutHeadroom(ctx: Context): CoverCheckResult | undefined {
  if (ctx.headroom > 0) return undefined;
  const { limitAtDelivery, exposure, order } = ctx.input;
  const used = exposure.outstanding + exposure.committed;
  const over = used - limitAtDelivery;
  const state = over > 0 ? `is ${money(ctx, over)} below the exposure of ${exposureText(ctx)}` : `is fully used by ${exposureText(ctx)}`;
  return fromMatrixUncovered(
    ctx,
    'no_headroom',
    `The limit of ${money(ctx, limitAtDelivery)} in force on ${order.deliveryDate} ${state}, so none of the order of ${money(ctx, ctx.amount)} is covered.`,
  );
}

function coverPartly(ctx: Context): CoverCheckResult | undefined {
  const { headroom, amount } = ctx;
  if (headroom >= amount) return undefined;
  const { limitAtDelivery, order } = ctx.input;
  const { rule, position } = matrixRuleFor(ctx.input);
  const recommendation = rule.whenPartlyCovered;
  return result(ctx, headroom, recommendation, [
    because(
      'partly_covered',
      `The limit of ${money(ctx, limitAtDelivery)} in force on ${order.deliveryDate} leaves ${money(ctx, headroom)} of headroom after ${exposureText(ctx)}, so ${money(ctx, headroom)} of the order of ${money(ctx, amount)} is covered and ${money(ctx, amount - headroom)} is not. ${matrixSentence(ctx, position, rule, recommendation, amount - headroom)}`,
    ),
  ]);
}

function coverFully(ctx: Context): CoverCheckResult {
  const { limitAtDelivery, order } = ctx.input;
  return result(ctx, ctx.amount, 'accept', [
    because(
      'covered',
      `The order of ${money(ctx, ctx.amount)} is fully covered: the limit of ${money(ctx, limitAtDelivery)} in force on ${order.deliveryDate} leaves ${money(ctx, ctx.headroom)} of headroom after ${exposureText(ctx)}. Accept it.`,
    ),
  ]);
}

/** Nothing covered: the matrix's `whenNotCovered`, with a deposit recommendation read as cash in advance. */
function fromMatrixUncovered(ctx: Context, code: CoverReasonCode, fact: string): CoverCheckResult {
  const { rule, position } = matrixRuleFor(ctx.input);
  const asked = rule.whenNotCovered;
  // With nothing covered the uncovered excess is the whole order, so a deposit of it IS cash in
  // advance; saying accept_with_deposit would suggest some of the order is insured.
  const recommendation: Recommendation = asked === 'accept_with_deposit' ? 'cash_in_advance' : asked;
  const reasons = [because(code, `${fact} ${matrixSentence(ctx, position, rule, recommendation, ctx.amount)}`)];
  if (asked !== recommendation) {
    reasons.push(
      because(
        'deposit_without_cover',
        `Rule ${position} of the decision matrix recommends accept_with_deposit when nothing is covered, but the deposit would then be the whole order of ${money(ctx, ctx.amount)}, so cash_in_advance is recommended instead.`,
      ),
    );
  }
  return result(ctx, 0, recommendation, reasons);
}

function result(ctx: Context, coveredAmount: number, recommendation: Recommendation, reasons: CoverReason[]): CoverCheckResult {
  const uncoveredAmount = ctx.amount - coveredAmount;
  return {
    covered: coveredAmount > 0,
    coveredAmount,
    uncoveredAmount,
    headroom: ctx.headroom,
    recommendation,
    depositAmount: depositFor(recommendation, ctx.amount, uncoveredAmount),
    reasons,
  };
}

function depositFor(recommendation: Recommendation, amount: number, uncoveredAmount: number): number {
  switch (recommendation) {
    case 'accept_with_deposit':
      return uncoveredAmount;
    case 'cash_in_advance':
      return amount;
    case 'accept':
    case 'decline':
      return 0;
  }
}

// --- sentences --------------------------------------------------------------------------------

function matrixSentence(ctx: Context, position: number, rule: MatrixRule, recommendation: Recommendation, uncovered: number): string {
  const source = `Rule ${position} of the decision matrix (${describeRule(rule)})`;
  switch (recommendation) {
    case 'accept':
      return `${source} recommends accepting the order with ${money(ctx, uncovered)} uncovered.`;
    case 'accept_with_deposit':
      return `${source} recommends accepting it against a deposit of ${money(ctx, uncovered)}, the uncovered excess.`;
    case 'cash_in_advance':
      return `${source} recommends cash in advance of ${money(ctx, ctx.amount)}, the whole order.`;
    case 'decline':
      return `${source} recommends declining the order.`;
  }
}

function describeRule(rule: MatrixRule): string {
  const { min, max } = rule.grades;
  const parts = [min === max ? `grade ${min}` : `grades ${min}–${max}`];
  if (rule.minMarginBp !== undefined) parts.push(`margin at least ${percent(rule.minMarginBp)}`);
  if (rule.importance !== undefined) parts.push(`importance ${rule.importance.join(' or ')}`);
  return parts.join(', ');
}

function exposureText(ctx: Context): string {
  const { outstanding, committed } = ctx.input.exposure;
  return `${money(ctx, outstanding)} outstanding and ${money(ctx, committed)} committed`;
}

/** 2000 bp → "20.00%": integer arithmetic, no float formatting. */
function percent(bp: number): string {
  return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`;
}

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

function money(ctx: Context, amount: number): string {
  return formatMoney(amount, ctx.input.currency);
}

function because(code: CoverReasonCode, message: string): CoverReason {
  return { code, message };
}

// --- input ------------------------------------------------------------------------------------

const MAX_PAYMENT_TERMS_DAYS = 3_650;
const BUYER_STATUSES: readonly string[] = ['active', 'insolvent', 'closed'];

/** The HTTP layer validates first, so a violation here is a programming error: RangeError. */
function assertInput(input: CoverCheckInput): void {
  const { order, buyer, policy, exposure, margin } = input;
  if (!Number.isSafeInteger(order.amount) || order.amount <= 0) {
    throw new RangeError(`order.amount must be a positive integer amount in minor units, got ${show(order.amount)}`);
  }
  if (!Number.isInteger(order.paymentTermsDays) || order.paymentTermsDays < 0 || order.paymentTermsDays > MAX_PAYMENT_TERMS_DAYS) {
    throw new RangeError(`order.paymentTermsDays must be an integer from 0 to ${MAX_PAYMENT_TERMS_DAYS}, got ${show(order.paymentTermsDays)}`);
  }
  assertIsoDate(order.deliveryDate, 'order.deliveryDate');
  assertCurrency(input.currency);
  assertGrade(buyer.grade, 'buyer.grade');
  if (!BUYER_STATUSES.includes(buyer.status)) throw new RangeError(`buyer.status must be one of ${BUYER_STATUSES.join(', ')}, got ${show(buyer.status)}`);
  if (!Number.isInteger(policy.maxCreditPeriodDays) || policy.maxCreditPeriodDays < 0 || policy.maxCreditPeriodDays > MAX_PAYMENT_TERMS_DAYS) {
    throw new RangeError(`policy.maxCreditPeriodDays must be an integer from 0 to ${MAX_PAYMENT_TERMS_DAYS}, got ${show(policy.maxCreditPeriodDays)}`);
  }
  assertNonNegativeAmount(input.limitAtDelivery, 'limitAtDelivery');
  assertConditions(input.limitConditions);
  assertNonNegativeAmount(exposure.outstanding, 'exposure.outstanding');
  assertNonNegativeAmount(exposure.committed, 'exposure.committed');
  // The headroom subtraction must stay exact.
  if (!Number.isSafeInteger(exposure.outstanding + exposure.committed)) {
    throw new RangeError(`exposure.outstanding + exposure.committed is beyond the safe integer range`);
  }
  if (input.mepEndsOn !== undefined) assertIsoDate(input.mepEndsOn, 'mepEndsOn');
  if (typeof input.overdueNotified !== 'boolean') throw new RangeError(`overdueNotified must be a boolean, got ${show(input.overdueNotified)}`);
  if (margin !== undefined && !isBasisPoints(margin.bp)) {
    throw new RangeError(`margin.bp must be an integer number of basis points from 0 to 10000 (20.00% = 2000), got ${show(margin.bp)}`);
  }
  if (!isImportance(input.importance)) throw new RangeError(`importance must be one of ${STRATEGIC_IMPORTANCES.join(', ')}, got ${show(input.importance)}`);
  const problems = validateMatrix(input.matrix);
  if (problems.length > 0) throw new RangeError(`the decision matrix is invalid: ${problems.join('; ')}`);
}

function assertConditions(conditions: CoverCheckInput['limitConditions']): void {
  if (conditions === undefined) return;
  if (!Array.isArray(conditions)) throw new RangeError(`limitConditions must be a list, got ${show(conditions)}`);
  const list: NonNullable<CoverCheckInput['limitConditions']> = conditions;
  list.forEach((condition, i) => {
    const terms = condition.maxPaymentTermsDays;
    if (terms !== undefined && (!Number.isInteger(terms) || terms < 0 || terms > MAX_PAYMENT_TERMS_DAYS)) {
      throw new RangeError(`limitConditions[${i}].maxPaymentTermsDays must be an integer from 0 to ${MAX_PAYMENT_TERMS_DAYS}, got ${show(terms)}`);
    }
  });
}

function assertNonNegativeAmount(amount: unknown, name: string): void {
  if (!Number.isSafeInteger(amount) || (amount as number) < 0) {
    throw new RangeError(`${name} must be a non-negative integer amount in minor units, got ${show(amount)}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isGradeValue(value: unknown): value is Grade {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 10;
}

function isBasisPoints(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10_000;
}

function isRecommendation(value: unknown): value is Recommendation {
  return (RECOMMENDATIONS as readonly unknown[]).includes(value);
}

function isImportance(value: unknown): value is StrategicImportance {
  return (STRATEGIC_IMPORTANCES as readonly unknown[]).includes(value);
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
