import * as z from 'zod';
import { EVENT_TYPES } from '#events/types';
import { Id, Page, PageQuery, Text, Timestamp, UpdatedSince } from './common.ts';

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
  .meta({ id: 'CreateWebhook' }))();
export type CreateWebhookBody = z.output<typeof CreateWebhookBody>;

export const PatchWebhookBody = /* @__PURE__ */ (() => z
  .strictObject({ url: Url.optional(), eventTypes: EventTypes.optional(), description: Text(1, 200).optional(), status: z.enum(['enabled', 'disabled']).optional() })
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one field to change')
  .meta({ id: 'PatchWebhook' }))();
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
  .meta({ id: 'Webhook' }))();
export type Webhook = z.output<typeof Webhook>;

export const CreatedWebhook = /* @__PURE__ */ (() => Webhook.extend({
  secret: z.string().meta({ description: 'The signing secret (whsec_…), shown this once' }),
}).meta({ id: 'CreatedWebhook' }))();
export const RotatedSecret = /* @__PURE__ */ (() => z
  .object({
    webhookId: WebhookId,
    secret: z.string().meta({ description: 'The new signing secret, shown this once' }),
    previousSecretExpiresAt: Timestamp.meta({ description: 'Until then deliveries carry a signature by each secret' }),
  })
  .meta({ id: 'RotatedSecret' }))();
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
  .meta({ id: 'DeliveryAttempt' }))();

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
export const DeliverySummary = /* @__PURE__ */ (() => z.object(deliveryFields).meta({ id: 'DeliverySummary' }))();
export type DeliverySummary = z.output<typeof DeliverySummary>;
export const Delivery = /* @__PURE__ */ (() => z
  .object({ ...deliveryFields, payload: z.record(z.string(), z.unknown()).meta({ description: 'The JSON body sent: {type, timestamp, tenantId, data}' }) })
  .meta({ id: 'Delivery' }))();
export type Delivery = z.output<typeof Delivery>;
export const DeliveryPage = /* @__PURE__ */ (() => Page(DeliverySummary, 'DeliveryPage'))();

export const TestEventSent = /* @__PURE__ */ (() => z
  .object({
    webhookId: WebhookId,
    eventId: z.string(),
    deliveryId: DeliveryId.meta({ description: 'Follow it at /v1/webhooks/{webhookId}/deliveries/{deliveryId}' }),
  })
  .meta({ id: 'TestEventSent' }))();

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
  .meta({ id: 'LoggedEvent', description: 'One event of the tenant’s log: the body its webhook deliveries carry ({type, timestamp, tenantId, data}), with its ids' }))();
export type LoggedEvent = z.output<typeof LoggedEvent>;
export const EventPage = /* @__PURE__ */ (() => Page(LoggedEvent, 'EventPage'))();
