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
 * Tenants are onboarded through the runtime's gateway with the run's insurer key. The hit row
 * goes through that gateway too (runtime.url): the bench runtime keeps the topology's cache
 * TTL and starts with every usage plan out of reach (UNTHROTTLED, main.ts), so it answers
 * these rates without a 429.
 *
 * The miss row needs a gateway whose authorizer cache is 0, so a miss is certain for every
 * request however long a row lasts. It is built here, in front of the runtime's functions: ES
 * modules load once per process, so a LocalFunctions made here runs the very handler modules
 * the runtime loaded, with their SDK clients on the same DynamoDB Local. It takes a token per
 * request from usage plans of its own, with the tenants' usage keys registered in the same
 * UNTHROTTLED plans the runtime has (the runtime does not expose its registry): the request
 * does the same work as through the runtime's gateway. It counts the authorizer's calls and
 * the row fails unless there is exactly one per request.
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
import { topology } from '#topology';
import { LocalApiManagement } from '../../../infra/local/api-management.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/dynamodb.ts';
import { LocalGateway } from '../../../infra/local/gateway.ts';
import { LocalFunctions, type Invoker } from '../../../infra/local/lambda.ts';
import { REPO_ROOT } from '../../../infra/local/runtime.ts';
import { hashApiKey } from '../../../shared/data/api-keys.ts';
import { onboardTenant, type Onboarded } from '../api.ts';
import { loopCase, measureLoop, UNTHROTTLED, type BenchCase, type Scenario, type Stats } from '../harness.ts';

const TENANTS = 4;

export const tenancy: Scenario = {
  name: 'tenancy',
  async setup({ runtime, insurerKey, log }) {
    const spec = topology.authorizer;
    if (!spec) throw new Error('the topology has no authorizer');
    const tenants: Onboarded[] = [];
    for (let n = 1; n <= TENANTS; n++) tenants.push(await onboardTenant(runtime.url, insurerKey, n));

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

    // The usage keys the runtime registered for the tenants, in the plans the runtime has.
    const usagePlans = new LocalApiManagement({ service: topology.service, throttling: UNTHROTTLED });
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
    const uncached = new LocalGateway({ topology, invoker, log, usagePlans, authorizerCacheSeconds: 0 });
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

    /** The miss row: one authorizer call per request through the uncached gateway, or it fails. */
    const missCase = (label: string, baseline: string): BenchCase => ({
      label,
      baseline,
      async measure(concurrency, budget): Promise<Stats> {
        const calls = authorizerCalls;
        const stats = await measureLoop(getPolicy(uncachedUrl), concurrency, budget);
        const requests = stats.samples + budget.warmup;
        const ran = authorizerCalls - calls;
        if (ran !== requests) throw new Error(`${label}: the authorizer ran ${ran} times for ${requests} requests (expected ${requests})`);
        return stats;
      },
    });

    let queries = 0;
    let lookups = 0;
    return {
      cases: [
        loopCase('Query policy', () => queryPolicy((tenants[queries++ % TENANTS] as Onboarded).tenantId)),
        // The runtime's gateway, with the topology's TTL: each key's authorization is cached
        // after its first request (main.ts does not shorten authorizerCacheSeconds).
        loopCase('GET /v1/policy, auth cache hit', getPolicy(runtime.url), { baseline: 'Query policy' }),
        loopCase('GetItem key → Query policy', async () => {
          const { tenantId } = await lookUpKey(keyItems[lookups++ % TENANTS] as (typeof keyItems)[number]);
          await queryPolicy(tenantId);
        }),
        missCase('GET /v1/policy, auth cache miss', 'GetItem key → Query policy'),
      ],
      async teardown() {
        await uncached.close();
        dynamodb.destroy();
      },
    };
  },
};
