import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JITTER, MAX_ATTEMPTS, MAX_RETRY_AFTER_MS, nextAttemptDelayMs, parseRetryAfter, RETRY_DELAYS_MS } from '../../shared/events/retry-schedule.ts';

const S = 1_000;
const M = 60 * S;
const H = 60 * M;

describe('webhook retry schedule', () => {
  it.each([
    [1, 5 * S],
    [2, 5 * M],
    [3, 30 * M],
    [4, 2 * H],
    [5, 5 * H],
    [6, 10 * H],
    [7, 14 * H],
    [8, 20 * H],
    [9, 24 * H],
  ])('after failed attempt %i waits %i ms (without jitter)', (failed, wait) => {
    expect(nextAttemptDelayMs(failed, { random: 0.5 })).toBe(wait);
  });

  it('makes ten attempts in all, spanning more than a day, then stops', () => {
    expect(MAX_ATTEMPTS).toBe(10);
    expect(nextAttemptDelayMs(10, { random: 0.5 })).toBeUndefined();
    const span = RETRY_DELAYS_MS.reduce((sum, wait) => sum + wait, 0);
    expect(span).toBeGreaterThan(24 * H);
  });

  it('spreads every wait by at most ±10 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (failed, random) => {
        const base = RETRY_DELAYS_MS[failed - 1] as number;
        const wait = nextAttemptDelayMs(failed, { random }) as number;
        return wait >= Math.floor(base * (1 - JITTER)) && wait <= Math.ceil(base * (1 + JITTER));
      }),
    );
    expect(nextAttemptDelayMs(1, { random: 0 })).toBe(4_500);
    expect(nextAttemptDelayMs(1, { random: 0.999999 })).toBe(5_500);
  });

  it('waits at least what Retry-After asks, at most a day', () => {
    expect(nextAttemptDelayMs(1, { random: 0.5, retryAfterMs: 3_600_000 })).toBe(3_600_000);
    expect(nextAttemptDelayMs(2, { random: 0.5, retryAfterMs: 1_000 })).toBe(5 * M);
    expect(nextAttemptDelayMs(1, { random: 0.5, retryAfterMs: 7 * 24 * H })).toBe(MAX_RETRY_AFTER_MS);
    expect(nextAttemptDelayMs(1, { random: 0.5, retryAfterMs: -5 })).toBe(5 * S);
  });

  it('refuses a count that is not an attempt number', () => {
    expect(() => nextAttemptDelayMs(0, { random: 0 })).toThrow(RangeError);
    expect(() => nextAttemptDelayMs(1.5, { random: 0 })).toThrow(RangeError);
  });
});

describe('Retry-After (RFC 9110 §10.2.3)', () => {
  const now = new Date('1999-12-31T23:57:59Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Fri, 31 Dec 1999 23:59:59 GMT', 120_000],
    ['Fri, 31 Dec 1999 23:00:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    [undefined, undefined],
  ])('%j → %j ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
