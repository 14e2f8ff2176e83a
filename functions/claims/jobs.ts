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

export async function daily(event: ScheduledEvent): Promise<{ warnings: number; indemnifiable: number; waitingForRates: number }> {
  const at = new Date(event.time);
  const day = isoDay(at);
  const warnings = await warnDeadlines(day, at);
  const { indemnifiable, waitingForRates } = await endWaitingPeriods(day, at);
  logger.info('claim jobs ran', { day, warnings, indemnifiable, waitingForRates });
  // A claim on invoices whose currency has no reference rate in force on its date of loss waits: the insurer publishes one.
  if (waitingForRates > 0) logger.warn('claims waiting for a reference rate', { day, waitingForRates });
  metrics.addMetric('DeadlineWarnings', MetricUnit.Count, warnings);
  metrics.addMetric('ClaimsIndemnifiable', MetricUnit.Count, indemnifiable);
  metrics.addMetric('ClaimsWaitingForRates', MetricUnit.Count, waitingForRates);
  return { warnings, indemnifiable, waitingForRates };
}

export const handler = instrumented(daily);
