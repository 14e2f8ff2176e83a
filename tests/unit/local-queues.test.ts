/**
 * The local SQS stand-in, driven by the real SQSClient (AWS JSON 1.0 protocol, MD5 checks)
 * and a fake clock, against SQS's documented behaviour: the SendMessage example of the API
 * reference, batch errors, DelaySeconds, visibility timeout and redrive to a dead-letter queue.
 */
import { SendMessageBatchCommand, SendMessageCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueSpec, Topology } from '../../shared/topology/index.ts';
import { LocalQueues, type SqsRecord } from '../../infra/local/queues.ts';
import type { Invoker } from '../../infra/local/lambda.ts';

let clock = Date.parse('2026-11-26T12:00:00Z');
const batches: { queue: string; records: SqsRecord[] }[] = [];
/** Bodies that fail each time they are received. */
const failing = new Set<string>();

const queues: QueueSpec[] = [
  {
    name: 'work',
    description: 'work',
    visibilityTimeoutSeconds: 30,
    retentionDays: 4,
    deadLetter: { queue: 'work-dlq', maxReceiveCount: 3 },
    consumer: { function: 'worker', batchSize: 3, maxBatchingWindowSeconds: 0, maxConcurrency: 2 },
  },
  { name: 'work-dlq', description: 'dead letters', visibilityTimeoutSeconds: 30, retentionDays: 14 },
];
const invoker: Invoker = {
  invoke: <R,>(name: string, event: unknown) => {
    const records = (event as { Records: SqsRecord[] }).Records;
    batches.push({ queue: name, records });
    if (records.some((record) => record.body === 'crash')) return Promise.reject(new Error('function error'));
    return Promise.resolve({ batchItemFailures: records.filter((record) => failing.has(record.body)).map((record) => ({ itemIdentifier: record.messageId })) } as R);
  },
};

let local: LocalQueues;
let sqs: SQSClient;
let workUrl: string;
beforeAll(async () => {
  local = new LocalQueues({ topology: { queues } as unknown as Topology, invoker, clock: () => clock });
  const endpoint = await local.listen();
  sqs = new SQSClient({ endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  workUrl = local.urlOf('work');
});
afterAll(async () => {
  sqs?.destroy();
  await local?.stop();
});

describe('local SQS: the API', () => {
  it('answers the API reference’s SendMessage example with its MD5 (which the SDK checks)', async () => {
    failing.clear();
    const sent = await sqs.send(new SendMessageCommand({ QueueUrl: workUrl, MessageBody: 'This is a test message', DelaySeconds: 900 }));
    expect(sent.MD5OfMessageBody).toBe('fafb00f5732ab283681e124bf8747ed1');
    expect(sent.MessageId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await sqs.send(new GetQueueUrlCommand({ QueueName: 'work' }))).QueueUrl).toBe(workUrl);
  });

  it('refuses what SQS refuses, by its error names', async () => {
    await expect(sqs.send(new SendMessageCommand({ QueueUrl: `${workUrl}-missing`, MessageBody: 'x' }))).rejects.toMatchObject({ name: 'QueueDoesNotExist' });
    await expect(sqs.send(new SendMessageCommand({ QueueUrl: workUrl, MessageBody: 'x', DelaySeconds: 901 }))).rejects.toMatchObject({ name: 'InvalidParameterValue' });
    await expect(sqs.send(new SendMessageCommand({ QueueUrl: workUrl, MessageBody: 'x'.repeat(1024 * 1024 + 1) }))).rejects.toMatchObject({ name: 'InvalidParameterValue' });
    const entries = (count: number) => Array.from({ length: count }, (_, index) => ({ Id: `m${index}`, MessageBody: 'x', DelaySeconds: 900 }));
    await expect(sqs.send(new SendMessageBatchCommand({ QueueUrl: workUrl, Entries: entries(11) }))).rejects.toMatchObject({ name: 'TooManyEntriesInBatchRequest' });
    await expect(sqs.send(new SendMessageBatchCommand({ QueueUrl: workUrl, Entries: [] }))).rejects.toMatchObject({ name: 'EmptyBatchRequest' });
    await expect(
      sqs.send(new SendMessageBatchCommand({ QueueUrl: workUrl, Entries: [{ Id: 'a', MessageBody: 'x' }, { Id: 'a', MessageBody: 'y' }] })),
    ).rejects.toMatchObject({ name: 'BatchEntryIdsNotDistinct' });
    await expect(sqs.send(new SendMessageBatchCommand({ QueueUrl: workUrl, Entries: [{ Id: 'not valid!', MessageBody: 'x' }] }))).rejects.toMatchObject({
      name: 'InvalidBatchEntryId',
    });
  });

  it('reports a bad entry of a batch as failed and sends the others', async () => {
    const result = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: workUrl,
        Entries: [
          { Id: 'good', MessageBody: 'batch good', DelaySeconds: 900 },
          { Id: 'bad', MessageBody: 'batch bad', DelaySeconds: 1000 },
        ],
      }),
    );
    expect(result.Successful?.map((entry) => entry.Id)).toEqual(['good']);
    expect(result.Failed).toEqual([expect.objectContaining({ Id: 'bad', SenderFault: true, Code: 'InvalidParameterValue' })]);
  });
});

describe('local SQS: the event source mapping', () => {
  it('holds a delayed message until the clock reaches it, then delivers it in an SQS event', async () => {
    batches.length = 0;
    local.send('work', 'later', 60);
    await local.settle();
    expect(batches).toHaveLength(0);
    clock += 59_000;
    await local.settle();
    expect(batches).toHaveLength(0);
    clock += 1_000;
    await local.settle();
    const later = batches.flatMap((batch) => batch.records).find((record) => record.body === 'later');
    expect(later).toMatchObject({ eventSource: 'aws:sqs', awsRegion: expect.any(String) as string, attributes: { ApproximateReceiveCount: '1' } });
    expect(later!.eventSourceARN).toMatch(/^arn:aws:sqs:.+:work$/);
    expect(local.messages('work').some((message) => message.body === 'later')).toBe(false);
  });

  it('sends batches of at most batchSize', async () => {
    batches.length = 0;
    for (let index = 0; index < 7; index += 1) local.send('work', `item ${index}`);
    await local.settle();
    const sizes = batches.filter((batch) => batch.records.some((record) => record.body.startsWith('item'))).map((batch) => batch.records.length);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(7);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
  });

  it('redelivers a failed message after the visibility timeout, and dead-letters it after maxReceiveCount', async () => {
    batches.length = 0;
    failing.add('poison');
    local.send('work', 'poison');
    local.send('work', 'fine');
    await local.settle();
    const received = () => batches.flatMap((batch) => batch.records).filter((record) => record.body === 'poison');
    expect(received()).toHaveLength(1);
    expect(batches.flatMap((batch) => batch.records).filter((record) => record.body === 'fine')).toHaveLength(1);
    clock += 29_000;
    await local.settle();
    expect(received()).toHaveLength(1);
    clock += 1_000;
    await local.settle();
    expect(received().map((record) => record.attributes['ApproximateReceiveCount'])).toEqual(['1', '2']);
    clock += 30_000;
    await local.settle();
    expect(received()).toHaveLength(3);
    expect(local.messages('work').some((message) => message.body === 'poison')).toBe(false);
    expect(local.messages('work-dlq').map((message) => message.body)).toContain('poison');
    failing.delete('poison');
  });

  it('a function error fails the whole batch', async () => {
    batches.length = 0;
    local.send('work', 'crash');
    await local.settle();
    expect(local.messages('work').some((message) => message.body === 'crash')).toBe(true);
    for (let round = 0; round < 3; round += 1) {
      clock += 30_000;
      await local.settle();
    }
    expect(local.messages('work-dlq').map((message) => message.body)).toContain('crash');
  });
});

describe('local SQS: a hard kill loses nothing acknowledged', () => {
  it('keeps every message sent, received or dead-lettered through the journal, without a stop', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bouclier-queues-'));
    try {
      failing.clear();
      const idle: Invoker = { invoke: <R,>() => new Promise<R>(() => undefined) };
      const first = new LocalQueues({ topology: { queues } as unknown as Topology, invoker: idle, clock: () => clock, dataDir });
      await first.load();
      const endpoint = await first.listen();
      const client = new SQSClient({ endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
      await client.send(new SendMessageCommand({ QueueUrl: first.urlOf('work'), MessageBody: 'acknowledged', DelaySeconds: 60 }));
      first.send('work-dlq', 'parked');
      client.destroy();
      // No stop(): the process is gone the way kill -9 leaves it.
      const second = new LocalQueues({ topology: { queues } as unknown as Topology, invoker: idle, clock: () => clock, dataDir });
      await second.load();
      expect(second.messages('work').map((message) => message.body)).toEqual(['acknowledged']);
      expect(second.messages('work-dlq').map((message) => message.body)).toEqual(['parked']);
      // The fold into the snapshot at start keeps them for a third run too.
      const third = new LocalQueues({ topology: { queues } as unknown as Topology, invoker: idle, clock: () => clock, dataDir });
      await third.load();
      expect(third.messages('work').map((message) => message.body)).toEqual(['acknowledged']);
      await first.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('does not bring back a message whose batch succeeded', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bouclier-queues-'));
    try {
      const ok: Invoker = { invoke: <R,>() => Promise.resolve({ batchItemFailures: [] } as R) };
      const first = new LocalQueues({ topology: { queues } as unknown as Topology, invoker: ok, clock: () => clock, dataDir });
      await first.load();
      await first.listen();
      first.send('work', 'done soon');
      await first.settle();
      const second = new LocalQueues({ topology: { queues } as unknown as Topology, invoker: ok, clock: () => clock, dataDir });
      await second.load();
      expect(second.messages('work')).toHaveLength(0);
      await first.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
