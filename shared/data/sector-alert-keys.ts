/**
 * Sector alert keys, and the one read the decision engine needs (is the buyer's pair under
 * an open alert?), apart from shared/data/sector-alerts.ts so the limits module can read it.
 */
import { getItem } from './items.ts';

export const sectorAlertKeys = {
  alert: (alertId: string) => ({ ...sectorAlertKeys.alertPartition(alertId), sk: 'ALERT' }),
  /** An alert with what it changed: the alert, its exposed tenants, its changes. */
  alertPartition: (alertId: string) => ({ pk: `SECTORALERT#${alertId}` }),
  /** gsi1: every alert, by the time it opened. */
  list: (openedAt: string, alertId: string) => ({ ...sectorAlertKeys.listPartition(), gsi1sk: `${openedAt}#${alertId}` }),
  listPartition: () => ({ gsi1pk: 'SECTORALERTS' }),
  /** gsi3: the alerts in one status, by the time they opened; closing an alert moves it. */
  byStatus: (status: string, openedAt: string, alertId: string) => ({ ...sectorAlertKeys.statusPartition(status), gsi3sk: `${openedAt}#${alertId}` }),
  statusPartition: (status: string) => ({ gsi3pk: `SECTORALERTS#${status}` }),
  /** The one open alert of a pair. */
  active: (sector: string, country: string) => ({ pk: `SECTORALERT#active#${sector}#${country}`, sk: 'ACTIVE' }),
  exposed: (alertId: string, tenantId: string) => ({ ...sectorAlertKeys.alertPartition(alertId), sk: `TENANT#${tenantId}` }),
  change: (alertId: string, tenantId: string, buyerId: string) => ({ ...sectorAlertKeys.alertPartition(alertId), sk: `CHANGE#${tenantId}#${buyerId}` }),
  /** Prefixes (begins_with) in the alert's partition: its exposed tenants, its changes. */
  exposedPrefix: () => ({ sk: 'TENANT#' }),
  changesPrefix: () => ({ sk: 'CHANGE#' }),
  /** The prefix of one tenant's changes (begins_with). */
  changesOf: (alertId: string, tenantId: string) => ({ ...sectorAlertKeys.alertPartition(alertId), sk: `CHANGE#${tenantId}#` }),
  /** A work item of the fan-out: a chunk of buyers to cut, or of tenants to tell. */
  work: (alertId: string, phase: 'cut' | 'notify', chunk: number) => ({ ...sectorAlertKeys.alertPartition(alertId), sk: `WORK#${phase}#${String(chunk).padStart(6, '0')}` }),
};

/** The open alert on a buyer's (sector, country), as the decision engine takes it. */
export async function activeAlertsFor(sector: string, country: string): Promise<{ sector: string; country: string; minGrade: number }[]> {
  const active = await getItem<{ alertId: string; minGrade: number }>(sectorAlertKeys.active(sector, country), false);
  return active ? [{ sector, country, minGrade: active.minGrade }] : [];
}
