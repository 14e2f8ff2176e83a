/**
 * The one description of the system: functions, routes, table, stream consumers, event
 * rules and schedules. The CDK stack (infra/) and the local runtime (infra/local/) both read
 * it, and so does the OpenAPI route, so a route exists in AWS and locally, or in neither.
 *
 * It lives in shared/ rather than infra/ because functions need it too (the HTTP stack
 * validates against each route's schemas, the OpenAPI document lists every route) and
 * nothing in functions/ may import infra/. It holds data only: no CDK, no SDK.
 */
import { HealthSchema, OpenApiDocumentSchema } from '../http/schemas/ops.ts';
import { table } from '../data/table.ts';
import type { FunctionSpec, RouteSpec, Topology } from './types.ts';

export * from './types.ts';
export { table };

const functions = {
  ops: {
    entry: 'functions/ops/handler.ts',
    handler: 'handler',
    description: 'Health and the OpenAPI document',
    memoryMb: 512,
    timeoutSeconds: 10,
    permissions: { table: ['dynamodb:DescribeTable'], bus: ['events:DescribeEventBus'] },
  },
  relay: {
    entry: 'functions/events/relay.ts',
    handler: 'handler',
    description: 'Outbox relay: DynamoDB stream records of outbox events to the event bus',
    memoryMb: 512,
    timeoutSeconds: 30,
    permissions: { bus: ['events:PutEvents'] },
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof functions;

const routes: RouteSpec<FunctionName>[] = [
  {
    operationId: 'getHealth',
    method: 'GET',
    path: '/v1/health',
    function: 'ops',
    access: 'public',
    summary: 'Health of the API, the table and the event bus',
    tags: ['ops'],
    responses: {
      200: { description: 'Every dependency answers', schema: HealthSchema },
      503: { description: 'A dependency does not answer', schema: HealthSchema, contentType: 'application/json' },
    },
  },
  {
    operationId: 'getOpenApi',
    method: 'GET',
    path: '/v1/openapi.json',
    function: 'ops',
    access: 'public',
    summary: 'This API’s OpenAPI 3.1 document',
    tags: ['ops'],
    responses: { 200: { description: 'The OpenAPI document', schema: OpenApiDocumentSchema } },
  },
];

export const topology: Topology<FunctionName> = {
  service: 'bouclier',
  eventSource: 'bouclier',
  busName: 'bouclier',
  archiveRetentionDays: 365,
  stage: 'live',
  table,
  functions,
  routes,
  gatewayResponses: [
    {
      type: 'MISSING_AUTHENTICATION_TOKEN',
      status: 404,
      problem: 'not-found',
      title: 'Not found',
      detail: 'No route matches this path. See GET /v1/openapi.json for the routes.',
    },
    {
      type: 'UNAUTHORIZED',
      status: 401,
      problem: 'unauthorized',
      title: 'Unauthorized',
      detail: 'Send a valid API key as Authorization: Bearer <key>.',
    },
    {
      type: 'ACCESS_DENIED',
      status: 403,
      problem: 'forbidden',
      title: 'Forbidden',
      detail: 'Your API key is not allowed to call this route.',
    },
    {
      type: 'THROTTLED',
      status: 429,
      problem: 'rate-limited',
      title: 'Too many requests',
      detail: 'Slow down: your rate limit is exceeded. Retry after the delay in Retry-After.',
    },
    {
      type: 'REQUEST_TOO_LARGE',
      status: 413,
      problem: 'request-too-large',
      title: 'Request too large',
      detail: 'The request body exceeds 10 MB.',
    },
    {
      type: 'DEFAULT_5XX',
      status: 502,
      problem: 'gateway-error',
      title: 'Gateway error',
      detail: 'The API gateway could not reach the service. Retrying later is safe.',
    },
  ],
  streamConsumers: [
    {
      function: 'relay',
      // Only outbox items, and only when written: their TTL expiry (REMOVE) is not an event.
      filter: { eventName: ['INSERT'], dynamodb: { NewImage: { kind: { S: ['outbox'] } } } },
      batchSize: 100,
      maxBatchingWindowSeconds: 0,
      retryAttempts: 10,
      maxRecordAgeSeconds: 24 * 60 * 60,
      bisectBatchOnError: true,
      parallelizationFactor: 1,
    },
  ],
  rules: [],
  schedules: [],
};

/** Routes that exist in AWS (the test clock and other local-only routes do not). */
export function deployedRoutes<F extends string>(t: Topology<F>): RouteSpec<F>[] {
  return t.routes.filter((r) => !r.localOnly);
}
