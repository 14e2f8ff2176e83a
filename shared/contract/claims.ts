import * as z from 'zod';
import { CLAIM_DOCUMENT_KINDS, CLAIM_DOCUMENT_STATUSES, CLAIM_REASON_CODES, CLAIM_STATUSES, DEDUCTIBLE_ORDERS, RISK_TYPES } from '#domain/claims';
import { BuyerId } from './buyers.ts';
import { Amount, Id, IsoDate, MoneyAmount, Page, PageQuery, PlausibleDate, Timestamp, UpdatedSince } from './common.ts';
import { RateShown } from './fx.ts';
import { InvoiceId } from './orders.ts';

export const ClaimId = /* @__PURE__ */ (() => Id('claim', 'Claim id (clm_…)'))();
export const ClaimParams = /* @__PURE__ */ (() => z.strictObject({ claimId: ClaimId }))();
export const DocumentParams = /* @__PURE__ */ (() => z.strictObject({ claimId: ClaimId, kind: z.enum(CLAIM_DOCUMENT_KINDS) }))();

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
  .meta({ id: 'OverdueNotification' }))();
export type OverdueNotificationBody = z.output<typeof OverdueNotificationBody>;

export const ClaimInvoicesBody = /* @__PURE__ */ (() => z
  .strictObject({
    invoiceIds: ClaimedInvoiceIds(
      'More unpaid invoices on the claim’s buyer: past due, or any unpaid one on an insolvent buyer; the claim holds 90 invoices at most in all',
    ),
  })
  .meta({ id: 'ClaimInvoices' }))();
export type ClaimInvoicesBody = z.output<typeof ClaimInvoicesBody>;

export const MoneyReceivedBody = /* @__PURE__ */ (() => z
  .strictObject({ amount: MoneyAmount('Excluding VAT', { positive: true }), receivedOn: PlausibleDate('The day the money arrived; not after today') })
  .meta({ id: 'MoneyReceived' }))();
export type MoneyReceivedBody = z.output<typeof MoneyReceivedBody>;

export const CollectionCostBody = /* @__PURE__ */ (() => z
  .strictObject({
    amount: MoneyAmount('Excluding VAT, in the policy currency', { positive: true }),
    incurredOn: PlausibleDate('The day the cost was incurred; not after today'),
    description: z.string().trim().min(1).max(500).meta({ description: 'What the cost was for (a collection agency’s fee, a court fee…)' }),
  })
  .meta({ id: 'CollectionCost' }))();
export type CollectionCostBody = z.output<typeof CollectionCostBody>;

export const DocumentBody = /* @__PURE__ */ (() => z
  .strictObject({ status: z.enum(CLAIM_DOCUMENT_STATUSES), note: z.string().min(1).max(500).optional() })
  .meta({ id: 'ClaimDocument' }))();
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
  .meta({ id: 'Indemnity', description: 'Every number of the indemnity, with the sentence that explains it' }))();

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
  .meta({ id: 'Claim' }))();
export const ClaimPage = /* @__PURE__ */ (() => Page(Claim, 'ClaimPage'))();
