/**
 * CPU per invocation, in this process: what Lambda bills for a function, whatever the local
 * runtime adds around it. A handler module is imported as the local runtime imports it (same
 * module, same SDK client), invoked one call at a time with an API Gateway event the local
 * gateway built for a real request, and each invocation's CPU is read with process.cpuUsage
 * (user + system; DynamoDB Local runs in its own process, so its work is not counted).
 *
 * The split: a middleware on the functions' DynamoDB client (shared/data/client.ts) counts the
 * CPU spent while at least one of its calls is in flight, from the first middleware of a call
 * (the document client's marshalling included) to its last (unmarshalling included): the SDK's
 * part. Only the calls of the measured invocation count (an AsyncLocalStorage marks them): the
 * in-process runtime's own work (stream pollers, the relay) uses the same client meanwhile.
 * Invocations run one at a time; the pollers' CPU lands in a few of them, which the median
 * leaves out. Handler code = total - SDK part.
 *
 * Raw SDK calls alone: the low-level calls one invocation made (recorded at the build step,
 * after marshalling), sent again all at once through a plain client of the SDK on the
 * same endpoint. A write is replayed on keys of its own (its `pk` prefixed with a fresh
 * RAW#… per replay), so a condition such as attribute_not_exists(pk) holds again; an outbox
 * item replayed is of kind `bench-outbox`, which the relay's stream filter drops.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import type { AttributeValue, ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-dynamodb';
import type { BuildMiddleware, InitializeMiddleware } from '@smithy/types';
import type { Budget, BenchCase, Stats } from './harness.ts';
import { percentile } from './harness.ts';


export interface RecordedCall {
  readonly command: string;
  readonly input: Record<string, unknown>;
}

/** Counts the CPU a client's calls take while in flight, and records the calls when asked. */
export class SdkCpu {
  #inFlight = 0;
  #since: NodeJS.CpuUsage | undefined;
  /** Microseconds of CPU with at least one call in flight, so far. */
  micros = 0;
  calls = 0;
  #recording: RecordedCall[] | undefined;
  /** Set while a measured invocation runs: its calls, and only its, are counted and recorded. */
  readonly #measured = new AsyncLocalStorage<true>();

  readonly #client: DynamoDB.DynamoDBClient;

  constructor(client: DynamoDB.DynamoDBClient) {
    this.#client = client;
    const counting: InitializeMiddleware<ServiceInputTypes, ServiceOutputTypes> = (next) => async (args) => {
      if (this.#measured.getStore() !== true) return next(args);
      this.calls += 1;
      if (this.#inFlight++ === 0) this.#since = process.cpuUsage();
      try {
        return await next(args);
      } finally {
        if (--this.#inFlight === 0) {
          const spent = process.cpuUsage(this.#since);
          this.micros += spent.user + spent.system;
        }
      }
    };
    const recording: BuildMiddleware<ServiceInputTypes, ServiceOutputTypes> = (next, context) => async (args) => {
      if (this.#measured.getStore() === true) this.#recording?.push({ command: String(context.commandName), input: structuredClone(args.input as Record<string, unknown>) });
      return next(args);
    };
    client.middlewareStack.add(counting, { step: 'initialize', priority: 'high', name: 'benchSdkCpu' });
    client.middlewareStack.add(recording, { step: 'build', priority: 'high', name: 'benchSdkRecord' });
  }

  /** Takes the middlewares off the client again. */
  detach(): void {
    this.#client.middlewareStack.remove('benchSdkCpu');
    this.#client.middlewareStack.remove('benchSdkRecord');
  }

  /** Runs `op` as a measured invocation: its calls count. */
  run<T>(op: () => Promise<T>): Promise<T> {
    return this.#measured.run(true, op);
  }

  /** The low-level calls `op` makes. */
  async record(op: () => Promise<unknown>): Promise<RecordedCall[]> {
    this.#recording = [];
    try {
      await this.run(op);
      return this.#recording;
    } finally {
      this.#recording = undefined;
    }
  }
}

const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'TransactWriteItemsCommand', 'BatchWriteItemCommand']);

/** A write's items on keys of their own: every `pk` of a Key or Item prefixed with `prefix`. */
function rekeyed(value: unknown, prefix: string, parent?: string): unknown {
  if (Array.isArray(value)) return value.map((entry) => rekeyed(entry, prefix, parent));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [name, inner] of Object.entries(value)) {
    const inItem = parent === 'Key' || parent === 'Item';
    if (inItem && name === 'pk') out[name] = { S: `${prefix}${(inner as AttributeValue).S ?? ''}` };
    // An outbox item of a replay publishes nothing: the relay's stream filter takes kind `outbox` only.
    else if (inItem && name === 'kind' && (inner as AttributeValue).S === 'outbox') out[name] = { S: 'bench-outbox' };
    else out[name] = rekeyed(inner, prefix, name);
  }
  return out;
}

/** Sends recorded calls again, all at once, through `client`. */
export function replay(client: DynamoDB.DynamoDBClient, calls: readonly RecordedCall[]): () => Promise<void> {
  let n = 0;
  const commands = DynamoDB as unknown as Record<string, new (input: unknown) => Parameters<DynamoDB.DynamoDBClient['send']>[0]>;
  for (const call of calls) if (!commands[call.command]) throw new Error(`cpu: no SDK command ${call.command} to replay`);
  return async () => {
    const prefix = `RAW#${process.pid}-${++n}#`;
    await Promise.all(
      calls.map((call) => {
        const Command = commands[call.command] as new (input: unknown) => Parameters<DynamoDB.DynamoDBClient['send']>[0];
        return client.send(new Command(WRITES.has(call.command) ? rekeyed(call.input, prefix) : call.input));
      }),
    );
  };
}

interface CpuSample {
  readonly total: number;
  readonly sdk: number;
}

function statsOf(values: number[]): Stats {
  const sorted = values.sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  // ops/s of a CPU row: invocations per second of one core's CPU (1000 / mean CPU ms).
  return { samples: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), opsPerSec: mean > 0 ? 1000 / mean : 0 };
}

/** Runs `op` one call at a time for the budget and reads each call's CPU, and the SDK's part of it. */
async function sample(op: () => Promise<unknown>, sdk: SdkCpu, budget: Budget): Promise<CpuSample[]> {
  // Not warmed by the scenario's warm-up pass (one call at a time is another path): warm here,
  // for the row's warm-up operations and at least BENCH_WARMUP_SECONDS.
  const warmUntil = performance.now() + budget.warmupSeconds * 1000;
  for (let i = 0; i < budget.warmup || performance.now() < warmUntil; i++) await sdk.run(op);
  const samples: CpuSample[] = [];
  const deadline = performance.now() + budget.seconds * 1000;
  const more = budget.iterations !== undefined ? () => samples.length < (budget.iterations as number) : () => performance.now() < deadline;
  while (more()) {
    const sdkBefore = sdk.micros;
    const before = process.cpuUsage();
    await sdk.run(op);
    const spent = process.cpuUsage(before);
    samples.push({ total: (spent.user + spent.system) / 1000, sdk: (sdk.micros - sdkBefore) / 1000 });
  }
  return samples;
}

export const CPU_SUFFIX = {
  total: 'cpu/invocation',
  handler: 'cpu: handler code',
  sdk: 'cpu: its SDK calls',
  raw: 'cpu: raw SDK calls alone',
} as const;

/** The rows of one invocation's CPU, measured at concurrency 1 only (a CPU row does not overlap calls). */
export interface CpuRows {
  readonly cases: readonly BenchCase[];
  /** The medians of the last measure, in ms: handler code, SDK part, total, raw calls alone. */
  readonly medians: () => { handler: number; sdk: number; total: number; raw: number } | undefined;
}

/**
 * Four rows for an invocation: its total CPU, its handler code and its SDK part (one
 * measurement, three views), and the same calls sent raw. The ratio column divides each by the
 * raw calls' CPU. `op` invokes the handler in process; `raw` sends its calls through a plain client.
 */
export function cpuRows(label: string, op: () => Promise<unknown>, raw: () => Promise<unknown>, sdk: SdkCpu, quiet: Quiet): CpuRows {
  const rawLabel = `${label} · ${CPU_SUFFIX.raw}`;
  let last: { handler: Stats; sdk: Stats; total: Stats; raw: Stats } | undefined;
  let split: { handler: Stats; sdk: Stats } | undefined;
  const only = [1] as const;
  const cases: BenchCase[] = [
    {
      label: rawLabel,
      levels: only,
      async measure(_concurrency, budget) {
        const samples = await quietly(quiet, () => sample(raw, sdk, budget));
        const stats = statsOf(samples.map((s) => s.total));
        last = { ...(last ?? { handler: stats, sdk: stats, total: stats }), raw: stats };
        return stats;
      },
    },
    {
      label: `${label} · ${CPU_SUFFIX.total}`,
      baseline: rawLabel,
      levels: only,
      async measure(_concurrency, budget) {
        const samples = await quietly(quiet, () => sample(op, sdk, budget));
        split = { handler: statsOf(samples.map((s) => s.total - s.sdk)), sdk: statsOf(samples.map((s) => s.sdk)) };
        const total = statsOf(samples.map((s) => s.total));
        if (last) last = { ...last, ...split, total };
        return total;
      },
    },
    { label: `${label} · ${CPU_SUFFIX.handler}`, baseline: rawLabel, levels: only, measure: async () => need(split, label).handler },
    { label: `${label} · ${CPU_SUFFIX.sdk}`, baseline: rawLabel, levels: only, measure: async () => need(split, label).sdk },
  ];
  return {
    cases,
    medians: () => (last ? { handler: last.handler.p50, sdk: last.sdk.p50, total: last.total.p50, raw: last.raw.p50 } : undefined),
  };
}

/**
 * Stops the in-process runtime's background work (its stream consumers, once they and the
 * queues have caught up) and returns what starts it again: a CPU row measures the invocation,
 * not the relay and the consumers working off earlier writes in the same process.
 */
export type Quiet = () => Promise<() => Promise<void>>;

async function quietly<T>(quiet: Quiet, work: () => Promise<T>): Promise<T> {
  const resume = await quiet();
  try {
    return await work();
  } finally {
    await resume();
  }
}

function need<T>(value: T | undefined, label: string): T {
  if (value === undefined) throw new Error(`cpu: ${label}'s split read before its measure`);
  return value;
}
