/**
 * The OpenAPI 3.1 document, generated from the topology's routes and the same zod schemas
 * that validate requests, so the document and the behaviour cannot disagree.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z, type ZodType } from 'zod';
import type { Topology, RouteSpec } from '#topology';
import { isCreatingPost } from './api.ts';
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from '#contract/problems';
import { IdempotencyKeyHeader, IdempotentReplayedHeader, RetryAfterHeader } from '#contract/headers';

type Responses = RouteConfig['responses'];

/** One status of an operation as the document declares it, before it is rendered. */
interface Declared {
  description: string;
  schema?: ZodType;
  contentType?: string;
  headers: Record<string, ZodType>;
}

const problemOf = (description: string, headers: Record<string, ZodType> = {}): Declared => ({
  description,
  schema: ProblemSchema,
  contentType: PROBLEM_CONTENT_TYPE,
  headers,
});

/**
 * What the stack or the gateway answers besides the route's own statuses. A status the route
 * already declares keeps its description and gets this one after it: a route's 409 of its own
 * is still a 409 the idempotency check can answer too.
 */
function declare(out: Map<number, Declared>, status: number, added: Declared): void {
  const existing = out.get(status);
  if (!existing) {
    out.set(status, added);
    return;
  }
  existing.description = `${existing.description}; or ${added.description.charAt(0).toLowerCase()}${added.description.slice(1)}`;
  Object.assign(existing.headers, added.headers);
}

function responsesOf(route: RouteSpec): Responses {
  const out = new Map<number, Declared>();
  for (const [status, spec] of Object.entries(route.responses)) {
    const code = Number(status);
    out.set(code, {
      description: spec.description,
      ...(spec.schema && code !== 204 ? { schema: spec.schema, contentType: spec.contentType ?? (code >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json') } : {}),
      headers: {},
    });
  }
  const idempotent = isCreatingPost(route);
  if (route.request && !out.has(400)) {
    out.set(400, problemOf(`The request is not valid: the problem names each failing field${idempotent ? ' (a malformed Idempotency-Key included)' : ''}`));
  } else if (idempotent) {
    declare(out, 400, problemOf('The Idempotency-Key header is not 1 to 255 printable ASCII characters (validation, the header named)'));
  }
  if (idempotent) {
    for (const [code, declared] of out) {
      if (code >= 200 && code < 300) declared.headers['Idempotent-Replayed'] = IdempotentReplayedHeader;
    }
    declare(out, 409, problemOf('A request with this Idempotency-Key is still running (idempotency-key-in-progress); retry after Retry-After', {
      'Retry-After': RetryAfterHeader({ required: false, example: 1, when: 'sent when the same request may succeed later (idempotency-key-in-progress)' }),
    }));
    declare(out, 422, problemOf('This Idempotency-Key was used for another request: another method, path or body (idempotency-key-reused); nothing ran'));
  }
  if (route.access !== 'public') {
    if (!out.has(401)) out.set(401, problemOf('Missing, unknown or revoked API key'));
    if (!out.has(403)) out.set(403, problemOf('This key’s role may not call this route'));
    if (!out.has(429)) out.set(429, problemOf('Rate limit exceeded; retry after Retry-After', { 'Retry-After': RetryAfterHeader({ required: true, example: 1 }) }));
  }
  if (!out.has(500)) out.set(500, problemOf('Unexpected error on our side'));
  if (!out.has(503)) {
    out.set(503, problemOf('A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After', {
      // 1 s when a dependency throttles us, 5 s when it does not answer or the authorizer failed.
      'Retry-After': RetryAfterHeader({ required: true, example: 5 }),
    }));
  }

  const responses: Responses = {};
  for (const [code, declared] of [...out].sort(([a], [b]) => a - b)) {
    responses[String(code)] = {
      description: declared.description,
      ...(declared.schema ? { content: { [declared.contentType ?? 'application/json']: { schema: declared.schema } } } : {}),
      ...(Object.keys(declared.headers).length > 0 ? { headers: z.object(declared.headers) } : {}),
    };
  }
  return responses;
}

export function openApiDocument(topology: Topology, options: { includeLocalOnly: boolean; serverUrl?: string; version: string }) {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'Authorization: Bearer <api key>. Keys are shown once when created.',
  });

  for (const route of topology.routes) {
    if (route.localOnly && !options.includeLocalOnly) continue;
    const request: NonNullable<RouteConfig['request']> = {};
    if (route.request?.params) request.params = route.request.params;
    if (route.request?.query) request.query = route.request.query;
    if (isCreatingPost(route)) request.headers = z.object({ 'Idempotency-Key': IdempotencyKeyHeader });
    if (route.request?.body) {
      request.body = { required: true, content: { 'application/json': { schema: route.request.body } } };
    }
    registry.registerPath({
      method: route.method.toLowerCase() as RouteConfig['method'],
      path: route.path,
      operationId: route.operationId,
      summary: route.summary,
      tags: [...route.tags],
      ...(route.access === 'public' ? { security: [] } : { security: [{ [bearer.name]: [] }] }),
      ...(route.access === 'public' ? {} : { 'x-bouclier-roles': [...route.access] }),
      ...(route.localOnly ? { 'x-bouclier-local-only': true } : {}),
      request,
      responses: responsesOf(route),
    });
  }

  const generator = new OpenApiGeneratorV31(registry.definitions);
  return generator.generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Bouclier API',
      version: options.version,
      description:
        'Trade credit insurance as an API: credit limits decided in real time, cover checks at order time, ' +
        'downgrades and sector alerts pushed as signed webhooks, overdues and claims with their deadlines.',
    },
    servers: options.serverUrl ? [{ url: options.serverUrl }] : [],
    security: [{ [bearer.name]: [] }],
  });
}
