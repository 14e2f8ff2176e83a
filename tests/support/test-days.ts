/**
 * Days of an e2e test counted from day 0 (the test clock's day when the file started): `on(n)` is
 * day n as YYYY-MM-DD, `advanceTo(n)` moves the runtime's test clock forward to day n (never
 * back; a day already reached is a no-op), `today()` the day the clock is on.
 */
import type { World } from './world.ts';
import { expectStatus, op } from './op.ts';

export function testDays(world: () => World, day0: () => string) {
  let clock = 0;
  return {
    today: () => clock,
    on: (offset: number) => new Date(Date.parse(`${day0()}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10),
    advanceTo: async (offset: number): Promise<void> => {
      if (offset <= clock) return;
      const moved = await op(world().call, 'advanceTestClock', { key: world().insurerKey, body: { advanceDays: offset - clock } });
      expectStatus(moved, 200);
      clock = offset;
    },
  };
}

/** Day 0 of a file: the day the runtime's test clock is on when the file starts. */
export async function clockDay0(world: World): Promise<string> {
  const clock = await op(world.call, 'getClock', { key: world.insurerKey });
  expectStatus(clock, 200);
  return clock.body.now.slice(0, 10);
}
