/**
 * The daily tranche expiry as work items (shared/data/jobs.ts) over TRANCHES temporary tranches
 * of TENANTS tenants, run three times: by 1, 4 and 8 job workers. Seconds from the run planned to
 * the run completed, against the raw DynamoDB calls of the same work, measured in the same run.
 *
 * Each round (not measured): BUYERS_PER_ROUND new buyers through POST /v1/buyers, and each tenant
 * requests a limit on each of them through POST /v1/limit-requests (EUR 5,000 with a 2,000
 * tranche ending tomorrow, on the test clock); the job-work queue's maxConcurrency set to the
 * round's workers (runtime.queues.setMaxConcurrency; the topology's 8 restored at the end). Then
 * the test clock moves two days (advanceClock, what POST /v1/ops/clock calls): the scheduler runs each daily job for each day and settles
 * the queues after each run, so the expiry's work items are done before the next job's run.
 *
 *   raw reads + writes           what the expiry of TRANCHES tranches reads and writes, with the
 *                                low-level client: the limits by consistent BatchGetItem (100 keys
 *                                a call) then, per tranche, the 4 items its transaction writes
 *                                (limit, history entry, outbox event, buyer capacity) by
 *                                BatchWriteItem (25 a call) under scratch keys, 16 calls in flight
 *   expiry run, W workers        the run's `completedAt` − `startedAt` (JOBRUN#expire-tranches#
 *                                <day>): planning (the expiry index read, items written, messages
 *                                sent) and every item done, counted and the run completed
 *
 * Each row is one run (n = 1, p50 = p99); ops/s is tranches per second. Checked after each round
 * (any miss fails the scenario): the run counts TRANCHES expired in ⌈TRANCHES / 200⌉ items, and
 * GET /v1/limits/{buyerId} shows a sample of the limits without their tranche.
 */
import { randomUUID } from 'node:crypto';
import { BatchGetItemCommand, BatchWriteItemCommand, DynamoDBClient, GetItemCommand, type AttributeValue, type BatchGetItemCommandOutput, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/dynamodb.ts';
import type { RunningRuntime } from '../../../infra/local/runtime.ts';
import { TenantContext } from '../../../shared/access/index.ts';
import { advanceClock } from '../../../shared/clock/index.ts';
import { jobKeys, limitKeys } from '../../../shared/data/keys.ts';
import { topology } from '../../../shared/topology/index.ts';
import { call, createBuyer, onboardTenant, type Onboarded } from '../api.ts';
import type { Row, Scenario, Stats } from '../harness.ts';
import { pool } from '../../support/pool.ts';
import { addDays } from '../../../shared/domain/dates.ts';

const TENANTS = 50;
const BUYERS_PER_ROUND = 40;
const TRANCHES = TENANTS * BUYERS_PER_ROUND;
const WORKERS = [1, 4, 8] as const;
const SETUP_CONCURRENCY = 16;
const DAY_MS = 86_400_000;
const RAW_IN_FLIGHT = 16;
/** EUR 5,000.00 permanent and 2,000.00 temporary, in minor units. */
const PERMANENT = 500_000;
const TEMPORARY = 200_000;

const RAW = `raw reads + writes, ${TRANCHES.toLocaleString('en')} tranches`;
const RUN = (workers: number) => `expiry run, ${workers} worker${workers === 1 ? '' : 's'}`;
const status = (message: string) => process.stderr.write(`bench: daily-jobs · ${message}\n`);
const s = (value: string): AttributeValue => ({ S: value });
const once = (ms: number): Stats => ({ samples: 1, p50: ms, p99: ms, opsPerSec: (TRANCHES * 1000) / ms });

const measured = new Map<string, Stats>();
const notes: string[] = [];

async function clockDay(runtime: RunningRuntime, insurerKey: string): Promise<string> {
  const clock = await call(`${runtime.url}/v1/ops/clock`, insurerKey, 'GET');
  if (clock.status !== 200 || typeof clock.json['now'] !== 'string') throw new Error(`GET /v1/ops/clock answered ${clock.status}: ${clock.text}`);
  return clock.json['now'].slice(0, 10);
}

/** A round's tranches through the API: new buyers, a limit with a tranche for each tenant on each. */
async function tranches(runtime: RunningRuntime, insurerKey: string, tenants: readonly Onboarded[], round: number): Promise<{ tenantId: string; buyerId: string }[]> {
  const expiresOn = addDays(await clockDay(runtime, insurerKey), 1);
  const run = randomUUID().slice(0, 8);
  const buyers: string[] = [];
  await pool(
    Array.from({ length: BUYERS_PER_ROUND }, (_, i) => i),
    SETUP_CONCURRENCY,
    async (i) => {
      buyers[i] = await createBuyer(runtime.url, insurerKey, { name: `Saisonnier ${run} ${i}`, registrationId: `DJ${run}${round}${String(i).padStart(4, '0')}`, grade: 1 });
    },
  );
  const lines = tenants.flatMap((tenant) => buyers.map((buyerId) => ({ tenant, buyerId })));
  await pool(lines, SETUP_CONCURRENCY, async ({ tenant, buyerId }) => {
    const decided = await call(`${runtime.url}/v1/limit-requests`, tenant.key, 'POST', { buyerId, type: 'new', amount: PERMANENT, temporary: { amount: TEMPORARY, expiresOn } });
    if (decided.status !== 201 || decided.json['decision'] !== 'approved') throw new Error(`POST /v1/limit-requests answered ${decided.status}: ${decided.text}`);
  });
  return lines.map(({ tenant, buyerId }) => ({ tenantId: tenant.tenantId, buyerId }));
}

/** The reads and writes the expiry of these tranches makes, with the low-level client. */
async function raw(client: DynamoDBClient, table: string, lines: readonly { tenantId: string; buyerId: string }[]): Promise<number> {
  const started = performance.now();
  const keys = lines.map(({ tenantId, buyerId }) => limitKeys.limit(TenantContext.forInsurer({ role: 'insurer', keyId: 'bench' }, tenantId), buyerId));
  const limits: Record<string, AttributeValue>[] = [];
  const gets = Array.from({ length: Math.ceil(keys.length / 100) }, (_, i) => keys.slice(i * 100, (i + 1) * 100));
  await pool(gets, RAW_IN_FLIGHT, async (chunk) => {
    let pending: Record<string, AttributeValue>[] | undefined = chunk.map((key) => ({ pk: s(key.pk), sk: s(key.sk) }));
    while (pending && pending.length > 0) {
      const answer: BatchGetItemCommandOutput = await client.send(new BatchGetItemCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: true } } }));
      limits.push(...(answer.Responses?.[table] ?? []));
      pending = answer.UnprocessedKeys?.[table]?.Keys;
    }
  });
  if (limits.length !== lines.length) throw new Error(`raw reads found ${limits.length} of ${lines.length} limits`);
  const scratch = randomUUID();
  const items = limits.flatMap((stored, i): Record<string, AttributeValue>[] => {
    const pk = s(`BENCHRAW#${scratch}#${i}`);
    // The same attributes under scratch keys, off every index (the copies must not become due).
    const limit = Object.fromEntries(Object.entries(stored).filter(([name]) => !/^gsi\d(pk|sk)$/.test(name)));
    return [
      { ...limit, pk, sk: s('LIMIT') },
      { ...limit, pk, sk: s('LIMITHIST') },
      { pk, sk: s('OUTBOX'), kind: s('bench'), event: s(JSON.stringify(limit).slice(0, 600)) },
      { pk, sk: s('CAPACITY'), kind: s('bench'), reservedEur: { N: String(PERMANENT) } },
    ];
  });
  const writes = Array.from({ length: Math.ceil(items.length / 25) }, (_, i) => items.slice(i * 25, (i + 1) * 25));
  await pool(writes, RAW_IN_FLIGHT, async (chunk) => {
    let pending: WriteRequest[] = chunk.map((item) => ({ PutRequest: { Item: item } }));
    while (pending.length > 0) {
      const answer = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: pending } }));
      pending = answer.UnprocessedItems?.[table] ?? [];
    }
  });
  return performance.now() - started;
}

async function measure(runtime: RunningRuntime, insurerKey: string): Promise<void> {
  const client = new DynamoDBClient({ region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, endpoint: runtime.dynamodb.endpoint });
  const consumer = topology.queues.find((queue) => queue.name === 'job-work')?.consumer;
  try {
    status(`${TENANTS} tenants`);
    const tenants: Onboarded[] = [];
    await pool(
      Array.from({ length: TENANTS }, (_, i) => i),
      SETUP_CONCURRENCY,
      async (i) => {
        tenants[i] = await onboardTenant(runtime.url, insurerKey, 5_000 + i);
      },
    );
    // The month's snapshots and the other jobs' first runs, before anything is measured.
    await advanceClock(DAY_MS);
    for (const [round, workers] of WORKERS.entries()) {
      status(`round ${round + 1}: ${TRANCHES.toLocaleString('en')} tranches through the API, then ${workers} worker(s)`);
      const setupStarted = performance.now();
      const lines = await tranches(runtime, insurerKey, tenants, round);
      const setupSeconds = (performance.now() - setupStarted) / 1000;
      if (round === 0) measured.set(RAW, once(await raw(client, runtime.tableName, lines)));
      runtime.queues.setMaxConcurrency('job-work', workers);
      const from = await clockDay(runtime, insurerKey);
      // In process, as POST /v1/ops/clock does it: the route would answer 503 after the gateway's
      // 29 s while the work goes on, and the run's own record is what is measured.
      await advanceClock(2 * DAY_MS);
      // The run that expired them: the day after their last day, or the next (the schedule's time of day).
      let found: { startedAt: string; completedAt: string; items: number; expired: number; day: string } | undefined;
      for (const day of [addDays(from, 1), addDays(from, 2), addDays(from, 3)]) {
        const { Item } = await client.send(new GetItemCommand({ TableName: runtime.tableName, Key: { pk: s(jobKeys.run('expire-tranches', day).pk), sk: s('RUN') }, ConsistentRead: true }));
        const expired = Number(Item?.['counts']?.M?.['expired']?.N ?? 0);
        if (Item && expired > 0) {
          found = { startedAt: Item['startedAt']?.S ?? '', completedAt: Item['completedAt']?.S ?? '', items: Number(Item['items']?.N ?? 0), expired, day };
          break;
        }
      }
      if (!found || !found.completedAt) throw new Error(`no completed expiry run with tranches expired after ${from}`);
      if (found.expired !== TRANCHES || found.items !== Math.ceil(TRANCHES / 200)) throw new Error(`the run of ${found.day} expired ${found.expired} tranches in ${found.items} items, expected ${TRANCHES} in ${Math.ceil(TRANCHES / 200)}`);
      for (const { tenantId, buyerId } of lines.filter((_, i) => i % 97 === 0)) {
        const tenant = tenants.find((candidate) => candidate.tenantId === tenantId) as Onboarded;
        const limit = await call(`${runtime.url}/v1/limits/${buyerId}`, tenant.key, 'GET');
        if (limit.status !== 200 || limit.json['temporary'] !== undefined || limit.json['amount'] !== PERMANENT) throw new Error(`GET /v1/limits/${buyerId} still shows its tranche: ${limit.text.slice(0, 300)}`);
      }
      const ms = Date.parse(found.completedAt) - Date.parse(found.startedAt);
      measured.set(RUN(workers), once(ms));
      notes.push(`round with ${workers} worker(s): ${found.expired.toLocaleString('en')} tranches in ${found.items} items on ${found.day}, run ${(ms / 1000).toFixed(1)} s; set up through the API in ${setupSeconds.toFixed(0)} s (not measured)`);
    }
  } finally {
    if (consumer) runtime.queues.setMaxConcurrency('job-work', consumer.maxConcurrency);
    client.destroy();
  }
}

export const dailyJobs: Scenario = {
  name: 'daily-jobs',
  concurrency: [1],
  async setup({ runtime, insurerKey }) {
    await measure(runtime, insurerKey);
    // Measured once, above: the harness's warm-up pass and its rows read what was measured.
    const read = (label: string) => ({
      label,
      ...(label === RAW ? {} : { baseline: RAW }),
      measure() {
        const stats = measured.get(label);
        if (!stats) throw new Error(`daily-jobs: ${label} was not measured`);
        return Promise.resolve(stats);
      },
    });
    return { cases: [read(RAW), ...WORKERS.map((workers) => read(RUN(workers)))] };
  },
  notes(rows: readonly Row[]) {
    const one = rows.find((row) => row.label === RUN(1));
    const speedUps = WORKERS.slice(1).flatMap((workers) => {
      const row = rows.find((candidate) => candidate.label === RUN(workers));
      return one && row ? [`${workers} workers ${(one.stats.p50 / row.stats.p50).toFixed(2)}×`] : [];
    });
    return [...notes, ...(speedUps.length > 0 ? [`speed-up over 1 worker: ${speedUps.join(', ')} (every worker runs in this one process, on this machine's cores)`] : [])];
  },
};
