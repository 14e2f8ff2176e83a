/**
 * Daily claim jobs, on the scheduled event's day (a late or replayed run settles the right
 * day): deadline warnings 15 and 5 days before notification deadlines, then the claims whose
 * waiting period ended become indemnifiable.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { endWaitingPeriods, warnDeadlines } from '#data/claims';
import { isoDay } from '#clock';
import { logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';

export async function daily(event: ScheduledEvent): Promise<{ warnings: number; indemnifiable: number }> {
  const at = new Date(event.time);
  const day = isoDay(at);
  const warnings = await warnDeadlines(day, at);
  const indemnifiable = await endWaitingPeriods(day, at);
  logger.info('claim jobs ran', { day, warnings, indemnifiable });
  metrics.addMetric('DeadlineWarnings', MetricUnit.Count, warnings);
  metrics.addMetric('ClaimsIndemnifiable', MetricUnit.Count, indemnifiable);
  return { warnings, indemnifiable };
}

export const handler = instrumented(daily);
