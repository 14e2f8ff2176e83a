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
 * Misses come from a second LocalGateway, built here with `authorizerCacheSeconds: 0`, in front
 * of the same handler modules (ES modules load once per process, so its LocalFunctions share
 * the runtime's handlers, their SDK clients and DynamoDB Local). It is the runtime's gateway
 * class with only the cache TTL changed, it costs an HTTP listener, and a miss is certain for
 * every request however long a row lasts. Its invoker counts authorizer calls, and a row fails
 * unless the authorizer ran once per request. Rotating through many API keys would also miss,
 * but needs more fresh keys than requests in the whole scenario (a key stays cached 60 s),
 * each one a transaction written to the app table, and the table's stream consumer would
 * still be reading those records while the next rows are measured. A second whole runtime
 * would start a second JVM and rewrite the process-wide environment (table, endpoints) that
 * the already loaded handlers do not follow anyway.
 *
 * Both gateway rows use the harness loop with fetch, as in the health scenario (a request of
 * 1-3 ms needs finer than autocannon's whole milliseconds), and the keys of TENANTS tenants in
 * turn; the raw reads rotate over the same keys and tenants.
 */
import { DynamoDBClient, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { topology } from '#topology';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/dynamodb.ts';
import { LocalGateway } from '../../../infra/local/gateway.ts';
import { LocalFunctions, type Invoker } from '../../../infra/local/lambda.ts';
import { REPO_ROOT } from '../../../infra/local/runtime.ts';
import { hashApiKey } from '../../../shared/data/api-keys.ts';
import { loopCase, measureLoop, type BenchCase, type Scenario } from '../harness.ts';

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

export const tenancy: Scenario = {
  name: 'tenancy',
  async setup({ runtime, insurerKey, log }) {
    const tenants: Onboarded[] = [];
    for (let n = 1; n <= TENANTS; n++) tenants.push(await onboard(runtime.url, insurerKey, n));
    const authorizer = topology.authorizer?.function;
    if (!authorizer) throw new Error('the topology has no authorizer');

    // The uncached gateway: same topology and handlers as the runtime's, TTL 0.
    const functions = new LocalFunctions(topology, REPO_ROOT);
    await functions.warm();
    let authorizerCalls = 0;
    const counting: Invoker = {
      invoke<R>(name: string, event: unknown): Promise<R> {
        if (name === authorizer) authorizerCalls++;
        return functions.invoke<R>(name, event);
      },
    };
    const uncached = new LocalGateway({ topology, invoker: counting, log, authorizerCacheSeconds: 0 });
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

    const dynamodb = new DynamoDBClient({ endpoint: runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const TableName = runtime.tableName;
    // The key templates of shared/data/keys.ts; the checks below fail loudly if they drift.
    const keyItems = tenants.map(({ key }) => ({ pk: { S: `APIKEY#${hashApiKey(key)}` }, sk: { S: 'APIKEY' } }));
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
    let queries = 0;
    let lookups = 0;

    const miss: BenchCase = {
      label: 'GET /v1/policy, auth cache miss',
      baseline: 'GetItem key → Query policy',
      async measure(concurrency, budget) {
        const before = authorizerCalls;
        const stats = await measureLoop(getPolicy(uncachedUrl), concurrency, budget);
        const requests = stats.samples + budget.warmup;
        if (authorizerCalls - before !== requests) {
          throw new Error(`the authorizer ran ${authorizerCalls - before} times for ${requests} requests through the uncached gateway`);
        }
        return stats;
      },
    };

    return {
      cases: [
        loopCase('Query policy', () => queryPolicy((tenants[queries++ % TENANTS] as Onboarded).tenantId)),
        loopCase('GET /v1/policy, auth cache hit', getPolicy(runtime.url), { baseline: 'Query policy' }),
        loopCase('GetItem key → Query policy', async () => {
          const { Item } = await dynamodb.send(new GetItemCommand({ TableName, Key: keyItems[lookups++ % TENANTS] }));
          const tenantId = Item?.['tenantId']?.S;
          if (!tenantId) throw new Error('the API key item was not found or names no tenant');
          await queryPolicy(tenantId);
        }),
        miss,
      ],
      async teardown() {
        await uncached.close();
        dynamodb.destroy();
      },
    };
  },
};
