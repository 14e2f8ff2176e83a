/**
 * The local runtime's test clock (docs/local-runtime.md): moving it forward runs the scheduled jobs
 * that fall due, so a daily job can be exercised in seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.runtime.stop();
});

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);

describe('test clock', () => {
  it('only the insurer moves it, only forward, and it is not part of the deployed API', async () => {
    const before = await world.call<{ now: string; offsetDays: number }>('GET', '/v1/ops/clock', { key: world.insurerKey });
    expect(before.status).toBe(200);
    expect(before.body.offsetDays).toBe(0);
    expect((await world.call('POST', '/v1/ops/clock', { key: world.a.key, body: { advanceDays: 1 } })).status).toBe(403);
    expect((await world.call('POST', '/v1/ops/clock', { key: world.insurerKey, body: { advanceDays: 0 } })).status).toBe(400);
    expect((await world.call('POST', '/v1/ops/clock', { key: world.insurerKey, body: { advanceDays: -3 } })).status).toBe(400);
    const openapi = await world.call<{ paths: Record<string, Record<string, { 'x-bouclier-local-only'?: boolean }>> }>('GET', '/v1/openapi.json');
    expect(openapi.body.paths['/v1/ops/clock']?.['post']?.['x-bouclier-local-only']).toBe(true);
  });

  it('moving 40 days runs the daily tranche expiry: the tranche ends, its capacity is released, the history says so', async () => {
    const buyer = await world.call<{ buyerId: string }>('POST', '/v1/buyers', {
      key: world.insurerKey,
      body: { legalName: 'Saisonnier SA', country: 'FR', registrationId: '552100777', sector: 'G47', grade: 2 },
    });
    const clock = await world.call<{ now: string }>('GET', '/v1/ops/clock', { key: world.insurerKey });
    const today = new Date(clock.body.now);
    const expiresOn = addDays(today, 10);
    const granted = await world.call('POST', '/v1/limit-requests', {
      key: world.a.key,
      body: { buyerId: buyer.body.buyerId, type: 'new', amount: 5_000_000, temporary: { amount: 2_000_000, expiresOn } },
    });
    expect(granted.status, granted.text).toBe(201);
    expect(granted.body).toMatchObject({ amount: 5_000_000, temporary: { amount: 2_000_000, expiresOn } });

    const moved = await world.call<{ now: string; offsetDays: number }>('POST', '/v1/ops/clock', { key: world.insurerKey, body: { advanceDays: 40 } });
    expect(moved.status).toBe(200);
    expect(moved.body.offsetDays).toBe(40);
    expect(Date.parse(moved.body.now) - today.getTime()).toBeGreaterThanOrEqual(40 * 86_400_000);

    const limit = await world.call<{ amount: number; temporary?: unknown; history: { decision: string; by: { role: string }; reasons: { code: string }[] }[] }>(
      'GET',
      `/v1/limits/${buyer.body.buyerId}`,
      { key: world.a.key },
    );
    expect(limit.body.amount).toBe(5_000_000);
    expect(limit.body.temporary).toBeUndefined();
    expect(limit.body.history.at(-1)).toMatchObject({ decision: 'reduced', by: { role: 'system' }, reasons: [{ code: 'temporary_expired' }] });
  });
});
