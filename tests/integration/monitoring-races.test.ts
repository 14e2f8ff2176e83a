/**
 * Monitoring under races: two risk events on one buyer at once are both recorded, one after
 * the other (the buyer's grade is the last one's, each event's `from` the grade before it); a
 * regrade applied twice at once cuts each limit once; a risk event that crashes halfway
 * changes nothing, and its retry records it once.
 */
import { describe, expect, it } from 'vitest';
import { buyerKeys } from '../../shared/data/keys.ts';
import { Crash, barrier, crashOn } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const now = new Date('2026-11-26T10:00:00Z');

const data = useDataLayer('monitoring-races');

const newBuyer = (grade: number) => data.newBuyer({ country: 'DE', sector: 'H49', grade }, now);

async function tenantWithLimit(buyerId: string, amount: number) {
  const { context } = await data.newTenant({}, now);
  await data.grantLimit(context, buyerId, amount, now);
  return context;
}

async function stored(buyerId: string) {
  const key = buyerKeys.buyer(buyerId);
  const events = (await data.items(key.pk, 'RISKEVENT#')) as { riskEventId: string; from: { grade: number }; to: { grade: number }; recordedAt: string }[];
  return { buyer: (await data.item(key))!, events };
}

const outbox = (type: string, buyerId: string) => data.outbox(type, (event) => event['buyerId'] === buyerId);

describe('monitoring under races', () => {
  it('two risk events on one buyer at once: both recorded in turn, the grade the last one’s', async () => {
    const buyer = await newBuyer(3);
    const together = barrier(data.client.dynamodb, 'TransactWrite', 2);
    const recorded = await Promise.all([
      data.monitoring.recordRiskEvents({ buyerId: buyer.buyerId, type: 'rating_change', occurredOn: '2026-11-25', newGrade: 6 }, now),
      data.monitoring.recordRiskEvents({ buyerId: buyer.buyerId, type: 'rating_change', occurredOn: '2026-11-25', newGrade: 8 }, now),
    ]).finally(() => together.remove());
    const { buyer: after, events } = await stored(buyer.buyerId);
    expect(events).toHaveLength(2);
    expect(events.map((event) => event.riskEventId).sort()).toEqual(recorded.map(([event]) => event!.riskEventId).sort());
    // One of them saw the other's grade: the history is a chain from 3 to the buyer's grade now.
    const first = events.find((event) => event.from.grade === 3)!;
    const second = events.find((event) => event !== first)!;
    expect(second.from.grade).toBe(first.to.grade);
    expect(after['grade']).toBe(second.to.grade);
    // `previousGrade` is the grade before the last worsening: 3 → 6 → 8 keeps 6, 3 → 8 → 6 keeps 3.
    const lastWorsening = second.to.grade > second.from.grade ? second : first;
    expect(after['previousGrade']).toBe(lastWorsening.from.grade);
    expect((await outbox('buyer.regraded', buyer.buyerId)).map((event) => event.data['riskEventId']).sort()).toEqual(events.map((event) => event.riskEventId).sort());
  });

  it('a downgrade applied twice at once (an event delivered twice) cuts each limit once', async () => {
    const buyer = await newBuyer(3);
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
      sector: 'H49',
      country: 'DE',
    };
    const applied = await Promise.all([data.monitoring.applyRegrade(regraded, now), data.monitoring.applyRegrade(regraded, now), data.monitoring.applyRegrade(regraded, now)]);
    expect(applied.reduce((sum, result) => sum + result.limitsChanged, 0)).toBe(holders.length);
    expect(applied.reduce((sum, result) => sum + result.noticesSent, 0)).toBe(holders.length);
    expect(await outbox('limit.downgraded', buyer.buyerId)).toHaveLength(holders.length);
    for (const context of holders) {
      const limit = await data.limits.getLimit(context, buyer.buyerId, now);
      expect(limit.history.filter((entry) => entry.source === 'monitoring')).toHaveLength(1);
    }
  });

  it('a risk event that crashes halfway changes nothing; the retry records it once', async () => {
    const buyer = await newBuyer(4);
    const before = await stored(buyer.buyerId);
    const crash = crashOn(data.client.dynamodb, 'TransactWrite', { when: 'before' });
    try {
      await expect(data.monitoring.recordRiskEvents({ buyerId: buyer.buyerId, type: 'rating_change', occurredOn: '2026-11-25', newGrade: 9 }, now)).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(await stored(buyer.buyerId)).toEqual(before);
    await data.monitoring.recordRiskEvents({ buyerId: buyer.buyerId, type: 'rating_change', occurredOn: '2026-11-25', newGrade: 9 }, now);
    const after = await stored(buyer.buyerId);
    expect(after.events).toHaveLength(1);
    expect(after.buyer).toMatchObject({ grade: 9, previousGrade: 4 });
    expect(await outbox('buyer.regraded', buyer.buyerId)).toHaveLength(1);
  });
});
