/**
 * The local runtime as a developer runs it: a separate process on free ports, over HTTP.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/dynamodb.ts';
import { newEvent } from '../../shared/events/envelope.ts';
import { outboxItem } from '../../shared/events/outbox.ts';
import { topology } from '../../shared/topology/index.ts';
import { dynamoDbLocalPids, startRuntimeProcess, type RuntimeProcess } from '../support/runtime-process.ts';
import { eventually } from '../support/eventually.ts';
import { checkedFetch } from '../support/http-client.ts';

let dataDir: string;
let runtime: RuntimeProcess;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-e2e-'));
  runtime = await startRuntimeProcess({ dataDir });
});

afterAll(async () => {
  await runtime?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const dynamodb = (port: number) =>
  new DynamoDBClient({ endpoint: `http://127.0.0.1:${port}`, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });

describe('local runtime over HTTP', () => {
  it('answers GET /v1/health with the table and the bus', async () => {
    const response = await checkedFetch(`${runtime.url}/v1/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-amzn-requestid')).toBeTruthy();
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 'ok',
      service: 'bouclier',
      checks: { table: { status: 'ok', name: topology.table.logicalName }, bus: { status: 'ok', name: topology.busName } },
    });
  });

  it('echoes the caller’s correlation id', async () => {
    const response = await checkedFetch(`${runtime.url}/v1/health`, { headers: { 'x-correlation-id': 'crm-order-77' } });
    expect(response.headers.get('x-correlation-id')).toBe('crm-order-77');
  });

  it('serves a valid OpenAPI 3.1 document listing every route, generated from the zod schemas', async () => {
    const response = await checkedFetch(`${runtime.url}/v1/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; servers: { url: string }[] };
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
    for (const route of topology.routes) {
      expect(document.paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
    }
    expect(document.servers[0]?.url).toBe(runtime.url);
    const health = document.paths['/v1/health']?.['get'] as { responses: Record<string, { content?: Record<string, { schema: unknown }> }> };
    expect(JSON.stringify(health.responses['200']?.content?.['application/json']?.schema)).toContain('Health');
  });

  it('answers an unknown path with 404 problem+json and an unknown method with 405 and Allow', async () => {
    const missing = await checkedFetch(`${runtime.url}/v1/nothing-here`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(await missing.json()).toMatchObject({ type: 'https://bouclier.dev/problems/not-found', status: 404, instance: '/v1/nothing-here' });

    const wrongMethod = await checkedFetch(`${runtime.url}/v1/health`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
    expect(await wrongMethod.json()).toMatchObject({ type: 'https://bouclier.dev/problems/method-not-allowed', status: 405 });
  });

  it('relays an outbox item from DynamoDB Local’s stream to the bus, whose archive keeps it', async () => {
    const event = newEvent({ type: 'webhook.test', tenantId: 'ten_e2e', data: { hello: 'world' }, now: new Date() });
    const client = dynamodb(runtime.dynamoDbPort);
    await client.send(new PutItemCommand({ TableName: topology.table.logicalName, Item: marshall(outboxItem(event)) }));
    client.destroy();
    const archive = path.join(dataDir, 'events-archive.jsonl');
    await eventually(
      async () => {
        const lines = await readFile(archive, 'utf8').catch(() => '');
        const archived = lines
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as { source: string; 'detail-type': string; detail: { id: string } })
          .find((entry) => entry.detail.id === event.id);
        expect(archived).toMatchObject({ source: topology.eventSource, 'detail-type': 'webhook.test', detail: event });
      },
      { timeoutMs: 15_000, intervalMs: 100 },
    );
  });
});

describe('local runtime lifecycle', () => {
  it('Ctrl-C on `npm start` stops everything and leaves no DynamoDB Local process; a second start keeps the data', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-restart-'));
    try {
      const first = await startRuntimeProcess({ dataDir: dir, viaNpm: true });
      expect(dynamoDbLocalPids(first.dynamoDbPort)).toHaveLength(1);
      const client = dynamodb(first.dynamoDbPort);
      await client.send(new PutItemCommand({ TableName: topology.table.logicalName, Item: { pk: { S: 'E2E#keep' }, sk: { S: 'ME' } } }));
      client.destroy();
      // Ctrl-C reaches npm and the runtime alike; npm then ends as interrupted (130, or by the signal).
      expect([0, 130, null]).toContain(await first.stop('SIGINT', 'group'));
      expect(first.output()).toContain('SIGINT: stopping');
      expect(dynamoDbLocalPids(first.dynamoDbPort)).toEqual([]);

      const second = await startRuntimeProcess({ dataDir: dir, dynamoDbPort: first.dynamoDbPort });
      try {
        const again = dynamodb(second.dynamoDbPort);
        const { Item } = await again.send(new GetItemCommand({ TableName: topology.table.logicalName, Key: { pk: { S: 'E2E#keep' }, sk: { S: 'ME' } } }));
        again.destroy();
        expect(Item).toBeDefined();
        expect(second.output()).toContain(`table ${topology.table.logicalName} found`);
      } finally {
        expect(await second.stop('SIGTERM')).toBe(0);
      }
      expect(dynamoDbLocalPids(second.dynamoDbPort)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a signal during start-up still leaves no DynamoDB Local process', async () => {
    const early = await startRuntimeProcess({ inMemory: true, waitForHealth: false });
    await eventually(() => expect(dynamoDbLocalPids(early.dynamoDbPort)).toHaveLength(1), { timeoutMs: 30_000, intervalMs: 20 });
    await early.stop('SIGTERM');
    await eventually(() => expect(dynamoDbLocalPids(early.dynamoDbPort)).toEqual([]), { timeoutMs: 5_000 });
  });

  it('--in-memory keeps nothing on disk, not even a moved test clock', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-memory-'));
    try {
      const insurerKey = 'bk_test_ins_in-memory-runtime-insurer-key';
      const memory = await startRuntimeProcess({ inMemory: true, dataDir: dir, env: { BOUCLIER_INSURER_KEY: insurerKey } });
      const moved = await checkedFetch(`${memory.url}/v1/ops/clock`, {
        method: 'POST',
        headers: { authorization: `Bearer ${insurerKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ advanceDays: 3 }),
      });
      expect(moved.status).toBe(200);
      expect(await memory.stop()).toBe(0);
      const { readdir } = await import('node:fs/promises');
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start, in one clear line, when PORT is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const attempt = await startRuntimeProcess({ inMemory: true, port, waitForHealth: false });
      const code = await new Promise<number | null>((resolve) => attempt.child.once('exit', resolve));
      expect(code).toBe(1);
      expect(attempt.output().trim()).toBe(`bouclier: PORT ${port} is already in use: stop what uses it or set PORT to another port.`);
    } finally {
      blocker.close();
    }
  });

  it('refuses to start, in one clear line, when Java is missing', async () => {
    const attempt = await startRuntimeProcess({ inMemory: true, waitForHealth: false, env: { PATH: '/nonexistent' } });
    const code = await new Promise<number | null>((resolve) => attempt.child.once('exit', resolve));
    expect(code).toBe(1);
    expect(attempt.output().trim()).toMatch(/^bouclier: Java is missing: DynamoDB Local needs a Java 17\+ runtime/);
    expect(attempt.output().trim().split('\n')).toHaveLength(1);
  });
});
