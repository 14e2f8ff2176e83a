/**
 * The monitoring fan-out, on the bus's internal events: a regrade reaches the limit holders
 * and watchers of its buyer (and an insolvency runs the sector detector for its pair); an
 * opened sector alert is planned as work items for the sectorAlertWorker. An error fails the invocation: EventBridge
 * retries it, and everything already done is skipped (limits carry the cause that changed
 * them, notices their marker).
 */
import type { EventBridgeEvent } from 'aws-lambda';
import { isoDay, now } from '#clock';
import { applyRegrade, type RegradedData } from '#data/monitoring';
import { detectPair } from '#data/sector-alerts';
import { planSectorAlert } from '#data/sector-alert-work';
import { insolvencyReachesClaims } from '#data/claims';
import { applyCountryRiskChange } from '#data/country-events';
import type { CountryRiskChange } from '#data/country-risk';
import type { EventEnvelope } from '#events/envelope';
import { countByOutcome, logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';

export async function downgrades(event: EventBridgeEvent<string, EventEnvelope>): Promise<Record<string, number>> {
  const envelope = event.detail;
  switch (envelope.type) {
    case 'buyer.regraded': {
      const data = envelope.data as unknown as RegradedData;
      const done = await applyRegrade(data, now());
      metrics.addMetric('LimitsDowngraded', MetricUnit.Count, done.limitsChanged);
      metrics.addMetric('GradeChangeNotices', MetricUnit.Count, done.noticesSent);
      // An insolvency recorded after the day it was opened: the limits were cancelled from that day, so deliveries since then lost their cover.
      if (data.type === 'insolvency_opened' && data.occurredOn < isoDay(now())) metrics.addMetric('LimitsCancelledBackdated', MetricUnit.Count, done.limitsChanged);
      logger.info('regrade applied', { buyerId: data.buyerId, riskEventId: data.riskEventId, ...done });
      if (data.type === 'insolvency_opened') {
        // The buyer's claims in collection: the insolvency is their date of loss.
        const claims = await insolvencyReachesClaims(data.buyerId, data.occurredOn, now());
        if (claims > 0) metrics.addMetric('ClaimsIndemnifiable', MetricUnit.Count, claims);
        const alert = await detectPair(data.sector, data.country, now());
        if (alert) {
          countByOutcome('SectorAlertsRaised', 'source', 'detector');
          logger.warn('sector alert raised', { alertId: alert.alertId, sector: alert.sector, country: alert.country });
        }
      }
      return done;
    }
    case 'sector.alert_opened': {
      // The coordinator only: the cuts and notices run as work items (sectorAlertWorker).
      const alertId = String(envelope.data['alertId']);
      const planned = await planSectorAlert(alertId, now());
      metrics.addMetric('SectorAlertWorkItems', MetricUnit.Count, planned.workItems);
      logger.info('sector alert planned', { alertId, ...planned });
      return planned;
    }
    case 'country.risk_changed': {
      const data = envelope.data as unknown as CountryRiskChange;
      const done = await applyCountryRiskChange(data, now());
      countByOutcome('CountryRiskNotices', 'change', data.change, done.tenantsNotified);
      logger.info('country risk change told', { ...data, ...done });
      return done;
    }
    default:
      logger.warn('event not for the monitoring fan-out', { type: envelope.type });
      return {};
  }
}

export const handler = instrumented(downgrades);
