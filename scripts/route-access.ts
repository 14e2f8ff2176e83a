/**
 * Writes shared/topology/route-access.ts from the topology: each route's method, path and the
 * roles that may call it, the only part of the routes the authorizer needs. Run it after
 * changing a route's path or access (`npm run routes`); tests/unit/route-access.test.ts fails
 * while the file differs from what this writes.
 *
 *   npm run routes            rewrites the file
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { routeAccessSource } from '../shared/topology/route-access-source.ts';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'topology', 'route-access.ts');
writeFileSync(file, routeAccessSource());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
