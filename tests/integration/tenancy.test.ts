/**
 * The tenancy repository and the idempotency layer against DynamoDB Local, at the level of
 * the data functions and the HTTP stack (no gateway): concurrency and in-flight duplicates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type * as DataModule from '../../shared/data/tenancy.ts';
import type * as ApiModule from '../../shared/http/api.ts';
import type * as AuthModule from '../../shared/access/index.ts';
import type { Principal } from '../../shared/access/index.ts';
import type * as SchemasModule from '../../shared/contract/tenancy.ts';
import type { RouteSpec } from '../../shared/topology/types.ts';
import { lambdaContext, proxyEvent } from '../support/api-events.ts';
import { dataLayerEnvironment } from '../support/dynamodb.ts';
import { eventually } from '../support/eventually.ts';
import { samplePolicy } from '../support/http-client.ts';

let environment: Awaited<ReturnType<typeof dataLayerEnvironment>>;
let data: typeof DataModule;
let auth: typeof AuthModule;
let api: typeof ApiModule;
let schemas: typeof SchemasModule;
const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };

beforeAll(async () => {
  environment = await dataLayerEnvironment('tenancy');
  // Imported now: the shared clients read the endpoint when they are created.
  data = await import('../../shared/data/tenancy.ts');
  auth = await import('../../shared/access/index.ts');
  api = await import('../../shared/http/api.ts');
  schemas = await import('../../shared/contract/tenancy.ts');
});
afterAll(async () => {
  await environment.stop();
});

const onboard = (name: string) => data.createTenant(insurer, { name, tier: 'standard', policy: schemas.PolicyInput.parse(samplePolicy()) }, new Date());

describe('tenancy repository', () => {
  it('finds a new tenant key by its hash, and a revoked one as revoked', async () => {
    const tenant = await onboard('Hash SA');
    const found = await data.findApiKey(tenant.apiKey.key);
    expect(found).toMatchObject({ keyId: tenant.apiKey.keyId, role: 'policyholder', tenantId: tenant.tenantId });
    // Every key of a tenant throttles in the same bucket: one usage key per tenant.
    expect(found?.usageKey).toMatch(/^[A-Za-z0-9_-]{40}$/);
    const holder: Principal = { role: 'policyholder', keyId: tenant.apiKey.keyId, tenantId: tenant.tenantId, tier: 'standard', usageKey: found!.usageKey! };
    const second = await data.createApiKey(holder, new Date());
    expect((await data.findApiKey(second.key))?.usageKey).toBe(found?.usageKey);
    expect(JSON.stringify(found)).not.toContain(tenant.apiKey.key);
    const principal: Principal = { role: 'policyholder', keyId: tenant.apiKey.keyId, tenantId: tenant.tenantId, tier: 'standard' };
    await data.revokeApiKey(principal, tenant.apiKey.keyId, new Date());
    expect((await data.findApiKey(tenant.apiKey.key))?.revokedAt).toBeDefined();
    expect(await data.findApiKey('bk_test_pol_never-issued')).toBeUndefined();
  });

  it('concurrent policy changes never build on the same version: each version once, contiguous', async () => {
    const tenant = await onboard('Concurrent SA');
    const context = auth.TenantContext.forInsurer(insurer, tenant.tenantId);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => data.updatePolicy(context, { deductible: (i + 1) * 100_000 }, new Date())),
    );
    const applied = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number; slug?: string }] : []));
    expect(applied.length).toBeGreaterThanOrEqual(1);
    expect(refused.every((r) => r.status === 409 && r.slug === 'concurrent-update')).toBe(true);
    const versions = await data.listPolicyVersions(context, { limit: 100 });
    const numbers = versions.items.map((v) => v.version).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: applied.length + 1 }, (_, i) => i + 1));
    expect((await data.getPolicy(context)).version).toBe(applied.length + 1);
  });

  it('pages through tenants with opaque cursors, each tenant once', async () => {
    for (let i = 0; i < 5; i += 1) await onboard(`Paged ${i}`);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await data.listTenants(insurer, { limit: 2, cursor });
      seen.push(...page.items.map((t) => t.tenantId));
      cursor = page.cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(5);
  });
});

describe('Idempotency-Key in flight', () => {
  it('answers 409 to a duplicate while the first is still running, then replays its response', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let executions = 0;
    const routes = [
      {
        operationId: 'slowCreate',
        method: 'POST',
        path: '/v1/slow',
        function: 'fixture',
        access: ['insurer'],
        summary: 'slow',
        tags: [],
        request: { body: z.strictObject({ n: z.int() }) },
        responses: { 201: { description: 'created' } },
      },
    ] as const satisfies readonly RouteSpec[];
    const handler = api.apiHandler(
      'fixture',
      routes,
      {
        slowCreate: async (request) => {
          executions += 1;
          await gate;
          return { status: 201, body: { n: request.body.n, execution: executions } };
        },
      },
    );
    const event = () => {
      const e = proxyEvent({ method: 'POST', resource: '/v1/slow', path: '/v1/slow', headers: { 'content-type': 'application/json', 'Idempotency-Key': 'slow-1' }, body: '{"n":7}' });
      return { ...e, requestContext: { ...e.requestContext, authorizer: { role: 'insurer', keyId: 'key_insurer' } } };
    };
    const first = handler(event(), lambdaContext());
    // Running means its idempotency record is written, in progress, and the duplicate meets it.
    await eventually(() => expect(executions).toBe(1));
    const duplicate = await handler(event(), lambdaContext());
    expect(duplicate.statusCode).toBe(409);
    expect(JSON.parse(duplicate.body)).toMatchObject({ type: 'https://bouclier.dev/problems/idempotency-key-in-progress' });
    release();
    const firstResponse = await first;
    expect(firstResponse.statusCode).toBe(201);
    const replay = await handler(event(), lambdaContext());
    expect(replay.statusCode).toBe(201);
    expect(JSON.parse(replay.body)).toEqual(JSON.parse(firstResponse.body));
    expect(replay.headers?.['idempotent-replayed']).toBe('true');
    expect(executions).toBe(1);
  });
});
