/**
 * The source of shared/topology/route-access.ts, written from the topology (scripts/route-access.ts
 * writes it; tests/unit/route-access.test.ts compares). Not imported by any function.
 */
import { topology } from './index.ts';

export function routeAccessSource(): string {
  const lines = topology.routes
    .filter((route) => route.access !== 'public')
    .map((route) => `  { method: '${route.method}', path: '${route.path}', access: [${(route.access as readonly string[]).map((role) => `'${role}'`).join(', ')}] },`);
  return `/**
 * Which roles may call each route: the part of the routes the authorizer needs (its policy lists
 * a role's routes), without the schemas that building every route would cost its cold start
 * (some 35 ms: docs/operations.md, "Cold starts"). Public routes are left out: no key calls them.
 *
 * Written by \`npm run routes\` from the topology; do not edit. tests/unit/route-access.test.ts
 * fails while it differs from the topology.
 */
import type { RouteAccess } from './types.ts';

export const ROUTE_ACCESS: readonly RouteAccess[] = [
${lines.join('\n')}
];
`;
}
