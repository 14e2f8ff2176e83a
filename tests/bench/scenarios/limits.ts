/**
 * POST /v1/limit-requests at concurrency 16, against the DynamoDB work a request does.
 * Target (the limits issue): the request's p99 within 3× of the raw transaction's p99, at 16.
 * The rows are also measured one at a time (c=1): at 16, DynamoDB Local's transactions queue
 * (it completes a few hundred a second at most), and the queue hides what the request adds
 * around its transaction; at 1 the ratio shows it.
 *
 * A request (shared/data/limits.ts, requestLimit) reads the policy (Query) ‖ the buyer
 * (GetItem), then the country (GetItem), then, per attempt, the tenant's limit item ‖ the
 * buyer's capacity item (2 consistent GetItems), and writes ONE TransactWriteItems of 4 items:
 * the capacity Update (ADD, conditioned on the capacity left), the limit Put (conditioned on
 * the version read), the history Put and the outbox Put (conditioned on a new key).
 *
 *   raw TransactWriteItems      that transaction alone, the baseline every row divides by
 *   raw reads + transaction     the 2 GetItems (in parallel, as requestLimit does), then it
 *   raw all calls of a request  all the calls above, in the request's order
 *   POST /v1/limit-requests     through the runtime's gateway (authorizer cache hit, usage
 *                               plans out of reach), every decision checked to be `approved`
 *
 * Setup: TENANTS tenants (so requests do not all race on one tenant's limit items) and BUYERS
 * buyers of grades 1 and 2, onboarded through the API. Each request asks for EUR 1,000.00 more
 * than the pair (tenant, buyer) holds: `new` first, then `increase`. Requests in flight never
 * share a tenant or a buyer (free ones are taken from FIFO queues), so no two contend for a
 * limit or a capacity item and every request decides on its first attempt: this is the
 * uncontended path, the race for capacity is tests/integration/capacity-race.test.ts. The pairs
 * stay under the grade's automatic-decision ceiling and the buyer's capacity, so the rules
 * approve every request; anything else fails the row.
 *
 * The raw rows write to the app's table, on keys of their own (bench-tenant-…, bench-buyer-…,
 * same FIFO discipline), with copies of the items a real request wrote in setup (same
 * attributes, same sizes), re-keyed; the reads of "all calls" read the real policy, buyer and
 * country items. The copy of the outbox item is of kind `bench-outbox`: the relay's stream
 * filter (INSERT of kind `outbox`) drops it, so no event is published for a raw row, while
 * the stream still carries all four records as for a real request. Not a fresh table: on
 * DynamoDB Local a transaction costs more on a table created later than on the first one
 * (2-3× at c=1 once a few tables exist, as in a full run), so a fresh table would inflate the
 * baseline and flatter the ratio. The raw items stay in the in-memory table until the run ends.
 */
import { randomUUID } from 'node:crypto';
import {
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteItemsCommand,
  type AttributeValue,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { ulid } from 'ulid';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/dynamodb.ts';
import { DEFAULT_LIMIT_RULES, type Grade } from '../../../shared/domain/grades.ts';
import { topology } from '#topology';
import { awaitTransactionCommits, COMMIT_BARRIER } from '../../../infra/local/durable-transactions.ts';
import { createBuyer, onboardTenant, type Onboarded } from '../api.ts';
import { CPU_SUFFIX, cpuRows, replay, SdkCpu } from '../cpu.ts';
import { loopCase, repeat, type BenchCase, type Row, type Scenario } from '../harness.ts';
import { captureInvocations, handlerOf, quietRuntime } from '../in-process.ts';
import { startNpmStart } from '../npm-start.ts';
import type { RunningRuntime } from '../../../infra/local/runtime.ts';
import { pairs } from '../free-list.ts';

const CONCURRENCY = 32;
/** Limit requests sent through npm start before its rows, this many at a time (about 30 s). */
const WARMUP_REQUESTS = 2_000;
const WARMUP_CONCURRENCY = 16;
/** More than CONCURRENCY, so a worker always finds a free tenant and a free buyer. */
const TENANTS = 40;
const BUYERS = 40;
/** Buyers the in-process CPU rows' tenant requests limits on, in turn. */
const CPU_BUYERS = 16;
/** EUR 1,000.00 in minor units: one step of every request. */
const STEP = 100_000;
const TARGET_P99_RATIO = 2;
/** The request's throughput, at least this share of the raw transaction's, at CONCURRENCY. */
const TARGET_THROUGHPUT_SHARE = 0.4;
const CPU_REQUEST = 'limit request (in process)';

const RAW_TX = 'raw TransactWriteItems';
const RAW_READS_TX = 'raw reads + transaction';
const RAW_ALL = 'raw all calls of a request';
const REQUEST = 'POST /v1/limit-requests';

type Item = Record<string, AttributeValue>;

const s = (value: string): AttributeValue => ({ S: value });
const n = (value: number): AttributeValue => ({ N: String(value) });

export const limits: Scenario = {
  name: 'limits',
  concurrency: [1, CONCURRENCY],
  // A transaction completes in milliseconds and DynamoDB Local runs a few hundred a second at
  // most, so the default second per case warms its transaction path with ~150 of them: the rows
  // measured first (the baseline) came out slower than the ones after them.
  minWarmupSeconds: 3,
  // At concurrency 32 a request takes about half a second and npm start decides 60–80 a second:
  // 2 s of them put the p99 on the second-slowest request, which swung the target's ratio from
  // 1.15× to 2.54× between runs. 8 s put it on the sixth or so.
  minSeconds: 8,
  async setup({ runtime: inProcess, insurerKey }) {
    const run = randomUUID().slice(0, 8);
    // The HTTP and raw rows run on the backend as a user runs it (npm-start.ts); the CPU rows in this process.
    const runtime = await startNpmStart({ insurerKey });
    const cpu = await cpuCases(inProcess, insurerKey, run);
    // Premium tenants: 100 requests a second each, which no worker reaches.
    const tenants: Onboarded[] = [];
    for (let i = 1; i <= TENANTS; i++) tenants.push(await onboardTenant(runtime.url, insurerKey, i, 'premium'));
    const buyers: { buyerId: string; grade: Grade }[] = [];
    for (let j = 0; j < BUYERS; j++) {
      const grade: Grade = j % 2 === 0 ? 1 : 2;
      const buyerId = await createBuyer(runtime.url, insurerKey, { name: `Bench Metalworks ${run} ${j}`, registrationId: `BENCH${run}${j}`, grade });
      buyers.push({ buyerId, grade });
    }

    // ---- the request through the gateway ------------------------------------------------
    // What each pair holds and each buyer has reserved, in EUR minor units (EUR policies only).
    const held = tenants.map(() => buyers.map(() => 0));
    const reserved = buyers.map(() => 0);
    const fits = (t: number, b: number) => {
      const { grade } = buyers[b] as (typeof buyers)[number];
      const holds = (held[t] as number[])[b] as number;
      return holds + STEP <= DEFAULT_LIMIT_RULES.autoDecisionCeilingEur[grade] && (reserved[b] as number) + STEP <= DEFAULT_LIMIT_RULES.buyerCapacityEur[grade];
    };
    const requestUrl = `${runtime.url}/v1/limit-requests`;
    const appPair = pairs('limits', TENANTS, BUYERS);
    const requestLimit = () =>
      appPair(async (t, b) => {
        const { key } = tenants[t] as Onboarded;
        const { buyerId } = buyers[b] as (typeof buyers)[number];
        const current = (held[t] as number[])[b] as number;
        const amount = current + STEP;
        const response = await fetch(requestUrl, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ buyerId, type: current === 0 ? 'new' : 'increase', amount }),
        });
        const text = await response.text();
        const body = response.status === 201 ? (JSON.parse(text) as { decision?: unknown; amount?: unknown; requestId?: unknown }) : {};
        if (body.decision !== 'approved' || body.amount !== amount) {
          throw new Error(`${REQUEST} for ${amount} on a limit of ${current} answered ${response.status}, expected 201 approved: ${text}`);
        }
        (held[t] as number[])[b] = amount;
        reserved[b] = (reserved[b] as number) + STEP;
        return { tenantId: (tenants[t] as Onboarded).tenantId, buyerId, requestId: String(body.requestId) };
      }, fits);

    // ---- templates: the items one real request wrote ------------------------------------
    const dynamodb = new DynamoDBClient({ endpoint: runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const app = runtime.tableName;
    const probe = await requestLimit();
    const found = async (what: string, read: Promise<Item | undefined>): Promise<Item> => {
      const item = await read;
      if (!item) throw new Error(`limits: the ${what} item of the setup's request was not found (did shared/data/limits.ts change its keys?)`);
      return item;
    };
    const getApp = (pk: string, sk: string) => dynamodb.send(new GetItemCommand({ TableName: app, Key: { pk: s(pk), sk: s(sk) } })).then((r) => r.Item);
    const limitTemplate = await found('limit', getApp(`TENANT#${probe.tenantId}`, `LIMIT#${probe.buyerId}`));
    const capacityTemplate = await found('capacity', getApp(`BUYER#${probe.buyerId}`, 'CAPACITY'));
    const historyTemplate = await found(
      'history',
      dynamodb
        .send(
          new QueryCommand({
            TableName: app,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': s(`TENANT#${probe.tenantId}`), ':prefix': s(`LIMITHIST#${probe.buyerId}#`) },
            Limit: 1,
          }),
        )
        .then((r) => r.Items?.[0]),
    );
    const outboxTemplate = await found(
      'outbox',
      (async () => {
        let ExclusiveStartKey: Item | undefined;
        do {
          const page = await dynamodb.send(
            new ScanCommand({
              TableName: app,
              FilterExpression: '#kind = :kind AND #event.#data.#requestId = :requestId',
              ExpressionAttributeNames: { '#kind': 'kind', '#event': 'event', '#data': 'data', '#requestId': 'requestId' },
              ExpressionAttributeValues: { ':kind': s('outbox'), ':requestId': s(probe.requestId) },
              ...(ExclusiveStartKey ? { ExclusiveStartKey } : {}),
            }),
          );
          if (page.Items?.[0]) return page.Items[0];
          ExclusiveStartKey = page.LastEvaluatedKey;
        } while (ExclusiveStartKey);
        return undefined;
      })(),
    );
    if (!capacityTemplate['reservedEur']) throw new Error('limits: the capacity item has no reservedEur');

    // ---- the raw rows: the same transaction on keys of their own -------------------------
    const TableName = app;
    const tenantKey = (t: number) => `bench-tenant-${run}-${t}`;
    const buyerKey = (b: number) => `bench-buyer-${run}-${b}`;
    const limitKey = (t: number, b: number): Item => ({ pk: s(`TENANT#${tenantKey(t)}`), sk: s(`LIMIT#${buyerKey(b)}`) });
    const capacityKey = (b: number): Item => ({ pk: s(`BUYER#${buyerKey(b)}`), sk: s('CAPACITY') });
    const versions = new Map<string, number>();
    const capacityMax = DEFAULT_LIMIT_RULES.buyerCapacityEur[1] * 1_000; // evaluated, never reached

    const transaction = (t: number, b: number, version: number | undefined): TransactWriteItem[] => {
      const at = new Date().toISOString();
      return [
        {
          Update: {
            TableName,
            Key: capacityKey(b),
            UpdateExpression: 'ADD reservedEur :delta SET kind = :kind, buyerId = :buyer',
            ConditionExpression: 'attribute_not_exists(reservedEur) OR reservedEur <= :max',
            ExpressionAttributeValues: { ':delta': n(STEP), ':max': n(capacityMax - STEP), ':kind': s('capacity'), ':buyer': s(buyerKey(b)) },
          },
        },
        {
          Put: {
            TableName,
            Item: {
              ...limitTemplate,
              ...limitKey(t, b),
              tenantId: s(tenantKey(t)),
              buyerId: s(buyerKey(b)),
              version: n((version ?? 0) + 1),
              updatedAt: s(at),
              gsi2pk: s(`BUYER#${buyerKey(b)}`),
              gsi2sk: s(`LIMIT#${tenantKey(t)}`),
            },
            ...(version === undefined
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': n(version) } }),
          },
        },
        { Put: { TableName, Item: { ...historyTemplate, pk: s(`TENANT#${tenantKey(t)}`), sk: s(`LIMITHIST#${buyerKey(b)}#${at}#lrq_${ulid()}`) } } },
        { Put: { TableName, Item: { ...outboxTemplate, pk: s(`OUTBOX#evt_${ulid()}`), kind: s('bench-outbox') }, ConditionExpression: 'attribute_not_exists(pk)' } },
      ];
    };
    const write = async (t: number, b: number, version: number | undefined) => {
      await dynamodb.send(new TransactWriteItemsCommand({ TransactItems: transaction(t, b, version) }));
      versions.set(`${t}:${b}`, (version ?? 0) + 1);
    };
    const readThenWrite = async (t: number, b: number) => {
      const [limit] = await Promise.all([
        dynamodb.send(new GetItemCommand({ TableName, Key: limitKey(t, b), ConsistentRead: true })),
        dynamodb.send(new GetItemCommand({ TableName, Key: capacityKey(b), ConsistentRead: true })),
      ]);
      const version = limit.Item?.['version']?.N;
      await write(t, b, version === undefined ? undefined : Number(version));
    };
    // The real tenants, buyers and country for the reads before them (read only).
    const readRequestFacts = async (t: number, b: number) => {
      const tenantId = (tenants[t % TENANTS] as Onboarded).tenantId;
      const [policy, buyer] = await Promise.all([
        dynamodb.send(
          new QueryCommand({
            TableName: app,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': s(`TENANT#${tenantId}`), ':prefix': s('POLICY#v') },
            ScanIndexForward: false,
            Limit: 1,
          }),
        ),
        getApp(`BUYER#${(buyers[b % BUYERS] as (typeof buyers)[number]).buyerId}`, 'BUYER'),
      ]);
      if (policy.Count !== 1 || !buyer) throw new Error(`limits: the policy or buyer of a setup's tenant or buyer was not found`);
      await getApp('COUNTRY#FR', 'COUNTRY');
    };
    const rawPair = pairs('limits', TENANTS, BUYERS);

    // ---- npm start warmed before the rows -------------------------------------------------
    // Its JIT keeps optimizing for thousands of requests (the cover scenario's notes); a
    // request here makes six SDK calls, the last a transaction, so a few thousand warm that code.
    // Then the events those requests published are relayed and fanned out before any row runs.
    await repeat(requestLimit, WARMUP_REQUESTS, WARMUP_CONCURRENCY);
    await runtime.settle();

    return {
      cases: [
        ...cpu.cases,
        loopCase(RAW_TX, () => rawPair((t, b) => write(t, b, versions.get(`${t}:${b}`)))),
        loopCase(RAW_READS_TX, () => rawPair(readThenWrite), { baseline: RAW_TX }),
        loopCase(
          RAW_ALL,
          () =>
            rawPair(async (t, b) => {
              await readRequestFacts(t, b);
              await readThenWrite(t, b);
            }),
          { baseline: RAW_TX },
        ),
        loopCase(REQUEST, requestLimit, { baseline: RAW_TX }),
      ],
      async teardown() {
        dynamodb.destroy();
        cpu.teardown();
        await runtime.stop();
      },
    };
  },

  notes(rows: readonly Row[]): readonly string[] {
    const at = (label: string, concurrency = CONCURRENCY) => rows.find((row) => row.label === label && row.concurrency === concurrency);
    const notes: string[] = [];
    const total = at(`${CPU_REQUEST} · ${CPU_SUFFIX.total}`, 1);
    const handler = at(`${CPU_REQUEST} · ${CPU_SUFFIX.handler}`, 1);
    const sdk = at(`${CPU_REQUEST} · ${CPU_SUFFIX.sdk}`, 1);
    if (total && handler && sdk) {
      notes.push(
        `limits: CPU per request in the handler (Lambda bills it): ${total.stats.p50.toFixed(2)} ms, of which SDK calls ${sdk.stats.p50.toFixed(2)} ms ` +
          `and handler code ${handler.stats.p50.toFixed(2)} ms (medians).`,
      );
    }
    const request = at(REQUEST);
    const raw = at(RAW_TX);
    if (!request || !raw) return [...notes, `limits: npm start targets not evaluated (${REQUEST} or ${RAW_TX} was not measured at c=${CONCURRENCY})`];
    const ratio = request.stats.p99 / raw.stats.p99;
    const share = request.stats.opsPerSec / raw.stats.opsPerSec;
    const readsTx = at(RAW_READS_TX);
    const all = at(RAW_ALL);
    const vs = (row: Row | undefined) => (row ? `, ${(request.stats.p99 / row.stats.p99).toFixed(2)}× that of ${row.label}` : '');
    const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');
    return [
      ...notes,
      `limits: at c=${CONCURRENCY}, ${REQUEST} decides ${Math.round(request.stats.opsPerSec)} limits/s (all approved), ` +
        `p50 ${request.stats.p50.toFixed(1)} ms, p99 ${request.stats.p99.toFixed(1)} ms${vs(readsTx)}${vs(all)}.`,
      `limits: target through npm start, p99 ≤ ${TARGET_P99_RATIO}× the raw TransactWriteItems p99 (${raw.stats.p99.toFixed(1)} ms): ${ratio.toFixed(2)}×, ${verdict(ratio <= TARGET_P99_RATIO)}; ` +
        `throughput ≥ ${TARGET_THROUGHPUT_SHARE * 100} % of its ${Math.round(raw.stats.opsPerSec)}/s: ${(share * 100).toFixed(0)} %, ${verdict(share >= TARGET_THROUGHPUT_SHARE)} in this run.`,
    ];
  },
};

/**
 * The CPU rows, in this process on the in-process runtime: a tenant and CPU_BUYERS buyers; a
 * first request sent through a gateway of its own to capture the function's event, then the
 * handler invoked with that event, its body asking each buyer in turn for EUR 1,000.00 more
 * (every one approved), and the calls of a first request (`new`) replayed raw.
 */
async function cpuCases(runtime: RunningRuntime, insurerKey: string, run: string): Promise<{ cases: BenchCase[]; teardown: () => void }> {
  const tenant = await onboardTenant(runtime.url, insurerKey, 0, 'premium');
  const buyerIds: string[] = [];
  for (let j = 0; j < CPU_BUYERS; j++) buyerIds.push(await createBuyer(runtime.url, insurerKey, { name: `Bench Metalworks ${run} cpu ${j}`, registrationId: `LIMITCPU${run}${j}`, grade: 1 }));
  const held = buyerIds.map(() => 0);
  let next = 0;
  const nextBody = () => {
    const b = next++ % CPU_BUYERS;
    const amount = (held[b] as number) + STEP;
    return { b, amount, body: { buyerId: buyerIds[b] as string, type: held[b] === 0 ? 'new' : 'increase', amount } };
  };
  const first = nextBody();
  const captured = await captureInvocations(topology, { method: 'POST', path: '/v1/limit-requests', key: tenant.key, body: first.body });
  const event = captured.invocations.find((invocation) => invocation.functionName === 'limits')?.event as { body: string } | undefined;
  if (captured.status !== 201 || !event) throw new Error(`limits: the captured request answered ${captured.status}: ${captured.text}`);
  held[first.b] = first.amount;
  const { dynamodb: functionsClient } = await import('../../../shared/data/client.ts');
  // Locally, the functions' client reads one item after each transaction to wait for its commit
  // (infra/local/durable-transactions.ts): not a call Lambda makes, so off for these rows.
  functionsClient.middlewareStack.remove(COMMIT_BARRIER);
  const sdk = new SdkCpu(functionsClient);
  const handler = await handlerOf(topology, 'limits');
  const requestOnce = async () => {
    const { b, amount, body } = nextBody();
    const result = (await handler({ ...event, body: JSON.stringify(body) })) as { statusCode?: number; body?: string };
    if (result.statusCode !== 201 || !result.body?.includes('"decision":"approved"')) throw new Error(`limits: the in-process request answered ${result.statusCode}: ${result.body}`);
    held[b] = amount;
  };
  // The calls of a first request on a buyer (`new`: every condition holds on keys of their own).
  next = 1;
  const recorded = await sdk.record(requestOnce);
  const raw = new DynamoDBClient({ endpoint: runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  return {
    cases: [...cpuRows(CPU_REQUEST, requestOnce, replay(raw, recorded), sdk, quietRuntime(runtime)).cases],
    teardown: () => {
      sdk.detach();
      raw.destroy();
      awaitTransactionCommits(functionsClient, topology.table.logicalName);
    },
  };
}
