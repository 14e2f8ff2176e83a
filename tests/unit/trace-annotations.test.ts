/**
 * Per-tenant observability in X-Ray: every API invocation annotates its trace with the
 * operation, and with the caller's role and tenant once the authorizer's principal is read,
 * so `annotation.tenantId = "…"` finds one tenant's traces.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { apiHandler } from '../../shared/http/api.ts';
import { authorizerContextOf } from '../../shared/http/auth.ts';
import { tracer } from '../../shared/powertools/index.ts';
import type { RouteSpec } from '../../shared/topology/types.ts';
import { lambdaContext, proxyEvent } from '../support/api-events.ts';

const Thing = z.object({ id: z.string() });
const routes = [
  {
    operationId: 'readThing',
    method: 'GET',
    path: '/v1/things',
    function: 'fixture',
    access: ['policyholder', 'broker', 'insurer'],
    tenantScoped: true,
    summary: 'Read',
    tags: ['t'],
    responses: { 200: { description: 'ok', schema: Thing } },
  },
  {
    operationId: 'readAll',
    method: 'GET',
    path: '/v1/all',
    function: 'fixture',
    access: ['insurer'],
    summary: 'Read all',
    tags: ['t'],
    responses: { 200: { description: 'ok', schema: Thing } },
  },
] as const satisfies readonly RouteSpec[];

const handler = apiHandler('fixture', routes, {
  readThing: async () => ({ status: 200, body: { id: 'thg_1' } }),
  readAll: async () => ({ status: 200, body: { id: 'thg_2' } }),
});

type Annotate = (key: string, value: string | number | boolean) => void;

function annotations(spy: { mock: { calls: Parameters<Annotate>[] } }): Record<string, unknown> {
  return Object.fromEntries(spy.mock.calls.map(([key, value]) => [key, value]));
}

describe('X-Ray annotations of an API invocation', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names the operation, the role and the tenant of a policyholder', async () => {
    const spy = vi.spyOn(tracer, 'putAnnotation').mockImplementation(() => undefined);
    const event = proxyEvent({ method: 'GET', resource: '/v1/things', path: '/v1/things' });
    event.requestContext.authorizer = { ...authorizerContextOf({ role: 'policyholder', keyId: 'key_1', tenantId: 'ten_42', tier: 'standard' }) };
    const response = await handler(event, lambdaContext());
    expect(response.statusCode).toBe(200);
    expect(annotations(spy)).toEqual({ operation: 'readThing', role: 'policyholder', tenantId: 'ten_42' });
  });

  it('names the operation and role of the insurer, without a tenant', async () => {
    const spy = vi.spyOn(tracer, 'putAnnotation').mockImplementation(() => undefined);
    const event = proxyEvent({ method: 'GET', resource: '/v1/all', path: '/v1/all' });
    event.requestContext.authorizer = { ...authorizerContextOf({ role: 'insurer', keyId: 'key_9' }) };
    const response = await handler(event, lambdaContext());
    expect(response.statusCode).toBe(200);
    expect(annotations(spy)).toEqual({ operation: 'readAll', role: 'insurer' });
  });
});
