/**
 * The backend as a user runs it: `npm start` (the command of package.json's start script,
 * node with its flags on infra/local/main.ts, with `--in-memory`) in a process of its own, with
 * the environment the user had, so INFO logs, response validation and every background
 * worker are on as they are for them. The hot-path scenarios (cover, limits) measure their
 * HTTP rows here: the load generator (this process) then takes no CPU from the runtime it
 * measures, and the runtime pays for what a user's runtime pays for.
 *
 * The usage plans are the topology's own: the scenarios onboard one premium tenant per
 * worker, whose rate (100 requests a second) no worker reaches, so nothing is throttled.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { topology } from '#topology';
import { freePort } from '../../infra/local/ports.ts';
import { REPO_ROOT } from '../../infra/local/runtime.ts';
import { startNodeArgs } from '../support/start-command.ts';

/** CPU seconds a second under which npm start counts as idle (its idle pace is 0.03–0.06). */
const IDLE_CPU_PER_SECOND = 0.12;

/** The environment as the user started the benchmark, before main.ts sets the in-process runtime's knobs. */
const USER_ENV: NodeJS.ProcessEnv = { ...process.env };
/** What the in-process runtime and main.ts add to this process's environment: not the user's. */
const NOT_THE_USERS = ['POWERTOOLS_LOG_LEVEL', 'BOUCLIER_VALIDATE_RESPONSES'] as const;

export interface NpmStartRuntime {
  readonly url: string;
  readonly dynamodb: { readonly endpoint: string };
  readonly tableName: string;
  readonly pid: number;
  /** CPU seconds the runtime's node process has used so far, all its threads (/proc schedstat, in ns). */
  cpuSeconds(): number;
  /** The same, of its main thread alone (not V8's background threads: garbage collection, compilation). */
  mainThreadCpuSeconds(): number;
  /**
   * Waits until npm start is back to its idle pace (its stream pollers and schedules alone), so
   * the work a warm-up left behind (events it is still relaying and fanning out) does not run
   * under the next row. Gives up after `maxSeconds` and says so.
   */
  settle(maxSeconds?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Time a thread has run on a CPU, from /proc/<pid>/task/<tid>/schedstat (its first field, in
 * nanoseconds), summed over the given threads or all the process's. Not stat(5)'s utime and
 * stime: they count in 10 ms ticks, which over a few hundred checks of 2 ms is an error of a few
 * per cent. A thread that has ended is no longer counted (the runtime's threads live as long as it).
 */
function cpuSecondsOf(pid: number, thread?: number): number {
  const threads = thread === undefined ? readdirSync(`/proc/${pid}/task`) : [String(thread)];
  let nanoseconds = 0;
  for (const tid of threads) {
    try {
      nanoseconds += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return nanoseconds / 1e9;
}

export async function startNpmStart(options: { insurerKey: string }): Promise<NpmStartRuntime> {
  const [port, dynamoDbPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = { ...USER_ENV, PORT: String(port), DYNAMODB_PORT: String(dynamoDbPort), BOUCLIER_INSURER_KEY: options.insurerKey };
  for (const name of NOT_THE_USERS) if (process.env[name] !== USER_ENV[name]) delete env[name];
  const child = spawn(process.execPath, [...startNodeArgs(), '--in-memory'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4_000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (gone) throw new Error(`npm start ended before it answered: ${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`npm start did not answer /v1/health within 120 s: ${stderr}`);
    }
    const up = await fetch(`${url}/v1/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (up) break;
    await sleep(250);
  }
  const pid = child.pid as number;
  process.stderr.write(`bench: npm start is up (pid ${pid}) on ${url}\n`);
  return {
    url,
    dynamodb: { endpoint: `http://127.0.0.1:${dynamoDbPort}` },
    tableName: topology.table.logicalName,
    pid,
    cpuSeconds: () => cpuSecondsOf(pid),
    // The main thread's id is the process's.
    mainThreadCpuSeconds: () => cpuSecondsOf(pid, pid),
    async settle(maxSeconds = 120) {
      const until = Date.now() + maxSeconds * 1000;
      // Two quiet seconds in a row: an idle npm start spends 30–60 ms of CPU a second.
      for (let quiet = 0; quiet < 2; ) {
        if (Date.now() > until) {
          process.stderr.write(`bench: npm start still busy after ${maxSeconds} s of waiting for it to settle; measuring anyway\n`);
          return;
        }
        const before = cpuSecondsOf(pid);
        await sleep(1_000);
        quiet = cpuSecondsOf(pid) - before < IDLE_CPU_PER_SECOND ? quiet + 1 : 0;
      }
    },
    async stop() {
      if (!gone) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
