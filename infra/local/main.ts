/**
 * `npm start`: the whole backend on this machine. See README "Environment" for the knobs.
 *   --in-memory    keep nothing on disk (default: data in BOUCLIER_DATA_DIR, .data/)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { topology } from '#topology';
import { killDynamoDbLocalNow } from './dynamodb.ts';
import { installPrettyLogs } from './log-format.ts';
import { watchParent } from './processes.ts';
import { StartupError } from './ports.ts';
import { REPO_ROOT, startLocalRuntime, type RunningRuntime } from './runtime.ts';

const { values } = parseArgs({ options: { 'in-memory': { type: 'boolean', default: false } }, strict: true });

function integer(name: string, fallback?: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) throw new StartupError(`${name} must be a port number, got '${raw}'`);
  return value;
}

// Answers are checked against their schemas where asked (the tests, BOUCLIER_VALIDATE_RESPONSES=true):
// as in AWS, a request of `npm start` pays for no schema check (docs/operations.md, "CPU per request").
process.env['BOUCLIER_VALIDATE_RESPONSES'] ??= 'false';

const pretty = process.env['BOUCLIER_LOG_FORMAT'] === 'pretty' || (process.env['BOUCLIER_LOG_FORMAT'] !== 'json' && process.stdout.isTTY);
if (pretty) installPrettyLogs();

function log(message: string, extra: Record<string, unknown> = {}): void {
  process.stdout.write(JSON.stringify({ level: 'INFO', message, timestamp: new Date().toISOString(), service: 'local', ...extra }) + '\n');
}

let runtime: RunningRuntime | undefined;
let stopping = false;

// A terminal that closed or a reader that went away must not turn the last log lines into a
// crash that skips the stop.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

/** Stops everything, then prints the last line ("Bouclier stopped") and exits with `code`. */
function shutdown(reason: string, code: number): void {
  if (stopping) return;
  stopping = true;
  log(`${reason}: stopping`);
  if (!runtime) {
    // Still starting: nothing to stop gracefully yet, but DynamoDB Local may already run.
    killDynamoDbLocalNow();
    log('Bouclier stopped');
    process.exit(code);
  }
  runtime.stop().then(
    () => {
      log('Bouclier stopped');
      process.exit(code);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => shutdown(signal, runtime ? 0 : signal === 'SIGINT' ? 130 : 143));
}
watchParent((who) => shutdown(`${who} ended`, 0));

async function main(): Promise<void> {
  const inMemory = values['in-memory'] === true;
  const dataDir = inMemory ? undefined : path.resolve(REPO_ROOT, process.env['BOUCLIER_DATA_DIR'] ?? '.data');
  const dynamoDbPort = integer('DYNAMODB_PORT');
  const started = Date.now();
  runtime = await startLocalRuntime({
    topology,
    port: integer('PORT', 3000) as number,
    host: process.env['HOST'] ?? '127.0.0.1',
    ...(dataDir ? { dataDir } : {}),
    ...(dynamoDbPort !== undefined ? { dynamoDbPort } : {}),
    ...(process.env['BOUCLIER_INSURER_KEY'] ? { insurerKey: process.env['BOUCLIER_INSURER_KEY'] } : {}),
    seed: process.env['BOUCLIER_SEED'] !== 'none',
    ...(process.env['BOUCLIER_AUTHORIZER_CACHE_SECONDS'] ? { authorizerCacheSeconds: integer('BOUCLIER_AUTHORIZER_CACHE_SECONDS') } : {}),
    log,
  });
  // A runtime without its database would answer 500s forever: better to stop and say why.
  void runtime.dynamodb.exited.then((how) => shutdown(`DynamoDB Local ended unexpectedly (${how})`, 1));
  log(`Bouclier is up on ${runtime.url} (${Date.now() - started} ms)`, {
    pid: process.pid,
    dynamodbPid: runtime.dynamodb.pid,
    dynamodb: runtime.dynamodb.endpoint,
    data: dataDir ?? 'in memory',
    health: `${runtime.url}/v1/health`,
    openapi: `${runtime.url}/v1/openapi.json`,
  });
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    process.stderr.write(`bouclier: ${error.message}\n`);
  } else {
    process.stderr.write(`bouclier: could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
