/** Monitoring: risk events (insurer), watchlists (tenants), sector alerts, the monitoring rules. */
import { now } from '#clock';
import { apiHandler, principal, tenant } from '#http/api';
import { listWatchlist, recordRiskEvents, unwatch, watch } from '#data/monitoring';
import { setMonitoringRules, storedMonitoringRules } from '#data/monitoring-rules';
import { closeSectorAlert, getSectorAlert, listSectorAlerts, raiseSectorAlert } from '#data/sector-alerts';
import { closeCountryEvent, createCountryEvent, getCountryEvent, listCountryEvents } from '#data/country-events';
import { countByOutcome, metrics, MetricUnit } from '#powertools';
import { monitoringRoutes } from '#topology/monitoring';

export const handler = apiHandler('monitoring', monitoringRoutes, {
  recordRiskEvents: async (request) => {
    const items = await recordRiskEvents(request.body, now());
    for (const item of items) {
      countByOutcome('RiskEvents', 'type', item.type);
      if (item.to.grade > item.from.grade) metrics.addMetric('BuyerDowngrades', MetricUnit.Count, 1);
    }
    // Risk events are not read alone: the first one's buyer shows the grade and status it set.
    return { status: 201, body: { items }, headers: { location: `/v1/buyers/${items[0]!.buyerId}` } };
  },
  getMonitoringRules: async () => {
    const { rules, updatedAt, revision } = await storedMonitoringRules();
    return { status: 200, body: { ...rules, ...(updatedAt ? { updatedAt } : {}) }, etag: revision };
  },
  putMonitoringRules: async (request) => {
    const { rules, updatedAt, revision } = await setMonitoringRules(request.body, now(), request.ifMatch);
    return { status: 200, body: { ...rules, updatedAt }, etag: revision };
  },
  watchBuyer: async (request) => {
    const watched = await watch(tenant(request), request.params.buyerId, now());
    const body = { buyerId: watched.buyerId, since: watched.since, updatedAt: watched.since };
    return watched.created ? { status: 201, body, headers: { location: '/v1/watchlist' } } : { status: 200, body };
  },
  unwatchBuyer: async (request) => {
    await unwatch(tenant(request), request.params.buyerId);
    return { status: 204 };
  },
  listWatchlist: async (request) => ({ status: 200, body: await listWatchlist(tenant(request), request.query) }),
  listSectorAlerts: async (request) => ({ status: 200, body: await listSectorAlerts(request.query) }),
  getSectorAlert: async (request) => ({ status: 200, body: await getSectorAlert(request.params.alertId) }),
  raiseSectorAlert: async (request) => {
    const alert = await raiseSectorAlert(principal(request), request.body, now());
    countByOutcome('SectorAlertsRaised', 'source', 'manual');
    return { status: 201, body: alert, headers: { location: `/v1/sector-alerts/${alert.alertId}` } };
  },
  closeSectorAlert: async (request) => ({ status: 200, body: await closeSectorAlert(request.params.alertId, now()) }),
  createCountryEvent: async (request) => {
    const event = await createCountryEvent(principal(request), request.body, now());
    countByOutcome('CountryEventsOpened', 'type', event.type);
    return { status: 201, body: event, headers: { location: `/v1/country-events/${event.eventId}` } };
  },
  listCountryEvents: async (request) => ({ status: 200, body: await listCountryEvents(request.query, request.query) }),
  getCountryEvent: async (request) => ({ status: 200, body: await getCountryEvent(request.params.eventId) }),
  closeCountryEvent: async (request) => {
    const event = await closeCountryEvent(request.params.eventId, request.body, now());
    metrics.addMetric('CountryEventsClosed', MetricUnit.Count, 1);
    return { status: 200, body: event };
  },
});

