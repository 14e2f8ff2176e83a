/** Credit limits: requests decided in real time, referrals to underwriters, the underwriting rules, temporary tranches that expire. */
import { PageQuery, SyncPageQuery } from '../contract/common.ts';
import { LimitDecisionResponse, REFERRED_DECISION_EXAMPLE, UNDERWRITER_DECISION_EXAMPLE, LimitRulesResponse, LimitRulesSchema, LimitPage, LimitParams, LimitRequestBody, LimitWithHistory, ReferralPage, ReferralParams, UnderwriterDecisionBody } from '../contract/limits.ts';
import { RetryAfterHeader } from '../contract/headers.ts';
import type { FunctionSpec, RouteSpec } from './types.ts';

export const limitsFunctions = {
  limits: {
    entry: 'functions/limits/handler.ts',
    handler: 'handler',
    description: 'Credit-limit requests decided in real time, limits and their history, the underwriting queue',
    memoryMb: 1024,
    timeoutSeconds: 10,
    permissions: {
      secrets: ['cursor'],
      table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
    },
  },
  limitExpiry: {
    entry: 'functions/limit-expiry/handler.ts',
    handler: 'handler',
    description: 'Daily: temporary limit tranches past their date end and give back their capacity',
    memoryMb: 512,
    timeoutSeconds: 300,
    permissions: {
      table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'],
      // Plans the day's run as work items (shared/data/jobs.ts); the job workers do them.
      queues: { 'job-work': ['sqs:SendMessage'] },
    },
  },
} as const satisfies Record<string, FunctionSpec>;

export const limitsRoutes = /* @__PURE__ */ (() => [
  {
    operationId: 'requestLimit',
    method: 'POST',
    path: '/v1/limit-requests',
    function: 'limits',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Ask for a credit limit on a buyer: decided now (201) or referred to an underwriter (202)',
    description:
      '`amount` is required for new, increase and reduce, and absent for cancel (which takes no temporary tranche either); amounts are multiples of 1,000 units of the policy currency; the permanent amount and the temporary tranche together are at most 10^12 minor units. An unknown buyer is 404.',
    tags: ['limits'],
    request: { body: LimitRequestBody },
    responses: {
      201: { description: 'Decided: approved, partly approved, not approved (a zero limit), conditional, reduced or cancelled', schema: LimitDecisionResponse },
      202: { description: 'Referred to an underwriter; the decision comes as limit.decided', schema: LimitDecisionResponse, example: REFERRED_DECISION_EXAMPLE },
      404: { description: 'No buyer with this buyerId', problems: ['not-found'] },
      409: { description: 'The buyer’s limits changed while deciding (concurrent-update): retry after Retry-After', problems: ['concurrent-update'], headers: { 'Retry-After': { description: 'Seconds to wait before retrying, sent on concurrent-update', schema: RetryAfterHeader({ required: false, example: 1 }) } } },
    },
  },
  {
    operationId: 'listLimits',
    method: 'GET',
    path: '/v1/limits',
    function: 'limits',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Your limits in force',
    description:
      'Each limit shows the amount in force today (an expired temporary tranche no longer counts), its conditions, and a reduction notified ahead (`pendingReduction`) until it takes effect. A cancelled limit stays listed at 0.',
    tags: ['limits'],
    request: { query: SyncPageQuery },
    responses: { 200: { description: 'A page of limits', schema: LimitPage } },
  },
  {
    operationId: 'getLimit',
    method: 'GET',
    path: '/v1/limits/{buyerId}',
    function: 'limits',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Your limit on a buyer with its full history (who, when, from, to, why)',
    description:
      'The history lists every change oldest first, whoever made it: your requests, underwriters’ decisions, monitoring cuts (with `effectiveOn` when the change applies from another day) and expired tranches. A referral pending changes nothing here until it is decided.',
    tags: ['limits'],
    request: { params: LimitParams },
    responses: {
      200: { description: 'The limit and its history', schema: LimitWithHistory },
      404: { description: 'You hold no limit on this buyer', problems: ['not-found'] },
    },
  },
  {
    operationId: 'getLimitRules',
    etag: true,
    method: 'GET',
    path: '/v1/underwriting/rules',
    function: 'limits',
    access: ['insurer'],
    summary: 'The limit rules in force: buyer capacity and automatic ceilings per grade, conditions',
    description:
      'Amounts are EUR minor units per grade. Until the insurer replaces them these are the defaults (`isDefault`: true, no `updatedAt`). The ETag is their revision, for If-Match on a replacement.',
    tags: ['underwriting'],
    responses: { 200: { description: 'The rules', schema: LimitRulesResponse } },
  },
  {
    operationId: 'putLimitRules',
    etag: true,
    method: 'PUT',
    path: '/v1/underwriting/rules',
    function: 'limits',
    access: ['insurer'],
    summary: 'Replace the limit rules (every decision uses them within a minute)',
    description:
      'Send the whole set: every grade’s capacity and ceiling, the grade from which grants carry conditions and the payment terms they allow. Limits already granted stay as they are; only the next decisions read the new figures.',
    tags: ['underwriting'],
    request: { body: LimitRulesSchema },
    responses: { 200: { description: 'The rules', schema: LimitRulesResponse } },
  },
  {
    operationId: 'listReferrals',
    method: 'GET',
    path: '/v1/underwriting/referrals',
    function: 'limits',
    access: ['insurer'],
    summary: 'Referred limit requests waiting for an underwriter, oldest first',
    description:
      'Every tenant’s pending referrals, each with the amount asked and the reason it was referred (above the automatic ceiling, political risk, a country event, a sector alert). A decided referral leaves the list.',
    tags: ['underwriting'],
    request: { query: PageQuery },
    responses: { 200: { description: 'A page of pending referrals', schema: ReferralPage } },
  },
  {
    operationId: 'decideReferral',
    method: 'POST',
    path: '/v1/underwriting/referrals/{referralId}/decision',
    function: 'limits',
    access: ['insurer'],
    summary: 'Decide a referral: the tenant’s limit changes and limit.decided is sent',
    description:
      '`amount` is 0 exactly when `decision` is not_approved; otherwise a multiple of 1,000 units of the referral’s currency. ' +
      'The underwriter is not bound by the automatic ceilings but is by the buyer’s capacity (409 no-capacity); a referral is decided once (409 referral-decided). With `expiresOn` the limit covers no delivery after that day.',
    tags: ['underwriting'],
    request: { params: ReferralParams, body: UnderwriterDecisionBody },
    responses: {
      201: { description: 'The decision', schema: LimitDecisionResponse, example: UNDERWRITER_DECISION_EXAMPLE },
      404: { description: 'No referral with this id', problems: ['not-found'] },
      409: { description: 'The referral is already decided (referral-decided), or the grant exceeds the buyer’s remaining capacity (no-capacity)', problems: ['no-capacity', 'referral-decided'] },
    },
  },
] as const satisfies readonly RouteSpec<keyof typeof limitsFunctions>[])();
