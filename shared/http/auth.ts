/**
 * The principal at the edge: what the Lambda authorizer puts in its context (flat strings, as
 * API Gateway passes them on) and how a request's principal is read back from it. The
 * principal and the tenant context themselves live in shared/access.
 */
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { Role } from '#topology';
import { problems } from '#contract/problems';
import type { Principal } from '#access';


/** The authorizer's context: flat strings, as API Gateway passes them to the integration. */
export interface AuthorizerContext {
  readonly role: Role;
  readonly keyId: string;
  readonly tenantId?: string;
  readonly brokerId?: string;
  /** A broker's mandates, comma-separated. */
  readonly tenantIds?: string;
  readonly tier?: string;
  /** The caller's throttling identity (API Gateway usage key); not a credential. */
  readonly usageKey?: string;
}

export function authorizerContextOf(principal: Principal): AuthorizerContext {
  switch (principal.role) {
    case 'insurer':
      return { role: 'insurer', keyId: principal.keyId };
    case 'policyholder':
      return {
        role: 'policyholder',
        keyId: principal.keyId,
        tenantId: principal.tenantId,
        tier: principal.tier,
        ...(principal.usageKey ? { usageKey: principal.usageKey } : {}),
      };
    case 'broker':
      return {
        role: 'broker',
        keyId: principal.keyId,
        brokerId: principal.brokerId,
        tenantIds: principal.tenantIds.join(','),
        ...(principal.usageKey ? { usageKey: principal.usageKey } : {}),
      };
  }
}

const unauthorized = () => problems.unauthorized();

/** The principal behind a request that went through the authorizer. */
export function principalOf(event: Pick<APIGatewayProxyEvent, 'requestContext'>): Principal {
  const context = (event.requestContext?.authorizer ?? {}) as Partial<Record<keyof AuthorizerContext, unknown>>;
  const keyId = typeof context.keyId === 'string' ? context.keyId : undefined;
  if (!keyId) throw unauthorized();
  const usage = typeof context.usageKey === 'string' && context.usageKey ? { usageKey: context.usageKey } : {};
  switch (context.role) {
    case 'insurer':
      return { role: 'insurer', keyId };
    case 'policyholder':
      if (typeof context.tenantId !== 'string') throw unauthorized();
      return { role: 'policyholder', keyId, tenantId: context.tenantId, tier: typeof context.tier === 'string' ? context.tier : 'standard', ...usage };
    case 'broker':
      if (typeof context.brokerId !== 'string') throw unauthorized();
      return {
        role: 'broker',
        keyId,
        brokerId: context.brokerId,
        tenantIds: typeof context.tenantIds === 'string' && context.tenantIds ? context.tenantIds.split(',') : [],
        ...usage,
      };
    default:
      throw unauthorized();
  }
}

