/**
 * A daily job killed in the middle of its run: 2,000 temporary tranches of 10 tenants ending
 * tomorrow, the test clock moved two days, the runtime killed with SIGKILL once the day's expiry
 * run has some of its items done and not all, restarted on the same data folder. Once the queue gives the
 * interrupted items again (their visibility timeout, on the test clock), the run completes: every
 * tranche expired exactly once (one `limit.decided` each, one history entry each), the capacity
 * released once, `job.completed` written once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/dynamodb.ts';
import { jobKeys } from '../../shared/data/keys.ts';
import { topology } from '../../shared/topology/index.ts';
import { client, samplePolicy } from '../support/http-client.ts';
import { startRuntimeProcess, type RuntimeProcess } from '../support/runtime-process.ts';
import { pool } from '../support/pool.ts';
import { storedEvents } from '../support/stored-events.ts';
import { addDays } from '../../shared/domain/dates.ts';

const INSURER_KEY = 'bk_test_ins_crash-daily-job-insurer-key-long-enough';
const TENANTS = 10;
/** 2,000 tranches: 10 items, more than the 8 workers take at once, so the run has a middle. */
const BUYERS = 200;
const TRANCHES = TENANTS * BUYERS;
/** The job queue's visibility timeout (6 × the worker's 300 s), and a minute more. */
const REDELIVERY_SECONDS = 6 * 300 + 60;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

interface Run {
  status: 'planning' | 'running' | 'completed';
  items?: number;
  done?: number;
  counts?: { expired?: number };
}

const documentsOn = (port: number) => DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: `http://127.0.0.1:${port}`, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }));

async function runOf(port: number, day: string): Promise<Run | undefined> {
  const documents = documentsOn(port);
  try {
    return (await documents.send(new GetCommand({ TableName: topology.table.logicalName, Key: jobKeys.run('expire-tranches', day), ConsistentRead: true }))).Item as Run | undefined;
  } finally {
    documents.destroy();
  }
}

describe('a daily job’s run killed with kill -9', () => {
  it('completes after the restart: every tranche expired exactly once, the completion written once', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-crash-job-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    let runtime: RuntimeProcess = await startRuntimeProcess({ dataDir, env: { BOUCLIER_SEED: 'none', BOUCLIER_INSURER_KEY: INSURER_KEY } });
    cleanups.push(() => runtime.stop('SIGKILL', 'group'));
    let call = client(runtime.url);

    const clock = await call<{ now: string }>('GET', '/v1/ops/clock', { key: INSURER_KEY });
    const today = clock.body.now.slice(0, 10);
    const expiresOn = addDays(today, 1);
    const tenants: { tenantId: string; key: string }[] = [];
    await pool(Array.from({ length: TENANTS }, (_, t) => t), 4, async (t) => {
      const created = await call<{ tenantId: string; apiKey: { key: string } }>('POST', '/v1/tenants', { key: INSURER_KEY, body: { name: `Job Crash ${t} SAS`, tier: 'premium', policy: samplePolicy() } });
      expect(created.status, created.text).toBe(201);
      tenants[t] = { tenantId: created.body.tenantId, key: created.body.apiKey.key };
    });
    const buyers: string[] = [];
    await pool(Array.from({ length: BUYERS }, (_, b) => b), 8, async (b) => {
      const buyer = await call<{ buyerId: string }>('POST', '/v1/buyers', {
        key: INSURER_KEY,
        body: { legalName: `Job Crash Buyer ${b}`, country: 'FR', registrationId: `JCRASH${b}`, sector: 'G46', grade: 1 },
      });
      expect(buyer.status, buyer.text).toBe(201);
      buyers[b] = buyer.body.buyerId;
    });
    const lines = tenants.flatMap((tenant) => buyers.map((buyerId) => ({ tenant, buyerId })));
    await pool(lines, 8, async ({ tenant, buyerId }) => {
      const decided = await call<{ decision: string }>('POST', '/v1/limit-requests', { key: tenant.key, body: { buyerId, type: 'new', amount: 500_000, temporary: { amount: 200_000, expiresOn } } });
      expect(decided.status, decided.text).toBe(201);
      expect(decided.body.decision).toBe('approved');
    });

    // Two days on: the run of one of them expires the tranches. The request waits for the work,
    // and dies with the runtime.
    void call('POST', '/v1/ops/clock', { key: INSURER_KEY, body: { advanceDays: 2 } }).catch(() => undefined);
    let seen: { day: string; run: Run } | undefined;
    for (const deadline = Date.now() + 120_000; Date.now() < deadline && !seen; ) {
      for (const day of [addDays(today, 1), addDays(today, 2), addDays(today, 3)]) {
        const run = await runOf(runtime.dynamoDbPort, day);
        // Some items done, so every message was sent (the coordinator marks the run running, then
        // sends them: killed in between, its invocation would be retried by Lambda in AWS, and is
        // lost with the local runtime's process).
        if (run && (run.items ?? 0) > 0 && ((run.done ?? 0) >= 1 || run.status === 'completed')) seen = { day, run };
      }
    }
    await runtime.killNode();
    expect(seen, 'the run was planned').toBeDefined();
    const { day } = seen!;
    expect(seen!.run.status, 'the kill came before the run completed').toBe('running');
    expect(seen!.run.done).toBeLessThan(TRANCHES / 200);
    expect(seen!.run.items).toBe(TRANCHES / 200);
    expect(await runtime.ended(20_000), 'node and DynamoDB Local are gone').toBe(true);

    runtime = await runtime.restart();
    cleanups.push(() => runtime.stop('SIGKILL', 'group'));
    call = client(runtime.url);
    // The items a worker held when it died come back after their visibility timeout (their claim
    // lapses on the same clock); the ones never taken are given at once. The clock moves on at
    // once (waiting for the others first would only idle), and again if an item failed after the
    // restart (a loaded machine times calls out): at least once, as SQS.
    const status = async () => (await runOf(runtime.dynamoDbPort, day))?.status;
    for (let round = 0; round < 4 && (await status()) !== 'completed'; round += 1) {
      const moved = await call('POST', '/v1/ops/clock', { key: INSURER_KEY, body: { advanceSeconds: REDELIVERY_SECONDS } });
      expect(moved.status, moved.text).toBe(200);
      for (const deadline = Date.now() + 30_000; Date.now() < deadline && (await status()) !== 'completed'; ) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const run = await runOf(runtime.dynamoDbPort, day);
    expect(run).toMatchObject({ status: 'completed', items: TRANCHES / 200, done: TRANCHES / 200 });
    // What a worker changed before it died is done, not counted: the run's counts are at most the truth.
    expect(run?.counts?.expired).toBeLessThanOrEqual(TRANCHES);

    const events = await storedEvents(runtime.dynamoDbPort);
    const expiries = events.filter((event) => event.type === 'limit.decided' && (event.data['reasons'] as { code: string }[] | undefined)?.some((reason) => reason.code === 'temporary_expired'));
    expect(expiries).toHaveLength(TRANCHES);
    expect(new Set(expiries.map((event) => `${event.tenantId}/${String(event.data['buyerId'])}`)).size).toBe(TRANCHES);
    expect(events.filter((event) => event.type === 'job.completed' && event.data['job'] === 'expire-tranches' && event.data['day'] === day)).toHaveLength(1);
    for (const { tenant, buyerId } of lines.filter((_, i) => i % 50 === 0)) {
      const limit = await call<{ amount: number; temporary?: unknown; history: { reasons: { code: string }[] }[] }>('GET', `/v1/limits/${buyerId}`, { key: tenant.key });
      expect(limit.status, buyerId).toBe(200);
      expect(limit.body.amount).toBe(500_000);
      expect(limit.body.temporary).toBeUndefined();
      expect(limit.body.history.filter((entry) => entry.reasons.some((reason) => reason.code === 'temporary_expired'))).toHaveLength(1);
    }
  }, 420_000);
});
