/**
 * What the local runtime leaves behind when it does not stop cleanly, and what the next start
 * on the same data folder finds: DynamoDB Local never outlives its runtime, a leftover one is
 * stopped (and said so), a runtime still running on the folder is not disturbed, the test clock
 * comes back with the data it wrote (see tests/e2e/runtime.test.ts for --in-memory). And
 * DynamoDB Local only listens on the loopback interface.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal } from '../../infra/local/dynamodb.ts';
import { isDynamoDbLocalOn } from '../../infra/local/data-dir.ts';
import { processAlive } from '../../infra/local/processes.ts';
import { topology } from '../../shared/topology/index.ts';
import { checkedFetch, client } from '../support/http-client.ts';
import { gone, startRuntimeProcess, type RuntimeProcess } from '../support/runtime-process.ts';

const INSURER_KEY = 'bk_test_ins_crash-test-insurer-key-long-enough';
const table = topology.table.logicalName;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function dataFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-crash-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function start(options: Parameters<typeof startRuntimeProcess>[0]): Promise<RuntimeProcess> {
  const runtime = await startRuntimeProcess({ ...options, env: { BOUCLIER_SEED: 'none', BOUCLIER_INSURER_KEY: INSURER_KEY, ...options?.env } });
  cleanups.push(() => runtime.stop('SIGKILL', 'group'));
  return runtime;
}

const dynamodb = (port: number) => new DynamoDBClient({ endpoint: `http://127.0.0.1:${port}`, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });

/** The pid of a process that has just ended. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(result.stdout);
}

/** Local addresses of the listening TCP sockets on `port`, as /proc/net/tcp{,6} write them (hex). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === '0A' && fields[1]?.endsWith(`:${hexPort}`))
      .map((fields) => (fields[1] as string).split(':')[0] as string),
  );
}
/** 127.0.0.1, the same as an IPv4-mapped IPv6 address, and ::1. */
const LOOPBACK = new Set(['0100007F', '0000000000000000FFFF00000100007F', '00000000000000000000000001000000']);

describe('a runtime killed with kill -9', () => {
  it('takes its DynamoDB Local (listening on 127.0.0.1 only) with it within seconds, and the next start on the folder finds the data', async () => {
    const dataDir = await dataFolder();
    const first = await start({ dataDir });
    const { dynamodb: engine } = first.pids();
    const record = JSON.parse(readFileSync(path.join(dataDir, 'runtime.json'), 'utf8')) as { pid: number; dynamodb: { pid: number } };
    expect(record).toMatchObject({ pid: first.pids().node, dynamodb: { pid: engine } });
    if (existsSync('/proc/net/tcp')) {
      const addresses = listeningAddresses(first.dynamoDbPort);
      expect(addresses.length).toBeGreaterThan(0);
      for (const address of addresses) expect(LOOPBACK, `DynamoDB Local listens on ${address}`).toContain(address);
    }
    const writer = dynamodb(first.dynamoDbPort);
    await writer.send(new PutItemCommand({ TableName: table, Item: { pk: { S: 'CRASH#kept' }, sk: { S: 'ME' } } }));
    writer.destroy();

    await first.killNode();
    expect(await gone([engine], 5_000), `DynamoDB Local ${engine} outlived its runtime`).toBe(true);
    // Its port is not checked: once free, the system may give it to any other process at once (another
    // test's engine did, on a loaded machine); the engine's process being gone is the fact.

    const second = await first.restart();
    expect(second.output()).not.toContain('left running');
    const reader = dynamodb(second.dynamoDbPort);
    const { Item } = await reader.send(new GetItemCommand({ TableName: table, Key: { pk: { S: 'CRASH#kept' }, sk: { S: 'ME' } } }));
    reader.destroy();
    expect(Item).toBeDefined();
    expect(await second.stop()).toBe(0);
  });

  it('when DynamoDB Local is the one killed, the runtime stops, says why, and a restart finds what it acknowledged', async () => {
    const dataDir = await dataFolder();
    const first = await start({ dataDir });
    const writer = dynamodb(first.dynamoDbPort);
    await writer.send(new PutItemCommand({ TableName: table, Item: { pk: { S: 'CRASH#acknowledged' }, sk: { S: 'ME' } } }));
    writer.destroy();
    await first.killDynamoDb();
    expect(await first.ended(20_000)).toBe(true);
    expect(first.child.exitCode).toBe(1);
    expect(first.output()).toContain('DynamoDB Local ended unexpectedly (signal SIGKILL): stopping');
    expect(first.output().trim().split('\n').at(-1)).toContain('Bouclier stopped');
    const second = await first.restart();
    expect((await checkedFetch(`${second.url}/v1/health`)).status).toBe(200);
    // What DynamoDB Local acknowledged before it was killed is on disk.
    const reader = dynamodb(second.dynamoDbPort);
    const { Item } = await reader.send(new GetItemCommand({ TableName: table, Key: { pk: { S: 'CRASH#acknowledged' }, sk: { S: 'ME' } } }));
    reader.destroy();
    expect(Item).toBeDefined();
  });
});

describe('the next start on a data folder', () => {
  it('stops a DynamoDB Local a previous run left running on that folder, and says so in one line', async () => {
    const dataDir = await dataFolder();
    // A leftover: a DynamoDB Local on this folder that nothing stopped, recorded by a runtime
    // that is gone (what a crash of an earlier version, or of a Java without the launcher, leaves).
    const leftover = await startDynamoDbLocal({ dataDir });
    cleanups.push(() => leftover.stop());
    // What the start checks before it kills: that pid is our engine, on this very folder.
    expect(isDynamoDbLocalOn(leftover.pid, dataDir)).toBe(true);
    expect(isDynamoDbLocalOn(leftover.pid, `${dataDir}-other`)).toBe(false);
    expect(isDynamoDbLocalOn(process.pid, dataDir)).toBe(false);
    await writeFile(
      path.join(dataDir, 'runtime.json'),
      JSON.stringify({ pid: deadPid(), dynamodb: { pid: leftover.pid, port: leftover.port, endpoint: leftover.endpoint }, startedAt: new Date().toISOString() }),
    );

    const runtime = await start({ dataDir });
    const said = runtime.output().split('\n').filter((line) => line.includes('left running'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`stopped DynamoDB Local (pid ${leftover.pid}) left running on ${dataDir}`);
    expect(processAlive(leftover.pid)).toBe(false);
    expect(runtime.pids().dynamodb).not.toBe(leftover.pid);
    expect((await checkedFetch(`${runtime.url}/v1/health`)).status).toBe(200);
  });

  it('is refused, in one line, while another runtime runs on that folder, which keeps running', async () => {
    const dataDir = await dataFolder();
    const running = await start({ dataDir });
    const second = await startRuntimeProcess({ dataDir, waitForHealth: false, env: { BOUCLIER_SEED: 'none' } });
    const code = await new Promise<number | null>((resolve) => second.child.once('exit', resolve));
    expect(code).toBe(1);
    expect(second.output().trim()).toBe(
      `bouclier: another Bouclier runtime (pid ${running.pids().node}, ${running.url}) is running on ${dataDir}: stop it first, or set BOUCLIER_DATA_DIR to another folder.`,
    );
    expect((await checkedFetch(`${running.url}/v1/health`)).status).toBe(200);
    expect(processAlive(running.pids().dynamodb)).toBe(true);
  });
});

describe('the test clock', () => {
  type Clock = { now: string; offsetDays: number; offsetSeconds: number };

  it('keeps its offset with the data folder: 40 days ahead before a kill -9, 40 days ahead after the restart', async () => {
    const dataDir = await dataFolder();
    const first = await start({ dataDir });
    const moved = await client(first.url)<Clock>('POST', '/v1/ops/clock', { key: INSURER_KEY, body: { advanceDays: 40 } });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.offsetDays).toBe(40);
    expect(JSON.parse(readFileSync(path.join(dataDir, 'clock.json'), 'utf8'))).toMatchObject({ offsetMs: moved.body.offsetSeconds * 1000 });

    await first.killNode();
    const second = await first.restart();
    const clock = await client(second.url)<Clock>('GET', '/v1/ops/clock', { key: INSURER_KEY });
    expect(clock.status).toBe(200);
    expect(clock.body.offsetDays).toBe(40);
    expect(clock.body.offsetSeconds).toBe(moved.body.offsetSeconds);
    expect(Date.parse(clock.body.now) - Date.now()).toBeGreaterThanOrEqual(40 * 86_400_000 - 1_000);
  });
});
