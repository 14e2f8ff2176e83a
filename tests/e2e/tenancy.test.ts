/**
 * Tenancy over HTTP on the local runtime: onboarding, keys per tenant, revocation, brokers
 * and their mandates, policy versions, idempotent creation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePolicy } from '../support/http-client.ts';
import { eventually } from '../support/eventually.ts';
import { startWorld, type World } from '../support/world.ts';
import { expectStatus, op } from '../support/op.ts';

let world: World;
// The local gateway caches authorizer results for 1 s here (60 s by default, as deployed):
// a change of access shows once that cache expires, so the tests poll for it with room to spare.
const CACHE_MS = 1_000;
const UNTIL_CACHE_EXPIRES = { timeoutMs: CACHE_MS * 10, intervalMs: 100 };

beforeAll(async () => {
  world = await startWorld({ authorizerCacheSeconds: CACHE_MS / 1000 });
});
afterAll(async () => {
  await world?.runtime.stop();
});

describe('onboarding and policies', () => {
  it('an insurer onboards a tenant: its policy with the documented defaults, and a key shown once', async () => {
    const created = await op(world.call, 'createTenant', { key: world.insurerKey, body: { name: 'Chaudronnerie Martin', tier: 'premium', policy: samplePolicy() } });
    expectStatus(created, 201);
    expect(created.headers.get('location')).toBe(`/v1/tenants/${created.body.tenantId}`);
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
    const key = created.body.apiKey.key;
    expect(key).toMatch(/^bk_test_pol_[A-Za-z0-9_-]{43}$/);
    const listed = await op(world.call, 'listApiKeys', { key });
    expectStatus(listed, 200);
    expect(listed.text).not.toContain(key);
    expect(listed.body.items[0]?.prefix).toBe(key.slice(0, 16) + '…');
  });

  it('each tenant key sees only its own policy', async () => {
    const a = await op(world.call, 'getPolicy', { key: world.a.key });
    const b = await op(world.call, 'getPolicy', { key: world.b.key });
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    const tenantA = await op(world.call, 'getTenant', { key: world.insurerKey, params: { tenantId: world.a.tenantId } });
    expectStatus(tenantA, 200);
    expect(tenantA.body.policy).toEqual(a.body);
  });

  it('a policy change is a new version; the earlier one stays readable', async () => {
    const patched = await op(world.call, 'updateTenantPolicy', {
      key: world.insurerKey,
      params: { tenantId: world.a.tenantId },
      body: { coverPercent: 85, discretionaryLimit: 5_000_000 },
    });
    expectStatus(patched, 200);
    expect(patched.body).toMatchObject({ version: 2, coverPercent: 85, discretionaryLimit: 5_000_000, maxLiability: 300_000_000 });
    const versions = await op(world.call, 'listPolicyVersions', { key: world.a.key });
    expectStatus(versions, 200);
    expect(versions.body.items.map((v) => [v.version, v.coverPercent])).toEqual([
      [2, 85],
      [1, 90],
    ]);
    const seenByInsurer = await op(world.call, 'listTenantPolicyVersions', { key: world.insurerKey, params: { tenantId: world.a.tenantId } });
    expectStatus(seenByInsurer, 200);
    expect(seenByInsurer.body.items).toEqual(versions.body.items);
    // Off the schema on purpose (a policy's currency never changes): the raw client.
    const currencyChange = await world.call('PATCH', `/v1/tenants/${world.a.tenantId}/policy`, { key: world.insurerKey, body: { currency: 'USD' } });
    expect(currencyChange.status).toBe(400);
    expect(currencyChange.body['errors']).toMatchObject([{ field: 'currency', code: 'immutable' }]);
  });

  it('refuses an invalid policy with every failing field named, and stores nothing', async () => {
    const tenants = async () => {
      const page = await op(world.call, 'listTenants', { key: world.insurerKey, query: { limit: 100 } });
      expectStatus(page, 200);
      return page.body.items;
    };
    const before = await tenants();
    const refused = await op(world.call, 'createTenant', {
      key: world.insurerKey,
      body: { name: 'X', policy: samplePolicy({ coverPercent: 79, premiumRate: 0.01, maxLiability: 10.5, currency: 'eur', coveredCountries: ['FR', 'FR'] }) },
    });
    expectStatus(refused, 400);
    const fields = (refused.body.errors ?? []).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['policy.coverPercent', 'policy.premiumRate', 'policy.maxLiability', 'policy.currency', 'policy.coveredCountries']));
    expect((await tenants()).length).toBe(before.length);
  });
});

describe('keys and roles', () => {
  it('no key → 401, an unknown key → 401, a tenant key on an insurer route → 403', async () => {
    expect((await op(world.call, 'getPolicy', {})).status).toBe(401);
    expect((await op(world.call, 'getPolicy', { key: 'bk_test_pol_unknown' })).status).toBe(401);
    const forbidden = await op(world.call, 'createTenant', { key: world.a.key, body: { name: 'x', policy: samplePolicy() } });
    expectStatus(forbidden, 403);
    expect(forbidden.body.type).toBe('https://bouclier.dev/problems/forbidden');
  });

  it('a revoked key stops working once the authorizer cache expires; the others keep working', async () => {
    const extra = await op(world.call, 'createApiKey', { key: world.b.key });
    expectStatus(extra, 201);
    const { key, keyId } = extra.body;
    expect((await op(world.call, 'getPolicy', { key })).status).toBe(200);
    expect((await op(world.call, 'revokeApiKey', { key: world.b.key, params: { keyId } })).status).toBe(204);
    expect((await op(world.call, 'revokeApiKey', { key: world.b.key, params: { keyId } })).status).toBe(204);
    await eventually(async () => expect((await op(world.call, 'getPolicy', { key })).status).toBe(401), UNTIL_CACHE_EXPIRES);
    expect((await op(world.call, 'getPolicy', { key: world.b.key })).status).toBe(200);
    const listed = await op(world.call, 'listApiKeys', { key: world.b.key });
    expectStatus(listed, 200);
    expect(listed.body.items.find((k) => k.keyId === keyId)?.revokedAt).toBeDefined();
  });
});

describe('brokers', () => {
  it('a broker reaches its mandated tenants only, naming one per request', async () => {
    const asB = await op(world.call, 'getPolicy', { key: world.broker.key, headers: { 'bouclier-tenant': world.b.tenantId } });
    expect(asB.status).toBe(200);
    const asA = await op(world.call, 'getPolicy', { key: world.broker.key, headers: { 'bouclier-tenant': world.a.tenantId } });
    expect(asA.status).toBe(404);
    const none = await op(world.call, 'getPolicy', { key: world.broker.key });
    expectStatus(none, 400);
    expect(none.body.type).toBe('https://bouclier.dev/problems/tenant-required');
  });

  it('new mandates take effect once the authorizer cache expires; unknown tenants are refused', async () => {
    const mandates = (tenantIds: string[]) => op(world.call, 'putBrokerMandates', { key: world.insurerKey, params: { brokerId: world.broker.brokerId }, body: { tenantIds } });
    const unknown = await mandates([world.b.tenantId, 'ten_00000000000000000000000000']);
    expectStatus(unknown, 422);
    expect(unknown.body.type).toBe('https://bouclier.dev/problems/unknown-tenant');

    const updated = await mandates([world.a.tenantId, world.b.tenantId]);
    expectStatus(updated, 200);
    expect(updated.body.tenantIds).toEqual([world.a.tenantId, world.b.tenantId]);
    await eventually(async () => {
      const asA = await op(world.call, 'getPolicy', { key: world.broker.key, headers: { 'bouclier-tenant': world.a.tenantId } });
      expect(asA.status).toBe(200);
    }, UNTIL_CACHE_EXPIRES);

    const back = await mandates([world.b.tenantId]);
    expect(back.status).toBe(200);
    await eventually(async () => {
      expect((await op(world.call, 'getPolicy', { key: world.broker.key, headers: { 'bouclier-tenant': world.a.tenantId } })).status).toBe(404);
    }, UNTIL_CACHE_EXPIRES);
    const broker = await op(world.call, 'getBroker', { key: world.insurerKey, params: { brokerId: world.broker.brokerId } });
    expectStatus(broker, 200);
    expect(broker.body.tenantIds).toEqual([world.b.tenantId]);
  });
});

describe('Idempotency-Key', () => {
  it('same key and body → the first response; same key, other body → 422; per caller', async () => {
    const body = { name: 'Idempotent SARL', policy: samplePolicy() };
    const headers = { 'idempotency-key': 'onboard-idempotent-sarl' };
    const first = await op(world.call, 'createTenant', { key: world.insurerKey, body, headers });
    const again = await op(world.call, 'createTenant', { key: world.insurerKey, body, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();

    const other = await op(world.call, 'createTenant', { key: world.insurerKey, body: { ...body, name: 'Another' }, headers });
    expectStatus(other, 422);
    expect(other.body.type).toBe('https://bouclier.dev/problems/idempotency-key-reused');

    const keyA = await op(world.call, 'createApiKey', { key: world.a.key, headers: { 'idempotency-key': 'same-everywhere' } });
    const keyB = await op(world.call, 'createApiKey', { key: world.b.key, headers: { 'idempotency-key': 'same-everywhere' } });
    expectStatus(keyA, 201);
    expectStatus(keyB, 201);
    expect(keyB.body.keyId).not.toBe(keyA.body.keyId);
  });

  it('refuses a malformed Idempotency-Key', async () => {
    const refused = await op(world.call, 'createApiKey', { key: world.a.key, headers: { 'idempotency-key': 'has spaces in it' } });
    expectStatus(refused, 400);
    expect(JSON.stringify(refused.body.errors)).toContain('Idempotency-Key');
  });
});
