/**
 * Overdues, collections and claims: the notification deadline and its warnings, payments
 * collected before the date of loss, the indemnity and the sharing of later recoveries.
 *
 * Conventions the rest of the system relies on:
 * - Amounts are integer minor units of the policy currency, excluding VAT (what invoices
 *   store). Percentages are integers and every division rounds DOWN on BigInt, so no result is
 *   a float and the insurer never pays a fraction of a minor unit more than the policy says.
 * - Sums are exact: a claim names at most 90 invoices (the notification's bound) of at most
 *   MAX_AMOUNT each (money.ts), 9 × 10^13, and `× coverPercent` runs on BigInt.
 * - Dates are `YYYY-MM-DD` (UTC) given by the caller: nothing here reads a clock.
 * - Bad input (an impossible date, a negative or fractional amount, a due date before the
 *   issue date, a duplicated invoice id) is refused with a RangeError, not silently repaired.
 *
 * The indemnity, step by step (`computeIndemnity`):
 * 1. An invoice is within cover when a limit was in force on its delivery (issue) date (a
 *    time-limited approval only up to its `expiresOn`), its payment terms (due − issue) are at
 *    most `maxCreditPeriodDays` and at most what the conditions of that limit allow
 *    (`maxPaymentTermsDays`), and it was delivered on or before the end of the maximum extension
 *    period (`mepEndsOn`, when the claim knows it). Other invoices give nothing.
 * 2. Invoices within cover are taken in delivery order; each adds at most what the limit in
 *    force at its delivery leaves above the covered parts before it. The sum is the covered loss.
 * 3. Nothing is paid when the covered loss is at or below `claimThreshold`.
 * 4. Otherwise floor(covered loss × coverPercent / 100) − deductible, never below zero,
 * 5. and never more than what `maxLiability` leaves for the policy year.
 */
import { addDays, assertIsoDate, daysBetween } from './dates.ts';
import { assertCurrency, assertMinorUnits, formatMoney } from './money.ts';
import { conversionRate, conversionText, convert, type RatesOn } from './fx.ts';
import { policyYear } from './premium.ts';

/** An invoice of a claim: amount and outstanding EXCLUDING VAT (that is what invoices store), delivered on its issue date. */
export interface ClaimInvoice {
  invoiceId: string;
  /** In `currency` (the policy currency when absent). */
  amount: number;
  outstanding: number;
  issueDate: string;
  dueDate: string;
  /** The invoice's own currency, when it is not the policy currency. */
  currency?: string | undefined;
  /**
   * With `currency`: what is outstanding in the policy currency at the rate of the issue date
   * (what the invoice adds to exposure). Collections before the date of loss are in the policy
   * currency and are taken from it.
   */
  outstandingInPolicyCurrency?: number | undefined;
}

/**
 * The tenant's limit on the buyer from `from` (YYYY-MM-DD, inclusive) on: the whole limit
 * (permanent + temporary) in force that day. A cancellation is a step to 0.
 */
export interface LimitStep {
  from: string;
  total: number;
  /**
   * The day the step was decided, when known. A step decided on or after its `from` (a decision
   * that acts at once, or an insolvency recorded after the day it was opened) overtakes the
   * steps decided before it that start on or after its `from` and allow at least as much: they
   * were notices or grants the later decision ends. A step decided before its `from` is a
   * notice and overtakes nothing.
   */
  recordedOn?: string;
  /** The shortest payment term the limit's conditions allow; absent = the conditions limit no terms. */
  maxPaymentTermsDays?: number | undefined;
  /**
   * A time-limited approval: the step gives no cover for deliveries after this day (inclusive
   * up to it), until a later step. Absent = until the next step.
   */
  expiresOn?: string | undefined;
}

/** Every reason code this module emits, for API docs and exhaustive handling. */
export const CLAIM_REASON_CODES = [
  // one per invoice
  'covered',
  'capped_by_limit',
  'limit_exhausted',
  'nothing_outstanding',
  'no_limit_at_delivery',
  'terms_beyond_policy',
  // the claim as a whole
  'invoices_not_covered',
  'limit_cap',
  'below_threshold',
  'cover_percent',
  'deductible',
  'max_liability',
  // one per invoice
  'terms_beyond_condition',
  'delivered_after_stop_of_cover',
  // the claim as a whole
  'policy_in_force',
  'aggregate_first_loss',
  'collection_costs',
  // one per invoice in another currency than the policy's
  'currency_converted',
] as const;
export type ClaimReasonCode = (typeof CLAIM_REASON_CODES)[number];

/** Machine code + one human sentence with the numbers in it. */
export interface Reason {
  code: ClaimReasonCode;
  message: string;
}

// --- limits in force --------------------------------------------------------------------------

/**
 * The limit in force on `day`: the step with the latest `from` on or before it, 0 before the
 * first step and after the `expiresOn` of a time-limited one. Steps without `recordedOn` may
 * come in any order; of two steps with the same `from`, the one later in the list wins (a second
 * decision on the same day supersedes the first). Steps with `recordedOn` come in the order they
 * were decided: one decided on or after its `from` overtakes the earlier steps it ends (see
 * `LimitStep.recordedOn`), so an insolvency recorded on day 45 and dated day 3 leaves no cover
 * from day 3, whatever was granted or notified between.
 */
export function limitOnDay(steps: readonly LimitStep[], day: string): number {
  assertIsoDate(day, 'day');
  assertSteps(steps);
  const step = stepOnDay(steps, day);
  return step && !expiredOn(step, day) ? step.total : 0;
}

function stepOnDay(steps: readonly LimitStep[], day: string): LimitStep | undefined {
  let inForce: LimitStep | undefined;
  steps.forEach((step, index) => {
    if (step.from <= day && !overtaken(step, steps.slice(index + 1)) && (inForce === undefined || step.from >= inForce.from)) inForce = step;
  });
  return inForce;
}

/** A time-limited approval covers deliveries up to and including its `expiresOn`. */
function expiredOn(step: LimitStep, day: string): step is LimitStep & { expiresOn: string } {
  return (step.expiresOn ?? day) < day;
}

/** Whether a step decided later ends `step`: it acts from its own day or earlier (not a notice), from no later than `step`, and allows no more. */
function overtaken(step: LimitStep, later: readonly LimitStep[]): boolean {
  return later.some((next) => (next.recordedOn ?? '') >= next.from && next.from <= step.from && next.total <= step.total);
}

// --- the notification deadline ----------------------------------------------------------------

/**
 * The end of the maximum extension period (MEP) on a buyer, inclusive: the ORIGINAL due date of
 * its oldest unpaid invoice + maxExtensionDays; a later due date the insurer approved for that
 * invoice (a referred extension) replaces it. An earlier one changes nothing: the policyholder
 * grants extensions up to the MEP on its own, and the original due date stays the reference.
 * Goods delivered after this day are not covered (stop of cover).
 */
export function maxExtensionPeriodEnd(oldestUnpaid: { dueDate: string; extendedDueDate?: string | undefined }, maxExtensionDays: number): string {
  assertIsoDate(oldestUnpaid.dueDate, 'oldestUnpaid.dueDate');
  assertDays(maxExtensionDays, 'maxExtensionDays');
  const end = addDays(oldestUnpaid.dueDate, maxExtensionDays);
  const extended = oldestUnpaid.extendedDueDate;
  if (extended === undefined) return end;
  assertIsoDate(extended, 'oldestUnpaid.extendedDueDate');
  return extended > end ? extended : end;
}

/**
 * The notification deadline: the end of the maximum extension period + notificationPeriodDays
 * (inclusive: notifying ON the deadline is in time). With no notification period (0, the
 * default) it is the MEP itself: the oldest unpaid due date + maxExtensionDays.
 */
export function notificationDeadline(mepEndsOn: string, notificationPeriodDays: number): string {
  assertIsoDate(mepEndsOn, 'mepEndsOn');
  assertDays(notificationPeriodDays, 'notificationPeriodDays');
  return addDays(mepEndsOn, notificationPeriodDays);
}

/**
 * A request to move an invoice's due date to `newDueDate`:
 * - `not_later`: on or before the invoice's current due date (the last one granted, else the
 *   original): nothing to extend, refused;
 * - `approved`: on or before `mepEndsOn`, the policyholder's to grant: recorded, and the
 *   original due date stays the reference for every deadline;
 * - `referred`: after `mepEndsOn`: only the insurer may grant it.
 */
export function extensionOutcome(args: { currentDueDate: string; newDueDate: string; mepEndsOn: string }): 'not_later' | 'approved' | 'referred' {
  const { currentDueDate, newDueDate, mepEndsOn } = args;
  assertIsoDate(currentDueDate, 'currentDueDate');
  assertIsoDate(newDueDate, 'newDueDate');
  assertIsoDate(mepEndsOn, 'mepEndsOn');
  if (newDueDate <= currentDueDate) return 'not_later';
  return newDueDate <= mepEndsOn ? 'approved' : 'referred';
}

/** `claim.deadline_approaching` goes out 15 and then 5 days before the deadline. */
export const DEADLINE_WARNING_DAYS: readonly number[] = [15, 5];

/**
 * Warning thresholds (days before the deadline) due today for one invoice: at most one.
 *
 * A threshold's day has come when deadline − threshold ≤ today, and warnings stop after the
 * deadline. A job that missed a day catches up, but only with the nearest threshold whose day
 * has come: 4 days before the deadline the tenant gets the 5-day warning, never a stale 15-day
 * one. Once a nearer threshold was sent, a farther one that was missed is never sent.
 * `alreadyWarned` may hold values that are not thresholds; they are ignored.
 */
export function deadlineWarningsDue(args: { deadline: string; today: string; alreadyWarned: readonly number[]; thresholds?: readonly number[] }): number[] {
  const { deadline, today, alreadyWarned, thresholds = DEADLINE_WARNING_DAYS } = args;
  assertIsoDate(deadline, 'deadline');
  assertIsoDate(today, 'today');
  thresholds.forEach((days, i) => assertDays(days, `thresholds[${i}]`));
  if (today > deadline) return [];
  const daysLeft = daysBetween(today, deadline);
  const reached = thresholds.filter((days) => days >= daysLeft);
  if (reached.length === 0) return [];
  const nearest = Math.min(...reached);
  return alreadyWarned.includes(nearest) ? [] : [nearest];
}

// --- collections before the date of loss --------------------------------------------------

/** What is outstanding on an invoice in the policy currency: converted at its issue date's rate when in another currency. */
export function outstandingInPolicy(invoice: ClaimInvoice): number {
  return invoice.outstandingInPolicyCurrency ?? invoice.outstanding;
}

/** The claim's outstanding in the policy currency (invoices in another currency at their issue date's rate). */
export function totalOutstanding(invoices: readonly ClaimInvoice[]): number {
  assertInvoices(invoices);
  return invoices.reduce((sum, invoice) => sum + outstandingInPolicy(invoice), 0);
}

/**
 * Money collected from the buyer before the date of loss (in the policy currency) goes to the
 * oldest invoice first: by due date, then issue date, then id, so ties resolve the same way on
 * every run. It is taken from each invoice's outstanding in the policy currency; an invoice in
 * another currency keeps the same share of its own outstanding, rounded half up:
 *   own after = own before × policy after / policy before
 * Worked line: USD 10,000.00 booked as EUR 8,000.00, EUR 2,000.00 collected → EUR 6,000.00 and
 * USD 7,500.00 left. All of it collected leaves 0 in both.
 * `allocations` lists only the invoices that receive something, in the order they were paid,
 * in the policy currency; `invoices` comes back in the order given, as new objects with their
 * outstanding reduced. An amount ≤ 0 or above the total outstanding is refused (RangeError):
 * the HTTP layer turns the latter into a 422 first, using `totalOutstanding`.
 */
export function allocateCollection(invoices: readonly ClaimInvoice[], amount: number): { allocations: { invoiceId: string; amount: number }[]; invoices: ClaimInvoice[] } {
  const outstanding = totalOutstanding(invoices);
  assertMinorUnits(amount, 'amount');
  if (amount <= 0) throw new RangeError(`a collection must be a positive amount, got ${amount}`);
  if (amount > outstanding) throw new RangeError(`a collection of ${amount} exceeds the ${outstanding} outstanding on the claim's invoices`);

  const paid = new Map<string, number>();
  let left = amount;
  for (const invoice of [...invoices].sort(byAge)) {
    if (left === 0) break;
    const part = Math.min(outstandingInPolicy(invoice), left);
    if (part === 0) continue;
    paid.set(invoice.invoiceId, part);
    left -= part;
  }
  return {
    allocations: [...paid].map(([invoiceId, part]) => ({ invoiceId, amount: part })),
    invoices: invoices.map((invoice) => collected(invoice, paid.get(invoice.invoiceId) ?? 0)),
  };
}

/** The invoice once `part` (policy currency) of it is collected. */
function collected(invoice: ClaimInvoice, part: number): ClaimInvoice {
  if (invoice.outstandingInPolicyCurrency === undefined) return { ...invoice, outstanding: invoice.outstanding - part };
  const before = invoice.outstandingInPolicyCurrency;
  const after = before - part;
  // before > 0 whenever part > 0; part = 0 keeps the invoice as it was.
  const own = part === 0 ? invoice.outstanding : Number((2n * BigInt(invoice.outstanding) * BigInt(after) + BigInt(before)) / (2n * BigInt(before)));
  return { ...invoice, outstanding: own, outstandingInPolicyCurrency: after };
}

// --- the indemnity --------------------------------------------------------------------------

/** What stopped the money: the buyer (commercial) or its country or public status (political). */
export const RISK_TYPES = ['commercial', 'political'] as const;
export type RiskType = (typeof RISK_TYPES)[number];

/**
 * Why an overdue notified as political is refused, or undefined when it is accepted: the policy
 * must cover political risk (`political-risk-not-covered`), and the buyer must be public or every
 * invoice must have fallen due while a country event was open in the buyer's country
 * (`no-political-event`, naming the invoices that did not).
 */
export function politicalCauseRefusal(args: {
  politicalRiskCovered: boolean;
  publicBuyer: boolean;
  invoices: readonly { invoiceId: string; dueDate: string; countryEventOpen: boolean }[];
}): undefined | { slug: 'political-risk-not-covered' } | { slug: 'no-political-event'; invoiceIds: string[] } {
  if (!args.politicalRiskCovered) return { slug: 'political-risk-not-covered' };
  if (args.publicBuyer) return undefined;
  const without = args.invoices.filter((invoice) => !invoice.countryEventOpen).map((invoice) => invoice.invoiceId);
  return without.length === 0 ? undefined : { slug: 'no-political-event', invoiceIds: without };
}

export const DEDUCTIBLE_ORDERS = ['after_percent', 'before_percent'] as const;
export type DeductibleOrder = (typeof DEDUCTIBLE_ORDERS)[number];

export interface IndemnityPolicy {
  /** Integer percent (the policy schema holds 80–95; 0–100 is accepted here). */
  coverPercent: number;
  deductible: number;
  /** The non-qualifying loss: a covered loss at or below it pays nothing and uses no aggregate first loss. */
  claimThreshold: number;
  /** The most the insurer pays per policy year, as an amount; absent = only the multiple applies. */
  maxLiability?: number | undefined;
  /** The most the insurer pays per policy year, as a multiple of the year's premium; absent = only the amount applies. */
  maxLiabilityMultiple?: number | undefined;
  maxCreditPeriodDays: number;
  currency: string;
  /** `after_percent` (default): floor(net loss × cover %) − deductible; `before_percent`: floor((net loss − deductible) × cover %). */
  deductibleApplies?: DeductibleOrder | undefined;
  /** The policy year's aggregate first loss (default 0): qualifying losses use it up before any indemnity. */
  aggregateFirstLoss?: number | undefined;
  /** The version of the policy these terms come from, to name it in the breakdown. */
  version?: number | undefined;
  /** A political loss is paid at the policy's political cover percentage (then `coverPercent` is it): the sentences say so. */
  riskType?: RiskType | undefined;
}

/** The policy's maximum credit period from `from` (YYYY-MM-DD) on: the version in force at a delivery decides whether its terms were covered. */
export interface CreditPeriodStep {
  from: string;
  maxCreditPeriodDays: number;
}

export interface InvoiceCover {
  invoiceId: string;
  /** In the policy currency: for an invoice in another currency, converted at the rate in force on the date of loss. */
  outstanding: number;
  /** An invoice in another currency: its outstanding in that currency and the rate used (units for 1 EUR). */
  original?: OriginalAmount;
  /** Within cover (delivered under a limit, terms within the policy and the limit's conditions); `coveredAmount` may still be 0 when earlier deliveries used the limit up. */
  covered: boolean;
  coveredAmount: number;
  reason: Reason;
}

export interface IndemnityBreakdown {
  /** Σ outstanding of the claim's invoices at the date of loss: the loss recoveries and costs are shared by. */
  outstanding: number;
  /** Σ covered parts, after the limit cap. */
  coveredLoss: number;
  coverPercent: number;
  deductible: number;
  deductibleApplies: DeductibleOrder;
  /** The non-qualifying loss (the policy's claimThreshold). */
  nonQualifyingLoss: number;
  /** The policy year's aggregate first loss, what this claim used of it and what is left after it. */
  aggregateFirstLoss: number;
  aggregateFirstLossUsed: number;
  aggregateFirstLossLeft: number;
  /** The policy year's maximum liability in force (the lower of the amount and the multiple of the premium), when either is set. */
  maxLiability?: number;
  /** What reduced the result last: max liability wins if both did. */
  cappedBy?: 'limit' | 'max_liability';
  /** The indemnity. */
  amount: number;
  /** Collection costs incurred on the claim so far, and the insurer's share of them (floor(costs × indemnity / loss)). */
  collectionCosts: number;
  collectionCostsShare: number;
  /** The policy version whose terms made this indemnity (the one in force at the date of loss), when known. */
  policyVersion?: number;
  /** In delivery order (issue date, then due date, then id). */
  invoices: InvoiceCover[];
  /** Sentences with the numbers: invoices outside cover, limit cap, threshold, first loss, percentage, deductible, max liability, costs. */
  reasons: Reason[];
}

/**
 * An invoice is covered when delivered (issueDate) while a limit was in force on that day
 * (limitOnDay > 0: a time-limited approval covers up to its expiresOn), on terms within the
 * maximum credit period of the policy in force that day (`creditPeriods`, else the policy's) and
 * within the conditions of that limit (≤ its step's maxPaymentTermsDays), and not after the stop
 * of cover (issueDate ≤ mepEndsOn, when given). Terms beyond both are reported as beyond the
 * policy, the broader rule, as in the cover check.
 * Covered loss: invoices taken in delivery order (issueDate, then dueDate, then id); each
 * covered invoice's covered part = min(its outstanding, limitOnDay(its issueDate) − covered so
 * far), never below 0 (the limit in force at each delivery caps the cumulated exposure).
 * Retentions, in order (the policy in force at the date of loss):
 * 1. covered loss ≤ claimThreshold (the non-qualifying loss): nothing, and no first loss used;
 * 2. the aggregate first loss left before this claim is used up: used = min(left, covered loss);
 * 3. net = covered loss − used; after_percent: floor(net × coverPercent / 100) − deductible;
 *    before_percent: floor((net − deductible) × coverPercent / 100); never below 0;
 * 4. never more than the policy year's maximum liability (the lower of maxLiability and
 *    maxLiabilityMultiple × policyYearPremium) less what the year already indemnified.
 * Collection costs are shared like recoveries: the insurer bears floor(costs × indemnity /
 * outstanding), paid on top of the indemnity.
 */
export function computeIndemnity(args: {
  invoices: readonly ClaimInvoice[];
  limitSteps: readonly LimitStep[];
  policy: IndemnityPolicy;
  indemnifiedThisPolicyYear: number;
  /** The end of the maximum extension period on the buyer (inclusive); absent = no stop of cover known. */
  mepEndsOn?: string | undefined;
  /** The aggregate first loss left before this claim (see `aggregateFirstLossLeft`); absent = the policy's whole aggregate first loss. */
  aggregateFirstLossLeft?: number | undefined;
  /** The policy year's premium, which `maxLiabilityMultiple` multiplies; required when the policy sets the multiple. */
  policyYearPremium?: number | undefined;
  /** The maximum credit period of each policy version by the day it took effect; absent = the policy's, for every delivery. */
  creditPeriods?: readonly CreditPeriodStep[] | undefined;
  /** Collection costs incurred on the claim so far (default 0). */
  collectionCosts?: number | undefined;
  /** The reference rates in force on the date of loss: required when an invoice is in another currency than the policy's. */
  ratesOnDateOfLoss?: RatesOn | undefined;
}): IndemnityBreakdown {
  const { limitSteps, policy, indemnifiedThisPolicyYear, mepEndsOn, creditPeriods = [], collectionCosts = 0 } = args;
  assertInvoices(args.invoices);
  const conversions = inPolicyCurrency(args.invoices, policy.currency, args.ratesOnDateOfLoss);
  const invoices = conversions.map((conversion) => conversion.invoice);
  if (mepEndsOn !== undefined) assertIsoDate(mepEndsOn, 'mepEndsOn');
  assertSteps(limitSteps);
  assertPolicy(policy);
  assertAmount(indemnifiedThisPolicyYear, 'indemnifiedThisPolicyYear');
  assertAmount(collectionCosts, 'collectionCosts');
  creditPeriods.forEach((step, i) => {
    assertIsoDate(step.from, `creditPeriods[${i}].from`);
    assertDays(step.maxCreditPeriodDays, `creditPeriods[${i}].maxCreditPeriodDays`);
    if (i > 0 && step.from < creditPeriods[i - 1]!.from) throw new RangeError(`creditPeriods[${i}].from ${step.from} precedes the step before it`);
  });
  const { currency, coverPercent, deductible, claimThreshold } = policy;
  const deductibleApplies = policy.deductibleApplies ?? 'after_percent';
  const aggregateFirstLoss = policy.aggregateFirstLoss ?? 0;
  const firstLossLeft = args.aggregateFirstLossLeft ?? aggregateFirstLoss;
  assertAmount(firstLossLeft, 'aggregateFirstLossLeft');
  if (firstLossLeft > aggregateFirstLoss) throw new RangeError(`aggregateFirstLossLeft ${firstLossLeft} exceeds the aggregate first loss of ${aggregateFirstLoss}`);
  const maxLiability = maxLiabilityOf(policy, args.policyYearPremium);
  const money = (amount: number): string => formatMoney(amount, currency);

  const originals = new Map(conversions.flatMap((conversion) => (conversion.original ? [[conversion.invoice.invoiceId, conversion.original] as const] : [])));
  const covers = coverInvoices(invoices, limitSteps, policy, mepEndsOn, creditPeriods).map((cover) => {
    const original = originals.get(cover.invoiceId);
    return original ? { ...cover, original } : cover;
  });
  const outstanding = sum(covers.map((c) => c.outstanding));
  const coveredLoss = sum(covers.map((c) => c.coveredAmount));
  const reasons: Reason[] = covers.flatMap((cover) =>
    cover.original
      ? [
          because(
            'currency_converted',
            `Invoice ${cover.invoiceId}: ${formatMoney(cover.original.outstanding, cover.original.currency)} outstanding at the date of loss is ${money(cover.outstanding)} at the reference rate in force that day (${conversionText(cover.original.currency, policy.currency, cover.original)}), rounded half up.`,
          ),
        ]
      : [],
  );
  if (policy.version !== undefined) {
    reasons.push(
      because('policy_in_force', `Version ${policy.version} of the policy, in force on the date of loss, sets the retentions; the version in force on each delivery day decides whether its terms were covered.`),
    );
  }

  const outside = covers.filter((c) => !c.covered && c.outstanding > 0);
  if (outside.length > 0) {
    reasons.push(
      because(
        'invoices_not_covered',
        `${money(sum(outside.map((c) => c.outstanding)))} outstanding on ${count(outside.length, 'invoice')} (${outside.map((c) => c.invoiceId).join(', ')}) is outside cover and not indemnified.`,
      ),
    );
  }
  const eligible = sum(covers.filter((c) => c.covered).map((c) => c.outstanding));
  const limitCut = coveredLoss < eligible;
  if (limitCut) {
    reasons.push(
      because('limit_cap', `The limits in force at each delivery cap the covered loss at ${money(coveredLoss)} of the ${money(eligible)} outstanding on invoices within cover.`),
    );
  }
  const result = (amount: number, firstLossUsed: number, cappedBy?: IndemnityBreakdown['cappedBy']): IndemnityBreakdown => {
    const costsShare = shareOfLoss(collectionCosts, amount, outstanding);
    if (collectionCosts > 0) {
      reasons.push(
        because(
          'collection_costs',
          `Collection costs of ${money(collectionCosts)} are shared like the loss: the insurer bears ${money(costsShare)} (${money(collectionCosts)} × ${money(amount)} indemnity / ${money(outstanding)} loss, rounded down), paid on top of the indemnity.`,
        ),
      );
    }
    return {
      outstanding,
      coveredLoss,
      coverPercent,
      deductible,
      deductibleApplies,
      nonQualifyingLoss: claimThreshold,
      aggregateFirstLoss,
      aggregateFirstLossUsed: firstLossUsed,
      aggregateFirstLossLeft: firstLossLeft - firstLossUsed,
      ...(maxLiability !== undefined ? { maxLiability } : {}),
      ...(cappedBy ? { cappedBy } : {}),
      amount,
      collectionCosts,
      collectionCostsShare: costsShare,
      ...(policy.version !== undefined ? { policyVersion: policy.version } : {}),
      invoices: covers,
      reasons,
    };
  };

  if (coveredLoss <= claimThreshold) {
    reasons.push(
      because(
        'below_threshold',
        `The covered loss of ${money(coveredLoss)} is at or below the non-qualifying loss (claim threshold) of ${money(claimThreshold)}, so no indemnity is due and no aggregate first loss is used.`,
      ),
    );
    return result(0, 0, limitCut ? 'limit' : undefined);
  }

  const firstLossUsed = Math.min(firstLossLeft, coveredLoss);
  const net = coveredLoss - firstLossUsed;
  if (aggregateFirstLoss > 0) {
    reasons.push(
      because(
        'aggregate_first_loss',
        firstLossUsed === 0
          ? `The aggregate first loss of ${money(aggregateFirstLoss)} for the policy year is used up by earlier losses, so the whole covered loss of ${money(coveredLoss)} counts.`
          : `The aggregate first loss of ${money(aggregateFirstLoss)} for the policy year had ${money(firstLossLeft)} left: this loss uses ${money(firstLossUsed)} of it, leaving ${money(firstLossLeft - firstLossUsed)}, so ${money(net)} of the covered loss counts.`,
      ),
    );
  }

  const counted = (amount: number): string => (firstLossUsed === 0 ? `the covered loss of ${money(amount)}` : `the ${money(amount)} of covered loss above the aggregate first loss`);
  const political = policy.riskType === 'political' ? ' (its political cover, the loss being political)' : '';
  let afterDeductible: number;
  if (deductibleApplies === 'before_percent') {
    const excess = Math.max(0, net - deductible);
    reasons.push(
      because(
        'deductible',
        net > deductible
          ? `The deductible of ${money(deductible)} comes first: ${counted(net)} less it leaves ${money(excess)}.`
          : `The deductible of ${money(deductible)} is at least ${counted(net)}, so no indemnity is due.`,
      ),
    );
    afterDeductible = percentOf(excess, coverPercent);
    reasons.push(because('cover_percent', `The policy covers ${coverPercent} %${political} of the ${money(excess)} in excess of the deductible: the indemnity is ${money(afterDeductible)}.`));
  } else {
    const insured = percentOf(net, coverPercent);
    reasons.push(because('cover_percent', `The policy covers ${coverPercent} %${political} of ${counted(net)}: ${money(insured)}.`));
    afterDeductible = Math.max(0, insured - deductible);
    reasons.push(
      because(
        'deductible',
        insured > deductible
          ? `Less the deductible of ${money(deductible)}, the indemnity is ${money(afterDeductible)}.`
          : `The deductible of ${money(deductible)} is at least ${money(insured)}, so no indemnity is due.`,
      ),
    );
  }

  // No bound set: an infinite one, never reached.
  const bound = maxLiability ?? Number.POSITIVE_INFINITY;
  const remaining = Math.max(0, bound - indemnifiedThisPolicyYear);
  if (afterDeductible > remaining) {
    const why = maxLiabilityWhy(policy, bound, args.policyYearPremium);
    reasons.push(
      because(
        'max_liability',
        remaining === 0
          ? `The maximum liability of ${money(bound)} for the policy year${why} is exhausted (${money(indemnifiedThisPolicyYear)} already indemnified), so no indemnity is paid instead of ${money(afterDeductible)}.`
          : `The maximum liability of ${money(bound)} for the policy year${why} leaves ${money(remaining)} after the ${money(indemnifiedThisPolicyYear)} already indemnified, so the indemnity is ${money(remaining)} instead of ${money(afterDeductible)}.`,
      ),
    );
    return result(remaining, firstLossUsed, 'max_liability');
  }
  return result(afterDeductible, firstLossUsed, limitCut ? 'limit' : undefined);
}

/**
 * The policy year's maximum liability: the amount, the multiple of the year's premium, or the
 * lower of the two when both are set; undefined when neither is (no cap).
 */
export function maxLiabilityOf(policy: Pick<IndemnityPolicy, 'maxLiability' | 'maxLiabilityMultiple'>, policyYearPremium?: number): number | undefined {
  const { maxLiability, maxLiabilityMultiple } = policy;
  if (maxLiabilityMultiple === undefined) return maxLiability;
  // Required with a multiple: undefined is refused here as any non-amount is.
  assertAmount(policyYearPremium, 'policyYearPremium');
  // On BigInt, and never past the safe range: a cap that large caps nothing an indemnity can reach.
  const multiple = Number(min(BigInt(policyYearPremium) * BigInt(maxLiabilityMultiple), BigInt(Number.MAX_SAFE_INTEGER)));
  return maxLiability === undefined ? multiple : Math.min(maxLiability, multiple);
}

function maxLiabilityWhy(policy: IndemnityPolicy, maxLiability: number, premium: number | undefined): string {
  if (policy.maxLiabilityMultiple === undefined) return '';
  const multiple = `${policy.maxLiabilityMultiple} × the year's premium of ${formatMoney(premium ?? 0, policy.currency)}`;
  return policy.maxLiability === undefined || maxLiability < policy.maxLiability ? ` (${multiple})` : ` (the amount, below ${multiple})`;
}

/**
 * What the insurer's part of `total` money shared by the loss is: floor(total × indemnity /
 * loss). Recoveries and collection costs are both shared this way, in proportion to each side's
 * share of the loss. Exact on BigInt.
 */
function shareOfLoss(total: number, indemnity: number, loss: number): number {
  if (loss === 0) return 0;
  return Number((BigInt(total) * BigInt(indemnity)) / BigInt(loss));
}

/**
 * A sum received or spent after earlier ones, shared by each side's share of the loss: the
 * insurer's cumulative part of all of them is floor(Σ × indemnity / loss), and this one's is that
 * cumulative part after it less the one before it (so the rounding never adds up across
 * payments); the policyholder has the rest.
 */
function splitByShareOfLoss(args: { amount: number; before: number; indemnity: number; loss: number }): { insurer: number; policyholder: number } {
  const { amount, before, indemnity, loss } = args;
  const insurer = shareOfLoss(before + amount, indemnity, loss) - shareOfLoss(before, indemnity, loss);
  return { insurer, policyholder: amount - insurer };
}

/**
 * A recovery after indemnity, shared in proportion to each side's share of the loss (never by
 * the cover percentage): the insurer's cumulative share of all recoveries is min(indemnity,
 * floor(Σ recoveries × indemnity / loss)); this recovery's is that after it less that before it.
 * Loss = the outstanding of the claim's invoices at the date of loss. Recoveries beyond the loss
 * are refused (RangeError; the HTTP layer answers 422 recovery-exceeds-loss first), so the
 * insurer's share never passes what it paid.
 */
export function splitRecovery(args: { amount: number; recoveredBefore: number; indemnity: number; loss: number }): { insurer: number; policyholder: number } {
  const { amount, recoveredBefore, indemnity, loss } = args;
  assertSharing(amount, recoveredBefore, indemnity, loss, 'recoveredBefore');
  if (amount <= 0) throw new RangeError(`a recovery must be a positive amount, got ${amount}`);
  if (recoveredBefore + amount > loss) throw new RangeError(`recoveries of ${recoveredBefore + amount} would exceed the loss of ${loss}`);
  return splitByShareOfLoss({ amount, before: recoveredBefore, indemnity, loss });
}

/** Collection costs, shared like recoveries: the insurer bears floor(Σ costs × indemnity / loss) in all, this cost its increment. */
export function splitCosts(args: { amount: number; costsBefore: number; indemnity: number; loss: number }): { insurer: number; policyholder: number } {
  const { amount, costsBefore, indemnity, loss } = args;
  assertSharing(amount, costsBefore, indemnity, loss, 'costsBefore');
  if (amount <= 0) throw new RangeError(`a cost must be a positive amount, got ${amount}`);
  return splitByShareOfLoss({ amount, before: costsBefore, indemnity, loss });
}

function assertSharing(amount: number, before: number, indemnity: number, loss: number, beforeName: string): void {
  assertAmount(amount, 'amount');
  assertAmount(before, beforeName);
  assertAmount(indemnity, 'indemnity');
  assertAmount(loss, 'loss');
  if (indemnity > loss) throw new RangeError(`an indemnity of ${indemnity} exceeds the loss of ${loss}`);
}

/** A claim's loss in the policy year's ledger: what the aggregate first loss is used up by. */
export interface PolicyYearLoss {
  claimId: string;
  dateOfLoss: string;
  coveredLoss: number;
  /** Set once the claim is indemnified: the aggregate first loss its paid indemnity used, which stays. */
  firstLossUsedWhenPaid?: number | undefined;
}

/**
 * The aggregate first loss left for `claim` before its own loss. Losses above the non-qualifying
 * loss use it up in date-of-loss order (ties by claim id); a loss at or below it uses none.
 * Paid indemnities keep what they used, whatever their date of loss (a loss dated earlier but
 * valued later cannot take back what a payment already used); among the unpaid, only those that
 * come before `claim` use it. `claim` itself is skipped in `losses`.
 */
export function aggregateFirstLossLeft(args: { aggregateFirstLoss: number; nonQualifyingLoss: number; losses: readonly PolicyYearLoss[]; claim: { claimId: string; dateOfLoss: string } }): number {
  const { aggregateFirstLoss, nonQualifyingLoss, losses, claim } = args;
  assertAmount(aggregateFirstLoss, 'aggregateFirstLoss');
  assertAmount(nonQualifyingLoss, 'nonQualifyingLoss');
  assertIsoDate(claim.dateOfLoss, 'claim.dateOfLoss');
  const others = losses.filter((loss) => loss.claimId !== claim.claimId);
  others.forEach((loss, i) => {
    assertIsoDate(loss.dateOfLoss, `losses[${i}].dateOfLoss`);
    assertAmount(loss.coveredLoss, `losses[${i}].coveredLoss`);
    if (loss.firstLossUsedWhenPaid !== undefined) assertAmount(loss.firstLossUsedWhenPaid, `losses[${i}].firstLossUsedWhenPaid`);
  });
  const paid = sum(others.map((loss) => loss.firstLossUsedWhenPaid ?? 0));
  let left = Math.max(0, aggregateFirstLoss - paid);
  // Each earlier qualifying loss takes what it can of what is left: in any order, the sum is the same.
  for (const loss of others) {
    // Stryker disable next-line EqualityOperator: the claim's own id is filtered out above, so no other loss has it
    const earlier = loss.dateOfLoss < claim.dateOfLoss || (loss.dateOfLoss === claim.dateOfLoss && loss.claimId < claim.claimId);
    if (loss.firstLossUsedWhenPaid === undefined && earlier && loss.coveredLoss > nonQualifyingLoss) left -= Math.min(left, loss.coveredLoss);
  }
  return left;
}

// --- the claim case -------------------------------------------------------------------------

/** Claim states and the transitions allowed (docs/domain.md: notified → in_collection → recovered | indemnifiable → indemnified → closed). */
export const CLAIM_STATUSES = ['notified', 'in_collection', 'recovered', 'indemnifiable', 'indemnified', 'closed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * Recoveries after indemnity do not change the state (an indemnified claim collects them until
 * it is closed). A recovered claim is closed once settled, and an indemnifiable claim whose
 * indemnity is 0 (threshold, deductible, exhausted maximum liability) is closed without one.
 */
const TRANSITIONS: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  notified: ['in_collection'],
  in_collection: ['recovered', 'indemnifiable'],
  recovered: ['closed'],
  indemnifiable: ['indemnified', 'closed'],
  indemnified: ['closed'],
  // Stryker disable next-line ArrayDeclaration: a closed claim moves nowhere; a filler the mutant puts here is no state a claim can be asked to move to
  closed: [],
};

export function canTransition(from: ClaimStatus, to: ClaimStatus): boolean {
  return (TRANSITIONS[from] as readonly ClaimStatus[] | undefined)?.includes(to) ?? false;
}

export const CLAIM_DOCUMENT_KINDS = ['invoices', 'proof_of_delivery', 'correspondence', 'statement_of_account'] as const;
export type ClaimDocumentKind = (typeof CLAIM_DOCUMENT_KINDS)[number];
export const CLAIM_DOCUMENT_STATUSES = ['missing', 'provided'] as const;
export type ClaimDocumentStatus = (typeof CLAIM_DOCUMENT_STATUSES)[number];

// --- invoices in another currency ----------------------------------------------------------

/** What a converted invoice showed in its own currency, and the rate(s) in force on the date of loss (units for 1 EUR). */
export interface OriginalAmount {
  outstanding: number;
  currency: string;
  /** The invoice currency's rate; the policy currency's for an invoice in EUR. */
  rate: string;
  publishedFor: string;
  /** Between two currencies other than EUR: the policy currency's rate too. */
  policyCurrencyRate?: { rate: string; publishedFor: string };
}

interface Conversion {
  invoice: ClaimInvoice;
  original?: OriginalAmount;
}

/**
 * Each invoice in the policy currency: one in another currency has its amount and outstanding
 * converted at the rates in force on the date of loss (fx.ts convert: half up, once, through
 * EUR). The rate shown is the invoice currency's (units for 1 EUR), or the policy currency's
 * when the invoice is in EUR. FxRateMissingError when a rate is not in force that day.
 */
function inPolicyCurrency(invoices: readonly ClaimInvoice[], policyCurrency: string, rates: RatesOn | undefined): Conversion[] {
  return invoices.map((invoice) => {
    const from = invoice.currency ?? policyCurrency;
    if (from === policyCurrency) return { invoice };
    if (!rates) throw new RangeError(`ratesOnDateOfLoss is required: invoice ${invoice.invoiceId} is in ${from}, the policy in ${policyCurrency}`);
    const converted = { ...invoice, amount: convert(invoice.amount, from, policyCurrency, rates), outstanding: convert(invoice.outstanding, from, policyCurrency, rates) };
    delete converted.currency;
    delete converted.outstandingInPolicyCurrency;
    return { invoice: converted, original: { outstanding: invoice.outstanding, currency: from, ...conversionRate(from, policyCurrency, rates) } };
  });
}

// --- internals ------------------------------------------------------------------------------

function coverInvoices(
  invoices: readonly ClaimInvoice[],
  steps: readonly LimitStep[],
  policy: IndemnityPolicy,
  mepEndsOn: string | undefined,
  creditPeriods: readonly CreditPeriodStep[],
): InvoiceCover[] {
  const money = (amount: number): string => formatMoney(amount, policy.currency);
  let coveredSoFar = 0;
  return [...invoices].sort(byDelivery).map((invoice) => {
    const { invoiceId, outstanding, issueDate } = invoice;
    const cover = (covered: boolean, coveredAmount: number, reason: Reason): InvoiceCover => ({ invoiceId, outstanding, covered, coveredAmount, reason });
    const step = stepOnDay(steps, issueDate);
    if (step === undefined || step.total === 0) {
      return cover(false, 0, because('no_limit_at_delivery', `Invoice ${invoiceId} was delivered on ${issueDate}, when no limit was in force on the buyer, so it is not covered.`));
    }
    if (expiredOn(step, issueDate)) {
      return cover(
        false,
        0,
        because('no_limit_at_delivery', `Invoice ${invoiceId} was delivered on ${issueDate}, after the time-limited approval of the limit ended on ${step.expiresOn}, so it is not covered.`),
      );
    }
    const limit = step.total;
    const terms = daysBetween(issueDate, invoice.dueDate);
    const maxCreditPeriodDays = creditPeriodOnDay(creditPeriods, issueDate) ?? policy.maxCreditPeriodDays;
    if (terms > maxCreditPeriodDays) {
      return cover(
        false,
        0,
        because(
          'terms_beyond_policy',
          `Invoice ${invoiceId} was delivered on ${issueDate} on payment terms of ${terms} days, beyond the maximum credit period of ${maxCreditPeriodDays} days of the policy in force that day, so it is not covered.`,
        ),
      );
    }
    // No condition on the terms: no bound beyond the policy's.
    const conditionTerms = step.maxPaymentTermsDays ?? Number.POSITIVE_INFINITY;
    if (terms > conditionTerms) {
      return cover(
        false,
        0,
        because(
          'terms_beyond_condition',
          `Invoice ${invoiceId} was delivered on ${issueDate} on payment terms of ${terms} days, beyond the ${conditionTerms} days the conditions of the limit in force that day allow, so it is not covered.`,
        ),
      );
    }
    if (mepEndsOn !== undefined && issueDate > mepEndsOn) {
      return cover(
        false,
        0,
        because('delivered_after_stop_of_cover', `Invoice ${invoiceId} was delivered on ${issueDate}, after cover on the buyer stopped at the end of the maximum extension period on ${mepEndsOn}, so it is not covered.`),
      );
    }
    if (outstanding === 0) {
      return cover(true, 0, because('nothing_outstanding', `Invoice ${invoiceId} has nothing outstanding, so it adds nothing to the loss.`));
    }
    const room = Math.max(0, limit - coveredSoFar);
    const part = Math.min(outstanding, room);
    const before = coveredSoFar;
    coveredSoFar += part;
    if (part === outstanding) {
      return cover(true, part, because('covered', `Invoice ${invoiceId} delivered on ${issueDate} is covered for its ${money(outstanding)} outstanding, within the limit of ${money(limit)} in force that day.`));
    }
    if (part === 0) {
      return cover(
        true,
        0,
        because('limit_exhausted', `Invoice ${invoiceId} delivered on ${issueDate} adds nothing to the covered loss: earlier deliveries already use ${money(before)} of the limit of ${money(limit)} in force that day.`),
      );
    }
    return cover(
      true,
      part,
      because(
        'capped_by_limit',
        `Invoice ${invoiceId} delivered on ${issueDate} is covered for ${money(part)} of its ${money(outstanding)} outstanding: the limit of ${money(limit)} in force that day leaves ${money(part)} above the ${money(before)} of earlier deliveries.`,
      ),
    );
  });
}

/**
 * The maximum credit period of the policy version in force on `day`, the steps in the order the
 * versions took effect: the last one from on or before `day`; before the first, the first one's
 * (a policy's first version governs deliveries from its inception, which may precede the day it
 * was recorded).
 */
function creditPeriodOnDay(steps: readonly CreditPeriodStep[], day: string): number | undefined {
  return (steps.filter((step) => step.from <= day).at(-1) ?? steps[0])?.maxCreditPeriodDays;
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/** floor(amount × percent / 100) on BigInt: exact for any safe amount. */
function percentOf(amount: number, percent: number): number {
  return Number((BigInt(amount) * BigInt(percent)) / 100n);
}

function byAge(a: ClaimInvoice, b: ClaimInvoice): number {
  return compare(a.dueDate, b.dueDate) || compare(a.issueDate, b.issueDate) || compare(a.invoiceId, b.invoiceId);
}

function byDelivery(a: ClaimInvoice, b: ClaimInvoice): number {
  return compare(a.issueDate, b.issueDate) || compare(a.dueDate, b.dueDate) || compare(a.invoiceId, b.invoiceId);
}

/** Code-unit order, not the locale's: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sum(amounts: readonly number[]): number {
  return amounts.reduce((total, amount) => total + amount, 0);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function because(code: ClaimReasonCode, message: string): Reason {
  return { code, message };
}

function assertInvoices(invoices: readonly ClaimInvoice[]): void {
  const ids = new Set<string>();
  invoices.forEach((invoice, i) => {
    const name = `invoices[${i}]`;
    if (typeof invoice.invoiceId !== 'string' || invoice.invoiceId === '') throw new RangeError(`${name}.invoiceId must be a non-empty string`);
    if (ids.has(invoice.invoiceId)) throw new RangeError(`${name}.invoiceId ${invoice.invoiceId} appears twice`);
    ids.add(invoice.invoiceId);
    assertAmount(invoice.amount, `${name}.amount`);
    assertAmount(invoice.outstanding, `${name}.outstanding`);
    if (invoice.outstanding > invoice.amount) throw new RangeError(`${name}.outstanding ${invoice.outstanding} exceeds its amount ${invoice.amount}`);
    assertIsoDate(invoice.issueDate, `${name}.issueDate`);
    assertIsoDate(invoice.dueDate, `${name}.dueDate`);
    if (invoice.dueDate < invoice.issueDate) throw new RangeError(`${name}.dueDate ${invoice.dueDate} precedes its issue date ${invoice.issueDate}`);
    if (invoice.outstandingInPolicyCurrency !== undefined) {
      assertAmount(invoice.outstandingInPolicyCurrency, `${name}.outstandingInPolicyCurrency`);
      if (invoice.currency === undefined) throw new RangeError(`${name}.outstandingInPolicyCurrency needs the invoice's currency`);
    }
  });
}

function assertSteps(steps: readonly LimitStep[]): void {
  steps.forEach((step, i) => {
    assertIsoDate(step.from, `limitSteps[${i}].from`);
    assertAmount(step.total, `limitSteps[${i}].total`);
    if (step.recordedOn !== undefined) assertIsoDate(step.recordedOn, `limitSteps[${i}].recordedOn`);
    if (step.maxPaymentTermsDays !== undefined) assertDays(step.maxPaymentTermsDays, `limitSteps[${i}].maxPaymentTermsDays`);
    if (step.expiresOn !== undefined) assertIsoDate(step.expiresOn, `limitSteps[${i}].expiresOn`);
  });
}

function assertPolicy(policy: IndemnityPolicy): void {
  assertCurrency(policy.currency);
  assertPercent(policy.coverPercent, 'policy.coverPercent');
  assertAmount(policy.deductible, 'policy.deductible');
  assertAmount(policy.claimThreshold, 'policy.claimThreshold');
  if (policy.maxLiability !== undefined) assertAmount(policy.maxLiability, 'policy.maxLiability');
  if (policy.maxLiabilityMultiple !== undefined && (!Number.isInteger(policy.maxLiabilityMultiple) || policy.maxLiabilityMultiple < 1)) {
    throw new RangeError(`policy.maxLiabilityMultiple must be a positive integer, got ${String(policy.maxLiabilityMultiple)}`);
  }
  if (policy.aggregateFirstLoss !== undefined) assertAmount(policy.aggregateFirstLoss, 'policy.aggregateFirstLoss');
  if (policy.deductibleApplies !== undefined && !DEDUCTIBLE_ORDERS.includes(policy.deductibleApplies)) {
    throw new RangeError(`policy.deductibleApplies must be one of ${DEDUCTIBLE_ORDERS.join(', ')}, got ${String(policy.deductibleApplies)}`);
  }
  assertDays(policy.maxCreditPeriodDays, 'policy.maxCreditPeriodDays');
}

function assertAmount(amount: unknown, name: string): asserts amount is number {
  assertMinorUnits(amount, name);
  if (amount < 0) throw new RangeError(`${name} must not be negative, got ${amount}`);
}

function assertPercent(percent: unknown, name: string): asserts percent is number {
  if (!Number.isInteger(percent) || (percent as number) < 0 || (percent as number) > 100) throw new RangeError(`${name} must be an integer percent from 0 to 100, got ${String(percent)}`);
}

function assertDays(days: unknown, name: string): asserts days is number {
  if (!Number.isInteger(days) || (days as number) < 0 || (days as number) > 36_500) throw new RangeError(`${name} must be a whole number of days from 0 to 36,500, got ${String(days)}`);
}

/**
 * The policy year a date of loss falls in, by its first day: from the policy's inception date's
 * anniversary (premium.ts `policyYear`: a 29 February inception has it on 28 February in common
 * years), or the calendar year when the policy names no inception date. A day before inception
 * belongs to the first policy year.
 */
export function policyYearOf(dateOfLoss: string, inceptionDate?: string): string {
  assertIsoDate(dateOfLoss, 'dateOfLoss');
  if (!inceptionDate) return `${dateOfLoss.slice(0, 4)}-01-01`;
  // Stryker disable next-line EqualityOperator: on the inception date itself both branches name the same day
  return policyYear(dateOfLoss < inceptionDate ? inceptionDate : dateOfLoss, inceptionDate).from;
}
