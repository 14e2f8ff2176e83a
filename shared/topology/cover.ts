/** Cover: invoices, payments, exposure, orders and the cover check at order validation, the decision matrix. */
import { CoverCheckBody, CoverCheckResult, CreateInvoicesBody, CreatedInvoices, DecisionMatrixResponse, DecisionMatrixSchema, Exposure, ExposureParams, InvoicePage, InvoiceParams, InvoiceQuery, Order, OrderParams, PaymentBody, PaymentResult } from '../contract/orders.ts';
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

export const coverRoutes: RouteSpec<keyof typeof coverFunctions>[] = [
  {
    operationId: 'createInvoices',
    method: 'POST',
    path: '/v1/invoices',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Declare an invoice, or up to 100; a number already used answers 409 with the existing id',
    description:
      'Each `dueDate` is on or after its `issueDate`; invoices are in the policy currency; a number appears once per batch and an `orderId` once. A batch is judged whole: one refusal stores nothing.',
    tags: ['invoices'],
    request: { body: CreateInvoicesBody },
    responses: {
      201: { description: 'The invoices declared', schema: CreatedInvoices },
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
    summary: 'Your invoices on a buyer, by issue date',
    tags: ['invoices'],
    request: { query: InvoiceQuery },
    responses: { 200: { description: 'A page of invoices', schema: InvoicePage } },
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
      201: { description: 'The payment and the invoice after it', schema: PaymentResult },
      404: { description: 'No invoice with this id among yours', problems: ['not-found'] },
      409: { description: 'The invoice changed meanwhile (concurrent-update): read it again and retry', problems: ['concurrent-update'] },
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
    tags: ['cover'],
    request: { body: CoverCheckBody },
    responses: {
      200: { description: 'The answer (nothing reserved)', schema: CoverCheckResult },
      201: { description: 'The answer, the covered part reserved under orderId', schema: CoverCheckResult },
      404: { description: 'No buyer with this buyerId', problems: ['not-found'] },
      409: { description: 'The buyer’s exposure changed while checking (concurrent-update): retry after Retry-After', problems: ['concurrent-update'], headers: { 'Retry-After': { description: 'Seconds to wait before retrying, sent on concurrent-update', schema: RetryAfterHeader({ required: false, example: 1 }) } } },
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
    tags: ['cover'],
    request: { params: OrderParams },
    responses: {
      200: { description: 'The order, released', schema: Order },
      404: { description: 'No order with this id among yours', problems: ['not-found'] },
      409: { description: 'The order is invoiced: its exposure is the invoice’s now (order-invoiced)', problems: ['order-invoiced'] },
    },
  },
  {
    operationId: 'getDecisionMatrix',
    method: 'GET',
    path: '/v1/decision-matrix',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Your decision matrix: grade bands × margin × strategic importance → recommendation',
    tags: ['cover'],
    responses: { 200: { description: 'The matrix in force', schema: DecisionMatrixResponse } },
  },
  {
    operationId: 'putDecisionMatrix',
    method: 'PUT',
    path: '/v1/decision-matrix',
    function: 'cover',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Replace your decision matrix (first matching rule wins; every grade must be reached)',
    description:
      'Every grade from 1 to 10 must be reached by some rule: otherwise 400 naming rules.',
    tags: ['cover'],
    request: { body: DecisionMatrixSchema },
    responses: { 200: { description: 'The matrix in force', schema: DecisionMatrixResponse } },
  },
];
