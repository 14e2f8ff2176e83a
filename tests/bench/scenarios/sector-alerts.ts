/**
 * A sector alert touching 20,000 limits across 1,000 tenants, run three times: by 1, 4 and 16
 * workers. Seconds from the alert opened to `applied`, against raw BatchWriteItem calls of the
 * same items, measured in the same run.
 *
 * The pipeline (shared/data/sector-alert-work.ts): POST /v1/sector-alerts writes the alert and its
 * sector.alert_opened event (outbox) in one transaction → the stream → the relay → the bus → the
 * `monitoring` rule → the downgrades function, which plans the pair's 400 buyers as 100 cut items
 * (BUYERS_PER_ITEM = 4), one message each on the sector-alert-work queue. The sectorAlertWorker
 * takes one message per invocation, as many at once as the queue's maxConcurrency: set before each
 * run with runtime.queues.setMaxConcurrency, the topology's value (16) restored at the end.
 *
 *   cut item      Query gsi2 BUYER#<buyerId> per buyer (the holders), then FANOUT_CONCURRENCY
 *                 (buyer, holder) pairs at a time: a PutItem (the tenant's exposure record, once
 *                 per tenant and item), a consistent GetItem (the limit) and ONE TransactWriteItems
 *                 of 4 items (limit Put guarded by its version and carrying the alert id, history
 *                 Put, limit.downgraded outbox Put, the alert's change record Put); then the item
 *                 marked done and counted on the alert's `progress` in one transaction.
 *   notify item   planned by the worker that completes the last cut item: 10 items of 100 tenants
 *                 (TENANTS_PER_ITEM); per tenant a Query of its changes and ONE TransactWriteItems
 *                 of 2 items (notice marker, sector.alert_raised outbox Put).
 *   done          the worker that completes the last notify item counts the changes and exposures
 *                 and records `applied` with the sector.alert_applied outbox Put, in one transaction.
 *
 * Rows. Each is run once: a 20,000-limit fan-out is a one-shot figure, not a sampled latency, so
 * n = 1 and p50 = p99 = the run's wall time; ops/s is limits per second (for the raw rows, the same
 * 20,000 limits' worth of items). conc is FANOUT_CONCURRENCY: the raw rows' calls in flight, and
 * a worker's alone; with W workers at once, W + SHARED_FANOUT_LANES (32) at most, as every
 * worker runs in this one process (shared/data/monitoring.ts).
 *
 *   raw BatchWriteItem ×25          every item one alert's work leaves in the table, written with
 *                                   BatchWriteItem, 25 items per call, 16 calls in flight: per limit
 *                                   the cut limit, its history, its limit.downgraded outbox item and
 *                                   its change record; per tenant its exposure record, notice
 *                                   marker and sector.alert_raised outbox item; the 50 work items,
 *                                   the alert with `applied` and its sector.alert_applied outbox
 *                                   item (83,052 items)
 *   raw reads                       the reads the work needs, 16 in flight: the sector Query, one
 *                                   holders Query per buyer, the 20,000 limits by consistent
 *                                   BatchGetItem (100 keys per call)
 *   alert opened → all applied, W workers
 *                                   POST /v1/sector-alerts sent → GET /v1/sector-alerts/{id}
 *                                   (polled every POLL_MS) shows `applied`: every limit cut, every
 *                                   notice and outbox item written. A GET answered 503 (a
 *                                   dependency slow to answer) is polled again and counted in the
 *                                   notes, as a client would retry it. Only for a run that passed
 *                                   its checks
 *
 * The notes give each run's phases (from when its events reached the bus, the relay keeping up),
 * its `progress` counts, how busy the machine was (CPU seconds of this process, where the runtime's
 * functions run, and of DynamoDB Local; the event loop's delay) and the speed-ups over 1 worker.
 *
 * The pipeline's writes are transactions with conditions, by design: a limit is cut only if its
 * version did not move, with the alert id recorded so that a replay never cuts it twice, and each
 * notice is written once. On DynamoDB a transactional write costs twice the write units of a plain
 * one; the raw rows pay none of that, nor a round trip per limit, and read nothing back. So the
 * ratio is the price of that design plus the code and the delivery around it, not overhead alone.
 *
 * Setup (not measured), as the real thing where the fan-out looks: TENANTS tenants through POST
 * /v1/tenants (EUR policies covering FR), BUYERS buyers through POST /v1/buyers in SECTOR/COUNTRY
 * (a pair no other scenario uses) of grades 6–9, 50 holders each: tenant t holds a limit of
 * EUR 10,000 on the 20 buyers b ≡ t (mod 20), five of each grade. Two of those limits are requested
 * through POST /v1/limit-requests (grade 6 `approved`; grade 7 `conditional`, with its payment
 * terms); the other 19,998 limit items are copies of those two, re-keyed and checked against the
 * data layer's key functions (limitKeys.limit, limitKeys.byBuyer), written with BatchWriteItem,
 * with each buyer's capacity item (EUR 500,000 reserved). Their history items are not copied:
 * nothing in the fan-out reads them. The automatic rules grant nothing on grades 8–9 (capacity 0):
 * those limits stand for limits granted before the buyer fell to that grade, as in a sector going
 * bad. EUR 10,000, not less: the EUR limit step is EUR 1,000 and the kept share is rounded down to
 * it, so EUR 1,000 limits would all be cancelled, not reduced.
 *
 * Between runs the alert is closed (one open alert per pair) and the same pair is reset: its
 * 20,000 limit items and 400 capacity items re-written as set up (version 1, no cause, no
 * reduction). Rather than three pairs seeded up front: every run then cuts the same buyers,
 * holders and chunks, so the worker count is the only difference, and setup registers 400 buyers
 * through the API rather than 1,200 (the item writes are the same 61,200 either way). What a run
 * leaves beside the limits (history, outbox, notices, the alert's partition) is keyed by its alert.
 *
 * Checked after each run (not measured); any miss fails the scenario: `applied` says 20,000 and
 * 1,000, `progress` is done with 100/100 cut and 10/10 notify items; on the bus, one limit.downgraded
 * per limit (to 80/60/40/20 % for grades 6/7/8/9), one sector.alert_raised per tenant listing its
 * 20 limits, each once, and one sector.alert_applied (counted per put, checked again at the end);
 * in the table, each limit at version 2 (one write since the reset), the alert id once among its
 * monitoring causes, its amount kept and a reduction to that share from 30 days after its cut; its
 * history item and change record; every event's outbox item; each tenant's exposure record and
 * notice marker.
 *
 * A run that fails (a work item failed, RUN_TIMEOUT_MS passed, a check missed) ends the runs: its
 * alert is closed, the raw rows are still measured (from the last checked run), the table and
 * notes are printed, then the scenario fails. A failed work item is told from one still running
 * by its age (received longer ago than the worker's timeout): it would run again only after the
 * queue's visibility timeout (720 s), which the run would then measure.
 *
 * The raw rows write to the app's table (for the reason the limits scenario gives), on keys of
 * their own (TENANT#bench-sa-…, SECTORALERT#bench-sa-…, index attributes re-keyed too), copies of
 * the items the last run wrote: same attributes, same sizes. Their outbox copies are of kind
 * `bench-outbox`, their limits and exposures `bench-limit` and `bench-exposure`: the relay's and
 * the portfolio aggregator's filters drop them (the aggregator would look for the copies' tenants,
 * fail, and retry each batch until its dead letters), while the stream carries their records. Before
 * each timed run the stream consumer and the queues are let go idle, so no backlog is measured.
 * The last alert is closed at the end, so that later scenarios decide limits as usual.
 *
 * On a 2-CPU machine shared with other work: setup ~40 s, a run 3–5 min, 12–16 min in all. 16
 * workers used to fail there every time: their 256 calls in flight, in the one process that runs
 * every function locally, queued for the shared SDK client's 50 sockets; the 1 s connection
 * timeout (CLIENT_TIMEOUTS, counted from the request's creation below 2 s) fired, the SDK's retry
 * quota ran dry and work items failed. The fan-outs of one process now share 32 lanes beyond
 * each one's first (SHARED_FANOUT_LANES), so calls wait for a lane rather than for a socket. 16
 * items in flight still share one process and DynamoDB Local: items of 10 buyers (500 limits
 * here) outlived the worker's 120 s below 67 limits/s in all; items of 4 buyers (200 limits) fit
 * down to 27 limits/s (README, "Benchmarks"). In AWS each worker has its own process, client and CPU.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  type AttributeValue,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { topology } from '#topology';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/dynamodb.ts';
import type { RunningRuntime } from '../../../infra/local/runtime.ts';
import { call, onboardTenant, type Onboarded } from '../api.ts';
import type { BenchCase, Row, Scenario, Stats } from '../harness.ts';
import { limitKeys, monitoringKeys } from '../../../shared/data/keys.ts';
import { pool } from '../../support/pool.ts';

const SECTOR = 'C24';
const COUNTRY = 'FR';
const TENANTS = 1_000;
const BUYERS = 400;
/** Tenant t holds the buyers b ≡ t (mod GROUPS): 20 limits per tenant, 50 holders per buyer. */
const GROUPS = 20;
const LIMITS_PER_TENANT = BUYERS / GROUPS;
const LIMITS_PER_BUYER = TENANTS / GROUPS;
const LIMITS = TENANTS * LIMITS_PER_TENANT;
const EVENTS = LIMITS + TENANTS;
/** EUR 10,000.00 in minor units: every limit. */
const AMOUNT = 1_000_000;
type Grade = 6 | 7 | 8 | 9;
/** DEFAULT_SECTOR_ALERT_RULES keep 80/60/40/20 % on grades 6/7/8/9: multiples of the EUR 1,000 step, no rounding. */
const KEPT: Record<Grade, number> = { 6: 800_000, 7: 600_000, 8: 400_000, 9: 200_000 };
const NOTICE_DAYS = 30;
/** The alert runs once per worker count, in this order. */
const WORKERS = [1, 4, 16] as const;
/** SECTOR_ALERT_QUEUE (shared/data/sector-alert-work.ts, imported only once the runtime is up). */
const QUEUE = 'sector-alert-work';
/** FANOUT_CONCURRENCY (shared/data/monitoring.ts, imported only once the runtime is up): the rows' and the raw calls' concurrency. */
const CONCURRENCY = 16;
/** Side by side in setup and checks: API calls, batch writes and reads. */
const SETUP_CONCURRENCY = 16;
const POLL_MS = 50;
/** A run not done by then fails the scenario (a failed work item would wait out the queue's visibility timeout). */
const RUN_TIMEOUT_MS = 600_000;

const RAW_WRITES = 'raw BatchWriteItem ×25';
const RAW_READS = 'raw reads';
const workersText = (workers: number) => `${workers} worker${workers === 1 ? '' : 's'}`;
const applied = (workers: number) => `alert opened → all applied, ${workersText(workers)}`;

type Item = Record<string, AttributeValue>;
type Key = { pk: string; sk: string };
/** What GET /v1/sector-alerts/{alertId} shows once the fan-out is done. */
interface Applied {
  readonly limitsChanged: number;
  readonly tenantsNotified: number;
  readonly at: string;
}
interface Progress {
  readonly phase: string;
  readonly cutItems: number;
  readonly cutDone: number;
  readonly notifyItems: number;
  readonly notifyDone: number;
  readonly startedAt: string;
  readonly finishedAt?: string;
}
/** One event of an alert as the bus saw it. */
interface Seen {
  readonly id: string;
  readonly tenantId: string;
  readonly data: Record<string, unknown>;
  /** performance.now() when it was put on the bus. */
  readonly at: number;
}
/** An alert's events, each put on the bus counted (a second put of the same event too). */
interface AlertEvents {
  openedAt: number;
  readonly downgraded: Seen[];
  readonly raised: Seen[];
  readonly applied: Seen[];
}

const s = (value: string): AttributeValue => ({ S: value });
const n = (value: number): AttributeValue => ({ N: String(value) });
const keyOf = (key: Key): Item => ({ pk: s(key.pk), sk: s(key.sk) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const status = (message: string) => process.stderr.write(`bench: sector-alerts · ${message}\n`);
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const count = (value: number) => value.toLocaleString('en');
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** What the rows and the notes report, filled by setup; a failed run stops the runs and fails the scenario after its table. */
const observed = { rows: new Map<string, Stats>(), lines: [] as string[], failure: undefined as Error | undefined };

/** `work` over `items`, `concurrency` at a time, in order of start. */
const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const range = (length: number) => Array.from({ length }, (_, i) => i);

/** Every S value with each `from` replaced by its `to`: ids in keys, index keys and texts alike. */
function rekey(item: Item, replacements: readonly (readonly [string, string])[]): Item {
  const value = (attribute: AttributeValue): AttributeValue => {
    if (attribute.S !== undefined) return { S: replacements.reduce((text, [from, to]) => text.replaceAll(from, to), attribute.S) };
    if (attribute.M !== undefined) return { M: rekey(attribute.M, replacements) };
    if (attribute.L !== undefined) return { L: attribute.L.map(value) };
    return attribute;
  };
  return Object.fromEntries(Object.entries(item).map(([name, attribute]) => [name, value(attribute)]));
}

/** Until the stream consumer found nothing new and no queued message is due: earlier work is not measured. */
async function quiet(runtime: RunningRuntime): Promise<void> {
  await Promise.all(runtime.consumers.map((consumer) => consumer.idle()));
  await runtime.queues.settle();
}

const oneShot = (elapsedMs: number): Stats => ({ samples: 1, p50: elapsedMs, p99: elapsedMs, opsPerSec: (LIMITS * 1000) / elapsedMs });

/** CPU seconds a process has used so far (user + system, from /proc at 100 ticks/s); NaN where there is no /proc. */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}


export const sectorAlerts: Scenario = {
  name: 'sector-alerts',
  concurrency: [CONCURRENCY],
  async setup({ runtime, insurerKey }) {
    observed.rows.clear();
    observed.lines = [];
    observed.failure = undefined;
    const dynamodb = new DynamoDBClient({ endpoint: runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    try {
      await measure(runtime, insurerKey, dynamodb);
    } finally {
      dynamodb.destroy();
    }
    // Measured once, above: the harness's warm-up pass and its rows read what was measured.
    const reported = (label: string, baseline?: string): BenchCase => ({
      label,
      ...(baseline ? { baseline } : {}),
      async measure() {
        const stats = observed.rows.get(label);
        if (!stats) throw new Error(`sector-alerts: ${label} was not measured`);
        return stats;
      },
    });
    const cases = [RAW_WRITES, RAW_READS, ...WORKERS.map(applied)].filter((label) => observed.rows.has(label));
    return {
      cases: cases.map((label) => reported(label, label === RAW_WRITES || label === RAW_READS ? undefined : RAW_WRITES)),
      // After the rows are printed: the runs that completed are reported, the one that failed fails the scenario.
      async teardown() {
        if (observed.failure) throw observed.failure;
      },
    };
  },

  notes(rows: readonly Row[]): readonly string[] {
    const at = (label: string) => rows.find((row) => row.label === label)?.stats;
    const [writes, reads] = [at(RAW_WRITES), at(RAW_READS)];
    const timed = WORKERS.flatMap((workers) => {
      const stats = at(applied(workers));
      return stats ? [{ workers, stats }] : [];
    });
    const one = at(applied(1));
    const failed = observed.failure ? [`sector-alerts: FAILED: ${observed.failure.message}`] : [];
    if (!writes || !reads || !one) return [...failed, ...observed.lines.map((line) => `sector-alerts: ${line}`)];
    return [
      ...failed,
      `sector-alerts: ${count(LIMITS)} limits on ${BUYERS} buyers (${SECTOR}/${COUNTRY}, grades 6–9) across ${count(TENANTS)} tenants, all cut, told and \`applied\`: ` +
        timed.map(({ workers, stats }) => `${workersText(workers)} ${seconds(stats.p50)} s (${Math.round(stats.opsPerSec)} limits/s)`).join(', ') +
        (timed.length > 1 ? `; speed-up over 1 worker: ${timed.slice(1).map(({ workers, stats }) => `${(one.p50 / stats.p50).toFixed(2)}× with ${workers}`).join(', ')}` : '') +
        `; against the raw BatchWriteItem of the same items (${seconds(writes.p50)} s) ` +
        timed.map(({ workers, stats }) => `${(stats.p50 / writes.p50).toFixed(2)}× with ${workers}`).join(', ') +
        `, against the raw reads + writes (${seconds(reads.p50)} + ${seconds(writes.p50)} s) ` +
        timed.map(({ workers, stats }) => `${(stats.p50 / (writes.p50 + reads.p50)).toFixed(2)}× with ${workers}`).join(', ') +
        '.',
      ...observed.lines.map((line) => `sector-alerts: ${line}`),
      'sector-alerts: the pipeline writes with transactions and conditions, by design (a limit cut at most once per alert, even on a replay; ' +
        'each notice once): on DynamoDB 2× the write units of the raw rows’ plain writes, and a round trip per limit rather than per 25 items.',
    ];
  },
};

async function measure(runtime: RunningRuntime, insurerKey: string, dynamodb: DynamoDBClient): Promise<void> {
  // The data layer's clients read their endpoint when first imported: only now, with the runtime up.
  const [{ FANOUT_CONCURRENCY, SHARED_FANOUT_LANES }, { sectorAlertKeys }, { TenantContext }, { outboxKey }, { BUYERS_PER_ITEM, TENANTS_PER_ITEM, SECTOR_ALERT_QUEUE }] = await Promise.all([
    import('../../../shared/data/monitoring.ts'),
    import('../../../shared/data/sector-alert-keys.ts'),
    import('../../../shared/access/index.ts'),
    import('../../../shared/events/outbox.ts'),
    import('../../../shared/data/sector-alert-work.ts'),
  ]);
  const fanOut: number = FANOUT_CONCURRENCY;
  if (fanOut !== CONCURRENCY) throw new Error(`sector-alerts: FANOUT_CONCURRENCY is ${fanOut}: set CONCURRENCY to it, so the raw rows run as many calls in flight`);
  const queueName: string = SECTOR_ALERT_QUEUE;
  if (queueName !== QUEUE) throw new Error(`sector-alerts: the work queue is ${queueName}: set QUEUE to it`);
  const topologyWorkers = topology.queues.find((queue) => queue.name === QUEUE)?.consumer?.maxConcurrency;
  if (topologyWorkers === undefined) throw new Error(`sector-alerts: the topology has no consumer on ${QUEUE}`);
  const CUT_ITEMS = Math.ceil(BUYERS / BUYERS_PER_ITEM);
  const NOTIFY_ITEMS = Math.ceil(TENANTS / TENANTS_PER_ITEM);
  const insurer = { role: 'insurer', keyId: 'bench:sector-alerts' } as const;
  const tenantContext = (tenantId: string) => TenantContext.forInsurer(insurer, tenantId);
  const TableName = runtime.tableName;
  const tag = randomUUID().slice(0, 8);

  const getItem = async (key: Key, what: string): Promise<Item> => {
    const { Item } = await dynamodb.send(new GetItemCommand({ TableName, Key: keyOf(key), ConsistentRead: true }));
    if (!Item) throw new Error(`sector-alerts: the ${what} item was not found at ${key.pk} / ${key.sk} (did shared/data change its keys?)`);
    return Item;
  };
  const batchWrite = async (items: readonly Item[], concurrency: number): Promise<number> => {
    let calls = 0;
    await pool(chunks(items, 25), concurrency, async (chunk) => {
      let pending: WriteRequest[] = chunk.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) await sleep(Math.min(25 * 2 ** attempt, 1_000));
        const result = await dynamodb.send(new BatchWriteItemCommand({ RequestItems: { [TableName]: pending } }));
        calls += 1;
        pending = result.UnprocessedItems?.[TableName] ?? [];
      }
    });
    return calls;
  };
  /** Consistent reads, 100 keys per call; the items found, keyed by "pk sk". */
  const batchGet = async (keys: readonly Key[], concurrency: number): Promise<Map<string, Item>> => {
    const found = new Map<string, Item>();
    await pool(chunks(keys, 100), concurrency, async (chunk) => {
      let pending: Item[] = chunk.map(keyOf);
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) await sleep(Math.min(25 * 2 ** attempt, 1_000));
        const result = await dynamodb.send(new BatchGetItemCommand({ RequestItems: { [TableName]: { Keys: pending, ConsistentRead: true } } }));
        for (const item of result.Responses?.[TableName] ?? []) found.set(`${item['pk']?.S} ${item['sk']?.S}`, item);
        pending = result.UnprocessedKeys?.[TableName]?.Keys ?? [];
      }
    });
    return found;
  };
  const queryAll = async (input: { index?: string; key: string; value: string; projection?: string }): Promise<Item[]> => {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const page = await dynamodb.send(
        new QueryCommand({
          TableName,
          ...(input.index ? { IndexName: input.index } : { ConsistentRead: true }),
          KeyConditionExpression: '#key = :value',
          ExpressionAttributeNames: { '#key': input.key },
          ExpressionAttributeValues: { ':value': s(input.value) },
          ...(input.projection ? { ProjectionExpression: input.projection } : {}),
          ...(ExclusiveStartKey ? { ExclusiveStartKey } : {}),
        }),
      );
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  };

  // ---- setup: tenants and buyers through the API ---------------------------------------------
  let started = performance.now();
  status(`setup: ${count(TENANTS)} tenants and ${BUYERS} buyers through the API`);
  const tenants = new Array<Onboarded>(TENANTS);
  await pool(range(TENANTS), SETUP_CONCURRENCY, async (t) => {
    tenants[t] = await onboardTenant(runtime.url, insurerKey, 5_000 + t);
  });
  const gradeOf = (b: number): Grade => (6 + (Math.floor(b / GROUPS) % 4)) as Grade;
  const buyers = new Array<string>(BUYERS);
  await pool(range(BUYERS), SETUP_CONCURRENCY, async (b) => {
    const { status: code, text, json } = await call(`${runtime.url}/v1/buyers`, insurerKey, 'POST', {
      legalName: `Bench Foundry ${tag} ${b}`,
      country: COUNTRY,
      registrationId: `SECT${tag}${b}`,
      sector: SECTOR,
      grade: gradeOf(b),
    });
    if (code !== 201 || typeof json['buyerId'] !== 'string') throw new Error(`sector-alerts: POST /v1/buyers answered ${code}: ${text}`);
    buyers[b] = json['buyerId'];
  });
  const tenantId = (t: number) => (tenants[t] as Onboarded).tenantId;
  const buyerId = (b: number) => buyers[b] as string;
  const pairs = range(TENANTS).flatMap((t) => range(LIMITS_PER_TENANT).map((j) => ({ t, b: (t % GROUPS) + GROUPS * j })));
  const limitKey = (t: number, b: number) => limitKeys.limit(tenantContext(tenantId(t)), buyerId(b));
  const setupApiMs = performance.now() - started;

  // ---- two real limits, then 19,998 copies ---------------------------------------------------
  started = performance.now();
  const probes = [
    { t: 0, b: 0 },
    { t: 0, b: GROUPS },
  ];
  for (const { t, b } of probes) {
    const { status: code, text, json } = await call(`${runtime.url}/v1/limit-requests`, (tenants[t] as Onboarded).key, 'POST', { buyerId: buyerId(b), type: 'new', amount: AMOUNT });
    if (code !== 201 || json['amount'] !== AMOUNT || !['approved', 'conditional'].includes(String(json['decision']))) {
      throw new Error(`sector-alerts: POST /v1/limit-requests on a grade-${gradeOf(b)} buyer answered ${code}, expected ${AMOUNT} granted: ${text}`);
    }
  }
  const [grade6, grade7] = await Promise.all(probes.map(({ t, b }) => getItem(limitKey(t, b), 'limit')));
  const capacity = await getItem(limitKeys.capacity(buyerId(0)), 'capacity');
  // The two real limits as granted, then their copies and every capacity item: written now, and
  // again before each later run to undo the previous run's cuts.
  const setupItems: Item[] = [grade6 as Item, grade7 as Item];
  for (const { t, b } of pairs) {
    if (probes.some((probe) => probe.t === t && probe.b === b)) continue;
    // Grade 6's limit for grade 6; grade 7's, with its payment terms, for 7–9.
    const [template, probe] = gradeOf(b) === 6 ? [grade6, probes[0]] : [grade7, probes[1]];
    const limit = rekey(template as Item, [
      [tenantId(0), tenantId(t)],
      [buyerId((probe as { b: number }).b), buyerId(b)],
    ]);
    const key = limitKey(t, b);
    const byBuyer = limitKeys.byBuyer(buyerId(b), tenantId(t));
    if (limit['pk']?.S !== key.pk || limit['sk']?.S !== key.sk || limit['gsi2pk']?.S !== byBuyer.gsi2pk || limit['gsi2sk']?.S !== byBuyer.gsi2sk) {
      throw new Error('sector-alerts: a copied limit item does not have the keys limitKeys gives it (did shared/data/limits.ts change its keys?)');
    }
    setupItems.push(limit);
  }
  for (let b = 0; b < BUYERS; b++) setupItems.push({ ...rekey(capacity, [[buyerId(0), buyerId(b)]]), reservedEur: n(LIMITS_PER_BUYER * AMOUNT) });
  await batchWrite(setupItems.slice(2), SETUP_CONCURRENCY);
  const setupItemsMs = performance.now() - started;
  started = performance.now();
  await quiet(runtime);
  observed.lines.push(
    `setup (not measured): ${count(TENANTS)} tenants and ${BUYERS} buyers through the API in ${seconds(setupApiMs)} s; 2 limits requested through the API and ` +
      `${count(setupItems.length - 2 - BUYERS)} copies of them written with ${BUYERS} capacity items in ${seconds(setupItemsMs)} s; stream idle ${seconds(performance.now() - started)} s later.`,
  );

  // ---- the bus, watched for the whole scenario -----------------------------------------------
  // Every event of every alert, each put counted: a duplicate put, even late, fails the checks.
  const byAlert = new Map<string, AlertEvents>();
  const eventsOf = (alertId: string): AlertEvents => {
    let events = byAlert.get(alertId);
    if (!events) byAlert.set(alertId, (events = { openedAt: Number.NaN, downgraded: [], raised: [], applied: [] }));
    return events;
  };
  const unsubscribe = runtime.bus.subscribe((event) => {
    const envelope = event.detail as { id?: string; type?: string; tenantId?: string | null; data?: Record<string, unknown> };
    const data = envelope.data ?? {};
    const at = performance.now();
    const entry = (): Seen => ({ id: String(envelope.id), tenantId: String(envelope.tenantId), data, at });
    if (envelope.type === 'limit.downgraded') eventsOf(String(data['cause'])).downgraded.push(entry());
    else if (envelope.type === 'sector.alert_raised') eventsOf(String(data['alertId'])).raised.push(entry());
    else if (envelope.type === 'sector.alert_applied') eventsOf(String(data['alertId'])).applied.push(entry());
    else if (envelope.type === 'sector.alert_opened') eventsOf(String(data['alertId'])).openedAt = at;
  });
  const unavailable = { count: 0 };
  /** GET and close are safe to repeat: a 503 (a dependency slow to answer) is asked again, and counted. */
  const callAgainOn503 = async (url: string, method: 'GET' | 'POST', deadline: number) => {
    for (;;) {
      const answer = await call(url, insurerKey, method);
      if (answer.status !== 503 || performance.now() > deadline) return answer;
      unavailable.count += 1;
      await sleep(POLL_MS);
    }
  };

  interface Run {
    readonly workers: number;
    readonly alertId: string;
    readonly appliedMs: number;
    readonly applied: Applied;
    readonly progress: Progress;
    readonly events: AlertEvents;
  }
  const queueSpec = topology.queues.find((queue) => queue.name === QUEUE);
  const visibilityMs = (queueSpec?.visibilityTimeoutSeconds ?? 0) * 1000;
  const workerTimeoutMs = (topology.functions[queueSpec?.consumer?.function ?? 'sectorAlertWorker']?.timeoutSeconds ?? 0) * 1000;
  /** The alert of the run under way, closed whatever happens to the run. */
  let opened: string | undefined;
  /** One alert over the pair at `workers` workers, timed from its POST to `applied`. */
  const run = async (workers: number): Promise<Run> => {
    runtime.queues.setMaxConcurrency(QUEUE, workers);
    await quiet(runtime);
    status(`${applied(workers)}: ${count(LIMITS)} limits, ${count(TENANTS)} tenants`);
    unavailable.count = 0;
    /** Messages of this run's work items seen on the queue (sampled at each poll: a lower bound). */
    const messages = new Set<string>();
    const lag = monitorEventLoopDelay({ resolution: 10 });
    const cpu = { self: process.cpuUsage(), dynamodb: cpuSecondsOf(runtime.dynamodb.pid) };
    lag.enable();
    const begin = performance.now();
    const beganAt = Date.now();
    try {
      const answer = await call(`${runtime.url}/v1/sector-alerts`, insurerKey, 'POST', { sector: SECTOR, country: COUNTRY, reason: `bench: sector-alerts scenario, ${workersText(workers)}` });
      if (answer.status !== 201 || typeof answer.json['alertId'] !== 'string') throw new Error(`sector-alerts: POST /v1/sector-alerts answered ${answer.status}: ${answer.text}`);
      const alertId = answer.json['alertId'];
      opened = alertId;
      const events = eventsOf(alertId);
      const deadline = begin + RUN_TIMEOUT_MS;
      let progress: unknown;
      const stuck = (what: string) =>
        new Error(
          `sector-alerts, ${workersText(workers)}: ${what}; the alert's progress ${JSON.stringify(progress)}, ${events.downgraded.length} limit.downgraded and ` +
            `${events.raised.length} sector.alert_raised on the bus, ${runtime.queues.messages(QUEUE).length} messages on ${QUEUE}, ` +
            `${runtime.queues.messages(`${QUEUE}-dead-letters`).length} dead-lettered, GET answered 503 ${unavailable.count} times (BENCH_LOG=<file> keeps the runtime's log)`,
        );
      /**
       * A work item received longer ago than the worker may run and still on the queue has failed: it would run again only
       * after the queue's visibility timeout, and the run would measure that wait. Said now rather than at RUN_TIMEOUT_MS.
       */
      const failedItems = () => {
        const now = Date.now();
        const waiting = runtime.queues.messages(QUEUE);
        for (const message of waiting) messages.add(message.messageId);
        return waiting.filter((message) => message.receiveCount > 0 && message.visibleAt > now && now - (message.visibleAt - visibilityMs) > workerTimeoutMs + 5_000);
      };
      const failedOrTimedOut = (what: string) => {
        const failed = failedItems();
        if (failed.length > 0) {
          const items = failed.map((message) => JSON.parse(message.body) as { phase: string; chunk: number }).map((item) => `${item.phase} ${item.chunk}`);
          return stuck(
            `${failed.length} work item messages failed (${[...new Set(items)].join(', ')}): received more than the worker's ${workerTimeoutMs / 1000} s ` +
              `timeout ago and still on the queue, they would run again only after its ${visibilityMs / 1000} s visibility timeout`,
          );
        }
        return performance.now() > deadline ? stuck(`${what} within ${RUN_TIMEOUT_MS / 1000} s`) : undefined;
      };
      let done: { applied: Applied; progress: Progress } | undefined;
      while (!done) {
        const failure = failedOrTimedOut('the alert was not applied');
        if (failure) throw failure;
        await sleep(POLL_MS);
        const { status: code, text, json } = await callAgainOn503(`${runtime.url}/v1/sector-alerts/${alertId}`, 'GET', deadline);
        if (code !== 200) throw new Error(`sector-alerts: GET /v1/sector-alerts/${alertId} answered ${code}: ${text}`);
        progress = json['progress'];
        if (json['applied']) done = { applied: json['applied'] as Applied, progress: json['progress'] as Progress };
      }
      const appliedMs = performance.now() - begin;
      while (events.downgraded.length < LIMITS || events.raised.length < TENANTS || events.applied.length < 1) {
        const failure = failedOrTimedOut('not every event on the bus');
        if (failure) throw failure;
        await sleep(POLL_MS);
      }
      const last = Math.max(...events.downgraded.map((e) => e.at), ...events.raised.map((e) => e.at), ...events.applied.map((e) => e.at));
      const wallS = (performance.now() - begin) / 1000;
      lag.disable();
      const selfCpu = process.cpuUsage(cpu.self);
      const selfS = (selfCpu.user + selfCpu.system) / 1e6;
      const dynamodbS = cpuSecondsOf(runtime.dynamodb.pid) - cpu.dynamodb;
      status(`applied in ${seconds(appliedMs)} s, every event on the bus ${seconds(last - begin)} s after the POST`);

      // Phases, from the bus: the relay keeps up (see the idle time), so an event's arrival is close to its commit.
      const span = (list: Seen[]) => [Math.min(...list.map((e) => e.at)) - begin, Math.max(...list.map((e) => e.at)) - begin] as const;
      const [firstCut, lastCut] = span(events.downgraded);
      const [firstNotice, lastNotice] = span(events.raised);
      const idleFrom = performance.now();
      await quiet(runtime);
      observed.lines.push(
        `${workersText(workers)}: sector.alert_opened on the bus at ${seconds(events.openedAt - begin)} s, planned at ~${seconds(Date.parse(done.progress.startedAt) - beganAt)} s ` +
          `(\`progress.startedAt\`); limit.downgraded from ${seconds(firstCut)} to ${seconds(lastCut)} s (${Math.round((LIMITS * 1000) / (lastCut - firstCut))} limits/s); ` +
          `sector.alert_raised from ${seconds(firstNotice)} to ${seconds(lastNotice)} s; \`applied\` seen at ${seconds(appliedMs)} s, every event on the bus at ${seconds(last - begin)} s, ` +
          `the queues and the stream idle ${seconds(performance.now() - idleFrom)} s later. progress: ${done.progress.cutDone}/${done.progress.cutItems} cut and ` +
          `${done.progress.notifyDone}/${done.progress.notifyItems} notify items, ≥ ${messages.size} messages seen for them. CPU over those ${wallS.toFixed(0)} s: this process ` +
          `${selfS.toFixed(0)} s, DynamoDB Local ${dynamodbS.toFixed(0)} s (${Math.round(((selfS + dynamodbS) * 100) / wallS)} % of one core, of 2 here); event-loop delay p99 ` +
          `${(lag.percentile(99) / 1e6).toFixed(0)} ms, max ${(lag.max / 1e6).toFixed(0)} ms; GET answered 503 ${unavailable.count} times.`,
      );
      return { workers, alertId, appliedMs, ...done, events };
    } finally {
      lag.disable();
    }
  };

  // ---- checks after each run (not measured) --------------------------------------------------
  const historyKey = (t: number, b: number, at: string, alertId: string) => limitKeys.history(tenantContext(tenantId(t)), buyerId(b), at, alertId);
  const noticeKey = (t: number, alertId: string) => monitoringKeys.notice(tenantContext(tenantId(t)), alertId);
  const check = async ({ workers, alertId, applied: done, progress, events }: Run) => {
    status(`checking every limit, event, history, change and notice (${workersText(workers)})`);
    const checkStarted = performance.now();
    const fail = (problem: string) => new Error(`sector-alerts, ${workersText(workers)}: ${problem}`);
    if (done.limitsChanged !== LIMITS || done.tenantsNotified !== TENANTS) {
      throw fail(`applied says ${JSON.stringify(done)}, expected ${LIMITS} limits changed and ${TENANTS} tenants notified`);
    }
    if (
      progress?.phase !== 'done' ||
      progress.cutItems !== CUT_ITEMS ||
      progress.cutDone !== CUT_ITEMS ||
      progress.notifyItems !== NOTIFY_ITEMS ||
      progress.notifyDone !== NOTIFY_ITEMS ||
      progress.finishedAt !== done.at
    ) {
      throw fail(`progress is ${JSON.stringify(progress)}, expected done with ${CUT_ITEMS}/${CUT_ITEMS} cut and ${NOTIFY_ITEMS}/${NOTIFY_ITEMS} notify items, finished when applied (${done.at})`);
    }
    const appliedEvent = events.applied[0];
    if (
      events.applied.length !== 1 ||
      appliedEvent?.data['limitsChanged'] !== LIMITS ||
      appliedEvent.data['tenantsNotified'] !== TENANTS ||
      appliedEvent.data['workItems'] !== CUT_ITEMS + NOTIFY_ITEMS
    ) {
      throw fail(`${events.applied.length} sector.alert_applied on the bus (${JSON.stringify(appliedEvent?.data)}), expected one with ${LIMITS} limits, ${TENANTS} tenants, ${CUT_ITEMS + NOTIFY_ITEMS} work items`);
    }
    // The limits first: each was cut at its own time (its work item's), which keys its history and dates its reduction.
    const limitItems = await batchGet(
      pairs.map(({ t, b }) => limitKey(t, b)),
      SETUP_CONCURRENCY,
    );
    const cutAt = new Map<string, string>();
    for (const { t, b } of pairs) {
      const key = limitKey(t, b);
      const item = limitItems.get(`${key.pk} ${key.sk}`);
      const causes = item?.['monitoringCauses']?.L?.map((cause) => cause.S) ?? [];
      const reduction = item?.['reduction']?.M;
      const at = item?.['updatedAt']?.S ?? '';
      const effectiveOn = addDays(at.slice(0, 10) || '1970-01-01', NOTICE_DAYS);
      const problem = !item
        ? 'missing'
        : item['version']?.N !== '2'
          ? `at version ${item['version']?.N}, expected 2 (one write since setup)`
          : causes.filter((cause) => cause === alertId).length !== 1
            ? `monitoring causes ${JSON.stringify(causes)}`
            : !(at >= progress.startedAt && at <= done.at)
              ? `updated at ${at}, not between the alert's start ${progress.startedAt} and its end ${done.at}`
              : item['amount']?.N !== String(AMOUNT) || reduction?.['amount']?.N !== String(KEPT[gradeOf(b)]) || reduction['effectiveOn']?.S !== effectiveOn
                ? `amount ${item['amount']?.N}, reduction ${JSON.stringify(reduction)}; expected ${AMOUNT} reduced to ${KEPT[gradeOf(b)]} from ${effectiveOn}`
                : undefined;
      if (problem) throw fail(`the limit of tenant ${tenantId(t)} on buyer ${buyerId(b)} (grade ${gradeOf(b)}): ${problem}`);
      cutAt.set(`${tenantId(t)} ${buyerId(b)}`, at);
    }
    const gradeOfBuyer = new Map(buyers.map((id, b) => [id, gradeOf(b)]));
    const downgradedPairs = new Set(events.downgraded.map((e) => `${e.tenantId} ${String(e.data['buyerId'])}`));
    const badCut = events.downgraded.find((e) => {
      const pair = `${e.tenantId} ${String(e.data['buyerId'])}`;
      const to = e.data['to'] as { amount?: unknown } | undefined;
      return !cutAt.has(pair) || to?.amount !== KEPT[gradeOfBuyer.get(String(e.data['buyerId'])) as Grade] || e.data['effectiveOn'] !== addDays((cutAt.get(pair) as string).slice(0, 10), NOTICE_DAYS);
    });
    const badNotice = events.raised.find((e) => (e.data['limits'] as unknown[] | undefined)?.length !== LIMITS_PER_TENANT);
    const distinct = (list: Seen[], of: (e: Seen) => string) => new Set(list.map(of)).size;
    if (
      events.downgraded.length !== LIMITS ||
      distinct(events.downgraded, (e) => e.id) !== LIMITS ||
      downgradedPairs.size !== LIMITS ||
      events.raised.length !== TENANTS ||
      distinct(events.raised, (e) => e.id) !== TENANTS ||
      distinct(events.raised, (e) => e.tenantId) !== TENANTS ||
      badCut ||
      badNotice
    ) {
      throw fail(
        `on the bus ${events.downgraded.length} limit.downgraded (${downgradedPairs.size} limits) and ${events.raised.length} sector.alert_raised ` +
          `(${distinct(events.raised, (e) => e.tenantId)} tenants), expected ${LIMITS} and ${TENANTS}, each once` +
          (badCut ? `; a wrong cut: ${JSON.stringify(badCut.data)}` : '') +
          (badNotice ? `; a notice listing ${(badNotice.data['limits'] as unknown[] | undefined)?.length} limits, expected ${LIMITS_PER_TENANT}` : ''),
      );
    }
    // Every other item the work writes, by its key: history (its id is the alert's), outbox, notice.
    const expected = [
      ...pairs.map(({ t, b }) => historyKey(t, b, cutAt.get(`${tenantId(t)} ${buyerId(b)}`) as string, alertId)),
      ...[...events.downgraded, ...events.raised, ...events.applied].map((e) => outboxKey(e.id)),
      ...range(TENANTS).map((t) => noticeKey(t, alertId)),
    ];
    const others = await batchGet(expected, SETUP_CONCURRENCY);
    const missing = expected.filter((key) => !others.has(`${key.pk} ${key.sk}`));
    if (missing.length > 0) throw fail(`${missing.length} history, outbox or notice items missing, such as ${JSON.stringify(missing[0])}`);
    const alertItems = await queryAll({ key: 'pk', value: sectorAlertKeys.alert(alertId).pk });
    const ofKind = (kind: string) => alertItems.filter((item) => item['kind']?.S === kind);
    const [changes, exposures, work] = [ofKind('sectorAlertChange'), ofKind('sectorAlertExposure'), ofKind('sectorAlertWork')];
    if (changes.length !== LIMITS || exposures.length !== TENANTS || work.length !== CUT_ITEMS + NOTIFY_ITEMS || work.some((item) => item['done']?.BOOL !== true)) {
      throw fail(
        `${changes.length} change records, ${exposures.length} exposure records and ${work.length} work items ` +
          `(${work.filter((item) => item['done']?.BOOL === true).length} done) under the alert, expected ${LIMITS}, ${TENANTS} and ${CUT_ITEMS + NOTIFY_ITEMS} (all done)`,
      );
    }
    observed.lines.push(
      `checked after the run with ${workersText(workers)} (not measured, ${seconds(performance.now() - checkStarted)} s): each of the ${count(LIMITS)} limits cut once ` +
        `(version 1 → 2, the alert id once among its causes) to 80/60/40/20 % (grades 6/7/8/9) from 30 days after its cut, with its history item, change record ` +
        `and limit.downgraded; each tenant's exposure record, notice marker and sector.alert_raised listing its ${LIMITS_PER_TENANT} limits; each of the ` +
        `${count(EVENTS + 1)} events (with sector.alert_applied) in the outbox and on the bus once; ${CUT_ITEMS + NOTIFY_ITEMS} work items done.`,
    );
    return { limitItems, others, changes, exposures, work, cutAt };
  };
  const close = async (alertId: string) => {
    const closed = await callAgainOn503(`${runtime.url}/v1/sector-alerts/${alertId}/close`, 'POST', performance.now() + 60_000);
    if (closed.status !== 200) throw new Error(`sector-alerts: POST /v1/sector-alerts/${alertId}/close answered ${closed.status}: ${closed.text}`);
  };

  // ---- the runs: 1, 4, 16 workers over the same pair, reset in between ----------------------
  const runs: Run[] = [];
  let checked: Awaited<ReturnType<typeof check>> | undefined;
  const failed = (error: unknown) => {
    observed.failure ??= error instanceof Error ? error : new Error(String(error));
    status(`FAILED: ${observed.failure.message}`);
  };
  try {
    for (const workers of WORKERS) {
      if (runs.length > 0) {
        status(`reset: ${count(setupItems.length)} limit and capacity items re-written as set up`);
        started = performance.now();
        await batchWrite(setupItems, SETUP_CONCURRENCY);
        const writtenMs = performance.now() - started;
        await quiet(runtime);
        observed.lines.push(
          `reset before the run with ${workersText(workers)} (not measured): ${count(setupItems.length)} limit and capacity items re-written in ${seconds(writtenMs)} s, ` +
            `stream idle ${seconds(performance.now() - started - writtenMs)} s later.`,
        );
      }
      try {
        const done = await run(workers);
        checked = await check(done);
        runs.push(done);
        observed.rows.set(applied(workers), oneShot(done.appliedMs));
      } catch (error) {
        // The runs after it are not run: the rows measured so far are printed, then the scenario fails (teardown).
        failed(error);
      } finally {
        // One open alert per pair: the next run opens its own, and later scenarios decide limits as usual. The cuts stay until the reset.
        if (opened) await close(opened).catch(failed);
        opened = undefined;
      }
      if (observed.failure) break;
    }
  } finally {
    runtime.queues.setMaxConcurrency(QUEUE, topologyWorkers);
  }

  try {
    // Nothing to copy without a checked run: the scenario fails with its error.
    if (!checked) return;
    // ---- the raw rows: copies of what the last checked run wrote -----------------------------
    const last = runs[runs.length - 1] as Run;
    const { limitItems, others, changes, exposures, work, cutAt } = checked;
    const alertId = last.alertId;
    const sample = pairs[0] as { t: number; b: number };
    const item = (map: Map<string, Item>, key: Key) => map.get(`${key.pk} ${key.sk}`) as Item;
    const limitTemplate = item(limitItems, limitKey(sample.t, sample.b));
    const historyTemplate = item(others, historyKey(sample.t, sample.b, cutAt.get(`${tenantId(sample.t)} ${buyerId(sample.b)}`) as string, alertId));
    const noticeTemplate = item(others, noticeKey(sample.t, alertId));
    const downgradedEvent = last.events.downgraded.find((e) => e.tenantId === tenantId(sample.t) && e.data['buyerId'] === buyerId(sample.b)) as Seen;
    const raisedEvent = last.events.raised.find((e) => e.tenantId === tenantId(sample.t)) as Seen;
    const appliedEvent = last.events.applied[0] as Seen;
    const downgradedTemplate = item(others, outboxKey(downgradedEvent.id));
    const raisedTemplate = item(others, outboxKey(raisedEvent.id));
    const appliedTemplate = item(others, outboxKey(appliedEvent.id));
    const changeKey = sectorAlertKeys.change(alertId, tenantId(sample.t), buyerId(sample.b));
    const changeTemplate = changes.find((change) => change['sk']?.S === changeKey.sk) as Item;
    const exposureTemplate = exposures.find((exposure) => exposure['tenantId']?.S === tenantId(sample.t)) as Item;
    const alertTemplate = await getItem(sectorAlertKeys.alert(alertId), 'alert');

    /** Every item one alert's work leaves, re-keyed under `own`: what a raw row writes. */
    const rawItems = (own: string): Item[] => {
      const alert = `bench-sa-${own}-alert`;
      const replacing = (t: number, b: number): [string, string][] => [
        [tenantId(sample.t), `bench-sa-${own}-t${t}`],
        [buyerId(sample.b), `bench-sa-${own}-b${b}`],
        [alertId, alert],
        // Off the daily job's index (gsi1 REDUCTIONS#pending), at the same index cost.
        ['REDUCTIONS#pending', `bench-sa-${own}-REDUCTIONS#pending`],
      ];
      let events = 0;
      const outbox = (template: Item, eventId: string, replacements: [string, string][]): Item => ({
        ...rekey(template, [...replacements, [eventId, `evt_bench${own}${String(events++).padStart(12, '0')}`]]),
        kind: s('bench-outbox'),
      });
      const items: Item[] = [];
      for (const { t, b } of pairs) {
        const replacements = replacing(t, b);
        items.push(
          { ...rekey(limitTemplate, replacements), kind: s('bench-limit') },
          rekey(historyTemplate, replacements),
          outbox(downgradedTemplate, downgradedEvent.id, replacements),
          rekey(changeTemplate, replacements),
        );
      }
      for (let t = 0; t < TENANTS; t++) {
        const replacements = replacing(t, sample.b);
        items.push({ ...rekey(exposureTemplate, replacements), kind: s('bench-exposure') }, rekey(noticeTemplate, replacements), outbox(raisedTemplate, raisedEvent.id, replacements));
      }
      for (const workItem of work) items.push(rekey(workItem, [[alertId, alert]]));
      // Off the alerts' lists (gsi1 SECTORALERTS, gsi3 SECTORALERTS#<status>): GET /v1/sector-alerts must not show the copy.
      items.push(rekey(alertTemplate, [[alertId, alert], ['SECTORALERTS', `bench-sa-${own}-SECTORALERTS`]]));
      items.push(outbox(appliedTemplate, appliedEvent.id, [[alertId, alert]]));
      return items;
    };

    const writes = rawItems(tag);
    status(`${RAW_WRITES}: ${count(writes.length)} items`);
    await quiet(runtime);
    started = performance.now();
    const calls = await batchWrite(writes, CONCURRENCY);
    observed.rows.set(RAW_WRITES, oneShot(performance.now() - started));
    await quiet(runtime);

    status(RAW_READS);
    started = performance.now();
    const sectorBuyers = await queryAll({ index: 'gsi2', key: 'gsi2pk', value: `SECTOR#${SECTOR}#${COUNTRY}`, projection: 'buyerId, grade' });
    const holders: Key[] = [];
    await pool(sectorBuyers, CONCURRENCY, async (buyer) => {
      const id = String(buyer['buyerId']?.S);
      for (const row of await queryAll({ index: 'gsi2', key: 'gsi2pk', value: `BUYER#${id}`, projection: 'gsi2sk' })) {
        const holder = row['gsi2sk']?.S ?? '';
        if (holder.startsWith('LIMIT#')) holders.push(limitKeys.limit(tenantContext(holder.slice('LIMIT#'.length)), id));
      }
    });
    const read = await batchGet(holders, CONCURRENCY);
    observed.rows.set(RAW_READS, oneShot(performance.now() - started));
    if (sectorBuyers.length !== BUYERS || read.size !== LIMITS) throw new Error(`sector-alerts: the raw reads found ${sectorBuyers.length} buyers and ${read.size} limits, expected ${BUYERS} and ${LIMITS}`);
    observed.lines.push(
      `raw rows: ${count(writes.length)} items in ${count(calls)} BatchWriteItem calls; 1 + ${BUYERS} Queries and ${Math.ceil(LIMITS / 100)} BatchGetItems. ` +
        `Per run the pipeline makes ${count(EVENTS + CUT_ITEMS + NOTIFY_ITEMS + 1)} TransactWriteItems (4 items per limit, 2 per tenant, 2 per work item, 2 for \`applied\`), ` +
        `a PutItem per exposed tenant and cut item, ${count(LIMITS)} GetItems and ${BUYERS} holder Queries plus its reads of progress and work items, ` +
        `at most ${FANOUT_CONCURRENCY} calls in flight per worker, and W + ${SHARED_FANOUT_LANES} across W workers (the lanes the fan-outs of one process share).`,
    );

    // A sector.alert_applied put twice, even after its run's checks, is a failure.
    await quiet(runtime);
    const twice = runs.find(({ events }) => events.applied.length !== 1);
    if (twice) failed(new Error(`sector-alerts: ${twice.events.applied.length} sector.alert_applied on the bus for the alert run with ${workersText(twice.workers)}, expected 1`));
  } finally {
    unsubscribe();
  }
}
