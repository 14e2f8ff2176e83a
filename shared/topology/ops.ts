/** Health, the OpenAPI document and the local test clock. */
import { AdvanceClockBody, Clock, DEGRADED_HEALTH_EXAMPLE, HealthSchema, OpenApiDocumentSchema, TextFile } from '../contract/ops.ts';
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
  docs: {
    entry: 'functions/docs/handler.ts',
    handler: 'handler',
    description: 'The API reference page: Swagger UI over the OpenAPI document, its script and style served from here',
    memoryMb: 256,
    timeoutSeconds: 5,
    files: {
      'swagger-ui/swagger-ui-bundle.js': 'node_modules/swagger-ui-dist/swagger-ui-bundle.js',
      'swagger-ui/swagger-ui.css': 'node_modules/swagger-ui-dist/swagger-ui.css',
    },
    permissions: {},
  },
} as const satisfies Record<string, FunctionSpec>;

/** The renderer's files change with its version only: browsers may keep them a day. */
const CACHED = { 'Cache-Control': { description: 'How long a browser may keep it', required: true } } as const;

export const opsRoutes = [
  {
    operationId: 'getHealth',
    method: 'GET',
    path: '/v1/health',
    function: 'ops',
    access: 'public',
    summary: 'Health of the API, the table and the event bus',
    description:
      'Checks that the DynamoDB table is active and the event bus answers, each within 2 seconds, and says which failed and why. ' +
      'Needs no API key and changes nothing: fit for a load balancer or an uptime probe, which should treat 503 as down.',
    tags: ['ops'],
    responses: {
      200: { description: 'Every dependency answers', schema: HealthSchema },
      503: { description: 'A dependency does not answer', schema: HealthSchema, contentType: 'application/json', example: DEGRADED_HEALTH_EXAMPLE },
    },
  },
  {
    operationId: 'getOpenApi',
    method: 'GET',
    path: '/v1/openapi.json',
    function: 'ops',
    access: 'public',
    summary: 'This API’s OpenAPI 3.1 document',
    description:
      'The machine-readable description of every operation, schema, example and problem type, generated from the same routes and schemas the API validates with, so it never drifts from what the API does. ' +
      'Needs no API key; feed it to a client generator or an API tool.',
    tags: ['ops'],
    responses: { 200: { description: 'The OpenAPI document', schema: OpenApiDocumentSchema } },
  },
  {
    operationId: 'getDocs',
    method: 'GET',
    path: '/docs',
    function: 'docs',
    access: 'public',
    summary: 'The API reference page, drawn from this document',
    description:
      'An HTML page that renders `/v1/openapi.json` with Swagger UI: every operation by tag with its roles, parameters, request and response examples and problem types, ' +
      'and the webhooks. Its script and style are served by this API (`/docs/swagger-ui-bundle.js`, `/docs/swagger-ui.css`): the page fetches nothing from elsewhere.',
    tags: ['ops'],
    responses: { 200: { description: 'The page', schema: TextFile, contentType: 'text/html' } },
  },
  {
    operationId: 'getDocsScript',
    method: 'GET',
    path: '/docs/swagger-ui-bundle.js',
    function: 'docs',
    access: 'public',
    summary: 'The API reference page’s renderer (Swagger UI’s bundle)',
    description:
      'The Swagger UI script that the reference page at `/docs` loads, served by this API so that the page fetches nothing from elsewhere. It changes only with the Swagger UI version: browsers may cache it.',
    tags: ['ops'],
    responses: { 200: { description: 'The script', schema: TextFile, contentType: 'text/javascript', headers: CACHED } },
  },
  {
    operationId: 'getDocsStyle',
    method: 'GET',
    path: '/docs/swagger-ui.css',
    function: 'docs',
    access: 'public',
    summary: 'The API reference page’s style sheet (Swagger UI’s)',
    description:
      'The Swagger UI style sheet that the reference page at `/docs` loads, served by this API so that the page fetches nothing from elsewhere. It changes only with the Swagger UI version: browsers may cache it.',
    tags: ['ops'],
    responses: { 200: { description: 'The style sheet', schema: TextFile, contentType: 'text/css', headers: CACHED } },
  },
  {
    operationId: 'getClock',
    method: 'GET',
    path: '/v1/ops/clock',
    function: 'ops',
    access: ['insurer'],
    localOnly: true,
    summary: 'Local runtime only: the test clock',
    description:
      'The time the local runtime’s functions see, and how far it was moved forward from the wall clock. Not deployed to AWS, where time is the real one.',
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
      'Name `advanceDays`, `advanceSeconds`, or both (they add up); the clock only moves forward. ' +
      'Every scheduled job that falls due over the span (daily jobs, webhook retries) runs before the answer, so a test can watch a limit expire or a claim deadline come. Not deployed to AWS.',
    tags: ['ops'],
    request: { body: AdvanceClockBody },
    responses: { 200: { description: 'The clock after the move', schema: Clock } },
  },
] as const satisfies readonly RouteSpec<keyof typeof opsFunctions>[];
