/**
 * Revocation on the local runtime with the deployed authorizer cache (60 s): a revoked key
 * or a withdrawn mandate stops working on every route within 5 seconds, because revoking
 * flushes the gateway's cache; and the routes that mint credentials or grant access read the
 * calling key again, so a revoked key is refused there even before the flush.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/dynamodb.ts';
import { startWorld, type World } from '../support/world.ts';
import { expectStatus, op } from '../support/op.ts';

let world: World;
let documents: DynamoDBDocumentClient;

beforeAll(async () => {
  // The topology's cache TTL, as deployed: without a flush a revoked key would live 60 s.
  world = await startWorld();
  documents = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: world.runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }));
});
afterAll(async () => {
  documents?.destroy();
  await world?.runtime.stop();
});

const newKey = async (ownerKey: string) => {
  const created = await op(world.call, 'createApiKey', { key: ownerKey });
  expectStatus(created, 201);
  return created.body;
};
const keysOf = async (key: string) => {
  const listed = await op(world.call, 'listApiKeys', { key });
  expectStatus(listed, 200);
  return listed.body.items;
};

/** One route of each function a policyholder reaches. */
const everywhere = ['/v1/policy', '/v1/limits', '/v1/decision-matrix', '/v1/claims', '/v1/webhooks', '/v1/watchlist', '/v1/portfolio', '/v1/api-keys'];

describe('a revoked key', () => {
  it('is refused on every route within 5 seconds of its revocation, though the gateway had cached it', async () => {
    const k1 = await newKey(world.a.key);
    for (const path of everywhere) expect((await world.call('GET', path, { key: k1.key })).status, path).toBe(200);
    const revokedAt = Date.now();
    expect((await world.call('DELETE', `/v1/api-keys/${k1.keyId}`, { key: world.a.key })).status).toBe(204);
    for (const path of everywhere) expect((await world.call('GET', path, { key: k1.key })).status, path).toBe(401);
    const minted = await world.call('POST', '/v1/api-keys', { key: k1.key });
    expect(minted.status).toBe(401);
    expect(Date.now() - revokedAt).toBeLessThan(5_000);
    // The owner's other key is untouched.
    expect((await world.call('GET', '/v1/policy', { key: world.a.key })).status).toBe(200);
  });

  it('cannot mint a key, a broker, mandates or a webhook even while its cached authorization lives', async () => {
    const k1 = await newKey(world.b.key);
    expect((await world.call('GET', '/v1/policy', { key: k1.key })).status).toBe(200);
    // Revoked in the table without the flush: the moment between the write and the flush.
    await documents.send(
      new UpdateCommand({
        TableName: world.runtime.tableName,
        Key: { pk: `TENANT#${world.b.tenantId}`, sk: `APIKEY#${k1.keyId}` },
        UpdateExpression: 'SET revokedAt = :at',
        ExpressionAttributeValues: { ':at': new Date().toISOString() },
      }),
    );
    // Reads still pass on the cached authorization (the flush is what ends that)...
    expect((await world.call('GET', '/v1/policy', { key: k1.key })).status).toBe(200);
    // ...but nothing that mints credentials, grants access or redirects events does.
    const key = await op(world.call, 'createApiKey', { key: k1.key });
    expectStatus(key, 401);
    expect(key.body.type).toBe('https://bouclier.dev/problems/unauthorized');
    expect((await world.call('POST', '/v1/webhooks', { key: k1.key, body: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['limit.decided'] } })).status).toBe(401);
    const listed = await keysOf(world.b.key);
    expect(listed.map((item) => item.keyId)).toHaveLength(new Set(listed.map((item) => item.keyId)).size);
  });

  it('an insurer key revoked cannot onboard a tenant, create a broker or change mandates', async () => {
    const insurer2 = await newKey(world.insurerKey);
    expect((await world.call('GET', '/v1/tenants', { key: insurer2.key })).status).toBe(200);
    await documents.send(
      new UpdateCommand({
        TableName: world.runtime.tableName,
        Key: { pk: 'INSURER', sk: `APIKEY#${insurer2.keyId}` },
        UpdateExpression: 'SET revokedAt = :at',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':at': new Date().toISOString() },
      }),
    );
    const policy = { policyNumber: 'POL-R', currency: 'EUR', maxLiability: 100_000_000, premiumRate: 0.002, minimumPremium: 100_000, coveredCountries: ['FR'] };
    expect((await world.call('POST', '/v1/tenants', { key: insurer2.key, body: { name: 'Refused SAS', policy } })).status).toBe(401);
    expect((await world.call('POST', '/v1/brokers', { key: insurer2.key, body: { name: 'Refused', tenantIds: [world.a.tenantId] } })).status).toBe(401);
    expect((await world.call('PUT', `/v1/brokers/${world.broker.brokerId}/mandates`, { key: insurer2.key, body: { tenantIds: [world.a.tenantId, world.b.tenantId] } })).status).toBe(401);
  });

  it('GET /v1/api-keys shows which key created each key', async () => {
    const k1 = await newKey(world.a.key);
    expect(k1.createdBy).toBe(world.a.keyId);
    const byId = new Map((await keysOf(world.a.key)).map((item) => [item.keyId, item]));
    expect(byId.get(k1.keyId)?.createdBy).toBe(world.a.keyId);
    // The tenant's first key was made by the insurer key that onboarded it.
    const insurerKeys = await keysOf(world.insurerKey);
    expect(insurerKeys.map((item) => item.keyId)).toContain(byId.get(world.a.keyId)?.createdBy);
  });
});

describe('a withdrawn mandate', () => {
  it('stops the broker acting for that tenant within 5 seconds; a new one works at once', async () => {
    const asB = () => world.call('GET', '/v1/policy', { key: world.broker.key, headers: { 'bouclier-tenant': world.b.tenantId } });
    const asA = () => world.call('GET', '/v1/policy', { key: world.broker.key, headers: { 'bouclier-tenant': world.a.tenantId } });
    expect((await asB()).status).toBe(200);
    expect((await asA()).status).toBe(404);
    const granted = await world.call('PUT', `/v1/brokers/${world.broker.brokerId}/mandates`, { key: world.insurerKey, body: { tenantIds: [world.a.tenantId, world.b.tenantId] } });
    expect(granted.status).toBe(200);
    expect((await asA()).status).toBe(200);
    const started = Date.now();
    const withdrawn = await world.call('PUT', `/v1/brokers/${world.broker.brokerId}/mandates`, { key: world.insurerKey, body: { tenantIds: [world.a.tenantId] } });
    expect(withdrawn.status).toBe(200);
    expect((await asB()).status).toBe(404);
    expect((await asA()).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('when the flush in the request fails, the access.changed event flushes the cache once the management API answers', async () => {
    const k = await newKey(world.a.key);
    // Flushes refused before the key's authorization is cached: an earlier test's access.changed,
    // relayed late on a loaded machine, cannot empty the cache in between either.
    world.runtime.apiManagement.refuseFlushes(true);
    expect((await world.call('GET', '/v1/policy', { key: k.key })).status).toBe(200);
    // Cached now for 60 s: a 401 before then is the flush, not the entry expiring.
    const cachedAt = Date.now();
    try {
      // The revocation is stored and answered even though the cache could not be flushed.
      expect((await world.call('DELETE', `/v1/api-keys/${k.keyId}`, { key: world.a.key })).status).toBe(204);
      expect((await world.call('GET', '/v1/policy', { key: k.key })).status, 'still cached').toBe(200);
    } finally {
      world.runtime.apiManagement.refuseFlushes(false);
    }
    // accessChanges, invoked from the event, is still trying (8 s), or Lambda runs it again (twice; 1 and 2 s
    // apart in this world, 1 and 2 minutes in AWS): its flush now goes through. Wait up to 5 s short of the TTL.
    await expect.poll(async () => (await world.call('GET', '/v1/policy', { key: k.key })).status, { timeout: Math.max(1_000, 55_000 - (Date.now() - cachedAt)), interval: 250 }).toBe(401);
    expect(Date.now() - cachedAt, 'flushed before the entry expired').toBeLessThan(60_000);
  });

  it('is written with an access.changed event, from which the cache is flushed once more', async () => {
    const seen: string[] = [];
    const unsubscribe = world.runtime.bus.subscribe((event) => {
      if (event['detail-type'] === 'access.changed') seen.push(String((event.detail['data'] as Record<string, unknown>)['reason']));
    });
    try {
      const k = await newKey(world.a.key);
      expect((await world.call('DELETE', `/v1/api-keys/${k.keyId}`, { key: world.a.key })).status).toBe(204);
      const deadline = Date.now() + 10_000;
      while (!seen.includes('api_key_revoked') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(seen).toContain('api_key_revoked');
    } finally {
      unsubscribe();
    }
  });
});
