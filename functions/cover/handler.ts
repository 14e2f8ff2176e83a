/** Orders, invoices and exposure, and the cover check at order validation. */
import { now } from '#clock';
import { apiHandler, tenant, type ApiRequest } from '#http/api';
import type { CoverCheckBody, CreateInvoicesBody, InvoiceQuery } from '#contract/orders';
import type { PageRequest } from '#data/pagination';
import { coverCheck, createInvoices, decisionMatrix, getExposure, getInvoice, getOrder, getPayment, listInvoices, recordPayment, releaseOrder, setDecisionMatrix } from '#data/orders';
import type { DecisionMatrix } from '#domain/cover';
import { countByOutcome, metrics, MetricUnit } from '#powertools';
import { coverRoutes } from '#topology/cover';

export const handler = apiHandler('cover', {
  createInvoices: async (request: ApiRequest<CreateInvoicesBody>) => {
    const items = await createInvoices(tenant(request), request.body, now());
    metrics.addMetric('InvoicesDeclared', MetricUnit.Count, items.length);
    // A batch's Location names its first invoice: the primary resource created (RFC 9110).
    const location = { location: `/v1/invoices/${items[0]!.invoiceId}` };
    return { status: 201, body: 'invoices' in request.body ? { items } : items[0], headers: location };
  },
  listInvoices: async (request: ApiRequest<unknown, PageRequest & InvoiceQuery>) => ({
    status: 200,
    body: await listInvoices(tenant(request), request.query, request.query),
  }),
  getInvoice: async (request: ApiRequest<unknown, unknown, { invoiceId: string }>) => ({
    status: 200,
    body: await getInvoice(tenant(request), request.params.invoiceId),
  }),
  recordPayment: async (request: ApiRequest<{ amount: number; paidOn: string }, unknown, { invoiceId: string }>) => {
    const payment = await recordPayment(tenant(request), request.params.invoiceId, request.body, now());
    return { status: 201, body: payment, headers: { location: `/v1/invoices/${request.params.invoiceId}/payments/${payment.paymentId}` } };
  },
  getPayment: async (request: ApiRequest<unknown, unknown, { invoiceId: string; paymentId: string }>) => ({
    status: 200,
    body: await getPayment(tenant(request), request.params.invoiceId, request.params.paymentId),
  }),
  getExposure: async (request: ApiRequest<unknown, unknown, { buyerId: string }>) => ({
    status: 200,
    body: await getExposure(tenant(request), request.params.buyerId, now()),
  }),
  coverCheck: async (request: ApiRequest<CoverCheckBody>) => {
    const result = await coverCheck(tenant(request), request.body, now());
    countByOutcome('CoverChecks', 'recommendation', result.recommendation);
    return result.orderId ? { status: 201, body: result, headers: { location: `/v1/orders/${result.orderId}` } } : { status: 200, body: result };
  },
  getOrder: async (request: ApiRequest<unknown, unknown, { orderId: string }>) => ({
    status: 200,
    body: await getOrder(tenant(request), request.params.orderId),
  }),
  releaseOrder: async (request: ApiRequest<unknown, unknown, { orderId: string }>) => ({
    status: 200,
    body: await releaseOrder(tenant(request), request.params.orderId),
  }),
  getDecisionMatrix: async (request) => {
    const { matrix, isDefault, updatedAt } = await decisionMatrix(tenant(request));
    return { status: 200, body: { ...matrix, isDefault, ...(updatedAt ? { updatedAt } : {}) } };
  },
  putDecisionMatrix: async (request: ApiRequest<DecisionMatrix>) => {
    const { matrix, updatedAt } = await setDecisionMatrix(tenant(request), request.body, now());
    return { status: 200, body: { ...matrix, isDefault: false, updatedAt } };
  },
}, coverRoutes);
