/**
 * The event backbone on real parts: a state change and its outbox event written in one
 * DynamoDB Local transaction, DynamoDB Local's stream read by the local event source
 * mapping, the real relay handler, and the local bus receiving the event through the SDK.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/dynamodb.ts';
import { LocalEventBus, type BusEvent } from '../../infra/local/event-bus.ts';
import { LocalFunctions, type Invoker } from '../../infra/local/lambda.ts';
import { REPO_ROOT } from '../../infra/local/runtime.ts';
import { LocalStreamConsumer } from '../../infra/local/stream-consumer.ts';
import { newEvent, type EventEnvelope } from '../../shared/events/envelope.ts';
import { outboxPut } from '../../shared/events/outbox.ts';
import { topology } from '../../shared/topology/index.ts';
import { freshTable } from '../support/dynamodb.ts';

let table: Awaited<ReturnType<typeof freshTable>>;
let bus: LocalEventBus;
let functions: LocalFunctions;
let checkpointDir: string;
const received: BusEvent[] = [];
const relaySpec = topology.streamConsumers[0]!;

beforeAll(async () => {
  table = await freshTable('outbox');
  checkpointDir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-checkpoints-'));
  functions = new LocalFunctions(topology, REPO_ROOT);
  bus = new LocalEventBus({ topology, invoker: functions });
  const busEndpoint = await bus.listen();
  // What the runtime sets before any function is imported.
  Object.assign(process.env, {
    TABLE_NAME: table.name,
    EVENT_BUS_NAME: topology.busName,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_EVENTBRIDGE: busEndpoint,
  });
  bus.subscribe((event) => received.push(event));
});

afterAll(async () => {
  await bus.stop();
  await table.drop();
});

function consumer(invoker: Invoker = functions, retryBaseMs = 10) {
  return new LocalStreamConsumer({ spec: relaySpec, streamArn: table.streamArn, endpoint: table.endpoint, invoker, checkpointDir, pollIntervalMs: 20, retryBaseMs });
}

async function changeState(id: string, tenantId: string): Promise<EventEnvelope> {
  const event = newEvent({ type: 'limit.decided', tenantId, data: { limitId: id, amount: 5_000_000 }, now: new Date() });
  await table.documents.send(
    new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: table.name, Item: { pk: `TENANT#${tenantId}#LIMIT#${id}`, sk: 'LIMIT', amount: 5_000_000 } } },
        outboxPut(table.name, event),
      ],
    }),
  );
  return event;
}

async function until(predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const idsReceived = () => received.map((e) => (e.detail as EventEnvelope).id);

describe('transactional outbox → stream → relay → bus', () => {
  it('publishes each committed event once, in order, with the envelope as detail; other items are filtered out', async () => {
    const relay = consumer();
    await relay.start();
    try {
      const events: EventEnvelope[] = [];
      for (let i = 0; i < 25; i += 1) events.push(await changeState(`lim_${i}`, i % 2 ? 'ten_a' : 'ten_b'));
      await until(() => events.every((e) => idsReceived().includes(e.id)));
      await relay.idle();

      const ours = received.filter((e) => events.some((ev) => ev.id === (e.detail as EventEnvelope).id));
      expect(ours.map((e) => (e.detail as EventEnvelope).id)).toEqual(events.map((e) => e.id));
      expect(ours[0]).toMatchObject({ source: topology.eventSource, 'detail-type': 'limit.decided', detail: events[0] });
      // 25 state items were written too; none of them reached the bus.
      expect(received).toHaveLength(25);
    } finally {
      await relay.stop();
    }
  });

  it('writes nothing, and publishes nothing, when the state change fails its condition', async () => {
    const relay = consumer();
    await relay.start();
    try {
      const before = received.length;
      const event = newEvent({ type: 'limit.decided', tenantId: 'ten_a', data: {}, now: new Date() });
      await expect(
        table.documents.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: { TableName: table.name, Item: { pk: 'TENANT#ten_b#LIMIT#lim_0', sk: 'LIMIT' }, ConditionExpression: 'attribute_not_exists(pk)' } },
              outboxPut(table.name, event),
            ],
          }),
        ),
      ).rejects.toThrow(/ConditionalCheckFailed|cancelled/i);
      const marker = await changeState('lim_marker', 'ten_a');
      await until(() => idsReceived().includes(marker.id));
      expect(idsReceived()).not.toContain(event.id);
      expect(received.length).toBe(before + 1);
    } finally {
      await relay.stop();
    }
  });

  it('relays events whose data holds empty maps and lists intact (DynamoDB Local writes {} for an empty map)', async () => {
    const relay = consumer();
    await relay.start();
    try {
      const event = newEvent({ type: 'webhook.test', tenantId: null, data: { empty: {}, list: [], nested: { inner: {} } }, now: new Date() });
      await table.documents.send(new TransactWriteCommand({ TransactItems: [outboxPut(table.name, event)] }));
      await until(() => idsReceived().includes(event.id));
      expect(received.find((e) => (e.detail as EventEnvelope).id === event.id)?.detail).toEqual(event);
      expect(relay.deadLetters).toEqual([]);
    } finally {
      await relay.stop();
    }
  });

  it('retries a failing relay from the failed record and loses nothing', async () => {
    let failures = 0;
    const flaky: Invoker = {
      invoke: async <R>(name: string, event: unknown) => {
        if (failures < 2) {
          failures += 1;
          throw new Error('relay crashed');
        }
        return functions.invoke<R>(name, event);
      },
    };
    const relay = consumer(flaky);
    await relay.start();
    try {
      const event = await changeState('lim_flaky', 'ten_b');
      await until(() => idsReceived().includes(event.id));
      expect(failures).toBe(2);
      expect(relay.deadLetters).toEqual([]);
    } finally {
      await relay.stop();
    }
  });

  it('resumes after a restart from its checkpoint: events written while stopped arrive, earlier ones are not replayed', async () => {
    const first = consumer();
    await first.start();
    const published = await changeState('lim_before_stop', 'ten_a');
    await until(() => idsReceived().includes(published.id));
    await first.idle();
    await first.stop();

    const whileDown: EventEnvelope[] = [];
    for (let i = 0; i < 5; i += 1) whileDown.push(await changeState(`lim_down_${i}`, 'ten_b'));
    const countBefore = idsReceived().filter((id) => id === published.id).length;

    const second = consumer();
    await second.start();
    try {
      await until(() => whileDown.every((e) => idsReceived().includes(e.id)));
      await second.idle();
      expect(idsReceived().filter((id) => id === published.id).length).toBe(countBefore);
      for (const event of whileDown) expect(idsReceived().filter((id) => id === event.id)).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it('dead-letters a batch the relay can never publish, after its retries, and goes on with the next', async () => {
    const spec = { ...relaySpec, retryAttempts: 2, bisectBatchOnError: false };
    const poisonId = 'lim_poison';
    const picky: Invoker = {
      invoke: async <R>(name: string, event: unknown) => {
        const records = (event as { Records: { dynamodb?: { NewImage?: { event?: { M?: { data?: { M?: { limitId?: { S?: string } } } } } } } }[] }).Records;
        if (records.some((r) => r.dynamodb?.NewImage?.event?.M?.data?.M?.limitId?.S === poisonId)) throw new Error('cannot publish');
        return functions.invoke<R>(name, event);
      },
    };
    const relay = new LocalStreamConsumer({ spec, streamArn: table.streamArn, endpoint: table.endpoint, invoker: picky, checkpointDir, pollIntervalMs: 20, retryBaseMs: 5 });
    await relay.start();
    try {
      await changeState(poisonId, 'ten_a');
      await until(() => relay.deadLetters.length === 1);
      const after = await changeState('lim_after_poison', 'ten_a');
      await until(() => idsReceived().includes(after.id));
      expect(relay.deadLetters[0]?.records).toHaveLength(1);
    } finally {
      await relay.stop();
    }
  });
});
