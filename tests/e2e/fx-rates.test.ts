/**
 * Reference rates over HTTP on the local runtime and its test clock: the insurer publishes a
 * date's rates (201, then 200 replacing them with the first kept), every role reads those in
 * force on a day and lists a range; bad input answers 400 naming the field and stores nothing;
 * a date without rates 404, a currency without one 422 fx-rate-missing; only the insurer writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { testDays } from '../support/test-days.ts';
import { expectStatus, op } from '../support/op.ts';

let world: World;
let day0: string;
const days = testDays(() => world, () => day0);

beforeAll(async () => {
  world = await startWorld();
  const clock = await op(world.call, 'getClock', { key: world.insurerKey });
  expectStatus(clock, 200);
  day0 = clock.body.now.slice(0, 10);
});
afterAll(async () => {
  await world?.runtime.stop();
});

const put = (date: string, rates: Record<string, unknown>, key = world.insurerKey) => world.call('PUT', `/v1/fx-rates/${date}`, { key, body: { rates } });

describe('publishing and reading reference rates', () => {
  it('publishes (201), replaces (200, the first in history), and answers the rates in force on a day with their dates', async () => {
    const first = await op(world.call, 'putFxRates', { key: world.insurerKey, params: { date: days.on(0) }, body: { rates: { USD: '1.25', GBP: 0.8 } } });
    expectStatus(first, 201);
    expect(first.headers.get('location')).toBe(`/v1/fx-rates/${days.on(0)}`);
    expect(first.body).toMatchObject({ date: days.on(0), rates: { GBP: '0.8', USD: '1.25' }, version: 1, history: [] });

    const replaced = await op(world.call, 'putFxRates', { key: world.insurerKey, params: { date: days.on(0) }, body: { rates: { USD: 1.25, GBP: '0.8', JPY: '160' } } });
    expectStatus(replaced, 200);
    expect(replaced.body).toMatchObject({ version: 2, rates: { GBP: '0.8', JPY: '160', USD: '1.25' }, history: [{ rates: { GBP: '0.8', USD: '1.25' } }] });

    // Day 40: USD 1.6, the others unchanged (the worked example's rates).
    await days.advanceTo(40);
    expectStatus(await op(world.call, 'putFxRates', { key: world.insurerKey, params: { date: days.on(40) }, body: { rates: { USD: '1.6' } } }), 201);

    for (const key of [world.insurerKey, world.a.key, world.broker.key]) {
      const between = await op(world.call, 'getFxRates', { key, params: { date: days.on(39) } });
      expectStatus(between, 200);
      expect(between.body).toEqual({
        date: days.on(39),
        rates: { GBP: { rate: '0.8', publishedFor: days.on(0) }, JPY: { rate: '160', publishedFor: days.on(0) }, USD: { rate: '1.25', publishedFor: days.on(0) } },
      });
    }
    const onTheDay = await op(world.call, 'getFxRates', { key: world.a.key, params: { date: days.on(40) }, query: { currency: 'USD' } });
    expectStatus(onTheDay, 200);
    expect(onTheDay.body.rates).toEqual({ USD: { rate: '1.6', publishedFor: days.on(40) } });

    const listed = await op(world.call, 'listFxRates', { key: world.b.key, query: { from: days.on(0), to: days.on(40), limit: 1 } });
    expectStatus(listed, 200);
    expect(listed.body.items.map((item) => item.date)).toEqual([days.on(0)]);
    const next = await op(world.call, 'listFxRates', { key: world.b.key, query: { from: days.on(0), to: days.on(40), limit: 1, cursor: listed.body.cursor } });
    expect(next.body.items).toEqual([expect.objectContaining({ date: days.on(40), rates: { USD: '1.6' }, version: 1 })]);
  });

  it('answers 404 before any rate, and 422 fx-rate-missing naming the currency and the date', async () => {
    const before = await op(world.call, 'getFxRates', { key: world.a.key, params: { date: days.on(-1) } });
    expectStatus(before, 404);
    const missing = await op(world.call, 'getFxRates', { key: world.a.key, params: { date: days.on(40) }, query: { currency: 'CHF' } });
    expectStatus(missing, 422);
    expect(missing.body).toMatchObject({ type: 'https://bouclier.dev/problems/fx-rate-missing', currency: 'CHF', date: days.on(40) });
    expect(missing.body.detail).toContain(`No reference rate for CHF is in force on ${days.on(40)}`);
  });
});

describe('bad input: 400 naming the field, nothing stored', () => {
  it.each([
    [{ USD: '1.1234567' }, 'rates.USD'],
    [{ USD: 1.1234567 }, 'rates.USD'],
    [{ USD: '0' }, 'rates.USD'],
    [{ USD: -1.2 }, 'rates.USD'],
    [{ USD: '1,2' }, 'rates.USD'],
    [{ USD: true }, 'rates.USD'],
    [{ EUR: '1' }, 'rates.EUR'],
    [{ XYZ: '1.2' }, 'rates.XYZ'],
    [{}, 'rates'],
  ])('%j → 400 on %s', async (rates, field) => {
    const date = days.on(-5);
    const refused = await put(date, rates);
    expect(refused.status).toBe(400);
    expect((refused.body['errors'] as { field: string }[]).map((e) => e.field)).toContain(field);
    expect((await op(world.call, 'getFxRates', { key: world.insurerKey, params: { date } })).status).toBe(404);
  });

  it('refuses a date after today (in_the_future), an impossible date, and one before 2000', async () => {
    const tomorrow = await put(days.on(days.today() + 1), { USD: '1.1' });
    expect(tomorrow.status).toBe(400);
    expect(tomorrow.body['errors']).toEqual([expect.objectContaining({ in: 'path', field: 'date', code: 'in_the_future' })]);
    for (const date of ['2026-02-30', '1999-12-31', 'today']) expect((await put(date, { USD: '1.1' })).status).toBe(400);
    const range = await world.call('GET', `/v1/fx-rates?from=${days.on(10)}&to=${days.on(9)}`, { key: world.a.key });
    expect(range.status).toBe(400);
    expect(range.body['errors']).toEqual([expect.objectContaining({ field: 'to', code: 'before_from' })]);
    expect((await world.call('GET', `/v1/fx-rates/${days.on(0)}?currency=EUR`, { key: world.a.key })).status).toBe(400);
  });

  it('lets only the insurer publish (403 for a policyholder and a broker)', async () => {
    expect((await put(days.on(1), { USD: '1.3' }, world.a.key)).status).toBe(403);
    expect((await put(days.on(1), { USD: '1.3' }, world.broker.key)).status).toBe(403);
    const unchanged = await op(world.call, 'getFxRates', { key: world.a.key, params: { date: days.on(1) } });
    expectStatus(unchanged, 200);
    expect(unchanged.body.rates['USD']).toEqual({ rate: '1.25', publishedFor: days.on(0) });
  });
});
