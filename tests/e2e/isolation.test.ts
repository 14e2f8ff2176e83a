/**
 * Tenant isolation, generated from the topology: every tenant- or owner-scoped route is
 * called by tenant B (and by a broker mandated by B only) with tenant A's ids. Each must
 * answer like a missing resource (404) or with B's own data, never show one of A's ids,
 * and leave A's data exactly as it was. Routes added later are walked without editing this
 * file; tests/support/isolation-fixtures.ts says how to make their parameters and bodies.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/dynamodb.ts';
import { topology, type RouteSpec } from '../../shared/topology/index.ts';
import { bodyFixtures, paramFixtures, sharedParams } from '../support/isolation-fixtures.ts';
import { startWorld, type World } from '../support/world.ts';
import { NOT_COMPARED } from '../support/property/table-snapshot.ts';

let world: World;
let documents: DynamoDBDocumentClient;
/** Every id of A's that the fixtures made, plus A's tenant id. */
const idsOfA = new Set<string>();

const scoped = topology.routes.filter((route) => !route.localOnly && (route.tenantScoped || route.ownerScoped));
const paramsOf = (route: RouteSpec) => [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
/** Required query parameters: they take a fixture like path parameters do. */
const requiredQueryOf = (route: RouteSpec) =>
  Object.entries(route.request?.query?.shape ?? {})
    .filter(([, schema]) => !(schema as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success)
    .map(([name]) => name);

beforeAll(async () => {
  world = await startWorld();
  documents = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: world.runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }),
  );
  idsOfA.add(world.a.tenantId);
  idsOfA.add(world.a.keyId);
});

afterAll(async () => {
  documents?.destroy();
  await world?.runtime.stop();
});

/** Every item that belongs to A or names A, idempotency records aside. */
async function snapshotOfA(): Promise<string> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(new ScanCommand({ TableName: world.runtime.tableName, ...(start ? { ExclusiveStartKey: start } : {}) }));
    items.push(...((page.Items ?? []) as Record<string, unknown>[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return JSON.stringify(
    items
      .filter((item) => !NOT_COMPARED.some((prefix) => String(item['pk']).startsWith(prefix)) && JSON.stringify(item).includes(world.a.tenantId))
      .map((item) => JSON.stringify(item, Object.keys(item).sort()))
      .sort(),
  );
}

describe('generated tenant isolation', () => {
  it('covers every tenant- or owner-scoped route, each with its fixtures', () => {
    expect(scoped.length).toBeGreaterThan(0);
    const missing = scoped.flatMap((route) => [
      ...paramsOf(route).filter((param) => !paramFixtures[param]).map((param) => `${route.operationId}: path parameter {${param}}`),
      ...requiredQueryOf(route).filter((param) => !paramFixtures[param]).map((param) => `${route.operationId}: query parameter ${param}`),
      ...(route.request?.body && !bodyFixtures[route.operationId] ? [`${route.operationId}: body`] : []),
    ]);
    expect(missing, 'add these to tests/support/isolation-fixtures.ts').toEqual([]);
  });

  const callers = [
    { name: 'tenant B', headers: () => ({}), key: () => world.b.key },
    { name: 'a broker for B, naming B', headers: () => ({ 'bouclier-tenant': world.b.tenantId }), key: () => world.broker.key },
    { name: 'a broker for B, naming A', headers: () => ({ 'bouclier-tenant': world.a.tenantId }), key: () => world.broker.key },
  ];

  for (const route of scoped) {
    for (const caller of callers) {
      if (route.access === 'public') continue;
      const role = caller.name.startsWith('tenant') ? 'policyholder' : 'broker';
      if (!route.access.includes(role)) continue;
      // Owner-scoped routes are a broker's own (its firm's keys), whatever tenant it names.
      if (route.ownerScoped && !route.tenantScoped && caller.name === 'a broker for B, naming A') continue;

      it(`${route.method} ${route.path} as ${caller.name} with A's ids`, async () => {
        const params: Record<string, string> = {};
        for (const param of paramsOf(route)) {
          params[param] = await paramFixtures[param]!(world, world.a);
          // A buyer is everyone's reference data: B may hold a limit on it or watch it too.
          if (!sharedParams.has(param)) idsOfA.add(params[param]);
        }
        const query = new URLSearchParams();
        for (const param of requiredQueryOf(route)) {
          const value = await paramFixtures[param]!(world, world.a);
          idsOfA.add(value);
          query.set(param, value);
        }
        const path =
          route.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] as string)) + (query.size > 0 ? `?${query.toString()}` : '');
        const body = route.request?.body ? await bodyFixtures[route.operationId]?.(world) : undefined;

        const before = await snapshotOfA();
        const response = await world.call(route.method, path, { key: caller.key(), headers: caller.headers(), ...(body !== undefined ? { body } : {}) });
        const after = await snapshotOfA();

        expect(after, "A's data is unchanged").toBe(before);
        const ownOnly = paramsOf(route).filter((param) => !sharedParams.has(param)).length > 0;
        if (caller.name === 'a broker for B, naming A' || ownOnly) {
          expect(response.status, response.text).toBe(404);
          expect(response.headers.get('content-type')).toBe('application/problem+json');
        } else if (paramsOf(route).length > 0) {
          // A shared reference (a buyer): B's own view of it, or nothing.
          expect([200, 201, 404], response.text).toContain(response.status);
        } else {
          expect(response.status, response.text).toBeLessThan(300);
        }
        // A 404 may echo what the caller sent (its path, its header); nothing else of A's.
        const sent = `${path} ${JSON.stringify(caller.headers())}`;
        for (const id of idsOfA) if (!sent.includes(id)) expect(response.text, `response shows ${id} of A`).not.toContain(id);
      });
    }
  }
});
