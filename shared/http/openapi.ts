/**
 * The OpenAPI 3.1 document, generated from the topology's routes and the same zod schemas
 * that validate requests, so the document and the behaviour cannot disagree.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { Topology, RouteSpec } from '#topology';
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from './problems.ts';

type Responses = RouteConfig['responses'];

function problem(description: string) {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } };
}

function responsesOf(route: RouteSpec): Responses {
  const out: Responses = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    const code = Number(status);
    const contentType = spec.contentType ?? (code >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json');
    out[status] = spec.schema && code !== 204
      ? { description: spec.description, content: { [contentType]: { schema: spec.schema } } }
      : { description: spec.description };
  }
  if (route.request && !out['400']) out['400'] = problem('The request is not valid: the problem names each failing field');
  if (route.access !== 'public') {
    out['401'] ??= problem('Missing or unknown API key');
    out['403'] ??= problem('This key’s role may not call this route');
    out['429'] ??= problem('Rate limit exceeded; see Retry-After');
  }
  out['500'] ??= problem('Unexpected error on our side');
  out['503'] ??= problem('A service this operation needs does not answer, or the authorizer could not check the key; see Retry-After');
  return out;
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
