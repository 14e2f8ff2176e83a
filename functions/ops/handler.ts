/** Health and the OpenAPI document: the only routes that need no API key. */
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { DescribeEventBusCommand } from '@aws-sdk/client-eventbridge';
import { apiHandler, type ApiRequest } from '#http/api';
import { openApiDocument } from '#http/openapi';
import type { Health } from '#contract/ops';
import { dynamodb } from '#data/client';
import { tableName } from '#data/table';
import { busName, eventBridge } from '#events/bus';
import { topology } from '#topology';
import { advanceClock, clockOffsetMs, now } from '#clock';
import { opsRoutes } from '#topology/ops';

const VERSION = process.env['BOUCLIER_VERSION'] ?? '0.1.0';
const CHECK_TIMEOUT_MS = 2_000;

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function checkTable(): Promise<Health['checks']['table']> {
  const name = tableName();
  try {
    const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: name }), {
      abortSignal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    });
    const ok = Table?.TableStatus === 'ACTIVE' || Table?.TableStatus === 'UPDATING';
    return {
      status: ok ? 'ok' : 'error',
      name,
      ...(ok ? {} : { detail: `table status ${Table?.TableStatus ?? 'unknown'}` }),
      ...(Table?.ItemCount !== undefined ? { itemCount: Table.ItemCount } : {}),
    };
  } catch (error) {
    return { status: 'error', name, detail: describe(error) };
  }
}

async function checkBus(): Promise<Health['checks']['bus']> {
  const name = busName();
  try {
    await eventBridge.send(new DescribeEventBusCommand({ Name: name }), {
      abortSignal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    });
    return { status: 'ok', name };
  } catch (error) {
    return { status: 'error', name, detail: describe(error) };
  }
}

async function health() {
  const [table, bus] = await Promise.all([checkTable(), checkBus()]);
  const ok = table.status === 'ok' && bus.status === 'ok';
  const body: Health = {
    status: ok ? 'ok' : 'degraded',
    service: topology.service,
    version: VERSION,
    time: now().toISOString(),
    checks: { table, bus },
  };
  return { ok, body };
}

const documents = new Map<string, Record<string, unknown>>();

/** The document names the server the caller reached, stage prefix included (execute-api URLs). */
function serverUrlOf(request: Pick<ApiRequest, 'headers' | 'event'>): string | undefined {
  const host = request.headers['host'];
  if (!host) return undefined;
  const proto = request.headers['x-forwarded-proto'] ?? 'https';
  const fullPath = request.event.requestContext?.path ?? request.event.path;
  const prefix = fullPath.endsWith(request.event.path) ? fullPath.slice(0, fullPath.length - request.event.path.length) : '';
  return `${proto}://${host}${prefix}`;
}

function documentFor(request: Pick<ApiRequest, 'headers' | 'event'>): Record<string, unknown> {
  const serverUrl = serverUrlOf(request);
  const key = serverUrl ?? '';
  let document = documents.get(key);
  if (!document) {
    // Spread once into a plain object: the route's schema answers any JSON object, which an
    // OpenAPIObject (an interface, without an index signature) is not to the compiler.
    document = {
      ...openApiDocument(topology, {
        includeLocalOnly: process.env['BOUCLIER_LOCAL'] === 'true',
        version: VERSION,
        ...(serverUrl ? { serverUrl } : {}),
      }),
    };
    documents.set(key, document);
  }
  return document;
}

const DAY_MS = 86_400_000;

/** Local runtime only (the route is not deployed): the test clock. */
function clockOf() {
  return { now: now().toISOString(), offsetDays: Math.floor(clockOffsetMs() / DAY_MS), offsetSeconds: Math.floor(clockOffsetMs() / 1000) };
}

export const handler = apiHandler('ops', opsRoutes, {
  getHealth: async () => {
    const { ok, body } = await health();
    return { status: ok ? 200 : 503, body, headers: { 'cache-control': 'no-store' } };
  },
  getOpenApi: async (request) => ({ status: 200, body: documentFor(request) }),
  getClock: async () => ({ status: 200, body: clockOf() }),
  advanceTestClock: async (request) => {
    await advanceClock((request.body.advanceDays ?? 0) * DAY_MS + (request.body.advanceSeconds ?? 0) * 1000);
    return { status: 200, body: clockOf() };
  },
});
