/** Daily: revalue the maintained portfolio, compare it with the full computation, report and repair drift. */
import type { ScheduledEvent } from 'aws-lambda';
import { reconcilePortfolio } from '#data/portfolio-reconcile';
import { logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';

export async function reconcile(event: ScheduledEvent): Promise<{ drift: number; driftAfterRepair: number; revalued: number }> {
  const result = await reconcilePortfolio(new Date(event.time));
  metrics.addMetric('PortfolioDrift', MetricUnit.Count, result.drift.length);
  metrics.addMetric('PortfolioDriftAfterRepair', MetricUnit.Count, result.driftAfterRepair);
  metrics.addMetric('PortfolioLinesRevalued', MetricUnit.Count, result.revalued);
  metrics.addMetric('PortfolioLinesUnvalued', MetricUnit.Count, result.unvalued);
  if (result.drift.length > 0) logger.error('portfolio counters drifted from the full computation', { drift: result.drift.slice(0, 50), figures: result.drift.length, afterRepair: result.driftAfterRepair });
  else logger.info('portfolio reconciled', { tenants: result.tenants, revalued: result.revalued, unvalued: result.unvalued });
  return { drift: result.drift.length, driftAfterRepair: result.driftAfterRepair, revalued: result.revalued };
}

export const handler = instrumented(reconcile);
