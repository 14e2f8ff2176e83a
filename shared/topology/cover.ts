/** Cover: invoices, payments, exposure, orders and the cover check at order validation, the decision matrix. */
import { COVER_CHECK_PARTLY_EXAMPLE, ORDER_RELEASED_EXAMPLE, CoverCheckBody, CoverCheckResult, CreateInvoicesBody, CreatedInvoice, Invoice, DecisionMatrixResponse, DecisionMatrixSchema, Exposure, ExposureParams, InvoicePage, InvoiceParams, InvoiceQuery, Order, OrderParams, PaymentBody, PaymentParams, PaymentResult } from '../contract/orders.ts';
import { RetryAfterHeader } from '../contract/headers.ts';
import type { FunctionSpec, RouteSpec } from './types.ts';

export const coverFunctions = {
  cover: {
    entry: 'functions/cover/handler.ts',
    handler: 'handler',
    description: 'Invoices, payments, exposure, orders and the cover check at order validation',
    memoryMb: 1024,
    timeoutSeconds: 10,
    permissions: {
      secrets: ['cursor'],
      table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
    },
  },
} as const satisfies Record<string, FunctionSpec>;

export const coverRoutes = /* @__PURE__ */ (() => [
  {
    operationId: 'createInvoices',
    method: 'POST',
    path: '/v1/invoices',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Declare an invoice, or up to 100; a number already used answers 409 with the existing id',
    description:
      'Each invoice adds its outstanding to your exposure on the buyer, in the policy currency (an invoice in another currency at the reference rate of its issue date; 422 fx-rate-missing without one). Each `dueDate` is on or after its `issueDate`; a number appears once per batch and an `orderId` once: naming a committed order turns its reservation into the invoice. A batch is judged whole: one refusal stores nothing.',
    tags: ['invoices'],
    request: { body: CreateInvoicesBody },
    responses: {
      201: { description: 'The invoice declared (Location reads it back), or {items} for a batch (Location names its first invoice)', schema: CreatedInvoice },
      404: { description: 'No buyer with a buyerId given, or no order with an orderId given on that buyer', problems: ['not-found'] },
      409: {
        description:
          'Nothing declared: a number already used (duplicate-invoice, with existingId; Location names that invoice), an order released or already invoiced (order-not-committed), a buyer’s exposure would pass 10^12 minor units (exposure-ceiling), or an order of the batch changed meanwhile (concurrent-update)',
        problems: ['concurrent-update', 'duplicate-invoice', 'exposure-ceiling', 'order-not-committed'],
      },
    },
  },
  {
    operationId: 'listInvoices',
    method: 'GET',
    path: '/v1/invoices',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Your invoices: on a buyer by issue date, or all of them; open or paid ones only with status',
    description:
      'Each invoice shows what is still outstanding and what it adds to your exposure in the policy currency, with any due date an extension gave. `updatedSince` returns only the invoices changed since a moment (declared, paid, notified in a claim, collected, extended), for a CRM that keeps its copy in step.',
    tags: ['invoices'],
    request: { query: InvoiceQuery },
    responses: { 200: { description: 'A page of invoices', schema: InvoicePage } },
  },
  {
    operationId: 'getInvoice',
    method: 'GET',
    path: '/v1/invoices/{invoiceId}',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'One of your invoices',
    description:
      'The invoice as it stands now: its outstanding after payments and collections, open or paid, what it adds to your exposure on the buyer, and the due dates extensions gave (the original `dueDate` stays the reference for every deadline).',
    tags: ['invoices'],
    request: { params: InvoiceParams },
    responses: {
      200: { description: 'The invoice', schema: Invoice },
      404: { description: 'No such invoice of yours (another tenant’s answers the same)', problems: ['not-found'] },
    },
  },
  {
    operationId: 'recordPayment',
    method: 'POST',
    path: '/v1/invoices/{invoiceId}/payments',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Record a payment on an invoice; more than is outstanding answers 400',
    description:
      '`amount` is at most what is outstanding; `paidOn` is neither before the invoice’s issue date (before_issue_date) nor after today (in_the_future): 400 naming each.',
    tags: ['invoices'],
    request: { params: InvoiceParams, body: PaymentBody },
    responses: {
      201: { description: 'The payment and the invoice after it (Location reads the payment back)', schema: PaymentResult },
      404: { description: 'No invoice with this id among yours', problems: ['not-found'] },
      409: {
        description: 'The invoice changed meanwhile (concurrent-update): read it again and retry; or it is in a claim (claim-open, with its claimId): what the buyer pays is a collection on the claim',
        problems: ['concurrent-update', 'claim-open'],
      },
    },
  },
  {
    operationId: 'getPayment',
    method: 'GET',
    path: '/v1/invoices/{invoiceId}/payments/{paymentId}',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'One payment recorded on one of your invoices, with the invoice as it is now',
    description:
      'Reads back a payment by the id its recording answered (the Location of `POST /v1/invoices/{invoiceId}/payments`): its amount and day, and the invoice with what is still outstanding on it today, later payments included.',
    tags: ['invoices'],
    request: { params: PaymentParams },
    responses: {
      200: { description: 'The payment and its invoice', schema: PaymentResult },
      404: { description: 'No such payment on an invoice of yours (another tenant’s answers the same)', problems: ['not-found'] },
    },
  },
  {
    operationId: 'getExposure',
    method: 'GET',
    path: '/v1/exposure/{buyerId}',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Your exposure on a buyer: limit in force, outstanding, committed, headroom',
    description:
      'Headroom is what a cover check covers today: the limit in force less the unpaid invoices and the covered parts of committed orders, never below 0. While anything is unpaid it also shows the end of the maximum extension period (`mepEndsOn`: deliveries after it are not covered) and the last day to notify an overdue on this buyer.',
    tags: ['exposure'],
    request: { params: ExposureParams },
    responses: {
      200: { description: 'The exposure', schema: Exposure },
      404: { description: 'No buyer with this id', problems: ['not-found'] },
    },
  },
  {
    operationId: 'coverCheck',
    method: 'POST',
    path: '/v1/cover-checks',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Is this order covered? Covered amount, excess, recommendation; with commit, reserve it',
    description:
      'The insurer’s rules decide first, in order (an insolvent or closed buyer, payment terms beyond the policy, delivery after the maximum extension period, an overdue notified, a country event, no limit, terms beyond the limit’s condition, no headroom); your decision matrix then says what to do with the uncovered part. Without `commit` nothing is stored (200); with it the covered part is reserved against the limit under an `orderId` (201) until invoiced or released. Send an Idempotency-Key so that a retried commit does not reserve twice.',
    tags: ['cover'],
    request: { body: CoverCheckBody },
    responses: {
      200: { description: 'The answer (nothing reserved)', schema: CoverCheckResult, example: COVER_CHECK_PARTLY_EXAMPLE },
      201: { description: 'The answer, the covered part reserved under orderId (Location reads the order back)', schema: CoverCheckResult },
      404: { description: 'No buyer with this buyerId', problems: ['not-found'] },
      409: { description: 'The buyer’s exposure changed while checking (concurrent-update): retry after Retry-After', problems: ['concurrent-update'], headers: { 'Retry-After': { description: 'Seconds to wait before retrying, sent on concurrent-update', schema: RetryAfterHeader({ required: false, example: 1 }) } } },
    },
  },
  {
    operationId: 'getOrder',
    method: 'GET',
    path: '/v1/orders/{orderId}',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'One of your committed orders: committed, released or invoiced',
    description:
      'Shows what the cover check reserved for the order (`coveredAmount`, in the policy currency) and where it stands: committed (counted in the buyer’s committed exposure), invoiced (an invoice named it, and its exposure is the invoice’s) or released.',
    tags: ['cover'],
    request: { params: OrderParams },
    responses: {
      200: { description: 'The order', schema: Order },
      404: { description: 'No such order of yours (another tenant’s answers the same)', problems: ['not-found'] },
    },
  },
  {
    operationId: 'releaseOrder',
    method: 'DELETE',
    path: '/v1/orders/{orderId}',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Release a committed order’s reservation',
    description:
      'The covered part stops counting against the limit, so the buyer’s headroom grows by it at once. Releasing an order already released answers it again unchanged; an invoiced order cannot be released (409 order-invoiced): record a payment on its invoice instead.',
    tags: ['cover'],
    request: { params: OrderParams },
    responses: {
      200: { description: 'The order, released', schema: Order, example: ORDER_RELEASED_EXAMPLE },
      404: { description: 'No order with this id among yours', problems: ['not-found'] },
      409: { description: 'The order is invoiced: its exposure is the invoice’s now (order-invoiced)', problems: ['order-invoiced'] },
    },
  },
  {
    operationId: 'getDecisionMatrix',
    etag: true,
    method: 'GET',
    path: '/v1/decision-matrix',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Your decision matrix: grade bands × margin × strategic importance → recommendation',
    description:
      'Until you replace it, the default matrix answers (`isDefault: true`). The cover check reads its rules in order, the first that matches the buyer’s grade, the order’s margin and its strategic importance wins; it only decides what to do with an order not wholly covered, never what the insurer covers.',
    tags: ['cover'],
    responses: { 200: { description: 'The matrix in force', schema: DecisionMatrixResponse } },
  },
  {
    operationId: 'putDecisionMatrix',
    etag: true,
    method: 'PUT',
    path: '/v1/decision-matrix',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Replace your decision matrix (first matching rule wins; every grade must be reached)',
    description:
      'Rules are read in order and the first that matches wins. Every grade from 1 to 10, with every strategic importance, must reach a rule without a margin threshold, and `whenNotCovered` may not be accept: otherwise 400 naming rules. Send the ETag of your last read as If-Match, so that another user’s change is not overwritten (412).',
    tags: ['cover'],
    request: { body: DecisionMatrixSchema },
    responses: { 200: { description: 'The matrix in force', schema: DecisionMatrixResponse } },
  },
] as const satisfies readonly RouteSpec<keyof typeof coverFunctions>[])();
