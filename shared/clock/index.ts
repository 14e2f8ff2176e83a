/**
 * The one clock every function reads "now" from. In AWS it is the real time. The local
 * runtime can move it forward (POST /v1/ops/clock, like Stripe's test clocks): listeners —
 * the local scheduler — then run every job that fell due, in order, before the call returns.
 */
let offsetMs = 0;
const listeners: ((now: Date) => Promise<unknown>)[] = [];

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

/** The UTC calendar day of a time, YYYY-MM-DD: day-based rules count calendar days in UTC. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function clockOffsetMs(): number {
  return offsetMs;
}

/** Called when the clock moves, with the new time; awaited in registration order. */
export function onClockAdvance(listener: (now: Date) => Promise<unknown>): () => void {
  listeners.push(listener);
  return () => {
    const index = listeners.indexOf(listener);
    if (index >= 0) listeners.splice(index, 1);
  };
}

/**
 * Puts the clock back where a previous run of the local runtime left it (kept with its data),
 * before anything reads it; listeners are not called: nothing fell due by restoring.
 */
export function restoreClockOffset(ms: number): void {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError('a clock offset is a whole number of milliseconds, 0 or more');
  offsetMs = ms;
}

export async function advanceClock(ms: number): Promise<Date> {
  if (!Number.isSafeInteger(ms) || ms <= 0) throw new RangeError('the clock only moves forward, by a whole number of milliseconds');
  offsetMs += ms;
  const at = now();
  for (const listener of [...listeners]) await listener(at);
  return at;
}
