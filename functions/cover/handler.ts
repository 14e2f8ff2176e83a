/** Orders, invoices and exposure, and the cover check at order validation. */
import { now } from '#clock';
import { apiHandler, tenant } from '#http/api';
import { coverCheck, createInvoices, decisionMatrix, getExposure, listInvoices, recordPayment, releaseOrder, setDecisionMatrix } from '#data/orders';
import { countByOutcome, metrics, MetricUnit } from '#powertools';
import { coverRoutes } from '#topology/cover';

export const handler = apiHandler('cover', coverRoutes, {
  createInvoices: async (request) => {
    const inputs = 'invoices' in request.body ? request.body.invoices : [request.body];
    const items = await createInvoices(tenant(request), inputs, now());
    metrics.addMetric('InvoicesDeclared', MetricUnit.Count, items.length);
    return { status: 201, body: { items } };
  },
  listInvoices: async (request) => ({
    status: 200,
    body: await listInvoices(tenant(request), request.query, request.query),
  }),
  recordPayment: async (request) => ({
    status: 201,
    body: await recordPayment(tenant(request), request.params.invoiceId, request.body, now()),
  }),
  getExposure: async (request) => ({
    status: 200,
    body: await getExposure(tenant(request), request.params.buyerId, now()),
  }),
  coverCheck: async (request) => {
    const result = await coverCheck(tenant(request), request.body, now());
    countByOutcome('CoverChecks', 'recommendation', result.recommendation);
    return { status: result.orderId ? 201 : 200, body: result };
  },
  releaseOrder: async (request) => ({
    status: 200,
    body: await releaseOrder(tenant(request), request.params.orderId),
  }),
  getDecisionMatrix: async (request) => {
    const { matrix, isDefault, updatedAt } = await decisionMatrix(tenant(request));
    return { status: 200, body: { ...matrix, isDefault, ...(updatedAt ? { updatedAt } : {}) } };
  },
  putDecisionMatrix: async (request) => {
    const { matrix, updatedAt } = await setDecisionMatrix(tenant(request), request.body, now());
    return { status: 200, body: { ...matrix, isDefault: false, updatedAt } };
  },
});
