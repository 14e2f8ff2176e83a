import { defineConfig } from 'vitest/config';
import { startHeapFlags } from './tests/support/start-command.ts';

/**
 * Four suites (npm test runs them all): unit (pure), integration (DynamoDB Local, started
 * once by tests/support/dynamodb-global-setup.ts), infra (CDK templates and cdk-nag), e2e
 * (the local runtime started as `npm start` would, driven over HTTP).
 */
/** Every project: no test without an assertion, one fast-check seed (tests/support/test-setup.ts). */
const setupFiles = ['tests/support/test-setup.ts'];
/**
 * Workers run node with npm start's heap sizes (package.json): the e2e and integration tests host
 * the local runtime and its functions in process, as npm start does.
 */
const execArgv = startHeapFlags();

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    env: { POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_TRACE_ENABLED: 'false', POWERTOOLS_LOG_LEVEL: 'SILENT' },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles, execArgv } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/dynamodb-global-setup.ts'],
          setupFiles,
          execArgv,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'infra', include: ['tests/infra/**/*.test.ts'], setupFiles, execArgv, testTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // The contract test: every answer checked against the OpenAPI document, summed up at the end.
          globalSetup: ['tests/support/contract-global-setup.ts'],
          setupFiles: [...setupFiles, 'tests/support/contract-setup.ts'],
          execArgv,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
