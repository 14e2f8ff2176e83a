/**
 * One seed for every fast-check property (tests/support/test-setup.ts configures it
 * globally): a failure seen once is seen again on the next run and on another machine.
 * FC_SEED=<n> runs the properties with another seed, to explore or to replay a failure.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

export const SEED_VARIABLE = 'FC_SEED';
export const DEFAULT_SEED = 20_261_202;

/** The seed to run with: FC_SEED when set (an integer, or the run stops here), else the default. */
export function propertySeed(env: Record<string, string | undefined> = process.env): number {
  const raw = env[SEED_VARIABLE]?.trim();
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  const seed = Number(raw);
  // fast-check takes a 32-bit integer; anything else would be truncated into a different run.
  if (!Number.isSafeInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 32) {
    throw new Error(`${SEED_VARIABLE}=${raw}: expected an integer seed (as printed by a failed property)`);
  }
  return seed;
}

/**
 * Every fc.assert ends here. A property that held is the test's assertion (it counts for
 * expect.hasAssertions), provided it ran at least one case. A failure is fast-check's own
 * report (seed, path, counterexample, shrinks) plus the command-line way to replay it: the
 * seed alone reruns the whole property, `path` jumps to the shrunk case.
 */
export function reportRun(details: fc.RunDetails<unknown>): void {
  if (!details.failed) {
    expect(details.numRuns, 'cases the property ran').toBeGreaterThan(0);
    return;
  }
  const report = fc.defaultReportMessage(details) ?? 'Property failed';
  throw new Error(`${report}\n\nReproduce: ${SEED_VARIABLE}=${details.seed} npm run test:… -- <this file>`, { cause: details.errorInstance });
}
