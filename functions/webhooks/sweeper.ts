/**
 * Every few minutes: pending webhook deliveries overdue by more than the grace period, whose
 * message was never sent or was lost, go back on the deliveries queue. Nothing is lost; at
 * worst a delivery is attempted twice with the same webhook-id.
 */
import { now } from '#clock';
import { sweepDeliveries } from '#data/deliveries';
import { logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';

export async function sweep(): Promise<{ swept: number }> {
  const { swept, oldestDueAt } = await sweepDeliveries(now());
  metrics.addMetric('WebhookDeliveriesSwept', MetricUnit.Count, swept);
  // A swept delivery means a message went missing: worth a line an operator can find.
  if (swept > 0) logger.warn('overdue webhook deliveries enqueued again', { swept, oldestDueAt });
  return { swept };
}

export const handler = instrumented(sweep);
