/**
 * The benchmark harness: what a scenario is, two ways to measure an operation (an async loop
 * timed with performance.now(), or HTTP load through autocannon), and the table printer.
 *
 * Everything runs on shared, noisy machines, so absolute figures drift from run to run; each
 * row therefore names a baseline measured in the same run at the same concurrency, and the
 * table quotes the row as a ratio to it. Figures are printed, never asserted.
 */
import autocannon from 'autocannon';
import type { Topology } from '#topology';
import type { RunningRuntime } from '../../infra/local/runtime.ts';

/**
 * The usage plans a benchmark runtime starts with: every tier's rate and burst out of reach.
 * Benchmarks measure the work a request does, not 429s; the token bucket still runs on every
 * request (same code path), it just never refuses. The throttling itself is tested in
 * tests/e2e/throttling.test.ts.
 */
const OUT_OF_REACH = { rateLimit: 1_000_000, burstLimit: 1_000_000 } as const;
export const UNTHROTTLED: Topology['throttling'] = {
  tiers: { standard: OUT_OF_REACH, premium: OUT_OF_REACH, partner: OUT_OF_REACH, internal: OUT_OF_REACH },
};

/** How long each measurement lasts, after its warm-up. */
export interface Budget {
  /** Measure for this many seconds (ignored when iterations is set). */
  readonly seconds: number;
  /** Measure exactly this many operations instead of a duration. */
  readonly iterations?: number;
  /** Operations run and thrown away before each measurement: sockets at this concurrency, caches. */
  readonly warmup: number;
  /**
   * Seconds each case runs, unmeasured, before a scenario's first row. JIT compilation (DynamoDB
   * Local's JVM and ours) takes thousands of calls per code path, far more than a row's warm-up;
   * without this pass the first rows of a scenario come out slower than the ones after them.
   */
  readonly warmupSeconds: number;
}

export interface Stats {
  /** Operations measured (the p99 of a few hundred samples rests on a handful of them). */
  readonly samples: number;
  readonly p50: number;
  readonly p99: number;
  readonly opsPerSec: number;
}

/** One row family of the table: an operation, measured once per concurrency. */
export interface BenchCase {
  readonly label: string;
  /** Label of the row to divide by: same scenario by default, or "scenario/label" for another one. */
  readonly baseline?: string;
  /** The concurrency levels this case is measured at, when not all of its scenario's (CPU rows: 1). */
  readonly levels?: readonly number[];
  measure(concurrency: number, budget: Budget): Promise<Stats>;
}

export interface BenchContext {
  /** The one local runtime of this run (DynamoDB Local, bus, gateway), shared by every scenario. */
  readonly runtime: RunningRuntime;
  /**
   * An insurer API key the runtime was started with (random, new every run): send it as
   * `Authorization: Bearer <insurerKey>` to onboard tenants and brokers in a setup.
   */
  readonly insurerKey: string;
  /** Where the runtime's log lines go (BENCH_LOG, else nowhere), for anything a scenario runs beside it. */
  readonly log: (message: string, extra?: Record<string, unknown>) => void;
  /**
   * The run's budget per row (BENCH_SECONDS...), for a setup that must size what its rows
   * consume (headroom, keys) from how long they will run.
   */
  readonly budget: Budget;
}

export interface ScenarioRun {
  readonly cases: readonly BenchCase[];
  teardown?(): Promise<void>;
}

export interface Scenario {
  /** What `npm run bench -- <word>` matches against. */
  readonly name: string;
  /** Defaults to DEFAULT_CONCURRENCY. */
  readonly concurrency?: readonly number[];
  /**
   * The warm-up pass lasts at least this many seconds per case, whatever BENCH_WARMUP_SECONDS
   * says: for operations so slow that its default runs too few of them to warm the JIT.
   */
  readonly minWarmupSeconds?: number;
  /**
   * Each row is measured at least this many seconds, whatever BENCH_SECONDS says (not with
   * BENCH_ITERATIONS): for rows so slow that the default gives a p99 from a couple of samples.
   */
  readonly minSeconds?: number;
  /** Creates what the cases need (tables, items, clients); teardown undoes it. */
  setup(context: BenchContext): Promise<ScenarioRun>;
  /** Lines printed under the table, from this scenario's rows (a target met or not, say). */
  notes?(rows: readonly Row[]): readonly string[];
}

export const DEFAULT_CONCURRENCY: readonly number[] = [1, 32];

export interface Row {
  readonly scenario: string;
  readonly label: string;
  readonly baseline?: string;
  readonly concurrency: number;
  readonly stats: Stats;
}

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarize(latenciesMs: number[], elapsedMs: number): Stats {
  const sorted = latenciesMs.sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    opsPerSec: elapsedMs > 0 ? (sorted.length * 1000) / elapsedMs : 0,
  };
}

/** Runs `op` `count` times from `concurrency` workers, untimed: a warm-up. */
export async function repeat(op: () => Promise<unknown>, count: number, concurrency: number): Promise<void> {
  let started = 0;
  const worker = async () => {
    while (started++ < count) await op();
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Runs `op` from `concurrency` workers until the budget is spent and times each call.
 * A failing operation fails the measurement: figures that mix errors in are not figures.
 */
export async function measureLoop(op: () => Promise<unknown>, concurrency: number, budget: Budget): Promise<Stats> {
  const workers = async (shouldStart: () => boolean, latencies: number[]) => {
    const worker = async () => {
      while (shouldStart()) {
        const started = performance.now();
        await op();
        latencies.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  };

  await repeat(op, budget.warmup, concurrency);

  const latencies: number[] = [];
  let started = 0;
  const deadline = performance.now() + budget.seconds * 1000;
  const shouldStart =
    budget.iterations !== undefined ? () => started++ < (budget.iterations as number) : () => performance.now() < deadline;
  const begin = performance.now();
  await workers(shouldStart, latencies);
  return summarize(latencies, performance.now() - begin);
}

export interface HttpTarget {
  readonly url: string;
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/**
 * HTTP load with autocannon: `concurrency` keep-alive connections, one request in flight on
 * each. Its latency histogram has whole-millisecond resolution (values are truncated), so use
 * measureLoop with fetch instead when the operation takes about a millisecond.
 */
export async function measureHttp(target: HttpTarget, concurrency: number, budget: Budget): Promise<Stats> {
  const base = { ...target, connections: concurrency, pipelining: 1 };
  const check = (result: autocannon.Result, phase: string) => {
    if (result.errors > 0 || result.non2xx > 0) {
      throw new Error(`${target.method ?? 'GET'} ${target.url} (${phase}): ${result.non2xx} non-2xx, ${result.errors} errors`);
    }
  };
  if (budget.warmup > 0) check(await autocannon({ ...base, amount: Math.max(budget.warmup, concurrency) }), 'warm-up');
  const result = await autocannon(budget.iterations !== undefined ? { ...base, amount: budget.iterations } : { ...base, duration: budget.seconds });
  check(result, 'measure');
  return {
    samples: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    opsPerSec: result.duration > 0 ? result.requests.total / result.duration : 0,
  };
}

/** A case measured with measureLoop. */
export function loopCase(label: string, op: () => Promise<unknown>, options: { baseline?: string } = {}): BenchCase {
  return { label, ...options, measure: (concurrency, budget) => measureLoop(op, concurrency, budget) };
}

/** A case measured with measureHttp (autocannon). */
export function httpCase(label: string, target: HttpTarget, options: { baseline?: string } = {}): BenchCase {
  return { label, ...options, measure: (concurrency, budget) => measureHttp(target, concurrency, budget) };
}

function findBaseline(rows: readonly Row[], row: Row): Row | undefined {
  const name = row.baseline;
  if (name === undefined) return undefined;
  const sameConcurrency = rows.filter((r) => r.concurrency === row.concurrency);
  return (
    sameConcurrency.find((r) => r.scenario === row.scenario && r.label === name) ??
    sameConcurrency.find((r) => `${r.scenario}/${r.label}` === name)
  );
}

function ratioOf(rows: readonly Row[], row: Row): string {
  // A row that divides by nothing is a reference for others (now or in later scenarios).
  if (row.baseline === undefined) return 'baseline';
  const base = findBaseline(rows, row);
  if (!base) return `n/a (${row.baseline} not run)`;
  const x = (value: number, of: number) => (of > 0 ? `${(value / of).toFixed(2)}×` : '∞');
  return `${x(row.stats.p50, base.stats.p50)} / ${x(row.stats.p99, base.stats.p99)} vs ${base.label}`;
}

const ms = (value: number) => (Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(2) : value.toFixed(1));

export function formatTable(rows: readonly Row[]): string {
  const header = ['scenario', 'operation', 'conc', 'n', 'p50 ms', 'p99 ms', 'ops/s', 'ratio p50 / p99'];
  const body = rows.map((row) => [
    row.scenario,
    row.label,
    String(row.concurrency),
    String(row.stats.samples),
    ms(row.stats.p50),
    ms(row.stats.p99),
    Math.round(row.stats.opsPerSec).toString(),
    ratioOf(rows, row),
  ]);
  const numeric = new Set([2, 3, 4, 5, 6]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export const LEGEND = [
  'ratio: this row’s p50 and p99 divided by those of the baseline row it names, measured in the same run at',
  'the same concurrency (rows marked "baseline"). Absolute ms and ops/s drift on shared machines; quote the ratio.',
  'Latencies are per operation, client side; ops/s is completed operations over the measured wall time.',
].join('\n');
