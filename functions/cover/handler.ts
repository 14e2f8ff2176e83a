/** Orders, invoices and exposure, and the cover check at order validation. */
import { now } from '#clock';
import { apiHandler, tenant, type ApiRequest } from '#http/api';
import type { CoverCheckBody, CreateInvoicesBody } from '#contract/orders';
import type { PageRequest } from '#data/pagination';
import { coverCheck, createInvoices, decisionMatrix, getExposure, listInvoices, recordPayment, releaseOrder, setDecisionMatrix } from '#data/orders';
import type { DecisionMatrix } from '#domain/cover';
import { countByOutcome, metrics, MetricUnit } from '#powertools';
import { coverRoutes } from '#topology/cover';

export const handler = apiHandler('cover', {
  createInvoices: async (request: ApiRequest<CreateInvoicesBody>) => {
    const inputs = 'invoices' in request.body ? request.body.invoices : [request.body];
    const items = await createInvoices(tenant(request), inputs, now());
    metrics.addMetric('InvoicesDeclared', MetricUnit.Count, items.length);
    return { status: 201, body: { items } };
  },
  listInvoices: async (request: ApiRequest<unknown, PageRequest & { buyerId: string; status?: 'open' | 'paid' }>) => ({
    status: 200,
    body: await listInvoices(tenant(request), request.query, request.query),
  }),
  recordPayment: async (request: ApiRequest<{ amount: number; paidOn: string }, unknown, { invoiceId: string }>) => ({
    status: 201,
    body: await recordPayment(tenant(request), request.params.invoiceId, request.body, now()),
  }),
  getExposure: async (request: ApiRequest<unknown, unknown, { buyerId: string }>) => ({
    status: 200,
    body: await getExposure(tenant(request), request.params.buyerId, now()),
  }),
  coverCheck: async (request: ApiRequest<CoverCheckBody>) => {
    const result = await coverCheck(tenant(request), request.body, now());
    countByOutcome('CoverChecks', 'recommendation', result.recommendation);
    return { status: result.orderId ? 201 : 200, body: result };
  },
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
