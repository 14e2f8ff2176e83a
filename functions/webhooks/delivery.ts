/**
 * Webhook delivery: one message is one attempt (or one hop of a wait longer than SQS's
 * 15-minute delay). Attempts of a batch run side by side, each within its 10 s budget.
 */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import * as z from 'zod';
import { now } from '#clock';
import { attemptDelivery, type DeliveryMessage } from '#data/deliveries';
import { logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';

const Message = z.object({
  owner: z.union([z.object({ tenantId: z.string() }), z.object({ brokerId: z.string() })]),
  webhookId: z.string(),
  deliveryId: z.string(),
  attempt: z.int().min(0),
});

export async function deliver(event: SQSEvent): Promise<SQSBatchResponse> {
  const failures: { itemIdentifier: string }[] = [];
  const local = process.env['BOUCLIER_LOCAL'] === 'true';
  await Promise.all(
    event.Records.map(async (record) => {
      let message: DeliveryMessage;
      try {
        message = Message.parse(JSON.parse(record.body));
      } catch (error) {
        logger.error('delivery message unreadable', { messageId: record.messageId, error: error as Error });
        failures.push({ itemIdentifier: record.messageId });
        return;
      }
      try {
        const outcome = await attemptDelivery(message, now(), { local });
        if (outcome.kind === 'abandoned') {
          metrics.addMetric('WebhookDeliveriesAbandoned', MetricUnit.Count, 1);
        } else if (outcome.kind === 'attempted') {
          const { status, result } = outcome;
          if (result.ok) {
            metrics.addMetric('WebhookDeliveriesSucceeded', MetricUnit.Count, 1);
            metrics.addMetric('WebhookDeliveryLatency', MetricUnit.Milliseconds, result.latencyMs);
            metrics.addMetric('WebhookEventAge', MetricUnit.Milliseconds, outcome.eventAgeMs);
          } else {
            metrics.addMetric('WebhookAttemptsFailed', MetricUnit.Count, 1);
            logger.info('webhook attempt failed', { deliveryId: message.deliveryId, webhookId: message.webhookId, status: result.status, error: result.error, next: status });
          }
          if (status === 'failed') metrics.addMetric('WebhookDeliveriesDeadLettered', MetricUnit.Count, 1);
          if (outcome.endpointDisabled) {
            metrics.addMetric('WebhookEndpointsDisabled', MetricUnit.Count, 1);
            logger.warn('webhook endpoint disabled', { webhookId: message.webhookId });
          }
        }
      } catch (error) {
        logger.warn('delivery failed before it was recorded, the message comes back', { deliveryId: message.deliveryId, error: error as Error });
        failures.push({ itemIdentifier: record.messageId });
      }
    }),
  );
  return { batchItemFailures: failures };
}

export const handler = instrumented(deliver);
