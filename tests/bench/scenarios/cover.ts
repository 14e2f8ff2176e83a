/**
 * POST /v1/cover-checks at concurrency 32 (and 1, for context), read-only and committing,
 * through `npm start` (npm-start.ts: the backend as a user runs it, in its own process), each
 * against the raw DynamoDB operations one check performs, measured in the same run; and the
 * CPU one check costs, in the handler (what Lambda bills) and in the local runtime around it.
 * Targets (the CPU issue): at 32, the read-only check's p99 within 2× of a raw 6-item
 * BatchGetItem's p99 and its throughput at least 40 % of that read's; the handler's own CPU
 * (SDK calls excluded) at most 1 ms a check; the local runtime's CPU around it at most 0.5 ms.
 *
 * A check (shared/data/orders.ts, coverCheck) on a buyer without open invoices makes 1 call:
 * ONE BatchGetItem of the 7 items at known keys (the buyer, the tenant item, which names the
 * policy version in force, the tenant's limit on the buyer, its decision matrix, the overdue
 * marker of an open claim on the buyer, absent here, the exposure item, and the buyer's country
 * item, which keeps the country's events, none here, once the function knows the buyer's
 * country; consistent only when committing). The exposure item counts the buyer's open invoices:
 * when it says 0 for certain, the oldest unpaid invoice's query (gsi3, whose due date gives the
 * end of the maximum extension period) is not needed; a buyer with open invoices costs that
 * second call, beside the batch, as before. The count of an item no invoice write of this code
 * touched is fixed once the code has run 20 minutes (OPEN_INVOICES_SETTLED_MS): the setup moves
 * npm start's clock on by 21 minutes (POST /v1/ops/clock), one check per pair fixes it, and the
 * setup fails unless every pair's item is counted at 0. The policy version is read by key once
 * per function environment and kept (versions are immutable). With `commit: true` it then
 * writes ONE TransactWriteItems of 2 items: the exposure Update (ADD, conditioned on `used`
 * leaving room for the amount) and the order Put (conditioned on a new key).
 *
 *   CPU rows (c=1, in this process, cpu.ts): the authorizer and the cover check invoked with
 *                               the events the local gateway built for a real request; per
 *                               invocation, total CPU, its SDK calls' part and the handler
 *                               code's, next to the same calls sent raw
 *   cpu/…, npm start, mean less idle   the CPU per read-only check, one at a time, of npm start
 *                               (/proc schedstat) and of it while the cover function ran (its
 *                               ops console's tally), in the same window, idle CPU subtracted
 *                               from each: the difference is what the local runtime adds around
 *                               the function; once npm start is warm, the median of 5 rounds
 *   raw BatchGetItem (6 items)  the buyer, the policy version in force, the limit, the matrix,
 *                               the overdue marker (absent) and the exposure, by key, in one
 *                               call: the read the issue measures the check against
 *   raw reads of a check        the check's call as above, with the SDK's low-level client
 *                               on the app's table, on the keys of items the setup wrote
 *                               through the API (a tenant, a buyer, its limit)
 *   POST /v1/cover-checks      through npm start's gateway (authorizer cache hit, premium
 *                               tenants under their rate); every answer must be 200 `accept`
 *   raw reads + transaction     the same reads (consistent), then the same 2-item transaction
 *                               on keys of its own (see below)
 *   POST /v1/cover-checks commit   `commit: true`; every answer must be 201 `accept` with an
 *                               orderId, fully covered
 *
 * Setup, through the API: TENANTS tenants, BUYERS buyers of grades 1 and 2, and for each tenant
 * a limit on BUYERS_PER_TENANT of them (EUR 4,000,000.00 on grade 1, EUR 2,000,000.00 on grade
 * 2: under the grades' automatic-decision ceilings, and no buyer's capacity is passed), so every
 * limit request is approved at once. Each tenant also PUTs the default decision matrix, so the
 * matrix read finds an item (a tenant without one reads a missing key; both paths would read it
 * alike). One committed check per pair, in setup, creates the exposure items the read-only rows
 * read and gives the order item the raw transaction copies.
 *
 * Orders are EUR 10.00, so a pair's limit holds hundreds of thousands of commitments; the setup
 * computes, from the run's budget (BENCH_SECONDS, warm-ups, concurrency levels) and a rate far
 * above what DynamoDB Local sustains (RATE_CEILING), the commitments the rows could make, and
 * refuses to run if any pair could run out of headroom. A committing check in flight holds its
 * tenant (free tenants are taken from a FIFO queue), so no two commitments race on an exposure
 * item: this is the uncontended path, the race is tests/integration/cover-concurrency.test.ts.
 * The raw transaction follows the same discipline on keys of its own (TENANT#bench-tenant-…),
 * with a copy of the order item a real check wrote, re-keyed, and its own exposure items under
 * the same condition and limits. Neither kind of item feeds the outbox relay. Not a fresh
 * table, as in the limits scenario: a transaction costs more on a table created later, which
 * would inflate the baseline. The raw items stay in the in-memory table until the run ends.
 */
import { randomUUID } from 'node:crypto';
import { BatchGetItemCommand, DynamoDBClient, GetItemCommand, QueryCommand, TransactWriteItemsCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { topology } from '#topology';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/dynamodb.ts';
import { DEFAULT_DECISION_MATRIX, OPEN_INVOICES_SETTLED_MS } from '../../../shared/domain/cover.ts';
import { DEFAULT_LIMIT_RULES, type Grade } from '../../../shared/domain/grades.ts';
import { newId } from '../../../shared/data/ids.ts';
import { createBuyer, onboardTenant, type Onboarded } from '../api.ts';
import { CPU_SUFFIX, cpuRows, replay, SdkCpu, type CpuRows } from '../cpu.ts';
import { loopCase, repeat, type BenchCase, type Row, type Scenario } from '../harness.ts';
import { captureInvocations, handlerOf, quietRuntime } from '../in-process.ts';
import { startNpmStart } from '../npm-start.ts';
import type { RunningRuntime } from '../../../infra/local/runtime.ts';
import { FreeList } from '../free-list.ts';

const CONCURRENCY = 32;
const LEVELS = [1, CONCURRENCY] as const;
const MIN_WARMUP_SECONDS = 3;
/** One tenant per committing check in flight: no two race on an exposure item. */
const TENANTS = CONCURRENCY;
/** Each buyer holds limits of TENANTS × BUYERS_PER_TENANT / BUYERS = 8 tenants. */
const BUYERS = 8;
const BUYERS_PER_TENANT = 2;
/** EUR 10.00, the amount of every checked order. */
const ORDER = 1_000;
const PAYMENT_TERMS_DAYS = 30;
/** Where createBuyer (api.ts) registers every bench buyer. */
const BUYER_COUNTRY = 'FR';
/** Checks per second no row reaches on DynamoDB Local (it completes a few hundred transactions a second). */
const RATE_CEILING = 5_000;
/** Pairs are used in turn, but allow for uneven use. */
const IMBALANCE = 4;
const TARGET_P99_RATIO = 2;
/** The check's throughput, at least this share of the raw BatchGetItem's, at CONCURRENCY. */
const TARGET_THROUGHPUT_SHARE = 0.4;
/** The handler's own CPU per check (SDK calls excluded), at most, in ms. */
const TARGET_HANDLER_CPU_MS = 1;
/** What the local runtime adds per request around the function (gateway, authorizer cache, logs), at most, in ms of CPU. */
const TARGET_RUNTIME_CPU_MS = 0.5;
/**
 * Checks sent before npm start's CPU per request is read, RUNTIME_WARMUP_CONCURRENCY at a time:
 * its JIT keeps tiering functions up for thousands of checks. Traced with --trace-opt, V8 still
 * completed 128 Turbofan compilations over checks 6,000 to 9,000 (the gateway's `serve` among
 * them, at about the 9,000th), each of them CPU on a background thread while checks run; what
 * the runtime adds came out 0.1–0.2 ms lower after 15,000 checks than after 3,000 (its share of
 * npm start's CPU, about 21 %, did not move: the whole process runs faster). A Lambda
 * environment serving steadily is that warm, and so is a developer's npm start after a while.
 */
const RUNTIME_WARMUP_CHECKS = 15_000;
const RUNTIME_WARMUP_CONCURRENCY = 16;
/** Then one at a time, as the rounds send them, before the first round. */
const RUNTIME_SETTLE_CHECKS = 500;
/** Rounds of checks one at a time, each with its idle window; the median round is kept. */
const RUNTIME_ROUNDS = 5;
const RUNTIME_CHECKS_PER_ROUND = 400;

const RAW_BATCH = 'raw BatchGetItem (6 items)';
const RAW_READS = 'raw reads of a check';
const CHECK = 'POST /v1/cover-checks';
const RAW_COMMIT = 'raw reads + transaction';
const COMMIT = 'POST /v1/cover-checks commit';
const CPU_AUTHORIZER = 'authorizer (in process)';
const CPU_CHECK = 'cover check (in process)';
const RUNTIME_FUNCTION_ROW = `${CHECK} · cpu/request in its function, npm start, mean less idle`;
const RUNTIME_PROCESS_ROW = `${CHECK} · cpu/request of npm start, mean less idle`;
const RUNTIME_MAIN_PROCESS_ROW = `${CHECK} · main thread of npm start, mean less idle`;

type Item = Record<string, AttributeValue>;
const s = (value: string): AttributeValue => ({ S: value });
const n = (value: number): AttributeValue => ({ N: String(value) });

/**
 * The limit a tenant asks for on a buyer of this grade: 80% of the grade's automatic-decision
 * ceiling (EUR 4,000,000.00 on grade 1, EUR 2,000,000.00 on grade 2), in whole EUR 1,000.00.
 */
function limitFor(grade: Grade): number {
  return Math.floor((DEFAULT_LIMIT_RULES.autoDecisionCeilingEur[grade] * 0.8) / 100_000) * 100_000;
}

interface CheckAnswer {
  covered?: unknown;
  coveredAmount?: unknown;
  recommendation?: unknown;
  orderId?: unknown;
}

export const cover: Scenario = {
  name: 'cover',
  concurrency: LEVELS,
  // The committing rows run transactions: as in the limits scenario, the default second of
  // warm-up per case leaves DynamoDB Local's transaction path cold for the first rows.
  minWarmupSeconds: MIN_WARMUP_SECONDS,
  async setup({ runtime: inProcess, insurerKey, budget }) {
    const run = randomUUID().slice(0, 8);
    // The HTTP rows run on the backend as a user runs it (npm-start.ts); the CPU rows in this process.
    const runtime = await startNpmStart({ insurerKey });
    const cpu = await cpuCases(inProcess, insurerKey, run);

    // ---- tenants, buyers, limits and matrices, through the API ----------------------------
    // Premium tenants, one per worker: 100 requests a second each, which no worker reaches.
    const tenants: Onboarded[] = [];
    for (let i = 1; i <= TENANTS; i++) tenants.push(await onboardTenant(runtime.url, insurerKey, i, 'premium'));
    const buyers: { buyerId: string; grade: Grade }[] = [];
    for (let j = 0; j < BUYERS; j++) {
      const grade: Grade = j % 2 === 0 ? 1 : 2;
      const buyerId = await createBuyer(runtime.url, insurerKey, { name: `Bench Forge ${run} ${j}`, registrationId: `COVER${run}${j}`, grade });
      buyers.push({ buyerId, grade });
    }
    const holders = Math.ceil((TENANTS * BUYERS_PER_TENANT) / BUYERS);
    for (const grade of [1, 2] as const) {
      if (holders * limitFor(grade) > DEFAULT_LIMIT_RULES.buyerCapacityEur[grade]) {
        throw new Error(`cover: ${holders} limits of ${limitFor(grade)} pass a grade ${grade} buyer's capacity: raise BUYERS`);
      }
    }

    const call = async (method: string, path: string, key: string, body: unknown) => {
      const response = await fetch(`${runtime.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    };

    /** A tenant and a buyer it holds a limit on: the unit the checks rotate over. */
    interface Pair {
      readonly tenant: number;
      readonly tenantId: string;
      readonly key: string;
      readonly buyerId: string;
      readonly limit: number;
    }
    const pairsOf: Pair[][] = tenants.map(() => []);
    for (const [t, tenant] of tenants.entries()) {
      for (let k = 0; k < BUYERS_PER_TENANT; k++) {
        const { buyerId, grade } = buyers[(t * BUYERS_PER_TENANT + k) % BUYERS] as (typeof buyers)[number];
        const limit = limitFor(grade);
        const { status, text } = await call('POST', '/v1/limit-requests', tenant.key, { buyerId, type: 'new', amount: limit });
        if (status !== 201 || (JSON.parse(text) as { decision?: unknown }).decision !== 'approved') {
          throw new Error(`cover: POST /v1/limit-requests for ${limit} on a grade ${grade} buyer answered ${status}, expected 201 approved: ${text}`);
        }
        (pairsOf[t] as Pair[]).push({ tenant: t, tenantId: tenant.tenantId, key: tenant.key, buyerId, limit });
      }
      const matrix = await call('PUT', '/v1/decision-matrix', tenant.key, DEFAULT_DECISION_MATRIX);
      if (matrix.status !== 200) throw new Error(`cover: PUT /v1/decision-matrix answered ${matrix.status}: ${matrix.text}`);
    }
    const pairs = pairsOf.flat();

    // ---- enough headroom for every committing row, with a wide margin ----------------------
    // Committing checks the app and the raw rows could make, each on its own exposure items:
    // the warm-up pass, then per level the row's warm-up and its measure (seconds or iterations).
    const warmupSeconds = Math.max(budget.warmupSeconds, MIN_WARMUP_SECONDS);
    const measured = budget.iterations !== undefined ? LEVELS.length * budget.iterations : RATE_CEILING * LEVELS.length * budget.seconds;
    const commitsAtMost = RATE_CEILING * warmupSeconds + LEVELS.length * budget.warmup + measured + 1;
    const perPairAtMost = Math.ceil((commitsAtMost * IMBALANCE) / pairs.length);
    const perPairHeld = Math.min(...pairs.map((pair) => Math.floor(pair.limit / ORDER)));
    if (perPairAtMost > perPairHeld) {
      throw new Error(
        `cover: up to ${perPairAtMost} commitments of ${ORDER} per pair (tenant, buyer) in this budget, but a limit holds ${perPairHeld}: ` +
          'measure for less time (BENCH_SECONDS, BENCH_ITERATIONS) or raise TENANTS, BUYERS_PER_TENANT',
      );
    }

    // ---- the checks through the gateway -----------------------------------------------------
    const checkUrl = `${runtime.url}/v1/cover-checks`;
    const check = async (pair: Pair, commit: boolean) => {
      const response = await fetch(checkUrl, {
        method: 'POST',
        headers: { authorization: `Bearer ${pair.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ buyerId: pair.buyerId, amount: ORDER, paymentTermsDays: PAYMENT_TERMS_DAYS, commit }),
      });
      const text = await response.text();
      const expected = commit ? 201 : 200;
      const body = response.status === expected ? (JSON.parse(text) as CheckAnswer) : {};
      const accepted = body.recommendation === 'accept' && body.covered === true && body.coveredAmount === ORDER;
      if (!accepted || (commit && typeof body.orderId !== 'string')) {
        throw new Error(`cover: ${commit ? COMMIT : CHECK} answered ${response.status}, expected ${expected} accept${commit ? ' with an orderId' : ''}: ${text}`);
      }
      return body;
    };
    let nextRead = 0;
    const checkReadOnly = () => check(pairs[nextRead++ % pairs.length] as Pair, false);
    // Committing: a free tenant, then that tenant's buyers in turn.
    const nextBuyerOf = tenants.map(() => 0);
    const pairOfTenant = (t: number): Pair => {
      const own = pairsOf[t] as Pair[];
      return own[(nextBuyerOf[t] = ((nextBuyerOf[t] as number) + 1) % own.length)] as Pair;
    };
    const appTenants = new FreeList(TENANTS, `cover: more than ${TENANTS} committing checks in flight: raise TENANTS`);
    const checkCommitting = () => appTenants.hold((t) => check(pairOfTenant(t), true));

    // One commitment per pair: the exposure items the read-only rows read, and an order to copy.
    const probes = await Promise.all(pairs.map((pair) => check(pair, true)));

    // ---- the raw operations on the same keys --------------------------------------------------
    const dynamodb = new DynamoDBClient({ endpoint: runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const TableName = runtime.tableName;
    // The key templates of shared/data (buyers.ts, tenancy.ts, limits.ts, orders.ts); the
    // checks below fail loudly if they drift.
    const tenantPk = (tenantId: string) => s(`TENANT#${tenantId}`);
    const getItem = (Key: Item, ConsistentRead: boolean | undefined) =>
      dynamodb.send(new GetItemCommand({ TableName, Key, ...(ConsistentRead !== undefined ? { ConsistentRead } : {}) }));
    /** One BatchGetItem on the app's table, its unprocessed keys sent again: the items found. */
    const batchGet = async (Keys: Item[], consistent: boolean): Promise<Item[]> => {
      const items: Item[] = [];
      let pending: Record<string, { Keys: Item[]; ConsistentRead?: boolean }> | undefined = { [TableName]: { Keys, ...(consistent ? { ConsistentRead: true } : {}) } };
      while (pending && Object.keys(pending).length > 0) {
        const result = await dynamodb.send(new BatchGetItemCommand({ RequestItems: pending }));
        items.push(...(result.Responses?.[TableName] ?? []));
        pending = result.UnprocessedKeys as typeof pending;
      }
      return items;
    };
    const exposureKey = (tenantId: string, buyerId: string): Item => ({ pk: tenantPk(tenantId), sk: s(`EXPOSURE#${buyerId}`) });
    /**
     * coverCheck's round trip: ONE BatchGetItem of the buyer, the tenant item, the limit, the
     * matrix, the overdue marker (absent), the exposure at `exposure` (consistent when
     * committing) and the buyer's country item (its country events: none). The policy version
     * the tenant item names is kept by the function once read, as is the buyer's country; the
     * exposure item says the buyer has no open invoice (checked in setup, with the query a check
     * would otherwise make).
     */
    const readFacts = async (pair: Pair, exposure: Item, consistent: boolean) => {
      {
        const Keys = [
          { pk: s(`BUYER#${pair.buyerId}`), sk: s('BUYER') },
          { pk: tenantPk(pair.tenantId), sk: s('TENANT') },
          { pk: tenantPk(pair.tenantId), sk: s(`LIMIT#${pair.buyerId}`) },
          { pk: tenantPk(pair.tenantId), sk: s('DECISIONMATRIX') },
          { pk: tenantPk(pair.tenantId), sk: s(`OVERDUE#${pair.buyerId}`) },
          exposure,
          { pk: s(`COUNTRY#${BUYER_COUNTRY}`), sk: s('COUNTRY') },
        ];
        const items = await batchGet(Keys, consistent);
        const bySk = new Map(items.map((item) => [item['sk']?.S, item]));
        const buyer = bySk.get('BUYER');
        if (!buyer || !bySk.get('TENANT')?.['policyVersion'] || !bySk.get(`LIMIT#${pair.buyerId}`) || !bySk.get('DECISIONMATRIX')) {
          throw new Error('cover: the buyer, tenant, limit or matrix item the setup wrote was not found (did shared/data change its keys?)');
        }
        if (bySk.get(`OVERDUE#${pair.buyerId}`)) throw new Error('cover: an overdue marker exists on a bench buyer');
        if (buyer['country']?.S !== BUYER_COUNTRY) throw new Error(`cover: the bench buyer is not in ${BUYER_COUNTRY}`);
        const country = bySk.get('COUNTRY');
        if (country?.['eventsKept']?.BOOL !== true) throw new Error(`cover: the item of ${BUYER_COUNTRY} does not keep its country events (did shared/data/country-events.ts change?)`);
        if (Object.keys(country['events']?.M ?? {}).length > 0) throw new Error('cover: a country event exists in a bench buyer’s country');
        return bySk.get(exposure['sk']?.S);
      }
    };
    /** The pair's exposure item counts no open invoice, for certain, and the status index agrees. */
    const countedNone = async (pair: Pair) => {
      const exposure = await readExposure(pair.tenantId, pair.buyerId, true);
      if (exposure['openInvoicesCounted']?.BOOL !== true || exposure['openInvoices']?.N !== '0') {
        throw new Error(`cover: the exposure item of ${pair.tenantId}/${pair.buyerId} does not count 0 open invoices for certain (did shared/data/orders.ts change?)`);
      }
      // The oldest unpaid invoice (orderKeys.byStatus), as a check would otherwise ask it.
      const oldest = await dynamodb.send(
        new QueryCommand({
          TableName,
          IndexName: 'gsi3',
          KeyConditionExpression: 'gsi3pk = :pk AND begins_with(gsi3sk, :buyer)',
          ExpressionAttributeValues: { ':pk': s(`TENANT#${pair.tenantId}#INVOICESTATUS#open`), ':buyer': s(`${pair.buyerId}#`) },
          Limit: 1,
        }),
      );
      if (oldest.Count !== 0) throw new Error('cover: an unpaid invoice exists on a bench buyer');
    };
    const readExposure = async (tenantId: string, buyerId: string, consistent: boolean) => {
      const { Item } = await getItem(exposureKey(tenantId, buyerId), consistent);
      if (!Item?.['used']) throw new Error(`cover: no exposure item on ${tenantId}/${buyerId} (did shared/data/orders.ts change its keys?)`);
      return Item;
    };

    const probe = probes[0] as CheckAnswer;
    const probePair = pairs[0] as Pair;
    const { Item: orderTemplate } = await getItem({ pk: tenantPk(probePair.tenantId), sk: s(`ORDER#${String(probe.orderId)}`) }, true);
    if (!orderTemplate || orderTemplate['kind']?.S !== 'order') throw new Error('cover: the order item of the setup’s commitment was not found');
    const exposureTemplate = await readExposure(probePair.tenantId, probePair.buyerId, true);
    if (exposureTemplate['kind']?.S !== 'exposure' || !exposureTemplate['committed']) throw new Error('cover: the exposure item has no kind or committed');
    for (const pair of pairs) {
      if (!(await readFacts(pair, exposureKey(pair.tenantId, pair.buyerId), false))) throw new Error('cover: a pair has no exposure item after its commitment');
    }
    // The code has run longer than a Lambda invocation lasts: one check per pair fixes its count.
    const moved = await call('POST', '/v1/ops/clock', insurerKey, { advanceSeconds: OPEN_INVOICES_SETTLED_MS / 1000 + 60 });
    if (moved.status !== 200) throw new Error(`cover: POST /v1/ops/clock answered ${moved.status}: ${moved.text}`);
    await Promise.all(pairs.map((pair) => check(pair, false)));
    for (const pair of pairs) await countedNone(pair);

    // The raw transaction: the exposure Update and the order Put of coverCheck, on tenants of its own.
    const rawTenantId = (t: number) => `bench-tenant-${run}-${t}`;
    const rawCommit = async (pair: Pair) => {
      const own = rawTenantId(pair.tenant);
      // Absent only on this pair's first raw commitment (made in setup below).
      await readFacts(pair, exposureKey(own, pair.buyerId), true);
      const orderId = newId('order');
      await dynamodb.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Update: {
                TableName,
                Key: exposureKey(own, pair.buyerId),
                UpdateExpression: 'ADD outstanding :o, countedOutstanding :o, committed :c, used :u SET kind = :kind, buyerId = :buyer',
                ConditionExpression: 'attribute_not_exists(used) OR used <= :max',
                ExpressionAttributeValues: {
                  ':o': n(0),
                  ':c': n(ORDER),
                  ':u': n(ORDER),
                  ':kind': s('exposure'),
                  ':buyer': s(pair.buyerId),
                  ':max': n(pair.limit - ORDER),
                },
              },
            },
            {
              Put: {
                TableName,
                Item: {
                  ...orderTemplate,
                  pk: tenantPk(own),
                  sk: s(`ORDER#${orderId}`),
                  orderId: s(orderId),
                  buyerId: s(pair.buyerId),
                  createdAt: s(new Date().toISOString()),
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
    };
    for (const pair of pairs) await rawCommit(pair);
    const rawTenants = new FreeList(TENANTS, `cover: more than ${TENANTS} committing checks in flight: raise TENANTS`);
    const rawNextBuyerOf = tenants.map(() => 0);
    const rawPairOfTenant = (t: number): Pair => {
      const own = pairsOf[t] as Pair[];
      return own[(rawNextBuyerOf[t] = ((rawNextBuyerOf[t] as number) + 1) % own.length)] as Pair;
    };

    // The 6 items of a check's reads by key, in one BatchGetItem: the buyer, the policy version
    // the check's query finds, the limit, the matrix, the overdue marker (absent) and the exposure.
    const batchKeys = await Promise.all(
      pairs.map(async (pair) => {
        const { Items } = await dynamodb.send(
          new QueryCommand({ TableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': tenantPk(pair.tenantId), ':prefix': s('POLICY#v') }, ScanIndexForward: false, Limit: 1 }),
        );
        const policy = Items?.[0];
        if (!policy?.['sk']) throw new Error('cover: no policy item for a bench tenant');
        return [
          { pk: s(`BUYER#${pair.buyerId}`), sk: s('BUYER') },
          { pk: tenantPk(pair.tenantId), sk: policy['sk'] },
          { pk: tenantPk(pair.tenantId), sk: s(`LIMIT#${pair.buyerId}`) },
          { pk: tenantPk(pair.tenantId), sk: s('DECISIONMATRIX') },
          { pk: tenantPk(pair.tenantId), sk: s(`OVERDUE#${pair.buyerId}`) },
          exposureKey(pair.tenantId, pair.buyerId),
        ];
      }),
    );
    let nextBatch = 0;
    const rawBatch = async () => {
      const Keys = batchKeys[nextBatch++ % batchKeys.length] as Item[];
      const found = (await batchGet(Keys, false)).length;
      if (found !== 5) throw new Error(`cover: the raw BatchGetItem found ${found} items, expected 5 (the overdue marker is absent)`);
    };

    let nextRawRead = 0;
    const rawReads = async () => {
      const pair = pairs[nextRawRead++ % pairs.length] as Pair;
      // One round trip, as coverCheck does it: the facts and the exposure together.
      if (!(await readFacts(pair, exposureKey(pair.tenantId, pair.buyerId), false))) throw new Error('cover: no exposure item read');
    };

    // ---- what the local runtime adds: npm start's CPU per check against its function's -------
    // Checks one at a time through npm start, once it is warm (RUNTIME_WARMUP_CHECKS, then
    // RUNTIME_SETTLE_CHECKS one at a time), in RUNTIME_ROUNDS rounds. In each round, its CPU
    // over the checks (/proc schedstat, all threads and the main thread) and, from its ops
    // console (GET /ops/data, `functions`), the CPU it spent while the cover function's
    // invocations ran and their wall time, in the same window;
    // each less what npm start spends idle (stream pollers, schedules) over as long, measured
    // right after: over the whole window for the process, over the invocations' wall time for
    // the function. The difference is what the runtime adds around the function: gateway,
    // authorizer cache, event shaping, logs, the HTTP server. The round whose difference is the
    // median is kept: a burst of other work on the shared machine lands in one round, not in all.
    type Tally = { invocations: number; cpuMs: number; wallMs: number };
    const functionTally = async (): Promise<Tally> => {
      const response = await fetch(`${runtime.url}/ops/data`, { headers: { authorization: `Bearer ${insurerKey}` } });
      if (response.status !== 200) throw new Error(`cover: GET /ops/data answered ${response.status}: ${await response.text()}`);
      const tally = ((await response.json()) as { functions?: Record<string, Tally> }).functions?.['cover'];
      if (!tally) throw new Error('cover: GET /ops/data has no CPU tally of the cover function');
      return tally;
    };
    type Split = { perRequest: number; inFunction: number; mainPerRequest: number };
    const overheadOf = (round: Split) => round.perRequest - round.inFunction;
    let split: Split | undefined;
    const cpuNow = () => ({ all: runtime.cpuSeconds() * 1000, main: runtime.mainThreadCpuSeconds() * 1000 });
    const round = async (): Promise<Split> => {
      // The tally's own request before the window opens and after it closes.
      const tallyBefore = await functionTally();
      const before = cpuNow();
      const started = performance.now();
      for (let i = 0; i < RUNTIME_CHECKS_PER_ROUND; i++) await checkReadOnly();
      const wallMs = performance.now() - started;
      const after = cpuNow();
      const tally = await functionTally();
      const idleBefore = cpuNow();
      const idleStarted = performance.now();
      await new Promise((resolve) => setTimeout(resolve, wallMs));
      const idleWall = performance.now() - idleStarted;
      const idleAfter = cpuNow();
      const invocations = tally.invocations - tallyBefore.invocations;
      if (invocations !== RUNTIME_CHECKS_PER_ROUND) throw new Error(`cover: ${invocations} cover invocations for ${RUNTIME_CHECKS_PER_ROUND} checks`);
      const fnWall = tally.wallMs - tallyBefore.wallMs;
      const idleRate = (idleAfter.all - idleBefore.all) / idleWall;
      const mainIdleRate = (idleAfter.main - idleBefore.main) / idleWall;
      return {
        perRequest: Math.max(0, after.all - before.all - idleRate * wallMs) / RUNTIME_CHECKS_PER_ROUND,
        inFunction: Math.max(0, tally.cpuMs - tallyBefore.cpuMs - idleRate * fnWall) / RUNTIME_CHECKS_PER_ROUND,
        mainPerRequest: Math.max(0, after.main - before.main - mainIdleRate * wallMs) / RUNTIME_CHECKS_PER_ROUND,
      };
    };
    const runtimeSplit = async (): Promise<Split> => {
      await repeat(checkReadOnly, RUNTIME_WARMUP_CHECKS, RUNTIME_WARMUP_CONCURRENCY);
      await repeat(checkReadOnly, RUNTIME_SETTLE_CHECKS, 1);
      const rounds: Split[] = [];
      for (let r = 0; r < RUNTIME_ROUNDS; r++) rounds.push(await round());
      process.stderr.write(
        `bench: cover · what npm start adds around the function, ${RUNTIME_ROUNDS} rounds of ${RUNTIME_CHECKS_PER_ROUND} checks after ${RUNTIME_WARMUP_CHECKS + RUNTIME_SETTLE_CHECKS}: ` +
          `${rounds.map((r) => overheadOf(r).toFixed(2)).join(', ')} ms a check\n`,
      );
      return [...rounds].sort((a, b) => overheadOf(a) - overheadOf(b))[Math.floor(rounds.length / 2)] as Split;
    };
    const meanRow = (ms: number) => ({ samples: RUNTIME_CHECKS_PER_ROUND, p50: ms, p99: Number.NaN, opsPerSec: ms > 0 ? 1000 / ms : 0 });
    // Measured once, shown as three rows: in the function, the process (all its threads), its main thread.
    const splitRow = (label: string, pick: (measured: Split) => number, baseline?: string): BenchCase => ({
      label,
      ...(baseline ? { baseline } : {}),
      levels: [1],
      async measure() {
        split ??= await runtimeSplit();
        return meanRow(pick(split));
      },
    });
    const runtimeCases = [
      splitRow(RUNTIME_FUNCTION_ROW, (m) => m.inFunction),
      splitRow(RUNTIME_PROCESS_ROW, (m) => m.perRequest, RUNTIME_FUNCTION_ROW),
      splitRow(RUNTIME_MAIN_PROCESS_ROW, (m) => m.mainPerRequest, RUNTIME_PROCESS_ROW),
    ];

    return {
      cases: [
        ...cpu.cases,
        ...runtimeCases,
        loopCase(RAW_BATCH, rawBatch),
        loopCase(RAW_READS, rawReads, { baseline: RAW_BATCH }),
        loopCase(CHECK, checkReadOnly, { baseline: RAW_BATCH }),
        loopCase(RAW_COMMIT, () => rawTenants.hold((t) => rawCommit(rawPairOfTenant(t)))),
        loopCase(COMMIT, checkCommitting, { baseline: RAW_COMMIT }),
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
    const line = (row: Row | undefined, raw: Row | undefined, what: string) =>
      row && raw
        ? `cover: at c=${CONCURRENCY}, ${what} ${Math.round(row.stats.opsPerSec)} checks/s (all accept), p50 ${row.stats.p50.toFixed(1)} ms, ` +
          `p99 ${row.stats.p99.toFixed(1)} ms: ${(row.stats.p50 / raw.stats.p50).toFixed(2)}× / ${(row.stats.p99 / raw.stats.p99).toFixed(2)}× ${raw.label} (p50 / p99).`
        : `cover: ${what} not measured at c=${CONCURRENCY}.`;
    const check = at(CHECK);
    const batch = at(RAW_BATCH);
    const notes = [line(check, batch, 'read-only'), line(at(COMMIT), at(RAW_COMMIT), 'committing')];
    const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');
    if (check && batch) {
      const ratio = check.stats.p99 / batch.stats.p99;
      const share = check.stats.opsPerSec / batch.stats.opsPerSec;
      notes.push(
        `cover: target through npm start, read-only p99 ≤ ${TARGET_P99_RATIO}× the raw BatchGetItem's p99 (${batch.stats.p99.toFixed(1)} ms): ${ratio.toFixed(2)}×, ${verdict(ratio <= TARGET_P99_RATIO)}; ` +
          `throughput ≥ ${TARGET_THROUGHPUT_SHARE * 100} % of its ${Math.round(batch.stats.opsPerSec)}/s: ${(share * 100).toFixed(0)} %, ${verdict(share >= TARGET_THROUGHPUT_SHARE)} in this run.`,
      );
    } else {
      notes.push(`cover: npm start targets not evaluated (${CHECK} or ${RAW_BATCH} was not measured at c=${CONCURRENCY}).`);
    }
    const handler = at(`${CPU_CHECK} · ${CPU_SUFFIX.handler}`, 1);
    const total = at(`${CPU_CHECK} · ${CPU_SUFFIX.total}`, 1);
    const sdk = at(`${CPU_CHECK} · ${CPU_SUFFIX.sdk}`, 1);
    if (handler && total && sdk) {
      notes.push(
        `cover: CPU per check in the handler (Lambda bills it): ${total.stats.p50.toFixed(2)} ms, of which SDK calls ${sdk.stats.p50.toFixed(2)} ms and handler code ` +
          `${handler.stats.p50.toFixed(2)} ms (target ≤ ${TARGET_HANDLER_CPU_MS} ms: ${verdict(handler.stats.p50 <= TARGET_HANDLER_CPU_MS)}) (medians).`,
      );
    }
    const perRequest = at(RUNTIME_PROCESS_ROW, 1);
    const inFunction = at(RUNTIME_FUNCTION_ROW, 1);
    const authorizer = at(`${CPU_AUTHORIZER} · ${CPU_SUFFIX.total}`, 1);
    if (perRequest && inFunction) {
      const overhead = perRequest.stats.p50 - inFunction.stats.p50;
      notes.push(
        `cover: npm start spends ${perRequest.stats.p50.toFixed(2)} ms of CPU per check, ${inFunction.stats.p50.toFixed(2)} ms of it while the cover function ran ` +
          `(means over the same ${RUNTIME_CHECKS_PER_ROUND} checks, idle subtracted; the median of ${RUNTIME_ROUNDS} rounds, after ${RUNTIME_WARMUP_CHECKS} checks ${RUNTIME_WARMUP_CONCURRENCY} at a time and ${RUNTIME_SETTLE_CHECKS} one at a time to warm it): ` +
          `the local runtime adds ${overhead.toFixed(2)} ms around it, ${((overhead / perRequest.stats.p50) * 100).toFixed(0)} % of npm start's CPU per check ` +
          `(target ≤ ${TARGET_RUNTIME_CPU_MS} ms: ${verdict(overhead <= TARGET_RUNTIME_CPU_MS)})${authorizer ? `; an authorizer call, on a cache miss only, costs ${authorizer.stats.p50.toFixed(2)} ms` : ''}.`,
      );
    }
    const mainPerRequest = at(RUNTIME_MAIN_PROCESS_ROW, 1);
    if (perRequest && mainPerRequest) {
      // V8's background threads (garbage collection, compilation) fall in the function's window or outside it by time, not by who allocated.
      notes.push(
        `cover: of npm start's ${perRequest.stats.p50.toFixed(2)} ms a check, its main thread ${mainPerRequest.stats.p50.toFixed(2)} ms and V8's background threads ` +
          `${(perRequest.stats.p50 - mainPerRequest.stats.p50).toFixed(2)} ms (garbage collection, compilation).`,
      );
    }
    return notes;
  },
};

/**
 * The CPU rows, in this process on the in-process runtime: a tenant, a buyer and its limit,
 * one check sent through a gateway of its own to capture the authorizer's and the function's
 * events, then each handler invoked with its event, and the calls it made replayed raw.
 */
async function cpuCases(
  runtime: RunningRuntime,
  insurerKey: string,
  run: string,
): Promise<{ cases: BenchCase[]; teardown: () => void }> {
  const tenant = await onboardTenant(runtime.url, insurerKey, 0, 'premium');
  const buyerId = await createBuyer(runtime.url, insurerKey, { name: `Bench Forge ${run} cpu`, registrationId: `COVERCPU${run}`, grade: 1 });
  const headers = { authorization: `Bearer ${tenant.key}`, 'content-type': 'application/json' };
  const limit = await fetch(`${runtime.url}/v1/limit-requests`, { method: 'POST', headers, body: JSON.stringify({ buyerId, type: 'new', amount: limitFor(1) }) });
  if (limit.status !== 201) throw new Error(`cover: the CPU rows' limit request answered ${limit.status}: ${await limit.text()}`);
  const matrix = await fetch(`${runtime.url}/v1/decision-matrix`, { method: 'PUT', headers, body: JSON.stringify(DEFAULT_DECISION_MATRIX) });
  if (matrix.status !== 200) throw new Error(`cover: the CPU rows' PUT /v1/decision-matrix answered ${matrix.status}`);
  const body = { buyerId, amount: ORDER, paymentTermsDays: PAYMENT_TERMS_DAYS, commit: false };
  const captured = await captureInvocations(topology, { method: 'POST', path: '/v1/cover-checks', key: tenant.key, body });
  const [authorizerEvent, checkEvent] = captured.invocations;
  if (captured.status !== 200 || authorizerEvent?.functionName !== 'authorizer' || checkEvent?.functionName !== 'cover') {
    throw new Error(`cover: the captured check answered ${captured.status} through ${captured.invocations.map((i) => i.functionName).join(', ')}: ${captured.text}`);
  }
  // Imported now, not with this file: the functions' client, as their modules hold it.
  const { dynamodb: functionsClient } = await import('../../../shared/data/client.ts');
  const sdk = new SdkCpu(functionsClient);
  const authorize = await handlerOf(topology, 'authorizer');
  const cover = await handlerOf(topology, 'cover');
  const checkOnce = async () => {
    const result = (await cover(checkEvent.event)) as { statusCode?: number; body?: string };
    if (result.statusCode !== 200 || !result.body?.includes('"recommendation":"accept"')) throw new Error(`cover: the in-process check answered ${result.statusCode}: ${result.body}`);
  };
  const authorizeOnce = async () => {
    const result = (await authorize(authorizerEvent.event)) as { principalId?: string };
    if (!result.principalId) throw new Error('cover: the in-process authorizer returned no principal');
  };
  const raw = new DynamoDBClient({ endpoint: runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const rows: CpuRows[] = [
    cpuRows(CPU_AUTHORIZER, authorizeOnce, replay(raw, await sdk.record(authorizeOnce)), sdk, quietRuntime(runtime)),
    cpuRows(CPU_CHECK, checkOnce, replay(raw, await sdk.record(checkOnce)), sdk, quietRuntime(runtime)),
  ];
  return {
    cases: rows.flatMap((row) => row.cases),
    teardown: () => {
      sdk.detach();
      raw.destroy();
    },
  };
}
