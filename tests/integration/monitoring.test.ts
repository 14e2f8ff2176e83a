/**
 * The monitoring fan-out on DynamoDB Local: a regrade or a sector alert applied twice (a
 * replayed event, a crash halfway and a retry) cuts each limit once and tells each tenant
 * once; a reduction notified ahead takes effect on its day, releasing the capacity once.
 */
import { describe, expect, it } from 'vitest';
import { limitKeys } from '../../shared/data/keys.ts';
import { insurer, useDataLayer } from './data-layer.ts';

const now = new Date('2026-11-26T10:00:00Z');

const data = useDataLayer('monitoring');

async function tenantWithLimit(buyerId: string, amount: number) {
  const { context } = await data.newTenant({}, now);
  const granted = await data.limits.requestLimit(context, { buyerId, type: 'new', amount }, now);
  expect(['approved', 'conditional']).toContain(granted.body.decision);
  return context;
}
const newBuyer = (sector: string, country: string, grade: number) => data.newBuyer({ sector, country, grade }, now);
const outbox = (type: string) => data.outbox(type);
const capacityOf = async (buyerId: string) =>
  Number((await data.item(limitKeys.capacity(buyerId)))?.['reservedEur']);

describe('monitoring fan-out, replayed', () => {
  it('a regrade applied twice cuts each limit once and tells each tenant once; the cut takes effect on its day', async () => {
    const buyer = await newBuyer('H52', 'DE', 3);
    const holders = [await tenantWithLimit(buyer.buyerId, 2_000_000), await tenantWithLimit(buyer.buyerId, 4_000_000)];
    const [recorded] = await data.monitoring.recordRiskEvents({ buyerId: buyer.buyerId, type: 'rating_change', occurredOn: '2026-11-26', newGrade: 8 }, now);
    const regraded = {
      riskEventId: recorded!.riskEventId,
      buyerId: buyer.buyerId,
      type: 'rating_change' as const,
      occurredOn: '2026-11-26',
      urgent: false,
      newGrade: 8,
      from: recorded!.from,
      to: recorded!.to,
      reasons: recorded!.reasons,
      sector: 'H52',
      country: 'DE',
    };
    expect(await data.monitoring.applyRegrade(regraded, now)).toEqual({ limitsChanged: 2, noticesSent: 2 });
    expect(await data.monitoring.applyRegrade(regraded, now)).toEqual({ limitsChanged: 0, noticesSent: 0 });
    const downgraded = (await outbox('limit.downgraded')).filter((event) => event.data['buyerId'] === buyer.buyerId);
    expect(downgraded).toHaveLength(2);
    expect((await outbox('buyer.grade_changed')).filter((event) => event.data['buyerId'] === buyer.buyerId)).toHaveLength(2);
    const first = await data.limits.getLimit(holders[0]!, buyer.buyerId, now);
    expect(first).toMatchObject({ amount: 2_000_000, pendingReduction: { amount: 1_000_000, effectiveOn: '2026-12-26' } });

    // The capacity stays reserved until the cut applies; then it is released once.
    expect(await capacityOf(buyer.buyerId)).toBe(6_000_000);
    expect(await data.monitoring.applyDueReductions('2026-12-25', new Date('2026-12-25T02:00:00Z'))).toBe(0);
    expect(await data.monitoring.applyDueReductions('2026-12-26', new Date('2026-12-26T02:00:00Z'))).toBe(2);
    expect(await data.monitoring.applyDueReductions('2026-12-27', new Date('2026-12-27T02:00:00Z'))).toBe(0);
    expect(await capacityOf(buyer.buyerId)).toBe(3_000_000);
    const after = await data.limits.getLimit(holders[1]!, buyer.buyerId, new Date('2026-12-27T00:00:00Z'));
    expect(after.amount).toBe(2_000_000);
    expect(after.pendingReduction).toBeUndefined();
    expect(after.history.map((entry) => entry.source).slice(-2)).toEqual(['monitoring', 'monitoring']);
  });

  it('a sector alert applied twice (a retry after a crash) cuts only targeted limits, once, and tells each exposed tenant once', async () => {
    const [sector, country] = ['F43', 'DE'];
    const targeted = await newBuyer(sector, country, 7);
    const spared = await newBuyer(sector, country, 2);
    const a = await tenantWithLimit(targeted.buyerId, 1_000_000);
    const b = await tenantWithLimit(spared.buyerId, 1_000_000);
    const alert = await data.sectorAlerts.raiseSectorAlert(insurer, { sector, country }, now);
    expect(alert.minGrade).toBe(6);
    expect(await data.sectorAlerts.applySectorAlert(alert.alertId, now)).toEqual({ limitsChanged: 1, tenantsNotified: 2 });
    expect(await data.sectorAlerts.applySectorAlert(alert.alertId, now)).toEqual({ limitsChanged: 0, tenantsNotified: 0 });
    expect((await data.limits.getLimit(a, targeted.buyerId, now)).pendingReduction).toEqual({ amount: 600_000, effectiveOn: '2026-12-26' });
    expect((await data.limits.getLimit(b, spared.buyerId, now)).pendingReduction).toBeUndefined();
    const notices = (await outbox('sector.alert_raised')).filter((event) => event.data['alertId'] === alert.alertId);
    expect(notices.map((event) => event.tenantId).sort()).toEqual([a.tenantId, b.tenantId].sort());
    expect(notices.find((event) => event.tenantId === b.tenantId)?.data['limits']).toEqual([]);
    expect((await data.sectorAlerts.getSectorAlert(alert.alertId)).applied).toMatchObject({ limitsChanged: 1, tenantsNotified: 2 });
    // One open alert per pair: a second is refused, the detector finds it open.
    await expect(data.sectorAlerts.raiseSectorAlert(insurer, { sector, country }, now)).rejects.toMatchObject({ status: 409 });
  });
});
