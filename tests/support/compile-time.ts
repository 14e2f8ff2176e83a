import { expect } from 'vitest';

/**
 * For a test whose every check is made by the compiler (`expectTypeOf`, lines under
 * `@ts-expect-error`): `npm run typecheck` fails it, vitest has nothing left to assert at run
 * time. Lifts the no-assertion guard of tests/support/test-setup.ts for this test only, and
 * says so where it is called rather than hiding an empty test.
 */
export function checkedByTheCompiler(): void {
  expect.setState({ isExpectingAssertions: false });
}
