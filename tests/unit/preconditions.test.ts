/**
 * If-Match as RFC 9110 reads it (§13.1.1, §8.8.3.2): `*`, or a list of entity tags compared
 * strongly, so a weak tag never lets a change through; anything else is a 400 naming the header.
 */
import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../shared/contract/problems.ts';
import { etagOf, matches, parseIfMatch, preconditionFailed, requireMatch } from '../../shared/contract/preconditions.ts';

describe('If-Match against the stored revision 3', () => {
  it.each([
    ['"3"', true],
    ['"2"', false],
    ['"2", "3"', true],
    ['"2","3"', true],
    ['  "3"  ', true],
    ['"1", "2"', false],
    ['W/"3"', false],
    ['W/"3", "3"', true],
    ['*', true],
    [' * ', true],
    ['"03"', false],
    ['""', false],
    ['"3", ', true],
  ])('If-Match: %s → %s', (header, expected) => {
    expect(matches(parseIfMatch(header), 3)).toBe(expected);
  });

  it('no If-Match lets every change through', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(matches(undefined, 3)).toBe(true);
  });

  it.each(['3', '"3', '3"', '"3" "4"', 'W/3', '', ' ', ',', '"3";', '*, "3"'])('If-Match: %j is a 400 naming the header', (header) => {
    let thrown: unknown;
    try {
      parseIfMatch(header);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProblemError);
    expect((thrown as ProblemError).status).toBe(400);
    expect((thrown as ProblemError).extensions['errors']).toEqual([expect.objectContaining({ in: 'header', field: 'If-Match', code: 'invalid_entity_tag' })]);
  });
});

describe('the 412', () => {
  it('names where the resource is now, as the ETag to send next', () => {
    const problem = preconditionFailed('Buyer byr_1', 7).toProblem('/v1/buyers/byr_1');
    expect(problem).toMatchObject({ status: 412, type: 'https://bouclier.dev/problems/precondition-failed', currentETag: '"7"' });
    expect(problem.detail).toContain('If-Match: "7"');
    expect(etagOf(7)).toBe('"7"');
  });

  it('requireMatch throws it only when If-Match does not name the revision', () => {
    expect(() => requireMatch(parseIfMatch('"7"'), 7, 'x')).not.toThrow();
    expect(() => requireMatch(parseIfMatch('"6"'), 7, 'x')).toThrow(ProblemError);
    expect(() => requireMatch(undefined, 7, 'x')).not.toThrow();
  });
});
