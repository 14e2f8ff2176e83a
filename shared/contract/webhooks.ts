import * as z from 'zod';
import { EVENT_TYPES } from '#events/types';
import { Id, Page, PageQuery, Text, Timestamp, UpdatedSince } from './common.ts';
import { EXAMPLE_IDS, EXAMPLE_STORY } from './examples.ts';

/*
 * The examples' webhooks (docs/events.md): the story's tenant has one endpoint for its CRM since
 * 2026-09-02. The limit of EUR 150,000.00 decided on the story's buyer at 09:14:03 is delivered
 * to it: the first attempt meets a 503, the retry 5 s later (±10 %) succeeds. A delivery id is
 * `dlv_` + its event's ULID. The same event is the one the event log shows.
 */
const ENDPOINT_CREATED_AT = '2026-09-02T08:31:40.227Z';
const ENDPOINT_URL = 'https://crm.atelier-dupont.fr/webhooks/bouclier';
const SUBSCRIBED = ['limit.decided', 'limit.downgraded', 'referral.created', 'claim.deadline_approaching'];
const WEBHOOK_EXAMPLE = /* @__PURE__ */ (() => ({
  webhookId: EXAMPLE_IDS.webhook,
  url: ENDPOINT_URL,
  eventTypes: SUBSCRIBED,
  description: 'CRM: limit decisions, downgrades and claim deadlines',
  status: 'enabled',
  createdAt: ENDPOINT_CREATED_AT,
  updatedAt: ENDPOINT_CREATED_AT,
}))();
/** The change: buyers' grade changes as well. */
export const WEBHOOK_PATCH_EXAMPLE = /* @__PURE__ */ (() => ({ eventTypes: [...SUBSCRIBED, 'buyer.grade_changed'] }))();
export const PATCHED_WEBHOOK_EXAMPLE = /* @__PURE__ */ (() => ({ ...WEBHOOK_EXAMPLE, ...WEBHOOK_PATCH_EXAMPLE, updatedAt: '2026-11-26T10:02:45.118Z' }))();
/** The story's limit decision as every webhook of the tenant receives it. */
const LIMIT_DECIDED_BODY = /* @__PURE__ */ (() => ({
  type: 'limit.decided',
  timestamp: EXAMPLE_STORY.decidedAt,
  tenantId: EXAMPLE_IDS.tenant,
  data: {
    tenantId: EXAMPLE_IDS.tenant,
    requestId: EXAMPLE_IDS.limitRequest,
    buyerId: EXAMPLE_IDS.buyer,
    decision: 'approved',
    code: '2',
    currency: EXAMPLE_STORY.currency,
    from: { amount: 0 },
    to: { amount: 15000000 },
    reasons: [
      {
        code: 'within_rules',
        message: `EUR 150,000.00 is approved on buyer ${EXAMPLE_IDS.buyer} (grade 4): it is within the automatic decision ceiling of EUR 750,000.00 and the EUR 3,800,000.00 of capacity left for this policy.`,
      },
    ],
    conditions: [],
    source: 'automatic',
  },
}))();
const FIRST_ATTEMPT_AT = '2026-11-26T09:14:04.702Z';
const RETRY_AT = '2026-11-26T09:14:10.118Z';
const DELIVERY_SUMMARY_EXAMPLE = /* @__PURE__ */ (() => ({
  deliveryId: `dlv_${EXAMPLE_IDS.event.slice('evt_'.length)}`,
  webhookId: EXAMPLE_IDS.webhook,
  eventId: EXAMPLE_IDS.event,
  eventType: 'limit.decided',
  tenantId: EXAMPLE_IDS.tenant,
  status: 'succeeded',
  attempts: 2,
  responseStatus: 200,
  latencyMs: 142,
  lastAttemptAt: RETRY_AT,
  attemptLog: [
    {
      attempt: 1,
      at: FIRST_ATTEMPT_AT,
      outcome: 'failed',
      responseStatus: 503,
      latencyMs: 87,
      error: 'HTTP 503',
      responseBody: '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>',
    },
    { attempt: 2, at: RETRY_AT, outcome: 'succeeded', responseStatus: 200, latencyMs: 142 },
  ],
  createdAt: '2026-11-26T09:14:04.311Z',
  updatedAt: RETRY_AT,
}))();
const DELIVERY_EXAMPLE = /* @__PURE__ */ (() => ({ ...DELIVERY_SUMMARY_EXAMPLE, payload: LIMIT_DECIDED_BODY }))();
/** Replayed that afternoon (the CRM lost it): pending again, due now, the same webhook-id. */
const REPLAYED_AT = '2026-11-26T15:31:08.940Z';
const { status: _status, ...DELIVERED } = DELIVERY_EXAMPLE;
export const REPLAYED_DELIVERY_EXAMPLE = /* @__PURE__ */ (() => ({ ...DELIVERED, status: 'pending', nextAttemptAt: REPLAYED_AT, updatedAt: REPLAYED_AT }))();

export const WebhookId = /* @__PURE__ */ (() => Id('webhook', 'Webhook endpoint id (wh_…)'))();
const EventTypes = /* @__PURE__ */ (() => z
  .array(z.enum(EVENT_TYPES))
  .min(1)
  .max(EVENT_TYPES.length)
  .refine((types) => new Set(types).size === types.length, 'each event type once')
  .meta({ description: 'The event types sent to this endpoint' }))();
const Url = /* @__PURE__ */ (() => z.url({ protocol: /^https?$/ }).max(2048).meta({ description: 'https (http://127.0.0.1 or localhost on the local runtime)' }))();

export const CreateWebhookBody = /* @__PURE__ */ (() => z
  .strictObject({ url: Url, eventTypes: EventTypes, description: Text(1, 200).optional() })
  .meta({ id: 'CreateWebhook', example: { url: ENDPOINT_URL, eventTypes: SUBSCRIBED, description: WEBHOOK_EXAMPLE.description } }))();
export type CreateWebhookBody = z.output<typeof CreateWebhookBody>;

export const PatchWebhookBody = /* @__PURE__ */ (() => z
  .strictObject({ url: Url.optional(), eventTypes: EventTypes.optional(), description: Text(1, 200).optional(), status: z.enum(['enabled', 'disabled']).optional() })
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one field to change')
  .meta({ id: 'PatchWebhook', example: WEBHOOK_PATCH_EXAMPLE }))();
export type PatchWebhookBody = z.output<typeof PatchWebhookBody>;

export const Webhook = /* @__PURE__ */ (() => z
  .object({
    webhookId: WebhookId,
    url: z.string(),
    eventTypes: z.array(z.enum(EVENT_TYPES)),
    description: z.string().optional(),
    status: z.enum(['enabled', 'disabled']),
    disabledReason: z.string().optional(),
    failingSince: Timestamp.optional().meta({ description: 'Every attempt since then failed; after 5 days the endpoint is disabled' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Webhook', example: WEBHOOK_EXAMPLE }))();
export type Webhook = z.output<typeof Webhook>;

export const CreatedWebhook = /* @__PURE__ */ (() => Webhook.extend({
  secret: z.string().meta({ description: 'The signing secret (whsec_…), shown this once' }),
}).meta({ id: 'CreatedWebhook', example: { ...WEBHOOK_EXAMPLE, secret: 'whsec_4dojA37KaUDs2QiZ13uH7mjb0FRffgmXnI2lIjo0g9k=' } }))();
export const RotatedSecret = /* @__PURE__ */ (() => z
  .object({
    webhookId: WebhookId,
    secret: z.string().meta({ description: 'The new signing secret, shown this once' }),
    previousSecretExpiresAt: Timestamp.meta({ description: 'Until then deliveries carry a signature by each secret' }),
  })
  .meta({
    id: 'RotatedSecret',
    example: { webhookId: EXAMPLE_IDS.webhook, secret: 'whsec_15cLRJSjrgc2l4aIYxySi+x/sraRGmU8n66ytwuS3kA=', previousSecretExpiresAt: '2026-11-27T10:05:19.402Z' },
  }))();
export const WebhookPage = /* @__PURE__ */ (() => Page(Webhook, 'WebhookPage'))();
export const WebhookParams = /* @__PURE__ */ (() => z.strictObject({ webhookId: WebhookId }))();
export { PageQuery };

export const DeliveryId = /* @__PURE__ */ (() => Id('delivery', 'Delivery id (dlv_…): one event to one endpoint'))();
export const DeliveryParams = /* @__PURE__ */ (() => z.strictObject({ webhookId: WebhookId, deliveryId: DeliveryId }))();
export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export const DeliveryQuery = /* @__PURE__ */ (() => PageQuery.extend({
  status: z.enum(DELIVERY_STATUSES).optional().meta({ description: 'Only deliveries in this status' }),
  updatedSince: UpdatedSince,
}))();
export type DeliveryQuery = z.output<typeof DeliveryQuery>;

export const DeliveryAttempt = /* @__PURE__ */ (() => z
  .object({
    attempt: z.int().positive(),
    at: Timestamp,
    outcome: z.enum(['succeeded', 'failed']),
    responseStatus: z.int().optional().meta({ description: 'The HTTP status the endpoint answered, if it answered' }),
    latencyMs: z.int().min(0),
    error: z.string().optional().meta({ description: 'Why the attempt failed: timeout, connection refused, HTTP status…' }),
    responseBody: z.string().optional().meta({ description: 'The first 512 characters the endpoint answered' }),
  })
  .meta({ id: 'DeliveryAttempt', example: DELIVERY_SUMMARY_EXAMPLE.attemptLog[0] }))();

const deliveryFields = /* @__PURE__ */ (() => ({
  deliveryId: DeliveryId,
  webhookId: WebhookId,
  eventId: z.string().meta({ description: 'The event id, sent as webhook-id: the same on every attempt and replay' }),
  eventType: z.enum(EVENT_TYPES),
  tenantId: z.string().nullable().meta({ description: 'The tenant the event is about (null for the owner’s own notices)' }),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.int().min(0),
  responseStatus: z.int().optional().meta({ description: 'The last attempt’s HTTP status' }),
  latencyMs: z.int().min(0).optional().meta({ description: 'The last attempt’s latency' }),
  lastAttemptAt: Timestamp.optional(),
  nextAttemptAt: Timestamp.optional().meta({ description: 'When the next attempt is due (pending deliveries)' }),
  failedReason: z.string().optional().meta({ description: 'Why a failed delivery stopped: retries exhausted, endpoint disabled or deleted' }),
  attemptLog: z.array(DeliveryAttempt).meta({ description: 'The attempts, oldest first (the last 20)' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}))();
export const DeliverySummary = /* @__PURE__ */ (() => z.object(deliveryFields).meta({ id: 'DeliverySummary', example: DELIVERY_SUMMARY_EXAMPLE }))();
export type DeliverySummary = z.output<typeof DeliverySummary>;
export const Delivery = /* @__PURE__ */ (() => z
  .object({ ...deliveryFields, payload: z.record(z.string(), z.unknown()).meta({ description: 'The JSON body sent: {type, timestamp, tenantId, data}' }) })
  .meta({ id: 'Delivery', example: DELIVERY_EXAMPLE }))();
export type Delivery = z.output<typeof Delivery>;
export const DeliveryPage = /* @__PURE__ */ (() => Page(DeliverySummary, 'DeliveryPage'))();

export const TestEventSent = /* @__PURE__ */ (() => z
  .object({
    webhookId: WebhookId,
    eventId: z.string(),
    deliveryId: DeliveryId.meta({ description: 'Follow it at /v1/webhooks/{webhookId}/deliveries/{deliveryId}' }),
  })
  .meta({ id: 'TestEventSent', example: { webhookId: EXAMPLE_IDS.webhook, eventId: `evt_${EXAMPLE_IDS.delivery.slice('dlv_'.length)}`, deliveryId: EXAMPLE_IDS.delivery } }))();

/** A moment or an event id: where a reader of the event log takes up. */
const EVENT_ID = /^evt_[0-9A-HJKMNP-TV-Z]{26}$/;
export const EventLogQuery = /* @__PURE__ */ (() => PageQuery.extend({
  since: z
    .string()
    .refine((value) => EVENT_ID.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success, 'an RFC 3339 timestamp (2026-12-01T08:00:00Z) or an event id (evt_…)')
    .optional()
    .meta({
      description:
        'Where to take up: an RFC 3339 timestamp (events that occurred at or after it) or the id of the last event you processed (the events after it). ' +
        'Without it, the whole log (30 days).',
      example: '2026-12-01T08:00:00Z',
    }),
}))();
export type EventLogQuery = z.output<typeof EventLogQuery>;

export const LoggedEvent = /* @__PURE__ */ (() => z
  .object({
    id: z
      .string()
      .regex(EVENT_ID)
      .meta({ description: 'The event id (evt_…), which its webhook deliveries carry as webhook-id: a client reading both dedupes on it. Pass the last one you processed as ?since= to take up after it' }),
    type: z.enum(EVENT_TYPES),
    timestamp: Timestamp.meta({ description: 'When it occurred' }),
    tenantId: z.string(),
    data: z.record(z.string(), z.unknown()).meta({ description: 'As in the webhook delivery of this event type' }),
  })
  .meta({
    id: 'LoggedEvent',
    description: 'One event of the tenant’s log: the body its webhook deliveries carry ({type, timestamp, tenantId, data}), with its ids',
    example: { id: EXAMPLE_IDS.event, ...LIMIT_DECIDED_BODY },
  }))();
export type LoggedEvent = z.output<typeof LoggedEvent>;
export const EventPage = /* @__PURE__ */ (() => Page(LoggedEvent, 'EventPage'))();
