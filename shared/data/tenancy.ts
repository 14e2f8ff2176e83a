/**
 * Tenants, their policy versions, API keys and brokers on the single table.
 *
 * A thin hand-written repository rather than ElectroDB: the key templates are few and
 * already explicit in keys.ts, the writes are multi-item transactions (tenant, policy,
 * keys, mandates, outbox) that read best as the TransactWriteItems they are, and no
 * framework attributes end up in items other tools read (streams, the relay).
 */
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { batchGetItems, failedConditions, getItem, queryAll, withPrefix } from './items.ts';
import { newId } from './ids.ts';
import { insurerKeys, ownerKeys, syncKeys, tenantKeys, tenantPartition } from './keys.ts';
import { changesOr, queryPage, type PageRequest, type PageResult } from './pagination.ts';
import { tableName } from './table.ts';
import { displayPrefix, generateApiKey, hashApiKey } from './api-keys.ts';
import { registerUsageKey } from './usage-plans.ts';
import { TenantContext, keyOwnerOf, type KeyOwner, type Principal } from '#access';
import { ProblemError, fieldError, problems } from '#contract/problems';
import { preconditionFailed, requireMatch, type IfMatch } from '#contract/preconditions';
import { Policy as PolicySchema, type ApiKey, type Broker, type NewApiKey, type Policy, type PolicyInput, type PolicyPatch, type PolicyTerms, type Tenant } from '#contract/tenancy';
import type { Role } from '#topology';
import { isoDay } from '#clock';
import { newEvent } from '#events/envelope';
import { outboxPut } from '#events/outbox';
import { parseStored, parseStoredItems } from './stored.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];


interface TenantItem {
  pk: string;
  sk: string;
  kind: 'tenant';
  tenantId: string;
  name: string;
  tier: Tenant['tier'];
  status: 'active';
  createdAt: string;
  policyVersion: number;
  usageKey: string;
  gsi2pk: string;
  gsi2sk: string;
}

interface PolicyItem extends Policy {
  pk: string;
  sk: string;
  kind: 'policy';
  updatedAt?: string;
  gsi4pk?: string;
}

export interface ApiKeyItem {
  pk: string;
  sk: string;
  kind: 'apiKey';
  keyId: string;
  hash: string;
  role: Role;
  prefix: string;
  tenantId?: string;
  brokerId?: string;
  tier?: string;
  usageKey?: string;
  createdAt: string;
  /** The key that made this one (absent for the first insurer key, made by the operator). */
  createdBy?: string;
  revokedAt?: string;
  updatedAt?: string;
}

interface BrokerItem {
  pk: string;
  sk: string;
  kind: 'broker';
  brokerId: string;
  name: string;
  tenantIds: string[];
  createdAt: string;
  usageKey: string;
  gsi2pk: string;
  gsi2sk: string;
}

/** Parsing drops the item's own attributes and gives the fields the schema's order. */
function policyOf(item: PolicyItem): Policy {
  return PolicySchema.parse(item);
}

function tenantOf(item: TenantItem, policy: Policy): Tenant {
  return { tenantId: item.tenantId, name: item.name, tier: item.tier, status: item.status, createdAt: item.createdAt, policy };
}

function apiKeyOf(item: ApiKeyItem): ApiKey {
  return {
    keyId: item.keyId,
    role: item.role,
    prefix: item.prefix,
    createdAt: item.createdAt,
    ...(item.createdBy ? { createdBy: item.createdBy } : {}),
    ...(item.revokedAt ? { revokedAt: item.revokedAt } : {}),
    // Keys stored before updatedAt was kept changed last when revoked, or when created.
    updatedAt: item.updatedAt ?? item.revokedAt ?? item.createdAt,
  };
}

function brokerOf(item: BrokerItem): Broker {
  return { brokerId: item.brokerId, name: item.name, tenantIds: item.tenantIds, createdAt: item.createdAt };
}

async function transact(items: TransactItem[]): Promise<void> {
  await documents.send(new TransactWriteCommand({ TransactItems: items }));
}

const cancelledBy = (error: unknown, index: number): boolean => failedConditions(error).includes(index);

// ---------------------------------------------------------------------------------------
// API keys
// ---------------------------------------------------------------------------------------

/** Both items of a new key: the hash lookup (authorizer) and the owner's listing entry. */
function apiKeyPuts(owner: KeyOwner, role: Role, now: Date, createdBy: string, extra: { tier?: string; usageKey?: string } = {}): { items: TransactItem[]; created: NewApiKey } {
  const key = generateApiKey(role);
  const keyId = newId('apiKey', now);
  const hash = hashApiKey(key);
  const base = {
    kind: 'apiKey' as const,
    keyId,
    hash,
    role,
    prefix: displayPrefix(key),
    createdAt: now.toISOString(),
    createdBy,
    ...(owner.kind === 'tenant' ? { tenantId: owner.context.tenantId } : {}),
    ...(owner.kind === 'broker' ? { brokerId: owner.brokerId } : {}),
    ...(extra.tier ? { tier: extra.tier } : {}),
    ...(extra.usageKey ? { usageKey: extra.usageKey } : {}),
  };
  const table = tableName();
  return {
    items: [
      { Put: { TableName: table, Item: { ...insurerKeys.apiKeyByHash(hash), ...base }, ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: table, Item: { ...ownerKeys.apiKey(owner, keyId), ...base, updatedAt: base.createdAt, ...syncKeys.owner(owner, 'apikeys') }, ConditionExpression: 'attribute_not_exists(pk)' } },
    ],
    created: { keyId, key, role, prefix: base.prefix, createdAt: base.createdAt, createdBy, updatedAt: base.createdAt },
  };
}

/**
 * The authorizer's lookup: one GetItem by hash, strongly consistent. The gateway caches what it
 * answers for a minute: an eventually consistent read just after a revocation (and its cache
 * flush) could see the key as valid and have that cached.
 */
export async function findApiKey(key: string): Promise<ApiKeyItem | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: insurerKeys.apiKeyByHash(hashApiKey(key)), ConsistentRead: true }));
  return Item ? parseStored<ApiKeyItem>(Item) : undefined;
}

export async function createApiKey(principal: Principal, now: Date): Promise<NewApiKey> {
  const owner = keyOwnerOf(principal);
  const tier = principal.role === 'policyholder' ? principal.tier : undefined;
  // A new key throttles with its owner's other keys: same usage key.
  const usageKey = principal.role === 'insurer' ? undefined : principal.usageKey;
  const { items, created } = apiKeyPuts(owner, principal.role, now, principal.keyId, { ...(tier ? { tier } : {}), ...(usageKey ? { usageKey } : {}) });
  await transact(items);
  return created;
}

export async function listApiKeys(principal: Principal, page: PageRequest): Promise<PageResult<ApiKey>> {
  const owner = keyOwnerOf(principal);
  const { pk, skPrefix } = ownerKeys.apiKeyPrefix(owner);
  const result = await queryPage<ApiKeyItem>(changesOr({ partition: { pk }, sortKeyPrefix: { attribute: 'sk', prefix: skPrefix } }, syncKeys.owner(owner, 'apikeys'), page), page);
  return { ...result, items: result.items.map(apiKeyOf) };
}

/**
 * `access.changed`, an internal event written with the change that withdraws access: from it
 * the authorizer cache is flushed once more (functions/tenancy/access.ts).
 */
function accessChanged(data: { reason: 'api_key_revoked'; keyId: string } | { reason: 'mandates_changed'; brokerId: string }, now: Date) {
  return newEvent({ type: 'access.changed', tenantId: null, data, now });
}

/** Revokes one of the caller's own keys; another owner's key id answers 404. Idempotent. */
export async function revokeApiKey(principal: Principal, keyId: string, now: Date): Promise<void> {
  const key = ownerKeys.apiKey(keyOwnerOf(principal), keyId);
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: key }));
  const item = Item ? parseStored<ApiKeyItem>(Item) : undefined;
  if (!item) throw problems.notFound(`No API key ${keyId}.`);
  if (item.revokedAt) return;
  const revokedAt = now.toISOString();
  const update = (k: { pk: string; sk: string }) => ({
    Update: {
      TableName: tableName(),
      Key: k,
      UpdateExpression: 'SET revokedAt = :at, updatedAt = :at',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
      ExpressionAttributeValues: { ':at': revokedAt },
    },
  });
  const event = accessChanged({ reason: 'api_key_revoked', keyId }, now);
  try {
    await transact([update(key), update(insurerKeys.apiKeyByHash(item.hash)), outboxPut(tableName(), event)]);
  } catch (error) {
    // Revoked meanwhile by a concurrent call: the outcome is the same.
    if (!cancelledBy(error, 0)) throw error;
  }
}

/** The local runtime's insurer key from BOUCLIER_INSURER_KEY: created once, kept after. */
export async function ensureInsurerKey(key: string, now: Date): Promise<string> {
  const existing = await findApiKey(key);
  if (existing && !existing.revokedAt) return existing.keyId;
  if (existing) throw new Error('BOUCLIER_INSURER_KEY was revoked: choose another value');
  const keyId = newId('apiKey', now);
  const hash = hashApiKey(key);
  const base = { kind: 'apiKey', keyId, hash, role: 'insurer', prefix: displayPrefix(key), createdAt: now.toISOString() };
  const owner: KeyOwner = { kind: 'insurer' };
  await transact([
    { Put: { TableName: tableName(), Item: { ...insurerKeys.apiKeyByHash(hash), ...base }, ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName: tableName(), Item: { ...ownerKeys.apiKey(owner, keyId), ...base } } },
  ]);
  return keyId;
}

// ---------------------------------------------------------------------------------------
// Tenants and policies
// ---------------------------------------------------------------------------------------

function policyItem(context: TenantContext, terms: PolicyTerms, version: number, now: Date, changedBy: string): PolicyItem {
  return {
    ...tenantKeys.policyVersion(context, version),
    kind: 'policy',
    ...terms,
    version,
    effectiveFrom: now.toISOString(),
    changedBy,
    // A version never changes once written: it is "changed" when it takes effect.
    updatedAt: now.toISOString(),
    ...syncKeys.tenant(context, 'policy'),
  };
}

export async function createTenant(
  principal: Principal,
  input: { name: string; tier: Tenant['tier']; policy: PolicyInput },
  now: Date,
): Promise<Tenant & { apiKey: NewApiKey }> {
  const tenantId = newId('tenant', now);
  const context = TenantContext.forInsurer(principal, tenantId);
  const createdAt = now.toISOString();
  // Registered first: if the transaction then fails, an unused usage key is all that is left.
  const usageKey = await registerUsageKey(tenantId, input.tier);
  const tenant: TenantItem = {
    ...tenantKeys.tenant(context),
    kind: 'tenant',
    tenantId,
    name: input.name,
    tier: input.tier,
    status: 'active',
    createdAt,
    policyVersion: 1,
    usageKey,
    ...insurerKeys.tenantList(createdAt, tenantId),
  };
  const terms: PolicyTerms = { ...input.policy, inceptionDate: input.policy.inceptionDate ?? isoDay(now) };
  const policy = policyItem(context, terms, 1, now, principal.keyId);
  const key = apiKeyPuts({ kind: 'tenant', context }, 'policyholder', now, principal.keyId, { tier: input.tier, usageKey });
  await transact([
    { Put: { TableName: tableName(), Item: tenant, ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName: tableName(), Item: policy, ConditionExpression: 'attribute_not_exists(pk)' } },
    ...key.items,
  ]);
  return { ...tenantOf(tenant, policyOf(policy)), apiKey: key.created };
}

async function currentPolicy(context: TenantContext): Promise<Policy | undefined> {
  const { Items } = await documents.send(
    new QueryCommand({
      TableName: tableName(),
      ...withPrefix(tenantKeys.policyVersionPrefix(context)),
      ScanIndexForward: false,
      Limit: 1,
    }),
  );
  const [item] = parseStoredItems<PolicyItem>(Items);
  return item ? policyOf(item) : undefined;
}

async function tenantItem(context: TenantContext): Promise<TenantItem | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: tenantKeys.tenant(context) }));
  return Item ? parseStored<TenantItem>(Item) : undefined;
}

export async function getTenant(context: TenantContext): Promise<Tenant> {
  const [item, policy] = await Promise.all([tenantItem(context), currentPolicy(context)]);
  if (!item || !policy) throw problems.notFound(`No tenant ${context.tenantId}.`);
  return tenantOf(item, policy);
}

/**
 * The policy in force, from the tenant item read by the caller (its `policyVersion`, which a
 * change updates in the same transaction as it writes the new version): a hot path that reads
 * the tenant item with other items in one BatchGetItem needs no query for the policy. Versions
 * are immutable, so each one read is kept in this execution environment (the last
 * POLICY_VERSIONS_KEPT); a version not kept yet is read by key, strongly consistent (it may have
 * been written a moment ago, with the tenant item just read).
 */
export async function policyOfTenant(context: TenantContext, tenant: { readonly policyVersion: number } | undefined): Promise<Policy> {
  if (!tenant) throw problems.notFound(`No tenant ${context.tenantId}.`);
  const key = tenantKeys.policyVersion(context, tenant.policyVersion);
  const cacheKey = `${key.pk}#${key.sk}`;
  const kept = policyVersions.get(cacheKey);
  if (kept) return kept;
  const item = await getItem<PolicyItem>(key, true);
  if (!item) throw problems.notFound(`No tenant ${context.tenantId}.`);
  // Shared by every later check of this environment: nobody may change it in place.
  const policy = deepFreeze(policyOf(item));
  if (policyVersions.size >= POLICY_VERSIONS_KEPT) policyVersions.delete(policyVersions.keys().next().value as string);
  policyVersions.set(cacheKey, policy);
  return policy;
}

/** Policy versions kept per execution environment: a few hundred tenants' policies at most, a few KB each. */
const POLICY_VERSIONS_KEPT = 500;
const policyVersions = new Map<string, Policy>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export async function getPolicy(context: TenantContext): Promise<Policy> {
  const policy = await currentPolicy(context);
  if (!policy) throw problems.notFound(`No tenant ${context.tenantId}.`);
  return policy;
}

/**
 * Every version of the tenant's policy, oldest first: what was in force on a given day (the
 * date of loss, a delivery) is the last version that took effect on or before it.
 */
export async function policyHistory(context: TenantContext): Promise<Policy[]> {
  const items = await queryAll<PolicyItem>(withPrefix(tenantKeys.policyVersionPrefix(context)));
  if (items.length === 0) throw problems.notFound(`No tenant ${context.tenantId}.`);
  return items.map(policyOf);
}

export async function listPolicyVersions(context: TenantContext, page: PageRequest): Promise<PageResult<Policy>> {
  const { pk, skPrefix } = tenantKeys.policyVersionPrefix(context);
  const result = await queryPage<PolicyItem>(changesOr({ partition: { pk }, sortKeyPrefix: { attribute: 'sk', prefix: skPrefix }, newestFirst: true }, syncKeys.tenant(context, 'policy'), page), page);
  // A tenant has at least its first version: none is no such tenant, unless only changes were asked.
  if (result.items.length === 0 && !page.cursor && (page.updatedSince === undefined || !(await tenantItem(context)))) throw problems.notFound(`No tenant ${context.tenantId}.`);
  return { ...result, items: result.items.map(policyOf) };
}

export async function listTenants(principal: Principal, page: PageRequest): Promise<PageResult<Tenant>> {
  const result = await queryPage<TenantItem>({ partition: insurerKeys.tenantListPartition(), index: 'gsi2' }, page);
  // The tenant item names its policy version in force: one BatchGet reads them all.
  const policies = await batchGetItems<PolicyItem>(
    result.items.map((item) => tenantKeys.policyVersion(TenantContext.forInsurer(principal, item.tenantId), item.policyVersion)),
  );
  const byPk = new Map(policies.map((policy) => [policy.pk, policy]));
  const tenants = result.items.flatMap((item) => {
    const policy = byPk.get(tenantPartition(TenantContext.forInsurer(principal, item.tenantId)));
    return policy ? [tenantOf(item, policyOf(policy))] : [];
  });
  return { ...result, items: tenants };
}

/**
 * A policy change is a new version; earlier versions are never rewritten. The tenant item's
 * version number guards against two concurrent changes both building on the same version.
 */
export async function updatePolicy(context: TenantContext, patch: PolicyPatch, now: Date, ifMatch?: IfMatch): Promise<Policy> {
  const [item, policy] = await Promise.all([tenantItem(context), currentPolicy(context)]);
  if (!item || !policy) throw problems.notFound(`No tenant ${context.tenantId}.`);
  requireMatch(ifMatch, item.policyVersion, `The policy of tenant ${context.tenantId}`);
  const { version: _v, effectiveFrom: _e, changedBy: _c, ...terms } = policy;
  const next = policyItem(context, { ...terms, ...patch }, item.policyVersion + 1, now, context.principal.keyId);
  try {
    await transact([
      { Put: { TableName: tableName(), Item: next, ConditionExpression: 'attribute_not_exists(pk)' } },
      {
        Update: {
          TableName: tableName(),
          Key: tenantKeys.tenant(context),
          UpdateExpression: 'SET policyVersion = :next',
          ConditionExpression: 'policyVersion = :current',
          ExpressionAttributeValues: { ':next': next.version, ':current': item.policyVersion },
        },
      },
    ]);
  } catch (error) {
    if (cancelledBy(error, 0) || cancelledBy(error, 1)) {
      // Another change took the next version between the read and the write.
      if (ifMatch && !ifMatch.any) throw preconditionFailed(`The policy of tenant ${context.tenantId}`, (await tenantItem(context))?.policyVersion ?? item.policyVersion + 1);
      throw new ProblemError({
        slug: 'concurrent-update',
        detail: `The policy changed while this change was applied (now version ${item.policyVersion + 1} or later). Read it again and retry.`,
      });
    }
    throw error;
  }
  return policyOf(next);
}

// ---------------------------------------------------------------------------------------
// Brokers and mandates
// ---------------------------------------------------------------------------------------

async function requireTenants(principal: Principal, tenantIds: readonly string[]): Promise<TenantContext[]> {
  const contexts = tenantIds.map((id) => TenantContext.forInsurer(principal, id));
  const found = await batchGetItems<TenantItem>(contexts.map((context) => tenantKeys.tenant(context)));
  const known = new Set(found.map((item) => item.tenantId));
  const missing = tenantIds.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new ProblemError({
      slug: 'unknown-tenant',
      detail: `No tenant ${missing.join(', ')}.`,
      extensions: {
        errors: missing.map((id) => fieldError('body', ['tenantIds', tenantIds.indexOf(id)], 'unknown_tenant', `no tenant ${id}`)),
      },
    });
  }
  return contexts;
}

function mandatePut(context: TenantContext, brokerId: string, now: Date): TransactItem {
  return { Put: { TableName: tableName(), Item: { ...tenantKeys.mandate(context, brokerId), kind: 'mandate', brokerId, tenantId: context.tenantId, since: now.toISOString() } } };
}

export async function createBroker(principal: Principal, input: { name: string; tenantIds: string[] }, now: Date): Promise<Broker & { apiKey: NewApiKey }> {
  const contexts = await requireTenants(principal, input.tenantIds);
  const brokerId = newId('broker', now);
  const createdAt = now.toISOString();
  const usageKey = await registerUsageKey(brokerId, 'partner');
  const broker: BrokerItem = {
    ...insurerKeys.broker(brokerId),
    kind: 'broker',
    brokerId,
    name: input.name,
    tenantIds: input.tenantIds,
    createdAt,
    usageKey,
    ...insurerKeys.brokerList(createdAt, brokerId),
  };
  const key = apiKeyPuts({ kind: 'broker', brokerId }, 'broker', now, principal.keyId, { usageKey });
  await transact([
    { Put: { TableName: tableName(), Item: broker, ConditionExpression: 'attribute_not_exists(pk)' } },
    ...contexts.map((context) => mandatePut(context, brokerId, now)),
    ...key.items,
  ]);
  return { ...brokerOf(broker), apiKey: key.created };
}

/** Strongly consistent: the authorizer reads a broker's mandates with it (see findApiKey). */
export async function getBroker(brokerId: string): Promise<Broker> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: insurerKeys.broker(brokerId), ConsistentRead: true }));
  if (!Item) throw problems.notFound(`No broker ${brokerId}.`);
  return brokerOf(parseStored<BrokerItem>(Item));
}

/** Replaces a broker's mandates; the tenants' mandate items follow in the same transaction. */
export async function setMandates(principal: Principal, brokerId: string, tenantIds: string[], now: Date): Promise<Broker> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: insurerKeys.broker(brokerId) }));
  const broker = Item ? parseStored<BrokerItem>(Item) : undefined;
  if (!broker) throw problems.notFound(`No broker ${brokerId}.`);
  const contexts = await requireTenants(principal, tenantIds);
  const removed = broker.tenantIds.filter((id) => !tenantIds.includes(id)).map((id) => TenantContext.forInsurer(principal, id));
  const added = contexts.filter((context) => !broker.tenantIds.includes(context.tenantId));
  try {
    await transact([
      {
        Update: {
          TableName: tableName(),
          Key: insurerKeys.broker(brokerId),
          UpdateExpression: 'SET tenantIds = :ids',
          ConditionExpression: 'tenantIds = :before',
          ExpressionAttributeValues: { ':ids': tenantIds, ':before': broker.tenantIds },
        },
      },
      ...added.map((context) => mandatePut(context, brokerId, now)),
      ...removed.map((context) => ({ Delete: { TableName: tableName(), Key: tenantKeys.mandate(context, brokerId) } })),
      outboxPut(tableName(), accessChanged({ reason: 'mandates_changed', brokerId }, now)),
    ]);
  } catch (error) {
    if (cancelledBy(error, 0)) {
      throw new ProblemError({ slug: 'concurrent-update', detail: 'The mandates changed while this change was applied. Read them again and retry.' });
    }
    throw error;
  }
  return { ...brokerOf(broker), tenantIds };
}
