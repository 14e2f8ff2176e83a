/**
 * A local stand-in for the topology's SQS queues: SendMessage, SendMessageBatch and
 * GetQueueUrl over the AWS JSON 1.0 protocol the SDK speaks (functions use the real
 * SQSClient), standard-queue semantics (at-least-once, DelaySeconds, a visibility timeout,
 * a redrive to the dead-letter queue after maxReceiveCount receives), and each queue's
 * consumer run like Lambda's event source mapping: batches of at most batchSize, at most
 * maxConcurrency batches at once, partial failures through batchItemFailures.
 *
 * Delays and visibility run on the runtime's clock, so moving the test clock forward makes
 * delayed messages due; `settle()` then runs everything due, in order. With a data
 * directory every change is appended to a journal before the call that made it answers (as
 * SQS has stored a message when SendMessage answers), and folded into queues.json at start,
 * at stop and every few thousand changes: a restart, even after a hard kill, resumes them.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { QueueSpec, Topology } from '#topology';
import { MAX_DELAY_SECONDS, queueUrlVariable } from '#events/queue-names';
import { LOCAL_REGION } from './dynamodb.ts';
import { LOCAL_ACCOUNT } from './event-bus.ts';
import type { Invoker } from './lambda.ts';

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_BATCH = 10;
/** Journal entries after which the journal is folded into the snapshot. */
const COMPACT_AFTER = 5_000;

/** One change: a message stored or changed (sent, received), or gone (done, moved). */
type JournalEntry = { readonly q: string; readonly put: StoredMessage } | { readonly q: string; readonly del: string };

interface StoredMessage {
  messageId: string;
  body: string;
  md5: string;
  sentAt: number;
  visibleAt: number;
  receiveCount: number;
  firstReceivedAt?: number;
}

interface QueueState {
  readonly spec: QueueSpec;
  readonly arn: string;
  messages: StoredMessage[];
  inFlight: Set<string>;
  batches: number;
  /** Replaces the consumer's maxConcurrency (setMaxConcurrency). */
  maxConcurrency?: number;
}

class QueueError extends Error {
  readonly code: string;
  readonly queryCode: string;
  constructor(code: string, queryCode: string, message: string) {
    super(message);
    this.code = code;
    this.queryCode = queryCode;
  }
}

export interface SqsRecord {
  messageId: string;
  receiptHandle: string;
  body: string;
  attributes: Record<string, string>;
  messageAttributes: Record<string, never>;
  md5OfBody: string;
  eventSource: 'aws:sqs';
  eventSourceARN: string;
  awsRegion: string;
}

export interface LocalQueuesOptions {
  readonly topology: Topology;
  readonly invoker: Invoker;
  /** The runtime's clock, in ms (the test clock moves it). */
  readonly clock: () => number;
  readonly dataDir?: string;
  readonly log?: (message: string, extra?: Record<string, unknown>) => void;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const md5 = (body: string) => createHash('md5').update(body, 'utf8').digest('hex');

export class LocalQueues {
  private readonly queues = new Map<string, QueueState>();
  private readonly options: LocalQueuesOptions;
  private readonly running = new Set<Promise<void>>();
  private server?: http.Server;
  private endpoint = '';
  private timer?: NodeJS.Timeout;
  private journalFd: number | undefined;
  private journalEntries = 0;
  private stopped = false;

  constructor(options: LocalQueuesOptions) {
    this.options = options;
    for (const spec of options.topology.queues) {
      this.queues.set(spec.name, { spec, arn: `arn:aws:sqs:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${spec.name}`, messages: [], inFlight: new Set(), batches: 0 });
    }
    for (const spec of options.topology.queues) {
      if (spec.deadLetter && !this.queues.has(spec.deadLetter.queue)) throw new Error(`queue ${spec.name}: no dead-letter queue ${spec.deadLetter.queue}`);
    }
  }

  private get file(): string | undefined {
    return this.options.dataDir ? path.join(this.options.dataDir, 'queues.json') : undefined;
  }

  private get journalFile(): string | undefined {
    return this.options.dataDir ? path.join(this.options.dataDir, 'queues.journal') : undefined;
  }

  /** Loads the messages kept by the previous run (its snapshot, then its journal), if any. */
  async load(): Promise<void> {
    if (!this.file || !this.journalFile) return;
    try {
      const saved = JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, StoredMessage[]>;
      for (const [name, messages] of Object.entries(saved)) {
        const queue = this.queues.get(name);
        if (queue && Array.isArray(messages)) queue.messages = messages;
      }
    } catch {
      // first start
    }
    let journal = '';
    try {
      journal = readFileSync(this.journalFile, 'utf8');
    } catch {
      // nothing since the last snapshot
    }
    const byQueue = new Map([...this.queues].map(([name, queue]) => [name, new Map(queue.messages.map((message) => [message.messageId, message]))]));
    for (const line of journal.split('\n')) {
      if (!line) continue;
      let entry: JournalEntry;
      try {
        entry = JSON.parse(line) as JournalEntry;
      } catch {
        // The last line of a run killed while writing it: that change was never acknowledged.
        continue;
      }
      const messages = byQueue.get(entry.q);
      if (!messages) continue;
      if ('put' in entry) messages.set(entry.put.messageId, entry.put);
      else messages.delete(entry.del);
    }
    for (const [name, messages] of byQueue) (this.queues.get(name) as QueueState).messages = [...messages.values()];
    this.compact();
  }

  /** Appends a change before anything answers for it (a synchronous write survives a kill of this process). */
  private journal(queue: QueueState, change: { put: StoredMessage } | { del: string }): void {
    if (!this.journalFile) return;
    this.journalFd ??= openSync(this.journalFile, 'a');
    writeSync(this.journalFd, JSON.stringify({ q: queue.spec.name, ...change }) + '\n');
    this.journalEntries += 1;
    if (this.journalEntries >= COMPACT_AFTER) this.compact();
  }

  /** Writes every queue to the snapshot, then starts an empty journal. */
  private compact(): void {
    if (!this.file || !this.journalFile) return;
    const snapshot = Object.fromEntries([...this.queues].map(([name, queue]) => [name, queue.messages]));
    writeFileSync(`${this.file}.tmp`, JSON.stringify(snapshot));
    renameSync(`${this.file}.tmp`, this.file);
    if (this.journalFd !== undefined) closeSync(this.journalFd);
    this.journalFd = openSync(this.journalFile, 'w');
    this.journalEntries = 0;
  }

  /** The queue URL of each queue, as the functions' environment names them. */
  environment(): Record<string, string> {
    return Object.fromEntries([...this.queues.keys()].map((name) => [queueUrlVariable(name), this.urlOf(name)]));
  }

  urlOf(name: string): string {
    return `${this.endpoint}/${LOCAL_ACCOUNT}/${name}`;
  }

  private queueOf(url: unknown): QueueState {
    const name = typeof url === 'string' ? url.slice(url.lastIndexOf('/') + 1) : '';
    const queue = this.queues.get(name);
    if (!queue) throw new QueueError('com.amazonaws.sqs#QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue', 'The specified queue does not exist.');
    return queue;
  }

  /** Puts a message on a queue (the bus's queue targets and the SQS API both come here). */
  send(name: string, body: string, delaySeconds = 0): StoredMessage {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`no queue ${name}`);
    return this.enqueue(queue, body, delaySeconds);
  }

  private enqueue(queue: QueueState, body: string, delaySeconds: number): StoredMessage {
    if (typeof body !== 'string' || body.length === 0) throw new QueueError('com.amazonaws.sqs#InvalidParameterValue', 'InvalidParameterValue', 'The message body must not be empty.');
    if (Buffer.byteLength(body) > MAX_BODY_BYTES) throw new QueueError('com.amazonaws.sqs#InvalidParameterValue', 'InvalidParameterValue', 'The message is longer than 1 MiB.');
    if (!Number.isInteger(delaySeconds) || delaySeconds < 0 || delaySeconds > MAX_DELAY_SECONDS) {
      throw new QueueError('com.amazonaws.sqs#InvalidParameterValue', 'InvalidParameterValue', `DelaySeconds must be 0 to ${MAX_DELAY_SECONDS}.`);
    }
    const at = this.options.clock();
    const message: StoredMessage = { messageId: randomUUID(), body, md5: md5(body), sentAt: at, visibleAt: at + delaySeconds * 1000, receiveCount: 0 };
    queue.messages.push(message);
    this.journal(queue, { put: message });
    this.wake();
    return message;
  }

  /** Messages waiting in a queue (tests read the dead letters with it). */
  /**
   * How many batches of a queue run at once (its mapping's maximum concurrency), for benchmarks
   * that compare worker counts; AWS allows 2 to 1,000, locally 1 is allowed too.
   */
  setMaxConcurrency(name: string, maxConcurrency: number): void {
    const queue = this.queues.get(name);
    if (!queue?.spec.consumer) throw new Error(`queue ${name} has no consumer`);
    if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) throw new Error(`maxConcurrency must be a positive integer, got ${maxConcurrency}`);
    queue.maxConcurrency = maxConcurrency;
    this.wake();
  }

  messages(name: string): readonly { messageId: string; body: string; receiveCount: number; visibleAt: number }[] {
    return this.queues.get(name)?.messages ?? [];
  }

  /** Runs the consumers on every message visible now, as many batches as allowed. */
  private pump(): void {
    if (this.stopped) return;
    const now = this.options.clock();
    for (const queue of this.queues.values()) {
      const consumer = queue.spec.consumer;
      if (!consumer) continue;
      while (queue.batches < (queue.maxConcurrency ?? consumer.maxConcurrency)) {
        const batch = queue.messages.filter((message) => message.visibleAt <= now && !queue.inFlight.has(message.messageId)).slice(0, consumer.batchSize);
        if (batch.length === 0) break;
        const run = this.runBatch(queue, batch, now);
        this.running.add(run);
        void run.finally(() => {
          this.running.delete(run);
          this.wake();
        });
      }
    }
    this.arm();
  }

  private async runBatch(queue: QueueState, batch: StoredMessage[], receivedAt: number): Promise<void> {
    const consumer = queue.spec.consumer as NonNullable<QueueSpec['consumer']>;
    queue.batches += 1;
    for (const message of batch) {
      queue.inFlight.add(message.messageId);
      message.receiveCount += 1;
      message.firstReceivedAt ??= receivedAt;
      message.visibleAt = receivedAt + queue.spec.visibilityTimeoutSeconds * 1000;
      this.journal(queue, { put: message });
    }
    const records: SqsRecord[] = batch.map((message) => ({
      messageId: message.messageId,
      receiptHandle: `${message.messageId}#${message.receiveCount}`,
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(message.receiveCount),
        SentTimestamp: String(message.sentAt),
        SenderId: LOCAL_ACCOUNT,
        ApproximateFirstReceiveTimestamp: String(message.firstReceivedAt ?? receivedAt),
      },
      messageAttributes: {},
      md5OfBody: message.md5,
      eventSource: 'aws:sqs',
      eventSourceARN: queue.arn,
      awsRegion: LOCAL_REGION,
    }));
    let failed: Set<string>;
    try {
      const result = await this.options.invoker.invoke<{ batchItemFailures?: { itemIdentifier: string }[] } | undefined>(consumer.function, { Records: records });
      failed = new Set((result?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
    } catch (error) {
      // A function error fails the whole batch, as with Lambda.
      this.options.log?.('queue consumer failed', { queue: queue.spec.name, function: consumer.function, error: error instanceof Error ? error.message : String(error) });
      failed = new Set(batch.map((message) => message.messageId));
    } finally {
      queue.batches -= 1;
      for (const message of batch) queue.inFlight.delete(message.messageId);
    }
    const done = new Set(batch.filter((message) => !failed.has(message.messageId)).map((message) => message.messageId));
    queue.messages = queue.messages.filter((message) => !done.has(message.messageId));
    for (const messageId of done) this.journal(queue, { del: messageId });
    const redrive = queue.spec.deadLetter;
    for (const message of batch.filter((candidate) => failed.has(candidate.messageId))) {
      // Visible again after the visibility timeout; past maxReceiveCount, to the dead letters.
      if (redrive && message.receiveCount >= redrive.maxReceiveCount) {
        queue.messages = queue.messages.filter((candidate) => candidate !== message);
        const deadLetters = this.queues.get(redrive.queue) as QueueState;
        const moved = { ...message, visibleAt: this.options.clock(), receiveCount: 0 };
        deadLetters.messages.push(moved);
        this.journal(deadLetters, { put: moved });
        this.journal(queue, { del: message.messageId });
        this.options.log?.('message moved to the dead-letter queue', { queue: queue.spec.name, deadLetterQueue: redrive.queue, messageId: message.messageId });
      }
    }
  }

  private wake(): void {
    if (this.stopped) return;
    queueMicrotask(() => this.pump());
  }

  /** A timer for the next message that becomes visible, on the clock's time. */
  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    let next = Infinity;
    for (const queue of this.queues.values()) {
      if (!queue.spec.consumer) continue;
      for (const message of queue.messages) if (!queue.inFlight.has(message.messageId) && message.visibleAt < next) next = message.visibleAt;
    }
    if (next === Infinity || this.stopped) return;
    const wait = Math.max(0, Math.min(next - this.options.clock(), 2_147_000_000));
    this.timer = setTimeout(() => this.pump(), wait);
    this.timer.unref();
  }

  /** Runs every message due now, and what they enqueue that is due now, until none is left. */
  async settle(): Promise<void> {
    for (;;) {
      this.pump();
      if (this.running.size === 0) return;
      await Promise.allSettled([...this.running]);
    }
  }

  async listen(): Promise<string> {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const { status, body, queryCode } = this.answer(String(request.headers['x-amz-target'] ?? ''), Buffer.concat(chunks));
        response.writeHead(status, {
          'content-type': 'application/x-amz-json-1.0',
          'x-amzn-requestid': randomUUID(),
          ...(queryCode ? { 'x-amzn-query-error': `${queryCode};Sender` } : {}),
        });
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (typeof address !== 'object' || !address) throw new Error('queues have no address');
    this.endpoint = `http://127.0.0.1:${address.port}`;
    this.pump();
    return this.endpoint;
  }

  private answer(target: string, raw: Buffer): { status: number; body: unknown; queryCode?: string } {
    try {
      const input = (raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {}) as Record<string, unknown>;
      switch (target) {
        case 'AmazonSQS.SendMessage': {
          const queue = this.queueOf(input['QueueUrl']);
          const message = this.enqueue(queue, input['MessageBody'] as string, (input['DelaySeconds'] as number | undefined) ?? 0);
          return { status: 200, body: { MessageId: message.messageId, MD5OfMessageBody: message.md5 } };
        }
        case 'AmazonSQS.SendMessageBatch':
          return { status: 200, body: this.sendBatch(this.queueOf(input['QueueUrl']), input['Entries']) };
        case 'AmazonSQS.GetQueueUrl': {
          const name = text(input['QueueName']);
          this.queueOf(name);
          return { status: 200, body: { QueueUrl: this.urlOf(name) } };
        }
        default:
          throw new QueueError('com.amazonaws.sqs#UnsupportedOperation', 'AWS.SimpleQueueService.UnsupportedOperation', `${target || 'this operation'} is not supported by the local queues`);
      }
    } catch (error) {
      if (error instanceof QueueError) return { status: 400, body: { __type: error.code, message: error.message }, queryCode: error.queryCode };
      return { status: 500, body: { __type: 'com.amazonaws.sqs#InternalError', message: error instanceof Error ? error.message : String(error) } };
    }
  }

  private sendBatch(queue: QueueState, entries: unknown) {
    if (!Array.isArray(entries) || entries.length === 0) throw new QueueError('com.amazonaws.sqs#EmptyBatchRequest', 'AWS.SimpleQueueService.EmptyBatchRequest', 'There should be at least one entry in the request.');
    if (entries.length > MAX_BATCH) throw new QueueError('com.amazonaws.sqs#TooManyEntriesInBatchRequest', 'AWS.SimpleQueueService.TooManyEntriesInBatchRequest', `Maximum number of entries per request are ${MAX_BATCH}.`);
    const ids = entries.map((entry) => text((entry as Record<string, unknown>)['Id']));
    if (new Set(ids).size !== ids.length) throw new QueueError('com.amazonaws.sqs#BatchEntryIdsNotDistinct', 'AWS.SimpleQueueService.BatchEntryIdsNotDistinct', 'Two or more batch entries in the request have the same Id.');
    const total = entries.reduce<number>((sum, entry) => sum + Buffer.byteLength(text((entry as Record<string, unknown>)['MessageBody'])), 0);
    if (total > MAX_BODY_BYTES) throw new QueueError('com.amazonaws.sqs#BatchRequestTooLong', 'AWS.SimpleQueueService.BatchRequestTooLong', 'Batch requests cannot be longer than 1 MiB.');
    const Successful: { Id: string; MessageId: string; MD5OfMessageBody: string }[] = [];
    const Failed: { Id: string; SenderFault: boolean; Code: string; Message: string }[] = [];
    for (const entry of entries as Record<string, unknown>[]) {
      const id = text(entry['Id']);
      if (!/^[A-Za-z0-9_-]{1,80}$/.test(id)) throw new QueueError('com.amazonaws.sqs#InvalidBatchEntryId', 'AWS.SimpleQueueService.InvalidBatchEntryId', 'A batch entry id can only contain alphanumeric characters, hyphens and underscores, 1 to 80 long.');
      try {
        const message = this.enqueue(queue, entry['MessageBody'] as string, (entry['DelaySeconds'] as number | undefined) ?? 0);
        Successful.push({ Id: id, MessageId: message.messageId, MD5OfMessageBody: message.md5 });
      } catch (error) {
        if (!(error instanceof QueueError)) throw error;
        Failed.push({ Id: id, SenderFault: true, Code: error.queryCode, Message: error.message });
      }
    }
    return { Successful, Failed };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.running]);
    try {
      this.compact();
    } catch {
      // the journal still holds every change
    }
    if (this.journalFd !== undefined) closeSync(this.journalFd);
    this.journalFd = undefined;
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections?.();
  }
}
