/**
 * The document's `webhooks` section: one entry per subscribable event type, its body the
 * schema the e2e receiver checks real deliveries against (shared/contract/events.ts), with its
 * example and the Standard Webhooks headers that sign it. What the receiver answers decides
 * the attempt (docs/events.md, "Retries, disabled endpoints and the delivery log").
 */
import { type OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import * as z from 'zod';
import { WEBHOOK_EVENTS } from '#contract/events';
import { WebhookIdHeader, WebhookSignatureHeader, WebhookTimestampHeader } from '#contract/headers';
import { EVENT_TYPES, type EventType } from '#events/types';
import type { Tag } from '#topology/tags';

/** `claim.deadline_approaching` → `claimDeadlineApproaching`, the webhook's operationId. */
export function webhookOperationId(type: EventType): string {
  return type.replace(/[._]([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The example a schema declares in its `.meta()`. */
export function exampleOfEvent(type: EventType): unknown {
  return z.globalRegistry.get(WEBHOOK_EVENTS[type])?.example;
}

const SIGNED = 'Signed with the Standard Webhooks headers: verify webhook-signature on the raw body before parsing it, then dedupe by webhook-id.';

export function registerWebhooks(registry: OpenAPIRegistry): void {
  const headers = z.object({ 'webhook-id': WebhookIdHeader, 'webhook-timestamp': WebhookTimestampHeader, 'webhook-signature': WebhookSignatureHeader });
  for (const type of EVENT_TYPES) {
    const schema = WEBHOOK_EVENTS[type];
    const description = z.globalRegistry.get(schema)?.description ?? type;
    registry.registerWebhook({
      method: 'post',
      path: type,
      operationId: webhookOperationId(type),
      summary: type,
      description: `${description}\n\n${SIGNED} Read docs/events.md for who receives it and how deliveries are retried.`,
      tags: ['webhooks' satisfies Tag],
      request: {
        headers,
        body: { required: true, content: { 'application/json': { schema, example: exampleOfEvent(type) } } },
      },
      responses: {
        '2XX': { description: 'Received: any 2xx ends the delivery (answer quickly, process after)' },
        '410': { description: 'Gone: the endpoint is disabled at once, and its owner’s other endpoints receive webhook.endpoint_disabled' },
        default: {
          description:
            'Anything else (a 3xx included: redirects are not followed), a timeout after 10 s or a refused connection fails the attempt: it is retried ' +
            '(5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h), not before the delay of a Retry-After on a 429 or 503',
        },
      },
    });
  }
}
