/**
 * A local stand-in for Lambda's DynamoDB event source mapping: polls DynamoDB Local's real
 * stream, keeps only records that pass the consumer's filter criteria (the same pattern
 * syntax AWS applies), invokes the consumer with Lambda-shaped batches, and honours its
 * answer as AWS does with ReportBatchItemFailures: a reported sequence number is retried
 * from there on; retries are bounded by retryAttempts and maxRecordAge, after which the
 * batch goes to a dead-letter list. Checkpoints are kept per shard in the data directory,
 * so a restart resumes where it stopped: records written while the runtime was down are
 * relayed when it comes back.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
  type _Record,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { StreamConsumerSpec } from '#topology';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './dynamodb.ts';
import { matchesPattern, validatePattern } from './event-pattern.ts';
import type { Invoker } from './lambda.ts';

export interface StreamDeadLetter {
  readonly function: string;
  readonly firstSequenceNumber: string;
  readonly lastSequenceNumber: string;
  readonly records: DynamoDBRecord[];
  readonly reason: string;
}

export interface StreamConsumerOptions {
  readonly spec: StreamConsumerSpec;
  readonly streamArn: string;
  readonly endpoint: string;
  readonly invoker: Invoker;
  /** Directory for checkpoints; omitted = in memory only. */
  readonly checkpointDir?: string;
  readonly pollIntervalMs?: number;
  readonly retryBaseMs?: number;
  readonly log?: (message: string, extra?: Record<string, unknown>) => void;
}

interface ShardState {
  iterator?: string;
  /** Last sequence number handled (delivered, filtered out or dead-lettered). */
  checkpoint?: string;
  closed: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long a pass trusts the stream's shard list before describing the stream again. A shard
 * that ends makes the next pass describe it at once (its children start then); this only
 * bounds how late any other new shard is seen. Described on every 100 ms pass, it doubled the
 * calls an idle runtime makes (a DescribeStream beside each shard's GetRecords).
 */
const SHARD_LIST_MS = 1_000;

type Attribute = Record<string, unknown>;

/**
 * DynamoDB Local writes an empty map as {} in stream records, where DynamoDB (and so the
 * Lambda event) has {"M": {}}. An attribute value with no type can only be that.
 */
export function repairEmptyMaps<T>(image: T): T {
  const repair = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const attribute = value as Attribute;
    if (Object.keys(attribute).length === 0) return { M: {} };
    if (attribute['M'] && typeof attribute['M'] === 'object') {
      return { M: Object.fromEntries(Object.entries(attribute['M'] as Attribute).map(([k, v]) => [k, repair(v)])) };
    }
    if (Array.isArray(attribute['L'])) return { L: (attribute['L'] as unknown[]).map(repair) };
    return value;
  };
  if (!image) return image;
  return Object.fromEntries(Object.entries(image as Attribute).map(([k, v]) => [k, repair(v)])) as T;
}

export function toLambdaRecord(record: _Record, streamArn: string): DynamoDBRecord {
  const data = record.dynamodb ?? {};
  const created = data.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    // DynamoDB Local names its region 'ddblocal'; Lambda events carry the table's region.
    awsRegion: LOCAL_REGION,
    eventSourceARN: streamArn,
    ...(record.userIdentity ? { userIdentity: record.userIdentity } : {}),
    dynamodb: {
      ...(created ? { ApproximateCreationDateTime: Math.floor(created.getTime() / 1000) } : {}),
      ...(data.Keys ? { Keys: data.Keys as never } : {}),
      ...(data.NewImage ? { NewImage: repairEmptyMaps(data.NewImage) as never } : {}),
      ...(data.OldImage ? { OldImage: repairEmptyMaps(data.OldImage) as never } : {}),
      ...(data.SequenceNumber ? { SequenceNumber: data.SequenceNumber } : {}),
      ...(data.SizeBytes !== undefined ? { SizeBytes: data.SizeBytes } : {}),
      ...(data.StreamViewType ? { StreamViewType: data.StreamViewType } : {}),
    },
  };
}

export class LocalStreamConsumer {
  readonly deadLetters: StreamDeadLetter[] = [];
  private client: DynamoDBStreamsClient;
  private clientDestroyed = false;
  private readonly shards = new Map<string, ShardState>();
  private running = false;
  private loop?: Promise<void>;
  private idleWaiters: (() => void)[] = [];
  private readonly options: StreamConsumerOptions;
  /** The shards as last described, and when: kept until one ends or SHARD_LIST_MS pass. */
  private shardList?: { readonly shards: Shard[]; readonly at: number };

  constructor(options: StreamConsumerOptions) {
    this.options = options;
    validatePattern(options.spec.filter);
    this.client = this.newClient();
  }

  private newClient(): DynamoDBStreamsClient {
    return new DynamoDBStreamsClient({ endpoint: this.options.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  }

  private get checkpointFile(): string | undefined {
    return this.options.checkpointDir
      ? path.join(this.options.checkpointDir, `stream-checkpoints.${this.options.spec.function}.json`)
      : undefined;
  }

  private async loadCheckpoints(): Promise<void> {
    if (!this.checkpointFile) return;
    try {
      const saved = JSON.parse(await readFile(this.checkpointFile, 'utf8')) as { streamArn: string; shards: Record<string, string> };
      // A new table has a new stream: old checkpoints mean nothing there.
      if (saved.streamArn !== this.options.streamArn) return;
      for (const [shardId, checkpoint] of Object.entries(saved.shards)) this.shards.set(shardId, { checkpoint, closed: false });
    } catch {
      // No checkpoint yet: start at the trim horizon, as the CDK mapping does.
    }
  }

  private async saveCheckpoints(): Promise<void> {
    if (!this.checkpointFile) return;
    const shards: Record<string, string> = {};
    for (const [shardId, state] of this.shards) if (state.checkpoint) shards[shardId] = state.checkpoint;
    const temporary = `${this.checkpointFile}.tmp`;
    await writeFile(temporary, JSON.stringify({ streamArn: this.options.streamArn, shards }));
    await rename(temporary, this.checkpointFile);
  }

  /** Starts reading; after stop(), starts again from the checkpoints, like a restarted mapping. */
  async start(): Promise<void> {
    if (this.running) return;
    if (this.clientDestroyed) this.client = this.newClient();
    this.clientDestroyed = false;
    // Resume from the checkpoints, never from an iterator a stopped run had moved on.
    for (const state of this.shards.values()) delete state.iterator;
    this.shardList = undefined;
    await this.loadCheckpoints();
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    this.client.destroy();
    this.clientDestroyed = true;
  }

  /** Resolves after a full pass over the stream that found nothing new (tests use it). */
  idle(): Promise<void> {
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async run(): Promise<void> {
    while (this.running) {
      let found = false;
      try {
        found = await this.pass();
      } catch (error) {
        this.options.log?.('stream poll failed', { error: error instanceof Error ? error.message : String(error) });
      }
      if (!found) {
        const waiters = this.idleWaiters.splice(0);
        for (const resolve of waiters) resolve();
        await sleep(this.options.pollIntervalMs ?? 100);
      }
    }
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async listShards(): Promise<Shard[]> {
    const shards: Shard[] = [];
    let start: string | undefined;
    do {
      const page = await this.client.send(
        new DescribeStreamCommand({ StreamArn: this.options.streamArn, ...(start ? { ExclusiveStartShardId: start } : {}) }),
      );
      shards.push(...(page.StreamDescription?.Shards ?? []));
      start = page.StreamDescription?.LastEvaluatedShardId;
    } while (start);
    return shards;
  }

  /** The shard list, described again when it is older than SHARD_LIST_MS or a shard ended since. */
  private async currentShards(): Promise<Shard[]> {
    if (!this.shardList || Date.now() - this.shardList.at >= SHARD_LIST_MS) this.shardList = { shards: await this.listShards(), at: Date.now() };
    return this.shardList.shards;
  }

  /** One pass over every readable shard, parents before children. Returns whether records came. */
  private async pass(): Promise<boolean> {
    const shards = await this.currentShards();
    const known = new Set(shards.map((shard) => shard.ShardId));
    let found = false;
    for (const shard of shards) {
      const id = shard.ShardId!;
      const parent = shard.ParentShardId;
      if (parent && known.has(parent) && !this.shards.get(parent)?.closed) continue;
      const state = this.shards.get(id) ?? { closed: false };
      this.shards.set(id, state);
      if (state.closed) continue;
      if (!state.iterator) state.iterator = await this.iteratorFor(id, state.checkpoint);
      let records: _Record[];
      try {
        const page = await this.client.send(new GetRecordsCommand({ ShardIterator: state.iterator, Limit: 1000 }));
        records = page.Records ?? [];
        state.iterator = page.NextShardIterator;
        if (!page.NextShardIterator) {
          state.closed = true;
          // Its children, if any, start now: the next pass describes the stream again.
          this.shardList = undefined;
        }
      } catch (error) {
        if (error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException) {
          state.iterator = undefined;
          continue;
        }
        throw error;
      }
      if (records.length > 0) {
        found = true;
        await this.handle(records);
        state.checkpoint = records.at(-1)?.dynamodb?.SequenceNumber ?? state.checkpoint;
        await this.saveCheckpoints();
      }
    }
    return found;
  }

  private async iteratorFor(shardId: string, checkpoint: string | undefined): Promise<string | undefined> {
    const result = await this.client.send(
      new GetShardIteratorCommand({
        StreamArn: this.options.streamArn,
        ShardId: shardId,
        ...(checkpoint
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: checkpoint }
          : { ShardIteratorType: 'TRIM_HORIZON' }),
      }),
    );
    return result.ShardIterator;
  }

  /** Filters, batches and delivers one page of records, in order. */
  private async handle(records: _Record[]): Promise<void> {
    const { spec } = this.options;
    const matching = records
      .map((record) => toLambdaRecord(record, this.options.streamArn))
      .filter((record) => matchesPattern(spec.filter, record as unknown as Record<string, unknown>));
    for (let start = 0; start < matching.length; start += spec.batchSize) {
      await this.deliver(matching.slice(start, start + spec.batchSize));
    }
  }

  private async deliver(batch: DynamoDBRecord[]): Promise<void> {
    const { spec } = this.options;
    let pending = batch;
    let retries = 0;
    while (pending.length > 0) {
      let failedFrom: number | undefined;
      let reason = '';
      try {
        const response = await this.options.invoker.invoke<DynamoDBBatchResponse | undefined>(spec.function, {
          Records: pending,
        } satisfies DynamoDBStreamEvent);
        const failures = response?.batchItemFailures ?? [];
        if (failures.length > 0) {
          // As Lambda does: retry from the lowest reported sequence number; an unknown one fails all.
          const positions = failures.map((f) => pending.findIndex((r) => r.dynamodb?.SequenceNumber === f.itemIdentifier));
          failedFrom = positions.some((p) => p < 0) ? 0 : Math.min(...positions);
          reason = 'batch item failure reported';
        }
      } catch (error) {
        failedFrom = 0;
        reason = error instanceof Error ? error.message : String(error);
      }
      if (failedFrom === undefined) return;

      pending = pending.slice(failedFrom);
      const oldest = pending[0]?.dynamodb?.ApproximateCreationDateTime ?? Date.now() / 1000;
      const tooOld = Date.now() / 1000 - oldest > spec.maxRecordAgeSeconds;
      if (retries >= spec.retryAttempts || tooOld) {
        if (spec.bisectBatchOnError && pending.length > 1) {
          const half = Math.ceil(pending.length / 2);
          await this.deliver(pending.slice(0, half));
          await this.deliver(pending.slice(half));
          return;
        }
        this.deadLetters.push({
          function: spec.function,
          firstSequenceNumber: pending[0]?.dynamodb?.SequenceNumber ?? '',
          lastSequenceNumber: pending.at(-1)?.dynamodb?.SequenceNumber ?? '',
          records: pending,
          reason,
        });
        this.options.log?.('stream batch dead-lettered', { function: spec.function, records: pending.length, reason });
        return;
      }
      retries += 1;
      this.options.log?.('stream batch failed, retrying', { function: spec.function, retry: retries, reason });
      await sleep(Math.min((this.options.retryBaseMs ?? 200) * 2 ** (retries - 1), 5_000));
      if (!this.running) throw new Error('stream consumer stopped during a retry');
    }
  }
}
