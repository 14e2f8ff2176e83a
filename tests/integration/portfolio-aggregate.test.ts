/**
 * The insurer's portfolio from maintained counters, on DynamoDB Local with its real stream: the
 * local event source mapping feeds the aggregator as Lambda would, and the figures read from
 * the counters equal, figure by figure, those computed from every tenant's partition — after a
 * book is written, after records are handled twice or by two aggregators at once, after the
 * day's rates move (the reconciliation revalues), and after counters are damaged (the
 * reconciliation reports the drift and repairs it). A read costs the same number of calls with
 * more tenants.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalStreamConsumer } from '../../infra/local/stream-consumer.ts';
import type { TenantContext } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { portfolioAggregateKeys } from '../../shared/data/keys.ts';
import { topology } from '../../shared/topology/index.ts';
import { samplePolicy } from '../support/http-client.ts';
import type * as AggregatorModule from '../../functions/portfolio/aggregator.ts';
import type * as AggregateModule from '../../shared/data/portfolio-aggregate.ts';
import type * as ReconcileModule from '../../shared/data/portfolio-reconcile.ts';
import { insurer, unique, useDataLayer } from './data-layer.ts';

const data = useDataLayer('portfolio-aggregate');
const now = new Date();
const today = now.toISOString().slice(0, 10);
const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000);
const spec = topology.streamConsumers.find((consumer) => consumer.function === 'portfolioAggregator')!;

let aggregator: typeof AggregatorModule;
let aggregated: typeof AggregateModule;
let reconcile: typeof ReconcileModule;
let consumer: LocalStreamConsumer;
/** Every batch the aggregator was given, to hand some again. */
const batches: DynamoDBStreamEvent[] = [];

beforeAll(async () => {
  aggregator = await import('../../functions/portfolio/aggregator.ts');
  aggregated = await import('../../shared/data/portfolio-aggregate.ts');
  reconcile = await import('../../shared/data/portfolio-reconcile.ts');
  // GBP at 0.8 per EUR from long ago: a GBP tenant's amounts are worth 1.25× in EUR.
  await data.fx.publishFxRates('2025-01-02', { GBP: '0.8', USD: '1.25' }, new Date('2025-01-02T10:00:00Z'));
  const checkpointDir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-portfolio-'));
  consumer = new LocalStreamConsumer({
    spec,
    streamArn: data.table.streamArn,
    endpoint: data.table.endpoint,
    checkpointDir,
    pollIntervalMs: 20,
    retryBaseMs: 10,
    invoker: {
      invoke: async <R,>(_name: string, event: unknown) => {
        batches.push(event as DynamoDBStreamEvent);
        return (await aggregator.aggregate(event as DynamoDBStreamEvent)) as R;
      },
    },
  });
  await consumer.start();
});
afterAll(async () => {
  await consumer.stop();
});

/** Lets the stream reach the counters: every record written so far handled. */
async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 150));
  await consumer.idle();
}

async function tenant(currency = 'EUR'): Promise<TenantContext> {
  const created = await data.tenancy.createTenant(insurer, { name: unique('Agg holder '), tier: 'standard', policy: PolicyInput.parse(samplePolicy({ currency })) }, now);
  return data.access.TenantContext.forInsurer(insurer, created.tenantId);
}

const invoice = (buyerId: string, amount: number, currency = 'EUR') => ({ buyerId, number: unique('AGG-'), amount, currency, issueDate: today, dueDate: today });

async function maintainedAndComputed(at = now) {
  const { valuedOn: _valuedOn, ...maintained } = await data.portfolio.insurerPortfolio(at);
  return { maintained, computed: await data.portfolio.insurerPortfolioByScan(at) };
}

/** Adds to one attribute of an item behind the aggregator's back, as a lost or stray write would. */
async function damage(key: { pk: string; sk: string }, attribute: string, amount: number): Promise<void> {
  await data.table.documents.send(
    new UpdateCommand({ TableName: data.table.name, Key: key, UpdateExpression: 'ADD #attribute :amount', ExpressionAttributeNames: { '#attribute': attribute }, ExpressionAttributeValues: { ':amount': amount } }),
  );
}

/** A book across three tenants, one in GBP: limits, invoices in two currencies, a buyer held by two tenants. */
async function book() {
  const eur = await tenant('EUR');
  const gbp = await tenant('GBP');
  const other = await tenant('EUR');
  const shared = await data.newBuyer({ grade: 3, sector: 'C29', country: 'FR' }, now);
  const risky = await data.newBuyer({ grade: 6, sector: 'F41', country: 'DE' }, now);
  const small = await data.newBuyer({ grade: 2, sector: 'G46', country: 'FR' }, now);
  await data.grantLimit(eur, shared.buyerId, 5_000_000, now);
  await data.grantLimit(gbp, shared.buyerId, 2_000_000, now);
  await data.grantLimit(eur, risky.buyerId, 1_000_000, now);
  await data.grantLimit(other, small.buyerId, 3_000_000, now);
  await data.orders.createInvoices(eur, [invoice(shared.buyerId, 6_000_000), invoice(risky.buyerId, 400_000, 'USD')], now);
  await data.orders.createInvoices(gbp, [invoice(shared.buyerId, 1_500_000, 'GBP')], now);
  return { eur, gbp, other, shared, risky, small };
}

describe('the insurer’s portfolio from maintained counters', () => {
  it('equals, figure by figure, the one computed from every tenant’s partition once the stream is handled', async () => {
    const { shared } = await book();
    await settled();
    const { maintained, computed } = await maintainedAndComputed();
    expect(maintained).toEqual(computed);
    // The shared buyer is one buyer: EUR 50,000 + GBP 20,000 (= EUR 25,000) of limits, EUR 60,000 + GBP 15,000 (= EUR 18,750) of exposure.
    const top = maintained.concentration.top10.find((entry) => entry.buyerId === shared.buyerId);
    expect(top?.exposure).toBe(6_000_000 + 1_875_000);
    expect(maintained.tenants).toBeGreaterThanOrEqual(3);
  });

  it('a grade that worsens moves the buyer between bands and lists it as worsened', async () => {
    const context = await tenant('EUR');
    const buyer = await data.newBuyer({ grade: 2, sector: 'C29', country: 'FR' }, now);
    await data.grantLimit(context, buyer.buyerId, 2_500_000, now);
    await data.buyers.updateBuyer(buyer.buyerId, { grade: 7 }, now);
    await settled();
    const { maintained, computed } = await maintainedAndComputed();
    expect(maintained).toEqual(computed);
    expect(maintained.worsenedLast90Days).toContainEqual(expect.objectContaining({ buyerId: buyer.buyerId, to: 7 }));
  });

  it('records handled again, or by two aggregators at once, change nothing more', async () => {
    await book();
    await settled();
    const before = await aggregated.insurerCounters();
    // Every batch so far, again, two at a time: the refresh reads the items, not the images.
    for (let i = 0; i < batches.length; i += 2) await Promise.all(batches.slice(i, i + 2).map((batch) => aggregator.aggregate(batch)));
    expect(await aggregated.insurerCounters()).toEqual(before);
    const { maintained, computed } = await maintainedAndComputed();
    expect(maintained).toEqual(computed);
  });

  it('a read costs the same calls with more tenants', async () => {
    await settled();
    const calls = async () => {
      let count = 0;
      const name = unique('countCalls');
      data.client.dynamodb.middlewareStack.add((next) => async (args) => ((count += 1), next(args)), { step: 'initialize', name });
      try {
        await data.portfolio.insurerPortfolio(now);
      } finally {
        data.client.dynamodb.middlewareStack.remove(name);
      }
      return count;
    };
    const first = await calls();
    await book();
    await book();
    await settled();
    expect(await calls()).toBe(first);
  });

  it('the reconciliation revalues lines when the rates move, and finds no drift', async () => {
    await book();
    await settled();
    // Tomorrow GBP is worth less: lines valued today are stale, not drifted.
    await data.fx.publishFxRates(tomorrow.toISOString().slice(0, 10), { GBP: '0.9', USD: '1.25' }, tomorrow);
    const stale = await maintainedAndComputed(tomorrow);
    expect(stale.maintained.limit).not.toBe(stale.computed.limit);
    const result = await reconcile.reconcilePortfolio(tomorrow);
    expect(result.drift).toEqual([]);
    expect(result.revalued).toBeGreaterThan(0);
    const after = await maintainedAndComputed(tomorrow);
    expect(after.maintained).toEqual(after.computed);
    expect((await data.portfolio.insurerPortfolio(tomorrow)).valuedOn).toBe(tomorrow.toISOString().slice(0, 10));
  });

  it('counters damaged behind its back are reported as drift, by figure, and repaired', async () => {
    await book();
    await settled();
    await damage(portfolioAggregateKeys.shard(3), 'all|limit', 1_234);
    const first = await reconcile.reconcilePortfolio(tomorrow);
    expect(first.drift.map((difference) => difference.path)).toContain('.limit');
    expect(first.drift.find((difference) => difference.path === '.limit')).toMatchObject({ maintained: expect.any(Number), computed: expect.any(Number) });
    expect(first.driftAfterRepair).toBe(0);
    const second = await reconcile.reconcilePortfolio(tomorrow);
    expect(second.drift).toEqual([]);
  });
});

/** A tenant's figures read from its counters, and computed from its partition. */
async function tenantMaintainedAndComputed(context: TenantContext, at = now) {
  return { maintained: await data.portfolio.tenantPortfolio(context, at), computed: await data.portfolio.tenantPortfolioByScan(context, at) };
}

describe('each tenant’s portfolio from its maintained counters', () => {
  it('equals, figure by figure, the one computed from its partition, in its own currency', async () => {
    const { eur, gbp, other, shared, risky } = await book();
    await settled();
    for (const context of [eur, gbp, other]) {
      const { maintained, computed } = await tenantMaintainedAndComputed(context);
      expect(maintained, context.tenantId).toEqual(computed);
    }
    // The GBP tenant in GBP: its limit of 20,000.00 and its invoice of 15,000.00, not their EUR worth.
    const gbpView = await data.portfolio.tenantPortfolio(gbp, now);
    expect(gbpView).toMatchObject({ currency: 'GBP', buyers: 1, limit: 2_000_000, exposure: 1_500_000, headroom: 500_000 });
    expect(gbpView.byCurrency).toEqual([{ currency: 'GBP', invoices: 1, outstanding: 1_500_000, exposure: 1_500_000 }]);
    // The EUR tenant: 50,000.00 + 10,000.00 of limits; 60,000.00 on the shared buyer (10,000.00 above its limit) and the USD invoice's EUR worth on the other.
    const eurView = await data.portfolio.tenantPortfolio(eur, now);
    expect(eurView).toMatchObject({ currency: 'EUR', buyers: 2, limit: 6_000_000, uncoveredExposure: 1_000_000 });
    expect(eurView.concentration.top10.map((entry) => entry.buyerId)).toEqual([shared.buyerId, risky.buyerId]);
  });

  it('a grade that worsens, or a sector that changes, moves the buyer in every tenant holding it', async () => {
    const first = await tenant('EUR');
    const second = await tenant('GBP');
    const buyer = await data.newBuyer({ grade: 2, sector: 'C29', country: 'FR' }, now);
    await data.grantLimit(first, buyer.buyerId, 2_500_000, now);
    await data.grantLimit(second, buyer.buyerId, 1_000_000, now);
    await settled();
    await data.buyers.updateBuyer(buyer.buyerId, { grade: 7 }, now);
    await settled();
    for (const context of [first, second]) {
      const { maintained, computed } = await tenantMaintainedAndComputed(context);
      expect(maintained).toEqual(computed);
      expect(maintained.worsenedLast90Days).toEqual([{ buyerId: buyer.buyerId, from: 2, to: 7, on: today }]);
      expect(maintained.byGrade).toEqual([expect.objectContaining({ key: '7', buyers: 1 })]);
    }
    await data.buyers.updateBuyer(buyer.buyerId, { sector: 'F41' }, now);
    await settled();
    for (const context of [first, second]) {
      const { maintained, computed } = await tenantMaintainedAndComputed(context);
      expect(maintained).toEqual(computed);
      expect(maintained.bySector.map((row) => row.key)).toEqual(['F41']);
    }
  });

  it('a change of facts cut midway through its tenants is finished by the retry, each line counted once', async () => {
    const tenants = [await tenant('EUR'), await tenant('EUR'), await tenant('EUR')];
    const buyer = await data.newBuyer({ grade: 3, sector: 'G46', country: 'DE' }, now);
    for (const context of tenants) await data.grantLimit(context, buyer.buyerId, 1_000_000, now);
    await settled();
    // The second line's move fails as a crash would, once: the batch is retried from the buyer's record.
    let moves = 0;
    const name = unique('cutFanOut');
    data.client.documents.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { TransactItems?: { ConditionCheck?: { ConditionExpression?: string } }[] };
        if (input.TransactItems?.some((item) => item.ConditionCheck?.ConditionExpression?.includes('linesPending')) && ++moves === 2) throw new Error('the aggregator stopped here');
        return next(args);
      },
      { step: 'initialize', name },
    );
    try {
      await data.buyers.updateBuyer(buyer.buyerId, { grade: 8 }, now);
      await expect.poll(async () => (await data.portfolio.tenantPortfolio(tenants[2]!, now)).byGrade.map((row) => row.key), { timeout: 10_000, interval: 50 }).toEqual(['8']);
      await settled();
    } finally {
      data.client.documents.middlewareStack.remove(name);
    }
    expect(moves).toBeGreaterThanOrEqual(4);
    for (const context of tenants) {
      const { maintained, computed } = await tenantMaintainedAndComputed(context);
      expect(maintained).toEqual(computed);
      expect(maintained).toMatchObject({ buyers: 1, limit: 1_000_000 });
    }
    // Done: the buyer's total holds no pending change any more.
    expect((await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: portfolioAggregateKeys.total(buyer.buyerId) }))).Item?.['linesPending']).toBeUndefined();
  });

  it('records handled again change nothing more in any tenant’s counters', async () => {
    const { eur, gbp } = await book();
    await settled();
    const before = await Promise.all([eur, gbp].map((context) => aggregated.tenantCounters(context.tenantId)));
    for (let i = 0; i < batches.length; i += 2) await Promise.all(batches.slice(i, i + 2).map((batch) => aggregator.aggregate(batch)));
    expect(await Promise.all([eur, gbp].map((context) => aggregated.tenantCounters(context.tenantId)))).toEqual(before);
  });

  it('a read costs the same calls whatever the size of the tenant’s book', async () => {
    const small = await tenant('EUR');
    const large = await tenant('EUR');
    const buyers = await Promise.all(Array.from({ length: 30 }, (_, i) => data.newBuyer({ grade: 1 + (i % 5), sector: 'C29', country: 'FR' }, now)));
    await data.grantLimit(small, buyers[0]!.buyerId, 1_000_000, now);
    for (const buyer of buyers) await data.grantLimit(large, buyer.buyerId, 1_000_000, now);
    await settled();
    const calls = async (context: TenantContext) => {
      let count = 0;
      const name = unique('countCalls');
      data.client.dynamodb.middlewareStack.add((next) => async (args) => ((count += 1), next(args)), { step: 'initialize', name });
      try {
        await data.portfolio.tenantPortfolio(context, now);
      } finally {
        data.client.dynamodb.middlewareStack.remove(name);
      }
      return count;
    };
    expect((await data.portfolio.tenantPortfolio(large, now)).buyers).toBe(30);
    expect(await calls(large)).toBe(await calls(small));
  });

  it('a tenant’s counters damaged behind its back are drift under its id, repaired from its lines alone', async () => {
    const { eur } = await book();
    await settled();
    const insurerBefore = await aggregated.insurerCounters();
    await damage(portfolioAggregateKeys.tenantShard(eur.tenantId, 5), 'all|exposure', 777);
    const result = await reconcile.reconcilePortfolio(now);
    expect(result.drift.map((difference) => difference.path)).toContain(`.tenants.${eur.tenantId}.exposure`);
    expect(result.drift.every((difference) => difference.path.startsWith(`.tenants.${eur.tenantId}.`))).toBe(true);
    expect(result.driftAfterRepair).toBe(0);
    expect(await aggregated.insurerCounters()).toEqual(insurerBefore);
    const { maintained, computed } = await tenantMaintainedAndComputed(eur);
    expect(maintained).toEqual(computed);
  });
});

describe('the reconciliation as a daily job', () => {
  it('a buyer total that no longer adds up its lines is drift under its id, rewritten from them; the insurer’s figures then equal the full computation', async () => {
    const { shared } = await book();
    await settled();
    await damage(portfolioAggregateKeys.total(shared.buyerId), 'limit', 4_321);
    const result = await reconcile.reconcilePortfolio(now);
    expect(result.drift).toContainEqual({ path: `.buyers.${shared.buyerId}.limit`, maintained: expect.any(Number), computed: expect.any(Number) });
    const difference = result.drift.find((entry) => entry.path === `.buyers.${shared.buyerId}.limit`)!;
    expect(Number(difference.maintained) - Number(difference.computed)).toBe(4_321);
    expect(result.driftAfterRepair).toBe(0);
    const { maintained, computed } = await maintainedAndComputed();
    expect(maintained).toEqual(computed);
    expect((await reconcile.reconcilePortfolio(now)).drift).toEqual([]);
  });

  it('run as the job’s chunks counts what it revalued and the drift it found and repaired, the insurer’s counters checked once at the end', async () => {
    const { runJobInProcess } = await import('../../shared/data/jobs.ts');
    const { eur } = await book();
    await settled();
    await damage(portfolioAggregateKeys.tenantShard(eur.tenantId, 2), 'all|buyers', 1);
    await damage(portfolioAggregateKeys.shard(6), 'all|tenants', 1);
    const counts = await runJobInProcess(reconcile.reconcileJob, today, now);
    // The tenant's `buyers` figure, and the insurer's `tenants`.
    expect(counts['drift']).toBeGreaterThanOrEqual(2);
    expect(counts['driftAfterRepair']).toBe(0);
    expect(await runJobInProcess(reconcile.reconcileJob, today, now)).toMatchObject({ drift: 0, driftAfterRepair: 0 });
    const { maintained, computed } = await maintainedAndComputed();
    expect(maintained).toEqual(computed);
    const own = await tenantMaintainedAndComputed(eur);
    expect(own.maintained).toEqual(own.computed);
  });
});
