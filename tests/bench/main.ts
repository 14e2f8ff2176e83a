/**
 * `npm run bench [-- word...]`: starts one in-memory local runtime, runs every registered
 * scenario (or those whose name contains one of the words), prints one table, stops.
 *
 * Environment:
 *   BENCH_SECONDS     seconds measured per row and concurrency (default 2; a scenario may ask
 *                     for more: Scenario.minSeconds)
 *   BENCH_ITERATIONS  measure this many operations per row instead of a duration
 *   BENCH_WARMUP      operations run and discarded before each row (default 200)
 *   BENCH_WARMUP_SECONDS  seconds each case runs unmeasured before a scenario starts (default 1;
 *                     a scenario may ask for more: Scenario.minWarmupSeconds)
 *   BENCH_LOG         file that receives the runtime's log lines (default: discarded)
 *
 * `npm run bench -- cold-start` measures module initialisation of every function's bundle
 * instead (cold-start.ts; no runtime); it runs only when named.
 *
 * To add a scenario: write tests/bench/scenarios/<name>.ts exporting a Scenario (see
 * harness.ts) and list it in `scenarios` below.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { topology } from '#topology';
import { freePort } from '../../infra/local/ports.ts';
import { startLocalRuntime, type RunningRuntime } from '../../infra/local/runtime.ts';
import { DEFAULT_CONCURRENCY, formatTable, LEGEND, UNTHROTTLED, type BenchContext, type Budget, type Row, type Scenario } from './harness.ts';
import { coldStart } from './cold-start.ts';
import { cover } from './scenarios/cover.ts';
import { dailyJobs } from './scenarios/daily-jobs.ts';
import { dynamodbRaw } from './scenarios/dynamodb-raw.ts';
import { health } from './scenarios/health.ts';
import { limits } from './scenarios/limits.ts';
import { portfolio } from './scenarios/portfolio.ts';
import { insurerPortfolio50, insurerPortfolio1000 } from './scenarios/insurer-portfolio.ts';
import { sectorAlerts } from './scenarios/sector-alerts.ts';
import { tenancy } from './scenarios/tenancy.ts';
import { webhooks } from './scenarios/webhooks.ts';

/** Run in this order; a scenario's baselines are best measured in the scenario itself (filters). */
const scenarios: readonly Scenario[] = [dynamodbRaw, health, tenancy, limits, cover, webhooks, sectorAlerts, dailyJobs, portfolio, insurerPortfolio50, insurerPortfolio1000];

function positive(name: string, fallback: number | undefined): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got '${raw}'`);
  return value;
}

function budgetFromEnv(): Budget {
  const iterations = positive('BENCH_ITERATIONS', undefined);
  return {
    seconds: positive('BENCH_SECONDS', 2) as number,
    warmup: Math.round(positive('BENCH_WARMUP', 200) as number),
    warmupSeconds: positive('BENCH_WARMUP_SECONDS', 1) as number,
    ...(iterations !== undefined ? { iterations: Math.round(iterations) } : {}),
  };
}

function openLog(): { log: (message: string, extra?: Record<string, unknown>) => void; close: () => Promise<void> } {
  const file = process.env['BENCH_LOG'];
  if (!file) return { log: () => undefined, close: async () => undefined };
  // A stream, not appendFileSync: the gateway logs every request, and a synchronous write
  // on the request path would be measured with it.
  const stream: WriteStream = createWriteStream(file, { flags: 'a' });
  return {
    log: (message, extra = {}) => stream.write(JSON.stringify({ time: new Date().toISOString(), message, ...extra }) + '\n'),
    close: () => new Promise((resolve) => stream.end(resolve)),
  };
}

const status = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main(): Promise<number> {
  const started = performance.now();
  const allWords = process.argv.slice(2).filter((arg) => arg !== '--');
  // cold-start needs no runtime: bundles imported in fresh processes. Only when asked by name.
  if (allWords.includes('cold-start')) {
    const cold = await coldStart(status);
    process.stdout.write(`\n${formatTable(cold.rows)}\n${cold.notes.map((note) => `\n${note}`).join('')}\n\n${LEGEND}\n`);
    if (allWords.length === 1) return cold.failed ? 1 : 0;
  }
  const words = allWords.filter((word) => word !== 'cold-start');
  // A word that names a scenario exactly selects that one (`portfolio` alone, not the insurer's); any other, every name containing it.
  const selects = (name: string, word: string) => (scenarios.some((s) => s.name === word) ? name === word : name.includes(word));
  const selected = words.length === 0 ? scenarios : scenarios.filter((s) => words.some((word) => selects(s.name, word)));
  if (selected.length === 0) {
    status(`no scenario matches ${words.join(', ')}; scenarios: ${scenarios.map((s) => s.name).join(', ')}`);
    return 1;
  }
  const budget = budgetFromEnv();
  // The handlers run in this process and log with Powertools to stdout; keep the table readable
  // and keep per-request log lines off the measured path, warnings and errors still show.
  process.env['POWERTOOLS_LOG_LEVEL'] ??= 'WARN';
  // Measure what AWS runs: responses are checked against their schemas in tests, not in production.
  process.env['BOUCLIER_VALIDATE_RESPONSES'] ??= 'false';

  const { log, close } = openLog();
  let runtime: RunningRuntime | undefined;
  const stop = async () => {
    const running = runtime;
    runtime = undefined;
    await running?.stop();
    await close();
  };
  // Ctrl-C or a kill still stops DynamoDB Local: no Java process outlives the benchmark.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)));
  }

  const rows: Row[] = [];
  const failures: string[] = [];
  try {
    status('starting the local runtime (DynamoDB Local in memory)');
    // The runtime creates an insurer key with this value; scenarios onboard tenants with it.
    // Random per run: the runtime is in memory, nothing outlives it that the key could open.
    const insurerKey = `bench-insurer-${randomBytes(24).toString('base64url')}`;
    // Every tier's usage plan is raised out of reach (UNTHROTTLED): benchmarks measure the work
    // a request does, not 429s. The gateway still takes a token per request, as in AWS; the
    // throttling itself is tested in tests/e2e/throttling.test.ts.
    runtime = await startLocalRuntime({ topology, port: await freePort(), log, insurerKey, throttling: UNTHROTTLED });
    const context: BenchContext = { runtime, insurerKey, log, budget };
    const what = budget.iterations !== undefined ? `${budget.iterations} operations` : `${budget.seconds} s`;
    status(
      `up in ${((performance.now() - started) / 1000).toFixed(1)} s (DynamoDB Local pid ${runtime.dynamodb.pid}); ` +
        `${what} per row after ${budget.warmup} warm-up operations`,
    );

    for (const scenario of selected) {
      try {
        // The budget its rows get, given to its setup too: a scenario that sizes its data for its
        // rows (cover's commitments) sizes it for the time they will really run.
        const rowBudget =
          scenario.minSeconds !== undefined && budget.iterations === undefined ? { ...budget, seconds: Math.max(budget.seconds, scenario.minSeconds) } : budget;
        const run = await scenario.setup({ ...context, budget: rowBudget });
        const levels = scenario.concurrency ?? DEFAULT_CONCURRENCY;
        try {
          const warmupSeconds = Math.max(budget.warmupSeconds, scenario.minWarmupSeconds ?? 0);
          if (warmupSeconds > 0) {
            status(`${scenario.name} · warm-up`);
            const pass = { seconds: warmupSeconds, warmup: 0, warmupSeconds: 0 };
            // Cases of lower levels only (CPU rows, one call at a time) warm up in their own measure.
            for (const benchCase of run.cases) {
              if (!benchCase.levels || benchCase.levels.includes(Math.max(...levels))) await benchCase.measure(Math.max(...levels), pass);
            }
          }
          // Concurrency outermost: a row and its baseline are measured back to back, so drift
          // of the machine between them stays small.
          for (const concurrency of levels) {
            for (const benchCase of run.cases) {
              if (benchCase.levels && !benchCase.levels.includes(concurrency)) continue;
              status(`${scenario.name} · ${benchCase.label} · c=${concurrency}`);
              const stats = await benchCase.measure(concurrency, rowBudget);
              rows.push({ scenario: scenario.name, label: benchCase.label, baseline: benchCase.baseline, concurrency, stats });
            }
          }
        } finally {
          await run.teardown?.();
        }
      } catch (error) {
        failures.push(`${scenario.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  } finally {
    await stop();
  }

  const notes = selected.flatMap((scenario) => scenario.notes?.(rows.filter((row) => row.scenario === scenario.name)) ?? []);
  process.stdout.write(`\n${formatTable(rows)}\n${notes.map((note) => `\n${note}`).join('')}\n\n${LEGEND}\n`);
  process.stdout.write(`total ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  for (const failure of failures) process.stderr.write(`\nbench: scenario failed: ${failure}\n`);
  return failures.length === 0 ? 0 : 1;
}

// Exit explicitly: keep-alive sockets of the SDK clients and fetch must not hold the process open.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
