import { describe, expect, it } from 'vitest';
import type { Invoker } from '../../infra/local/lambda.ts';
import { LocalScheduler, rateMs } from '../../infra/local/scheduler.ts';

describe('schedule expressions the local runtime runs', () => {
  it.each([
    ['rate(1 minute)', 60_000],
    ['rate(5 minutes)', 300_000],
    ['rate(1 hour)', 3_600_000],
    ['rate(1 day)', 86_400_000],
    ['rate(7 days)', 604_800_000],
  ])('%s', (expression, ms) => {
    expect(rateMs(expression)).toBe(ms);
  });

  it.each(['rate(1 minutes)', 'rate(5 minute)', 'rate(0 days)', 'cron(0 6 * * ? *)', 'every day'])('refuses %s', (expression) => {
    expect(() => rateMs(expression)).toThrow();
  });
});

describe('local scheduler', () => {
  it('runs each schedule once per elapsed period, with a Scheduled Event, starting one period after start', async () => {
    const calls: { name: string; event: { 'detail-type': string; source: string; time: string; resources: string[] } }[] = [];
    const invoker: Invoker = {
      invoke: async <R>(name: string, event: unknown) => {
        calls.push({ name, event: event as (typeof calls)[number]['event'] });
        return undefined as R;
      },
    };
    const start = Date.parse('2026-11-26T00:00:00Z');
    const scheduler = new LocalScheduler({
      schedules: [
        { name: 'daily-sweep', description: '', expression: 'rate(1 day)', function: 'sweeper' },
        { name: 'hourly', description: '', expression: 'rate(1 hour)', function: 'hourly' },
      ],
      invoker,
      startAt: start,
    });
    expect(await scheduler.tick(start + 59 * 60_000)).toBe(0);
    expect(await scheduler.tick(start + 3 * 3_600_000)).toBe(3);
    expect(calls.map((c) => c.name)).toEqual(['hourly', 'hourly', 'hourly']);
    expect(calls[0]?.event).toMatchObject({ 'detail-type': 'Scheduled Event', source: 'aws.events', time: '2026-11-26T01:00:00Z' });
    expect(calls[0]?.event.resources[0]).toMatch(/rule\/hourly$/);
    calls.length = 0;
    expect(await scheduler.tick(start + 86_400_000)).toBe(22);
    expect(calls.filter((c) => c.name === 'sweeper')).toHaveLength(1);
  });

  it('runs a coalescing schedule once for every period elapsed together, at the last of them, then on its period again', async () => {
    const times: string[] = [];
    const invoker: Invoker = {
      invoke: async <R>(_name: string, event: unknown) => {
        times.push((event as { time: string }).time);
        return undefined as R;
      },
    };
    const start = Date.parse('2026-11-26T00:00:00Z');
    const scheduler = new LocalScheduler({
      schedules: [{ name: 'sweep', description: '', expression: 'rate(5 minutes)', function: 'sweeper', coalesce: true }],
      invoker,
      startAt: start,
    });
    expect(await scheduler.tick(start + 4 * 60_000)).toBe(0);
    // 40 days: 11,520 periods, one run.
    expect(await scheduler.tick(start + 40 * 86_400_000 + 60_000)).toBe(1);
    expect(times).toEqual(['2027-01-05T00:00:00Z']);
    expect(await scheduler.tick(start + 40 * 86_400_000 + 4 * 60_000)).toBe(0);
    expect(await scheduler.tick(start + 40 * 86_400_000 + 5 * 60_000)).toBe(1);
    expect(times.at(-1)).toBe('2027-01-05T00:05:00Z');
  });

  it('runs a tick that comes while another runs after it: each run settled (afterRun) before the next starts', async () => {
    const log: string[] = [];
    let running = 0;
    const invoker: Invoker = {
      invoke: async <R>(_name: string, event: unknown) => {
        running += 1;
        expect(running).toBe(1);
        log.push(`start ${(event as { time: string }).time.slice(0, 10)}`);
        await new Promise((resolve) => setTimeout(resolve, 2));
        running -= 1;
        return undefined as R;
      },
    };
    const start = Date.parse('2026-11-26T00:00:00Z');
    const scheduler = new LocalScheduler({
      schedules: [{ name: 'daily', description: '', expression: 'rate(1 day)', function: 'job' }],
      invoker,
      startAt: start,
      afterRun: async () => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        log.push('settled');
      },
    });
    // The test clock moved five days, and the one-second timer ticking meanwhile, twice.
    const ticks = await Promise.all([scheduler.tick(start + 5 * 86_400_000), scheduler.tick(start + 5 * 86_400_000), scheduler.tick(start + 5 * 86_400_000 + 1_000)]);
    expect(ticks).toEqual([5, 0, 0]);
    expect(log).toEqual(['2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01'].flatMap((day) => [`start ${day}`, 'settled']));
  });

  it('a tick that fails does not stop the next', async () => {
    const scheduler = new LocalScheduler({
      schedules: [{ name: 'daily', description: '', expression: 'rate(1 day)', function: 'job' }],
      invoker: { invoke: async <R>() => undefined as R },
      startAt: 0,
      afterRun: () => Promise.reject(new Error('settling failed')),
    });
    await expect(scheduler.tick(86_400_000)).rejects.toThrow('settling failed');
    await expect(scheduler.tick(86_400_000)).resolves.toBe(0);
  });

  it('keeps going when a run fails', async () => {
    let runs = 0;
    const invoker: Invoker = {
      invoke: async <R>() => {
        runs += 1;
        throw new Error('boom');
        return undefined as R;
      },
    };
    const scheduler = new LocalScheduler({ schedules: [{ name: 'flaky', description: '', expression: 'rate(1 minute)', function: 'f' }], invoker, startAt: 0 });
    expect(await scheduler.tick(180_000)).toBe(3);
    expect(runs).toBe(3);
  });
});
