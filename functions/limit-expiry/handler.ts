/**
 * Daily: temporary tranches past their date end, and their capacity goes back to the buyer.
 * The day is the scheduled event's, so a replayed or late run settles the right day.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { expireTranches } from '#data/limits';
import { isoDay } from '#clock';
import { logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';

export async function expire(event: ScheduledEvent): Promise<{ expired: number }> {
  const at = new Date(event.time);
  const expired = await expireTranches(isoDay(at), at);
  logger.info('temporary tranches expired', { expired, day: event.time });
  metrics.addMetric('TranchesExpired', MetricUnit.Count, expired);
  return { expired };
}

export const handler = instrumented(expire);
