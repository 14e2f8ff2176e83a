/**
 * Runs before every test file of every project (vitest.config.ts, setupFiles).
 */
import fc from 'fast-check';
import { beforeEach, expect } from 'vitest';
import { propertySeed, reportRun } from './property/seed.ts';

// A test that ends without a single assertion checks nothing and cannot fail: refuse it.
// Assertions made inside helpers count (they call expect); a test that proves only types
// says so with `expect.assertions(0)` and a comment why.
beforeEach(() => {
  expect.hasAssertions();
});

// Reproducible properties: the same seed every run unless FC_SEED says otherwise, and a
// failure names the variable to replay it with. A property that held counts as an assertion.
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: propertySeed(), reporter: reportRun });
