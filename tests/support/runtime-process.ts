/**
 * Starts the local runtime as a separate process, the way a developer does, on free ports,
 * and waits until GET /v1/health answers 200.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../infra/local/ports.ts';
import { REPO_ROOT } from '../../infra/local/runtime.ts';

export interface RuntimeProcess {
  readonly url: string;
  readonly port: number;
  readonly dynamoDbPort: number;
  readonly child: ChildProcess;
  output(): string;
  /** Sends the signal (to the whole process group for 'group', like Ctrl-C) and waits for exit. */
  stop(signal?: NodeJS.Signals, target?: 'process' | 'group'): Promise<number | null>;
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
    : ['--import', 'tsx', path.join(REPO_ROOT, 'infra/local/main.ts'), ...(options.inMemory ? ['--in-memory'] : [])];
  const command = options.viaNpm ? 'npm' : process.execPath;
  const child = spawn(command, args, { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = `http://127.0.0.1:${port}`;
  const runtime: RuntimeProcess = {
    url,
    port,
    dynamoDbPort,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM', target = 'process') => {
      if (child.exitCode !== null) return child.exitCode;
      if (target === 'group') process.kill(-(child.pid as number), signal);
      else child.kill(signal);
      const timer = setTimeout(() => process.kill(-(child.pid as number), 'SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  if (options.waitForHealth === false) return runtime;

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`runtime exited with ${child.exitCode}: ${output}`);
    try {
      const response = await fetch(`${url}/v1/health`, { signal: AbortSignal.timeout(1_000) });
      if (response.status === 200) return runtime;
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
