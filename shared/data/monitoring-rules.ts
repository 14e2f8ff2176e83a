/**
 * The insurer's monitoring rules: how much of a limit a regrade to 8 or 9 keeps, the notice
 * before cuts apply, and the sector-alert detector's thresholds and targeted cuts. Defaults in
 * shared/domain until the insurer stores its own; a minute in memory, like the limit rules.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { IfMatch } from '#contract/preconditions';
import { documents } from './client.ts';
import { tableName } from './table.ts';
import { DEFAULT_DOWNGRADE_RULES, assertDowngradeRules, type DowngradeRules } from '#domain/monitoring';
import { DEFAULT_SECTOR_ALERT_RULES, assertSectorAlertRules, type SectorAlertRules } from '#domain/sector-alerts';
import { insurerKeys } from './keys.ts';
import { putRevised, revisionOf } from './revisions.ts';

export interface MonitoringRules {
  readonly downgrades: DowngradeRules;
  readonly sectorAlerts: SectorAlertRules;
}

const KEY = insurerKeys.settings('monitoring-rules');
const CACHE_MS = 60_000;
type Read = { rules: MonitoringRules; updatedAt?: string; revision: number };
let cached: (Read & { readAt: number }) | undefined;

export const DEFAULT_MONITORING_RULES: MonitoringRules = { downgrades: DEFAULT_DOWNGRADE_RULES, sectorAlerts: DEFAULT_SECTOR_ALERT_RULES };

/** The rules the detector and downgrades use: this process's copy while it is under a minute old. */
export async function monitoringRules(now = Date.now()): Promise<Read> {
  if (cached && now - cached.readAt < CACHE_MS) return cached;
  return storedMonitoringRules(now);
}

/** The rules as stored now (what the insurer reads and edits, with its revision): the copy is refreshed. */
export async function storedMonitoringRules(now = Date.now()): Promise<Read> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: KEY, ConsistentRead: true }));
  const rules = Item ? (Item['rules'] as MonitoringRules) : DEFAULT_MONITORING_RULES;
  assertDowngradeRules(rules.downgrades);
  assertSectorAlertRules(rules.sectorAlerts);
  cached = { rules, ...(Item ? { updatedAt: String(Item['updatedAt']) } : {}), revision: revisionOf(Item), readAt: now };
  return cached;
}

export async function downgradeRules(): Promise<DowngradeRules> {
  return (await monitoringRules()).rules.downgrades;
}

export async function sectorAlertRules(): Promise<SectorAlertRules> {
  return (await monitoringRules()).rules.sectorAlerts;
}

export async function setMonitoringRules(rules: MonitoringRules, now: Date, ifMatch?: IfMatch): Promise<{ rules: MonitoringRules; updatedAt: string; revision: number }> {
  assertDowngradeRules(rules.downgrades);
  assertSectorAlertRules(rules.sectorAlerts);
  const updatedAt = now.toISOString();
  const revision = await putRevised(KEY, { kind: 'settings', rules, updatedAt }, ifMatch, 'The monitoring rules');
  cached = { rules, updatedAt, revision, readAt: now.getTime() };
  return { rules, updatedAt, revision };
}
