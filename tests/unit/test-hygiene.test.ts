/**
 * The suite's own guards (tests/support/test-setup.ts): a test with no assertion fails, and
 * every fast-check property runs with one seed, overridable by FC_SEED, named on failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.ts';
import { DEFAULT_SEED, propertySeed } from '../support/property/seed.ts';

describe('no test without an assertion', () => {
  // Passes only because the empty body fails: without the guard vitest counts it green.
  it.fails('a test that asserts nothing fails', () => {
    const nothing: unknown[] = [];
    for (const item of nothing) expect(item).toBeDefined();
  });

  it('a property that held counts as the assertion', () => {
    fc.assert(fc.property(fc.integer(), (n) => n + 0 === n));
  });
});

describe('property seed', () => {
  it('is fixed by default and taken from FC_SEED when set', () => {
    expect(propertySeed({})).toBe(DEFAULT_SEED);
    expect(propertySeed({ FC_SEED: '' })).toBe(DEFAULT_SEED);
    expect(propertySeed({ FC_SEED: ' 42 ' })).toBe(42);
    expect(propertySeed({ FC_SEED: '-7' })).toBe(-7);
  });

  it('refuses a seed that is not an integer fast-check takes', () => {
    for (const raw of ['abc', '1.5', '1e20', '0x']) expect(() => propertySeed({ FC_SEED: raw }), raw).toThrow(/FC_SEED=.*integer seed/);
  });

  it('is the one every property runs with (unless a test sets its own)', () => {
    expect(fc.readConfigureGlobal().seed).toBe(propertySeed());
  });

  it('gives the same counterexample on every run, and the failure says how to replay it', () => {
    const failure = () => {
      try {
        fc.assert(fc.property(fc.array(fc.integer()), (xs) => xs.length < 3 || xs.some((x) => x > 1000)));
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      throw new Error('the property held');
    };
    const first = failure();
    expect(first).toContain(`seed: ${propertySeed()}`);
    expect(first).toContain(`FC_SEED=${propertySeed()}`);
    expect(failure()).toBe(first);
  });

  it('names FC_SEED for an async property too', async () => {
    await expect(fc.assert(fc.asyncProperty(fc.nat(), async (n) => n < 0))).rejects.toThrow(`FC_SEED=${propertySeed()}`);
  });
});

describe('eventually', () => {
  it('returns as soon as the check passes', async () => {
    let calls = 0;
    const value = await eventually(
      () => {
        calls += 1;
        expect(calls).toBeGreaterThanOrEqual(3);
        return calls;
      },
      { intervalMs: 1 },
    );
    expect(value).toBe(3);
  });

  it('throws the last failure once the deadline has passed', async () => {
    const started = Date.now();
    await expect(eventually(() => expect(1).toBe(2), { timeoutMs: 60, intervalMs: 10 })).rejects.toThrow(/still failing after \d+ ms \(\d+ tries, deadline 60 ms\): expected 1 to be 2/);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
