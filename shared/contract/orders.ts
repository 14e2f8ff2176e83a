import * as z from 'zod';
import { Amount, Currency, Id, IsoDate, MoneyAmount, Page, PageQuery, PlausibleDate, Text, Timestamp, UpdatedSince } from './common.ts';
import { BuyerId } from './buyers.ts';
import { ConversionRate } from './fx.ts';
import { COVER_REASON_CODES, RECOMMENDATIONS, STRATEGIC_IMPORTANCES } from '#domain/cover';

export const InvoiceId = /* @__PURE__ */ (() => Id('invoice', 'Invoice id (inv_…)'))();
export const OrderId = /* @__PURE__ */ (() => Id('order', 'Order id (ord_…)'))();

export const InvoiceInput = /* @__PURE__ */ (() => z
  .strictObject({
    buyerId: BuyerId,
    number: Text(1, 64).meta({ description: 'Your invoice number, unique per tenant' }),
    amount: MoneyAmount('Amount excluding VAT, in `currency`', { positive: true }),
    currency: Currency.meta({ description: 'The invoice’s currency: the policy currency, or any other with a reference rate in force on the issue date (converted at it; 422 fx-rate-missing without one)' }),
    issueDate: PlausibleDate('The day the invoice was issued (the delivery)'),
    dueDate: PlausibleDate('The day payment is due: not before the issue date'),
    orderId: OrderId.optional().meta({ description: 'The committed order this invoice delivers: its reservation turns into the invoice' }),
  })
  .refine((invoice) => invoice.dueDate >= invoice.issueDate, { message: 'the due date cannot precede the issue date', path: ['dueDate'] }))();
export type InvoiceInput = z.output<typeof InvoiceInput>;

export const CreateInvoicesBody = /* @__PURE__ */ (() => z
  .union([InvoiceInput, z.strictObject({ invoices: z.array(InvoiceInput).min(1).max(100) })])
  .meta({ id: 'CreateInvoices', description: 'One invoice, or up to 100 in {invoices: […]}' }))();
export type CreateInvoicesBody = z.output<typeof CreateInvoicesBody>;

export const Invoice = /* @__PURE__ */ (() => z
  .object({
    invoiceId: InvoiceId,
    buyerId: BuyerId,
    number: z.string(),
    amount: Amount.meta({ description: 'In `currency`' }),
    currency: z.string(),
    issueDate: IsoDate,
    dueDate: IsoDate,
    orderId: OrderId.optional(),
    outstanding: Amount.meta({ description: 'Unpaid, in `currency`' }),
    policyCurrency: z.string().meta({ description: 'The policy currency: exposure and headroom are in it' }),
    amountInPolicyCurrency: Amount.meta({ description: 'The amount in the policy currency: at the reference rate in force on the issue date, rounded half up (the amount itself when in the policy currency)' }),
    outstandingInPolicyCurrency: Amount.meta({ description: 'What the invoice adds to exposure: the outstanding at the issue date’s rate, rounded half up; 0 once paid' }),
    fxRate: ConversionRate.optional().meta({ description: 'The rate(s) that converted it, when not in the policy currency' }),
    status: z.enum(['open', 'paid']),
    createdAt: Timestamp,
    updatedAt: Timestamp.meta({ description: 'When it last changed (declared, paid, notified in a claim, collected, its due date extended): what updatedSince sorts by' }),
    agreedDueDate: IsoDate.optional().meta({ description: 'The last new due date an approved extension gave (by the policyholder or the insurer); the original dueDate stays' }),
    extendedDueDate: IsoDate.optional().meta({ description: 'The last new due date the insurer approved (a referred extension): it moves the buyer’s mepEndsOn while this is its oldest unpaid invoice' }),
    pendingExtensionId: z.string().optional().meta({ description: 'An extension request on this invoice waiting for the insurer' }),
  })
  .meta({ id: 'Invoice' }))();
export type Invoice = z.output<typeof Invoice>;
export const CreatedInvoices = /* @__PURE__ */ (() => z.object({ items: z.array(Invoice) }).meta({ id: 'CreatedInvoices' }))();
/** One invoice declared answers the invoice; a batch answers {items}. */
export const CreatedInvoice = /* @__PURE__ */ (() => z.union([Invoice, CreatedInvoices]).meta({ id: 'CreatedInvoice', description: 'The invoice, or {items} for a batch' }))();
export const InvoicePage = /* @__PURE__ */ (() => Page(Invoice, 'InvoicePage'))();
export const InvoiceStatus = /* @__PURE__ */ (() => z.enum(['open', 'paid']))();
export const InvoiceQuery = /* @__PURE__ */ (() => PageQuery.extend({
  buyerId: BuyerId.optional().meta({ description: 'Only the invoices on this buyer (by issue date); without it, all your invoices' }),
  status: InvoiceStatus.optional().meta({ description: 'Only open (unpaid) or paid invoices' }),
  updatedSince: UpdatedSince,
}))();
export type InvoiceQuery = z.output<typeof InvoiceQuery>;
export const InvoiceParams = /* @__PURE__ */ (() => z.strictObject({ invoiceId: InvoiceId }))();
export const PaymentId = /* @__PURE__ */ (() => Id('payment', 'Payment id (pay_…)'))();
export const PaymentParams = /* @__PURE__ */ (() => z.strictObject({ invoiceId: InvoiceId, paymentId: PaymentId }))();

export const PaymentBody = /* @__PURE__ */ (() => z
  .strictObject({ amount: MoneyAmount('The amount paid, at most what is outstanding', { positive: true }), paidOn: PlausibleDate('The day the buyer paid: not before the invoice’s issue date, not after today') })
  .meta({ id: 'Payment' }))();
export const PaymentResult = /* @__PURE__ */ (() => z
  .object({ paymentId: PaymentId, invoice: Invoice, amount: Amount, paidOn: IsoDate })
  .meta({ id: 'PaymentResult' }))();

export const Exposure = /* @__PURE__ */ (() => z
  .object({
    buyerId: BuyerId,
    currency: z.string(),
    limit: Amount.meta({ description: 'Limit in force today' }),
    outstanding: Amount.meta({ description: 'Unpaid invoices' }),
    committed: Amount.meta({ description: 'Covered parts of committed orders not yet invoiced' }),
    headroom: Amount.meta({ description: 'limit − outstanding − committed, never below 0' }),
    oldestUnpaidDueDate: IsoDate.optional(),
    mepEndsOn: IsoDate.optional().meta({
      description: 'End of the maximum extension period: deliveries after it are not covered (oldest unpaid due date + maxExtensionDays, or the later due date the insurer approved); absent when nothing is unpaid',
    }),
    notificationDeadline: IsoDate.optional().meta({ description: 'The last day to notify an overdue on this buyer: mepEndsOn + notificationPeriodDays; absent when nothing is unpaid' }),
  })
  .meta({ id: 'Exposure' }))();
export type Exposure = z.output<typeof Exposure>;
export const ExposureParams = /* @__PURE__ */ (() => z.strictObject({ buyerId: BuyerId }))();

export const Recommendation = /* @__PURE__ */ (() => z.enum(RECOMMENDATIONS))();
export const Importance = /* @__PURE__ */ (() => z.enum(STRATEGIC_IMPORTANCES))();

export const CoverCheckBody = /* @__PURE__ */ (() => z
  .strictObject({
    buyerId: BuyerId,
    amount: MoneyAmount('Order amount excluding VAT, in `currency`', { positive: true }),
    currency: Currency.optional().meta({ description: 'The order’s currency. Default: the policy currency. Another one is converted at the reference rate in force on the delivery date (422 fx-rate-missing without one); the cover is judged in the policy currency' }),
    paymentTermsDays: z.int().min(0).max(3650),
    deliveryDate: PlausibleDate('Default: today. Limits in force on that day apply.').optional(),
    margin: z
      .number()
      .min(0)
      .max(100)
      .refine((m) => Math.abs(m * 100 - Math.round(m * 100)) < 1e-9, 'at most 2 decimals')
      .optional()
      .meta({ description: 'Your margin on the order, percent (e.g. 18.5)' }),
    strategicImportance: Importance.default('normal'),
    commit: z.boolean().default(false).meta({ description: 'Reserve the covered part against the limit and return an orderId' }),
  })
  .meta({ id: 'CoverCheck' }))();
export type CoverCheckBody = z.output<typeof CoverCheckBody>;

export const CoverCheckResult = /* @__PURE__ */ (() => z
  .object({
    buyerId: BuyerId,
    covered: z.boolean().meta({ description: 'Some of the order is covered' }),
    coveredAmount: Amount,
    uncoveredAmount: Amount,
    recommendation: Recommendation,
    depositAmount: Amount,
    currency: z.string().meta({ description: 'The policy currency: every amount of the answer but `order` is in it' }),
    order: z
      .object({ amount: Amount, currency: z.string(), amountInPolicyCurrency: Amount, fxRate: ConversionRate.optional() })
      .meta({ id: 'CoverCheckOrder', description: 'The order as sent, and in the policy currency (at the delivery date’s rate when in another currency)' }),
    reasons: z.array(
      z
        .object({ code: z.enum(COVER_REASON_CODES), message: z.string() })
        .meta({ id: 'CoverReason', description: 'The rule that decided first, then a note when the matrix was adjusted (docs/domain.md, the cover check)' }),
    ),
    limit: z.object({ amount: Amount.meta({ description: 'Limit in force on the delivery date' }), headroom: Amount, outstanding: Amount, committed: Amount, deliveryDate: IsoDate }),
    orderId: OrderId.optional(),
  })
  .meta({ id: 'CoverCheckResult' }))();
export type CoverCheckResult = z.output<typeof CoverCheckResult>;

export const Order = /* @__PURE__ */ (() => z
  .object({
    orderId: OrderId,
    buyerId: BuyerId,
    amount: Amount.meta({ description: 'In `currency`' }),
    coveredAmount: Amount.meta({ description: 'Reserved against the limit, in the policy currency' }),
    currency: z.string(),
    policyCurrency: z.string(),
    amountInPolicyCurrency: Amount.meta({ description: 'At the delivery date’s rate when `currency` is not the policy currency' }),
    fxRate: ConversionRate.optional(),
    deliveryDate: IsoDate,
    status: z.enum(['committed', 'released', 'invoiced']),
    createdAt: Timestamp,
  })
  .meta({ id: 'Order' }))();
export type Order = z.output<typeof Order>;
export const OrderParams = /* @__PURE__ */ (() => z.strictObject({ orderId: OrderId }))();

const MatrixRule = /* @__PURE__ */ (() => z.strictObject({
  grades: z.strictObject({ min: z.int().min(1).max(10), max: z.int().min(1).max(10) }),
  minMarginBp: z.int().min(0).max(10_000).optional(),
  importance: z.array(Importance).min(1).optional(),
  whenPartlyCovered: Recommendation,
  whenNotCovered: Recommendation,
}))();
export const DecisionMatrixSchema = /* @__PURE__ */ (() => z.strictObject({ rules: z.array(MatrixRule).min(1).max(50) }).meta({ id: 'DecisionMatrix' }))();
export const DecisionMatrixResponse = /* @__PURE__ */ (() => DecisionMatrixSchema.extend({ isDefault: z.boolean(), updatedAt: Timestamp.optional() }).meta({ id: 'DecisionMatrixInForce' }))();
