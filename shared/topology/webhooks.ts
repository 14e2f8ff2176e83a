/** Webhooks: endpoints of tenants and brokers, their secrets, the fan-out of events into deliveries, delivery and its sweeper. */
import { SyncPageQuery } from '../contract/common.ts';
import {
  CreateWebhookBody,
  CreatedWebhook,
  Delivery,
  DeliveryPage,
  DeliveryParams,
  DeliveryQuery,
  EventLogQuery,
  EventPage,
  PATCHED_WEBHOOK_EXAMPLE,
  PatchWebhookBody,
  REPLAYED_DELIVERY_EXAMPLE,
  RotatedSecret,
  TestEventSent,
  Webhook,
  WebhookPage,
  WebhookParams,
} from '../contract/webhooks.ts';
import type { FunctionSpec, RouteSpec } from './types.ts';

export const webhooksFunctions = {
  webhooks: {
    entry: 'functions/webhooks/handler.ts',
    handler: 'handler',
    description: 'Webhook endpoints of tenants and brokers, their signing secrets, test events, the delivery log and replays',
    memoryMb: 512,
    timeoutSeconds: 10,
    permissions: {
      secrets: ['cursor'],
      table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
      queues: { 'webhook-deliveries': ['sqs:SendMessage'] },
    },
  },
  webhookFanout: {
    entry: 'functions/webhooks/fanout.ts',
    handler: 'handler',
    description: 'Each event → one delivery per subscribed endpoint of its tenant and of the brokers it mandated',
    memoryMb: 512,
    timeoutSeconds: 30,
    permissions: {
      table: ['dynamodb:Query', 'dynamodb:PutItem'],
      queues: { 'webhook-deliveries': ['sqs:SendMessage'] },
    },
  },
  webhookDelivery: {
    entry: 'functions/webhooks/delivery.ts',
    handler: 'handler',
    description: 'Standard Webhooks delivery: signed POST, retries with backoff and jitter, dead letters, failing endpoints disabled',
    memoryMb: 512,
    // Ten deliveries of at most 10 s each run side by side; the queue's visibility covers it.
    timeoutSeconds: 30,
    permissions: {
      table: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'],
      queues: { 'webhook-deliveries': ['sqs:SendMessage'], 'webhook-failed-deliveries': ['sqs:SendMessage'] },
    },
  },
  webhookSweeper: {
    entry: 'functions/webhooks/sweeper.ts',
    handler: 'handler',
    description: 'Pending webhook deliveries overdue (message lost or never sent) go back on the deliveries queue',
    memoryMb: 256,
    timeoutSeconds: 60,
    permissions: {
      table: ['dynamodb:Query', 'dynamodb:UpdateItem'],
      queues: { 'webhook-deliveries': ['sqs:SendMessage'] },
    },
  },
} as const satisfies Record<string, FunctionSpec>;

export const webhooksRoutes = [
  {
    operationId: 'createWebhook',
    recheckKey: true,
    method: 'POST',
    path: '/v1/webhooks',
    function: 'webhooks',
    access: ['policyholder', 'broker'],
    ownerScoped: true,
    summary: 'Register a webhook endpoint; its signing secret is shown this once',
    description:
      'The endpoint receives, as signed POSTs (Standard Webhooks), the events of the types it names about the caller’s tenant (for a broker, about every tenant that mandated it). ' +
      'The URL must be https, carry no credentials and resolve to public addresses only; it is judged again at each delivery. ' +
      'Keep the secret (`whsec_…`) to verify the signatures: it is in this answer only.',
    tags: ['webhooks'],
    request: { body: CreateWebhookBody },
    responses: {
      201: { description: 'The endpoint and its secret', schema: CreatedWebhook },
      422: {
        description: 'The URL cannot receive webhooks (webhook-url-refused): not https, carries credentials, or resolves to a non-public address; the detail says which rule',
        problems: ['webhook-url-refused'],
      },
    },
  },
  {
    operationId: 'listWebhooks',
    method: 'GET',
    path: '/v1/webhooks',
    function: 'webhooks',
    access: ['policyholder', 'broker'],
    ownerScoped: true,
    summary: 'Your webhook endpoints (never their secrets)',
    description:
      'Each endpoint of the caller’s tenant or broker firm with its URL, event types and status; a disabled one says why (disabledReason), and one whose attempts keep failing says since when (failingSince). ' +
      'With updatedSince, only the endpoints changed since then.',
    tags: ['webhooks'],
    request: { query: SyncPageQuery },
    responses: { 200: { description: 'A page of endpoints', schema: WebhookPage } },
  },
  {
    operationId: 'getWebhook',
    etag: true,
    method: 'GET',
    path: '/v1/webhooks/{webhookId}',
    function: 'webhooks',
    access: ['policyholder', 'broker'],
    ownerScoped: true,
    summary: 'A webhook endpoint',
    description:
      'The endpoint’s URL, event types, status and, while its deliveries keep failing, failingSince: after five days of failures it is disabled. The ETag is its revision: send it as If-Match on a change so that it applies only to what you read.',
    tags: ['webhooks'],
    request: { params: WebhookParams },
    responses: {
      200: { description: 'The endpoint', schema: Webhook },
      404: { description: 'No endpoint with this id among yours', problems: ['not-found'] },
    },
  },
  {
    operationId: 'updateWebhook',
    etag: true,
    recheckKey: true,
    method: 'PATCH',
    path: '/v1/webhooks/{webhookId}',
    function: 'webhooks',
    access: ['policyholder', 'broker'],
    ownerScoped: true,
    summary: 'Change an endpoint’s URL, event types, description, or enable or disable it',
    description:
      'Name at least one field to change; a new URL is judged like a new endpoint’s. ' +
      'Setting status to enabled re-enables an endpoint disabled by its owner, by a 410 Gone or after five days of failures, and clears its failing streak; deliveries that failed meanwhile are not sent again unless you replay them. ' +
      'The signing secret does not change (rotate it apart).',
    tags: ['webhooks'],
    request: { params: WebhookParams, body: PatchWebhookBody },
    responses: {
      200: { description: 'The endpoint', schema: Webhook, example: PATCHED_WEBHOOK_EXAMPLE },
      422: {
        description: 'The URL cannot receive webhooks (webhook-url-refused): not https, carries credentials, or resolves to a non-public address; the detail says which rule',
        problems: ['webhook-url-refused'],
      },
      404: { description: 'No endpoint with this id among yours', problems: ['not-found'] },
      409: { description: 'The endpoint changed meanwhile (concurrent-update): read it again and retry', problems: ['concurrent-update'] },
    },
  },
  {
    operationId: 'deleteWebhook',
    recheckKey: true,
    method: 'DELETE',
    path: '/v1/webhooks/{webhookId}',
    function: 'webhooks',
    access: ['policyholder', 'broker'],
    ownerScoped: true,
    summary: 'Delete an endpoint',
    description:
      'Removes the endpoint at once: no event is sent to it any more, and its deliveries still pending stop (failed, endpoint deleted). To stop deliveries for a while instead, disable it with a PATCH.',
    tags: ['webhooks'],
    request: { params: WebhookParams },
    responses: {
      204: { description: 'Deleted' },
      404: { description: 'No endpoint with this id among yours', problems: ['not-found'] },
    },
  },
  {
    operationId: 'rotateWebhookSecret',
    recheckKey: true,
    method: 'POST',
    path: '/v1/webhooks/{webhookId}/rotate-secret',
    function: 'webhooks',
    access: ['policyholder', 'broker'],
    ownerScoped: true,
    summary: 'A new signing secret; the previous one keeps signing for 24 hours beside it',
    description:
      'From now on each delivery carries a signature by the new secret and, until previousSecretExpiresAt, one by the previous secret too, so that a receiver holding either verifies it: deploy the new secret within the 24 hours. ' +
      'The new secret is in this answer only.',
    tags: ['webhooks'],
    request: { params: WebhookParams },
    responses: {
      201: { description: 'The new secret, shown this once', schema: RotatedSecret },
      404: { description: 'No endpoint with this id among yours', problems: ['not-found'] },
      409: { description: 'The endpoint changed meanwhile (concurrent-update): retry', problems: ['concurrent-update'] },
    },
  },
  {
    operationId: 'sendTestEvent',
    method: 'POST',
    path: '/v1/webhooks/{webhookId}/test',
    function: 'webhooks',
    access: ['policyholder', 'broker'],
    ownerScoped: true,
    summary: 'Send a webhook.test event to this endpoint (whatever event types it subscribes to)',
    description:
      'Writes a webhook.test event that only this endpoint receives, signed and retried like any other, to check that it receives and verifies deliveries. ' +
      'The answer names the delivery to follow in the delivery log. A disabled endpoint answers 409 webhook-disabled.',
    tags: ['webhooks'],
    request: { params: WebhookParams },
    responses: {
      202: { description: 'The test event is on its way; follow it in the delivery log', schema: TestEventSent },
      404: { description: 'No endpoint with this id among yours', problems: ['not-found'] },
      409: { description: 'The endpoint is disabled (webhook-disabled): enable it first', problems: ['webhook-disabled'] },
    },
  },
  {
    operationId: 'listDeliveries',
    method: 'GET',
    path: '/v1/webhooks/{webhookId}/deliveries',
    function: 'webhooks',
    access: ['policyholder', 'broker'],
    ownerScoped: true,
    summary: 'The delivery log of an endpoint, newest first: status, attempts, response code, latency, next attempt',
    description:
      'One entry per event sent to the endpoint, kept 30 days, with its last 20 attempts and, for a failed delivery, why it stopped (retries exhausted, endpoint disabled or deleted). ' +
      'Filter by status to find the failed ones to replay; the payload is on the single delivery.',
    tags: ['webhooks'],
    request: { params: WebhookParams, query: DeliveryQuery },
    responses: {
      200: { description: 'A page of deliveries', schema: DeliveryPage },
      404: { description: 'No endpoint with this id among yours', problems: ['not-found'] },
    },
  },
  {
    operationId: 'getDelivery',
    method: 'GET',
    path: '/v1/webhooks/{webhookId}/deliveries/{deliveryId}',
    function: 'webhooks',
    access: ['policyholder', 'broker'],
    ownerScoped: true,
    summary: 'One delivery with every attempt and the payload sent',
    description:
      'The delivery as the log shows it, with the exact JSON body sent ({type, timestamp, tenantId, data}); the event id is the webhook-id header of every attempt. ' +
      'Use it to see what an endpoint answered and when the next attempt is due.',
    tags: ['webhooks'],
    request: { params: DeliveryParams },
    responses: {
      200: { description: 'The delivery', schema: Delivery },
      404: { description: 'No such delivery on an endpoint of yours', problems: ['not-found'] },
    },
  },
  {
    operationId: 'replayDelivery',
    method: 'POST',
    path: '/v1/webhooks/{webhookId}/deliveries/{deliveryId}/replay',
    function: 'webhooks',
    access: ['policyholder', 'broker'],
    ownerScoped: true,
    summary: 'Send a delivery again now, with the same webhook-id, and a fresh retry schedule if it fails',
    description:
      'Any delivery may be replayed, a succeeded one too (a receiver that lost it): it is pending again and attempted at once, with the same body and webhook-id, so a receiver that dedupes on it ignores a copy it already processed. ' +
      'Refused while the endpoint is disabled (409 webhook-disabled: enable it first) or while an attempt is in flight (409 concurrent-update).',
    tags: ['webhooks'],
    request: { params: DeliveryParams },
    responses: {
      202: { description: 'The delivery, pending again', schema: Delivery, example: REPLAYED_DELIVERY_EXAMPLE },
      404: { description: 'No such delivery on an endpoint of yours', problems: ['not-found'] },
      409: { description: 'The endpoint is disabled (webhook-disabled), or the delivery is being attempted right now (concurrent-update)', problems: ['concurrent-update', 'webhook-disabled'] },
    },
  },
  {
    operationId: 'listEvents',
    method: 'GET',
    path: '/v1/events',
    function: 'webhooks',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'The tenant’s event log, oldest first: what its webhooks receive, for clients that poll instead',
    description:
      'Every event of the tenant its webhooks could subscribe to, kept 30 days, each with the body a webhook delivery carries ({type, timestamp, tenantId, data}) and its ids. ' +
      'An event is in the log as soon as the change it tells of is stored (they are written in one transaction). ' +
      'To poll: read from `since` to the end (following `cursor`), then next time pass the id of the last event you processed as `since`. ' +
      'Event ids follow the time their writer stamped, and writes that commit late may land a little behind the newest id: to be sure to see every event, ' +
      'take up from a timestamp a minute before the last event you processed and skip the ids you have already seen.',
    tags: ['webhooks'],
    request: { query: EventLogQuery },
    responses: { 200: { description: 'A page of events', schema: EventPage } },
  },
] as const satisfies readonly RouteSpec<keyof typeof webhooksFunctions>[];
