import { describe, expect, it } from 'vitest';
import { displayPrefix, generateApiKey, hashApiKey } from '../../shared/data/api-keys.ts';
import { insurerKeys, limitKeys, orderKeys, ownerKeys, tenantKeys, webhookKeys } from '../../shared/data/keys.ts';
import { TenantContext, type Principal } from '../../shared/access/index.ts';
import { principalOf } from '../../shared/http/auth.ts';
import { apiArnPrefix, policyFor, routeArn } from '../../shared/http/authorizer-policy.ts';
import { ProblemError } from '../../shared/contract/problems.ts';
import { topology } from '../../shared/topology/index.ts';

const insurer: Principal = { role: 'insurer', keyId: 'key_ins' };
const holder: Principal = { role: 'policyholder', keyId: 'key_pol', tenantId: 'ten_A', tier: 'standard' };
const broker: Principal = { role: 'broker', keyId: 'key_brk', brokerId: 'brk_1', tenantIds: ['ten_A', 'ten_B'] };
const contextA = TenantContext.forCaller(holder, {});

describe('key templates', () => {
  it.each([
    ['tenant', tenantKeys.tenant(contextA), { pk: 'TENANT#ten_A', sk: 'TENANT' }],
    ['policy version 1', tenantKeys.policyVersion(contextA, 1), { pk: 'TENANT#ten_A', sk: 'POLICY#v000001' }],
    ['policy version 12', tenantKeys.policyVersion(contextA, 12), { pk: 'TENANT#ten_A', sk: 'POLICY#v000012' }],
    ['mandate', tenantKeys.mandate(contextA, 'brk_1'), { pk: 'TENANT#ten_A', sk: 'MANDATE#brk_1' }],
    ['api key by hash', insurerKeys.apiKeyByHash('ab12'), { pk: 'APIKEY#ab12', sk: 'APIKEY' }],
    ['broker', insurerKeys.broker('brk_1'), { pk: 'BROKER#brk_1', sk: 'BROKER' }],
    ['idempotency record', insurerKeys.idempotency('tenancy#9f'), { pk: 'IDEMPOTENCY#tenancy#9f', sk: 'IDEMPOTENCY' }],
    ["a tenant's key", ownerKeys.apiKey({ kind: 'tenant', context: contextA }, 'key_1'), { pk: 'TENANT#ten_A', sk: 'APIKEY#key_1' }],
    ["a broker's key", ownerKeys.apiKey({ kind: 'broker', brokerId: 'brk_1' }, 'key_1'), { pk: 'BROKER#brk_1', sk: 'APIKEY#key_1' }],
    ["the insurer's key", ownerKeys.apiKey({ kind: 'insurer' }, 'key_1'), { pk: 'INSURER', sk: 'APIKEY#key_1' }],
    ['limit', limitKeys.limit(contextA, 'byr_1'), { pk: 'TENANT#ten_A', sk: 'LIMIT#byr_1' }],
    ['limit history entry', limitKeys.history(contextA, 'byr_1', '2026-11-26T10:00:00.000Z', 'lrq_1'), { pk: 'TENANT#ten_A', sk: 'LIMITHIST#byr_1#2026-11-26T10:00:00.000Z#lrq_1' }],
    ['buyer capacity', limitKeys.capacity('byr_1'), { pk: 'BUYER#byr_1', sk: 'CAPACITY' }],
    ['referral', limitKeys.referral('ref_1'), { pk: 'REFERRAL#ref_1', sk: 'REFERRAL' }],
    ['exposure', orderKeys.exposure(contextA, 'byr_1'), { pk: 'TENANT#ten_A', sk: 'EXPOSURE#byr_1' }],
    ['invoice', orderKeys.invoice(contextA, 'inv_1'), { pk: 'TENANT#ten_A', sk: 'INVOICE#inv_1' }],
    ['invoice number', orderKeys.invoiceNumber(contextA, 'F-1'), { pk: 'TENANT#ten_A', sk: 'INVOICENO#F-1' }],
    ['order', orderKeys.order(contextA, 'ord_1'), { pk: 'TENANT#ten_A', sk: 'ORDER#ord_1' }],
    ["a tenant's webhook", webhookKeys.endpoint({ kind: 'tenant', context: contextA }, 'wh_1'), { pk: 'TENANT#ten_A', sk: 'WEBHOOK#wh_1' }],
  ])('%s', (_name, key, expected) => {
    expect(key).toEqual(expected);
  });

  it('sorts policy versions in order as strings', () => {
    const sks = [1, 2, 10, 100, 999_999].map((v) => tenantKeys.policyVersion(contextA, v).sk);
    expect([...sks].sort()).toEqual(sks);
  });

  it('keeps every tenant index key inside the tenant, but the insurer’s fan-out by buyer', () => {
    expect(orderKeys.invoicesOfBuyer(contextA, 'byr_1', '2026-11-01', 'inv_1')).toEqual({ gsi1pk: 'TENANT#ten_A#INVOICES#byr_1', gsi1sk: '2026-11-01#inv_1' });
    expect(orderKeys.byStatus(contextA, 'open', 'byr_1', '2026-12-01', 'inv_1')).toEqual({ gsi3pk: 'TENANT#ten_A#INVOICESTATUS#open', gsi3sk: 'byr_1#2026-12-01#inv_1' });
    expect(limitKeys.byBuyer('byr_1', 'ten_A')).toEqual({ gsi2pk: 'BUYER#byr_1', gsi2sk: 'LIMIT#ten_A' });
  });

  it('lists tenants by creation time', () => {
    expect(insurerKeys.tenantList('2026-11-26T10:00:00.000Z', 'ten_A')).toEqual({ gsi2pk: 'TENANTS', gsi2sk: '2026-11-26T10:00:00.000Z#ten_A' });
  });
});

describe('tenant context', () => {
  it('a policyholder acts for its own tenant only', () => {
    expect(TenantContext.forCaller(holder, { 'bouclier-tenant': 'ten_B' }).tenantId).toBe('ten_A');
  });

  it.each([
    ['a mandated tenant', { 'bouclier-tenant': 'ten_B' }, 'ten_B', undefined],
    ['a tenant without mandate', { 'bouclier-tenant': 'ten_C' }, undefined, 404],
    ['no tenant named', {}, undefined, 400],
  ])('a broker naming %s', (_case, headers, tenantId, status) => {
    if (tenantId) expect(TenantContext.forCaller(broker, headers).tenantId).toBe(tenantId);
    else expect(() => TenantContext.forCaller(broker, headers)).toThrow(expect.objectContaining({ status }) as ProblemError);
  });

  it('only the insurer may act on a tenant it names', () => {
    expect(TenantContext.forInsurer(insurer, 'ten_Z').tenantId).toBe('ten_Z');
    expect(() => TenantContext.forInsurer(holder, 'ten_Z')).toThrow(ProblemError);
    expect(() => TenantContext.forCaller(insurer, {})).toThrow(expect.objectContaining({ status: 403 }) as ProblemError);
  });

  it('reads the principal from the authorizer context, and refuses a request without one', () => {
    const event = (authorizer: Record<string, unknown> | null) => ({ requestContext: { authorizer } }) as never;
    expect(principalOf(event({ role: 'broker', keyId: 'key_1', brokerId: 'brk_1', tenantIds: 'ten_A,ten_B' }))).toEqual({
      role: 'broker',
      keyId: 'key_1',
      brokerId: 'brk_1',
      tenantIds: ['ten_A', 'ten_B'],
    });
    expect(principalOf(event({ role: 'broker', keyId: 'key_1', brokerId: 'brk_1', tenantIds: '' }))).toMatchObject({ tenantIds: [] });
    expect(() => principalOf(event(null))).toThrow(expect.objectContaining({ status: 401 }) as ProblemError);
    expect(() => principalOf(event({ role: 'policyholder', keyId: 'key_1' }))).toThrow(ProblemError);
    expect(() => principalOf(event({ role: 'root', keyId: 'key_1' }))).toThrow(ProblemError);
  });
});

describe('API key secrets', () => {
  it('are 32 random bytes behind a readable role prefix, hashed with SHA-256', () => {
    const key = generateApiKey('broker');
    expect(key).toMatch(/^bk_(live|test)_brk_[A-Za-z0-9_-]{43}$/);
    expect(generateApiKey('broker')).not.toBe(key);
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(displayPrefix('bk_live_pol_ABCDEFGHIJ')).toBe('bk_live_pol_ABCD…');
    // The secret part may hold '_': only 4 of its characters are ever shown.
    expect(displayPrefix('bk_test_brk_ab_cdef_ghij_klmnop')).toBe('bk_test_brk_ab_c…');
    expect(displayPrefix('a-custom-insurer-key-from-the-environment')).toBe('a-custom…');
  });
});

describe('authorizer policy', () => {
  const methodArn = 'arn:aws:execute-api:eu-west-3:123456789012:abc123/live/GET/v1/policy';

  it('keeps the API and stage of the method ARN', () => {
    expect(apiArnPrefix(methodArn)).toBe('arn:aws:execute-api:eu-west-3:123456789012:abc123/live');
    expect(() => apiArnPrefix('nonsense')).toThrow();
  });

  it('allows exactly the routes of the role, path parameters as *', () => {
    const prefix = apiArnPrefix(methodArn);
    const result = policyFor('key_1', 'policyholder', methodArn, topology.routes, { role: 'policyholder' });
    const statement = result.policyDocument.Statement[0] as { Effect: string; Resource: string[] };
    expect(statement.Effect).toBe('Allow');
    const expected = topology.routes.filter((r) => r.access !== 'public' && r.access.includes('policyholder')).map((r) => routeArn(prefix, r));
    expect(statement.Resource.sort()).toEqual(expected.sort());
    expect(statement.Resource).toContain(`${prefix}/DELETE/v1/api-keys/*`);
    expect(statement.Resource).not.toContain(`${prefix}/POST/v1/tenants`);
    expect(result.context).toEqual({ role: 'policyholder' });
  });
});
