/** Tenancy: tenants and their policies (insurer), the policy in force (tenants), API keys, brokers and their mandates; the authorizer that turns a key into a principal. */
import { PageQuery, SyncPageQuery } from '../contract/common.ts';
import {
  ApiKeyPage,
  BROKER_WITH_MANDATES_EXAMPLE,
  Broker,
  BrokerIdParams,
  CreateBrokerBody,
  CreateTenantBody,
  CreatedBroker,
  CreatedTenant,
  KeyIdParams,
  MandatesBody,
  NewApiKey,
  POLICY_V2_EXAMPLE,
  Policy,
  PolicyPage,
  PolicyPatch,
  Tenant,
  TenantIdParams,
  TenantPage,
} from '../contract/tenancy.ts';
import type { FunctionSpec, RouteSpec } from './types.ts';

export const tenancyFunctions = {
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
      secrets: ['cursor'],
      // DELETE: flushing the authorizer cache when a key is revoked or mandates change.
      apiManagement: ['apigateway:GET', 'apigateway:POST', 'apigateway:DELETE'],
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
  accessChanges: {
    entry: 'functions/tenancy/access.ts',
    handler: 'handler',
    description: 'A key revoked or mandates changed: the authorizer cache is flushed again, retried until it succeeds',
    memoryMb: 256,
    timeoutSeconds: 10,
    permissions: { apiManagement: ['apigateway:DELETE'] },
  },
} as const satisfies Record<string, FunctionSpec>;

export const tenancyRoutes = [
  {
    operationId: 'createTenant',
    recheckKey: true,
    method: 'POST',
    path: '/v1/tenants',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'Onboard a policyholder with its policy; returns its first API key, shown once',
    description:
      'Creates the tenant, version 1 of its policy (terms left out take their defaults; the inception date defaults to today) and its first policyholder API key, in one write. ' +
      'The key’s secret is in this answer only: store it now. The policy needs maxLiability, maxLiabilityMultiple or both, and its currency can never change afterwards. ' +
      'Send an Idempotency-Key: a retry then answers the first response instead of onboarding the tenant twice.',
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
    description:
      'The tenants the insurer has onboarded, in the order they were created, each with the policy version in force now. Follow `cursor` for the next page.',
    tags: ['tenants'],
    request: { query: PageQuery },
    responses: { 200: { description: 'A page of tenants', schema: TenantPage } },
  },
  {
    operationId: 'getTenant',
    etag: true,
    method: 'GET',
    path: '/v1/tenants/{tenantId}',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'A tenant and the policy in force',
    description:
      'The tenant’s name, throttling tier and status with the latest version of its policy. The ETag is the policy version: send it as If-Match on the policy change so that it applies only to the version you read.',
    tags: ['tenants'],
    request: { params: TenantIdParams },
    responses: {
      200: { description: 'The tenant', schema: Tenant },
      404: { description: 'No tenant with this id', problems: ['not-found'] },
    },
  },
  {
    operationId: 'updateTenantPolicy',
    etag: true,
    method: 'PATCH',
    path: '/v1/tenants/{tenantId}/policy',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'Change a policy: a new version takes effect now, earlier versions are kept',
    description:
      'Name at least one field to change; the currency never changes (sending it answers 400 validation, code immutable). ' +
      'The change is written as a new version that takes effect at once; earlier versions are kept and still judge what happened while they were in force: ' +
      'a claim is valued with the version in force on its date of loss, and an invoice’s payment terms with the one in force on its delivery day.',
    tags: ['tenants'],
    request: { params: TenantIdParams, body: PolicyPatch },
    responses: {
      200: { description: 'The new policy version', schema: Policy, example: POLICY_V2_EXAMPLE },
      404: { description: 'No tenant with this id', problems: ['not-found'] },
      409: { description: 'The policy changed meanwhile (concurrent-update): read it again and retry', problems: ['concurrent-update'] },
    },
  },
  {
    operationId: 'listTenantPolicyVersions',
    method: 'GET',
    path: '/v1/tenants/{tenantId}/policy/versions',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'Every version of a tenant’s policy, newest first',
    description:
      'The policy’s history: each version with its terms, when it took effect and the key that made it. The version in force on a given day is the last one whose effectiveFrom is on or before it. With updatedSince, only the versions written since then.',
    tags: ['tenants'],
    request: { params: TenantIdParams, query: SyncPageQuery },
    responses: {
      200: { description: 'A page of policy versions', schema: PolicyPage },
      404: { description: 'No tenant with this id', problems: ['not-found'] },
    },
  },
  {
    operationId: 'getPolicy',
    etag: true,
    method: 'GET',
    path: '/v1/policy',
    function: 'tenancy',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Your policy in force',
    description:
      'The terms your limits, cover checks, premium and claims are reckoned with today: currency, cover percentage, deductible, maximum liability, credit period, extension and waiting periods, discretionary limit and covered countries. Only the insurer changes them.',
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
    description:
      'Your policy’s history: each version with its terms and when it took effect, so that you can tell which terms applied on a past date (the last version with effectiveFrom on or before it). With updatedSince, only the versions written since then.',
    tags: ['policy'],
    request: { query: SyncPageQuery },
    responses: { 200: { description: 'A page of policy versions', schema: PolicyPage } },
  },
  {
    operationId: 'createApiKey',
    recheckKey: true,
    method: 'POST',
    path: '/v1/api-keys',
    function: 'tenancy',
    access: ['insurer', 'policyholder', 'broker'],
    ownerScoped: true,
    summary: 'A new API key for your tenant, broker firm or the insurer; shown once',
    description:
      'Creates another key with the caller’s role and owner, throttled with the owner’s other keys: use one per system or environment, and revoke the one you replace. ' +
      'The secret is in this answer only; afterwards the key is listed by its id and prefix, and only its hash is stored. Takes no body.',
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
    description:
      'The keys of the caller’s owner (its tenant, broker firm, or the insurer), revoked ones included with revokedAt, each shown by its id and the first characters of the secret. With updatedSince, only the keys created or revoked since then.',
    tags: ['api-keys'],
    request: { query: SyncPageQuery },
    responses: { 200: { description: 'A page of keys', schema: ApiKeyPage } },
  },
  {
    operationId: 'revokeApiKey',
    recheckKey: true,
    method: 'DELETE',
    path: '/v1/api-keys/{keyId}',
    function: 'tenancy',
    access: ['insurer', 'policyholder', 'broker'],
    ownerScoped: true,
    summary: 'Revoke one of your API keys: every route refuses it within 5 seconds',
    description:
      'Marks the key revoked and flushes the gateway’s cached authorizations, so requests with it answer 401 within seconds (the gateway’s cache cannot be emptied in no time). Revoking a key already revoked answers 204 again. ' +
      'A key can revoke itself: make and deploy its replacement first.',
    tags: ['api-keys'],
    request: { params: KeyIdParams },
    responses: {
      204: { description: 'Revoked' },
      404: { description: 'No key with this id among yours (another owner’s key is not found either)', problems: ['not-found'] },
    },
  },
  {
    operationId: 'createBroker',
    recheckKey: true,
    method: 'POST',
    path: '/v1/brokers',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'Register a broker with the tenants that mandated it; returns its first API key',
    description:
      'Creates the broker, its mandates and its first broker API key, whose secret is in this answer only. Every tenant in tenantIds must exist (else 422 unknown-tenant, nothing created); ' +
      'the broker then acts for each of them by naming it in the Bouclier-Tenant header, and receives their events on its own webhooks.',
    tags: ['brokers'],
    request: { body: CreateBrokerBody },
    responses: {
      201: { description: 'The broker and its first API key', schema: CreatedBroker },
      422: { description: 'A tenant named in tenantIds does not exist (unknown-tenant)', problems: ['unknown-tenant'] },
    },
  },
  {
    operationId: 'getBroker',
    method: 'GET',
    path: '/v1/brokers/{brokerId}',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'A broker and its mandates',
    description:
      'The broker’s name, when it was registered and the tenants it acts for now. Read it before replacing the mandates.',
    tags: ['brokers'],
    request: { params: BrokerIdParams },
    responses: {
      200: { description: 'The broker', schema: Broker },
      404: { description: 'No broker with this id', problems: ['not-found'] },
    },
  },
  {
    operationId: 'putBrokerMandates',
    recheckKey: true,
    method: 'PUT',
    path: '/v1/brokers/{brokerId}/mandates',
    function: 'tenancy',
    access: ['insurer'],
    summary: 'Replace the tenants a broker acts for',
    description:
      'The list given becomes the broker’s whole set of mandates: tenants left out are withdrawn, new ones added (an empty list withdraws them all). ' +
      'Every tenant must exist (else 422 unknown-tenant, nothing changed). A withdrawn mandate stops working on every route within seconds, and the tenant’s events stop going to the broker’s webhooks.',
    tags: ['brokers'],
    request: { params: BrokerIdParams, body: MandatesBody },
    responses: {
      200: { description: 'The broker with its new mandates', schema: Broker, example: BROKER_WITH_MANDATES_EXAMPLE },
      404: { description: 'No broker with this id', problems: ['not-found'] },
      409: { description: 'The mandates changed meanwhile (concurrent-update): read them again and retry', problems: ['concurrent-update'] },
      422: { description: 'A tenant named in tenantIds does not exist (unknown-tenant)', problems: ['unknown-tenant'] },
    },
  },
] as const satisfies readonly RouteSpec<keyof typeof tenancyFunctions>[];
