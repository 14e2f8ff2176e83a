import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { apiHandler, type ApiRequest } from '../../shared/http/api.ts';
import { ProblemError } from '../../shared/contract/problems.ts';
import type { RouteSpec } from '../../shared/topology/types.ts';
import { lambdaContext, proxyEvent } from '../support/api-events.ts';

const Body = z.strictObject({
  name: z.string().min(1),
  policy: z.strictObject({ coverPercent: z.int().min(80).max(95) }),
});
const Thing = z.object({ id: z.string(), name: z.string() });

const routes = [
  {
    operationId: 'createThing',
    method: 'POST',
    path: '/v1/things',
    function: 'fixture',
    access: 'public',
    summary: 'Create',
    tags: ['t'],
    request: { body: Body },
    responses: { 201: { description: 'created', schema: Thing } },
  },
  {
    operationId: 'getThing',
    method: 'GET',
    path: '/v1/things/{thingId}',
    function: 'fixture',
    access: 'public',
    summary: 'Get',
    tags: ['t'],
    request: { params: z.object({ thingId: z.string().regex(/^thg_/) }), query: z.strictObject({ expand: z.enum(['all']).optional() }) },
    responses: { 200: { description: 'ok', schema: Thing } },
  },
  {
    operationId: 'explode',
    method: 'GET',
    path: '/v1/explode',
    function: 'fixture',
    access: 'public',
    summary: 'Fails',
    tags: ['t'],
    responses: { 200: { description: 'never' } },
  },
  {
    operationId: 'refuse',
    method: 'GET',
    path: '/v1/refuse',
    function: 'fixture',
    access: 'public',
    summary: 'Refuses by rule',
    tags: ['t'],
    responses: { 200: { description: 'never' } },
  },
  {
    operationId: 'lie',
    method: 'GET',
    path: '/v1/lie',
    function: 'fixture',
    access: 'public',
    summary: 'Answers off-schema',
    tags: ['t'],
    responses: { 200: { description: 'ok', schema: Thing } },
  },
] as const satisfies readonly RouteSpec[];

const seen: ApiRequest[] = [];
const handler = apiHandler(
  'fixture',
  routes,
  {
    createThing: async (request) => {
      seen.push(request);
      return { status: 201, body: { id: 'thg_1', name: request.body.name } };
    },
    getThing: async (request) => ({
      status: 200,
      body: { id: request.params.thingId, name: 'x' },
    }),
    explode: async () => {
      throw new Error('secret internal detail');
    },
    refuse: async () => {
      throw new ProblemError({ slug: 'notification-late', detail: 'The deadline was 2026-01-01.' });
    },
    // @ts-expect-error -- the compiler refuses a body off its schema; the runtime check is for what gets past it
    lie: async () => ({ status: 200, body: { id: 1 } }),
  },
);

async function call(args: Parameters<typeof proxyEvent>[0]) {
  const response = await handler(proxyEvent(args), lambdaContext());
  const body = response.body ? (JSON.parse(response.body) as Record<string, unknown>) : undefined;
  return { ...response, json: body };
}

const json = { 'Content-Type': 'application/json' };

describe('HTTP stack', () => {
  it('validates the body and hands the parsed value to the operation', async () => {
    const response = await call({ method: 'POST', resource: '/v1/things', path: '/v1/things', headers: json, body: '{"name":"A","policy":{"coverPercent":90}}' });
    expect(response.statusCode).toBe(201);
    expect(response.headers?.['content-type']).toBe('application/json');
    expect(response.json).toEqual({ id: 'thg_1', name: 'A' });
    expect(seen.at(-1)?.body).toEqual({ name: 'A', policy: { coverPercent: 90 } });
  });

  it.each([
    ['a value out of range', '{"name":"A","policy":{"coverPercent":120}}', 'policy.coverPercent', '#/policy/coverPercent', 'too_big'],
    ['a missing field', '{"policy":{"coverPercent":90}}', 'name', '#/name', 'invalid_type'],
    ['an unknown field', '{"name":"A","policy":{"coverPercent":90},"extra":1}', 'extra', '#/extra', 'unrecognized_keys'],
    ['a wrong type', '{"name":"A","policy":{"coverPercent":"90"}}', 'policy.coverPercent', '#/policy/coverPercent', 'invalid_type'],
  ])('answers 400 problem+json naming the field for %s', async (_case, body, field, pointer, code) => {
    const response = await call({ method: 'POST', resource: '/v1/things', path: '/v1/things', headers: json, body });
    expect(response.statusCode).toBe(400);
    expect(response.headers?.['content-type']).toBe('application/problem+json');
    expect(response.json).toMatchObject({ type: 'https://bouclier.dev/problems/validation', status: 400, instance: '/v1/things' });
    const errors = response.json?.['errors'] as { field: string; pointer: string; code: string; in: string }[];
    expect(errors).toContainEqual(expect.objectContaining({ in: 'body', field, pointer, code }));
    expect(String(response.json?.['detail'])).toContain(field === '' ? 'body' : `'${field}'`);
  });

  it('answers 400 for malformed JSON and for a missing body', async () => {
    const malformed = await call({ method: 'POST', resource: '/v1/things', path: '/v1/things', headers: json, body: '{"name":' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json?.['type']).toBe('https://bouclier.dev/problems/malformed-json');
    const missing = await call({ method: 'POST', resource: '/v1/things', path: '/v1/things', headers: json });
    expect(missing.statusCode).toBe(400);
    expect(missing.json?.['type']).toBe('https://bouclier.dev/problems/validation');
  });

  it('answers 415 when the body is not JSON', async () => {
    const response = await call({ method: 'POST', resource: '/v1/things', path: '/v1/things', headers: { 'content-type': 'text/plain' }, body: 'name=A' });
    expect(response.statusCode).toBe(415);
    expect(response.json?.['type']).toBe('https://bouclier.dev/problems/unsupported-media-type');
  });

  it('validates path and query parameters', async () => {
    const ok = await call({ method: 'GET', resource: '/v1/things/{thingId}', path: '/v1/things/thg_9', pathParameters: { thingId: 'thg_9' }, query: { expand: ['all'] } });
    expect(ok.statusCode).toBe(200);
    const badPath = await call({ method: 'GET', resource: '/v1/things/{thingId}', path: '/v1/things/x', pathParameters: { thingId: 'x' } });
    expect(badPath.statusCode).toBe(400);
    expect(badPath.json?.['errors']).toContainEqual(expect.objectContaining({ in: 'path', field: 'thingId' }));
    const badQuery = await call({ method: 'GET', resource: '/v1/things/{thingId}', path: '/v1/things/thg_9', pathParameters: { thingId: 'thg_9' }, query: { expand: ['all', 'none'], other: ['1'] } });
    expect(badQuery.statusCode).toBe(400);
    const fields = (badQuery.json?.['errors'] as { in: string; field: string }[]).map((e) => `${e.in}:${e.field}`);
    expect(fields).toContain('query:expand');
    // An unknown parameter is named: its own field, not the whole query.
    expect(fields).toContain('query:other');
  });

  it('maps a domain refusal to its own problem type', async () => {
    const response = await call({ method: 'GET', resource: '/v1/refuse', path: '/v1/refuse' });
    expect(response.statusCode).toBe(422);
    expect(response.json).toMatchObject({ type: 'https://bouclier.dev/problems/notification-late', title: 'Overdue notified too late', status: 422, detail: 'The deadline was 2026-01-01.' });
  });

  it('answers an unexpected error with a 500 problem that leaks nothing', async () => {
    const response = await call({ method: 'GET', resource: '/v1/explode', path: '/v1/explode' });
    expect(response.statusCode).toBe(500);
    expect(response.json?.['type']).toBe('https://bouclier.dev/problems/internal');
    expect(response.body).not.toContain('secret internal detail');
  });

  it('echoes a well-formed x-correlation-id and otherwise uses the request id', async () => {
    const given = await call({ method: 'GET', resource: '/v1/refuse', path: '/v1/refuse', headers: { 'X-Correlation-Id': 'crm-42' } });
    expect(given.headers?.['x-correlation-id']).toBe('crm-42');
    expect(given.json?.['correlationId']).toBe('crm-42');
    const forged = await call({ method: 'GET', resource: '/v1/things/{thingId}', path: '/v1/things/thg_1', pathParameters: { thingId: 'thg_1' }, headers: { 'x-correlation-id': 'bad id with spaces' } });
    expect(forged.headers?.['x-correlation-id']).toBe('req-1');
  });

  it('refuses, in local mode, a response that does not match its declared schema', async () => {
    process.env['BOUCLIER_VALIDATE_RESPONSES'] = 'true';
    try {
      const response = await call({ method: 'GET', resource: '/v1/lie', path: '/v1/lie' });
      expect(response.statusCode).toBe(500);
    } finally {
      delete process.env['BOUCLIER_VALIDATE_RESPONSES'];
    }
  });

  it('refuses, in local mode, a 201 without a Location', async () => {
    process.env['BOUCLIER_VALIDATE_RESPONSES'] = 'true';
    try {
      const response = await call({ method: 'POST', resource: '/v1/things', path: '/v1/things', headers: json, body: '{"name":"A","policy":{"coverPercent":90}}' });
      expect(response.statusCode).toBe(500);
    } finally {
      delete process.env['BOUCLIER_VALIDATE_RESPONSES'];
    }
  });

  it('refuses to build a handler that misses an operation of its function', () => {
    // @ts-expect-error -- a missing operation does not compile either; this is the guard at import
    expect(() => apiHandler('fixture', routes, {})).toThrow(/does not implement createThing/);
  });
});
