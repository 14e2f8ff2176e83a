/**
 * Sector alerts under races: raised twice at once on one sector and country, one alert opens
 * and the other raise is told 409 sector-alert-open; a close racing a raise, or a second close,
 * leaves at most one open alert, the pair's "active" pointer on it; a crash halfway stores
 * nothing half done, and the retry completes once.
 */
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../shared/access/index.ts';
import { sectorAlertKeys } from '../../shared/data/sector-alert-keys.ts';
import { Crash, crashOn } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
const now = new Date('2026-11-20T10:00:00Z');

const data = useDataLayer('alert-races');

/** The alerts stored on a pair, and the pair's active pointer. */
async function pair(sector: string, country: string) {
  const { Items } = await data.table.documents.send(
    new ScanCommand({
      TableName: data.table.name,
      FilterExpression: 'kind = :kind AND sector = :sector AND country = :country',
      ExpressionAttributeValues: { ':kind': 'sectorAlert', ':sector': sector, ':country': country },
      ConsistentRead: true,
    }),
  );
  const stored = (Items ?? []) as { alertId: string; status: string; gsi3pk?: string }[];
  const { Item } = await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: sectorAlertKeys.active(sector, country), ConsistentRead: true }));
  const open = stored.filter((alert) => alert.status === 'open');
  // The status index holds each alert in its status's partition.
  for (const alert of stored) expect(alert.gsi3pk).toBe(sectorAlertKeys.statusPartition(alert.status).gsi3pk);
  return { stored, open, active: Item?.['alertId'] as string | undefined };
}

const rejections = (outcomes: PromiseSettledResult<unknown>[]) => outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number; slug?: string }] : []));

describe('sector alerts under races', () => {
  it('raised four times at once on one pair: one alert, the others 409 sector-alert-open naming it', async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 4 }, () => data.sectorAlerts.raiseSectorAlert(insurer, { sector: 'C10', country: 'FR' }, now)));
    const raised = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    expect(raised).toHaveLength(1);
    const refused = rejections(outcomes);
    expect(refused).toHaveLength(3);
    expect(refused.map((r) => r.slug)).toEqual(['sector-alert-open', 'sector-alert-open', 'sector-alert-open']);
    expect(refused.map((r) => (r as { extensions?: { alertId?: string } }).extensions?.alertId)).toEqual(refused.map(() => raised[0]!.alertId));
    const after = await pair('C10', 'FR');
    expect(after.stored).toHaveLength(1);
    expect(after.active).toBe(raised[0]!.alertId);
  });

  it('a close racing a raise, and two closes at once: at most one open alert, the pointer on it', async () => {
    const first = await data.sectorAlerts.raiseSectorAlert(insurer, { sector: 'C11', country: 'DE' }, now);
    const outcomes = await Promise.allSettled([data.sectorAlerts.closeSectorAlert(first.alertId, now), data.sectorAlerts.closeSectorAlert(first.alertId, now), data.sectorAlerts.raiseSectorAlert(insurer, { sector: 'C11', country: 'DE' }, now)]);
    const [close1, close2, raise] = outcomes;
    // Closing is idempotent: the loser of the race is told the alert is closed, not a 500.
    expect(close1).toMatchObject({ status: 'fulfilled', value: { status: 'closed' } });
    expect(close2).toMatchObject({ status: 'fulfilled', value: { status: 'closed' } });
    if (raise.status === 'rejected') expect(raise.reason).toMatchObject({ status: 409, slug: 'sector-alert-open' });
    const after = await pair('C11', 'DE');
    expect(after.open.length).toBeLessThanOrEqual(1);
    expect(after.active).toBe(after.open[0]?.alertId);
    expect(after.stored.find((alert) => alert.alertId === first.alertId)?.status).toBe('closed');
    expect(after.stored).toHaveLength(raise.status === 'fulfilled' ? 2 : 1);
  });

  it('a raise that crashes halfway stores nothing; the retry opens one alert', async () => {
    const crash = crashOn(data.client.dynamodb, 'TransactWrite', { when: 'before' });
    try {
      await expect(data.sectorAlerts.raiseSectorAlert(insurer, { sector: 'C12', country: 'IT' }, now)).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect((await pair('C12', 'IT')).stored).toHaveLength(0);
    expect((await pair('C12', 'IT')).active).toBeUndefined();
    const raised = await data.sectorAlerts.raiseSectorAlert(insurer, { sector: 'C12', country: 'IT' }, now);
    const after = await pair('C12', 'IT');
    expect(after.stored.map((alert) => alert.alertId)).toEqual([raised.alertId]);
    expect(after.active).toBe(raised.alertId);
  });

  it('a close whose answer is lost after it committed: the retry answers closed, the pair is free once', async () => {
    const raised = await data.sectorAlerts.raiseSectorAlert(insurer, { sector: 'C13', country: 'FR' }, now);
    const crash = crashOn(data.client.dynamodb, 'TransactWrite', { when: 'after' });
    try {
      await expect(data.sectorAlerts.closeSectorAlert(raised.alertId, now)).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(await data.sectorAlerts.closeSectorAlert(raised.alertId, now)).toMatchObject({ alertId: raised.alertId, status: 'closed' });
    const after = await pair('C13', 'FR');
    expect(after.open).toHaveLength(0);
    expect(after.active).toBeUndefined();
    const again = await data.sectorAlerts.raiseSectorAlert(insurer, { sector: 'C13', country: 'FR' }, now);
    expect((await pair('C13', 'FR')).active).toBe(again.alertId);
  });
});
