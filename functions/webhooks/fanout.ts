/**
 * Webhook fan-out: the bus's rule puts each subscribable event on the webhook-events queue;
 * each becomes one delivery per subscribed endpoint of its tenant and of the brokers that
 * tenant mandated (or, for an owner's own notices, of that owner). A message that fails is
 * reported alone and comes back; deliveries already written are not written twice.
 */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import * as z from 'zod';
import { now } from '#clock';
import { fanOut } from '#data/deliveries';
import { EventEnvelopeSchema } from '#events/envelope';
import { logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';

/** What EventBridge puts on the queue: the bus event, its detail our envelope. */
const BusEvent = z.object({ id: z.string(), detail: EventEnvelopeSchema });

export async function fanout(event: SQSEvent): Promise<SQSBatchResponse> {
  const failures: { itemIdentifier: string }[] = [];
  await Promise.all(
    event.Records.map(async (record) => {
      let envelope;
      try {
        envelope = BusEvent.parse(JSON.parse(record.body)).detail;
      } catch (error) {
        // Not an event we can read: retried, then dead-lettered, never silently dropped.
        logger.error('webhook event unreadable', { messageId: record.messageId, error: error as Error });
        metrics.addMetric('WebhookEventsUnreadable', MetricUnit.Count, 1);
        failures.push({ itemIdentifier: record.messageId });
        return;
      }
      try {
        const deliveries = await fanOut(envelope, now());
        metrics.addMetric('WebhookDeliveriesCreated', MetricUnit.Count, deliveries);
      } catch (error) {
        logger.warn('fan-out failed, the event comes back', { eventId: envelope.id, type: envelope.type, error: error as Error });
        failures.push({ itemIdentifier: record.messageId });
      }
    }),
  );
  return { batchItemFailures: failures };
}

export const handler = instrumented(fanout);
