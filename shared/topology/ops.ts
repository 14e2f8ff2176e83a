/** Health, the OpenAPI document and the local test clock. */
import { AdvanceClockBody, Clock, HealthSchema, OpenApiDocumentSchema } from '../contract/ops.ts';
import type { FunctionSpec, RouteSpec } from './types.ts';

export const opsFunctions = {
  ops: {
    entry: 'functions/ops/handler.ts',
    handler: 'handler',
    description: 'Health and the OpenAPI document',
    memoryMb: 512,
    // Health bounds each check to 2 s; the local-only test clock runs every job that falls due
    // over the days it moves (a year of daily jobs), which takes longer than a request should.
    timeoutSeconds: 60,
    permissions: { table: ['dynamodb:DescribeTable'], bus: ['events:DescribeEventBus'] },
  },
} as const satisfies Record<string, FunctionSpec>;

export const opsRoutes = [
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
  {
    operationId: 'getClock',
    method: 'GET',
    path: '/v1/ops/clock',
    function: 'ops',
    access: ['insurer'],
    localOnly: true,
    summary: 'Local runtime only: the test clock',
    tags: ['ops'],
    responses: { 200: { description: 'The clock', schema: Clock } },
  },
  {
    operationId: 'advanceTestClock',
    method: 'POST',
    path: '/v1/ops/clock',
    function: 'ops',
    access: ['insurer'],
    localOnly: true,
    summary: 'Local runtime only: move the clock forward and run every scheduled job that falls due, in order',
    description:
      'Name `advanceDays`, `advanceSeconds`, or both (they add up).',
    tags: ['ops'],
    request: { body: AdvanceClockBody },
    responses: { 200: { description: 'The clock after the move', schema: Clock } },
  },
] as const satisfies readonly RouteSpec<keyof typeof opsFunctions>[];
