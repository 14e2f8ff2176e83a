/**
 * Lambda REQUEST authorizer: `Authorization: Bearer <key>` → the key's principal.
 * Missing, unknown or revoked key → 401 (throwing 'Unauthorized' is API Gateway's contract).
 * The policy allows the routes of the key's role; the context carries the principal to the
 * functions (shared/http/auth.ts reads it).
 */
import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { findApiKey, getBroker } from '#data/tenancy';
import { type Principal } from '#access';
import { authorizerContextOf } from '#http/auth';
import { policyFor } from '#http/authorizer-policy';
import { insurerUsageKey } from '#data/usage-plans';
import { logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';
import { ROUTE_ACCESS } from '#topology/route-access';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function deny(reason: string): never {
  logger.info('authorization refused', { reason });
  metrics.addMetric('AuthorizationRefused', MetricUnit.Count, 1);
  throw new Error('Unauthorized');
}

export async function authorize(event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> {
  const header = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
  const key = header ? BEARER.exec(header)?.[1] : undefined;
  if (!key) deny('no bearer token');
  const item = await findApiKey(key);
  if (!item) deny('unknown key');
  if (item.revokedAt) deny('revoked key');

  let principal: Principal;
  if (item.role === 'policyholder' && item.tenantId) {
    principal = { role: 'policyholder', keyId: item.keyId, tenantId: item.tenantId, tier: item.tier ?? 'standard', ...(item.usageKey ? { usageKey: item.usageKey } : {}) };
  } else if (item.role === 'broker' && item.brokerId) {
    const broker = await getBroker(item.brokerId).catch(() => deny('broker gone'));
    principal = { role: 'broker', keyId: item.keyId, brokerId: item.brokerId, tenantIds: broker.tenantIds, ...(item.usageKey ? { usageKey: item.usageKey } : {}) };
  } else if (item.role === 'insurer') {
    principal = { role: 'insurer', keyId: item.keyId };
  } else {
    deny('malformed key record');
  }
  logger.appendKeys({ role: principal.role, keyId: principal.keyId });
  const result = policyFor(principal.keyId, principal.role, event.methodArn, ROUTE_ACCESS, { ...authorizerContextOf(principal) });
  // API Gateway throttles by this key in its usage plan (apiKeySource AUTHORIZER).
  const usageKey = principal.role === 'insurer' ? insurerUsageKey() : principal.usageKey;
  return usageKey ? { ...result, usageIdentifierKey: usageKey } : result;
}

export const handler = instrumented(authorize);
