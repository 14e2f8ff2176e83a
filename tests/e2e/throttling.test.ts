/**
 * Throttling per tenant: each tenant has its own token bucket in its tier's usage plan
 * (rate and burst from the topology), so one tenant's burst never slows another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topology } from '../../shared/topology/index.ts';
import { samplePolicy } from '../support/http-client.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.runtime.stop();
});

async function burst(key: string, count: number) {
  const responses = await Promise.all(Array.from({ length: count }, () => world.call('GET', '/v1/policy', { key })));
  return {
    ok: responses.filter((r) => r.status === 200).length,
    limited: responses.filter((r) => r.status === 429),
    other: responses.filter((r) => r.status !== 200 && r.status !== 429).map((r) => r.status),
  };
}

describe('throttling per tenant', () => {
  it('a standard tenant past its burst gets 429 problem+json with Retry-After; another tenant is unaffected', async () => {
    const { burstLimit } = topology.throttling.tiers.standard;
    const result = await burst(world.a.key, burstLimit * 3);
    expect(result.other).toEqual([]);
    expect(result.limited.length).toBeGreaterThan(0);
    expect(result.ok).toBeGreaterThanOrEqual(burstLimit);
    const refused = result.limited[0]!;
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body).toMatchObject({ type: 'https://bouclier.dev/problems/rate-limited', status: 429 });

    expect((await world.call('GET', '/v1/policy', { key: world.b.key })).status).toBe(200);
  });

  it('a premium tenant has the larger bucket of its tier', async () => {
    const created = await world.call<{ apiKey: { key: string } }>('POST', '/v1/tenants', {
      key: world.insurerKey,
      body: { name: 'Premium SA', tier: 'premium', policy: samplePolicy() },
    });
    expect(created.status).toBe(201);
    const { burstLimit: standardBurst } = topology.throttling.tiers.standard;
    const { burstLimit: premiumBurst } = topology.throttling.tiers.premium;
    expect(premiumBurst).toBeGreaterThan(standardBurst * 2);
    const first = await burst(created.body.apiKey.key, standardBurst * 2);
    expect(first.other).toEqual([]);
    expect(first.limited).toHaveLength(0);
  });
});
