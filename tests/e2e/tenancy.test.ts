/**
 * Tenancy over HTTP on the local runtime: onboarding, keys per tenant, revocation, brokers
 * and their mandates, policy versions, idempotent creation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePolicy } from '../support/http-client.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// The local gateway caches authorizer results for 1 s here (60 s by default, as deployed).
const CACHE_MS = 1_000;

beforeAll(async () => {
  world = await startWorld({ authorizerCacheSeconds: CACHE_MS / 1000 });
});
afterAll(async () => {
  await world?.runtime.stop();
});

describe('onboarding and policies', () => {
  it('an insurer onboards a tenant: its policy with the documented defaults, and a key shown once', async () => {
    const created = await world.call('POST', '/v1/tenants', { key: world.insurerKey, body: { name: 'Chaudronnerie Martin', tier: 'premium', policy: samplePolicy() } });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/v1/tenants/${String(created.body['tenantId'])}`);
    expect(created.body).toMatchObject({
      name: 'Chaudronnerie Martin',
      tier: 'premium',
      status: 'active',
      policy: {
        version: 1,
        currency: 'EUR',
        coverPercent: 90,
        deductible: 0,
        claimThreshold: 0,
        maxCreditPeriodDays: 120,
        maxExtensionDays: 60,
        waitingPeriodDays: 180,
        discretionaryLimit: 0,
        politicalRiskCovered: false,
        maxLiability: 300_000_000,
        premiumRate: 0.0025,
      },
      apiKey: { role: 'policyholder' },
    });
    const key = (created.body['apiKey'] as { key: string }).key;
    expect(key).toMatch(/^bk_test_pol_[A-Za-z0-9_-]{43}$/);
    const listed = await world.call<{ items: { prefix: string; keyId: string }[] }>('GET', '/v1/api-keys', { key });
    expect(listed.text).not.toContain(key);
    expect(listed.body.items[0]?.prefix).toBe(key.slice(0, 16) + '…');
  });

  it('each tenant key sees only its own policy', async () => {
    const a = await world.call('GET', '/v1/policy', { key: world.a.key });
    const b = await world.call('GET', '/v1/policy', { key: world.b.key });
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    const tenantA = await world.call('GET', `/v1/tenants/${world.a.tenantId}`, { key: world.insurerKey });
    expect(tenantA.body['policy']).toEqual(a.body);
  });

  it('a policy change is a new version; the earlier one stays readable', async () => {
    const patched = await world.call('PATCH', `/v1/tenants/${world.a.tenantId}/policy`, {
      key: world.insurerKey,
      body: { coverPercent: 85, discretionaryLimit: 5_000_000 },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ version: 2, coverPercent: 85, discretionaryLimit: 5_000_000, maxLiability: 300_000_000 });
    const versions = await world.call<{ items: { version: number; coverPercent: number }[] }>('GET', '/v1/policy/versions', { key: world.a.key });
    expect(versions.body.items.map((v) => [v.version, v.coverPercent])).toEqual([
      [2, 85],
      [1, 90],
    ]);
    const currencyChange = await world.call('PATCH', `/v1/tenants/${world.a.tenantId}/policy`, { key: world.insurerKey, body: { currency: 'USD' } });
    expect(currencyChange.status).toBe(400);
    expect(currencyChange.body['errors']).toMatchObject([{ field: 'currency', code: 'immutable' }]);
  });

  it('refuses an invalid policy with every failing field named, and stores nothing', async () => {
    const before = await world.call<{ items: unknown[] }>('GET', '/v1/tenants?limit=100', { key: world.insurerKey });
    const refused = await world.call('POST', '/v1/tenants', {
      key: world.insurerKey,
      body: { name: 'X', policy: samplePolicy({ coverPercent: 79, premiumRate: 0.01, maxLiability: 10.5, currency: 'eur', coveredCountries: ['FR', 'FR'] }) },
    });
    expect(refused.status).toBe(400);
    const fields = (refused.body['errors'] as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['policy.coverPercent', 'policy.premiumRate', 'policy.maxLiability', 'policy.currency', 'policy.coveredCountries']));
    const after = await world.call<{ items: unknown[] }>('GET', '/v1/tenants?limit=100', { key: world.insurerKey });
    expect(after.body.items.length).toBe(before.body.items.length);
  });
});

describe('keys and roles', () => {
  it('no key → 401, an unknown key → 401, a tenant key on an insurer route → 403', async () => {
    expect((await world.call('GET', '/v1/policy')).status).toBe(401);
    expect((await world.call('GET', '/v1/policy', { key: 'bk_test_pol_unknown' })).status).toBe(401);
    const forbidden = await world.call('POST', '/v1/tenants', { key: world.a.key, body: { name: 'x', policy: samplePolicy() } });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body['type']).toBe('https://bouclier.dev/problems/forbidden');
  });

  it('a revoked key stops working once the authorizer cache expires; the others keep working', async () => {
    const extra = await world.call<{ keyId: string; key: string }>('POST', '/v1/api-keys', { key: world.b.key });
    expect(extra.status).toBe(201);
    expect((await world.call('GET', '/v1/policy', { key: extra.body.key })).status).toBe(200);
    expect((await world.call('DELETE', `/v1/api-keys/${extra.body.keyId}`, { key: world.b.key })).status).toBe(204);
    expect((await world.call('DELETE', `/v1/api-keys/${extra.body.keyId}`, { key: world.b.key })).status).toBe(204);
    await wait(CACHE_MS + 200);
    expect((await world.call('GET', '/v1/policy', { key: extra.body.key })).status).toBe(401);
    expect((await world.call('GET', '/v1/policy', { key: world.b.key })).status).toBe(200);
    const listed = await world.call<{ items: { keyId: string; revokedAt?: string }[] }>('GET', '/v1/api-keys', { key: world.b.key });
    expect(listed.body.items.find((k) => k.keyId === extra.body.keyId)?.revokedAt).toBeDefined();
  });
});

describe('brokers', () => {
  it('a broker reaches its mandated tenants only, naming one per request', async () => {
    const asB = await world.call('GET', '/v1/policy', { key: world.broker.key, headers: { 'bouclier-tenant': world.b.tenantId } });
    expect(asB.status).toBe(200);
    const asA = await world.call('GET', '/v1/policy', { key: world.broker.key, headers: { 'bouclier-tenant': world.a.tenantId } });
    expect(asA.status).toBe(404);
    const none = await world.call('GET', '/v1/policy', { key: world.broker.key });
    expect(none.status).toBe(400);
    expect(none.body['type']).toBe('https://bouclier.dev/problems/tenant-required');
  });

  it('new mandates take effect once the authorizer cache expires; unknown tenants are refused', async () => {
    const unknown = await world.call('PUT', `/v1/brokers/${world.broker.brokerId}/mandates`, {
      key: world.insurerKey,
      body: { tenantIds: [world.b.tenantId, 'ten_00000000000000000000000000'] },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body['type']).toBe('https://bouclier.dev/problems/unknown-tenant');

    const updated = await world.call('PUT', `/v1/brokers/${world.broker.brokerId}/mandates`, {
      key: world.insurerKey,
      body: { tenantIds: [world.a.tenantId, world.b.tenantId] },
    });
    expect(updated.status).toBe(200);
    expect(updated.body['tenantIds']).toEqual([world.a.tenantId, world.b.tenantId]);
    await wait(CACHE_MS + 200);
    const asA = await world.call('GET', '/v1/policy', { key: world.broker.key, headers: { 'bouclier-tenant': world.a.tenantId } });
    expect(asA.status).toBe(200);

    const back = await world.call('PUT', `/v1/brokers/${world.broker.brokerId}/mandates`, { key: world.insurerKey, body: { tenantIds: [world.b.tenantId] } });
    expect(back.status).toBe(200);
    await wait(CACHE_MS + 200);
    expect((await world.call('GET', '/v1/policy', { key: world.broker.key, headers: { 'bouclier-tenant': world.a.tenantId } })).status).toBe(404);
    const broker = await world.call('GET', `/v1/brokers/${world.broker.brokerId}`, { key: world.insurerKey });
    expect(broker.body['tenantIds']).toEqual([world.b.tenantId]);
  });
});

describe('Idempotency-Key', () => {
  it('same key and body → the first response; same key, other body → 422; per caller', async () => {
    const body = { name: 'Idempotent SARL', policy: samplePolicy() };
    const headers = { 'idempotency-key': 'onboard-idempotent-sarl' };
    const first = await world.call('POST', '/v1/tenants', { key: world.insurerKey, body, headers });
    const again = await world.call('POST', '/v1/tenants', { key: world.insurerKey, body, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();

    const other = await world.call('POST', '/v1/tenants', { key: world.insurerKey, body: { ...body, name: 'Another' }, headers });
    expect(other.status).toBe(422);
    expect(other.body['type']).toBe('https://bouclier.dev/problems/idempotency-key-reused');

    const keyA = await world.call<{ keyId: string }>('POST', '/v1/api-keys', { key: world.a.key, headers: { 'idempotency-key': 'same-everywhere' } });
    const keyB = await world.call<{ keyId: string }>('POST', '/v1/api-keys', { key: world.b.key, headers: { 'idempotency-key': 'same-everywhere' } });
    expect(keyA.status).toBe(201);
    expect(keyB.status).toBe(201);
    expect(keyB.body.keyId).not.toBe(keyA.body.keyId);
  });

  it('refuses a malformed Idempotency-Key', async () => {
    const refused = await world.call('POST', '/v1/api-keys', { key: world.a.key, headers: { 'idempotency-key': 'has spaces in it' } });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body['errors'])).toContain('Idempotency-Key');
  });
});
