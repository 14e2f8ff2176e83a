/**
 * Who is calling, as the Lambda authorizer established it, and for which tenant they act.
 *
 * Tenant-owned data is reached only through a TenantContext (shared/data/keys.ts builds
 * tenant keys from nothing else), and a TenantContext is made only here: from the
 * authorizer's principal (a policyholder's own tenant, or a broker's mandated tenant named
 * in Bouclier-Tenant), or by the insurer acting on a tenant it names. Never from a body or
 * a path parameter supplied by a tenant.
 */
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { Role } from '#topology';
import { ProblemError, problems } from './problems.ts';

export type Principal =
  | { readonly role: 'insurer'; readonly keyId: string }
  | { readonly role: 'policyholder'; readonly keyId: string; readonly tenantId: string; readonly tier: string; readonly usageKey?: string }
  | { readonly role: 'broker'; readonly keyId: string; readonly brokerId: string; readonly tenantIds: readonly string[]; readonly usageKey?: string };

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

export const TENANT_HEADER = 'bouclier-tenant';

export class TenantContext {
  readonly tenantId: string;
  readonly principal: Principal;
  // Only the factories below make one; the brand keeps structurally equal objects out.
  readonly #brand = true;

  private constructor(tenantId: string, principal: Principal) {
    this.tenantId = tenantId;
    this.principal = principal;
    void this.#brand;
  }

  /**
   * The tenant a policyholder or broker acts for. A broker names it in Bouclier-Tenant; a
   * tenant it holds no mandate for answers 404, exactly like an unknown one.
   */
  static forCaller(principal: Principal, headers: Readonly<Record<string, string>>): TenantContext {
    switch (principal.role) {
      case 'policyholder':
        return new TenantContext(principal.tenantId, principal);
      case 'broker': {
        const chosen = headers[TENANT_HEADER];
        if (!chosen) {
          throw new ProblemError({
            status: 400,
            slug: 'tenant-required',
            title: 'Choose a tenant',
            detail: 'A broker acts for one tenant per request: name it in the Bouclier-Tenant header.',
            extensions: { errors: [{ in: 'header', field: 'Bouclier-Tenant', pointer: '#', code: 'missing', detail: 'required for brokers' }] },
          });
        }
        if (!principal.tenantIds.includes(chosen)) throw problems.notFound(`No tenant ${chosen}.`);
        return new TenantContext(chosen, principal);
      }
      case 'insurer':
        throw new ProblemError({
          status: 403,
          slug: 'forbidden',
          title: 'Forbidden',
          detail: 'This route acts for a tenant; insurer keys use the /v1/tenants/{tenantId} routes.',
        });
    }
  }

  /** The insurer acting on a tenant it names (onboarding, policy changes). */
  static forInsurer(principal: Principal, tenantId: string): TenantContext {
    if (principal.role !== 'insurer') throw problems.notFound(`No tenant ${tenantId}.`);
    return new TenantContext(tenantId, principal);
  }
}

/** Whose API keys a caller manages: its tenant, its broker firm, or the insurer. */
export type KeyOwner =
  | { readonly kind: 'tenant'; readonly context: TenantContext }
  | { readonly kind: 'broker'; readonly brokerId: string }
  | { readonly kind: 'insurer' };

export function keyOwnerOf(principal: Principal): KeyOwner {
  switch (principal.role) {
    case 'insurer':
      return { kind: 'insurer' };
    case 'broker':
      return { kind: 'broker', brokerId: principal.brokerId };
    case 'policyholder':
      return { kind: 'tenant', context: TenantContext.forCaller(principal, {}) };
  }
}
