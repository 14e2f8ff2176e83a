/**
 * When a failed webhook delivery is tried again. The first attempt goes at once; after each
 * failure the next waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, then 24 h: ten
 * attempts over about three days, then the dead-letter queue. Each wait is spread by ±10 %
 * (jitter), so deliveries that failed together do not all come back at the same second. An
 * endpoint that answers 429 or 503 with Retry-After is not called before that delay.
 */
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The wait after failed attempt n (index n − 1); attempt 1 is immediate. */
export const RETRY_DELAYS_MS = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 14 * HOUR, 20 * HOUR, 24 * HOUR] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
export const JITTER = 0.1;
/** A Retry-After beyond a day is read as a day: the schedule's longest wait. */
export const MAX_RETRY_AFTER_MS = 24 * HOUR;

/**
 * The wait before the next attempt, given how many attempts failed in this round (a replay
 * starts a new round), or undefined when the round is over. `random` is in [0, 1).
 */
export function nextAttemptDelayMs(failedAttempts: number, options: { random: number; retryAfterMs?: number }): number | undefined {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) throw new RangeError('failedAttempts counts from 1');
  const base = RETRY_DELAYS_MS[failedAttempts - 1];
  if (base === undefined) return undefined;
  const jittered = Math.round(base * (1 - JITTER + 2 * JITTER * options.random));
  const retryAfter = options.retryAfterMs === undefined ? 0 : Math.min(Math.max(options.retryAfterMs, 0), MAX_RETRY_AFTER_MS);
  return Math.max(jittered, retryAfter);
}

/**
 * Retry-After as RFC 9110 §10.2.3 writes it: a number of seconds, or an HTTP date. Returns
 * milliseconds from `now`, or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * SECOND;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at) || !/[a-z]/i.test(trimmed)) return undefined;
  return Math.max(0, at - now.getTime());
}
