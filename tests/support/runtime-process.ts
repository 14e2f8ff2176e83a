/**
 * Starts the local runtime as a separate process, the way a developer does, on free ports,
 * and waits until GET /v1/health answers 200 and the runtime has printed its ready line.
 *
 * For crash tests: `pids()` names the runtime's node process and its DynamoDB Local (from the
 * ready line, which carries both; with a data folder `runtime.json` there says the same, see
 * infra/local/data-dir.ts), `killNode()` / `killDynamoDb()` kill -9 one of them, and
 * `restart()` starts a new runtime on the same data folder and ports.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { freePort } from '../../infra/local/ports.ts';
import { processAlive } from '../../infra/local/processes.ts';
import { REPO_ROOT } from '../../infra/local/runtime.ts';
import { startNodeArgs } from './start-command.ts';

export interface RuntimePids {
  /** The node process running infra/local/main.ts (under `npm start`, npm's child). */
  readonly node: number;
  readonly dynamodb: number;
}

export interface RuntimeProcess {
  readonly url: string;
  readonly port: number;
  readonly dynamoDbPort: number;
  /** What was spawned: npm with `viaNpm`, else the runtime's node process itself. */
  readonly child: ChildProcess;
  readonly options: StartOptions;
  output(): string;
  /** Sends the signal (to the whole process group for 'group', like Ctrl-C) and waits for exit. */
  stop(signal?: NodeJS.Signals, target?: 'process' | 'group'): Promise<number | null>;
  /** The runtime's processes, from its ready line; throws while it is not up. */
  pids(): RuntimePids;
  /** kill -9 the runtime's node process, and wait until it is gone (DynamoDB Local follows by itself). */
  killNode(): Promise<void>;
  /** kill -9 its DynamoDB Local, and wait until it is gone (the runtime then stops, saying why). */
  killDynamoDb(): Promise<void>;
  /** Waits until node, DynamoDB Local and what was spawned have all ended and the output is complete; false after `timeoutMs`. */
  ended(timeoutMs?: number): Promise<boolean>;
  /** Once this one has ended (stopped or killed): a new runtime on the same data folder, ports and options. */
  restart(overrides?: Partial<StartOptions>): Promise<RuntimeProcess>;
}

export interface StartOptions {
  readonly dataDir?: string;
  readonly inMemory?: boolean;
  readonly viaNpm?: boolean;
  readonly env?: Record<string, string>;
  readonly port?: number;
  readonly dynamoDbPort?: number;
  readonly waitForHealth?: boolean;
}

export async function startRuntimeProcess(options: StartOptions = {}): Promise<RuntimeProcess> {
  const port = options.port ?? (await freePort());
  const dynamoDbPort = options.dynamoDbPort ?? (await freePort());
  const env = {
    ...process.env,
    PORT: String(port),
    DYNAMODB_PORT: String(dynamoDbPort),
    BOUCLIER_LOG_FORMAT: 'json',
    ...(options.dataDir ? { BOUCLIER_DATA_DIR: options.dataDir } : {}),
    ...options.env,
  };
  const args = options.viaNpm
    ? ['start', ...(options.inMemory ? ['--', '--in-memory'] : [])]
    : [...startNodeArgs(), ...(options.inMemory ? ['--in-memory'] : [])];
  const command = options.viaNpm ? 'npm' : process.execPath;
  const child = spawn(command, args, { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Every writer of its stdout has closed it (npm and node share it): the output is complete.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));

  const url = `http://127.0.0.1:${port}`;
  let known: RuntimePids | undefined;
  const pids = (): RuntimePids => {
    known ??= readyPids(output);
    if (!known) throw new Error(`the runtime has not printed its ready line yet: ${output}`);
    return known;
  };
  const runtime: RuntimeProcess = {
    url,
    port,
    dynamoDbPort,
    child,
    options,
    output: () => output,
    stop: async (signal = 'SIGTERM', target = 'process') => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      if (target === 'group') process.kill(-(child.pid as number), signal);
      else child.kill(signal);
      const timer = setTimeout(() => process.kill(-(child.pid as number), 'SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    pids,
    killNode: async () => {
      const { node } = pids();
      process.kill(node, 'SIGKILL');
      if (!(await gone([node], 10_000))) throw new Error(`node ${node} survived SIGKILL`);
    },
    killDynamoDb: async () => {
      const { dynamodb } = pids();
      process.kill(dynamodb, 'SIGKILL');
      if (!(await gone([dynamodb], 10_000))) throw new Error(`DynamoDB Local ${dynamodb} survived SIGKILL`);
    },
    ended: async (timeoutMs = 20_000) => {
      known ??= readyPids(output);
      const started = Date.now();
      if (!(await gone([child.pid as number, ...(known ? [known.node, known.dynamodb] : [])], timeoutMs))) return false;
      const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), Math.max(0, timeoutMs - (Date.now() - started))).unref());
      return Promise.race([closed.then(() => true), late]);
    },
    restart: async (overrides = {}) => {
      if (!(await runtime.ended(1_000))) throw new Error('restart() needs this runtime stopped or killed first');
      return startRuntimeProcess({ ...options, port, dynamoDbPort, ...overrides });
    },
  };
  if (options.waitForHealth === false) return runtime;

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`runtime exited with ${child.exitCode}: ${output}`);
    try {
      // The ready line comes right after the gateway listens: wait for both.
      const response = await fetch(`${url}/v1/health`, { signal: AbortSignal.timeout(1_000) });
      if (response.status === 200 && readyPids(output)) return runtime;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await runtime.stop('SIGKILL', 'group');
      throw new Error(`runtime did not become healthy: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** PIDs of DynamoDB Local processes started with this port (ours, not another test's). */
export function dynamoDbLocalPids(dynamoDbPort: number): number[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return lines
    .filter((line) => line.includes('DynamoDBLocal.jar') && line.includes(`-port ${dynamoDbPort} `))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

/** The pids the runtime prints in its ready line ("Bouclier is up on …", infra/local/main.ts). */
function readyPids(output: string): RuntimePids | undefined {
  for (const line of output.split('\n')) {
    if (!line.includes('Bouclier is up on')) continue;
    try {
      const entry = JSON.parse(line) as { pid?: unknown; dynamodbPid?: unknown };
      if (typeof entry.pid === 'number' && typeof entry.dynamodbPid === 'number') return { node: entry.pid, dynamodb: entry.dynamodbPid };
    } catch {
      // a pretty-printed line: tests start the runtime with BOUCLIER_LOG_FORMAT=json
    }
  }
  return undefined;
}

/** Waits until none of the processes runs any more (zombies count as ended); false after `timeoutMs`. */
export async function gone(pids: readonly number[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some((pid) => processAlive(pid))) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
