/**
 * The OpenAPI 3.1 document, generated from the topology's routes and the same zod schemas
 * that validate requests, so the document and the behaviour cannot disagree.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import * as z from 'zod';
import type { Topology, RouteSpec } from '#topology';
import { isCreatingPost, takesIfMatch } from './api.ts';
import { answersOf, CORRELATION_HEADER, GATEWAY_ANSWERS, problemUri, takesTenantHeader } from './answers.ts';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, type ProblemType } from '#contract/problems';
import { TAGS } from '#topology/tags';
import { CorrelationIdRequestHeader, IdempotencyKeyHeader, IfMatchHeader, TenantHeader } from '#contract/headers';
import { registerWebhooks } from './openapi-webhooks.ts';

type Responses = RouteConfig['responses'];

function responsesOf(route: RouteSpec): Responses {
  const responses: Responses = {};
  for (const [status, answer] of answersOf(route)) {
    const headers = Object.fromEntries(Object.entries(answer.headers).map(([name, header]) => [name, header.schema]));
    responses[String(status)] = {
      description: answer.description,
      ...(answer.schema ? { content: { [answer.contentType ?? 'application/json']: { schema: answer.schema } } } : {}),
      ...(Object.keys(headers).length > 0 ? { headers: z.object(headers) } : {}),
    };
  }
  return responses;
}

interface JsonSchema {
  [keyword: string]: unknown;
}
interface MediaShape {
  schema: JsonSchema;
  example?: unknown;
}
interface DocumentShape {
  paths: Record<string, Record<string, { parameters?: { schema?: JsonSchema }[]; requestBody?: { content: Record<string, MediaShape> }; responses: Record<string, { content?: Record<string, MediaShape> }> }>>;
  components?: { schemas?: Record<string, JsonSchema>; responses?: Record<string, unknown> };
}

/** The Problem schema with its `type` narrowed to the URIs of the types a status may carry. */
export function problemSchemaOf(types: readonly ProblemType[]): JsonSchema {
  return {
    allOf: [{ $ref: '#/components/schemas/Problem' }, { type: 'object', properties: { type: { type: 'string', enum: types.map(problemUri) } } }],
  };
}

const REF_PREFIX = '#/components/schemas/';

/** Names of the components a schema reaches through $ref, transitively. */
function componentsReached(root: unknown, schemas: Record<string, JsonSchema>, into: Set<string>): Set<string> {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)) {
        const name = value.slice(REF_PREFIX.length);
        if (!into.has(name)) {
          into.add(name);
          visit(schemas[name]);
        }
      } else visit(value);
    }
  };
  visit(root);
  return into;
}

/**
 * Request schemas in zod's input mode: a field with a default may be left out, so it is not
 * required, and its default is said in words rather than as a `default` keyword, which client
 * generators (openapi-typescript's defaultNonNullable) read as "always present" and would make
 * the field required in a request. Responses stay in output mode.
 */
function renderRequestsAsInput(document: DocumentShape): void {
  const schemas = document.components?.schemas ?? {};
  const requestSide = new Set<string>();
  const responseSide = new Set<string>();
  const inline: JsonSchema[] = [];
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods)) {
      for (const parameter of operation.parameters ?? []) if (parameter.schema) inline.push(parameter.schema);
      for (const media of Object.values(operation.requestBody?.content ?? {})) inline.push(media.schema);
      componentsReached(operation.parameters, schemas, requestSide);
      componentsReached(operation.requestBody, schemas, requestSide);
      componentsReached(operation.responses, schemas, responseSide);
    }
  }
  const strip = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(strip);
    if (!node || typeof node !== 'object') return;
    const schema = node as JsonSchema;
    if ('default' in schema && typeof schema['$ref'] !== 'string') {
      const said = `Default when left out: ${JSON.stringify(schema['default'])}.`;
      const description = typeof schema['description'] === 'string' ? schema['description'] : '';
      const separator = description === '' ? '' : /[.!?]$/.test(description) ? ' ' : '. ';
      schema['description'] = description.includes(said) ? description : `${description}${separator}${said}`;
      delete schema['default'];
    }
    for (const [key, value] of Object.entries(schema)) if (key !== 'description') strip(value);
  };
  for (const name of requestSide) {
    if (responseSide.has(name) && JSON.stringify(schemas[name]).includes('"default"')) {
      throw new Error(`Schema ${name} has a default and is used by requests and responses: give the request its own schema`);
    }
    strip(schemas[name]);
  }
  inline.forEach(strip);
}

/** Each problem status names the problem types it may carry, as an enum of their URIs. */
function narrowProblemTypes(document: DocumentShape, topology: Topology, includeLocalOnly: boolean): void {
  for (const route of topology.routes) {
    if (route.localOnly && !includeLocalOnly) continue;
    const operation = document.paths[route.path]?.[route.method.toLowerCase()];
    if (!operation) continue;
    for (const [status, answer] of answersOf(route)) {
      const media = operation.responses[String(status)]?.content?.[PROBLEM_CONTENT_TYPE];
      if (media && answer.problems.length > 0) media.schema = problemSchemaOf(answer.problems);
    }
  }
}

/** Who may call a route, said in its description (the reference page shows descriptions, not extensions). */
function rolesLine(route: RouteSpec): string {
  return route.access === 'public' ? '**Public**: no API key.' : `**Roles**: ${route.access.join(', ')}.`;
}

/** What a problem of each type says in the examples, where its title alone says little. */
const PROBLEM_EXAMPLES: Partial<Record<ProblemType, { detail: string; extra?: Record<string, unknown> }>> = {
  validation: {
    detail: "body field 'amount': Too small: expected number to be >0",
    extra: { errors: [{ in: 'body', field: 'amount', pointer: '#/amount', code: 'too_small', detail: 'Too small: expected number to be >0' }] },
  },
  unauthorized: { detail: 'Send a valid API key as Authorization: Bearer <key>.' },
  forbidden: { detail: 'Your API key is not allowed to call this route.' },
  'not-found': { detail: 'No such resource for this caller.' },
  'rate-limited': { detail: 'Too many requests for this API key: retry after the delay in Retry-After.' },
  internal: { detail: 'Something went wrong on our side. It has been logged; retrying later is safe.' },
  'service-unavailable': { detail: 'A service this request needs does not answer right now. Retry after the delay in Retry-After.' },
  'precondition-failed': {
    detail: 'The limit rules changed since the version your If-Match names: it is now at ETag "4". Read it again, reapply your change and send it with If-Match: "4".',
    extra: { currentETag: '"4"' },
  },
  'invalid-cursor': { detail: 'This cursor does not belong to this list. Pass back the cursor of the previous page unchanged.' },
  'idempotency-key-reused': { detail: 'This Idempotency-Key was used for another request (another method, path or body): nothing ran.' },
  'idempotency-key-in-progress': { detail: 'A request with this Idempotency-Key is still running: retry after Retry-After.' },
};

/** An example problem of the status's first type, with the route's path as its instance. */
function problemExample(type: ProblemType, path: string): Record<string, unknown> {
  const said = PROBLEM_EXAMPLES[type];
  return {
    type: problemUri(type),
    title: PROBLEM_TYPES[type].title,
    status: PROBLEM_TYPES[type].status,
    detail: said?.detail ?? `${PROBLEM_TYPES[type].title}.`,
    instance: path,
    correlationId: 'crm-order-77',
    ...said?.extra,
  };
}

/** The example a schema carries (its own, or its component's through $ref). */
function exampleOf(schema: JsonSchema | undefined, schemas: Record<string, JsonSchema>): unknown {
  if (!schema) return undefined;
  if ('example' in schema) return schema['example'];
  const ref = schema['$ref'];
  if (typeof ref === 'string' && ref.startsWith(REF_PREFIX)) return exampleOf(schemas[ref.slice(REF_PREFIX.length)], schemas);
  return undefined;
}

/**
 * Each request body and response gets a media-type example: the route's own for that status,
 * else the one its schema declares (`.meta({ example })` in shared/contract), and for a problem
 * status one of its first type.
 */
function addExamples(document: DocumentShape, topology: Topology, includeLocalOnly: boolean): void {
  const schemas = document.components?.schemas ?? {};
  for (const route of topology.routes) {
    if (route.localOnly && !includeLocalOnly) continue;
    const operation = document.paths[route.path]?.[route.method.toLowerCase()];
    if (!operation) continue;
    for (const media of Object.values(operation.requestBody?.content ?? {})) {
      const example = exampleOf(media.schema, schemas);
      if (example !== undefined) media.example = example;
    }
    for (const [status, answer] of answersOf(route)) {
      for (const [type, media] of Object.entries(operation.responses[String(status)]?.content ?? {})) {
        // The route's own rule first (what this operation refuses), else a malformed request.
        const own = route.responses[status]?.problems?.[0];
        const first = own ?? (answer.problems.includes('validation') ? 'validation' : answer.problems[0]);
        const example =
          type === PROBLEM_CONTENT_TYPE && first ? problemExample(first, route.path) : (route.responses[status]?.example ?? exampleOf(media.schema, schemas));
        if (example !== undefined) media.example = example;
      }
    }
  }
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
    request.headers = z.object({
      ...(isCreatingPost(route) ? { 'Idempotency-Key': IdempotencyKeyHeader } : {}),
      ...(takesIfMatch(route) ? { 'If-Match': IfMatchHeader } : {}),
      ...(takesTenantHeader(route) ? { 'Bouclier-Tenant': TenantHeader } : {}),
      [CORRELATION_HEADER]: CorrelationIdRequestHeader,
    });
    if (route.request?.body) {
      request.body = { required: true, content: { 'application/json': { schema: route.request.body } } };
    }
    registry.registerPath({
      method: route.method.toLowerCase() as RouteConfig['method'],
      path: route.path,
      operationId: route.operationId,
      summary: route.summary,
      description: `${route.description ?? `${route.summary}.`}\n\n${rolesLine(route)}`,
      tags: [...route.tags],
      ...(route.access === 'public' ? { security: [] } : { security: [{ [bearer.name]: [] }] }),
      ...(route.access === 'public' ? {} : { 'x-bouclier-roles': [...route.access] }),
      ...(route.localOnly ? { 'x-bouclier-local-only': true } : {}),
      request,
      responses: responsesOf(route),
    });
  }
  registerWebhooks(registry);

  const generator = new OpenApiGeneratorV31(registry.definitions);
  const document = generator.generateDocument({
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
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
  });
  const shape = document as unknown as DocumentShape;
  narrowProblemTypes(shape, topology, options.includeLocalOnly);
  // No operation is reached for these: the gateway's answers for the API as a whole.
  const gatewayAnswer = (description: string, problems: readonly ProblemType[], headers: Record<string, unknown>) => ({
    description,
    headers: {
      [CORRELATION_HEADER]: { required: true, description: 'The gateway’s request id', schema: { type: 'string' } },
      ...headers,
    },
    content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchemaOf(problems) } },
  });
  shape.components = {
    ...shape.components,
    responses: {
      ...shape.components?.responses,
      UnknownPath: gatewayAnswer('No route has this path, whatever the method (not-found)', GATEWAY_ANSWERS.unknownPath.problems, {}),
      HeadersTooLarge: gatewayAnswer('The request line and headers exceed 16 KB, whatever the path (headers-too-large)', GATEWAY_ANSWERS.headersTooLarge.problems, {}),
      MalformedRequest: gatewayAnswer('The request cannot be read as HTTP/1.1, so no path is reached (malformed-request)', GATEWAY_ANSWERS.malformedRequest.problems, {}),
      MethodNotAllowed: gatewayAnswer('The path has no operation for this method (method-not-allowed); Allow lists those it has', GATEWAY_ANSWERS.unknownMethod.problems, {
        Allow: { required: true, description: 'The methods this path answers', schema: { type: 'string', example: 'GET, POST' } },
      }),
    },
  };
  renderRequestsAsInput(shape);
  addExamples(shape, topology, options.includeLocalOnly);
  return document;
}
