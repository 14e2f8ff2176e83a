/** Credit limits: real-time decisions, limits with their history, the underwriting queue. */
import { now } from '#clock';
import { apiHandler, principal, tenant } from '#http/api';
import { decideReferral, getLimit, listLimits, listPendingReferrals, requestLimit } from '#data/limits';
import { setLimitRules, storedLimitRules } from '#data/limit-rules';
import { DEFAULT_LIMIT_RULES } from '#domain/grades';
import { countByOutcome, metrics, MetricUnit } from '#powertools';
import { limitsRoutes } from '#topology/limits';

export const handler = apiHandler('limits', limitsRoutes, {
  requestLimit: async (request) => {
    const { status, body } = await requestLimit(tenant(request), request.body, now());
    countByOutcome('LimitDecisions', 'decision', body.decision);
    if (status === 202) metrics.addMetric('Referrals', MetricUnit.Count, 1);
    return status === 201 ? { status, body, headers: { location: `/v1/limits/${body.buyerId}` } } : { status, body };
  },
  listLimits: async (request) => ({ status: 200, body: await listLimits(tenant(request), request.query, now()) }),
  getLimit: async (request) => ({
    status: 200,
    body: await getLimit(tenant(request), request.params.buyerId, now()),
  }),
  getLimitRules: async () => {
    const { rules, updatedAt, revision } = await storedLimitRules();
    return { status: 200, body: { ...rules, isDefault: rules === DEFAULT_LIMIT_RULES, ...(updatedAt ? { updatedAt } : {}) }, etag: revision };
  },
  putLimitRules: async (request) => {
    const { rules, updatedAt, revision } = await setLimitRules(request.body, now(), request.ifMatch);
    return { status: 200, body: { ...rules, isDefault: false, updatedAt }, etag: revision };
  },
  listReferrals: async (request) => ({ status: 200, body: await listPendingReferrals(request.query) }),
  decideReferral: async (request) => {
    const decision = await decideReferral(principal(request), request.params.referralId, request.body, now());
    countByOutcome('UnderwriterDecisions', 'decision', decision.decision);
    // The tenant's limit the decision set; the tenant reads it back there.
    return { status: 201, body: decision, headers: { location: `/v1/limits/${decision.buyerId}` } };
  },
});
