/** Orders, invoices and exposure, and the cover check at order validation. */
import { now } from '#clock';
import { apiHandler, tenant } from '#http/api';
import { coverCheck, createInvoices, decisionMatrix, getExposure, getInvoice, getOrder, getPayment, listInvoices, recordPayment, releaseOrder, setDecisionMatrix } from '#data/orders';
import { countByOutcome, metrics, MetricUnit } from '#powertools';
import { coverRoutes } from '#topology/cover';

export const handler = apiHandler('cover', coverRoutes, {
  createInvoices: async (request) => {
    const items = await createInvoices(tenant(request), request.body, now());
    metrics.addMetric('InvoicesDeclared', MetricUnit.Count, items.length);
    // Sales in the buyers' currencies: converted at the reference rates (export business).
    const foreign = items.filter((invoice) => invoice.fxRate).length;
    if (foreign > 0) metrics.addMetric('InvoicesInOtherCurrency', MetricUnit.Count, foreign);
    // A batch's Location names its first invoice: the primary resource created (RFC 9110).
    const first = items[0]!; // a batch holds 1 to 100 invoices
    return { status: 201, body: 'invoices' in request.body ? { items } : first, headers: { location: `/v1/invoices/${first.invoiceId}` } };
  },
  listInvoices: async (request) => ({
    status: 200,
    body: await listInvoices(tenant(request), request.query, request.query),
  }),
  getInvoice: async (request) => ({
    status: 200,
    body: await getInvoice(tenant(request), request.params.invoiceId),
  }),
  recordPayment: async (request) => {
    const payment = await recordPayment(tenant(request), request.params.invoiceId, request.body, now());
    return { status: 201, body: payment, headers: { location: `/v1/invoices/${request.params.invoiceId}/payments/${payment.paymentId}` } };
  },
  getPayment: async (request) => ({
    status: 200,
    body: await getPayment(tenant(request), request.params.invoiceId, request.params.paymentId),
  }),
  getExposure: async (request) => ({
    status: 200,
    body: await getExposure(tenant(request), request.params.buyerId, now()),
  }),
  coverCheck: async (request) => {
    const result = await coverCheck(tenant(request), request.body, now());
    countByOutcome('CoverChecks', 'recommendation', result.recommendation);
    if (result.order.fxRate) metrics.addMetric('CoverChecksInOtherCurrency', MetricUnit.Count, 1);
    // Orders on longer terms than a conditional limit allows: the tenant sells outside its cover.
    if (result.reasons[0]?.code === 'terms_beyond_condition') metrics.addMetric('CoverChecksBeyondCondition', MetricUnit.Count, 1);
    // Orders refused because cover on the buyer stopped (an invoice past its maximum extension).
    if (result.reasons[0]?.code === 'mep_expired') metrics.addMetric('CoverChecksAfterStopOfCover', MetricUnit.Count, 1);
    // Orders sent cash in advance because a country event is open in the buyer's country.
    if (result.reasons[0]?.code === 'country_event') metrics.addMetric('CoverChecksCountryEvent', MetricUnit.Count, 1);
    return result.orderId ? { status: 201, body: result, headers: { location: `/v1/orders/${result.orderId}` } } : { status: 200, body: result };
  },
  getOrder: async (request) => ({
    status: 200,
    body: await getOrder(tenant(request), request.params.orderId),
  }),
  releaseOrder: async (request) => ({
    status: 200,
    body: await releaseOrder(tenant(request), request.params.orderId),
  }),
  getDecisionMatrix: async (request) => {
    const { matrix, isDefault, updatedAt, revision } = await decisionMatrix(tenant(request));
    return { status: 200, body: { ...matrix, isDefault, ...(updatedAt ? { updatedAt } : {}) }, etag: revision };
  },
  putDecisionMatrix: async (request) => {
    const { matrix, updatedAt, revision } = await setDecisionMatrix(tenant(request), request.body, now(), request.ifMatch);
    return { status: 200, body: { ...matrix, isDefault: false, updatedAt }, etag: revision };
  },
});
