/**
 * The table stops answering under a running API: every request that needs it answers 503
 * `service-unavailable` with Retry-After (docs/problems.md), never 500 `internal`, whether
 * the gateway still holds the caller's authorization (the function fails) or has to ask the
 * authorizer (it cannot check the key).
 *
 * The runtime runs in this process: `npm start` stops when its DynamoDB Local dies (a local
 * engine that is gone does not come back), while here the API must go on answering without it,
 * as API Gateway and Lambda do when DynamoDB does not answer.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topology } from '../../shared/topology/index.ts';
import { freePort } from '../../infra/local/ports.ts';
import { startLocalRuntime, type RunningRuntime } from '../../infra/local/runtime.ts';
import { client, samplePolicy, type Call } from '../support/http-client.ts';
import { gone } from '../support/runtime-process.ts';

const insurerKey = `bk_test_ins_${randomBytes(24).toString('base64url')}`;
let runtime: RunningRuntime;
let call: Call;
let cached: string;
let neverUsed: string;

const onboard = async (name: string) => {
  const created = await call<{ apiKey: { key: string } }>('POST', '/v1/tenants', { key: insurerKey, body: { name, policy: samplePolicy() } });
  expect(created.status, created.text).toBe(201);
  return created.body.apiKey.key;
};

beforeAll(async () => {
  runtime = await startLocalRuntime({
    topology,
    port: await freePort(),
    log: () => undefined,
    insurerKey,
    // Long enough that the cached authorization outlives the whole test.
    authorizerCacheSeconds: 600,
  });
  call = client(runtime.url);
  cached = await onboard('Cached SAS');
  neverUsed = await onboard('Uncached SAS');
  // The gateway now holds these callers' authorizations: the authorizer is not called again.
  expect((await call('GET', '/v1/policy', { key: cached })).status).toBe(200);
  expect((await call('GET', '/v1/tenants', { key: insurerKey })).status).toBe(200);

  process.kill(runtime.dynamodb.pid, 'SIGKILL');
  expect(await gone([runtime.dynamodb.pid], 10_000)).toBe(true);
});

afterAll(async () => {
  await runtime?.stop();
});

function expectUnavailable(response: { status: number; text: string; headers: Headers; body: unknown }): void {
  expect(response.status, response.text).toBe(503);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: 'https://bouclier.dev/problems/service-unavailable', status: 503 });
  expect(response.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
}

describe('DynamoDB unreachable', () => {
  it('a tenant route whose authorization is cached answers 503 with Retry-After', async () => {
    const started = Date.now();
    const response = await call('GET', '/v1/policy', { key: cached });
    expectUnavailable(response);
    expect((response.body as { correlationId?: string }).correlationId).toBeTruthy();
    // Connection refused is retried by the SDK, briefly: no wait for the function's timeout.
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  it('a creating POST with an Idempotency-Key (the idempotency record cannot be written) answers 503', async () => {
    expectUnavailable(await call('POST', '/v1/api-keys', { key: cached, headers: { 'idempotency-key': 'while-down' } }));
    expectUnavailable(await call('GET', '/v1/tenants', { key: insurerKey }));
  });

  it('a key the gateway has not seen: the authorizer cannot check it, 503 with Retry-After', async () => {
    expectUnavailable(await call('GET', '/v1/policy', { key: neverUsed }));
  });
});
