/**
 * State change → signed webhook received on 127.0.0.1: latency (one event at a time, and 16 in
 * flight) and deliveries per second, each against the raw DynamoDB Local calls the same work
 * needs, measured in the same run.
 *
 * The pipeline: POST /v1/limit-requests writes the limit and its `limit.decided` event (outbox
 * item) in one transaction → DynamoDB Local's stream, read by the local event source mapping
 * (infra/local/stream-consumer.ts: DescribeStream + GetRecords per pass, a pass every 100 ms
 * while the stream is idle) → the relay (PutEvents) → the local bus → the `webhooks` rule → the
 * `webhook-events` queue → webhookFanout → the `webhook-deliveries` queue → webhookDelivery →
 * a signed POST to the receiver below. Per event, the functions make these table calls
 * (shared/data/deliveries.ts, fanOut then attemptDelivery):
 *
 *   fan-out    Query MANDATE# of the tenant, then Query WEBHOOK# of the tenant (and of each
 *              mandated broker: none here), then one conditional PutItem per endpoint, in
 *              parallel, then SendMessageBatch
 *   delivery   per endpoint, in parallel: GetItem of the delivery (consistent), GetItem of the
 *              endpoint (consistent), the POST, the conditional UpdateItem of the delivery (a
 *              success on a healthy endpoint writes nothing else)
 *
 * Rows, at concurrency 1 and 16:
 *
 *   raw calls of a delivery           those 6 calls for an event to 1 endpoint, in that order,
 *                                     with the SDK's low-level client
 *   raw request + delivery calls      the request's own calls first (as in the limits scenario:
 *                                     policy Query ‖ buyer GetItem, country GetItem, limit ‖
 *                                     capacity GetItems, the 4-item TransactWriteItems), then
 *                                     the 6 above
 *   request sent → webhook received   a limit request to a tenant with 1 endpoint, from the
 *                                     moment it is sent to the moment the receiver has read its
 *                                     webhook (matched by data.requestId); a worker sends its
 *                                     next request only then. Ratio to the raw request + calls
 *   limit decided → webhook received  the same events, from the moment the 201 arrived (the
 *                                     transaction committed). Ratio to the raw calls of a delivery
 *   raw request + 10 deliveries' calls  the request's calls, the fan-out's 2 Queries, 10 PutItems
 *                                     in parallel, then 10 × (GetItem, GetItem, UpdateItem) in
 *                                     parallel; its ops/s column is multiplied by 10: deliveries/s
 *   burst: request sent → 10 received limit requests to tenants with FAN_OUT (10) endpoints,
 *                                     sent for the row's time without waiting for the webhooks;
 *                                     the row ends when every delivery has arrived. n and ops/s
 *                                     count deliveries over the time from the first request sent
 *                                     to the last delivery received; p50 and p99 are per
 *                                     delivery, from its request's start. The notes split the
 *                                     time into sending and draining and compare deliveries/s
 *                                     with the raw row's
 *
 * FAN_OUT is 10: one event fills one SendMessageBatch and one batch of the delivery queue's
 * consumer. Nothing is subtracted from the pipeline's rows: the stream poll (half the 100 ms
 * interval on average when idle; Lambda polls a DynamoDB stream shard about four times a second
 * in AWS), the stream reads, the relay, the bus, the queues, the Powertools middleware, signing
 * and the POST are what the pipeline adds over its table calls, and the ratio shows it. The raw
 * rows leave the stream reads out: the pipeline reads each record once per pass, not once per
 * event, and its DescribeStream + GetRecords count on its side. Everything runs in this one
 * process, as in every scenario: the gateway, the functions, the bench's clients and the
 * receiver share one event loop (and, here, two CPUs with DynamoDB Local), so in the burst the
 * requests and the deliveries compete for it.
 *
 * The receiver is a plain node:http server on 127.0.0.1; it verifies every webhook with the
 * `standardwebhooks` package and the endpoint's secret before answering 204, as a customer's
 * would, and fails the row on a bad signature, an unknown path or an event it cannot match. A
 * duplicate (same webhook-id to the same endpoint, allowed by at-least-once delivery) is
 * counted once and reported in the notes. It is closed in teardown.
 *
 * Setup, through the API: 2 × TENANTS tenants (one set with 1 endpoint each, one with FAN_OUT
 * each), BUYERS buyers of grades 1 and 2. Each limit request asks EUR 1,000.00 more than its
 * (tenant, buyer) pair holds, so every one is approved at once; a request in flight holds its
 * tenant and its buyer (FIFO free lists, as in the limits scenario), so none races for a limit
 * or a capacity item. In the latency rows a worker holds its pair until the webhook arrived; in
 * the burst only until the POST answered. The raw rows read the real items (mandates,
 * endpoints, policy, buyer, country, limit, capacity) and write copies of the items a real
 * event wrote, re-keyed under partitions of their own (TENANT#bench-wh-…, BUYER#bench-wh-…), a
 * new key per operation; the outbox copy is of kind `bench-outbox`, so the relay's filter drops
 * it and no event is published for a raw row (the stream still carries its records). Not a
 * fresh table, for the reason the limits scenario gives.
 *
 * Warm-ups: the harness's pass before the first row (BENCH_WARMUP_SECONDS per case, at 16)
 * warms the JIT and DynamoDB Local. Before each row, the raw rows run at most
 * RAW_WARMUP_PER_WORKER operations per worker and the pipeline rows ROUND_TRIPS_PER_WORKER round
 * trips per worker (BENCH_WARMUP still caps both): 200 round trips of ~100 ms one at a time
 * would be 20 s of warm-up for a 2 s row. Before each pipeline row the stream consumer and the
 * queues are let go idle, so an earlier row's (or scenario's) backlog is not measured.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import {
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { Webhook } from 'standardwebhooks';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/dynamodb.ts';
import type { RunningRuntime } from '../../../infra/local/runtime.ts';
import { DEFAULT_LIMIT_RULES, type Grade } from '../../../shared/domain/grades.ts';
import { createBuyer, onboardTenant, type Onboarded } from '../api.ts';
import { measureLoop, summarize, type BenchCase, type Budget, type Row, type Scenario, type Stats } from '../harness.ts';
import { pairs } from '../free-list.ts';

const CONCURRENCY = 16;
const LEVELS = [1, CONCURRENCY] as const;
/** Per set of tenants: one per worker, so a worker always finds a free tenant. */
const TENANTS = CONCURRENCY;
/** More than CONCURRENCY, so a worker always finds a free buyer. */
const BUYERS = 20;
/** Endpoints of each tenant of the burst set: every event becomes this many deliveries. */
const FAN_OUT = 10;
/** EUR 1,000.00 in minor units: one step of every limit request. */
const STEP = 100_000;
const RAW_WARMUP_PER_WORKER = 5;
const ROUND_TRIPS_PER_WORKER = 2;
/** A webhook not received this long after its event's commit fails the row. */
const WEBHOOK_TIMEOUT_MS = 15_000;
/** In the burst, a webhook may wait behind the whole backlog: this long after its request was answered at most. */
const DRAIN_TIMEOUT_MS = 120_000;
const EVENT_TYPE = 'limit.decided';

const RAW_DELIVERY = 'raw calls of a delivery';
const FROM_COMMIT = 'limit decided → webhook received';
const RAW_REQUEST = 'raw request + delivery calls';
const FROM_REQUEST = 'request sent → webhook received';
const RAW_FAN_OUT = `raw request + ${FAN_OUT} deliveries' calls`;
const BURST = `burst: request sent → ${FAN_OUT} received`;

type Item = Record<string, AttributeValue>;
const s = (value: string): AttributeValue => ({ S: value });
const n = (value: number): AttributeValue => ({ N: String(value) });

/** What the notes report beside the rows: the burst's two phases, and the receiver's counts. */
const observed = {
  bursts: new Map<number, { events: number; pushSeconds: number; drainSeconds: number }>(),
  verified: 0,
  duplicates: 0,
};

// ---- the receiver -----------------------------------------------------------------------

interface Arrival {
  /** performance.now() when the receiver had read the whole request. */
  readonly at: number;
  /** The webhook-id header: the event's id. */
  readonly eventId: string;
}

interface Receiver {
  readonly url: string;
  /** Webhooks to `path` are verified with `secret`; any other path fails the run. */
  accept(path: string, secret: string): void;
  /** The webhooks of one limit request, once `count` endpoints have received it. */
  waitFor(requestId: string, count: number, timeoutMs: number): Promise<Arrival[]>;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const verifiers = new Map<string, Webhook>();
  const arrivals = new Map<string, Arrival[]>();
  const waiters = new Map<string, () => void>();
  const seen = new Set<string>();
  let refused: Error | undefined;

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const at = performance.now();
      const path = request.url ?? '/';
      const header = (name: string) => String(request.headers[name] ?? '');
      const eventId = header('webhook-id');
      let requestId: string;
      try {
        const verifier = verifiers.get(path);
        if (!verifier) throw new Error(`a webhook to ${path}, where no endpoint of this run is`);
        const payload = verifier.verify(Buffer.concat(chunks), {
          'webhook-id': eventId,
          'webhook-timestamp': header('webhook-timestamp'),
          'webhook-signature': header('webhook-signature'),
        }) as { type?: unknown; data?: { requestId?: unknown } };
        if (payload.type !== EVENT_TYPE || typeof payload.data?.requestId !== 'string') {
          throw new Error(`a webhook that is not the ${EVENT_TYPE} of a limit request: ${JSON.stringify(payload).slice(0, 300)}`);
        }
        requestId = payload.data.requestId;
      } catch (error) {
        response.writeHead(400).end();
        refused ??= new Error(`webhooks: the receiver refused a webhook: ${error instanceof Error ? error.message : String(error)}`);
        for (const wake of [...waiters.values()]) wake();
        return;
      }
      response.writeHead(204).end();
      const delivery = `${eventId} ${path}`;
      if (seen.has(delivery)) {
        observed.duplicates += 1;
        return;
      }
      seen.add(delivery);
      observed.verified += 1;
      const list = arrivals.get(requestId) ?? [];
      list.push({ at, eventId });
      arrivals.set(requestId, list);
      waiters.get(requestId)?.();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('webhooks: the receiver has no address');

  return {
    url: `http://127.0.0.1:${address.port}`,
    accept(path, secret) {
      verifiers.set(path, new Webhook(secret));
    },
    waitFor: (requestId, count, timeoutMs) =>
      new Promise((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          waiters.delete(requestId);
        };
        const check = () => {
          if (refused) {
            done();
            reject(refused);
            return;
          }
          const got = arrivals.get(requestId);
          if (got && got.length >= count) {
            done();
            arrivals.delete(requestId);
            resolve(got);
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`webhooks: ${arrivals.get(requestId)?.length ?? 0} of ${count} webhook(s) of limit request ${requestId} arrived within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        waiters.set(requestId, check);
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---- tenants, buyers and pairs ----------------------------------------------------------

interface Tenant extends Onboarded {
  readonly endpoints: readonly { readonly webhookId: string; readonly path: string }[];
  /** What the tenant holds on each buyer, in EUR minor units. */
  readonly held: number[];
}

interface Buyer {
  readonly buyerId: string;
  readonly grade: Grade;
}

type Hold = <T>(op: (tenant: Tenant, buyer: number) => Promise<T>) => Promise<T>;

/** A free tenant of `tenants` and a free buyer that `fits` it, held until `op` settles. */
function holder(tenants: readonly Tenant[], buyerCount: number, fits: (tenant: Tenant, buyer: number) => boolean): Hold {
  const hold = pairs('webhooks', tenants.length, buyerCount);
  return (op) => hold((t, buyer) => op(tenants[t] as Tenant, buyer), (t, buyer) => fits(tenants[t] as Tenant, buyer));
}

/** Runs `op` from `concurrency` workers, `count` times in all or until `deadline` (performance.now()). */
async function workers(concurrency: number, until: { count: number } | { deadline: number }, op: () => Promise<unknown>): Promise<void> {
  let started = 0;
  const more = 'count' in until ? () => started++ < until.count : () => performance.now() < until.deadline;
  const worker = async () => {
    while (more()) await op();
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

const measuredPart = (budget: Budget): { count: number } | { deadline: number } =>
  budget.iterations !== undefined ? { count: budget.iterations } : { deadline: performance.now() + budget.seconds * 1000 };

/** Until the stream consumer found nothing new and no queued message is due: earlier work is not measured. */
async function quiet(runtime: RunningRuntime): Promise<void> {
  await Promise.all(runtime.consumers.map((consumer) => consumer.idle()));
  await runtime.queues.settle();
}

// ---- the scenario -----------------------------------------------------------------------

export const webhooks: Scenario = {
  name: 'webhooks',
  concurrency: LEVELS,
  async setup({ runtime, insurerKey }) {
    observed.bursts.clear();
    observed.verified = 0;
    observed.duplicates = 0;
    // Events of earlier scenarios still on their way would be measured with ours.
    await quiet(runtime);
    const receiver = await startReceiver();
    const dynamodb = new DynamoDBClient({ endpoint: runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    try {
      return await build(runtime, insurerKey, receiver, dynamodb);
    } catch (error) {
      await receiver.close();
      dynamodb.destroy();
      throw error;
    }
  },

  notes(rows: readonly Row[]): readonly string[] {
    const at = (label: string, concurrency: number) => rows.find((row) => row.label === label && row.concurrency === concurrency);
    const ratio = (row: Row, raw: Row) => `${(row.stats.p50 / raw.stats.p50).toFixed(2)}× / ${(row.stats.p99 / raw.stats.p99).toFixed(2)}×`;
    const notes: string[] = [];
    for (const concurrency of LEVELS) {
      const fromCommit = at(FROM_COMMIT, concurrency);
      const fromRequest = at(FROM_REQUEST, concurrency);
      const rawDelivery = at(RAW_DELIVERY, concurrency);
      const rawRequest = at(RAW_REQUEST, concurrency);
      if (fromCommit && fromRequest && rawDelivery && rawRequest) {
        notes.push(
          `webhooks: at c=${concurrency}, a limit decision reaches the receiver p50 ${fromCommit.stats.p50.toFixed(1)} ms / p99 ${fromCommit.stats.p99.toFixed(1)} ms ` +
            `after its commit (${ratio(fromCommit, rawDelivery)} ${RAW_DELIVERY}), p50 ${fromRequest.stats.p50.toFixed(1)} / p99 ${fromRequest.stats.p99.toFixed(1)} ms ` +
            `after its request was sent (${ratio(fromRequest, rawRequest)} ${RAW_REQUEST}); ${fromCommit.stats.samples} events.`,
        );
      }
      const burst = at(BURST, concurrency);
      const raw = at(RAW_FAN_OUT, concurrency);
      const phases = observed.bursts.get(concurrency);
      if (burst && raw && phases) {
        notes.push(
          `webhooks: at c=${concurrency}, ${phases.events} events × ${FAN_OUT} endpoints were decided in ${phases.pushSeconds.toFixed(1)} s ` +
            `(${Math.round(phases.events / phases.pushSeconds)} events/s) and all ${burst.stats.samples} deliveries received ${phases.drainSeconds.toFixed(1)} s later: ` +
            `${Math.round(burst.stats.opsPerSec)} deliveries/s, ${(burst.stats.opsPerSec / raw.stats.opsPerSec).toFixed(2)}× the ${Math.round(raw.stats.opsPerSec)}/s ` +
            `of their raw calls at the same concurrency.`,
        );
      }
    }
    if (notes.length === 0) return [`webhooks: no pipeline row was measured with its raw baseline.`];
    return [
      ...notes,
      `webhooks: ${observed.verified} webhooks received, every signature verified with standardwebhooks; ${observed.duplicates} duplicate(s). ` +
        'Nothing is subtracted: the rows include the local stream poll (every 100 ms when idle; ~4 polls/s per shard in AWS) and the stream reads.',
    ];
  },
};

async function build(runtime: RunningRuntime, insurerKey: string, receiver: Receiver, dynamodb: DynamoDBClient): Promise<{ cases: BenchCase[]; teardown(): Promise<void> }> {
  const run = randomUUID().slice(0, 8);
  const TableName = runtime.tableName;

  const call = async (path: string, key: string, body: unknown) => {
    const response = await fetch(`${runtime.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, text, json: (response.status < 300 ? JSON.parse(text) : {}) as Record<string, unknown> };
  };

  // ---- tenants with their endpoints, and buyers, through the API ---------------------------
  const buyers: Buyer[] = await Promise.all(
    Array.from({ length: BUYERS }, async (_, j) => {
      const grade: Grade = j % 2 === 0 ? 1 : 2;
      const buyerId = await createBuyer(runtime.url, insurerKey, { name: `Bench Hooks ${run} ${j}`, registrationId: `HOOKS${run}${j}`, grade });
      return { buyerId, grade };
    }),
  );
  const onboard = (first: number, endpoints: number) =>
    Promise.all(
      Array.from({ length: TENANTS }, async (_, i): Promise<Tenant> => {
        const tenant = await onboardTenant(runtime.url, insurerKey, first + i);
        const registered = [];
        for (let e = 0; e < endpoints; e++) {
          const path = `/hooks/${first + i}/${e}`;
          const { status, text, json } = await call('/v1/webhooks', tenant.key, { url: `${receiver.url}${path}`, eventTypes: [EVENT_TYPE] });
          if (status !== 201 || typeof json['webhookId'] !== 'string' || typeof json['secret'] !== 'string') {
            throw new Error(`webhooks: POST /v1/webhooks answered ${status}: ${text}`);
          }
          receiver.accept(path, json['secret']);
          registered.push({ webhookId: json['webhookId'], path });
        }
        return { ...tenant, endpoints: registered, held: buyers.map(() => 0) };
      }),
    );
  const single = await onboard(1, 1);
  const fanned = await onboard(1 + TENANTS, FAN_OUT);

  // ---- limit requests, each answered `approved` or the row fails ---------------------------
  const reserved = buyers.map(() => 0);
  const fits = (tenant: Tenant, b: number) => {
    const { grade } = buyers[b] as Buyer;
    return (
      (tenant.held[b] as number) + STEP <= DEFAULT_LIMIT_RULES.autoDecisionCeilingEur[grade] &&
      (reserved[b] as number) + STEP <= DEFAULT_LIMIT_RULES.buyerCapacityEur[grade]
    );
  };
  const requestUrl = `${runtime.url}/v1/limit-requests`;
  const decide = async (tenant: Tenant, b: number): Promise<string> => {
    const { buyerId } = buyers[b] as Buyer;
    const current = tenant.held[b] as number;
    const amount = current + STEP;
    const response = await fetch(requestUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${tenant.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ buyerId, type: current === 0 ? 'new' : 'increase', amount }),
    });
    const text = await response.text();
    const body = response.status === 201 ? (JSON.parse(text) as { decision?: unknown; amount?: unknown; requestId?: unknown }) : {};
    if (body.decision !== 'approved' || body.amount !== amount || typeof body.requestId !== 'string') {
      throw new Error(`webhooks: POST /v1/limit-requests for ${amount} on a limit of ${current} answered ${response.status}, expected 201 approved: ${text}`);
    }
    tenant.held[b] = amount;
    reserved[b] = (reserved[b] as number) + STEP;
    return body.requestId;
  };

  /** A limit request, then its webhooks: the pair is held until every endpoint received it. */
  const roundTrip = (hold: Hold) =>
    hold(async (tenant, b) => {
      const started = performance.now();
      const requestId = await decide(tenant, b);
      const committed = performance.now();
      const arrivals = await receiver.waitFor(requestId, tenant.endpoints.length, WEBHOOK_TIMEOUT_MS);
      const received = Math.max(...arrivals.map((arrival) => arrival.at));
      return { tenant, buyer: b, requestId, eventId: (arrivals[0] as Arrival).eventId, started, committed, received };
    });
  const holdSingle = holder(single, BUYERS, fits);
  const holdFanned = holder(fanned, BUYERS, fits);
  const roundTripWarmup = (concurrency: number, budget: Budget, hold: Hold) =>
    workers(concurrency, { count: Math.min(budget.warmup, ROUND_TRIPS_PER_WORKER * concurrency) }, () => roundTrip(hold));

  // ---- templates: the items one real event wrote -------------------------------------------
  const probe = await roundTrip(holdSingle);
  await roundTrip(holdFanned);
  const getItem = async (pk: string, sk: string, what: string, ConsistentRead?: boolean): Promise<Item> => {
    const { Item } = await dynamodb.send(new GetItemCommand({ TableName, Key: { pk: s(pk), sk: s(sk) }, ...(ConsistentRead !== undefined ? { ConsistentRead } : {}) }));
    if (!Item) throw new Error(`webhooks: the ${what} item was not found at ${pk} / ${sk} (did shared/data change its keys?)`);
    return Item;
  };
  const firstOf = async (pk: string, prefix: string, what: string): Promise<Item> => {
    const { Items } = await dynamodb.send(
      new QueryCommand({
        TableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': s(pk), ':prefix': s(prefix) },
        ConsistentRead: true,
        Limit: 1,
      }),
    );
    if (!Items?.[0]) throw new Error(`webhooks: no ${what} item under ${pk} / ${prefix}… (did shared/data change its keys?)`);
    return Items[0];
  };
  const probeTenantPk = `TENANT#${probe.tenant.tenantId}`;
  const probeBuyerId = (buyers[probe.buyer] as Buyer).buyerId;
  const written = await firstOf(probeTenantPk, `DELIVERY#${(probe.tenant.endpoints[0] as Tenant['endpoints'][number]).webhookId}#`, 'delivery');
  if (written['kind']?.S !== 'delivery' || !written['payload']?.S) throw new Error('webhooks: the delivery item has no kind or payload');
  // As the fan-out writes it: pending, before any attempt.
  const { lastAttemptAt: _last, latencyMs: _latency, responseStatus: _status, ...deliveryTemplate } = written;
  Object.assign(deliveryTemplate, { status: s('pending'), attempts: n(0), attemptLog: { L: [] } });
  const limitTemplate = await getItem(probeTenantPk, `LIMIT#${probeBuyerId}`, 'limit');
  const capacityTemplate = await getItem(`BUYER#${probeBuyerId}`, 'CAPACITY', 'capacity');
  if (!capacityTemplate['reservedEur']) throw new Error('webhooks: the capacity item has no reservedEur');
  const historyTemplate = await firstOf(probeTenantPk, `LIMITHIST#${probeBuyerId}#`, 'limit history');
  const outboxTemplate = await getItem(`OUTBOX#${probe.eventId}`, 'OUTBOX', 'outbox', true);

  // ---- the raw calls -------------------------------------------------------------------------
  let rawOps = 0;
  const queryPrefix = (pk: string, prefix: string, projection?: string) =>
    dynamodb.send(
      new QueryCommand({
        TableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': s(pk), ':prefix': s(prefix) },
        ...(projection ? { ProjectionExpression: projection } : {}),
      }),
    );
  /** What fanOut then attemptDelivery call for one event of `tenant`, deliveries written under `own`. */
  const rawDeliveries = async (tenant: Tenant, own: string) => {
    const tenantPk = `TENANT#${tenant.tenantId}`;
    const mandates = await queryPrefix(tenantPk, 'MANDATE#', 'sk');
    const endpoints = await queryPrefix(tenantPk, 'WEBHOOK#');
    if (mandates.Count !== 0 || endpoints.Count !== tenant.endpoints.length) {
      throw new Error(`webhooks: ${mandates.Count} mandates and ${endpoints.Count} endpoints read, expected 0 and ${tenant.endpoints.length}`);
    }
    const op = rawOps++;
    const at = new Date().toISOString();
    const deliveries = tenant.endpoints.map(({ webhookId }) => {
      const deliveryId = `dlv_bench${run}${op}`;
      return { webhookId, key: { pk: s(own), sk: s(`DELIVERY#${webhookId}#${deliveryId}`) }, deliveryId };
    });
    await Promise.all(
      deliveries.map(({ webhookId, key, deliveryId }) =>
        dynamodb.send(
          new PutItemCommand({
            TableName,
            Item: { ...deliveryTemplate, ...key, deliveryId: s(deliveryId), webhookId: s(webhookId), nextAttemptAt: s(at), createdAt: s(at), updatedAt: s(at) },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      ),
    );
    await Promise.all(
      deliveries.map(async ({ webhookId, key }) => {
        const delivery = await dynamodb.send(new GetItemCommand({ TableName, Key: key, ConsistentRead: true }));
        const endpoint = await dynamodb.send(new GetItemCommand({ TableName, Key: { pk: s(tenantPk), sk: s(`WEBHOOK#${webhookId}`) }, ConsistentRead: true }));
        if (!delivery.Item || !endpoint.Item) throw new Error('webhooks: a raw delivery or its endpoint was not found');
        const done = new Date().toISOString();
        // record() in shared/data/deliveries.ts: the same SET and REMOVE, under the same condition.
        const changes: [string, AttributeValue][] = [
          ['attempts', n(1)],
          ['attemptLog', { L: [{ M: { attempt: n(1), at: s(done), outcome: s('succeeded'), responseStatus: n(204), latencyMs: n(2) } }] }],
          ['lastAttemptAt', s(done)],
          ['latencyMs', n(2)],
          ['updatedAt', s(done)],
          ['responseStatus', n(204)],
          ['status', s('succeeded')],
        ];
        await dynamodb.send(
          new UpdateItemCommand({
            TableName,
            Key: key,
            UpdateExpression: `SET ${changes.map((_, i) => `#s${i} = :s${i}`).join(', ')} REMOVE #r0, #r1`,
            ConditionExpression: '#attempts = :expected AND #status = :pending',
            ExpressionAttributeNames: {
              '#attempts': 'attempts',
              '#status': 'status',
              '#r0': 'nextAttemptAt',
              '#r1': 'failedReason',
              ...Object.fromEntries(changes.map(([name], i) => [`#s${i}`, name])),
            },
            ExpressionAttributeValues: { ':expected': n(0), ':pending': s('pending'), ...Object.fromEntries(changes.map(([, value], i) => [`:s${i}`, value])) },
          }),
        );
      }),
    );
  };

  /** requestLimit's calls (shared/data/limits.ts): reads of the real items, the transaction on keys of its own. */
  const rawRequest = async (tenant: Tenant, b: number, ownTenantId: string) => {
    const tenantPk = `TENANT#${tenant.tenantId}`;
    const { buyerId } = buyers[b] as Buyer;
    const [policy] = await Promise.all([
      dynamodb.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': s(tenantPk), ':prefix': s('POLICY#v') },
          ScanIndexForward: false,
          Limit: 1,
        }),
      ),
      getItem(`BUYER#${buyerId}`, 'BUYER', 'buyer'),
    ]);
    if (policy.Count !== 1) throw new Error('webhooks: the policy of a setup tenant was not found');
    // Read as requestLimit reads it; the bench runtime loads no country data, so it may be absent.
    await dynamodb.send(new GetItemCommand({ TableName, Key: { pk: s('COUNTRY#FR'), sk: s('COUNTRY') } }));
    // The pair's limit and the buyer's capacity: absent before a pair's first request, as for a real `new` request.
    await Promise.all([
      dynamodb.send(new GetItemCommand({ TableName, Key: { pk: s(tenantPk), sk: s(`LIMIT#${buyerId}`) }, ConsistentRead: true })),
      dynamodb.send(new GetItemCommand({ TableName, Key: { pk: s(`BUYER#${buyerId}`), sk: s('CAPACITY') }, ConsistentRead: true })),
    ]);
    const op = rawOps++;
    const own = `TENANT#${ownTenantId}`;
    const rawBuyer = `bench-wh-buyer-${run}-${op}`;
    const at = new Date().toISOString();
    await dynamodb.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          {
            Update: {
              TableName,
              Key: { pk: s(`BUYER#${rawBuyer}`), sk: s('CAPACITY') },
              UpdateExpression: 'ADD reservedEur :delta SET kind = :kind, buyerId = :buyer',
              ConditionExpression: 'attribute_not_exists(reservedEur) OR reservedEur <= :max',
              ExpressionAttributeValues: { ':delta': n(STEP), ':max': n(DEFAULT_LIMIT_RULES.buyerCapacityEur[1] - STEP), ':kind': s('capacity'), ':buyer': s(rawBuyer) },
            },
          },
          {
            Put: {
              TableName,
              Item: {
                ...limitTemplate,
                pk: s(own),
                sk: s(`LIMIT#${rawBuyer}`),
                tenantId: s(ownTenantId),
                buyerId: s(rawBuyer),
                version: n(1),
                updatedAt: s(at),
                gsi2pk: s(`BUYER#${rawBuyer}`),
                gsi2sk: s(`LIMIT#${ownTenantId}`),
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          { Put: { TableName, Item: { ...historyTemplate, pk: s(own), sk: s(`LIMITHIST#${rawBuyer}#${at}#lrq_bench${run}${op}`) } } },
          {
            Put: {
              TableName,
              Item: { ...outboxTemplate, pk: s(`OUTBOX#evt_bench${run}${op}`), kind: s('bench-outbox') },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
    await rawDeliveries(tenant, own);
  };

  const ownTenant = (set: string, i: number) => `bench-wh-${run}-${set}${i}`;
  let nextSingle = 0;
  let nextFanned = 0;
  let nextRequest = 0;
  const rawCase = (label: string, op: () => Promise<unknown>, deliveriesPerOp = 1): BenchCase => ({
    label,
    async measure(concurrency, budget) {
      const stats = await measureLoop(op, concurrency, { ...budget, warmup: Math.min(budget.warmup, RAW_WARMUP_PER_WORKER * concurrency) });
      return { ...stats, opsPerSec: stats.opsPerSec * deliveriesPerOp };
    },
  });

  // ---- the pipeline rows ---------------------------------------------------------------------
  // FROM_REQUEST and FROM_COMMIT are two clocks on the same events: the first case measures
  // both, the second reports what the first measured at its concurrency (cases run in order).
  const fromCommit = new Map<number, Stats>();
  const latencyCase: BenchCase = {
    label: FROM_REQUEST,
    baseline: RAW_REQUEST,
    async measure(concurrency, budget) {
      await quiet(runtime);
      await roundTripWarmup(concurrency, budget, holdSingle);
      const sinceRequest: number[] = [];
      const sinceCommit: number[] = [];
      const begin = performance.now();
      await workers(concurrency, measuredPart(budget), async () => {
        const trip = await roundTrip(holdSingle);
        sinceRequest.push(trip.received - trip.started);
        sinceCommit.push(trip.received - trip.committed);
      });
      const elapsed = performance.now() - begin;
      fromCommit.set(concurrency, summarize(sinceCommit, elapsed));
      return summarize(sinceRequest, elapsed);
    },
  };
  const commitCase: BenchCase = {
    label: FROM_COMMIT,
    baseline: RAW_DELIVERY,
    async measure(concurrency) {
      const stats = fromCommit.get(concurrency);
      if (!stats) throw new Error(`webhooks: ${FROM_COMMIT} is measured by ${FROM_REQUEST}, which did not run at c=${concurrency}`);
      return stats;
    },
  };
  const burstCase: BenchCase = {
    label: BURST,
    baseline: RAW_FAN_OUT,
    async measure(concurrency, budget) {
      await quiet(runtime);
      await roundTripWarmup(concurrency, budget, holdFanned);
      const pending: Promise<number[]>[] = [];
      let last = 0;
      const begin = performance.now();
      await workers(concurrency, measuredPart(budget), () =>
        holdFanned(async (tenant, b) => {
          const started = performance.now();
          const requestId = await decide(tenant, b);
          const latencies = receiver.waitFor(requestId, tenant.endpoints.length, DRAIN_TIMEOUT_MS).then((arrivals) =>
            arrivals.map((arrival) => {
              last = Math.max(last, arrival.at);
              return arrival.at - started;
            }),
          );
          // Awaited below, once every request is sent; a failure meanwhile must not go unhandled.
          latencies.catch(() => undefined);
          pending.push(latencies);
        }),
      );
      const pushed = performance.now();
      const latencies = (await Promise.all(pending)).flat();
      observed.bursts.set(concurrency, { events: pending.length, pushSeconds: (pushed - begin) / 1000, drainSeconds: Math.max(0, last - pushed) / 1000 });
      return summarize(latencies, last - begin);
    },
  };

  return {
    cases: [
      rawCase(RAW_DELIVERY, () => rawDeliveries(single[nextSingle % TENANTS] as Tenant, `TENANT#${ownTenant('s', nextSingle++ % TENANTS)}`)),
      rawCase(RAW_REQUEST, () => {
        const i = nextRequest++;
        return rawRequest(single[i % TENANTS] as Tenant, i % BUYERS, ownTenant('r', i % TENANTS));
      }),
      latencyCase,
      commitCase,
      rawCase(
        RAW_FAN_OUT,
        () => {
          const i = nextFanned++;
          return rawRequest(fanned[i % TENANTS] as Tenant, i % BUYERS, ownTenant('f', i % TENANTS));
        },
        FAN_OUT,
      ),
      burstCase,
    ],
    async teardown() {
      await receiver.close();
      dynamodb.destroy();
    },
  };
}
