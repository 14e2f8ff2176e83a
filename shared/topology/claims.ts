/** Overdues and claims: policyholders notify and follow their files; the insurer moves the money; the daily deadline jobs. */
import { Claim, ClaimPage, ClaimParams, ClaimQuery, DocumentBody, DocumentParams, MoneyReceivedBody, OverdueNotificationBody } from '../contract/claims.ts';
import type { FunctionSpec, RouteSpec } from './types.ts';

export const claimsFunctions = {
  claims: {
    entry: 'functions/claims/handler.ts',
    handler: 'handler',
    description: 'Overdue notifications, claim cases, collections, indemnities and recoveries',
    memoryMb: 1024,
    timeoutSeconds: 10,
    permissions: {
      secrets: ['cursor'],
      table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
    },
  },
  claimJobs: {
    entry: 'functions/claims/jobs.ts',
    handler: 'handler',
    description: 'Daily: deadline warnings before notification deadlines; claims whose waiting period ended become indemnifiable',
    memoryMb: 512,
    timeoutSeconds: 300,
    permissions: { table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'] },
  },
} as const satisfies Record<string, FunctionSpec>;

export const claimsRoutes = [
  {
    operationId: 'notifyOverdue',
    method: 'POST',
    path: '/v1/overdue-notifications',
    function: 'claims',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Notify unpaid, past-due invoices on a buyer: opens a claim in collection; after the deadline, refused (422, the deadline named)',
    description:
      'Each invoice named must be yours, on that buyer, unpaid and past due (400 naming it otherwise).',
    tags: ['claims'],
    request: { body: OverdueNotificationBody },
    responses: {
      201: { description: 'The claim, in collection', schema: Claim },
      404: { description: 'No buyer with this buyerId', problems: ['not-found'] },
      409: { description: 'A claim is already open on this buyer (claim-open, with its claimId), or its invoices changed meanwhile (concurrent-update)', problems: ['claim-open', 'concurrent-update'] },
      422: { description: 'Notified after the deadline (notification-late, with deadline and oldestUnpaidDueDate): nothing stored, cover on those invoices is lost', problems: ['notification-late'] },
    },
  },
  {
    operationId: 'listClaims',
    method: 'GET',
    path: '/v1/claims',
    function: 'claims',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Your claims, newest first (filters: status, buyerId)',
    tags: ['claims'],
    request: { query: ClaimQuery },
    responses: { 200: { description: 'A page of claims', schema: ClaimPage } },
  },
  {
    operationId: 'getClaim',
    method: 'GET',
    path: '/v1/claims/{claimId}',
    function: 'claims',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'A claim file: invoices, status, indemnity with its breakdown, documents and timeline',
    tags: ['claims'],
    request: { params: ClaimParams },
    responses: {
      200: { description: 'The claim', schema: Claim },
      404: { description: 'No claim with this id among yours', problems: ['not-found'] },
    },
  },
  {
    operationId: 'setClaimDocument',
    method: 'PUT',
    path: '/v1/claims/{claimId}/documents/{kind}',
    function: 'claims',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Mark a document of the checklist provided (or missing again)',
    tags: ['claims'],
    request: { params: DocumentParams, body: DocumentBody },
    responses: {
      200: { description: 'The claim', schema: Claim },
      404: { description: 'No claim with this id among yours', problems: ['not-found'] },
      409: { description: 'The claim changed meanwhile (concurrent-update): read it again and retry', problems: ['concurrent-update'] },
    },
  },
  {
    operationId: 'recordCollection',
    method: 'POST',
    path: '/v1/claims/{claimId}/collections',
    function: 'claims',
    access: ['insurer'],
    summary: 'Money collected from the buyer before the date of loss, oldest invoice first; all of it closes the claim',
    description:
      '`amount` is at most the claim’s outstanding; `receivedOn` is not after today.',
    tags: ['claims'],
    request: { params: ClaimParams, body: MoneyReceivedBody },
    responses: {
      201: { description: 'The claim', schema: Claim },
      404: { description: 'No claim with this id', problems: ['not-found'] },
      409: { description: 'The claim is not in collection any more (claim-status, with claimStatus), or changed meanwhile (concurrent-update)', problems: ['claim-status', 'concurrent-update'] },
    },
  },
  {
    operationId: 'indemnifyClaim',
    method: 'POST',
    path: '/v1/claims/{claimId}/indemnify',
    function: 'claims',
    access: ['insurer'],
    summary: 'Pay the indemnity of an indemnifiable claim (within the policy year’s maximum liability)',
    tags: ['claims'],
    request: { params: ClaimParams },
    responses: {
      201: { description: 'The claim, indemnified', schema: Claim },
      404: { description: 'No claim with this id', problems: ['not-found'] },
      409: { description: 'The claim is not indemnifiable (claim-status, with claimStatus), or changed meanwhile (concurrent-update)', problems: ['claim-status', 'concurrent-update'] },
    },
  },
  {
    operationId: 'recordRecovery',
    method: 'POST',
    path: '/v1/claims/{claimId}/recoveries',
    function: 'claims',
    access: ['insurer'],
    summary: 'Money recovered after the indemnity, shared pro rata between insurer and policyholder',
    description:
      '`receivedOn` is not after today.',
    tags: ['claims'],
    request: { params: ClaimParams, body: MoneyReceivedBody },
    responses: {
      201: { description: 'The claim', schema: Claim },
      404: { description: 'No claim with this id', problems: ['not-found'] },
      409: { description: 'The claim is not indemnified (claim-status, with claimStatus), or changed meanwhile (concurrent-update)', problems: ['claim-status', 'concurrent-update'] },
    },
  },
] as const satisfies readonly RouteSpec<keyof typeof claimsFunctions>[];
