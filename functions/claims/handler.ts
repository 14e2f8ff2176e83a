/** Overdues and claims: notifications, claim files, and the insurer's collections, indemnities and recoveries. */
import { now } from '#clock';
import { apiHandler, principal, tenant } from '#http/api';
import { addClaimInvoices, getClaim, indemnify, listClaims, notifyOverdue, recordCollection, recordCost, recordRecovery, setDocument } from '#data/claims';
import { decideExtension, getExtension, listExtensions, requestExtension } from '#data/extensions';
import { TenantContext, type Principal } from '#access';
import { ProblemError } from '#contract/problems';
import { countByOutcome, metrics, MetricUnit } from '#powertools';
import { claimsRoutes } from '#topology/claims';

export const handler = apiHandler('claims', claimsRoutes, {
  notifyOverdue: async (request) => {
    try {
      const claim = await notifyOverdue(tenant(request), request.body, now());
      countByOutcome('ClaimsOpened', 'riskType', claim.riskType);
      return { status: 201, body: claim, headers: { location: `/v1/claims/${claim.claimId}` } };
    } catch (error) {
      if (error instanceof ProblemError && error.status === 422) metrics.addMetric('LateNotificationsRefused', MetricUnit.Count, 1);
      throw error;
    }
  },
  addClaimInvoices: async (request) => {
    const claim = await addClaimInvoices(tenant(request), request.params.claimId, request.body, now());
    metrics.addMetric('ClaimInvoicesAdded', MetricUnit.Count, request.body.invoiceIds.length);
    return { status: 201, body: claim, headers: { location: `/v1/claims/${claim.claimId}` } };
  },
  listClaims: async (request) => ({ status: 200, body: await listClaims(tenant(request), request.query) }),
  getClaim: async (request) => ({ status: 200, body: await getClaim(tenant(request), request.params.claimId) }),
  setClaimDocument: async (request) => ({
    status: 200,
    body: await setDocument(tenant(request), request.params.claimId, request.params.kind, request.body, now()),
  }),
  recordCollection: async (request) => {
    const claim = await recordCollection(request.params.claimId, request.body, now());
    metrics.addMetric('CollectionsRecorded', MetricUnit.Count, 1);
    if (claim.status === 'closed') metrics.addMetric('ClaimsRecovered', MetricUnit.Count, 1);
    return { status: 201, body: claim, headers: { location: `/v1/claims/${claim.claimId}` } };
  },
  indemnifyClaim: async (request) => {
    const claim = await indemnify(request.params.claimId, now());
    metrics.addMetric('ClaimsIndemnified', MetricUnit.Count, 1);
    metrics.addMetric('IndemnitiesPaid', MetricUnit.Count, claim.indemnity?.amount ?? 0);
    if ((claim.indemnity?.aggregateFirstLossUsed ?? 0) > 0) metrics.addMetric('AggregateFirstLossUsed', MetricUnit.Count, claim.indemnity?.aggregateFirstLossUsed ?? 0);
    const beyondCondition = claim.indemnity?.invoices.filter((invoice) => invoice.reason.code === 'terms_beyond_condition').length ?? 0;
    if (beyondCondition > 0) metrics.addMetric('InvoicesBeyondCondition', MetricUnit.Count, beyondCondition);
    return { status: 201, body: claim, headers: { location: `/v1/claims/${claim.claimId}` } };
  },
  requestExtension: async (request) => {
    const extension = await requestExtension(tenant(request), request.body, now());
    countByOutcome('ExtensionRequests', 'outcome', extension.status);
    const location = { location: `/v1/extension-requests/${extension.extensionId}` };
    return extension.status === 'approved' ? { status: 201, body: extension, headers: location } : { status: 202, body: extension, headers: location };
  },
  listExtensions: async (request) => ({ status: 200, body: await listExtensions(callerOf(request), request.query) }),
  getExtension: async (request) => ({ status: 200, body: await getExtension(callerOf(request), request.params.extensionId) }),
  decideExtension: async (request) => {
    const extension = await decideExtension(principal(request), request.params.extensionId, request.body, now());
    countByOutcome('ExtensionDecisions', 'decision', extension.status);
    return { status: 201, body: extension, headers: { location: `/v1/extension-requests/${extension.extensionId}` } };
  },
  recordRecovery: async (request) => {
    const claim = await recordRecovery(request.params.claimId, request.body, now()).catch((error: unknown) => {
      if (error instanceof ProblemError && error.slug === 'recovery-exceeds-loss') metrics.addMetric('RecoveriesBeyondLoss', MetricUnit.Count, 1);
      throw error;
    });
    metrics.addMetric('RecoveriesRecorded', MetricUnit.Count, 1);
    return { status: 201, body: claim, headers: { location: `/v1/claims/${claim.claimId}` } };
  },
  recordClaimCost: async (request) => {
    const claim = await recordCost(callerOf(request), request.params.claimId, request.body, now());
    metrics.addMetric('CollectionCostsRecorded', MetricUnit.Count, 1);
    const paid = claim.costs.at(-1)?.insurerShare;
    if (paid !== undefined && claim.status === 'indemnified') metrics.addMetric('CollectionCostsPaid', MetricUnit.Count, paid);
    return { status: 201, body: claim, headers: { location: `/v1/claims/${claim.claimId}` } };
  },
});

/** Routes open to tenants and the insurer: a tenant (a broker names one) sees its own, the insurer every tenant's. */
function callerOf(request: { readonly principal: Principal; readonly headers: Readonly<Record<string, string>> }): { tenant?: TenantContext; principal: Principal } {
  const caller = principal(request);
  return caller.role === 'insurer' ? { principal: caller } : { tenant: TenantContext.forCaller(caller, request.headers), principal: caller };
}
