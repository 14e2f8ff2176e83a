/** Daily: the month's portfolio snapshot of every tenant that has none yet. */
import type { ScheduledEvent } from 'aws-lambda';
import { snapshotAll } from '#data/portfolio';
import { logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';

export async function snapshots(event: ScheduledEvent): Promise<{ taken: number }> {
  const taken = await snapshotAll(new Date(event.time));
  if (taken > 0) logger.info('portfolio snapshots taken', { taken, day: event.time });
  metrics.addMetric('PortfolioSnapshots', MetricUnit.Count, taken);
  return { taken };
}

export const handler = instrumented(snapshots);
