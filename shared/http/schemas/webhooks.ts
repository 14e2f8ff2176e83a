import { z } from 'zod';
import { EVENT_TYPES } from '#events/types';
import { Id, Page, PageQuery, Text, Timestamp } from './common.ts';

export const WebhookId = Id('webhook', 'Webhook endpoint id (wh_…)');
const EventTypes = z
  .array(z.enum(EVENT_TYPES))
  .min(1)
  .max(EVENT_TYPES.length)
  .refine((types) => new Set(types).size === types.length, 'each event type once')
  .meta({ description: 'The event types sent to this endpoint' });
const Url = z.url({ protocol: /^https?$/ }).max(2048).meta({ description: 'https (http://127.0.0.1 or localhost on the local runtime)' });

export const CreateWebhookBody = z
  .strictObject({ url: Url, eventTypes: EventTypes, description: Text(1, 200).optional() })
  .meta({ id: 'CreateWebhook' });
export type CreateWebhookBody = z.output<typeof CreateWebhookBody>;

export const PatchWebhookBody = z
  .strictObject({ url: Url.optional(), eventTypes: EventTypes.optional(), description: Text(1, 200).optional(), status: z.enum(['enabled', 'disabled']).optional() })
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one field to change')
  .meta({ id: 'PatchWebhook' });
export type PatchWebhookBody = z.output<typeof PatchWebhookBody>;

export const Webhook = z
  .object({
    webhookId: WebhookId,
    url: z.string(),
    eventTypes: z.array(z.enum(EVENT_TYPES)),
    description: z.string().optional(),
    status: z.enum(['enabled', 'disabled']),
    disabledReason: z.string().optional(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Webhook' });
export type Webhook = z.output<typeof Webhook>;

export const CreatedWebhook = Webhook.extend({
  secret: z.string().meta({ description: 'The signing secret (whsec_…), shown this once' }),
}).meta({ id: 'CreatedWebhook' });
export const RotatedSecret = z
  .object({
    webhookId: WebhookId,
    secret: z.string().meta({ description: 'The new signing secret, shown this once' }),
    previousSecretExpiresAt: Timestamp.meta({ description: 'Until then deliveries carry a signature by each secret' }),
  })
  .meta({ id: 'RotatedSecret' });
export const WebhookPage = Page(Webhook, 'WebhookPage');
export const WebhookParams = z.strictObject({ webhookId: WebhookId });
export { PageQuery };
