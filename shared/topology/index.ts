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
import { PageQuery } from '../http/schemas/common.ts';
import {
  ApiKeyPage,
  Broker,
  BrokerIdParams,
  CreateBrokerBody,
  CreateTenantBody,
  CreatedBroker,
  CreatedTenant,
  KeyIdParams,
  MandatesBody,
  NewApiKey,
  Policy,
  PolicyPage,
  PolicyPatch,
  Tenant,
  TenantIdParams,
  TenantPage,
} from '../http/schemas/tenancy.ts';
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
  authorizer: {
    entry: 'functions/authorizer/handler.ts',
    handler: 'handler',
    description: 'API key → principal and the routes its role may call',
    memoryMb: 512,
    timeoutSeconds: 5,
    permissions: { table: ['dynamodb:GetItem'] },
  },
  tenancy: {
    entry: 'functions/tenancy/handler.ts',
    handler: 'handler',
    description: 'Tenants, policies, API keys, brokers and mandates',
    memoryMb: 1024,
    timeoutSeconds: 10,
    permissions: {
      apiManagement: ['apigateway:GET', 'apigateway:POST'],
      table: [
        'dynamodb:GetItem',
        'dynamodb:BatchGetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:ConditionCheckItem',
      ],
    },
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

  // Tenancy: onboarding and policies (insurer), the policy in force (tenants), keys, brokers.
  {
    operationId: 'createTenant',
    method: 'POST',
    path: '/v1/tenants',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'Onboard a policyholder with its policy; returns its first API key, shown once',
    tags: ['tenants'],
    request: { body: CreateTenantBody },
    responses: { 201: { description: 'The tenant, its policy and its first API key', schema: CreatedTenant } },
  },
  {
    operationId: 'listTenants',
    method: 'GET',
    path: '/v1/tenants',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'Every tenant, oldest first',
    tags: ['tenants'],
    request: { query: PageQuery },
    responses: { 200: { description: 'A page of tenants', schema: TenantPage } },
  },
  {
    operationId: 'getTenant',
    method: 'GET',
    path: '/v1/tenants/{tenantId}',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'A tenant and the policy in force',
    tags: ['tenants'],
    request: { params: TenantIdParams },
    responses: { 200: { description: 'The tenant', schema: Tenant } },
  },
  {
    operationId: 'updateTenantPolicy',
    method: 'PATCH',
    path: '/v1/tenants/{tenantId}/policy',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'Change a policy: a new version takes effect now, earlier versions are kept',
    tags: ['tenants'],
    request: { params: TenantIdParams, body: PolicyPatch },
    responses: { 200: { description: 'The new policy version', schema: Policy } },
  },
  {
    operationId: 'listTenantPolicyVersions',
    method: 'GET',
    path: '/v1/tenants/{tenantId}/policy/versions',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'Every version of a tenant’s policy, newest first',
    tags: ['tenants'],
    request: { params: TenantIdParams, query: PageQuery },
    responses: { 200: { description: 'A page of policy versions', schema: PolicyPage } },
  },
  {
    operationId: 'getPolicy',
    method: 'GET',
    path: '/v1/policy',
    function: 'tenancy',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Your policy in force',
    tags: ['policy'],
    responses: { 200: { description: 'The policy in force', schema: Policy } },
  },
  {
    operationId: 'listPolicyVersions',
    method: 'GET',
    path: '/v1/policy/versions',
    function: 'tenancy',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Every version of your policy, newest first',
    tags: ['policy'],
    request: { query: PageQuery },
    responses: { 200: { description: 'A page of policy versions', schema: PolicyPage } },
  },
  {
    operationId: 'createApiKey',
    method: 'POST',
    path: '/v1/api-keys',
    function: 'tenancy',
    access: ['insurer', 'policyholder', 'broker'],
    ownerScoped: true,
    summary: 'A new API key for your tenant, broker firm or the insurer; shown once',
    tags: ['api-keys'],
    responses: { 201: { description: 'The new key', schema: NewApiKey } },
  },
  {
    operationId: 'listApiKeys',
    method: 'GET',
    path: '/v1/api-keys',
    function: 'tenancy',
    access: ['insurer', 'policyholder', 'broker'],
    ownerScoped: true,
    summary: 'Your API keys (never their secrets)',
    tags: ['api-keys'],
    request: { query: PageQuery },
    responses: { 200: { description: 'A page of keys', schema: ApiKeyPage } },
  },
  {
    operationId: 'revokeApiKey',
    method: 'DELETE',
    path: '/v1/api-keys/{keyId}',
    function: 'tenancy',
    access: ['insurer', 'policyholder', 'broker'],
    ownerScoped: true,
    summary: 'Revoke one of your API keys (takes effect within the authorizer cache TTL)',
    tags: ['api-keys'],
    request: { params: KeyIdParams },
    responses: { 204: { description: 'Revoked' } },
  },
  {
    operationId: 'createBroker',
    method: 'POST',
    path: '/v1/brokers',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'Register a broker with the tenants that mandated it; returns its first API key',
    tags: ['brokers'],
    request: { body: CreateBrokerBody },
    responses: { 201: { description: 'The broker and its first API key', schema: CreatedBroker } },
  },
  {
    operationId: 'getBroker',
    method: 'GET',
    path: '/v1/brokers/{brokerId}',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'A broker and its mandates',
    tags: ['brokers'],
    request: { params: BrokerIdParams },
    responses: { 200: { description: 'The broker', schema: Broker } },
  },
  {
    operationId: 'putBrokerMandates',
    method: 'PUT',
    path: '/v1/brokers/{brokerId}/mandates',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'Replace the tenants a broker acts for',
    tags: ['brokers'],
    request: { params: BrokerIdParams, body: MandatesBody },
    responses: { 200: { description: 'The broker with its new mandates', schema: Broker } },
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
  // Revocation takes effect within this TTL (README, "API keys").
  authorizer: { function: 'authorizer', identityHeaders: ['Authorization'], cacheTtlSeconds: 60 },
  // Per tenant (standard, premium), per broker (partner), and for the insurer's staff.
  throttling: {
    tiers: {
      standard: { rateLimit: 25, burstLimit: 50 },
      premium: { rateLimit: 100, burstLimit: 200 },
      partner: { rateLimit: 100, burstLimit: 200 },
      internal: { rateLimit: 200, burstLimit: 400 },
    },
  },
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
      type: 'INVALID_API_KEY',
      status: 403,
      problem: 'forbidden',
      title: 'Forbidden',
      detail: 'Your API key has no usage plan. Ask the insurer to check your account.',
    },
    {
      type: 'AUTHORIZER_FAILURE',
      status: 503,
      problem: 'service-unavailable',
      title: 'Service unavailable',
      detail: 'Your API key could not be checked right now. Retrying later is safe.',
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
