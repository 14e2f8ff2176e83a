/**
 * The authorizer reads the routes' access from shared/topology/route-access.ts, written from the
 * topology by `npm run routes`, so that it builds no route's schemas at cold start. It must say
 * what the topology says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/local/runtime.ts';
import { ROUTE_ACCESS } from '../../shared/topology/route-access.ts';
import { routeAccessSource } from '../../shared/topology/route-access-source.ts';
import { topology } from '../../shared/topology/index.ts';

describe('route access for the authorizer', () => {
  it('is the file `npm run routes` writes from the topology (run it after changing a route)', () => {
    expect(readFileSync(path.join(REPO_ROOT, 'shared/topology/route-access.ts'), 'utf8')).toBe(routeAccessSource());
  });

  it('lists every keyed route with its roles, and no public one', () => {
    const keyed = topology.routes.filter((route) => route.access !== 'public');
    expect(ROUTE_ACCESS.map(({ method, path: routePath, access }) => ({ method, path: routePath, access }))).toEqual(
      keyed.map(({ method, path: routePath, access }) => ({ method, path: routePath, access })),
    );
    expect(ROUTE_ACCESS.length).toBeGreaterThan(50);
  });
});
