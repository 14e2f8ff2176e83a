/**
 * The rule: bad input always gets a 4xx RFC 9457 problem+json that names the field or the
 * rule, never a 500, and never changes stored data.
 *
 * A fast-check property per route of the topology (local-only routes excepted, so a new
 * route is covered without editing this file), against the local runtime started in this
 * process. Each run sends one request mixing broken path segments, query strings, headers,
 * bodies and callers (tests/support/property/bad-input.ts), then checks the answer and
 * that a refused request left the table as it was.
 *
 * Stored data is compared per request, not per batch: a Scan of the test table costs a few
 * milliseconds, and a batch would blame a whole batch when one request writes. The Scan
 * after a request is the "before" of the next one, so each request costs one Scan. Items
 * under IDEMPOTENCY# are left out (Powertools' records are not business data).
 *
 * Every run uses the suite's fixed seed (tests/support/property/seed.ts). Replay a failure:
 * it prints `seed` and `path` and the FC_SEED=<seed> to rerun every route with (ids differ
 * from run to run, the shapes of the requests do not).
 */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/dynamodb.ts';
import { freePort } from '../../infra/local/ports.ts';
import { startLocalRuntime, type RunningRuntime } from '../../infra/local/runtime.ts';
import { deployedRoutes, topology, type RouteSpec } from '../../shared/topology/index.ts';
import { badRequest, callerAllowed, renderRequest, type BadRequest, type World } from '../support/property/bad-input.ts';
import { PROBLEM_BASE } from '../../shared/contract/problems.ts';
import { contractViolations } from '../support/contract.ts';
import { checkedFetch } from '../support/http-client.ts';
import { sendRaw, type RawRequest, type RawResponse } from '../support/property/raw-http.ts';
import { NOT_COMPARED, snapshotDiff, tableSnapshot, type TableSnapshot } from '../support/property/table-snapshot.ts';

/**
 * Runs per route, a count rather than a time budget: a slow machine takes longer, it does not
 * check less (or fail for having checked less). A run costs about 10 ms here (3 ms the request,
 * 4 ms the Scan, the rest fast-check): 15 routes × 60 runs take about 15 s, 45 s with two extra
 * CPU hogs on a 2-core box. BAD_INPUT_RUNS=500 fuzzes deeper when you have the time.
 */
const RUNS_PER_ROUTE = Number(process.env['BAD_INPUT_RUNS'] ?? 60);
const IGNORED_PREFIXES = NOT_COMPARED;
const PROBLEM_JSON = /^application\/problem\+json\s*(;.*)?$/i;
const FIELD_LOCATIONS = ['body', 'query', 'path', 'header'];

const routes = deployedRoutes(topology);
const label = (route: RouteSpec) => `${route.method} ${route.path}`;

let runtime: RunningRuntime;
let scanner: DynamoDBClient;
let world: World;
let before: TableSnapshot;

/** Outcomes per route: "400 validation" → count; and how many runs had a caller the route allows. */
const outcomes = new Map<string, Map<string, number>>();
const allowedRuns = new Map<string, number>();
const completedRoutes = new Set<string>();
const failedRoutes = new Set<string>();

async function create(path: string, key: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await checkedFetch(`${runtime.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  expect(response.status, `POST ${path}: ${JSON.stringify(json)}`).toBe(201);
  return json;
}

const policy = { policyNumber: 'P-1', currency: 'EUR', maxLiability: 300000000, premiumRate: 0.0025, coveredCountries: ['FR'] };
const apiKeyOf = (created: Record<string, unknown>) => created['apiKey'] as { key: string; keyId: string };

beforeAll(async () => {
  const insurerKey = randomBytes(30).toString('base64url');
  runtime = await startLocalRuntime({ topology, port: await freePort(), log: () => undefined, insurerKey });
  scanner = new DynamoDBClient({ endpoint: runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });

  // Premium (100 requests/s): the policyholder's requests are validated, not throttled at 25/s.
  const first = await create('/v1/tenants', insurerKey, { name: 'Fuzz Alpha', tier: 'premium', policy });
  const second = await create('/v1/tenants', insurerKey, { name: 'Fuzz Beta', policy });
  const broker = await create('/v1/brokers', insurerKey, { name: 'Fuzz Brokers', tenantIds: [first['tenantId']] });
  const otherBroker = await create('/v1/brokers', insurerKey, { name: 'Other Brokers', tenantIds: [second['tenantId']] });
  world = {
    keys: { insurer: insurerKey, policyholder: apiKeyOf(first).key, broker: apiKeyOf(broker).key },
    tenantId: first['tenantId'] as string,
    brokerId: broker['brokerId'] as string,
    foreign: {
      tenantId: second['tenantId'] as string,
      keyId: apiKeyOf(second).keyId,
      brokerId: otherBroker['brokerId'] as string,
      brokerKeyId: apiKeyOf(otherBroker).keyId,
    },
  };
  before = await tableSnapshot(scanner, runtime.tableName, IGNORED_PREFIXES);
});

afterAll(async () => {
  printOutcomes();
  scanner?.destroy();
  await runtime?.stop();
});

function problemSlug(body: unknown): string {
  const type = (body as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' ? type.slice(type.lastIndexOf('/') + 1) : '(no type)';
}

function record(route: RouteSpec, request: BadRequest, status: number, body: unknown): void {
  // After a route's first counterexample the runs are fast-check shrinking it: not counted.
  if (failedRoutes.has(label(route)) || completedRoutes.has(label(route))) return;
  const key = status >= 400 ? `${status} ${problemSlug(body)}` : String(status);
  const counts = outcomes.get(label(route)) ?? new Map<string, number>();
  counts.set(key, (counts.get(key) ?? 0) + 1);
  outcomes.set(label(route), counts);
  if (callerAllowed(route, request)) allowedRuns.set(label(route), (allowedRuns.get(label(route)) ?? 0) + 1);
}

function printOutcomes(): void {
  const lines = ['', 'bad-input property: outcomes per route (status and problem type → count)'];
  let total = 0;
  let success = 0;
  for (const route of routes) {
    const counts = outcomes.get(label(route));
    if (!counts) continue;
    const runs = [...counts.values()].reduce((a, b) => a + b, 0);
    total += runs;
    success += [...counts].filter(([key]) => key.startsWith('2')).reduce((a, [, n]) => a + n, 0);
    const sorted = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, n]) => `${key} ×${n}`);
    lines.push(`  ${label(route).padEnd(44)} ${String(runs).padStart(4)} runs, ${String(allowedRuns.get(label(route)) ?? 0).padStart(3)} with an allowed key: ${sorted.join(', ')}`);
  }
  lines.push(`  total ${total} requests, ${success} answered 2xx`);
  console.log(lines.join('\n'));
}

function parseBody(response: RawResponse): unknown {
  try {
    return JSON.parse(response.body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Every rule the API sets for one answer to bad input; an empty list means it holds. */
function violations(request: BadRequest, raw: RawRequest, response: RawResponse, body: unknown): string[] {
  // The contract test: whatever the input, the answer is one the OpenAPI document declares.
  const contract = contractViolations({ method: raw.method, target: raw.target, status: response.status, headers: response.headers, text: response.body.toString('utf8') });
  const found: string[] = contract.violations.map((violation) => `contract (${contract.operation}): ${violation}`);
  const { status } = response;
  if (status >= 500) found.push(`status ${status}: bad input must never get a 5xx`);
  if (request.refusedField !== undefined) {
    // Valid but for one field: that field's bound is what must answer.
    const errors = (body as { errors?: { in?: unknown; field?: unknown }[] } | undefined)?.errors;
    const named = Array.isArray(errors) && errors.some((error) => error?.in === 'body' && error.field === request.refusedField);
    if (status !== 400 || !named) found.push(`status ${status}: a request valid but for ${request.refusedField} must be a 400 naming it`);
  }
  if (status < 400) return found;
  const contentType = response.headers['content-type'] ?? '';
  if (!PROBLEM_JSON.test(contentType)) found.push(`content-type '${contentType}', not application/problem+json`);
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    found.push('the body is not a JSON object');
    return found;
  }
  const problem = body as Record<string, unknown>;
  for (const member of ['type', 'title', 'detail']) if (typeof problem[member] !== 'string') found.push(`'${member}' is not a string`);
  if (problem['status'] !== status || !Number.isInteger(problem['status'])) found.push(`'status' is ${JSON.stringify(problem['status'])}, not the HTTP status ${status}`);
  if (status === 400) {
    const errors = problem['errors'];
    if (!Array.isArray(errors) || errors.length === 0) found.push("a 400 needs a non-empty 'errors' array naming the fields");
    else {
      for (const [i, error] of (errors as unknown[]).entries()) {
        const e = (error ?? {}) as Record<string, unknown>;
        if (!FIELD_LOCATIONS.includes(e['in'] as string)) found.push(`errors[${i}].in is ${JSON.stringify(e['in'])}`);
        if (typeof e['field'] !== 'string') found.push(`errors[${i}].field is not a string`);
        if (typeof e['detail'] !== 'string') found.push(`errors[${i}].detail is not a string`);
      }
    }
  }
  return found;
}

/** One run: send, check the answer, and for an answer ≥ 400 check that nothing was stored. */
async function exercise(route: RouteSpec, request: BadRequest): Promise<void> {
  if (!world) throw new Error('the setup (beforeAll) failed: see its error');
  const raw = renderRequest(route, request, world);
  let response: RawResponse;
  try {
    response = await sendRaw(runtime.url, raw);
  } catch (error) {
    throw new Error(`${raw.method} ${raw.target.slice(0, 300)}: no HTTP answer (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const body = parseBody(response);
  record(route, request, response.status, body);
  const found = violations(request, raw, response, body);
  const after = await tableSnapshot(scanner, runtime.tableName, IGNORED_PREFIXES);
  if (response.status >= 400) {
    const { added, removed } = snapshotDiff(before, after);
    if (added.length > 0 || removed.length > 0) {
      found.push(`a refused request changed stored data: added/changed ${JSON.stringify(added).slice(0, 800)}; removed/changed ${JSON.stringify(removed).slice(0, 800)}`);
    }
  }
  before = after;
  if (found.length > 0) failedRoutes.add(label(route));
  // The run's assertion: no rule broken (the regression cases below rely on it too).
  expect(found, `${raw.method} ${raw.target.slice(0, 300)} → ${response.status}, response: ${response.body.toString('utf8').slice(0, 500) || '(empty body)'}`).toEqual([]);
}

describe('bad input on every route: a 4xx problem+json, never a 5xx, nothing stored', () => {
  for (const route of routes) {
    it(label(route), async () => {
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(badRequest(route, world), async (request) => {
          runs += 1;
          await exercise(route, request);
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
      expect(runs, 'requests sent').toBe(RUNS_PER_ROUTE);
      completedRoutes.add(label(route));
    });
  }

  it('reached validation, auth and not-found paths, not only the authorizer', (context) => {
    // Meaningless when a route's property stopped at its first counterexample.
    if (completedRoutes.size < routes.length) context.skip();
    const seen = new Set([...outcomes.values()].flatMap((counts) => [...counts.keys()]));
    for (const outcome of ['400 validation', '400 malformed-json', '401 unauthorized', '403 forbidden', '404 not-found', '415 unsupported-media-type']) {
      expect(seen, outcome).toContain(outcome);
    }
    for (const route of routes) {
      expect(allowedRuns.get(label(route)) ?? 0, `${label(route)}: runs with a key its roles allow`).toBeGreaterThanOrEqual(RUNS_PER_ROUTE / 2);
      const counts = outcomes.get(label(route)) ?? new Map<string, number>();
      const pastAuthorizer = [...counts].filter(([key]) => !/^(401|403|429) /.test(key)).reduce((a, [, n]) => a + n, 0);
      expect(pastAuthorizer, `${label(route)}: runs that got past the authorizer`).toBeGreaterThanOrEqual(RUNS_PER_ROUTE / 3);
    }
  });
});

function routeOf(operationId: string): RouteSpec {
  const route = routes.find((r) => r.operationId === operationId);
  if (!route) throw new Error(`no route ${operationId} in the topology any more: update this case`);
  return route;
}

const cursor = (key: unknown) => `cursor=${Buffer.from(JSON.stringify(key)).toString('base64url')}`;
const plain: Omit<BadRequest, 'caller'> = { params: {}, query: '', tenantHeader: null, idempotencyKey: null, headers: [], body: null };
const json = (text: string) => ({ contentType: 'application/json', text });
const sectorAlertRules = { windowDays: 90, baselineMonths: 12, minCount: 5, minRatio: 2, keepPercentByGrade: { 6: 80, 7: 60, 8: 40, 9: 20 }, noticeDays: 30 };
const monitoringRules = { downgrades: { keepPercentByGrade: { 8: 50, 9: 25 }, noticeDays: 30 }, sectorAlerts: sectorAlertRules };

/**
 * What the property found, each as the request fast-check shrank it to (ids are this run's).
 * They fail while the defect exists: the property above finds them too, but at random, and
 * each route's property reports only its first counterexample.
 */
const defects: { name: string; operationId: string; request: () => BadRequest }[] = [
  {
    name: 'query key named like an Object.prototype member → 500, empty body (infra/local/gateway.ts queryOf)',
    operationId: 'getHealth',
    request: () => ({ ...plain, caller: 'no key', query: 'constructor=' }),
  },
  {
    name: 'header named like an Object.prototype member → 500, empty body (infra/local/gateway.ts headersOf)',
    operationId: 'getHealth',
    request: () => ({ ...plain, caller: 'no key', headers: [['__proto__', 'x']] }),
  },
  {
    name: 'cursor of the caller’s own partition without a sort key → 500 (shared/data/pagination.ts decodeCursor)',
    operationId: 'listApiKeys',
    request: () => ({ ...plain, caller: 'insurer', query: cursor({ pk: 'INSURER' }) }),
  },
  {
    name: 'cursor naming the tenant list but not a whole index key → 500 (shared/data/pagination.ts decodeCursor)',
    operationId: 'listTenants',
    request: () => ({ ...plain, caller: 'insurer', query: cursor({ gsi2pk: 'TENANTS' }) }),
  },
  {
    name: 'cursor of the caller’s tenant outside the listed range → 500 (shared/data/pagination.ts decodeCursor)',
    operationId: 'listPolicyVersions',
    request: () => ({ ...plain, caller: 'policyholder', query: cursor({ pk: `TENANT#${world.tenantId}`, sk: 'ZZZ' }) }),
  },
  {
    name: 'country code not shaped like a region in a policy change → 500 (shared/http/schemas/common.ts CountryCode)',
    operationId: 'updateTenantPolicy',
    request: () => ({ ...plain, caller: 'insurer', params: { tenantId: world.foreign.tenantId }, body: json('{"coveredCountries":["X"]}') }),
  },
  {
    name: 'country code not shaped like a region at onboarding → 500 (shared/http/schemas/common.ts CountryCode)',
    operationId: 'createTenant',
    request: () => ({
      ...plain,
      caller: 'insurer',
      body: json(JSON.stringify({ name: 'Fuzz', policy: { policyNumber: 'P-1', currency: 'EUR', maxLiability: 300000000, premiumRate: 0.0025, coveredCountries: ['FRA'] } })),
    }),
  },
  {
    name: 'turnover period 0000-01 → 500 (shared/domain/premium.ts assertPeriod, reached before any date bound)',
    operationId: 'declareTurnover',
    request: () => ({ ...plain, caller: 'policyholder', body: json('{"period":"0000-01","country":"FR","amount":100}') }),
  },
  ...(
    [
      ['a downgrade rule for grade 10', { downgrades: { keepPercentByGrade: { 10: 5 }, noticeDays: 30 } }],
      ['sector alert cuts that target no grade', { sectorAlerts: { ...sectorAlertRules, keepPercentByGrade: {} } }],
      ['a sector alert minCount over 1,000,000', { sectorAlerts: { ...sectorAlertRules, minCount: 2_000_000 } }],
      ['a sector alert minRatio with five decimals', { sectorAlerts: { ...sectorAlertRules, minRatio: 1.00001 } }],
    ] as const
  ).map(([what, change]) => ({
    name: `monitoring rules with ${what} → 500 (shared/http/schemas/monitoring.ts looser than the domain's checks)`,
    operationId: 'putMonitoringRules',
    request: (): BadRequest => ({ ...plain, caller: 'insurer', body: json(JSON.stringify({ ...monitoringRules, ...change })) }),
  })),
  {
    name: 'request head over 16 KB → 431 with no problem+json (infra/local/gateway.ts: node:http answers before the gateway)',
    operationId: 'getHealth',
    request: () => ({ ...plain, caller: 'no key', headers: [['X-Padding', 'p'.repeat(20_000)]] }),
  },
];

describe('inputs the property once found a 5xx with (regression cases)', () => {
  for (const defect of defects) {
    it(defect.name, () => exercise(routeOf(defect.operationId), defect.request()));
  }
});

describe('request targets that name no route (infra/local/gateway.ts requestTarget)', () => {
  // `GET //` and `GET http://` are no URL to a base-relative parse: before, the gateway threw
  // outside its answer and the connection got nothing back (an unhandled rejection).
  it.each([
    ['//', 404],
    ['//v1//', 404],
    ['http://', 400],
    ['/v1/../..', 404],
  ])('GET %s → %i problem+json, and the runtime answers on', async (target, status) => {
    const response = await sendRaw(runtime.url, { method: 'GET', target, headers: [], body: undefined }, 3_000);
    expect(response.status, response.body.toString('utf8')).toBe(status);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    const problem = parseBody(response) as { status?: number; type?: string; correlationId?: string };
    expect(problem.status).toBe(status);
    expect(problem.correlationId).toBeTypeOf('string');
    if (status === 400) expect(problem.type).toBe(`${PROBLEM_BASE}malformed-request`);
    expect((await fetch(`${runtime.url}/v1/health`)).status).toBe(200);
  });
});
