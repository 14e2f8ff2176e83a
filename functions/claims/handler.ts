/** Overdues and claims: notifications, claim files, and the insurer's collections, indemnities and recoveries. */
import { now } from '#clock';
import { apiHandler, tenant } from '#http/api';
import { getClaim, indemnify, listClaims, notifyOverdue, recordCollection, recordRecovery, setDocument } from '#data/claims';
import { ProblemError } from '#contract/problems';
import { metrics, MetricUnit } from '#powertools';
import { claimsRoutes } from '#topology/claims';

export const handler = apiHandler('claims', claimsRoutes, {
  notifyOverdue: async (request) => {
    try {
      const claim = await notifyOverdue(tenant(request), request.body, now());
      metrics.addMetric('ClaimsOpened', MetricUnit.Count, 1);
      return { status: 201, body: claim, headers: { location: `/v1/claims/${claim.claimId}` } };
    } catch (error) {
      if (error instanceof ProblemError && error.status === 422) metrics.addMetric('LateNotificationsRefused', MetricUnit.Count, 1);
      throw error;
    }
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
    const beyondCondition = claim.indemnity?.invoices.filter((invoice) => invoice.reason.code === 'terms_beyond_condition').length ?? 0;
    if (beyondCondition > 0) metrics.addMetric('InvoicesBeyondCondition', MetricUnit.Count, beyondCondition);
    return { status: 201, body: claim, headers: { location: `/v1/claims/${claim.claimId}` } };
  },
  recordRecovery: async (request) => {
    const claim = await recordRecovery(request.params.claimId, request.body, now());
    metrics.addMetric('RecoveriesRecorded', MetricUnit.Count, 1);
    return { status: 201, body: claim, headers: { location: `/v1/claims/${claim.claimId}` } };
  },
});
