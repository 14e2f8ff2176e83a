/**
 * Portfolio figures and monthly snapshots on DynamoDB Local: a tenant's portfolio adds up to
 * its stored limits and exposure; two snapshot runs at once keep one snapshot of the month; a
 * daily run that crashes halfway through the tenants is caught up by the next one, each tenant
 * with exactly one snapshot of the month, the first taken.
 */
import { describe, expect, it } from 'vitest';
import { portfolioKeys } from '../../shared/data/keys.ts';
import { Crash, barrier, crashOn } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const data = useDataLayer('portfolio');
const now = new Date();

async function tenantWithLimits(amounts: readonly number[]) {
  const { context } = await data.newTenant({}, now);
  for (const [index, amount] of amounts.entries()) {
    const buyer = await data.newBuyer({ grade: 2 + index, sector: index % 2 === 0 ? 'C29' : 'G46' }, now);
    await data.grantLimit(context, buyer.buyerId, amount, now);
  }
  return context;
}

const snapshotsOf = (context: Parameters<typeof portfolioKeys.snapshots>[0]) => data.items(portfolioKeys.snapshots(context).pk, portfolioKeys.snapshots(context).skPrefix);

describe('portfolio snapshots', () => {
  it('a tenant’s portfolio adds up to its limits: EUR 30,000 + 50,000 + 20,000, no exposure', async () => {
    const context = await tenantWithLimits([3_000_000, 5_000_000, 2_000_000]);
    const portfolio = await data.portfolio.tenantPortfolioByScan(context, now);
    expect(portfolio).toMatchObject({ buyers: 3, limit: 10_000_000, exposure: 0, headroom: 10_000_000, currency: 'EUR' });
    expect(portfolio.byGradeBand.reduce((sum, band) => sum + band.limit, 0)).toBe(10_000_000);
  });

  it('two snapshot runs at once keep one snapshot of the month', async () => {
    const context = await tenantWithLimits([4_000_000]);
    const together = barrier(data.client.dynamodb, 'Put', 2);
    const taken = await Promise.all([data.portfolio.snapshotTenant(context, now), data.portfolio.snapshotTenant(context, now)]).finally(() => together.remove());
    expect(taken.filter(Boolean)).toHaveLength(1);
    const snapshots = await snapshotsOf(context);
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ month: now.toISOString().slice(0, 7), limit: 4_000_000, buyers: 1 });
  });

  it('a daily run that crashes halfway is caught up by the next: one snapshot per tenant, the month’s first', async () => {
    const contexts = [await tenantWithLimits([1_000_000]), await tenantWithLimits([2_000_000]), await tenantWithLimits([3_000_000])];
    // Tenants of the other tests may already have theirs: count what this run has to take.
    const missing = (await Promise.all(contexts.map(snapshotsOf))).filter((items) => items.length === 0).length;
    expect(missing).toBe(3);
    const crash = crashOn(data.client.dynamodb, 'Put', { nth: 2, when: 'after' });
    try {
      await expect(data.portfolio.snapshotAll(now)).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(crash.fired()).toBe(true);
    const afterCrash = await Promise.all(contexts.map(snapshotsOf));
    const takenBefore = afterCrash.filter((items) => items.length === 1).length;
    expect(afterCrash.every((items) => items.length <= 1)).toBe(true);

    // A limit granted between the two runs does not change a snapshot already taken.
    const first = afterCrash.findIndex((items) => items.length === 1);
    expect(first).toBeGreaterThanOrEqual(0);
    const buyer = await data.newBuyer({}, now);
    await data.grantLimit(contexts[first]!, buyer.buyerId, 500_000, now);

    const caughtUp = await data.portfolio.snapshotAll(now);
    const after = await Promise.all(contexts.map(snapshotsOf));
    expect(after.map((items) => items.length)).toEqual([1, 1, 1]);
    expect(after.map((items) => items[0]!['limit'])).toEqual([1_000_000, 2_000_000, 3_000_000]);
    expect(caughtUp).toBeGreaterThanOrEqual(3 - takenBefore);
    expect(await data.portfolio.snapshotAll(now)).toBe(0);
  });
});
