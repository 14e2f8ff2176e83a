/**
 * The catalogue of problem types (shared/contract/problems.ts) is the one list: the code can
 * only raise its types (ProblemError takes a ProblemType), the gateway's own answers use them,
 * and docs/problems.md documents exactly them, with the same status.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/local/runtime.ts';
import { PROBLEM_TYPES, ProblemError } from '../../shared/contract/problems.ts';
import { topology } from '../../shared/topology/index.ts';

/** The rows of docs/problems.md's table: type → status. */
function documented(): Map<string, number> {
  const text = readFileSync(path.join(REPO_ROOT, 'docs/problems.md'), 'utf8');
  const rows = [...text.matchAll(/^\| `([a-z-]+)` \| (\d{3}) \|/gm)];
  return new Map(rows.map((m) => [m[1] as string, Number(m[2])]));
}

describe('problem catalogue', () => {
  it('docs/problems.md lists every type of the catalogue with its status, and nothing else', () => {
    const catalogue = new Map(Object.entries(PROBLEM_TYPES).map(([type, spec]) => [type, spec.status as number]));
    expect(documented()).toEqual(catalogue);
  });

  it.each(topology.gatewayResponses.map((r) => [r.type, r] as const))('the gateway response %s answers a catalogued type with its status', (_type, response) => {
    expect(Object.keys(PROBLEM_TYPES)).toContain(response.problem);
    expect(response.status).toBe(PROBLEM_TYPES[response.problem].status);
  });

  it('a problem takes its status and title from the catalogue', () => {
    const problem = new ProblemError({ slug: 'claim-status', detail: 'Claim clm_1 is indemnified.', extensions: { claimStatus: 'indemnified' } }).toProblem('/v1/claims/clm_1/indemnify');
    expect(problem).toMatchObject({ type: 'https://bouclier.dev/problems/claim-status', status: 409, title: 'Not in this state', claimStatus: 'indemnified' });
  });

  it.each(['status', 'type', 'title', 'detail', 'instance'])('an extension named %s is refused: it would override a standard member', (name) => {
    expect(() => new ProblemError({ slug: 'claim-status', detail: 'x', extensions: { [name]: 'indemnified' } })).toThrow(/standard member/);
  });
});
