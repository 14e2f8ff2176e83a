/**
 * The whole backend in one process: DynamoDB Local, the table from the topology, the local
 * event bus, the stream consumers (outbox relay) and the API gateway, all around the same
 * handler modules the Lambdas run.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Topology } from '#topology';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal, type DynamoDbLocal } from './dynamodb.ts';
import { awaitTransactionCommits } from './durable-transactions.ts';
import { clockRecorder, readClockOffset, reclaimDataDir, removeRuntimeRecord, writeRuntimeRecord } from './data-dir.ts';
import { randomBytes } from 'node:crypto';
import { LocalApiManagement } from './api-management.ts';
import { LocalAsyncInvoker } from './async-invoke.ts';
import { LocalEventBus } from './event-bus.ts';
import { LocalQueues } from './queues.ts';
import { LocalGateway } from './gateway.ts';
import { LocalFunctions } from './lambda.ts';
import { portTaken, StartupError } from './ports.ts';
import { LocalScheduler } from './scheduler.ts';
import { LocalSecrets } from './secrets.ts';
import { LocalStreamConsumer } from './stream-consumer.ts';
import { ensureTable } from './table.ts';
import { collectEmf, GATEWAY_METRICS, MetricStore, opsAssets, opsData } from './ops-console.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface LocalRuntimeOptions {
  readonly topology: Topology;
  readonly port: number;
  readonly host?: string;
  /** Where DynamoDB Local, checkpoints and the event archive live; omitted = in memory. */
  readonly dataDir?: string;
  readonly dynamoDbPort?: number;
  readonly tableName?: string;
  readonly log: (message: string, extra?: Record<string, unknown>) => void;
  /** Creates (once) an insurer API key with this value: BOUCLIER_INSURER_KEY. */
  readonly insurerKey?: string;
  /** Overrides the authorizer cache TTL locally (tests of revocation use a short one). */
  readonly authorizerCacheSeconds?: number;
  /** Loads the demo reference data (buyers, country categories) once. */
  readonly seed?: boolean;
  /** Replaces the topology's usage-plan limits (benchmarks measure work, not 429s). */
  readonly throttling?: Topology['throttling'];
  /** Waits before Lambda's retries of a failed asynchronous invocation (1 and 2 minutes by default). */
  readonly asyncRetryDelaysMs?: readonly number[];
}

export interface RunningRuntime {
  readonly url: string;
  readonly dynamodb: DynamoDbLocal;
  readonly bus: LocalEventBus;
  readonly queues: LocalQueues;
  readonly consumers: readonly LocalStreamConsumer[];
  /** The API Gateway management stand-in (usage plans, authorizer cache flushes). */
  readonly apiManagement: LocalApiManagement;
  readonly tableName: string;
  stop(): Promise<void>;
}

/**
 * Sets the environment the functions read, exactly as the CDK stack sets it in AWS, before
 * any handler module is imported (SDK clients read their endpoints when created).
 */
function functionEnvironment(
  topology: Topology,
  tableName: string,
  dynamodbEndpoint: string,
  busEndpoint: string,
  queues: { endpoint: string; urls: Record<string, string> },
  usagePlans: { endpoint: string; planIds: Record<string, string>; insurerUsageKey: string; api: Record<string, string> },
  secrets: { endpoint: string; arns: Record<string, string> },
): void {
  Object.assign(process.env, {
    ...usagePlans.planIds,
    ...usagePlans.api,
    ...secrets.arns,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
    ...queues.urls,
    AWS_ENDPOINT_URL_SQS: queues.endpoint,
    INSURER_USAGE_KEY: usagePlans.insurerUsageKey,
    AWS_ENDPOINT_URL_API_GATEWAY: usagePlans.endpoint,
    TABLE_NAME: tableName,
    EVENT_BUS_NAME: topology.busName,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: dynamodbEndpoint,
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: dynamodbEndpoint,
    AWS_ENDPOINT_URL_EVENTBRIDGE: busEndpoint,
    POWERTOOLS_SERVICE_NAME: topology.service,
    POWERTOOLS_METRICS_NAMESPACE: 'Bouclier',
    POWERTOOLS_TRACE_ENABLED: 'false',
    // On: the ops console reads the EMF lines (kept off the terminal unless BOUCLIER_SHOW_METRICS=true).
    POWERTOOLS_METRICS_DISABLED: 'false',
    POWERTOOLS_LOG_LEVEL: process.env['POWERTOOLS_LOG_LEVEL'] ?? 'INFO',
    BOUCLIER_LOCAL: 'true',
    // On by default locally (the OpenAPI document cannot lie); benchmarks turn it off, as in AWS.
    BOUCLIER_VALIDATE_RESPONSES: process.env['BOUCLIER_VALIDATE_RESPONSES'] ?? 'true',
  });
  delete process.env['AWS_PROFILE'];
}

export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<RunningRuntime> {
  const { topology, log } = options;
  const host = options.host ?? '127.0.0.1';
  if (await portTaken(options.port, host)) {
    throw new StartupError(`PORT ${options.port} is already in use: stop what uses it or set PORT to another port.`);
  }
  const { dataDir } = options;
  if (dataDir) await mkdir(dataDir, { recursive: true });
  // The folder's runtime.json and clock.json (data-dir.ts): read before DynamoDB Local starts on it.
  if (dataDir) await reclaimDataDir(dataDir, log);
  const clockOffset = dataDir ? await readClockOffset(dataDir) : undefined;
  const startedAt = new Date();

  const dynamodb = await startDynamoDbLocal({
    ...(dataDir ? { dataDir } : {}),
    ...(options.dynamoDbPort !== undefined ? { port: options.dynamoDbPort } : {}),
    ...(dataDir ? { onSpawn: (engine: { pid: number; port: number; endpoint: string }) => writeRuntimeRecord(dataDir, { startedAt, dynamodb: engine }) } : {}),
    log,
  });
  const stops: (() => Promise<void>)[] = [
    async () => {
      await dynamodb.stop();
      if (dataDir) removeRuntimeRecord(dataDir);
    },
  ];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  };

  try {
    const tableName = options.tableName ?? topology.table.logicalName;
    const client = new DynamoDBClient({ endpoint: dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const table = await ensureTable(client, tableName, topology.table);
    client.destroy();
    log(table.created ? `table ${tableName} created` : `table ${tableName} found`, {
      indexesAdded: table.indexesAdded,
      indexesRemoved: table.indexesRemoved,
    });

    const functions = new LocalFunctions(topology, REPO_ROOT);
    // Queue delays follow the functions' clock: moving the test clock makes retries due.
    const { now: clockNow, onClockAdvance, clockOffsetMs, restoreClockOffset } = await import('#clock');
    if (dataDir && clockOffset !== undefined) {
      // Before any queue delay or schedule is computed; the recorder listens first, so the clock
      // is kept even if a job it makes due fails or the process dies running them.
      restoreClockOffset(clockOffset);
      const recorder = clockRecorder(dataDir, clockOffsetMs);
      const stopRecording = onClockAdvance(() => recorder.save().catch((error: unknown) => log('the test clock could not be saved', { error: String(error) })));
      stops.push(async () => {
        stopRecording();
        await recorder.idle();
      });
    }
    const queues = new LocalQueues({ topology, invoker: functions, clock: () => clockNow().getTime(), ...(options.dataDir ? { dataDir: options.dataDir } : {}), log });
    await queues.load();
    const queuesEndpoint = await queues.listen();
    stops.push(() => queues.stop());
    // EventBridge invokes rule targets and schedules asynchronously: Lambda's retries, then the
    // invocation record on the on-failure queue.
    const asyncInvoker = new LocalAsyncInvoker({
      topology,
      invoker: functions,
      queues,
      ...(options.asyncRetryDelaysMs ? { retryDelaysMs: options.asyncRetryDelaysMs } : {}),
      log,
    });
    stops.push(async () => asyncInvoker.stop());
    const bus = new LocalEventBus({ topology, invoker: asyncInvoker, queues, ...(options.dataDir ? { archiveDir: options.dataDir } : {}), log });
    const busEndpoint = await bus.listen();
    stops.push(() => bus.stop());

    const usagePlans = new LocalApiManagement({
      service: topology.service,
      stage: topology.stage,
      throttling: options.throttling ?? topology.throttling,
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    });
    await usagePlans.load();
    // The insurer's staff share one usage key, as the stack makes one; new at each start.
    const insurerUsageKey = randomBytes(24).toString('base64url');
    usagePlans.register(insurerUsageKey, 'internal', 'insurer');
    const usageEndpoint = await usagePlans.listen();
    stops.push(() => usagePlans.stop());
    const secrets = new LocalSecrets({ service: topology.service, names: Object.keys(topology.secrets ?? {}), ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
    await secrets.load();
    const secretsEndpoint = await secrets.listen();
    stops.push(() => secrets.stop());

    functionEnvironment(topology, tableName, dynamodb.endpoint, busEndpoint, { endpoint: queuesEndpoint, urls: queues.environment() }, {
      endpoint: usageEndpoint,
      planIds: usagePlans.planEnvironment(topology.service),
      insurerUsageKey,
      api: usagePlans.apiEnvironment(),
    }, { endpoint: secretsEndpoint, arns: secrets.environment() });
    // Locally only: an acknowledged transaction is committed before the function sees it.
    const { dynamodb: functionsTable } = await import('#data/client');
    awaitTransactionCommits(functionsTable, tableName);
    // The ops console's figures: EMF from the functions, the gateway's answers, queue depths.
    const store = new MetricStore();
    const uncollect = collectEmf(store, process.env['BOUCLIER_SHOW_METRICS'] === 'true');
    stops.push(async () => uncollect());
    await functions.warm();
    if (options.seed) {
      const { loadSeed } = await import('./seed.ts');
      const loaded = await loadSeed(new Date());
      log(loaded > 0 ? `demo reference data loaded: ${loaded} buyers` : 'demo reference data already loaded');
    }
    if (options.insurerKey) {
      // Imported only now: the data layer's clients read the endpoints set just above.
      const { ensureInsurerKey } = await import('#data/tenancy');
      const keyId = await ensureInsurerKey(options.insurerKey, new Date());
      log('insurer key from BOUCLIER_INSURER_KEY is ready', { keyId });
    }

    const consumers = topology.streamConsumers.map(
      (spec) =>
        new LocalStreamConsumer({
          spec,
          streamArn: table.streamArn,
          endpoint: dynamodb.endpoint,
          invoker: functions,
          ...(options.dataDir ? { checkpointDir: options.dataDir } : {}),
          log,
        }),
    );
    for (const consumer of consumers) {
      await consumer.start();
      stops.push(() => consumer.stop());
    }

    // Schedules follow the functions' clock: moving the test clock runs what falls due, in order,
    // then every queued message that became due (webhook retries).
    const scheduler = new LocalScheduler({ schedules: topology.schedules, invoker: asyncInvoker, startAt: clockNow().getTime(), log, afterRun: () => queues.settle() });
    scheduler.start(() => clockNow().getTime());
    const stopListening = onClockAdvance(async (at) => {
      // Messages that fell due first: as in AWS, where each is taken at its time, none is
      // still waiting when a job of a later time (the delivery sweeper) looks at the table.
      await queues.settle();
      await scheduler.tick(at.getTime());
      await queues.settle();
    });
    stops.push(async () => {
      stopListening();
      scheduler.stop();
    });

    const deadLetterNames = topology.queues.filter((queue) => !queue.consumer).map((queue) => queue.name);
    const workNames = topology.queues.filter((queue) => queue.consumer).map((queue) => queue.name);
    const depthsOf = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, queues.messages(name).length]));
    const queueDepths = () => ({ deadLetter: depthsOf(deadLetterNames), work: depthsOf(workNames) });
    const sampleQueues = () => {
      for (const [name, depth] of Object.entries({ ...queueDepths().deadLetter, ...queueDepths().work })) store.record(`queue:${name}`, {}, depth);
    };
    const sampler = setInterval(sampleQueues, 5_000);
    sampler.unref();
    stops.push(async () => clearInterval(sampler));
    const gateway = new LocalGateway({
      topology,
      invoker: functions,
      log,
      onAnswer: (status, durationMs) => {
        store.record(GATEWAY_METRICS.requests, {}, 1);
        store.record(GATEWAY_METRICS.latency, {}, durationMs);
        store.record(GATEWAY_METRICS.clientErrors, {}, status >= 400 && status < 500 ? 1 : 0);
        store.record(GATEWAY_METRICS.serverErrors, {}, status >= 500 ? 1 : 0);
      },
      ops: {
        assets: opsAssets,
        data: async () => {
          sampleQueues();
          // Pending webhook deliveries: the events waiting for fan-out and the deliveries waiting (retries included).
          const webhookBacklog = async () => ['webhook-events', 'webhook-deliveries'].reduce((sum, name) => sum + queues.messages(name).length, 0);
          return opsData({ store, queueDepths, webhookBacklog, invocationCpu: () => functions.invocationCpu() }, topology.service);
        },
      },
      ...(options.authorizerCacheSeconds !== undefined ? { authorizerCacheSeconds: options.authorizerCacheSeconds } : {}),
      usagePlans,
    });
    const url = await gateway.listen(options.port, host);
    stops.push(() => gateway.close());
    if (dataDir) writeRuntimeRecord(dataDir, { startedAt, url, dynamodb: { pid: dynamodb.pid, port: dynamodb.port, endpoint: dynamodb.endpoint } });

    return { url, dynamodb, bus, queues, consumers, apiManagement: usagePlans, tableName, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
