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
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
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
    await data.table.documents.send(
      new UpdateCommand({ TableName: data.table.name, Key: portfolioAggregateKeys.shard(3), UpdateExpression: 'ADD #limit :lost', ExpressionAttributeNames: { '#limit': 'all|limit' }, ExpressionAttributeValues: { ':lost': 1_234 } }),
    );
    const first = await reconcile.reconcilePortfolio(tomorrow);
    expect(first.drift.map((difference) => difference.path)).toContain('.limit');
    expect(first.drift.find((difference) => difference.path === '.limit')).toMatchObject({ maintained: expect.any(Number), computed: expect.any(Number) });
    expect(first.driftAfterRepair).toBe(0);
    const second = await reconcile.reconcilePortfolio(tomorrow);
    expect(second.drift).toEqual([]);
  });
});
