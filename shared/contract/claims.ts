import * as z from 'zod';
import { CLAIM_DOCUMENT_KINDS, CLAIM_DOCUMENT_STATUSES, CLAIM_REASON_CODES, CLAIM_STATUSES, DEDUCTIBLE_ORDERS, RISK_TYPES } from '#domain/claims';
import { BuyerId } from './buyers.ts';
import { EXAMPLE_IDS, EXAMPLE_STORY } from './examples.ts';
import { Amount, Id, IsoDate, MoneyAmount, Page, PageQuery, PlausibleDate, Timestamp, UpdatedSince } from './common.ts';
import { RateShown } from './fx.ts';
import { InvoiceId } from './orders.ts';

export const ClaimId = /* @__PURE__ */ (() => Id('claim', 'Claim id (clm_…)'))();
export const ClaimParams = /* @__PURE__ */ (() => z.strictObject({ claimId: ClaimId }))();
export const DocumentParams = /* @__PURE__ */ (() => z.strictObject({ claimId: ClaimId, kind: z.enum(CLAIM_DOCUMENT_KINDS) }))();

/**
 * The examples' claim (docs/domain.md, the claim and the indemnity), on the story's buyer and its
 * limit of EUR 150,000.00 from 2026-11-26; a policy at cover 90 %, deductible 0, no threshold nor
 * aggregate first loss, maxExtensionDays 60, notificationPeriodDays 0, waiting period 180 days.
 * Three invoices on 60-day terms: A (the story's invoice) EUR 80,000.00 delivered 2026-11-26, of
 * which the buyer paid EUR 20,000.00; B EUR 60,000.00 delivered 2026-12-10; C EUR 60,000.00
 * delivered 2027-01-05. A is due 2027-01-25, so mepEndsOn (and the deadline) is 2027-03-26.
 * - 2027-03-01: A and B notified (EUR 120,000.00), in collection; waiting period to 2027-08-28.
 * - 2027-03-09: EUR 20,000.00 collected, on A (the oldest): A EUR 40,000.00 outstanding.
 * - 2027-03-12: C added (past due since 2027-03-06, before the deadline): EUR 160,000.00.
 * - 2027-03-22: the buyer is insolvent: indemnifiable, date of loss that day. Covered loss
 *   40,000.00 + 60,000.00 + 50,000.00 (C capped: the limit leaves 50,000.00 above the 100,000.00
 *   delivered before it) = 150,000.00; indemnity 90 % = EUR 135,000.00, 135/160 of the loss.
 * - Collection costs EUR 12,000.00: the insurer bears floor(12,000.00 × 135/160) = 10,125.00,
 *   paid with the indemnity (EUR 145,125.00 in all); a recovery of EUR 32,000.00 from the
 *   liquidator: the insurer's share floor(32,000.00 × 135/160) = 27,000.00, 5,000.00 to the policyholder.
 */
const INVOICE_B = 'inv_01M8C2A7N5QZ4R8V3KXW9T6D1E';
const INVOICE_C = 'inv_01M8CX0F4PJ7S2H9BQ5M3N8RWY';
const claimInvoiceA = /* @__PURE__ */ (() => ({ invoiceId: EXAMPLE_IDS.invoice, amount: 8000000, outstanding: 6000000, issueDate: EXAMPLE_STORY.today, dueDate: '2027-01-25' }))();
const claimInvoiceB = { invoiceId: INVOICE_B, amount: 6000000, outstanding: 6000000, issueDate: '2026-12-10', dueDate: '2027-02-08' };
const claimInvoiceC = { invoiceId: INVOICE_C, amount: 6000000, outstanding: 6000000, issueDate: '2027-01-05', dueDate: '2027-03-06' };
const collected = /* @__PURE__ */ (() => ({ ...claimInvoiceA, outstanding: 4000000 }))();
const AT = {
  notified: '2027-03-01T09:41:27.305Z',
  collection: '2027-03-10T15:22:08.114Z',
  added: '2027-03-12T11:05:51.620Z',
  document: '2027-03-15T08:30:12.947Z',
  indemnifiable: '2027-03-23T06:00:04.512Z',
  cost: '2027-03-25T13:47:36.028Z',
  indemnified: '2027-04-06T10:15:00.233Z',
  recovery: '2027-06-18T09:02:44.790Z',
};
const TIMELINE = /* @__PURE__ */ (() => ({
  notified: { at: AT.notified, event: 'notified', detail: `Overdue of EUR 120,000.00 on 2 invoice(s) notified on 2027-03-01, within the deadline of 2027-03-26.` },
  inCollection: { at: AT.notified, event: 'in_collection', detail: `Collection starts; without the buyer's insolvency the claim becomes indemnifiable when the waiting period ends on 2027-08-28.` },
  collection: { at: AT.collection, event: 'collection', detail: `EUR 20,000.00 collected from the buyer on 2027-03-09, applied to the oldest invoices first.` },
  added: { at: AT.added, event: 'invoices_added', detail: `1 invoice(s) added on 2027-03-12, EUR 60,000.00 outstanding on them: outstanding now EUR 160,000.00.` },
  document: { at: AT.document, event: 'document', detail: `proof of delivery: provided (Signed delivery notes for the three invoices).` },
  indemnifiable: { at: AT.indemnifiable, event: 'indemnifiable', detail: `Date of loss: the buyer's insolvency on 2027-03-22. Indemnity EUR 135,000.00.` },
  cost: {
    at: AT.cost,
    event: 'cost',
    detail: `Collection cost of EUR 12,000.00 (Collection agency fee, Recouvrement Rhône-Alpes SARL), incurred on 2027-03-24: shared by each side's share of the loss, the insurer's part is paid with the indemnity.`,
  },
  indemnified: { at: AT.indemnified, event: 'indemnified', detail: `Indemnity of EUR 135,000.00 paid, with EUR 10,125.00 as the insurer's share of EUR 12,000.00 collection costs: EUR 145,125.00 in all.` },
  recovery: {
    at: AT.recovery,
    event: 'recovery',
    detail:
      `EUR 32,000.00 recovered on 2027-06-17, shared by each side's share of the EUR 160,000.00 loss: the insurer's share of the EUR 32,000.00 recovered in all is EUR 27,000.00 (× EUR 135,000.00 indemnity / EUR 160,000.00 loss, rounded down), so EUR 27,000.00 of this one goes to the insurer and EUR 5,000.00 to the policyholder.`,
  },
}))();
/** An invoice wholly within the limit left at its delivery, in the engine's own sentence. */
const covered = (invoice: { invoiceId: string; outstanding: number; issueDate: string }, outstanding: string) => ({
  invoiceId: invoice.invoiceId,
  outstanding: invoice.outstanding,
  covered: true,
  coveredAmount: invoice.outstanding,
  reason: {
    code: 'covered',
    message: `Invoice ${invoice.invoiceId} delivered on ${invoice.issueDate} is covered for its ${outstanding} outstanding, within the limit of EUR 150,000.00 in force that day.`,
  },
});
const INDEMNITY_EXAMPLE = /* @__PURE__ */ (() => ({
  outstanding: 16000000,
  coveredLoss: 15000000,
  coverPercent: 90,
  deductible: 0,
  deductibleApplies: 'after_percent',
  nonQualifyingLoss: 0,
  aggregateFirstLoss: 0,
  aggregateFirstLossUsed: 0,
  aggregateFirstLossLeft: 0,
  maxLiability: 300000000,
  cappedBy: 'limit',
  amount: 13500000,
  collectionCosts: 0,
  collectionCostsShare: 0,
  policyVersion: 1,
  invoices: [
    covered(collected, 'EUR 40,000.00'),
    covered(claimInvoiceB, 'EUR 60,000.00'),
    {
      invoiceId: INVOICE_C,
      outstanding: 6000000,
      covered: true,
      coveredAmount: 5000000,
      reason: {
        code: 'capped_by_limit',
        message: `Invoice ${INVOICE_C} delivered on 2027-01-05 is covered for EUR 50,000.00 of its EUR 60,000.00 outstanding: the limit of EUR 150,000.00 in force that day leaves EUR 50,000.00 above the EUR 100,000.00 of earlier deliveries.`,
      },
    },
  ],
  reasons: [
    { code: 'policy_in_force', message: 'Version 1 of the policy, in force on the date of loss, sets the retentions; the version in force on each delivery day decides whether its terms were covered.' },
    { code: 'limit_cap', message: 'The limits in force at each delivery cap the covered loss at EUR 150,000.00 of the EUR 160,000.00 outstanding on invoices within cover.' },
    { code: 'cover_percent', message: 'The policy covers 90 % of the covered loss of EUR 150,000.00: EUR 135,000.00.' },
    { code: 'deductible', message: 'Less the deductible of EUR 0.00, the indemnity is EUR 135,000.00.' },
  ],
}))();
const INDEMNITY_WITH_COSTS = /* @__PURE__ */ (() => ({
  ...INDEMNITY_EXAMPLE,
  collectionCosts: 1200000,
  collectionCostsShare: 1012500,
  reasons: [
    ...INDEMNITY_EXAMPLE.reasons,
    {
      code: 'collection_costs',
      message:
        'Collection costs of EUR 12,000.00 are shared like the loss: the insurer bears EUR 10,125.00 (EUR 12,000.00 × EUR 135,000.00 indemnity / EUR 160,000.00 loss, rounded down), paid on top of the indemnity.',
    },
  ],
}))();
const COST = /* @__PURE__ */ (() => ({ amount: 1200000, incurredOn: '2027-03-24', description: 'Collection agency fee, Recouvrement Rhône-Alpes SARL', recordedAt: AT.cost }))();
const MISSING = { status: 'missing' };
/** The claim as notified (201 of the notification): two invoices, in collection. */
export const CLAIM_NOTIFIED_EXAMPLE = /* @__PURE__ */ (() => ({
  claimId: EXAMPLE_IDS.claim,
  buyerId: EXAMPLE_IDS.buyer,
  currency: EXAMPLE_STORY.currency,
  status: 'in_collection',
  invoices: [claimInvoiceA, claimInvoiceB],
  outstanding: 12000000,
  notifiedOn: '2027-03-01',
  deadline: '2027-03-26',
  mepEndsOn: '2027-03-26',
  waitingPeriodEndsOn: '2027-08-28',
  riskType: 'commercial',
  collections: [] as unknown[],
  recoveries: [] as unknown[],
  costs: [] as unknown[],
  documents: { invoices: MISSING, proof_of_delivery: MISSING, correspondence: MISSING, statement_of_account: MISSING } as Record<string, unknown>,
  timeline: [TIMELINE.notified, TIMELINE.inCollection],
  createdAt: AT.notified,
  updatedAt: AT.notified,
}))();
/** After EUR 20,000.00 collected from the buyer (201 of a collection). */
export const CLAIM_COLLECTED_EXAMPLE = /* @__PURE__ */ (() => ({
  ...CLAIM_NOTIFIED_EXAMPLE,
  invoices: [collected, claimInvoiceB],
  outstanding: 10000000,
  collections: [{ amount: 2000000, receivedOn: '2027-03-09', allocations: [{ invoiceId: EXAMPLE_IDS.invoice, amount: 2000000 }] }],
  timeline: [...CLAIM_NOTIFIED_EXAMPLE.timeline, TIMELINE.collection],
  updatedAt: AT.collection,
}))();
/** With invoice C added (201 of the addition). */
export const CLAIM_ADDED_EXAMPLE = /* @__PURE__ */ (() => ({
  ...CLAIM_COLLECTED_EXAMPLE,
  invoices: [collected, claimInvoiceB, claimInvoiceC],
  outstanding: 16000000,
  timeline: [...CLAIM_COLLECTED_EXAMPLE.timeline, TIMELINE.added],
  updatedAt: AT.added,
}))();
const PROVIDED = /* @__PURE__ */ (() => ({ ...CLAIM_ADDED_EXAMPLE.documents, proof_of_delivery: { status: 'provided', updatedAt: AT.document, note: 'Signed delivery notes for the three invoices' } }))();
/** Indemnifiable at the insolvency, with a collection cost recorded (201 of a cost before the indemnity). */
export const CLAIM_COST_EXAMPLE = /* @__PURE__ */ (() => ({
  ...CLAIM_ADDED_EXAMPLE,
  status: 'indemnifiable',
  dateOfLoss: '2027-03-22',
  lossCause: 'insolvency',
  indemnity: INDEMNITY_WITH_COSTS,
  costs: [COST],
  documents: PROVIDED,
  timeline: [...CLAIM_ADDED_EXAMPLE.timeline, TIMELINE.document, TIMELINE.indemnifiable, TIMELINE.cost],
  updatedAt: AT.cost,
}))();
/** Indemnified: EUR 135,000.00 and the insurer's EUR 10,125.00 of the costs paid (201 of the indemnity). */
export const CLAIM_INDEMNIFIED_EXAMPLE = /* @__PURE__ */ (() => ({
  ...CLAIM_COST_EXAMPLE,
  status: 'indemnified',
  indemnifiedOn: '2027-04-06',
  costs: [{ ...COST, insurerShare: 1012500, policyholderShare: 187500, paidOn: '2027-04-06' }],
  timeline: [...CLAIM_COST_EXAMPLE.timeline, TIMELINE.indemnified],
  updatedAt: AT.indemnified,
}))();
/** The claim file at its last step: a recovery shared after the indemnity. */
const CLAIM_EXAMPLE = /* @__PURE__ */ (() => ({
  ...CLAIM_INDEMNIFIED_EXAMPLE,
  recoveries: [{ amount: 3200000, receivedOn: '2027-06-17', insurerShare: 2700000, policyholderShare: 500000 }],
  timeline: [...CLAIM_INDEMNIFIED_EXAMPLE.timeline, TIMELINE.recovery],
  updatedAt: AT.recovery,
}))();

/** Invoices named for a claim: 1 to 90, each once. */
const ClaimedInvoiceIds = (description: string) =>
  z
    .array(InvoiceId)
    .min(1)
    .max(90)
    .refine((ids) => new Set(ids).size === ids.length, 'each invoice once')
    .meta({ description });

export const OverdueNotificationBody = /* @__PURE__ */ (() => z
  .strictObject({
    buyerId: BuyerId,
    invoiceIds: ClaimedInvoiceIds('The unpaid, past-due invoices notified (90 at most); on an insolvent buyer, any unpaid invoice, due or not'),
    cause: z
      .enum(RISK_TYPES)
      .default('commercial')
      .meta({ description: 'commercial (default): the buyer does not pay; political: a public buyer, or a country event open in the buyer’s country on the invoices’ due dates, stops the money (the policy must cover political risk)' }),
  })
  .meta({ id: 'OverdueNotification', example: { buyerId: EXAMPLE_IDS.buyer, invoiceIds: [EXAMPLE_IDS.invoice, INVOICE_B], cause: 'commercial' } }))();
export type OverdueNotificationBody = z.output<typeof OverdueNotificationBody>;

export const ClaimInvoicesBody = /* @__PURE__ */ (() => z
  .strictObject({
    invoiceIds: ClaimedInvoiceIds(
      'More unpaid invoices on the claim’s buyer: past due, or any unpaid one on an insolvent buyer; the claim holds 90 invoices at most in all',
    ),
  })
  .meta({ id: 'ClaimInvoices', example: { invoiceIds: [INVOICE_C] } }))();
export type ClaimInvoicesBody = z.output<typeof ClaimInvoicesBody>;

export const MoneyReceivedBody = /* @__PURE__ */ (() => z
  .strictObject({ amount: MoneyAmount('Excluding VAT', { positive: true }), receivedOn: PlausibleDate('The day the money arrived; not after today') })
  .meta({ id: 'MoneyReceived', example: { amount: 2000000, receivedOn: '2027-03-09' } }))();
export type MoneyReceivedBody = z.output<typeof MoneyReceivedBody>;

export const CollectionCostBody = /* @__PURE__ */ (() => z
  .strictObject({
    amount: MoneyAmount('Excluding VAT, in the policy currency', { positive: true }),
    incurredOn: PlausibleDate('The day the cost was incurred; not after today'),
    description: z.string().trim().min(1).max(500).meta({ description: 'What the cost was for (a collection agency’s fee, a court fee…)' }),
  })
  .meta({ id: 'CollectionCost', example: { amount: COST.amount, incurredOn: COST.incurredOn, description: COST.description } }))();
export type CollectionCostBody = z.output<typeof CollectionCostBody>;

export const DocumentBody = /* @__PURE__ */ (() => z
  .strictObject({ status: z.enum(CLAIM_DOCUMENT_STATUSES), note: z.string().min(1).max(500).optional() })
  .meta({ id: 'ClaimDocument', example: { status: 'provided', note: 'Signed delivery notes for the three invoices' } }))();
export type DocumentBody = z.output<typeof DocumentBody>;

export const ClaimQuery = /* @__PURE__ */ (() => PageQuery.extend({ status: z.enum(CLAIM_STATUSES).optional(), buyerId: BuyerId.optional(), updatedSince: UpdatedSince }))();
export type ClaimQuery = z.output<typeof ClaimQuery>;

const Reason = /* @__PURE__ */ (() => z
  .object({ code: z.enum(CLAIM_REASON_CODES), message: z.string() })
  .meta({ id: 'ClaimReason', description: 'Why an invoice is or is not covered, or a step of the indemnity (docs/domain.md, the indemnity)' }))();
const ClaimInvoice = /* @__PURE__ */ (() => z.object({
  invoiceId: InvoiceId,
  amount: Amount.meta({ description: 'In the invoice’s currency' }),
  outstanding: Amount.meta({ description: 'In the invoice’s currency' }),
  issueDate: IsoDate,
  dueDate: IsoDate,
  currency: z.string().optional().meta({ description: 'The invoice’s currency when it is not the policy currency: the indemnity converts it at the rate in force on the date of loss' }),
}))();
const OriginalAmount = /* @__PURE__ */ (() => z
  .object({
    outstanding: Amount.meta({ description: 'Outstanding at the date of loss, in the invoice’s currency' }),
    currency: z.string(),
    rate: z.string().meta({ description: 'The invoice currency’s rate in force on the date of loss, units for 1 EUR (the policy currency’s for an invoice in EUR)' }),
    publishedFor: IsoDate,
    policyCurrencyRate: RateShown.optional().meta({ description: 'Between two currencies other than EUR: the policy currency’s rate too (the conversion goes through EUR)' }),
  })
  .meta({ id: 'ClaimInvoiceOriginal', description: 'An invoice in another currency than the policy’s: what it showed, and the rate that converted it' }))();
export const Indemnity = /* @__PURE__ */ (() => z
  .object({
    outstanding: Amount,
    coveredLoss: Amount,
    coverPercent: z.number(),
    deductible: Amount,
    deductibleApplies: z.enum(DEDUCTIBLE_ORDERS).meta({ description: 'Whether the deductible was taken after the cover percentage or before it' }),
    nonQualifyingLoss: Amount.optional().meta({ description: 'The policy’s claimThreshold: a covered loss at or below it pays nothing (absent on claims valued before it was kept)' }),
    aggregateFirstLoss: Amount.meta({ description: 'The policy year’s aggregate first loss' }),
    aggregateFirstLossUsed: Amount.meta({ description: 'What this claim used of it' }),
    aggregateFirstLossLeft: Amount.meta({ description: 'What is left of it after this claim' }),
    maxLiability: Amount.optional().meta({ description: 'The policy year’s maximum liability in force: the lower of the amount and the multiple of the year’s premium' }),
    cappedBy: z.enum(['limit', 'max_liability']).optional(),
    amount: Amount,
    collectionCosts: Amount.meta({ description: 'Collection costs incurred on the claim when valued' }),
    collectionCostsShare: Amount.meta({ description: 'The insurer’s share of them, floor(costs × amount / outstanding), paid with the indemnity' }),
    policyVersion: z.int().positive().optional().meta({ description: 'The policy version in force at the date of loss, whose terms made this indemnity (absent on claims valued before it was kept)' }),
    invoices: z.array(z.object({ invoiceId: InvoiceId, outstanding: Amount.meta({ description: 'In the policy currency' }), original: OriginalAmount.optional(), covered: z.boolean(), coveredAmount: Amount, reason: Reason })),
    reasons: z.array(Reason),
  })
  .meta({ id: 'Indemnity', description: 'Every number of the indemnity, with the sentence that explains it', example: INDEMNITY_WITH_COSTS }))();

export const Claim = /* @__PURE__ */ (() => z
  .object({
    claimId: ClaimId,
    buyerId: BuyerId,
    currency: z.string(),
    status: z.enum(CLAIM_STATUSES),
    invoices: z.array(ClaimInvoice),
    outstanding: Amount,
    notifiedOn: IsoDate,
    deadline: IsoDate.meta({ description: 'The notification deadline the notification met' }),
    mepEndsOn: IsoDate.optional().meta({ description: 'The end of the maximum extension period when notified: invoices delivered after it are left out of the indemnity' }),
    waitingPeriodEndsOn: IsoDate,
    dateOfLoss: IsoDate.optional(),
    riskType: z.enum(RISK_TYPES).meta({ description: 'commercial, or political: its own waiting period and cover percentage' }),
    lossCause: z.enum(['insolvency', 'protracted_default', 'political']).optional(),
    indemnity: Indemnity.optional(),
    indemnifiedOn: IsoDate.optional(),
    collections: z.array(z.object({ amount: Amount, receivedOn: IsoDate, allocations: z.array(z.object({ invoiceId: InvoiceId, amount: Amount })) })),
    recoveries: z.array(z.object({ amount: Amount, receivedOn: IsoDate, insurerShare: Amount, policyholderShare: Amount })),
    costs: z
      .array(
        z.object({
          amount: Amount,
          incurredOn: IsoDate,
          description: z.string(),
          recordedAt: Timestamp,
          insurerShare: Amount.optional().meta({ description: 'Once paid: the insurer’s share, by its share of the loss' }),
          policyholderShare: Amount.optional(),
          paidOn: IsoDate.optional().meta({ description: 'When the insurer paid its share: with the indemnity, or at once when recorded after it' }),
        }),
      )
      .meta({ description: 'Collection costs, shared like recoveries' }),
    documents: z.record(z.enum(CLAIM_DOCUMENT_KINDS), z.object({ status: z.enum(CLAIM_DOCUMENT_STATUSES), updatedAt: Timestamp.optional(), note: z.string().optional() })),
    timeline: z.array(z.object({ at: Timestamp, event: z.string(), detail: z.string() })),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Claim', example: CLAIM_EXAMPLE }))();
export const ClaimPage = /* @__PURE__ */ (() => Page(Claim, 'ClaimPage'))();
