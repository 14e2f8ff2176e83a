/**
 * A sector alert touching 10,000 limits across 500 tenants: seconds from the alert opened to
 * every limit cut and every event written, against raw BatchWriteItem calls of the same items,
 * measured in the same run.
 *
 * The pipeline: POST /v1/sector-alerts writes the alert and its internal sector.alert_opened
 * event (outbox) in one transaction → the stream → the relay → the bus → the `monitoring` rule →
 * the downgrades function → applySectorAlert (shared/data/sector-alerts.ts). Its table calls:
 *
 *   GetItem of the alert, Query gsi2 SECTOR#<sector>#<country> (the buyers), then per buyer
 *   (FANOUT_CONCURRENCY buyers side by side): Query gsi2 BUYER#<buyerId> (the holders), and
 *   for each holder in turn a PutItem (exposure record), a consistent GetItem (the limit) and
 *   ONE TransactWriteItems of 4 items (limit Put guarded by its version and carrying the alert
 *   id, history Put, limit.downgraded outbox Put, the alert's change record Put); then a Query
 *   of the alert's partition (every change, read back), per tenant ONE TransactWriteItems of 2
 *   items (notice marker, sector.alert_raised outbox Put, both conditioned on a new key), and
 *   an UpdateItem that sets `applied` on the alert.
 *
 * Rows, at conc 16 (FANOUT_CONCURRENCY). Each is run once: a 10,000-limit fan-out is a one-shot
 * figure, not a sampled latency, so n = 1 and p50 = p99 = the run's wall time; ops/s is limits
 * per second (for the raw rows, the same 10,000 limits' worth of items):
 *
 *   raw BatchWriteItem ×25          every item the work leaves in the table, written with
 *                                   BatchWriteItem, 25 items per call, 16 calls in flight: per
 *                                   limit the cut limit, its history, its limit.downgraded
 *                                   outbox item and its change record; per tenant its exposure
 *                                   record, notice marker and sector.alert_raised outbox item;
 *                                   the alert with `applied` (41,501 items, 1,661 calls)
 *   raw reads                       the reads the work needs, 16 in flight: the sector Query, one
 *                                   holders Query per buyer, the 10,000 limits by consistent
 *                                   BatchGetItem (100 keys per call). Measured right after the
 *                                   writes; the notes add the two
 *   alert opened → all applied      POST /v1/sector-alerts sent → GET /v1/sector-alerts/{id}
 *                                   (polled every POLL_MS) shows `applied`, which the function
 *                                   writes after the last notice: every limit cut and every
 *                                   outbox item written
 *   alert opened → events on bus    the same start → the last of the 10,000 limit.downgraded and
 *                                   500 sector.alert_raised of this alert put on the bus by the
 *                                   relay (a bus subscription counts them)
 *
 * The pipeline's writes are transactions with conditions, by design: a limit is cut only if its
 * version did not move, with the alert id recorded so that a replay of the event never cuts it
 * twice, and each notice is written once. On DynamoDB a transactional write costs twice the write
 * units of a plain one; the raw rows pay none of that, nor a round trip per limit. So the ratio
 * is the price of that design plus the code and the event delivery around it, not overhead
 * alone. The function also reads the alert's partition back (10,500 items) before the notices:
 * the raw rows read nothing back. The notes split the run
 * into its phases from the times the events reached the bus.
 *
 * Setup (not measured), as the real thing where the fan-out looks: TENANTS tenants through POST
 * /v1/tenants (EUR policies covering FR), BUYERS buyers through POST /v1/buyers in SECTOR/COUNTRY
 * (a pair no other scenario uses) of grades 6–9, 50 holders each: tenant t holds a limit of
 * EUR 10,000 on the 20 buyers b ≡ t (mod 10), five of each grade. Two of those limits are
 * requested through POST /v1/limit-requests (grade 6 `approved`; grade 7 `conditional`, with its
 * payment terms); the other 9,998 limit items are copies of those two, re-keyed and checked
 * against the data layer's key functions (limitKeys.limit, limitKeys.byBuyer), written with
 * BatchWriteItem, with each buyer's capacity item (EUR 500,000 reserved). Their history items
 * are not copied: nothing in the fan-out reads them. The automatic rules grant nothing on grades
 * 8–9 (capacity 0): those limits stand for limits granted before the buyer fell to that grade, as
 * in a sector going bad. EUR 10,000, not less: the EUR limit step is EUR 1,000 and the kept share
 * is rounded down to it, so EUR 1,000 limits would all be cancelled, not reduced.
 *
 * Checked after the run (not measured); any miss fails the scenario: `applied` says 10,000 and
 * 500; on the bus, one limit.downgraded per limit (to 80/60/40/20 % for grades 6/7/8/9) and one
 * sector.alert_raised per tenant listing its 20 limits, each once; in the table, each limit at
 * version 2 (one write since setup), the alert id once among its monitoring causes, its amount
 * kept and a reduction to that share for deliveries from 30 days after the alert; its history
 * item and change record; every event's outbox item; each tenant's exposure record and notice
 * marker.
 *
 * The raw rows write to the app's table (for the reason the limits scenario gives), on keys of
 * their own (TENANT#bench-sa-…, SECTORALERT#bench-sa-…, index attributes re-keyed too), copies of
 * the items the pipeline wrote: same attributes, same sizes. Their outbox copies are of kind
 * `bench-outbox`: the relay's filter drops them, while the stream carries their records. Before
 * each timed run the stream consumer and the queues are let go idle, so no backlog is measured.
 * The alert is closed at the end, so that later scenarios decide limits as usual.
 * On a loaded 2-CPU machine the setup took 15–25 s and the rest 1.7–2.4 min, three quarters of
 * it the pipeline: at 10,000 limits this scenario is the longest of `npm run bench`.
 */
import { randomUUID } from 'node:crypto';
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  type AttributeValue,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/dynamodb.ts';
import type { RunningRuntime } from '../../../infra/local/runtime.ts';
import { onboardTenant, type Onboarded } from '../api.ts';
import type { BenchCase, Row, Scenario, Stats } from '../harness.ts';
import { limitKeys, monitoringKeys } from '../../../shared/data/keys.ts';

const SECTOR = 'C24';
const COUNTRY = 'FR';
const TENANTS = 500;
const BUYERS = 200;
/** Tenant t holds the buyers b ≡ t (mod GROUPS): 20 limits per tenant, 50 holders per buyer. */
const GROUPS = 10;
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
/** FANOUT_CONCURRENCY (shared/data/monitoring.ts, imported only once the runtime is up): the rows' and the raw calls' concurrency. */
const CONCURRENCY = 16;
/** Side by side in setup and checks: API calls, batch writes and reads. */
const SETUP_CONCURRENCY = 16;
const POLL_MS = 50;
/** A run not done by then fails the scenario. */
const RUN_TIMEOUT_MS = 300_000;

const RAW_WRITES = 'raw BatchWriteItem ×25';
const RAW_READS = 'raw reads';
const APPLIED = 'alert opened → all applied';
const PUBLISHED = 'alert opened → events on bus';

type Item = Record<string, AttributeValue>;
type Key = { pk: string; sk: string };
/** What GET /v1/sector-alerts/{alertId} shows once the fan-out is done. */
interface Applied {
  readonly limitsChanged: number;
  readonly tenantsNotified: number;
  readonly at: string;
}
/** One event of the alert as the bus saw it. */
interface Seen {
  readonly id: string;
  readonly tenantId: string;
  readonly data: Record<string, unknown>;
  /** performance.now() when it was put on the bus. */
  readonly at: number;
}

const s = (value: string): AttributeValue => ({ S: value });
const n = (value: number): AttributeValue => ({ N: String(value) });
const keyOf = (key: Key): Item => ({ pk: s(key.pk), sk: s(key.sk) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const status = (message: string) => process.stderr.write(`bench: sector-alerts · ${message}\n`);
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const count = (value: number) => value.toLocaleString('en');

/** What the rows and the notes report, filled by setup. */
const observed = { rows: new Map<string, Stats>(), lines: [] as string[] };

/** `work` over `items`, `concurrency` at a time, in order of start. */
async function pool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

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

async function call(url: string, key: string, method: 'GET' | 'POST', body?: unknown): Promise<{ status: number; text: string; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // the caller reports the text
  }
  return { status: response.status, text, json };
}

export const sectorAlerts: Scenario = {
  name: 'sector-alerts',
  concurrency: [CONCURRENCY],
  async setup({ runtime, insurerKey }) {
    observed.rows.clear();
    observed.lines = [];
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
    return { cases: [reported(RAW_WRITES), reported(RAW_READS), reported(APPLIED, RAW_WRITES), reported(PUBLISHED, RAW_WRITES)] };
  },

  notes(rows: readonly Row[]): readonly string[] {
    const at = (label: string) => rows.find((row) => row.label === label)?.stats;
    const [applied, published, writes, reads] = [at(APPLIED), at(PUBLISHED), at(RAW_WRITES), at(RAW_READS)];
    if (!applied || !published || !writes || !reads) return ['sector-alerts: not measured.'];
    return [
      `sector-alerts: ${count(LIMITS)} limits on ${BUYERS} buyers (${SECTOR}/${COUNTRY}, grades 6–9) across ${TENANTS} tenants: all cut and all ${count(EVENTS)} events ` +
        `written ${seconds(applied.p50)} s after the alert was opened (${Math.round(applied.opsPerSec)} limits/s), on the bus ${seconds(published.p50)} s after; ` +
        `${(applied.p50 / writes.p50).toFixed(2)}× the raw BatchWriteItem of the same items (${seconds(writes.p50)} s), ` +
        `${(applied.p50 / (writes.p50 + reads.p50)).toFixed(2)}× the raw reads + writes (${seconds(reads.p50)} + ${seconds(writes.p50)} s).`,
      ...observed.lines.map((line) => `sector-alerts: ${line}`),
      'sector-alerts: the pipeline writes with transactions and conditions, by design (a limit cut at most once per alert, even on a replay; ' +
        'each notice once): on DynamoDB 2× the write units of the raw rows’ plain writes, and a round trip per limit rather than per 25 items.',
    ];
  },
};

async function measure(runtime: RunningRuntime, insurerKey: string, dynamodb: DynamoDBClient): Promise<void> {
  // The data layer's clients read their endpoint when first imported: only now, with the runtime up.
  const [{ FANOUT_CONCURRENCY }, { sectorAlertKeys }, { TenantContext }, { outboxKey }] = await Promise.all([
    import('../../../shared/data/monitoring.ts'),
    import('../../../shared/data/sector-alert-keys.ts'),
    import('../../../shared/access/index.ts'),
    import('../../../shared/events/outbox.ts'),
  ]);
  const fanOut: number = FANOUT_CONCURRENCY;
  if (fanOut !== CONCURRENCY) throw new Error(`sector-alerts: FANOUT_CONCURRENCY is ${fanOut}: set CONCURRENCY to it, so the raw rows run as many calls in flight`);
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
  status(`setup: ${TENANTS} tenants and ${BUYERS} buyers through the API`);
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

  // ---- two real limits, then 9,998 copies ----------------------------------------------------
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
  const setupItems: Item[] = [];
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
  await batchWrite(setupItems, SETUP_CONCURRENCY);
  const setupItemsMs = performance.now() - started;
  started = performance.now();
  await quiet(runtime);
  observed.lines.push(
    `setup (not measured): ${TENANTS} tenants and ${BUYERS} buyers through the API in ${seconds(setupApiMs)} s; 2 limits requested through the API and ` +
      `${count(setupItems.length - BUYERS)} copies of them written with ${BUYERS} capacity items in ${seconds(setupItemsMs)} s; stream idle ${seconds(performance.now() - started)} s later.`,
  );

  // ---- the pipeline, once --------------------------------------------------------------------
  status(`${APPLIED}: ${count(LIMITS)} limits, ${TENANTS} tenants`);
  let alertId = '';
  const seen = { openedAt: Number.NaN, downgraded: [] as Seen[], raised: [] as Seen[] };
  const unsubscribe = runtime.bus.subscribe((event) => {
    const envelope = event.detail as { id?: string; type?: string; tenantId?: string | null; data?: Record<string, unknown> };
    const data = envelope.data ?? {};
    if (!alertId || (envelope.type === 'limit.downgraded' ? data['cause'] : data['alertId']) !== alertId) return;
    const at = performance.now();
    const entry: Seen = { id: String(envelope.id), tenantId: String(envelope.tenantId), data, at };
    if (envelope.type === 'sector.alert_opened') seen.openedAt = at;
    else if (envelope.type === 'limit.downgraded') seen.downgraded.push(entry);
    else if (envelope.type === 'sector.alert_raised') seen.raised.push(entry);
  });
  let applied: Applied | undefined;
  const begin = performance.now();
  const beganAt = Date.now();
  try {
    const opened = await call(`${runtime.url}/v1/sector-alerts`, insurerKey, 'POST', { sector: SECTOR, country: COUNTRY, reason: 'bench: sector-alerts scenario' });
    if (opened.status !== 201 || typeof opened.json['alertId'] !== 'string') throw new Error(`sector-alerts: POST /v1/sector-alerts answered ${opened.status}: ${opened.text}`);
    alertId = opened.json['alertId'];
    const alertUrl = `${runtime.url}/v1/sector-alerts/${alertId}`;
    while (!applied) {
      if (performance.now() - begin > RUN_TIMEOUT_MS) throw new Error(`sector-alerts: the alert was not applied within ${RUN_TIMEOUT_MS / 1000} s`);
      await sleep(POLL_MS);
      const { status: code, text, json } = await call(alertUrl, insurerKey, 'GET');
      if (code !== 200) throw new Error(`sector-alerts: GET /v1/sector-alerts/${alertId} answered ${code}: ${text}`);
      if (json['applied']) applied = json['applied'] as Applied;
    }
    const appliedMs = performance.now() - begin;
    observed.rows.set(APPLIED, oneShot(appliedMs));
    while (seen.downgraded.length < LIMITS || seen.raised.length < TENANTS) {
      if (performance.now() - begin > RUN_TIMEOUT_MS) {
        throw new Error(`sector-alerts: ${seen.downgraded.length} limit.downgraded and ${seen.raised.length} sector.alert_raised on the bus after ${RUN_TIMEOUT_MS / 1000} s`);
      }
      await sleep(POLL_MS);
    }
    const last = Math.max(...seen.downgraded.map((e) => e.at), ...seen.raised.map((e) => e.at));
    observed.rows.set(PUBLISHED, oneShot(last - begin));
    status(`applied in ${seconds(appliedMs)} s, every event on the bus ${seconds(last - begin)} s after the POST`);

    // Phases, from the bus: the relay keeps up (see the idle time below), so an event's arrival is
    // close to its commit.
    const span = (events: Seen[]) => [Math.min(...events.map((e) => e.at)) - begin, Math.max(...events.map((e) => e.at)) - begin] as const;
    const [firstCut, lastCut] = span(seen.downgraded);
    const [firstNotice, lastNotice] = span(seen.raised);
    const startedMs = Date.parse(applied.at) - beganAt;
    observed.lines.push(
      `phases: sector.alert_opened on the bus at ${seconds(seen.openedAt - begin)} s, the function started at ~${seconds(startedMs)} s (\`applied.at\`); ` +
        `limit.downgraded events from ${seconds(firstCut)} to ${seconds(lastCut)} s (${Math.round((LIMITS * 1000) / (lastCut - firstCut))} limits/s, ` +
        `${FANOUT_CONCURRENCY} (buyer, holder) pairs at a time); ` +
        `sector.alert_raised from ${seconds(firstNotice)} to ${seconds(lastNotice)} s (after the read-back of the alert's ${count(EVENTS)} records); ` +
        `\`applied\` seen at ${seconds(appliedMs)} s.`,
    );
    const idleFrom = performance.now();
    await quiet(runtime);
    observed.lines.push(`the stream and the queues (the webhooks rule's fan-out of these events) were idle ${seconds(performance.now() - idleFrom)} s after that.`);
  } finally {
    unsubscribe();
  }

  // ---- checks (not measured) -----------------------------------------------------------------
  status('checking every limit, event, history, change and notice');
  const checkStarted = performance.now();
  if (applied.limitsChanged !== LIMITS || applied.tenantsNotified !== TENANTS) {
    throw new Error(`sector-alerts: applied says ${JSON.stringify(applied)}, expected ${LIMITS} limits changed and ${TENANTS} tenants notified`);
  }
  const at = applied.at;
  const effectiveOn = new Date(Date.parse(at) + NOTICE_DAYS * 86_400_000).toISOString().slice(0, 10);
  const gradeOfBuyer = new Map(buyers.map((id, b) => [id, gradeOf(b)]));
  const pairKeys = new Set(pairs.map(({ t, b }) => `${tenantId(t)} ${buyerId(b)}`));
  const downgradedPairs = new Set(seen.downgraded.map((e) => `${e.tenantId} ${String(e.data['buyerId'])}`));
  const badCut = seen.downgraded.find((e) => {
    const to = e.data['to'] as { amount?: unknown } | undefined;
    return !pairKeys.has(`${e.tenantId} ${String(e.data['buyerId'])}`) || to?.amount !== KEPT[gradeOfBuyer.get(String(e.data['buyerId'])) as Grade] || e.data['effectiveOn'] !== effectiveOn;
  });
  const badNotice = seen.raised.find((e) => (e.data['limits'] as unknown[] | undefined)?.length !== LIMITS_PER_TENANT);
  const distinct = (events: Seen[], of: (e: Seen) => string) => new Set(events.map(of)).size;
  if (
    seen.downgraded.length !== LIMITS ||
    distinct(seen.downgraded, (e) => e.id) !== LIMITS ||
    downgradedPairs.size !== LIMITS ||
    seen.raised.length !== TENANTS ||
    distinct(seen.raised, (e) => e.id) !== TENANTS ||
    distinct(seen.raised, (e) => e.tenantId) !== TENANTS ||
    badCut ||
    badNotice
  ) {
    throw new Error(
      `sector-alerts: on the bus ${seen.downgraded.length} limit.downgraded (${downgradedPairs.size} limits) and ${seen.raised.length} sector.alert_raised ` +
        `(${distinct(seen.raised, (e) => e.tenantId)} tenants), expected ${LIMITS} and ${TENANTS}, each once` +
        (badCut ? `; a wrong cut: ${JSON.stringify(badCut.data)}` : '') +
        (badNotice ? `; a notice listing ${(badNotice.data['limits'] as unknown[] | undefined)?.length} limits, expected ${LIMITS_PER_TENANT}` : ''),
    );
  }
  const limitItems = await batchGet(
    pairs.map(({ t, b }) => limitKey(t, b)),
    SETUP_CONCURRENCY,
  );
  for (const { t, b } of pairs) {
    const key = limitKey(t, b);
    const item = limitItems.get(`${key.pk} ${key.sk}`);
    const causes = item?.['monitoringCauses']?.L?.map((cause) => cause.S) ?? [];
    const reduction = item?.['reduction']?.M;
    const problem = !item
      ? 'missing'
      : item['version']?.N !== '2'
        ? `at version ${item['version']?.N}, expected 2 (one write since setup)`
        : causes.filter((cause) => cause === alertId).length !== 1
          ? `monitoring causes ${JSON.stringify(causes)}`
          : item['amount']?.N !== String(AMOUNT) || reduction?.['amount']?.N !== String(KEPT[gradeOf(b)]) || reduction['effectiveOn']?.S !== effectiveOn
            ? `amount ${item['amount']?.N}, reduction ${JSON.stringify(reduction)}; expected ${AMOUNT} reduced to ${KEPT[gradeOf(b)]} from ${effectiveOn}`
            : undefined;
    if (problem) throw new Error(`sector-alerts: the limit of tenant ${tenantId(t)} on buyer ${buyerId(b)} (grade ${gradeOf(b)}): ${problem}`);
  }
  // Every other item the work writes, by its key: history (its id is the alert's), outbox, notice.
  const historyKey = (t: number, b: number) => limitKeys.history(tenantContext(tenantId(t)), buyerId(b), at, alertId);
  const noticeKey = (t: number) => monitoringKeys.notice(tenantContext(tenantId(t)), alertId);
  const expected = [
    ...pairs.map(({ t, b }) => historyKey(t, b)),
    ...[...seen.downgraded, ...seen.raised].map((e) => outboxKey(e.id)),
    ...range(TENANTS).map(noticeKey),
  ];
  const others = await batchGet(expected, SETUP_CONCURRENCY);
  const missing = expected.filter((key) => !others.has(`${key.pk} ${key.sk}`));
  if (missing.length > 0) throw new Error(`sector-alerts: ${missing.length} history, outbox or notice items missing, such as ${JSON.stringify(missing[0])}`);
  const alertItems = await queryAll({ key: 'pk', value: sectorAlertKeys.alert(alertId).pk });
  const changes = alertItems.filter((item) => item['kind']?.S === 'sectorAlertChange');
  const exposures = alertItems.filter((item) => item['kind']?.S === 'sectorAlertExposure');
  if (changes.length !== LIMITS || exposures.length !== TENANTS) {
    throw new Error(`sector-alerts: ${changes.length} change records and ${exposures.length} exposure records under the alert, expected ${LIMITS} and ${TENANTS}`);
  }
  observed.lines.push(
    `checked (not measured, ${seconds(performance.now() - checkStarted)} s): each of the ${count(LIMITS)} limits cut once (version 1 → 2, the alert id once among its causes) ` +
      `to 80/60/40/20 % (grades 6/7/8/9) from ${effectiveOn}, with its history item, change record and limit.downgraded; each tenant's exposure record, notice ` +
      `marker and sector.alert_raised listing its ${LIMITS_PER_TENANT} limits; each of the ${count(EVENTS)} events in the outbox and on the bus once.`,
  );

  // ---- the raw rows --------------------------------------------------------------------------
  const sample = pairs[0] as { t: number; b: number };
  const item = (map: Map<string, Item>, key: Key) => map.get(`${key.pk} ${key.sk}`) as Item;
  const limitTemplate = item(limitItems, limitKey(sample.t, sample.b));
  const historyTemplate = item(others, historyKey(sample.t, sample.b));
  const noticeTemplate = item(others, noticeKey(sample.t));
  const downgradedEvent = seen.downgraded.find((e) => e.tenantId === tenantId(sample.t) && e.data['buyerId'] === buyerId(sample.b)) as Seen;
  const raisedEvent = seen.raised.find((e) => e.tenantId === tenantId(sample.t)) as Seen;
  const downgradedTemplate = item(others, outboxKey(downgradedEvent.id));
  const raisedTemplate = item(others, outboxKey(raisedEvent.id));
  const changeKey = sectorAlertKeys.change(alertId, tenantId(sample.t), buyerId(sample.b));
  const changeTemplate = changes.find((change) => change['sk']?.S === changeKey.sk) as Item;
  const exposureTemplate = exposures.find((exposure) => exposure['tenantId']?.S === tenantId(sample.t)) as Item;
  const alertTemplate = await getItem(sectorAlertKeys.alert(alertId), 'alert');

  /** Every item the work leaves, re-keyed under `own`: what a raw row writes. */
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
      items.push(rekey(limitTemplate, replacements), rekey(historyTemplate, replacements), outbox(downgradedTemplate, downgradedEvent.id, replacements), rekey(changeTemplate, replacements));
    }
    for (let t = 0; t < TENANTS; t++) {
      const replacements = replacing(t, sample.b);
      items.push(rekey(exposureTemplate, replacements), rekey(noticeTemplate, replacements), outbox(raisedTemplate, raisedEvent.id, replacements));
    }
    // Off the alerts' list (gsi1 SECTORALERTS): GET /v1/sector-alerts must not show the copy.
    items.push(rekey(alertTemplate, [[alertId, alert], ['SECTORALERTS', `bench-sa-${own}-SECTORALERTS`]]));
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
  // Scenarios after this one decide limits as usual: no alert left open (the cuts stay).
  const closed = await call(`${runtime.url}/v1/sector-alerts/${alertId}/close`, insurerKey, 'POST');
  if (closed.status !== 200) throw new Error(`sector-alerts: POST /v1/sector-alerts/${alertId}/close answered ${closed.status}: ${closed.text}`);
  observed.lines.push(
    `raw rows: ${count(writes.length)} items in ${count(calls)} BatchWriteItem calls; 1 + ${BUYERS} Queries and ${Math.ceil(LIMITS / 100)} BatchGetItems. ` +
      `The pipeline makes ${count(EVENTS)} TransactWriteItems (4 items per limit, 2 per tenant), ${count(TENANTS)} PutItems (exposure, one per tenant), ` +
      `${count(LIMITS)} GetItems and ${BUYERS + 1} Queries plus the read-back, at most ${FANOUT_CONCURRENCY} in flight.`,
  );
}
