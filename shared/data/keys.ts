/**
 * Every key template of the single table, in one place (docs/data-model.md mirrors it).
 * Tenant-owned keys take a TenantContext, never a bare tenant id: the only way to address
 * a tenant's data is through the context the authorizer established (shared/http/auth.ts).
 */
import type { KeyOwner, TenantContext } from '#access';

export interface Key {
  readonly pk: string;
  readonly sk: string;
}

/** The partition of everything a tenant owns; every tenant key starts with it. */
export const tenantPartition = (context: TenantContext) => `TENANT#${context.tenantId}`;
const tenantPk = tenantPartition;

/** Insurer-wide reference data and lookups: no tenant in them. */
export const insurerKeys = {
  apiKeyByHash: (hash: string): Key => ({ pk: `APIKEY#${hash}`, sk: 'APIKEY' }),
  broker: (brokerId: string): Key => ({ pk: `BROKER#${brokerId}`, sk: 'BROKER' }),
  /** gsi2: every tenant, newest last. */
  tenantList: (createdAt: string, tenantId: string) => ({ gsi2pk: 'TENANTS', gsi2sk: `${createdAt}#${tenantId}` }),
  brokerList: (createdAt: string, brokerId: string) => ({ gsi2pk: 'BROKERS', gsi2sk: `${createdAt}#${brokerId}` }),
  idempotency: (idempotencyKey: string): Key => ({ pk: `IDEMPOTENCY#${idempotencyKey}`, sk: 'IDEMPOTENCY' }),
};

export const tenantKeys = {
  tenant: (context: TenantContext): Key => ({ pk: tenantPk(context), sk: 'TENANT' }),
  /** Immutable policy versions: v000001, v000002... the newest is the policy in force. */
  policyVersion: (context: TenantContext, version: number): Key => ({
    pk: tenantPk(context),
    sk: `POLICY#v${String(version).padStart(6, '0')}`,
  }),
  policyVersionPrefix: (context: TenantContext) => ({ pk: tenantPk(context), skPrefix: 'POLICY#v' }),
  /** The brokers a tenant mandated (events fan out to them). */
  mandate: (context: TenantContext, brokerId: string): Key => ({ pk: tenantPk(context), sk: `MANDATE#${brokerId}` }),
  mandatePrefix: (context: TenantContext) => ({ pk: tenantPk(context), skPrefix: 'MANDATE#' }),
};

/** API keys are listed and revoked under their owner's partition. */
export const ownerKeys = {
  partition: (owner: KeyOwner): string =>
    owner.kind === 'tenant' ? tenantPk(owner.context) : owner.kind === 'broker' ? `BROKER#${owner.brokerId}` : 'INSURER',
  apiKey: (owner: KeyOwner, keyId: string): Key => ({ pk: ownerKeys.partition(owner), sk: `APIKEY#${keyId}` }),
  apiKeyPrefix: (owner: KeyOwner) => ({ pk: ownerKeys.partition(owner), skPrefix: 'APIKEY#' }),
};
