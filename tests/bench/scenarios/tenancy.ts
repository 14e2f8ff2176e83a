/**
 * GET /v1/policy with a policyholder key: the REQUEST authorizer, then a tenant-scoped read,
 * against the raw DynamoDB reads the request needs.
 *
 *   cache hit   the normal case: a few keys over and over, the gateway answers the
 *               authorization from its cache (per Authorization header, 60 s in the
 *               topology), so the request needs the policy Query only (getPolicy: one Query
 *               on TENANT#<id>, begins_with(sk, 'POLICY#v'), newest first, Limit 1).
 *   cache miss  every request runs the authorizer: GetItem APIKEY#<sha256 of the key>, then
 *               the handler's Query, one after the other.
 *
 * Tenants are onboarded through the runtime's gateway with the run's insurer key. The
 * requests go through two LocalGateways built here, in front of the runtime's functions: ES
 * modules load once per process, so a LocalFunctions made here runs the very handler
 * modules the runtime loaded, with their SDK clients on the same DynamoDB Local. The two
 * gateways differ only in the authorizer cache TTL: the topology's (60 s) for hits, 0 for
 * misses, so a miss is certain for every request however long a row lasts. Both count the
 * authorizer's calls and a row fails unless they match: one per request through the
 * uncached gateway; through the cached one, at most one per key, concurrent request and TTL.
 *
 * Why not the runtime's own gateway: it throttles each tenant to its tier's usage plan
 * (standard: 25 req/s, burst 50) and would answer 429 within a second at the rates measured
 * here. The bench gateways apply the same usage-plan check (the token bucket of
 * LocalApiManagement, per usage key the authorizer returns) with every limit raised out of
 * reach: the request does the same work, it is just never refused.
 *
 * Other ways to get misses, not taken: rotating through many API keys needs more fresh keys
 * than requests in the whole scenario (a key stays cached 60 s), each one a transaction on the
 * app table whose stream records the relay would still be reading while later rows are
 * measured; a second runtime with authorizerCacheSeconds: 0 starts a second JVM and rewrites
 * the process-wide environment (table, endpoints) that the already loaded handlers ignore.
 *
 * Both gateway rows use the harness loop with fetch, as the health scenario does (a request of
 * 1-3 ms needs finer than autocannon's whole milliseconds), with the keys of TENANTS tenants in
 * turn; the raw reads rotate over the same keys and tenants.
 */
import { DynamoDBClient, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { topology, type ThrottlingSpec } from '#topology';
import { LocalApiManagement } from '../../../infra/local/api-management.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/dynamodb.ts';
import { LocalGateway } from '../../../infra/local/gateway.ts';
import { LocalFunctions, type Invoker } from '../../../infra/local/lambda.ts';
import { REPO_ROOT } from '../../../infra/local/runtime.ts';
import { hashApiKey } from '../../../shared/data/api-keys.ts';
import { loopCase, measureLoop, type BenchCase, type Scenario, type Stats } from '../harness.ts';

const TENANTS = 4;

interface Onboarded {
  readonly tenantId: string;
  /** The policyholder key returned once by POST /v1/tenants. */
  readonly key: string;
}

async function onboard(url: string, insurerKey: string, n: number): Promise<Onboarded> {
  const response = await fetch(`${url}/v1/tenants`, {
    method: 'POST',
    headers: { authorization: `Bearer ${insurerKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: `Bench SA ${n}`,
      policy: { policyNumber: `P-${n}`, currency: 'EUR', maxLiability: 300_000_000, premiumRate: 0.0025, coveredCountries: ['FR'] },
    }),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST /v1/tenants answered ${response.status}: ${text}`);
  const body = JSON.parse(text) as { tenantId?: unknown; apiKey?: { key?: unknown } };
  if (typeof body.tenantId !== 'string' || typeof body.apiKey?.key !== 'string') {
    throw new Error(`POST /v1/tenants answered no tenantId or apiKey.key: ${text}`);
  }
  return { tenantId: body.tenantId, key: body.apiKey.key };
}

/** The topology's tiers, each with a rate and burst no benchmark reaches. */
function unthrottled(): ThrottlingSpec {
  const limits = { rateLimit: 1e9, burstLimit: 1e9 };
  return { tiers: Object.fromEntries(Object.keys(topology.throttling.tiers).map((tier) => [tier, limits])) as ThrottlingSpec['tiers'] };
}

export const tenancy: Scenario = {
  name: 'tenancy',
  async setup({ runtime, insurerKey, log }) {
    const spec = topology.authorizer;
    if (!spec) throw new Error('the topology has no authorizer');
    const tenants: Onboarded[] = [];
    for (let n = 1; n <= TENANTS; n++) tenants.push(await onboard(runtime.url, insurerKey, n));

    const dynamodb = new DynamoDBClient({ endpoint: runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const TableName = runtime.tableName;
    // The key templates of shared/data/keys.ts; the checks below fail loudly if they drift.
    const keyItems = tenants.map(({ key }) => ({ pk: { S: `APIKEY#${hashApiKey(key)}` }, sk: { S: 'APIKEY' } }));
    const lookUpKey = async (Key: (typeof keyItems)[number]) => {
      const { Item } = await dynamodb.send(new GetItemCommand({ TableName, Key }));
      const tenantId = Item?.['tenantId']?.S;
      if (!tenantId) throw new Error('the API key item was not found or names no tenant');
      return { tenantId, tier: Item['tier']?.S ?? 'standard', usageKey: Item['usageKey']?.S };
    };
    const queryPolicy = async (tenantId: string) => {
      const { Count } = await dynamodb.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': { S: `TENANT#${tenantId}` }, ':prefix': { S: 'POLICY#v' } },
          ScanIndexForward: false,
          Limit: 1,
        }),
      );
      if (Count !== 1) throw new Error(`the policy Query of tenant ${tenantId} returned ${Count} items`);
    };

    // The usage keys the runtime registered for the tenants, in plans nothing exceeds.
    const usagePlans = new LocalApiManagement({ service: topology.service, throttling: unthrottled() });
    for (const Key of keyItems) {
      const { tenantId, tier, usageKey } = await lookUpKey(Key);
      if (!usageKey) throw new Error(`the API key of tenant ${tenantId} carries no usage key`);
      usagePlans.register(usageKey, tier, tenantId);
    }

    const functions = new LocalFunctions(topology, REPO_ROOT);
    await functions.warm();
    let authorizerCalls = 0;
    const invoker: Invoker = {
      invoke<R>(name: string, event: unknown): Promise<R> {
        if (name === spec.function) authorizerCalls++;
        return functions.invoke<R>(name, event);
      },
    };
    const gateway = (cacheSeconds: number) => new LocalGateway({ topology, invoker, log, usagePlans, authorizerCacheSeconds: cacheSeconds });
    const cached = gateway(spec.cacheTtlSeconds);
    const uncached = gateway(0);
    const cachedUrl = await cached.listen(0);
    const uncachedUrl = await uncached.listen(0);

    const getPolicy = (baseUrl: string) => {
      const url = `${baseUrl}/v1/policy`;
      const headers = tenants.map(({ key }) => ({ authorization: `Bearer ${key}` }));
      let next = 0;
      return async () => {
        const response = await fetch(url, { headers: headers[next++ % headers.length] as Record<string, string> });
        // Read the body: the handler's work is only done once it is sent, and the socket is reused only after.
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`GET /v1/policy answered ${response.status}`);
      };
    };

    /** A gateway row that checks how often the authorizer ran against what the row claims. */
    const gatewayCase = (
      label: string,
      baseline: string,
      baseUrl: string,
      allowed: (requests: number, concurrency: number, elapsedMs: number) => number,
      exact: boolean,
    ): BenchCase => ({
      label,
      baseline,
      async measure(concurrency, budget): Promise<Stats> {
        const calls = authorizerCalls;
        const started = performance.now();
        const stats = await measureLoop(getPolicy(baseUrl), concurrency, budget);
        const requests = stats.samples + budget.warmup;
        const ran = authorizerCalls - calls;
        const limit = allowed(requests, concurrency, performance.now() - started);
        if (exact ? ran !== limit : ran > limit) {
          throw new Error(`${label}: the authorizer ran ${ran} times for ${requests} requests (${exact ? 'expected' : 'at most'} ${limit})`);
        }
        return stats;
      },
    });

    let queries = 0;
    let lookups = 0;
    return {
      cases: [
        loopCase('Query policy', () => queryPolicy((tenants[queries++ % TENANTS] as Onboarded).tenantId)),
        // Each key's entry is refreshed once per TTL, by every request in flight when it expires.
        gatewayCase(
          'GET /v1/policy, auth cache hit',
          'Query policy',
          cachedUrl,
          (_requests, concurrency, elapsedMs) => TENANTS * concurrency * (1 + Math.floor(elapsedMs / (spec.cacheTtlSeconds * 1000))),
          false,
        ),
        loopCase('GetItem key → Query policy', async () => {
          const { tenantId } = await lookUpKey(keyItems[lookups++ % TENANTS] as (typeof keyItems)[number]);
          await queryPolicy(tenantId);
        }),
        gatewayCase('GET /v1/policy, auth cache miss', 'GetItem key → Query policy', uncachedUrl, (requests) => requests, true),
      ],
      async teardown() {
        await Promise.all([cached.close(), uncached.close()]);
        dynamodb.destroy();
      },
    };
  },
};
