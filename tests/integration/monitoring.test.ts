/**
 * The monitoring fan-out on DynamoDB Local: a regrade or a sector alert applied twice (a
 * replayed event, a crash halfway and a retry) cuts each limit once and tells each tenant
 * once; a reduction notified ahead takes effect on its day, releasing the capacity once. An
 * insolvency recorded late cancels each limit from the day it was opened, once, and a claim
 * valued before the fan-out ran already leaves the later deliveries out; a closure or a regrade
 * to 10 cancels at once, without notice.
 */
import { describe, expect, it } from 'vitest';
import { isoDay } from '../../shared/clock/index.ts';
import { addDays } from '../../shared/domain/dates.ts';
import type { RecordedRiskEvent } from '../../shared/contract/monitoring.ts';
import type { RegradedData } from '../../shared/data/monitoring.ts';
import { limitKeys } from '../../shared/data/keys.ts';
import type { WorkItem } from '../../shared/data/sector-alert-work.ts';
import { insurer, useDataLayer } from './data-layer.ts';

const now = new Date('2026-11-26T10:00:00Z');

const data = useDataLayer('monitoring', { queues: true });

/** Plays the coordinator and the workers: plans the alert, then runs every work item it finds on the queue until none is left. */
async function runSectorAlert(alertId: string): Promise<{ limitsChanged: number; tenantsNotified: number }> {
  await data.sectorAlertWork.planSectorAlert(alertId, now);
  const total = { limitsChanged: 0, tenantsNotified: 0 };
  for (let items = data.take<WorkItem>('sector-alert-work'); items.length > 0; items = data.take<WorkItem>('sector-alert-work')) {
    for (const item of items) {
      const done = await data.sectorAlertWork.runSectorAlertWork(item, now);
      total.limitsChanged += done.limitsChanged;
      total.tenantsNotified += done.tenantsNotified;
    }
  }
  return total;
}

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
    expect(await runSectorAlert(alert.alertId)).toEqual({ limitsChanged: 1, tenantsNotified: 2 });
    expect(await runSectorAlert(alert.alertId)).toEqual({ limitsChanged: 0, tenantsNotified: 0 });
    expect((await data.limits.getLimit(a, targeted.buyerId, now)).pendingReduction).toEqual({ amount: 600_000, effectiveOn: '2026-12-26' });
    expect((await data.limits.getLimit(b, spared.buyerId, now)).pendingReduction).toBeUndefined();
    const notices = (await outbox('sector.alert_raised')).filter((event) => event.data['alertId'] === alert.alertId);
    expect(notices.map((event) => event.tenantId).sort()).toEqual([a.tenantId, b.tenantId].sort());
    expect(notices.find((event) => event.tenantId === b.tenantId)?.data['limits']).toEqual([]);
    const finished = await data.sectorAlerts.getSectorAlert(alert.alertId);
    expect(finished.applied).toMatchObject({ limitsChanged: 1, tenantsNotified: 2 });
    // Two buyers: one cut chunk; two exposed tenants: one notify chunk; done, and said once.
    expect(finished.progress).toMatchObject({ phase: 'done', cutItems: 1, cutDone: 1, notifyItems: 1, notifyDone: 1 });
    expect((await outbox('sector.alert_applied')).filter((event) => event.data['alertId'] === alert.alertId).map((event) => event.data)).toEqual([
      { alertId: alert.alertId, limitsChanged: 1, tenantsNotified: 2, at: now.toISOString(), workItems: 2 },
    ]);
    // One open alert per pair: a second is refused, the detector finds it open.
    await expect(data.sectorAlerts.raiseSectorAlert(insurer, { sector, country }, now)).rejects.toMatchObject({ status: 409 });
  });
});

// Day 0 is 100 days ago: every date stays within what requests accept.
const day0 = addDays(isoDay(new Date()), -100);
const day = (days: number) => addDays(day0, days);
const on = (days: number) => new Date(`${day(days)}T10:00:00Z`);

/** What the bus hands the fan-out for a recorded event (buyer.regraded's data). */
const regradedOf = (recorded: RecordedRiskEvent, extra: { sector: string; country: string; newGrade?: number }): RegradedData => ({
  riskEventId: recorded.riskEventId,
  buyerId: recorded.buyerId,
  type: recorded.type,
  occurredOn: recorded.occurredOn,
  urgent: false,
  from: recorded.from,
  to: recorded.to,
  reasons: recorded.reasons,
  ...extra,
});

describe('loss events take effect when they happened', () => {
  it('an insolvency recorded on day 45, opened on day 3, cancels each limit from day 3, once; the capacity is released once', async () => {
    const buyer = await data.newBuyer({ sector: 'G47', country: 'FR', grade: 3 }, on(0));
    const holders = [(await data.newTenant({}, on(0))).context, (await data.newTenant({}, on(0))).context];
    await data.grantLimit(holders[0]!, buyer.buyerId, 10_000_000, on(0));
    await data.grantLimit(holders[1]!, buyer.buyerId, 4_000_000, on(0));
    expect(await capacityOf(buyer.buyerId)).toBe(14_000_000);

    const [recorded] = await data.monitoring.recordRiskEvents({ buyerId: buyer.buyerId, type: 'insolvency_opened', occurredOn: day(3) }, on(45));
    const regraded = regradedOf(recorded!, { sector: 'G47', country: 'FR' });
    expect(await data.monitoring.applyRegrade(regraded, on(45))).toEqual({ limitsChanged: 2, noticesSent: 2 });
    // The event replayed (EventBridge retries): nothing changes twice.
    expect(await data.monitoring.applyRegrade(regraded, on(45))).toEqual({ limitsChanged: 0, noticesSent: 0 });
    expect(await capacityOf(buyer.buyerId)).toBe(0);

    for (const [context, amount] of [
      [holders[0]!, 10_000_000],
      [holders[1]!, 4_000_000],
    ] as const) {
      const limit = await data.limits.getLimit(context, buyer.buyerId, on(45));
      expect(limit).toMatchObject({ amount: 0, decision: 'cancelled' });
      expect(limit.pendingReduction).toBeUndefined();
      const cuts = limit.history.filter((entry) => entry.source === 'monitoring');
      // Recorded on day 45, in force from day 3.
      expect(cuts).toHaveLength(1);
      expect(cuts[0]).toMatchObject({ at: on(45).toISOString(), effectiveOn: day(3), decision: 'cancelled', from: { amount }, to: { amount: 0 } });
    }
    const downgraded = await data.outbox('limit.downgraded', (event) => event['buyerId'] === buyer.buyerId);
    expect(downgraded.map((event) => [event.data['effectiveOn'], event.data['immediate'], event.data['kind']])).toEqual([
      [day(3), true, 'cancelled'],
      [day(3), true, 'cancelled'],
    ]);
    // Nothing is left pending for the daily job: the capacity is not released a second time.
    expect(await data.monitoring.applyDueReductions(day(80), on(80))).toBe(0);
    expect(await capacityOf(buyer.buyerId)).toBe(0);
  });

  it('a claim notified on day 45, before the fan-out cut the limit, covers the day-1 delivery and not the day-5 one: 2,000,000 lost, 1,700,000 paid', async () => {
    const buyer = await data.newBuyer({ sector: 'G47', country: 'FR', grade: 3 }, on(0));
    const { context } = await data.newTenant({ policy: { coverPercent: 90, deductible: 100_000, claimThreshold: 0, inceptionDate: day0 } }, on(0));
    await data.grantLimit(context, buyer.buyerId, 10_000_000, on(0));
    const invoices = await data.orders.createInvoices(
      context,
      [
        { buyerId: buyer.buyerId, number: 'LE-1', amount: 2_000_000, currency: 'EUR', issueDate: day(1), dueDate: day(40) },
        { buyerId: buyer.buyerId, number: 'LE-5', amount: 3_000_000, currency: 'EUR', issueDate: day(5), dueDate: day(40) },
      ],
      on(5),
    );
    const [recorded] = await data.monitoring.recordRiskEvents({ buyerId: buyer.buyerId, type: 'insolvency_opened', occurredOn: day(3) }, on(45));
    const claim = await data.claims.notifyOverdue(context, { buyerId: buyer.buyerId, invoiceIds: invoices.map((invoice) => invoice.invoiceId) }, on(45));
    expect(claim).toMatchObject({ status: 'indemnifiable', dateOfLoss: day(3), lossCause: 'insolvency' });
    expect(claim.indemnity).toMatchObject({ outstanding: 5_000_000, coveredLoss: 2_000_000, amount: 1_700_000 });
    expect(claim.indemnity?.invoices.map((cover) => cover.reason.code)).toEqual(['covered', 'no_limit_at_delivery']);

    // The fan-out runs; the insurer pays: the same figures, read from the limit's history now.
    await data.monitoring.applyRegrade(regradedOf(recorded!, { sector: 'G47', country: 'FR' }), on(45));
    const paid = await data.claims.indemnify(claim.claimId, on(46));
    expect(paid).toMatchObject({ status: 'indemnified', indemnity: { coveredLoss: 2_000_000, amount: 1_700_000 } });
  });

  it.each([
    ['a closure', { type: 'closure' as const }, 'closed'],
    ['a rating to 10', { type: 'rating_change' as const, newGrade: 10 }, 'active'],
  ])('%s cancels the limit at once, without notice, and releases the capacity', async (_case, change, status) => {
    const buyer = await data.newBuyer({ sector: 'G47', country: 'FR', grade: 3 }, on(0));
    const { context } = await data.newTenant({}, on(0));
    await data.grantLimit(context, buyer.buyerId, 2_000_000, on(0));
    const [recorded] = await data.monitoring.recordRiskEvents({ buyerId: buyer.buyerId, occurredOn: day(20), ...change }, on(45));
    expect(recorded!.to).toEqual({ grade: 10, status });
    expect(await data.monitoring.applyRegrade(regradedOf(recorded!, { sector: 'G47', country: 'FR', ...('newGrade' in change ? { newGrade: change.newGrade } : {}) }), on(45))).toMatchObject({ limitsChanged: 1 });
    const limit = await data.limits.getLimit(context, buyer.buyerId, on(45));
    expect(limit).toMatchObject({ amount: 0, decision: 'cancelled' });
    expect(limit.pendingReduction).toBeUndefined();
    // In force from the day it was recorded: no effectiveOn of its own.
    expect(limit.history.at(-1)).toMatchObject({ at: on(45).toISOString(), decision: 'cancelled', source: 'monitoring' });
    expect(limit.history.at(-1)?.effectiveOn).toBeUndefined();
    expect(await capacityOf(buyer.buyerId)).toBe(0);
  });
});
