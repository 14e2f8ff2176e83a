/** Daily: reductions notified ahead whose day has come become the limit; capacity is released. */
import type { ScheduledEvent } from 'aws-lambda';
import { applyDueReductions } from '#data/monitoring';
import { isoDay } from '#clock';
import { logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';

export async function reduce(event: ScheduledEvent): Promise<{ applied: number }> {
  const at = new Date(event.time);
  const applied = await applyDueReductions(isoDay(at), at);
  logger.info('reductions applied', { applied, day: event.time });
  metrics.addMetric('ReductionsApplied', MetricUnit.Count, applied);
  return { applied };
}

export const handler = instrumented(reduce);
