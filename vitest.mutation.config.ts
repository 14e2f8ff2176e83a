import { defineConfig } from 'vitest/config';

/**
 * What `npm run mutate` runs against each mutant of shared/domain: the unit tests of the pure
 * domain only (no DynamoDB, no runtime), so a mutant is judged by the tests that pin the rules.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/domain/**/*.test.ts'],
    // Instrumented code runs slower: the property tests get room.
    testTimeout: 60_000,
    env: { POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_TRACE_ENABLED: 'false', POWERTOOLS_LOG_LEVEL: 'SILENT' },
  },
});
