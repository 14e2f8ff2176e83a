/**
 * Sector alerts: a wave of insolvencies in one (NACE division, country) raises an alert, by
 * the daily detector, after an insolvency, or by hand. An alert applies TARGETED preventive
 * cuts (by grade, with notice) and tells each tenant with exposure in that sector once, listing
 * its limits that changed.
 *
 * Opening writes the alert, a marker that makes it the one open alert of its pair, and the
 * internal sector.alert_opened event in one transaction. The fan-out runs as work items on a
 * queue (sector-alert-work.ts): buyers by sector and limits by buyer through indexes, each
 * targeted limit cut in its own transaction marked with the alert id (never twice), each change
 * recorded under the alert, then each tenant sent its one notice.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { attributesOf, getItem, isRace, queryAll } from './items.ts';
import { newId } from './ids.ts';
import { partitionPages, queryPage, type PageRequest, type PageResult } from './pagination.ts';
import { dueUntil, PLAN_PAGE_SIZE, type JobDefinition } from './jobs.ts';
import { tableName } from './table.ts';
import { sectorAlertRules } from './monitoring-rules.ts';
import { sectorAlertKeys } from './sector-alert-keys.ts';
import type { Principal } from '#access';
import { ProblemError, problems } from '#contract/problems';
import { alertMinGrade, detectSectorAlert, type SectorAlertRules } from '#domain/sector-alerts';
import { addMonths } from '#domain/dates';
import { newEvent } from '#events/envelope';
import { outboxPut } from '#events/outbox';
import { isoDay } from '#clock';
import { logger } from '#powertools';
import { buyerKeys, monitoringKeys } from './keys.ts';

const SYSTEM: Principal = { role: 'insurer', keyId: 'system:sector-alerts' };

/** The fan-out's work items (sector-alert-work.ts): planned, done, by phase. */
export interface SectorAlertProgress {
  phase: 'cutting' | 'notifying' | 'done';
  cutItems: number;
  cutDone: number;
  notifyItems: number;
  notifyDone: number;
  startedAt: string;
  finishedAt?: string;
}

export interface SectorAlert {
  alertId: string;
  sector: string;
  country: string;
  status: 'open' | 'closed';
  source: 'detector' | 'manual';
  reason?: string;
  detection?: { count: number; baselinePerWindow: number; ratio: number | null; windowStart: string; windowEnd: string };
  minGrade: number;
  keepPercentByGrade: Record<string, number>;
  noticeDays: number;
  openedAt: string;
  openedBy: string;
  closedAt?: string;
  applied?: { limitsChanged: number; tenantsNotified: number; at: string };
  progress?: SectorAlertProgress;
}

/**
 * Set on the alert once its notify items are on the queue (sector-alert-work.ts): the fan-out's
 * own bookkeeping, not part of the alert as the API shows it.
 */
export const NOTIFY_ITEMS_SENT = 'notifyItemsSent';

const alertOf = (item: Record<string, unknown>): SectorAlert => {
  const { [NOTIFY_ITEMS_SENT]: _sent, ...alert } = attributesOf<SectorAlert & { [NOTIFY_ITEMS_SENT]?: boolean }>(item);
  return alert;
};

async function open(args: { sector: string; country: string; source: 'detector' | 'manual'; reason?: string; detection?: SectorAlert['detection']; openedBy: string; rules: SectorAlertRules }, now: Date): Promise<SectorAlert | { existing: string }> {
  const alertId = newId('sectorAlert', now);
  const at = now.toISOString();
  const alert: SectorAlert = {
    alertId,
    sector: args.sector,
    country: args.country,
    status: 'open',
    source: args.source,
    ...(args.reason ? { reason: args.reason } : {}),
    ...(args.detection ? { detection: args.detection } : {}),
    minGrade: alertMinGrade(args.rules),
    keepPercentByGrade: Object.fromEntries(Object.entries(args.rules.keepPercentByGrade)),
    noticeDays: args.rules.noticeDays,
    openedAt: at,
    openedBy: args.openedBy,
  };
  try {
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName(), Item: { ...sectorAlertKeys.alert(alertId), kind: 'sectorAlert', ...alert, ...sectorAlertKeys.list(at, alertId), ...sectorAlertKeys.byStatus('open', at, alertId) } } },
          {
            Put: {
              TableName: tableName(),
              Item: { ...sectorAlertKeys.active(args.sector, args.country), kind: 'activeSectorAlert', alertId, minGrade: alert.minGrade },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          outboxPut(tableName(), newEvent({ type: 'sector.alert_opened', tenantId: null, data: { alertId }, now })),
        ],
      }),
    );
  } catch (error) {
    if (isRace(error)) {
      const active = await getItem<{ alertId: string }>(sectorAlertKeys.active(args.sector, args.country));
      return { existing: active?.alertId ?? 'unknown' };
    }
    throw error;
  }
  return alert;
}

/** The insurer raises an alert by hand (news the data has not caught yet). */
export async function raiseSectorAlert(principal: Principal, body: { sector: string; country: string; reason?: string | undefined }, now: Date): Promise<SectorAlert> {
  const rules = await sectorAlertRules();
  const opened = await open({ sector: body.sector, country: body.country, source: 'manual', ...(body.reason ? { reason: body.reason } : {}), openedBy: principal.keyId, rules }, now);
  if ('existing' in opened) {
    throw new ProblemError({
      slug: 'sector-alert-open',
      detail: `Sector alert ${opened.existing} is open on ${body.sector} in ${body.country}: close it before raising another.`,
      extensions: { alertId: opened.existing },
    });
  }
  return opened;
}

export async function closeSectorAlert(alertId: string, now: Date): Promise<SectorAlert> {
  const current = await getItem<Record<string, unknown>>(sectorAlertKeys.alert(alertId));
  if (!current) throw problems.notFound(`No sector alert ${alertId}.`);
  const alert = alertOf(current);
  if (alert.status === 'closed') return alert;
  const closedAt = now.toISOString();
  try {
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: sectorAlertKeys.alert(alertId),
              UpdateExpression: 'SET #status = :closed, closedAt = :at, gsi3pk = :closedList',
              ConditionExpression: '#status = :open',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':closed': 'closed', ':open': 'open', ':at': closedAt, ':closedList': sectorAlertKeys.statusPartition('closed').gsi3pk },
            },
          },
          {
            Delete: {
              TableName: tableName(),
              Key: sectorAlertKeys.active(alert.sector, alert.country),
              ConditionExpression: 'alertId = :id',
              ExpressionAttributeValues: { ':id': alertId },
            },
          },
        ],
      }),
    );
  } catch (error) {
    // Closed by a concurrent close: closing is idempotent, the loser answers what the winner stored.
    if (!isRace(error)) throw error;
    const after = await getItem<Record<string, unknown>>(sectorAlertKeys.alert(alertId));
    if (after && alertOf(after).status === 'closed') return alertOf(after);
    throw error;
  }
  return { ...alert, status: 'closed', closedAt };
}

export async function getSectorAlert(alertId: string): Promise<SectorAlert> {
  const item = await getItem<Record<string, unknown>>(sectorAlertKeys.alert(alertId));
  if (!item) throw problems.notFound(`No sector alert ${alertId}.`);
  return alertOf(item);
}

export async function listSectorAlerts(query: PageRequest & { status?: 'open' | 'closed' | undefined }): Promise<PageResult<SectorAlert>> {
  const result = await queryPage<Record<string, unknown>>(
    // Selected by key, never filtered after the page (which would make short pages).
    query.status ? { partition: sectorAlertKeys.statusPartition(query.status), index: 'gsi3', newestFirst: true } : { partition: sectorAlertKeys.listPartition(), index: 'gsi1', newestFirst: true },
    { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) },
  );
  return { ...result, items: result.items.map(alertOf) };
}

/** Counts a pair's insolvencies and opens an alert when the rules say so (never a second one). */
export async function detectPair(sector: string, country: string, now: Date, rules?: SectorAlertRules): Promise<SectorAlert | undefined> {
  const alertRules = rules ?? (await sectorAlertRules());
  const today = isoDay(now);
  const since = addMonths(today, -(alertRules.baselineMonths + Math.ceil(alertRules.windowDays / 30) + 1));
  const dates = (
    await queryAll<{ occurredOn: string }>({
      KeyConditionExpression: 'pk = :pk AND sk >= :since',
      ExpressionAttributeValues: { ':pk': monitoringKeys.insolvency(sector, country, '', '').pk, ':since': since },
      ProjectionExpression: 'occurredOn',
    })
  ).map((item) => item.occurredOn);
  const detection = detectSectorAlert({ sector, country, insolvencyDates: dates, today, rules: alertRules });
  if (!detection.raise) return undefined;
  const opened = await open(
    {
      sector,
      country,
      source: 'detector',
      detection: { count: detection.count, baselinePerWindow: detection.baselinePerWindow, ratio: detection.ratio, windowStart: detection.windowStart, windowEnd: detection.windowEnd },
      reason: detection.reasons.map((reason) => reason.message).join(' '),
      openedBy: SYSTEM.keyId,
      rules: alertRules,
    },
    now,
  );
  return 'existing' in opened ? undefined : opened;
}

/** Daily: every pair that had an insolvency in the period the detector looks at. */
export async function detectAll(now: Date): Promise<SectorAlert[]> {
  const rules = await sectorAlertRules();
  const raised: SectorAlert[] = [];
  for (const pair of await queryAll<{ sector: string; country: string }>({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': monitoringKeys.insolvencyPairsPartition().pk } })) {
    const alert = await detectPair(pair.sector, pair.country, now, rules);
    if (alert) raised.push(alert);
  }
  return raised;
}

/** Daily, as work items: every (sector, country) with an insolvency on record, its alert opened if its count crossed the threshold. */
export const detectSectorAlertsJob: JobDefinition<{ sector: string; country: string }> = {
  name: 'detect-sector-alerts',
  entriesPerItem: 50,
  counts: ['raised'],
  due: () =>
    dueUntil(
      partitionPages<{ sector: string; country: string }>({ partition: monitoringKeys.insolvencyPairsPartition() }, PLAN_PAGE_SIZE),
      () => true,
      ({ sector, country }) => ({ sector, country }),
    ),
  run: async (entries, _day, at) => {
    const rules = await sectorAlertRules();
    let raised = 0;
    for (const { sector, country } of entries) {
      const alert = await detectPair(sector, country, at, rules);
      if (!alert) continue;
      raised += 1;
      logger.warn('sector alert raised', { alertId: alert.alertId, sector: alert.sector, country: alert.country });
    }
    return { raised };
  },
};

/** The buyers of a pair, through the sector index. */
export async function buyersOf(sector: string, country: string): Promise<{ buyerId: string; grade: number }[]> {
  return queryAll<{ buyerId: string; grade: number }>({
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': buyerKeys.sectorPartition(sector, country).gsi2pk },
    ProjectionExpression: 'buyerId, grade',
  });
}
