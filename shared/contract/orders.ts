import * as z from 'zod';
import { Amount, Currency, Id, IsoDate, MoneyAmount, Page, PageQuery, PlausibleDate, Text, Timestamp, UpdatedSince } from './common.ts';
import { BuyerId } from './buyers.ts';
import { ConversionRate } from './fx.ts';
import { COVER_REASON_CODES, DEFAULT_DECISION_MATRIX, RECOMMENDATIONS, STRATEGIC_IMPORTANCES } from '#domain/cover';
import { EXAMPLE_IDS, EXAMPLE_STORY } from './examples.ts';

/**
 * The examples' order and invoice, on the story's buyer (grade 4) and its limit of EUR 150,000.00
 * in force from 2026-11-26 (docs/domain.md, the cover check): an order of EUR 80,000.00 on
 * 60-day terms delivered that day is wholly covered and committed (201); its invoice, due
 * 2027-01-25, turns the reservation into EUR 80,000.00 outstanding, leaving EUR 70,000.00 of
 * headroom, so a second order of EUR 100,000.00 the next day is covered for EUR 70,000.00 against
 * a deposit of EUR 30,000.00 (200, rule 1 of the default matrix). mepEndsOn and the notification
 * deadline are the due date + maxExtensionDays 60 (notificationPeriodDays 0): 2027-03-26.
 */
const ORDERED_AT = '2026-11-26T09:21:37.804Z';
const INVOICED_AT = '2026-11-26T09:32:10.447Z';
const INVOICE_INPUT_EXAMPLE = /* @__PURE__ */ (() => ({
  buyerId: EXAMPLE_IDS.buyer,
  number: 'FA-2026-11-0412',
  amount: 8000000,
  currency: EXAMPLE_STORY.currency,
  issueDate: EXAMPLE_STORY.today,
  dueDate: '2027-01-25',
  orderId: EXAMPLE_IDS.order,
}))();
const INVOICE_EXAMPLE = /* @__PURE__ */ (() => ({
  invoiceId: EXAMPLE_IDS.invoice,
  ...INVOICE_INPUT_EXAMPLE,
  outstanding: 8000000,
  policyCurrency: EXAMPLE_STORY.currency,
  amountInPolicyCurrency: 8000000,
  outstandingInPolicyCurrency: 8000000,
  status: 'open',
  createdAt: INVOICED_AT,
  updatedAt: INVOICED_AT,
}))();
/** The buyer paid EUR 20,000.00 of it on 2026-12-28. */
const PAID_AT = '2026-12-29T08:47:02.519Z';
const PAYMENT_EXAMPLE = { amount: 2000000, paidOn: '2026-12-28' };
const PAYMENT_RESULT_EXAMPLE = /* @__PURE__ */ (() => ({
  paymentId: EXAMPLE_IDS.payment,
  invoice: { ...INVOICE_EXAMPLE, outstanding: 6000000, outstandingInPolicyCurrency: 6000000, updatedAt: PAID_AT },
  ...PAYMENT_EXAMPLE,
}))();
/** The answer to the committed order (201). */
export const COVER_CHECK_COMMITTED_EXAMPLE = /* @__PURE__ */ (() => ({
  buyerId: EXAMPLE_IDS.buyer,
  covered: true,
  coveredAmount: 8000000,
  uncoveredAmount: 0,
  recommendation: 'accept',
  depositAmount: 0,
  currency: EXAMPLE_STORY.currency,
  order: { amount: 8000000, currency: EXAMPLE_STORY.currency, amountInPolicyCurrency: 8000000 },
  reasons: [
    {
      code: 'covered',
      message:
        'The order of EUR 80,000.00 is fully covered: the limit of EUR 150,000.00 in force on 2026-11-26 leaves EUR 150,000.00 of headroom after EUR 0.00 outstanding and EUR 0.00 committed. Accept it.',
    },
  ],
  limit: { amount: 15000000, headroom: 15000000, outstanding: 0, committed: 0, deliveryDate: EXAMPLE_STORY.today },
  orderId: EXAMPLE_IDS.order,
}))();
/** The answer to a second order, checked without commit (200). */
export const COVER_CHECK_PARTLY_EXAMPLE = /* @__PURE__ */ (() => ({
  buyerId: EXAMPLE_IDS.buyer,
  covered: true,
  coveredAmount: 7000000,
  uncoveredAmount: 3000000,
  recommendation: 'accept_with_deposit',
  depositAmount: 3000000,
  currency: EXAMPLE_STORY.currency,
  order: { amount: 10000000, currency: EXAMPLE_STORY.currency, amountInPolicyCurrency: 10000000 },
  reasons: [
    {
      code: 'partly_covered',
      message:
        'The limit of EUR 150,000.00 in force on 2026-11-27 leaves EUR 70,000.00 of headroom after EUR 80,000.00 outstanding and EUR 0.00 committed, so EUR 70,000.00 of the order of EUR 100,000.00 is covered and EUR 30,000.00 is not. Rule 1 of the decision matrix (grades 1–5) recommends accepting it against a deposit of EUR 30,000.00, the uncovered excess.',
    },
  ],
  limit: { amount: 15000000, headroom: 7000000, outstanding: 8000000, committed: 0, deliveryDate: '2026-11-27' },
}))();
const ORDER_EXAMPLE = /* @__PURE__ */ (() => ({
  orderId: EXAMPLE_IDS.order,
  buyerId: EXAMPLE_IDS.buyer,
  amount: 8000000,
  coveredAmount: 8000000,
  currency: EXAMPLE_STORY.currency,
  policyCurrency: EXAMPLE_STORY.currency,
  amountInPolicyCurrency: 8000000,
  deliveryDate: EXAMPLE_STORY.today,
  status: 'committed',
  createdAt: ORDERED_AT,
}))();
/** The order released rather than invoiced (DELETE). */
export const ORDER_RELEASED_EXAMPLE = /* @__PURE__ */ (() => ({ ...ORDER_EXAMPLE, status: 'released' }))();
const MATRIX_UPDATED_AT = '2026-11-02T10:52:18.306Z';
/** The default matrix with one change: grades 6–7 accepted with a deposit from a margin of 15 % (1500 bp) rather than 20 %. */
const MATRIX_EXAMPLE = /* @__PURE__ */ (() => ({ rules: DEFAULT_DECISION_MATRIX.rules.map((rule, i) => (i === 1 ? { ...rule, minMarginBp: 1500 } : rule)) }))();

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
  .refine((invoice) => invoice.dueDate >= invoice.issueDate, { message: 'the due date cannot precede the issue date', path: ['dueDate'] })
  .meta({ example: INVOICE_INPUT_EXAMPLE }))();
export type InvoiceInput = z.output<typeof InvoiceInput>;

export const CreateInvoicesBody = /* @__PURE__ */ (() => z
  .union([InvoiceInput, z.strictObject({ invoices: z.array(InvoiceInput).min(1).max(100) })])
  .meta({ id: 'CreateInvoices', description: 'One invoice, or up to 100 in {invoices: […]}', example: INVOICE_INPUT_EXAMPLE }))();
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
  .meta({ id: 'Invoice', example: INVOICE_EXAMPLE }))();
export type Invoice = z.output<typeof Invoice>;
export const CreatedInvoices = /* @__PURE__ */ (() => z.object({ items: z.array(Invoice) }).meta({ id: 'CreatedInvoices', example: { items: [INVOICE_EXAMPLE] } }))();
/** One invoice declared answers the invoice; a batch answers {items}. */
export const CreatedInvoice = /* @__PURE__ */ (() => z.union([Invoice, CreatedInvoices]).meta({ id: 'CreatedInvoice', description: 'The invoice, or {items} for a batch', example: INVOICE_EXAMPLE }))();
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
  .meta({ id: 'Payment', example: PAYMENT_EXAMPLE }))();
export const PaymentResult = /* @__PURE__ */ (() => z
  .object({ paymentId: PaymentId, invoice: Invoice, amount: Amount, paidOn: IsoDate })
  .meta({ id: 'PaymentResult', example: PAYMENT_RESULT_EXAMPLE }))();

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
  .meta({
    id: 'Exposure',
    example: {
      buyerId: EXAMPLE_IDS.buyer,
      currency: EXAMPLE_STORY.currency,
      limit: 15000000,
      outstanding: 8000000,
      committed: 0,
      headroom: 7000000,
      oldestUnpaidDueDate: '2027-01-25',
      mepEndsOn: '2027-03-26',
      notificationDeadline: '2027-03-26',
    },
  }))();
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
  .meta({
    id: 'CoverCheck',
    example: { buyerId: EXAMPLE_IDS.buyer, amount: 8000000, currency: EXAMPLE_STORY.currency, paymentTermsDays: 60, deliveryDate: EXAMPLE_STORY.today, margin: 18.5, strategicImportance: 'normal', commit: true },
  }))();
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
  .meta({ id: 'CoverCheckResult', example: COVER_CHECK_COMMITTED_EXAMPLE }))();
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
  .meta({ id: 'Order', example: ORDER_EXAMPLE }))();
export type Order = z.output<typeof Order>;
export const OrderParams = /* @__PURE__ */ (() => z.strictObject({ orderId: OrderId }))();

const MatrixRule = /* @__PURE__ */ (() => z.strictObject({
  grades: z.strictObject({ min: z.int().min(1).max(10), max: z.int().min(1).max(10) }),
  minMarginBp: z.int().min(0).max(10_000).optional(),
  importance: z.array(Importance).min(1).optional(),
  whenPartlyCovered: Recommendation,
  whenNotCovered: Recommendation,
}))();
export const DecisionMatrixSchema = /* @__PURE__ */ (() => z.strictObject({ rules: z.array(MatrixRule).min(1).max(50) }).meta({ id: 'DecisionMatrix', example: MATRIX_EXAMPLE }))();
export const DecisionMatrixResponse = /* @__PURE__ */ (() => DecisionMatrixSchema.extend({ isDefault: z.boolean(), updatedAt: Timestamp.optional() }).meta({ id: 'DecisionMatrixInForce', example: { ...MATRIX_EXAMPLE, isDefault: false, updatedAt: MATRIX_UPDATED_AT } }))();
