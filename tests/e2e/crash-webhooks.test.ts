/**
 * The crash test of the whole pipeline: a burst of writes with a webhook endpoint subscribed,
 * the runtime killed with SIGKILL in the middle of it (node, then in a second run DynamoDB
 * Local), restarted on the same data folder. Every write that was acknowledged is there, and
 * every event in the outbox — those of every acknowledged write among them — reaches the
 * endpoint (duplicates allowed, with the same webhook-id and body) within a bounded time on
 * the test clock: the queues' journal, the relay's checkpoints and the delivery sweeper.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/dynamodb.ts';
import { topology } from '../../shared/topology/index.ts';
import { client, samplePolicy } from '../support/http-client.ts';
import { startRuntimeProcess, type RuntimeProcess } from '../support/runtime-process.ts';
import { startReceiver, type Receiver } from '../support/webhook-receiver.ts';

const INSURER_KEY = 'bk_test_ins_crash-webhooks-insurer-key-long-enough';
/** Writes in the burst, and how many are acknowledged before the kill. */
const WRITES = 60;
const KILL_AFTER = 20;
/** The sweeper re-sends what is 10 minutes overdue, every 5 minutes: 16 minutes cover it. */
const CLOCK_STEP_SECONDS = 16 * 60;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function start(dataDir: string, restartOf?: RuntimeProcess): Promise<RuntimeProcess> {
  const runtime = restartOf
    ? await restartOf.restart()
    : await startRuntimeProcess({ dataDir, env: { BOUCLIER_SEED: 'none', BOUCLIER_INSURER_KEY: INSURER_KEY } });
  cleanups.push(() => runtime.stop('SIGKILL', 'group'));
  return runtime;
}

/** Every outbox event of one tenant, read from the table after the restart. */
async function outboxOf(dynamoDbPort: number, tenantId: string): Promise<Map<string, { type: string; buyerId: unknown }>> {
  const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: `http://127.0.0.1:${dynamoDbPort}`, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }));
  const events = new Map<string, { type: string; buyerId: unknown }>();
  let start: Record<string, unknown> | undefined;
  try {
    do {
      const page = await documents.send(
        new ScanCommand({ TableName: topology.table.logicalName, FilterExpression: 'kind = :outbox', ExpressionAttributeValues: { ':outbox': 'outbox' }, ...(start ? { ExclusiveStartKey: start } : {}) }),
      );
      for (const item of page.Items ?? []) {
        const event = item['event'] as { id: string; type: string; tenantId: string | null; data: Record<string, unknown> };
        if (event.tenantId === tenantId && event.type === 'limit.decided') events.set(event.id, { type: event.type, buyerId: event.data['buyerId'] });
      }
      start = page.LastEvaluatedKey;
    } while (start);
  } finally {
    documents.destroy();
  }
  return events;
}

async function crashDuringBurst(kill: (runtime: RuntimeProcess) => Promise<void>) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-crash-webhooks-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const receiver: Receiver = await startReceiver();
  cleanups.push(() => receiver.close());

  let runtime = await start(dataDir);
  let call = client(runtime.url);
  const tenant = await call<{ tenantId: string; apiKey: { key: string } }>('POST', '/v1/tenants', {
    key: INSURER_KEY,
    body: { name: 'Crash Test SAS', tier: 'premium', policy: samplePolicy() },
  });
  expect(tenant.status, tenant.text).toBe(201);
  const key = tenant.body.apiKey.key;
  const hook = await call<{ secret: string }>('POST', '/v1/webhooks', { key, body: { url: `${receiver.url}/hooks`, eventTypes: ['limit.decided'] } });
  expect(hook.status, hook.text).toBe(201);
  const buyerIds: string[] = [];
  for (let index = 0; index < WRITES; index += 1) {
    const buyer = await call<{ buyerId: string }>('POST', '/v1/buyers', {
      key: INSURER_KEY,
      body: { legalName: `Crash Buyer ${index}`, country: 'FR', registrationId: `CRASH${index}`, sector: 'C25', grade: 2 },
    });
    expect(buyer.status, buyer.text).toBe(201);
    buyerIds.push(buyer.body.buyerId);
  }

  // The burst: eight at a time; the runtime is killed once KILL_AFTER writes are acknowledged.
  const acknowledged: string[] = [];
  let killed: Promise<void> | undefined;
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < buyerIds.length) {
        const buyerId = buyerIds[next++] as string;
        const decided = await call('POST', '/v1/limit-requests', { key, body: { buyerId, type: 'new', amount: 1_000_000 } }).catch(() => undefined);
        // Only a 201 is an acknowledged write; a refused connection or a 5xx is not.
        if (decided?.status === 201) acknowledged.push(buyerId);
        if (acknowledged.length >= KILL_AFTER && !killed) killed = kill(runtime);
      }
    }),
  );
  await killed;
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(acknowledged.length, 'the kill came in the middle of the burst').toBeLessThan(WRITES);
  expect(await runtime.ended(20_000), 'node and DynamoDB Local are gone').toBe(true);

  runtime = await start(dataDir, runtime);
  call = client(runtime.url);

  // Every acknowledged write is there.
  for (const buyerId of acknowledged) {
    const limit = await call<{ amount: number }>('GET', `/v1/limits/${buyerId}`, { key });
    expect(limit.status, buyerId).toBe(200);
    expect(limit.body.amount).toBe(1_000_000);
  }

  // Every event in the outbox, those of each acknowledged write among them, reaches the endpoint.
  const expected = await outboxOf(runtime.dynamoDbPort, tenant.body.tenantId);
  const expectedBuyers = new Set([...expected.values()].map((event) => event.buyerId));
  for (const buyerId of acknowledged) expect(expectedBuyers.has(buyerId), `event of ${buyerId}`).toBe(true);
  const missing = () => [...expected.keys()].filter((id) => !receiver.received.some((request) => request.headers['webhook-id'] === id));
  // Bounded: at most four moves of the test clock (an hour of it) and a minute of real time.
  for (let step = 0; step < 4 && missing().length > 0; step += 1) {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    if (missing().length === 0) break;
    const moved = await call('POST', '/v1/ops/clock', { key: INSURER_KEY, body: { advanceSeconds: CLOCK_STEP_SECONDS } });
    expect(moved.status, moved.text).toBe(200);
  }
  await expect.poll(() => missing().length, { timeout: 20_000, interval: 250 }).toBe(0);

  // Duplicates are allowed, each with the same id, body and a valid signature.
  const byId = new Map<string, string[]>();
  for (const request of receiver.received) {
    expect(receiver.verifies(request, hook.body.secret)).toBe(true);
    byId.set(request.headers['webhook-id'] ?? '', [...(byId.get(request.headers['webhook-id'] ?? '') ?? []), request.raw]);
  }
  for (const [id, bodies] of byId) expect(new Set(bodies).size, id).toBe(1);
  expect(receiver.received.length, 'at most one extra copy of each event').toBeLessThanOrEqual(2 * expected.size);
  return { acknowledged: acknowledged.length, events: expected.size, received: receiver.received.length };
}

describe('a crash in the middle of a burst loses nothing acknowledged', () => {
  it('kill -9 of node: every acknowledged write is there and every event is delivered after the restart', async () => {
    const outcome = await crashDuringBurst((runtime) => runtime.killNode());
    expect(outcome.events).toBeGreaterThanOrEqual(outcome.acknowledged);
  });

  it('kill -9 of DynamoDB Local: the runtime stops, and after the restart the same holds', async () => {
    const outcome = await crashDuringBurst((runtime) => runtime.killDynamoDb());
    expect(outcome.events).toBeGreaterThanOrEqual(outcome.acknowledged);
  });
});
