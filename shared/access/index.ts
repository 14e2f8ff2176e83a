/**
 * Who is calling and for which tenant they act: the principal the authorizer established, and
 * the TenantContext every tenant-owned read and write goes through.
 *
 * Tenant-owned data is reached only through a TenantContext (shared/data/keys.ts builds
 * tenant keys from nothing else), and a TenantContext is made only here: from the caller's
 * principal (a policyholder's own tenant, or a broker's mandated tenant named in
 * Bouclier-Tenant), or by the insurer acting on a tenant it names. Never from a body or a path
 * parameter supplied by a tenant. This module knows no HTTP event: the edge (shared/http/auth.ts)
 * reads the principal from the authorizer's context and hands it here.
 */
import { ProblemError, problems } from '#contract/problems';

export type Principal =
  | { readonly role: 'insurer'; readonly keyId: string }
  | { readonly role: 'policyholder'; readonly keyId: string; readonly tenantId: string; readonly tier: string; readonly usageKey?: string }
  | { readonly role: 'broker'; readonly keyId: string; readonly brokerId: string; readonly tenantIds: readonly string[]; readonly usageKey?: string };

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
            slug: 'tenant-required',
            detail: 'A broker acts for one tenant per request: name it in the Bouclier-Tenant header.',
            extensions: { errors: [{ in: 'header', field: 'Bouclier-Tenant', pointer: '#', code: 'missing', detail: 'required for brokers' }] },
          });
        }
        if (!principal.tenantIds.includes(chosen)) throw problems.notFound(`No tenant ${chosen}.`);
        return new TenantContext(chosen, principal);
      }
      case 'insurer':
        throw new ProblemError({
          slug: 'forbidden',
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
