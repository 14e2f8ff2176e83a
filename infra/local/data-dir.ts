/**
 * What the local runtime keeps about itself in its data folder, beside the data:
 *
 * - `runtime.json`: who runs on this folder — the runtime's pid, DynamoDB Local's pid, their
 *   ports. Written as soon as DynamoDB Local is spawned, completed when the runtime is up,
 *   removed at a clean stop. A start that finds it tells a runtime still running (refused: two
 *   engines on one database file) from one that crashed, and stops the DynamoDB Local a crashed
 *   runtime left behind. Tests read it to kill either process on purpose.
 * - `clock.json`: the test clock's offset, so that data written "in the future" and the clock
 *   that wrote it survive a restart together.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StartupError } from './ports.ts';
import { commandLine, processAlive, processStarted } from './processes.ts';

export const RUNTIME_FILE = 'runtime.json';
export const CLOCK_FILE = 'clock.json';

export interface RuntimeRecord {
  /** The process running the runtime (node). */
  readonly pid: number;
  /** When that process started, as the OS says: a pid reused after a reboot is not mistaken for it. */
  readonly pidStarted?: string;
  readonly url?: string;
  readonly dynamodb?: { readonly pid: number; readonly port: number; readonly endpoint: string };
  readonly startedAt: string;
}

type Log = (message: string, extra?: Record<string, unknown>) => void;

/** Whether `pid` is a DynamoDB Local whose database is in `dataDir` (and not, say, a reused pid). */
export function isDynamoDbLocalOn(pid: number, dataDir: string): boolean {
  const args = commandLine(pid);
  return args !== undefined && args.includes('DynamoDBLocal') && `${args} `.includes(` -dbPath ${path.resolve(dataDir)} `);
}

function writeJsonSync(file: string, value: unknown): void {
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, JSON.stringify(value, null, 2) + '\n');
  renameSync(temporary, file);
}

export function readRuntimeRecord(dataDir: string): RuntimeRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(path.join(dataDir, RUNTIME_FILE), 'utf8')) as RuntimeRecord;
    return typeof record === 'object' && record !== null && Number.isSafeInteger(record.pid) ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Records this process as the folder's runtime (sync: it runs at DynamoDB Local's spawn). */
export function writeRuntimeRecord(dataDir: string, record: Omit<RuntimeRecord, 'pid' | 'pidStarted' | 'startedAt'> & { startedAt: Date }): void {
  const pidStarted = processStarted(process.pid);
  writeJsonSync(path.join(dataDir, RUNTIME_FILE), {
    pid: process.pid,
    ...(pidStarted ? { pidStarted } : {}),
    ...(record.url ? { url: record.url } : {}),
    ...(record.dynamodb ? { dynamodb: record.dynamodb } : {}),
    startedAt: record.startedAt.toISOString(),
  } satisfies RuntimeRecord);
}

export function removeRuntimeRecord(dataDir: string): void {
  rmSync(path.join(dataDir, RUNTIME_FILE), { force: true });
}

async function waitForEnd(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (processAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * Makes the folder ours before DynamoDB Local starts on it: refuses when the runtime recorded
 * there still runs, and stops the DynamoDB Local a crashed runtime left running (checked by its
 * command line: our engine, on this very folder), saying so in one line.
 */
export async function reclaimDataDir(dataDir: string, log: Log): Promise<void> {
  const previous = readRuntimeRecord(dataDir);
  if (!previous) return;
  const sameProcess = previous.pidStarted === undefined || previous.pidStarted === processStarted(previous.pid);
  if (processAlive(previous.pid) && sameProcess) {
    throw new StartupError(
      `another Bouclier runtime (pid ${previous.pid}${previous.url ? `, ${previous.url}` : ''}) is running on ${dataDir}: stop it first, or set BOUCLIER_DATA_DIR to another folder.`,
    );
  }
  const engine = previous.dynamodb?.pid;
  if (engine === undefined || !processAlive(engine) || !isDynamoDbLocalOn(engine, dataDir)) return;
  try {
    process.kill(engine, 'SIGTERM');
    if (!(await waitForEnd(engine, 5_000))) {
      process.kill(engine, 'SIGKILL');
      await waitForEnd(engine, 5_000);
    }
  } catch (error) {
    throw new StartupError(`DynamoDB Local (pid ${engine}) left by a previous run still uses ${dataDir} and could not be stopped: ${(error as Error).message}`);
  }
  log(`stopped DynamoDB Local (pid ${engine}) left running on ${dataDir} by a runtime that ended without stopping it`);
}

/** The test clock's offset kept in the folder: 0 when none was kept. */
export async function readClockOffset(dataDir: string): Promise<number> {
  const file = path.join(dataDir, CLOCK_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return 0;
  }
  let offsetMs: unknown;
  try {
    offsetMs = (JSON.parse(text) as { offsetMs?: unknown }).offsetMs;
  } catch {
    offsetMs = undefined;
  }
  if (typeof offsetMs !== 'number' || !Number.isSafeInteger(offsetMs) || offsetMs < 0) {
    throw new StartupError(`${file} does not hold a test clock offset ({"offsetMs": <whole milliseconds, 0 or more>}): fix it, or delete it to put the clock back to today.`);
  }
  return offsetMs;
}

/**
 * Writes the clock's offset each time it moves, atomically (temporary file, then rename), one
 * write after the other so that the last one holds the latest offset.
 */
export function clockRecorder(dataDir: string, offsetMs: () => number): { save(): Promise<void>; idle(): Promise<void> } {
  const file = path.join(dataDir, CLOCK_FILE);
  let queue: Promise<void> = Promise.resolve();
  return {
    save: () => {
      queue = queue.catch(() => undefined).then(async () => {
        const temporary = `${file}.tmp`;
        await writeFile(temporary, JSON.stringify({ offsetMs: offsetMs(), savedAt: new Date().toISOString() }) + '\n');
        await rename(temporary, file);
      });
      return queue;
    },
    idle: () => queue.catch(() => undefined),
  };
}
