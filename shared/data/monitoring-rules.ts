/**
 * The insurer's monitoring rules: how much of a limit a regrade to 8 or 9 keeps, the notice
 * before cuts apply, and the sector-alert detector's thresholds and targeted cuts. Defaults in
 * shared/domain until the insurer stores its own; a minute in memory, like the limit rules.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { tableName } from './table.ts';
import { DEFAULT_DOWNGRADE_RULES, assertDowngradeRules, type DowngradeRules } from '#domain/monitoring';
import { DEFAULT_SECTOR_ALERT_RULES, assertSectorAlertRules, type SectorAlertRules } from '#domain/sector-alerts';
import { insurerKeys } from './keys.ts';

export interface MonitoringRules {
  readonly downgrades: DowngradeRules;
  readonly sectorAlerts: SectorAlertRules;
}

const KEY = insurerKeys.settings('monitoring-rules');
const CACHE_MS = 60_000;
let cached: { rules: MonitoringRules; updatedAt?: string; readAt: number } | undefined;

export const DEFAULT_MONITORING_RULES: MonitoringRules = { downgrades: DEFAULT_DOWNGRADE_RULES, sectorAlerts: DEFAULT_SECTOR_ALERT_RULES };

export async function monitoringRules(now = Date.now()): Promise<{ rules: MonitoringRules; updatedAt?: string }> {
  if (cached && now - cached.readAt < CACHE_MS) return cached;
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: KEY }));
  const rules = Item ? (Item['rules'] as MonitoringRules) : DEFAULT_MONITORING_RULES;
  assertDowngradeRules(rules.downgrades);
  assertSectorAlertRules(rules.sectorAlerts);
  cached = { rules, ...(Item ? { updatedAt: String(Item['updatedAt']) } : {}), readAt: now };
  return cached;
}

export async function downgradeRules(): Promise<DowngradeRules> {
  return (await monitoringRules()).rules.downgrades;
}

export async function sectorAlertRules(): Promise<SectorAlertRules> {
  return (await monitoringRules()).rules.sectorAlerts;
}

export async function setMonitoringRules(rules: MonitoringRules, now: Date): Promise<{ rules: MonitoringRules; updatedAt: string }> {
  assertDowngradeRules(rules.downgrades);
  assertSectorAlertRules(rules.sectorAlerts);
  const updatedAt = now.toISOString();
  await documents.send(new PutCommand({ TableName: tableName(), Item: { ...KEY, kind: 'settings', rules, updatedAt } }));
  cached = { rules, updatedAt, readAt: now.getTime() };
  return { rules, updatedAt };
}
