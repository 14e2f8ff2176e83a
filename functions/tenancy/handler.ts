/**
 * Tenancy: onboarding tenants with their policy (insurer), the policy in force and its
 * versions, API keys, brokers and their mandates.
 */
import { now } from '#clock';
import { apiHandler, principal, tenant } from '#http/api';
import { TenantContext, type Principal } from '#access';
import {
  createApiKey,
  createBroker,
  createTenant,
  getBroker,
  getPolicy,
  getTenant,
  listApiKeys,
  listPolicyVersions,
  listTenants,
  revokeApiKey,
  setMandates,
  updatePolicy,
} from '#data/tenancy';
import { flushAuthorizerCache } from '#data/api-gateway';
import { logger, metrics, MetricUnit } from '#powertools';
import { tenancyRoutes } from '#topology/tenancy';

/** The in-request flush gives up after this long: the request answers well within its 10 s. */
const FLUSH_DEADLINE_MS = 4_000;

/**
 * Access withdrawn: the gateway forgets its cached authorizations now, so the key or mandate
 * stops working on every route at once. A failure does not fail the request (the change is
 * stored): the access.changed event written with it flushes again (functions/tenancy/access.ts).
 */
async function flushNow(reason: string): Promise<void> {
  try {
    await flushAuthorizerCache({ deadlineMs: FLUSH_DEADLINE_MS });
    metrics.addMetric('AuthorizerCacheFlushed', MetricUnit.Count, 1);
  } catch (error) {
    metrics.addMetric('AuthorizerCacheFlushFailed', MetricUnit.Count, 1);
    logger.warn('authorizer cache flush failed; the access.changed event flushes again', { reason, error: error as Error });
  }
}

type TenantParams = { tenantId: string };

const asInsurerOn = (request: { readonly principal: Principal; readonly params: TenantParams }) =>
  TenantContext.forInsurer(principal(request), request.params.tenantId);

export const handler = apiHandler('tenancy', tenancyRoutes, {
  createTenant: async (request) => {
    const created = await createTenant(principal(request), request.body, now());
    metrics.addMetric('TenantsOnboarded', MetricUnit.Count, 1);
    return { status: 201, body: created, headers: { location: `/v1/tenants/${created.tenantId}` } };
  },
  listTenants: async (request) => ({ status: 200, body: await listTenants(principal(request), request.query) }),
  getTenant: async (request) => {
    const tenant = await getTenant(asInsurerOn(request));
    return { status: 200, body: tenant, etag: tenant.policy.version };
  },
  updateTenantPolicy: async (request) => {
    const policy = await updatePolicy(asInsurerOn(request), request.body, now(), request.ifMatch);
    metrics.addMetric('PolicyChanges', MetricUnit.Count, 1);
    return { status: 200, body: policy, etag: policy.version };
  },
  listTenantPolicyVersions: async (request) => ({
    status: 200,
    body: await listPolicyVersions(asInsurerOn(request), request.query),
  }),
  getPolicy: async (request) => {
    const policy = await getPolicy(tenant(request));
    return { status: 200, body: policy, etag: policy.version };
  },
  listPolicyVersions: async (request) => ({ status: 200, body: await listPolicyVersions(tenant(request), request.query) }),

  createApiKey: async (request) => {
    const created = await createApiKey(principal(request), now());
    metrics.addMetric('ApiKeysCreated', MetricUnit.Count, 1);
    // Keys are listed, never read alone (the secret is shown once).
    return { status: 201, body: created, headers: { location: '/v1/api-keys' } };
  },
  listApiKeys: async (request) => ({ status: 200, body: await listApiKeys(principal(request), request.query) }),
  revokeApiKey: async (request) => {
    await revokeApiKey(principal(request), request.params.keyId, now());
    await flushNow('api_key_revoked');
    metrics.addMetric('ApiKeysRevoked', MetricUnit.Count, 1);
    return { status: 204 };
  },

  createBroker: async (request) => {
    const created = await createBroker(principal(request), request.body, now());
    return { status: 201, body: created, headers: { location: `/v1/brokers/${created.brokerId}` } };
  },
  getBroker: async (request) => ({ status: 200, body: await getBroker(request.params.brokerId) }),
  putBrokerMandates: async (request) => {
    const broker = await setMandates(principal(request), request.params.brokerId, request.body.tenantIds, now());
    await flushNow('mandates_changed');
    return { status: 200, body: broker };
  },
});
