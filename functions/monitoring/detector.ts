/** Daily: the sector-alert detector over every (sector, country) with recent insolvencies. */
import type { ScheduledEvent } from 'aws-lambda';
import { detectAll } from '#data/sector-alerts';
import { countByOutcome, logger } from '#powertools';
import { instrumented } from '#powertools/middleware';

export async function detect(event: ScheduledEvent): Promise<{ raised: number }> {
  const raised = await detectAll(new Date(event.time));
  for (const alert of raised) {
    countByOutcome('SectorAlertsRaised', 'source', 'detector');
    logger.warn('sector alert raised', { alertId: alert.alertId, sector: alert.sector, country: alert.country });
  }
  return { raised: raised.length };
}

export const handler = instrumented(detect);
