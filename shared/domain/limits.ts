/**
 * The credit-limit decision engine (*agrément*): a pure function from a request and the facts
 * about the buyer, the policy and the insurer's exposure to an explainable decision.
 *
 * Conventions the rest of the system relies on:
 * - Every output states the WHOLE limit after the decision (`amount` + `temporary`), also when
 *   nothing changes, and `capacityDeltaEur` moves this tenant's capacity reservation from what
 *   the ledger holds now (`current.reservedEur`) to what the limit after the decision reserves
 *   (shared/domain/fx.ts `reservationAfter`: a raised limit at the decision day's rate, a kept or
 *   lowered one pro rata of what it reserved). Reservations therefore telescope: reserve,
 *   increase, reduce, cancel add up to zero in EUR, with no rounding drift, whatever the rates do.
 * - The ledger holds `current.reservedEur` for this tenant's limit, an expired temporary
 *   tranche included: it stops giving cover when it expires but keeps its reservation until
 *   the next decision (or a sweep) releases it.
 * - A policy in a currency other than EUR is compared with the EUR capacity and ceilings at
 *   `eurRate`, the reference rate in force on the decision day.
 * - Rules are checked in a fixed order and the first that speaks decides; its reason comes
 *   first in `reasons`.
 */
import { describeCountryEvent } from './country-events.ts';
import { addMonths, assertIsoDate } from './dates.ts';
import { assertGrade, assertLimitRules, gradeBand, type Grade, type LimitRules } from './grades.ts';
import { formatFxRate, fromEurDown, reservationAfter, toEurUp } from './fx.ts';
import { assertCurrency, assertMinorUnits, formatMoney, roundDownToUnit, unitFor } from './money.ts';

export const LIMIT_REQUEST_TYPES = ['new', 'increase', 'reduce', 'cancel'] as const;
export type LimitRequestType = (typeof LIMIT_REQUEST_TYPES)[number];
export const DECISIONS = ['approved', 'partly_approved', 'not_approved', 'conditional', 'referred', 'reduced', 'cancelled'] as const;
export type Decision = (typeof DECISIONS)[number];

/** UN/EDIFACT data element 4507 "Credit cover response type code". */
export const EDIFACT_4507: Record<Decision, string> = {
  approved: '2',
  not_approved: '3',
  conditional: '4',
  partly_approved: '5',
  referred: '6', // "Still investigating"
  cancelled: '8',
  reduced: '9',
};

/** Machine code + one human sentence with the numbers in it. */
export interface Reason {
  code: string;
  message: string;
}

export interface Condition {
  code: string;
  message: string;
  maxPaymentTermsDays?: number;
}

/** Every reason code the engine emits, for API docs and exhaustive handling. */
export const REASON_CODES = [
  'cancel_requested',
  'no_limit_in_force',
  'reduce_requested',
  'not_a_reduction',
  'not_an_increase',
  'temporary_expiry_invalid',
  'buyer_insolvent',
  'buyer_closed',
  'country_not_covered',
  'grade_too_high',
  'political_risk',
  'country_event',
  'sector_alert',
  'discretionary',
  'above_auto_ceiling',
  'no_capacity',
  'partial_capacity',
  'temporary_not_granted',
  'sensitive_grade',
  'within_rules',
  'temporary_expired',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Tranche {
  amount: number;
  expiresOn: string;
}

export interface LimitDecisionInput {
  /** Policy-currency minor units. `amount` is the permanent total asked for (not the increment); `temporary` an extra tranche. */
  request: { type: LimitRequestType; amount: number; temporary?: Tranche };
  buyer: { buyerId: string; grade: number; status: 'active' | 'insolvent' | 'closed'; country: string; sector: string };
  /** OECD country risk category 0–7. */
  countryCategory: number;
  /** Alerts on the buyer's (NACE division, country); an alert applies to buyers with grade >= minGrade. */
  activeSectorAlerts: { sector: string; country: string; minGrade: number }[];
  /** Country events open today in the buyer's country (what stops the money there); absent = none. */
  openCountryEvents?: readonly { eventId: string; type: string; occurredOn: string }[];
  policy: { currency: string; discretionaryLimit: number; coveredCountries: string[]; politicalRiskCovered: boolean; maxCreditPeriodDays: number };
  /**
   * The tenant's limit on this buyer as stored (policy currency), or null when it has none.
   * `reservedEur`: what the capacity ledger holds for it; absent, the limit valued at `eurRate`.
   */
  current: { amount: number; temporary?: Tranche; reservedEur?: number } | null;
  /** The policy currency's reference rate in force on `today` (units for 1 EUR, ppm); required unless the policy is in EUR. */
  eurRate?: { ratePpm: number; publishedFor: string };
  /** The insurer's granted limits on this buyer across ALL tenants, EUR minor units, this tenant's current reservation included. */
  buyerExposureEur: number;
  discretionary: { insurerDecisionExists: boolean; adverseEventWithin12Months: boolean };
  /** YYYY-MM-DD (UTC), given by the caller: the engine reads no clock. */
  today: string;
  rules: LimitRules;
}

export interface LimitDecision {
  decision: Decision;
  code: string;
  /** Permanent amount after the decision (policy currency minor units); 0 is a zero limit. */
  amount: number;
  temporary?: Tranche;
  reasons: Reason[];
  conditions: Condition[];
  /** When the temporary tranche of the limit ends. */
  expiresOn?: string;
  /** When referred: what the underwriter must look at. */
  referral?: { reasonCode: string };
  source: 'automatic' | 'discretionary';
  /** Change to this tenant's reservation on the buyer's capacity (negative releases), EUR minor units. */
  capacityDeltaEur: number;
}

/** A limit as the engine reasons about it: a permanent part and at most one temporary tranche. */
interface Limit {
  amount: number;
  temporary?: Tranche;
}

/** Facts derived once from the input, so the rules below read as the insurer states them. */
interface Context {
  readonly input: LimitDecisionInput;
  readonly grade: Grade;
  readonly currency: string;
  readonly unit: number;
  readonly requested: Limit;
  /** The current limit without a temporary tranche that has expired; a zero limit when none. */
  readonly inForce: Limit;
  readonly expired: Tranche | undefined;
  /** What the capacity ledger holds for this tenant's limit now. */
  readonly reservedEur: number;
  /** The policy currency's rate on the decision day, ppm (EUR: 1,000,000). */
  readonly ratePpm: number;
  /** The stored total the reservation stands for, an expired tranche included. */
  readonly heldTotal: number;
}

type Rule = (ctx: Context) => LimitDecision | undefined;

export function decideLimit(input: LimitDecisionInput): LimitDecision {
  assertInput(input);
  const ctx = contextOf(input);
  switch (input.request.type) {
    case 'cancel':
      return decideCancellation(ctx);
    case 'reduce':
      return decideReduction(ctx);
    case 'new':
    case 'increase':
      // The label does not change the rules: both ask for a larger limit than the one in
      // force, and a `new` on a buyer where the tenant already holds a limit is an increase.
      return firstDecision(ctx, GRANT_RULES) ?? decideOnCapacity(ctx);
  }
}

// --- cancel and reduce: the tenant gives up cover, which the insurer always accepts ---------

function decideCancellation(ctx: Context): LimitDecision {
  const { inForce, input } = ctx;
  // Cancelling what does not exist is answered, not refused: the outcome (no cover) is what
  // the tenant asked for, and a retried cancellation stays harmless.
  const reason =
    totalOf(inForce) === 0
      ? because('no_limit_in_force', `There is no limit in force on buyer ${input.buyer.buyerId}, so there is nothing to cancel.`)
      : because('cancel_requested', `The limit of ${describeLimit(ctx, inForce)} on buyer ${input.buyer.buyerId} is cancelled at the policyholder's request and its capacity is released.`);
  return outcome(ctx, 'cancelled', ZERO_LIMIT, [reason]);
}

function decideReduction(ctx: Context): LimitDecision {
  const { inForce, requested, input } = ctx;
  if (!isReduction(requested, inForce)) {
    return outcome(ctx, 'not_approved', inForce, [
      because(
        'not_a_reduction',
        `A reduction must lower the limit in force without raising either tranche or extending the temporary one: ${describeLimit(ctx, requested)} was requested against ${describeLimit(ctx, inForce)} in force, so the limit is unchanged.`,
      ),
    ]);
  }
  return outcome(ctx, 'reduced', requested, [
    because('reduce_requested', `The limit on buyer ${input.buyer.buyerId} is reduced from ${describeLimit(ctx, inForce)} to ${describeLimit(ctx, requested)} at the policyholder's request.`),
  ]);
}

/**
 * A reduction may move nothing up: turning an expiring temporary tranche into permanent cover,
 * or extending a tranche, is new cover that needs a decision, even if the total falls.
 */
function isReduction(requested: Limit, inForce: Limit): boolean {
  if (totalOf(requested) >= totalOf(inForce) || requested.amount > inForce.amount) return false;
  if (!requested.temporary) return true;
  const held = inForce.temporary;
  return held !== undefined && requested.temporary.amount <= held.amount && requested.temporary.expiresOn <= held.expiresOn;
}

// --- new and increase ---------------------------------------------------------------------

/** In order; the first rule that returns a decision wins. Capacity comes last. */
const GRANT_RULES: readonly Rule[] = [
  // A buyer that is gone gets a zero limit whatever was asked: the insurer never leaves
  // cover in place on an insolvent or closed buyer when a request gives it the occasion.
  refuseInsolventBuyer,
  refuseClosedBuyer,
  // Then the request itself: one that asks for no more, or for a tranche out of range.
  refuseNonIncrease,
  refuseInvalidTemporary,
  // Then the policy's scope and the grade.
  refuseUncoveredCountry,
  refuseHighGrade,
  // Then what only an underwriter may weigh.
  referPoliticalRisk,
  referCountryEvent,
  referSectorAlert,
  // The policyholder's own discretion, inside the insurer's remaining capacity.
  grantDiscretionary,
  referAboveAutoCeiling,
];

function refuseNonIncrease(ctx: Context): LimitDecision | undefined {
  const { requested, inForce, input } = ctx;
  if (totalOf(requested) > totalOf(inForce)) return undefined;
  return outcome(ctx, 'not_approved', inForce, [
    because(
      'not_an_increase',
      `A ${input.request.type === 'new' ? 'new limit' : 'limit increase'} must ask for more than the limit in force: ${describeLimit(ctx, requested)} was requested against ${describeLimit(ctx, inForce)}, so the limit is unchanged.`,
    ),
  ]);
}

/** A temporary tranche covers a seasonal peak: it must end after today and within 12 months. */
function refuseInvalidTemporary(ctx: Context): LimitDecision | undefined {
  const tranche = ctx.requested.temporary;
  const { today } = ctx.input;
  const latest = addMonths(today, 12);
  if (!tranche || (tranche.expiresOn > today && tranche.expiresOn <= latest)) return undefined;
  return outcome(ctx, 'not_approved', ctx.inForce, [
    because(
      'temporary_expiry_invalid',
      `A temporary tranche must end after ${today} and no later than ${latest}, but the one requested ends on ${tranche.expiresOn}, so the limit is unchanged.`,
    ),
  ]);
}

/** Insolvency ends cover: the answer is a zero limit, which also releases what the tenant held. */
function refuseInsolventBuyer(ctx: Context): LimitDecision | undefined {
  const { buyer } = ctx.input;
  if (buyer.status !== 'insolvent' && ctx.grade !== 10) return undefined;
  const state = buyer.status === 'insolvent' ? 'is insolvent' : 'has defaulted (grade 10)';
  return outcome(ctx, 'not_approved', ZERO_LIMIT, [
    because('buyer_insolvent', `Buyer ${buyer.buyerId} ${state}, so the limit is set to ${money(ctx, 0)}.`),
  ]);
}

function refuseClosedBuyer(ctx: Context): LimitDecision | undefined {
  const { buyer } = ctx.input;
  if (buyer.status !== 'closed') return undefined;
  return outcome(ctx, 'not_approved', ZERO_LIMIT, [
    because('buyer_closed', `Buyer ${buyer.buyerId} has closed, so the limit is set to ${money(ctx, 0)}.`),
  ]);
}

/** Outside the policy's territory the insurer has no say on new cover; the limit in force stays. */
function refuseUncoveredCountry(ctx: Context): LimitDecision | undefined {
  const { buyer, policy } = ctx.input;
  if (policy.coveredCountries.includes(buyer.country)) return undefined;
  return outcome(ctx, 'not_approved', ctx.inForce, [
    because(
      'country_not_covered',
      `The policy does not cover buyers in ${buyer.country} (covered: ${policy.coveredCountries.join(', ') || 'none'}), so the limit stays at ${describeLimit(ctx, ctx.inForce)}.`,
    ),
  ]);
}

/** Grades 8–9: no new or increased limit, but the request does not cut what is in force (monitoring does). */
function refuseHighGrade(ctx: Context): LimitDecision | undefined {
  if (gradeBand(ctx.grade) !== 'high') return undefined;
  return outcome(ctx, 'not_approved', ctx.inForce, [
    because(
      'grade_too_high',
      `Buyer ${ctx.input.buyer.buyerId} is grade ${ctx.grade} and grades 8 and 9 get no new or increased limit, so the limit stays at ${describeLimit(ctx, ctx.inForce)}.`,
    ),
  ]);
}

function referPoliticalRisk(ctx: Context): LimitDecision | undefined {
  const { countryCategory, policy, buyer } = ctx.input;
  if (countryCategory !== 7 || policy.politicalRiskCovered) return undefined;
  return referral(
    ctx,
    'political_risk',
    `${buyer.country} is in OECD country risk category 7 and the policy does not cover political risk, so an underwriter must review the request for ${describeLimit(ctx, ctx.requested)}.`,
  );
}

/** A country event open in the buyer's country: the money may not leave it, whatever the buyer's grade. */
function referCountryEvent(ctx: Context): LimitDecision | undefined {
  const { openCountryEvents, buyer } = ctx.input;
  const event = openCountryEvents?.[0];
  if (!event) return undefined;
  return referral(
    ctx,
    'country_event',
    `A country event (${describeCountryEvent(buyer.country, event, { withCountry: false })}, ${event.eventId}) is open in ${buyer.country}, so an underwriter must review the request for ${describeLimit(ctx, ctx.requested)}.`,
  );
}

/** Alerts are targeted by grade (the spec's answer to blanket sector cuts): only grades >= minGrade are held. */
function referSectorAlert(ctx: Context): LimitDecision | undefined {
  const { buyer, activeSectorAlerts } = ctx.input;
  const alert = activeSectorAlerts.find((a) => a.sector === buyer.sector && a.country === buyer.country && ctx.grade >= a.minGrade);
  if (!alert) return undefined;
  return referral(
    ctx,
    'sector_alert',
    `A sector alert on ${alert.sector} in ${alert.country} applies to grade ${alert.minGrade} and above and buyer ${buyer.buyerId} is grade ${ctx.grade}, so an underwriter must review the request for ${describeLimit(ctx, ctx.requested)}.`,
  );
}

/**
 * Up to the policy's discretionary limit the policyholder approves itself, unless the insurer
 * has already decided on the buyer or an adverse event happened. It still reserves capacity,
 * so it only applies while the request fits in the remaining capacity; otherwise the insurer's
 * own rules (ceiling, capacity) decide, as they would for any request.
 */
function grantDiscretionary(ctx: Context): LimitDecision | undefined {
  const { policy, discretionary } = ctx.input;
  const requestedTotal = totalOf(ctx.requested);
  if (requestedTotal > policy.discretionaryLimit) return undefined;
  if (discretionary.insurerDecisionExists || discretionary.adverseEventWithin12Months) return undefined;
  if (toEur(ctx, requestedTotal) > remainingCapacityEur(ctx)) return undefined;
  return outcome(
    ctx,
    'approved',
    ctx.requested,
    [
      because(
        'discretionary',
        `${describeLimit(ctx, ctx.requested)} is approved under the policy's discretionary limit of ${money(ctx, policy.discretionaryLimit)}, as the buyer has no insurer decision and no adverse event in the last 12 months.`,
      ),
    ],
    { source: 'discretionary' },
  );
}

/** The ceiling bounds the tenant's whole limit (permanent + temporary), compared in EUR. */
function referAboveAutoCeiling(ctx: Context): LimitDecision | undefined {
  const requestedEur = toEur(ctx, totalOf(ctx.requested));
  const ceilingEur = ctx.input.rules.autoDecisionCeilingEur[ctx.grade];
  if (requestedEur <= ceilingEur) return undefined;
  // Each amount once: the EUR figure the ceiling is compared with only when it says something more.
  const compared = ctx.currency !== 'EUR' ? ` (${eur(requestedEur)}${atRate(ctx)})` : ctx.requested.temporary ? ` (${eur(requestedEur)} in all)` : '';
  return referral(
    ctx,
    'above_auto_ceiling',
    `The ${describeLimit(ctx, ctx.requested)} requested${compared} is above the automatic decision ceiling of ${eur(ceilingEur)} for grade ${ctx.grade}, so an underwriter must decide.`,
  );
}

/**
 * The insurer's capacity on the buyer is shared by all tenants: what this tenant may hold is
 * the capacity minus what the others hold. A temporary tranche counts like permanent cover.
 */
function decideOnCapacity(ctx: Context): LimitDecision {
  const { requested, inForce, currency, unit } = ctx;
  const remainingEur = remainingCapacityEur(ctx);
  const inForceEur = toEur(ctx, totalOf(inForce));
  if (remainingEur <= inForceEur) return refuseNoCapacity(ctx, remainingEur);

  if (toEur(ctx, totalOf(requested)) <= remainingEur) return grantInFull(ctx, remainingEur);

  // Partly approved: the permanent part only, cut to what fits, rounded DOWN to a whole
  // 1,000 so the grant never exceeds capacity. A temporary tranche is all or nothing: it is
  // meant for a precise peak, and a partial one would be neither the peak nor a limit.
  const fitting = roundDownToUnit(fromEurDown(remainingEur, currency, ctx.ratePpm), unit);
  const amount = Math.min(requested.amount, fitting);
  if (amount <= totalOf(inForce)) return refuseNoCapacity(ctx, remainingEur);
  const granted: Limit = { amount };
  const reasons = [
    because(
      'partial_capacity',
      `Only ${eur(remainingEur)} of the insurer's capacity of ${eur(capacityEur(ctx))} on buyer ${ctx.input.buyer.buyerId} (grade ${ctx.grade}) is left for this policy, so ${money(ctx, amount)} is granted of the ${describeLimit(ctx, requested)} requested${amount === fitting ? `, rounded down to a multiple of ${money(ctx, unit)}` : ''}.`,
    ),
  ];
  if (requested.temporary) reasons.push(temporaryNotGranted(ctx, requested.temporary));
  // Conditions follow the buyer, not the size of the grant: a partly approved grade-7 limit
  // carries them too.
  const conditions = conditionsFor(ctx);
  if (conditions.length > 0) reasons.push(sensitiveGrade(ctx));
  return outcome(ctx, 'partly_approved', granted, reasons, { conditions });
}

function grantInFull(ctx: Context, remainingEur: number): LimitDecision {
  const conditions = conditionsFor(ctx);
  if (conditions.length > 0) return outcome(ctx, 'conditional', ctx.requested, [sensitiveGrade(ctx)], { conditions });
  const ceilingEur = ctx.input.rules.autoDecisionCeilingEur[ctx.grade];
  return outcome(ctx, 'approved', ctx.requested, [
    because(
      'within_rules',
      `${describeLimit(ctx, ctx.requested)} is approved on buyer ${ctx.input.buyer.buyerId} (grade ${ctx.grade}): it is within the automatic decision ceiling of ${eur(ceilingEur)} and the ${eur(remainingEur)} of capacity left for this policy.`,
    ),
  ]);
}

function refuseNoCapacity(ctx: Context, remainingEur: number): LimitDecision {
  return outcome(ctx, 'not_approved', ctx.inForce, [
    because(
      'no_capacity',
      `Only ${eur(Math.max(remainingEur, 0))} of the insurer's capacity of ${eur(capacityEur(ctx))} on buyer ${ctx.input.buyer.buyerId} (grade ${ctx.grade}) is left for this policy, which allows no more than the limit in force, so the limit stays at ${describeLimit(ctx, ctx.inForce)}.`,
    ),
  ]);
}

/** Grade 7 ("sensitive"): cover on shorter terms, so an overdue shows before exposure builds up. */
function conditionsFor(ctx: Context): Condition[] {
  const { rules, policy } = ctx.input;
  if (ctx.grade < rules.conditionalFromGrade) return [];
  const days = Math.min(rules.conditionalMaxPaymentTermsDays, policy.maxCreditPeriodDays);
  return [{ code: 'max_payment_terms', message: `Deliveries to buyer ${ctx.input.buyer.buyerId} are covered only on payment terms of at most ${days} days.`, maxPaymentTermsDays: days }];
}

/**
 * The shortest payment term a limit's conditions allow, or undefined when none limits the terms.
 * Conditions without `maxPaymentTermsDays` (an underwriter's free-text ones) bind nothing here:
 * only a number can be checked against an order or an invoice.
 */
export function maxPaymentTermsOf(conditions: readonly { maxPaymentTermsDays?: number | undefined }[]): number | undefined {
  const terms = conditions.flatMap((condition) => (condition.maxPaymentTermsDays === undefined ? [] : [condition.maxPaymentTermsDays]));
  return terms.length === 0 ? undefined : Math.min(...terms);
}

function sensitiveGrade(ctx: Context): Reason {
  return because('sensitive_grade', `Buyer ${ctx.input.buyer.buyerId} is grade ${ctx.grade}, so the cover is granted on conditions.`);
}

function temporaryNotGranted(ctx: Context, tranche: Tranche): Reason {
  return because(
    'temporary_not_granted',
    `The temporary tranche of ${money(ctx, tranche.amount)} until ${tranche.expiresOn} is not granted, as a temporary tranche comes only with the full permanent amount.`,
  );
}

function capacityEur(ctx: Context): number {
  return ctx.input.rules.buyerCapacityEur[ctx.grade];
}

/** May be negative when capacity was lowered below what is already granted. */
function remainingCapacityEur(ctx: Context): number {
  const othersEur = ctx.input.buyerExposureEur - ctx.reservedEur;
  return capacityEur(ctx) - othersEur;
}

// --- building decisions -------------------------------------------------------------------

const ZERO_LIMIT: Limit = { amount: 0 };

function firstDecision(ctx: Context, rules: readonly Rule[]): LimitDecision | undefined {
  for (const rule of rules) {
    const decision = rule(ctx);
    if (decision) return decision;
  }
  return undefined;
}

/** A referral holds the limit in force while the underwriter decides, and reserves nothing yet. */
function referral(ctx: Context, reasonCode: ReasonCode, message: string): LimitDecision {
  return outcome(ctx, 'referred', ctx.inForce, [because(reasonCode, message)], { referral: { reasonCode } });
}

function outcome(
  ctx: Context,
  decision: Decision,
  limit: Limit,
  reasons: Reason[],
  extra: { conditions?: Condition[]; referral?: { reasonCode: string }; source?: LimitDecision['source'] } = {},
): LimitDecision {
  const result: LimitDecision = {
    decision,
    code: EDIFACT_4507[decision],
    amount: limit.amount,
    reasons: ctx.expired ? [...reasons, expiredNote(ctx, ctx.expired)] : reasons,
    conditions: extra.conditions ?? [],
    source: extra.source ?? 'automatic',
    capacityDeltaEur: reservationAfter({ reservedEur: ctx.reservedEur, heldTotal: ctx.heldTotal, total: totalOf(limit), currency: ctx.currency, ratePpm: ctx.ratePpm }) - ctx.reservedEur,
  };
  if (limit.temporary) {
    result.temporary = { ...limit.temporary };
    result.expiresOn = limit.temporary.expiresOn;
  }
  if (extra.referral) result.referral = extra.referral;
  return result;
}

/** Explains a release the tenant did not ask for. */
function expiredNote(ctx: Context, tranche: Tranche): Reason {
  return because(
    'temporary_expired',
    `The temporary tranche of ${money(ctx, tranche.amount)} ended on ${tranche.expiresOn}, so it no longer counts in the limit and its capacity is released.`,
  );
}

function because(code: ReasonCode, message: string): Reason {
  return { code, message };
}

/** The whole limit: the permanent part and the temporary tranche. */
export function totalOf(limit: { amount: number; temporary?: Tranche | undefined }): number {
  return limit.amount + (limit.temporary?.amount ?? 0);
}

function money(ctx: Context, amount: number): string {
  return formatMoney(amount, ctx.currency);
}

function eur(amountEur: number): string {
  return formatMoney(amountEur, 'EUR');
}

/** A policy-currency amount in EUR at the decision day's rate, rounded up (fx.ts toEurUp). */
function toEur(ctx: Context, amount: number): number {
  return toEurUp(amount, ctx.currency, ctx.ratePpm);
}

/** " at USD 1.25 per EUR (published for 2026-01-05)": the rate a comparison in EUR used. */
function atRate(ctx: Context): string {
  const rate = ctx.input.eurRate;
  // Stryker disable next-line ConditionalExpression: a policy outside EUR always has its rate (assertInput)
  return rate ? ` at ${ctx.currency} ${formatFxRate(rate.ratePpm)} per EUR, published for ${rate.publishedFor}` : '';
}

function describeLimit(ctx: Context, limit: Limit): string {
  const permanent = money(ctx, limit.amount);
  return limit.temporary ? `${permanent} plus a temporary ${money(ctx, limit.temporary.amount)} until ${limit.temporary.expiresOn}` : permanent;
}

// --- input ------------------------------------------------------------------------------

function contextOf(input: LimitDecisionInput): Context {
  const { current, request, today } = input;
  const currency = input.policy.currency;
  const held = current?.temporary;
  // A tranche covers deliveries up to and including its expiry date.
  const expired = held && held.expiresOn < today ? held : undefined;
  const inForce: Limit = current ? { amount: current.amount, ...(held && !expired ? { temporary: held } : {}) } : ZERO_LIMIT;
  const ratePpm = currency === 'EUR' ? 1_000_000 : (input.eurRate?.ratePpm ?? 0);
  const heldTotal = current ? current.amount + (held?.amount ?? 0) : 0;
  const reservedEur = current?.reservedEur ?? toEurUp(heldTotal, currency, ratePpm);
  if (input.buyerExposureEur < reservedEur) {
    throw new RangeError(
      `buyerExposureEur (${input.buyerExposureEur}) is below this tenant's own reservation (${reservedEur}): the exposure must include the current limit`,
    );
  }
  const requested: Limit = { amount: request.amount, ...(request.temporary ? { temporary: request.temporary } : {}) };
  return { input, grade: input.buyer.grade as Grade, currency, unit: unitFor(currency), requested, inForce, expired, reservedEur, ratePpm, heldTotal };
}

const REQUEST_TYPES: readonly string[] = ['new', 'increase', 'reduce', 'cancel'];
const BUYER_STATUSES: readonly string[] = ['active', 'insolvent', 'closed'];

/** The HTTP layer validates first, so a violation here is a programming error: RangeError. */
function assertInput(input: LimitDecisionInput): void {
  const { request, buyer, policy, current } = input;
  assertLimitRules(input.rules);
  assertIsoDate(input.today, 'today');
  // Stryker disable next-line CallExpression: unitFor on the next line asserts the currency too, with the same RangeError
  assertCurrency(policy.currency);
  const unit = unitFor(policy.currency);
  const rises = request.type === 'new' || request.type === 'increase';
  if (rises && policy.currency !== 'EUR' && !input.eurRate) throw new RangeError(`eurRate is required for a policy in ${policy.currency} when a limit may rise: capacity is compared in EUR`);
  if (input.eurRate) assertPositive(input.eurRate.ratePpm, 'eurRate.ratePpm');

  if (!REQUEST_TYPES.includes(request.type)) throw new RangeError(`request.type must be one of ${REQUEST_TYPES.join(', ')}, got ${String(request.type)}`);
  // A cancellation carries no amount (the HTTP layer passes 0); it is ignored.
  if (request.type === 'cancel') assertNonNegative(request.amount, 'request.amount');
  else assertLimitAmount(request.amount, unit, 'request.amount');
  if (request.temporary) assertTranche(request.temporary, 'request.temporary', (amount, name) => assertLimitAmount(amount, unit, name));

  assertGrade(buyer.grade, 'buyer.grade');
  if (!BUYER_STATUSES.includes(buyer.status)) throw new RangeError(`buyer.status must be one of ${BUYER_STATUSES.join(', ')}, got ${String(buyer.status)}`);
  if (!Number.isInteger(input.countryCategory) || input.countryCategory < 0 || input.countryCategory > 7) {
    throw new RangeError(`countryCategory must be an OECD category from 0 to 7, got ${String(input.countryCategory)}`);
  }
  input.activeSectorAlerts.forEach((alert, i) => assertGrade(alert.minGrade, `activeSectorAlerts[${i}].minGrade`));

  assertNonNegative(policy.discretionaryLimit, 'policy.discretionaryLimit');
  if (!Number.isSafeInteger(policy.maxCreditPeriodDays) || policy.maxCreditPeriodDays <= 0) {
    throw new RangeError(`policy.maxCreditPeriodDays must be a positive integer, got ${String(policy.maxCreditPeriodDays)}`);
  }
  // Limits in force may come from an underwriter, who is not bound to the 1,000 step.
  if (current) {
    assertNonNegative(current.amount, 'current.amount');
    if (current.temporary) assertTranche(current.temporary, 'current.temporary', assertPositive);
    if (current.reservedEur !== undefined) assertNonNegative(current.reservedEur, 'current.reservedEur');
  }
  assertNonNegative(input.buyerExposureEur, 'buyerExposureEur');
}

function assertTranche(tranche: Tranche, name: string, assertAmount: (amount: number, name: string) => void): void {
  assertAmount(tranche.amount, `${name}.amount`);
  assertIsoDate(tranche.expiresOn, `${name}.expiresOn`);
}

function assertLimitAmount(amount: number, unit: number, name: string): void {
  assertPositive(amount, name);
  if (amount % unit !== 0) throw new RangeError(`${name} must be a multiple of ${unit} minor units (1,000 of the currency), got ${amount}`);
}

function assertPositive(amount: number, name: string): void {
  assertMinorUnits(amount, name);
  if (amount <= 0) throw new RangeError(`${name} must be positive, got ${amount}`);
}

function assertNonNegative(amount: number, name: string): void {
  assertMinorUnits(amount, name);
  if (amount < 0) throw new RangeError(`${name} must not be negative, got ${amount}`);
}

/**
 * What of a stored limit gives cover on `day`: a temporary tranche until its `expiresOn`
 * (inclusive), a time-limited approval until its own `expiresOn`, and a reduction notified
 * ahead (the insurer's downgrade with notice) from its `effectiveOn` (inclusive): deliveries
 * made on or after that day count against the reduced amount.
 *
 * A reduction's `amount` is the TOTAL cover allowed from `effectiveOn`, permanent and
 * temporary together, and the temporary tranche gives way first: a cancellation (amount 0)
 * removes the tranche too, and a reduction below the permanent amount leaves no tranche.
 */
export function limitInForce(
  limit:
    | {
        amount: number;
        temporary?: Tranche | undefined;
        expiresOn?: string | undefined;
        reduction?: { amount: number; effectiveOn: string } | undefined;
      }
    | undefined,
  day: string,
): { amount: number; temporary?: Tranche } {
  if (!limit) return { amount: 0 };
  const permanent = limit.expiresOn && limit.expiresOn < day ? 0 : limit.amount;
  const tranche = limit.temporary && limit.temporary.expiresOn >= day ? limit.temporary : undefined;
  if (!limit.reduction || limit.reduction.effectiveOn > day) return tranche ? { amount: permanent, temporary: tranche } : { amount: permanent };
  const cap = Math.max(limit.reduction.amount, 0);
  const amount = Math.min(permanent, cap);
  const temporaryAmount = tranche ? Math.min(tranche.amount, cap - amount) : 0;
  return tranche && temporaryAmount > 0 ? { amount, temporary: { amount: temporaryAmount, expiresOn: tranche.expiresOn } } : { amount };
}
