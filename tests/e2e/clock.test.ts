/**
 * The local runtime's test clock (docs/local-runtime.md): moving it forward runs the scheduled jobs
 * that fall due, so a daily job can be exercised in seconds.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { expectStatus, op } from '../support/op.ts';

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
    const before = await op(world.call, 'getClock', { key: world.insurerKey });
    expectStatus(before, 200);
    expect(before.body.offsetDays).toBe(0);
    const advance = (key: string, advanceDays: number) => op(world.call, 'advanceTestClock', { key, body: { advanceDays } });
    expect((await advance(world.a.key, 1)).status).toBe(403);
    expect((await advance(world.insurerKey, 0)).status).toBe(400);
    expect((await advance(world.insurerKey, -3)).status).toBe(400);
    // The document's schema is any JSON object: what this test reads of it is its own.
    const openapi = await world.call<{ paths: Record<string, Record<string, { 'x-bouclier-local-only'?: boolean }>> }>('GET', '/v1/openapi.json');
    expect(openapi.body.paths['/v1/ops/clock']?.['post']?.['x-bouclier-local-only']).toBe(true);
  });

  it('moving 40 days runs the daily tranche expiry as work items: the tranche ends, its capacity is released, the history says so, each day’s run completes once', async () => {
    const completed: { job: string; day: string; items: number; counts: Record<string, number> }[] = [];
    const stopListening = world.runtime.bus.subscribe((event) => {
      if (event['detail-type'] === 'job.completed') completed.push((event.detail as { data: (typeof completed)[number] }).data);
    });
    const buyer = await op(world.call, 'createBuyer', {
      key: world.insurerKey,
      body: { legalName: 'Saisonnier SA', country: 'FR', registrationId: '552100777', sector: 'G47', grade: 2 },
    });
    expectStatus(buyer, 201);
    const clock = await op(world.call, 'getClock', { key: world.insurerKey });
    expectStatus(clock, 200);
    const today = new Date(clock.body.now);
    const expiresOn = addDays(today, 10);
    const granted = await op(world.call, 'requestLimit', {
      key: world.a.key,
      body: { buyerId: buyer.body.buyerId, type: 'new', amount: 5_000_000, temporary: { amount: 2_000_000, expiresOn } },
    });
    expectStatus(granted, 201);
    expect(granted.body).toMatchObject({ amount: 5_000_000, temporary: { amount: 2_000_000, expiresOn } });

    const moved = await op(world.call, 'advanceTestClock', { key: world.insurerKey, body: { advanceDays: 40 } });
    expectStatus(moved, 200);
    expect(moved.body.offsetDays).toBe(40);
    expect(Date.parse(moved.body.now) - today.getTime()).toBeGreaterThanOrEqual(40 * 86_400_000);

    const limit = await op(world.call, 'getLimit', { key: world.a.key, params: { buyerId: buyer.body.buyerId } });
    expectStatus(limit, 200);
    expect(limit.body.amount).toBe(5_000_000);
    expect(limit.body.temporary).toBeUndefined();
    expect(limit.body.history.at(-1)).toMatchObject({ decision: 'reduced', by: { role: 'system' }, reasons: [{ code: 'temporary_expired' }] });

    // One run per day and job, each completed once (the relay carries the events a moment later);
    // the day after the tranche's last day expired it, in one work item.
    const expiry = () => completed.filter((run) => run.job === 'expire-tranches');
    const jobs = ['expire-tranches', 'apply-reductions', 'claim-deadline-warnings', 'claim-waiting-periods', 'portfolio-snapshots', 'detect-sector-alerts'];
    await vi.waitFor(
      () => {
        for (const job of jobs) expect(completed.filter((run) => run.job === job).length, job).toBeGreaterThanOrEqual(40);
      },
      { timeout: 120_000, interval: 250 },
    );
    stopListening();
    expect(new Set(expiry().map((run) => run.day)).size).toBe(expiry().length);
    const dayAfter = addDays(new Date(`${expiresOn}T12:00:00Z`), 1);
    expect(expiry().find((run) => run.day === dayAfter)).toEqual(expect.objectContaining({ items: 1, counts: { expired: 1 } }));
    expect(expiry().filter((run) => run.counts['expired'] !== 0).map((run) => run.day)).toEqual([dayAfter]);
  });
});
