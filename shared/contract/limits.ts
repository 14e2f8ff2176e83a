import * as z from 'zod';
import { Amount, Id, IsoDate, MoneyAmount, Page, PageQuery, PlausibleDate, Text, Timestamp } from './common.ts';
import { MAX_AMOUNT } from '#domain/money';
import { BuyerId } from './buyers.ts';
import { DECISIONS, LIMIT_REQUEST_TYPES } from '#domain/limits';
import { DEFAULT_LIMIT_RULES, isGrade } from '#domain/grades';
import { EXAMPLE_IDS, EXAMPLE_STORY } from './examples.ts';

/*
 * The examples' limit (docs/domain.md, the limit decision): the story's buyer is grade 4, so the
 * insurer's capacity on it is EUR 5,000,000.00 and its automatic ceiling EUR 750,000.00; other
 * tenants hold EUR 1,200,000.00 of that capacity and the policy's discretionary limit is
 * EUR 50,000.00. A new limit of EUR 150,000.00 is approved at once (within the ceiling and the
 * EUR 3,800,000.00 left); an increase to EUR 1,000,000.00 is above the ceiling and referred; the
 * underwriter grants EUR 500,000.00 of it.
 */
const APPROVED_REASON = /* @__PURE__ */ (() => ({
  code: 'within_rules',
  message: `EUR 150,000.00 is approved on buyer ${EXAMPLE_IDS.buyer} (grade 4): it is within the automatic decision ceiling of EUR 750,000.00 and the EUR 3,800,000.00 of capacity left for this policy.`,
}))();
const REFERRED_REASON = {
  code: 'above_auto_ceiling',
  message: 'The EUR 1,000,000.00 requested is above the automatic decision ceiling of EUR 750,000.00 for grade 4, so an underwriter must decide.',
};
/** The increase the story's tenant asked for later that day (another request than the approved one). */
const INCREASE_REQUEST_ID = 'lrq_01M8BKQ3V7RWD5XN2T8GHEZC4M';
const REFERRED_AT = '2026-11-26T11:40:22.915Z';
const UNDERWRITER_REASONS = [
  {
    code: 'financials_reviewed',
    message: 'On the 2025 accounts, EUR 500,000.00 is granted of the EUR 1,000,000.00 asked; ask again with the 2026 half-year figures.',
  },
];

/**
 * Limit amounts: positive multiples of 1,000 units of the policy currency, in minor units
 * (100000 for EUR). The multiple depends on the currency's decimals: the service checks it.
 */
export const LimitAmount = /* @__PURE__ */ (() => MoneyAmount('Positive multiple of 1,000 units of the policy currency, in minor units (EUR: 100000)', { positive: true }))();

export const Decision = /* @__PURE__ */ (() => z.enum(DECISIONS))();
const RequestType = /* @__PURE__ */ (() => z.enum(LIMIT_REQUEST_TYPES))();
export const ReasonSchema = /* @__PURE__ */ (() => z.object({ code: z.string(), message: z.string() }).meta({ id: 'Reason' }))();
export const ConditionSchema = /* @__PURE__ */ (() => z
  .object({ code: z.string(), message: z.string(), maxPaymentTermsDays: z.int().optional() })
  .meta({ id: 'Condition' }))();
const Tranche = /* @__PURE__ */ (() => z.object({ amount: Amount, expiresOn: IsoDate }))();

export const LimitRequestBody = /* @__PURE__ */ (() => z
  .strictObject({
    buyerId: BuyerId,
    type: RequestType,
    amount: LimitAmount.optional().meta({ description: 'The permanent limit you ask for (not the increment); omitted for cancel' }),
    temporary: z
      .strictObject({ amount: LimitAmount, expiresOn: PlausibleDate('The last day the tranche counts') })
      .optional()
      .meta({ description: 'An extra tranche until a date; with the permanent amount, at most 1,000,000,000,000 in all' }),
  })
  .superRefine((body, context) => {
    if (body.type !== 'cancel' && body.amount === undefined) {
      context.addIssue({ code: 'custom', path: ['amount'], message: `required for ${body.type}` });
    }
    if (body.type === 'cancel' && (body.amount !== undefined || body.temporary)) {
      context.addIssue({ code: 'custom', path: ['amount'], message: 'a cancellation takes no amount' });
    }
    // The whole limit bounds the exposure a commitment may reach (MAX_EXPOSURE is the same 10^12).
    // zod runs this after a failed field too: each part's own bound speaks for it first.
    const parts = [body.amount, body.temporary?.amount];
    const inBounds = parts.every((part) => typeof part === 'number' && part <= MAX_AMOUNT);
    if (inBounds && body.amount !== undefined && body.temporary && body.amount + body.temporary.amount > MAX_AMOUNT) {
      context.addIssue({
        code: 'too_big',
        origin: 'number',
        maximum: MAX_AMOUNT - body.amount,
        inclusive: true,
        input: body.temporary.amount,
        path: ['temporary', 'amount'],
        message: `with the permanent amount, at most 1,000,000,000,000 minor units in all: at most ${MAX_AMOUNT - body.amount} here`,
      });
    }
  })
  .meta({ id: 'LimitRequest', example: { buyerId: EXAMPLE_IDS.buyer, type: 'new', amount: 15000000 } }))();
export type LimitRequestBody = z.output<typeof LimitRequestBody>;

export const LimitDecisionResponse = /* @__PURE__ */ (() => z
  .object({
    requestId: Id('limitRequest', 'Limit request id (lrq_…)'),
    buyerId: BuyerId,
    type: RequestType,
    decision: Decision,
    code: z.string().meta({ description: 'UN/EDIFACT 4507 credit cover response type code' }),
    amount: Amount.meta({ description: 'Permanent limit now in force (0 is a zero limit, a decision); while referred, the limit in force meanwhile, unchanged' }),
    requestedAmount: Amount.meta({ description: 'The permanent limit asked for (0 for a cancel)' }),
    currentAmount: Amount.meta({ description: 'The permanent limit in force when the request was made' }),
    currency: z.string(),
    temporary: Tranche.optional(),
    reasons: z.array(ReasonSchema),
    conditions: z.array(ConditionSchema),
    expiresOn: IsoDate.optional(),
    referralId: Id('referral', 'Referral id (ref_…)').optional(),
    source: z.enum(['automatic', 'discretionary', 'underwriter']),
    decidedAt: Timestamp,
  })
  .meta({
    id: 'LimitDecision',
    example: {
      requestId: EXAMPLE_IDS.limitRequest,
      buyerId: EXAMPLE_IDS.buyer,
      type: 'new',
      decision: 'approved',
      code: '2',
      amount: 15000000,
      requestedAmount: 15000000,
      currentAmount: 0,
      currency: EXAMPLE_STORY.currency,
      reasons: [APPROVED_REASON],
      conditions: [],
      source: 'automatic',
      decidedAt: EXAMPLE_STORY.decidedAt,
    },
  }))();
export type LimitDecisionResponse = z.output<typeof LimitDecisionResponse>;

/** A request referred (202): the increase to EUR 1,000,000.00, the limit in force unchanged meanwhile. */
export const REFERRED_DECISION_EXAMPLE = /* @__PURE__ */ (() => ({
  requestId: INCREASE_REQUEST_ID,
  buyerId: EXAMPLE_IDS.buyer,
  type: 'increase',
  decision: 'referred',
  code: '6',
  amount: 15000000,
  requestedAmount: 100000000,
  currentAmount: 15000000,
  currency: EXAMPLE_STORY.currency,
  reasons: [REFERRED_REASON],
  conditions: [],
  referralId: EXAMPLE_IDS.referral,
  source: 'automatic',
  decidedAt: REFERRED_AT,
} satisfies LimitDecisionResponse))();

/** The underwriter's answer to that referral (POST …/decision, 201): part of the increase. */
export const UNDERWRITER_DECISION_EXAMPLE = /* @__PURE__ */ (() => ({
  requestId: INCREASE_REQUEST_ID,
  buyerId: EXAMPLE_IDS.buyer,
  type: 'increase',
  decision: 'partly_approved',
  code: '5',
  amount: 50000000,
  requestedAmount: 100000000,
  currentAmount: 15000000,
  currency: EXAMPLE_STORY.currency,
  reasons: UNDERWRITER_REASONS,
  conditions: [],
  referralId: EXAMPLE_IDS.referral,
  source: 'underwriter',
  decidedAt: '2026-11-27T10:05:48.230Z',
} satisfies LimitDecisionResponse))();

export const HistoryEntry = /* @__PURE__ */ (() => z
  .object({
    at: Timestamp.meta({ description: 'When the change was recorded (ISO 8601 timestamp, UTC)' }),
    by: z.object({ role: z.string(), keyId: z.string() }),
    from: z.object({ amount: Amount, temporary: Tranche.optional() }),
    to: z.object({ amount: Amount, temporary: Tranche.optional() }),
    decision: Decision,
    code: z.string(),
    source: z.enum(['automatic', 'discretionary', 'underwriter', 'monitoring']),
    reasons: z.array(ReasonSchema),
    requestId: z.string().optional(),
    referralId: z.string().optional(),
    effectiveOn: IsoDate.optional().meta({
      description:
        'The first delivery day the change applies to, when it is not the day of `at`: later for a cut notified ahead, earlier for an insolvency recorded after the day it was opened (the cancellation dates from its `occurredOn`)',
    }),
    conditions: z
      .array(ConditionSchema)
      .optional()
      .meta({ description: "The limit's conditions after this change; they bind deliveries under it (absent on entries recorded before conditions were kept in the history)" }),
    expiresOn: IsoDate.optional().meta({ description: 'After this change the limit is a time-limited approval: it covers no delivery after this day' }),
  })
  .meta({ id: 'LimitHistoryEntry' }))();
export type HistoryEntry = z.output<typeof HistoryEntry>;

/** The story's limit after the approval, as GET /v1/limits answers it. */
const LIMIT_EXAMPLE = /* @__PURE__ */ (() => ({
  buyerId: EXAMPLE_IDS.buyer,
  currency: EXAMPLE_STORY.currency,
  amount: 15000000,
  permanent: 15000000,
  decision: 'approved',
  code: '2',
  conditions: [],
  updatedAt: EXAMPLE_STORY.decidedAt,
}))();

export const Limit = /* @__PURE__ */ (() => z
  .object({
    buyerId: BuyerId,
    currency: z.string(),
    amount: Amount.meta({ description: 'Limit in force today: the permanent part plus a temporary tranche not yet expired' }),
    permanent: Amount,
    temporary: Tranche.optional(),
    decision: Decision,
    code: z.string(),
    conditions: z.array(ConditionSchema),
    effectiveOn: IsoDate.optional(),
    expiresOn: IsoDate.optional().meta({ description: 'A time-limited approval ends on this date' }),
    pendingReduction: z
      .object({ amount: Amount.meta({ description: 'The whole limit (permanent and temporary) allowed from effectiveOn' }), effectiveOn: IsoDate })
      .optional()
      .meta({ description: 'A downgrade notified ahead: deliveries from effectiveOn count against this amount' }),
    updatedAt: Timestamp,
  })
  .meta({ id: 'Limit', example: LIMIT_EXAMPLE }))();
export type Limit = z.output<typeof Limit>;
export const LimitWithHistory = /* @__PURE__ */ (() => Limit.extend({ history: z.array(HistoryEntry) }).meta({
  id: 'LimitWithHistory',
  example: {
    ...LIMIT_EXAMPLE,
    history: [
      {
        at: EXAMPLE_STORY.decidedAt,
        by: { role: 'policyholder', keyId: EXAMPLE_IDS.apiKey },
        from: { amount: 0 },
        to: { amount: 15000000 },
        decision: 'approved',
        code: '2',
        source: 'automatic',
        reasons: [APPROVED_REASON],
        requestId: EXAMPLE_IDS.limitRequest,
        conditions: [],
      },
    ],
  },
}))();
export const LimitPage = /* @__PURE__ */ (() => Page(Limit, 'LimitPage'))();

export const Referral = /* @__PURE__ */ (() => z
  .object({
    referralId: Id('referral', 'Referral id (ref_…)'),
    tenantId: z.string(),
    buyerId: BuyerId,
    requestId: z.string(),
    type: RequestType,
    amount: Amount,
    currency: z.string(),
    temporary: Tranche.optional(),
    reasons: z.array(ReasonSchema),
    status: z.enum(['pending', 'decided']),
    createdAt: Timestamp,
    decidedAt: Timestamp.optional(),
    decision: Decision.optional(),
  })
  .meta({
    id: 'Referral',
    example: {
      referralId: EXAMPLE_IDS.referral,
      tenantId: EXAMPLE_IDS.tenant,
      buyerId: EXAMPLE_IDS.buyer,
      requestId: INCREASE_REQUEST_ID,
      type: 'increase',
      amount: 100000000,
      currency: EXAMPLE_STORY.currency,
      reasons: [REFERRED_REASON],
      status: 'pending',
      createdAt: REFERRED_AT,
    },
  }))();
export type Referral = z.output<typeof Referral>;
export const ReferralPage = /* @__PURE__ */ (() => Page(Referral, 'ReferralPage'))();
export const ReferralParams = /* @__PURE__ */ (() => z.strictObject({ referralId: Id('referral', 'Referral id (ref_…)') }))();

export const UnderwriterDecisionBody = /* @__PURE__ */ (() => z
  .strictObject({
    decision: z.enum(['approved', 'partly_approved', 'not_approved', 'conditional']),
    amount: MoneyAmount('Multiple of 1,000 units of the policy currency; 0 for a refusal'),
    reasons: z.array(z.strictObject({ code: Text(1, 64), message: Text(1, 500) })).min(1),
    conditions: z.array(z.strictObject({ code: Text(1, 64), message: Text(1, 500), maxPaymentTermsDays: z.int().min(1).max(365).optional() })).default([]),
    expiresOn: PlausibleDate('The limit granted ends on this date (a time-limited approval)').optional(),
  })
  .superRefine((body, context) => {
    if (body.decision === 'not_approved' && body.amount !== 0) context.addIssue({ code: 'custom', path: ['amount'], message: 'a refusal grants 0' });
    if (body.decision !== 'not_approved' && body.amount === 0) context.addIssue({ code: 'custom', path: ['amount'], message: 'an approval grants more than 0' });
  })
  .meta({ id: 'UnderwriterDecision', example: { decision: 'partly_approved', amount: 50000000, reasons: UNDERWRITER_REASONS } }))();
export type UnderwriterDecisionBody = z.output<typeof UnderwriterDecisionBody>;

export const LimitParams = /* @__PURE__ */ (() => z.strictObject({ buyerId: BuyerId }))();
export { PageQuery };

const GradeAmount = /* @__PURE__ */ (() => MoneyAmount('EUR minor units'))();
const PerGrade = /* @__PURE__ */ (() => z.strictObject(
  Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), GradeAmount])) as Record<'1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '10', typeof GradeAmount>,
))();
export const LimitRulesSchema = /* @__PURE__ */ (() => z
  .strictObject({
    buyerCapacityEur: PerGrade.meta({ description: 'Most the insurer insures on one buyer, all tenants together, by grade (EUR minor units)' }),
    autoDecisionCeilingEur: PerGrade.meta({ description: 'Largest limit decided without an underwriter, by grade (EUR minor units)' }),
    // Typed as the Grade the checks make it (LimitRules takes one); refined only once they pass,
    // so a grade out of range reports one issue, not two.
    conditionalFromGrade: z.int().min(1).max(10).refine(isGrade, { when: ({ issues }) => issues.length === 0 }),
    conditionalMaxPaymentTermsDays: z.int().min(1).max(365),
  })
  .meta({ id: 'LimitRules', example: DEFAULT_LIMIT_RULES }))();
export const LimitRulesResponse = /* @__PURE__ */ (() => LimitRulesSchema.extend({ updatedAt: Timestamp.optional(), isDefault: z.boolean() }).meta({
  id: 'LimitRulesInForce',
  example: { ...DEFAULT_LIMIT_RULES, updatedAt: '2026-11-02T10:45:09.621Z', isDefault: false },
}))();
