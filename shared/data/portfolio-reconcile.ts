/**
 * The daily reconciliation of the maintained portfolio (shared/data/portfolio-aggregate.ts), the
 * insurer's figures and each tenant's:
 *
 * 1. **Compare** the figures read from the counters with those computed from every tenant's
 *    partition (`insurerPortfolioByScan`, which computes each tenant's own figures on the way).
 *    Equal: done (most days).
 * 2. **Revalue** when they differ: every tenant's every line (each buyer its limits and
 *    exposures name) at today's reference rates and limits in force, its unpaid invoices by
 *    currency, its count; and every buyer total's facts and capacity rank (the insurer's rules
 *    may have changed), with every line counted in its tenant's figures with the buyer's facts.
 *    Through the same refresh the stream consumer runs, so a line already right is left alone;
 *    what changed only because the day did is counted as revalued. Then compare again: each
 *    figure that still differs is drift, reported as the `PortfolioDrift` metric and logged by
 *    its path (`tenants.<tenantId>.…` for a tenant's).
 * 3. **Repair** when there is drift: the insurer's counters are rebuilt from the buyer totals,
 *    the currency rows and the tenants counted, shard by shard; each drifting tenant's from its
 *    lines; then compared again.
 *
 * It reads every tenant's partition, in one run: O(the book), once a day, off the request path.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { TenantContext, type Principal } from '#access';
import { isoDay } from '#clock';
import { FxRateMissingError } from '#domain/fx';
import { addCounters, contributionOf, counterName, lineContributionOf, pairContributionOf, type BuyerTotal, type Counters, type LineFacts } from '#domain/portfolio-aggregate';
import { documents } from './client.ts';
import { getItem, queryAll, withPrefix } from './items.ts';
import { insurerKeys, limitKeys, orderKeys, portfolioAggregateKeys as keys } from './keys.ts';
import { PORTFOLIO_SHARDS, Valuation, countTenant, recordValuation, refreshBuyer, refreshCurrencies, refreshLine, shardOf } from './portfolio-aggregate.ts';
import { insurerPortfolio, insurerPortfolioByScan, tenantPortfolio, type TenantPortfolio } from './portfolio.ts';
import { inParallel } from './parallel.ts';
import { tableName } from './table.ts';

const SYSTEM: Principal = { role: 'insurer', keyId: 'system:portfolio-reconcile' };
/** Tenants revalued side by side. */
const CONCURRENCY = 4;

export interface Reconciliation {
  readonly tenants: number;
  /** Lines, buyers and currency rows the day changed (rates, limits in force, rules). */
  readonly revalued: number;
  /** Lines that could not be valued: no EUR reference rate for their currency. */
  readonly unvalued: number;
  /** Figures that differed from the full computation before the repair, by path. */
  readonly drift: readonly Difference[];
  /** Figures that still differ after it (0 unless writes raced the rebuild). */
  readonly driftAfterRepair: number;
}

export interface Difference {
  readonly path: string;
  readonly maintained: unknown;
  readonly computed: unknown;
}

/** Every leaf that differs between two JSON values, by path. */
export function differences(maintained: unknown, computed: unknown, path = ''): Difference[] {
  if (typeof maintained === 'object' && maintained !== null && typeof computed === 'object' && computed !== null) {
    if (Array.isArray(maintained) !== Array.isArray(computed)) return [{ path, maintained, computed }];
    const names = new Set([...Object.keys(maintained), ...Object.keys(computed)]);
    return [...names].flatMap((name) => differences((maintained as Record<string, unknown>)[name], (computed as Record<string, unknown>)[name], Array.isArray(computed) ? `${path}[${name}]` : `${path}.${name}`));
  }
  return Object.is(maintained, computed) ? [] : [{ path, maintained, computed }];
}


async function tenantIds(): Promise<string[]> {
  const items = await queryAll<{ tenantId: string }>({ IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': insurerKeys.tenantListPartition().gsi2pk }, ProjectionExpression: 'tenantId' });
  return items.map((item) => item.tenantId);
}

async function countedTotals(): Promise<(BuyerTotal & { buyerId: string })[]> {
  return queryAll<BuyerTotal>({ IndexName: 'gsi3', KeyConditionExpression: 'gsi3pk = :pk', ExpressionAttributeValues: { ':pk': keys.byUtilisationPartition().gsi3pk } });
}

/** Revalues every piece; returns how many changed and how many could not be valued. */
async function revalue(tenants: readonly string[], valuation: Valuation): Promise<{ revalued: number; unvalued: number }> {
  let revalued = 0;
  let unvalued = 0;
  const counted = (changed: boolean) => {
    if (changed) revalued += 1;
  };
  await inParallel(tenants, CONCURRENCY, async (tenantId) => {
    const context = TenantContext.forInsurer(SYSTEM, tenantId);
    await countTenant(tenantId);
    const [limits, exposures] = await Promise.all([
      queryAll<{ buyerId: string }>({ ...withPrefix(limitKeys.limitPrefix(context)), ProjectionExpression: 'buyerId' }),
      queryAll<{ buyerId: string }>({ ...withPrefix(orderKeys.exposurePrefix(context)), ProjectionExpression: 'buyerId' }),
    ]);
    const buyers = new Set([...limits, ...exposures].map((item) => item.buyerId));
    for (const buyerId of buyers) {
      try {
        counted(await refreshLine(tenantId, buyerId, valuation));
      } catch (error) {
        if (!(error instanceof FxRateMissingError)) throw error;
        unvalued += 1;
      }
    }
    try {
      revalued += await refreshCurrencies(tenantId, valuation);
    } catch (error) {
      if (!(error instanceof FxRateMissingError)) throw error;
      unvalued += 1;
    }
  });
  await inParallel(await countedTotals(), CONCURRENCY, async (total) => counted(await refreshBuyer(total.buyerId, { everyLine: true })));
  return { revalued, unvalued };
}

/** Rebuilds a tenant's own counters from its lines (each with the facts it is counted with). */
async function rebuildTenant(tenantId: string): Promise<void> {
  const shards: Counters[] = Array.from({ length: PORTFOLIO_SHARDS }, () => new Map<string, bigint>());
  const lines = await queryAll<{ buyerId: string; ownLimit?: number; ownExposure?: number; facts?: LineFacts }>({
    IndexName: 'gsi3',
    KeyConditionExpression: 'gsi3pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.tenantLinesPartition(tenantId).gsi3pk },
  });
  for (const line of lines) {
    if (line.ownLimit === undefined || line.ownExposure === undefined) continue;
    const shard = shardOf(line.buyerId);
    shards[shard] = addCounters(shards[shard] as Counters, lineContributionOf(line.buyerId, { limit: line.ownLimit, exposure: line.ownExposure }, line.facts));
  }
  await Promise.all(shards.map((counters, shard) => putCounters(keys.tenantShard(tenantId, shard), counters)));
}

const putCounters = (key: { pk: string; sk: string }, counters: Counters) =>
  documents.send(new PutCommand({ TableName: tableName(), Item: { ...key, kind: 'portfolioCounters', ...Object.fromEntries([...counters].map(([name, value]) => [name, NumberValue.from(value.toString())])) } }));

/** Rebuilds every counters shard from the buyer totals, the currency rows and the tenants counted. */
async function rebuild(tenants: readonly string[]): Promise<void> {
  const shards: Counters[] = Array.from({ length: PORTFOLIO_SHARDS }, () => new Map<string, bigint>());
  const pairs = new Map<string, { sector: string; country: string; shards: Counters[] }>();
  for (const total of await countedTotals()) {
    const shard = shardOf(total.buyerId);
    shards[shard] = addCounters(shards[shard] as Counters, contributionOf(total));
    const pair = pairContributionOf(total);
    if (!pair) continue;
    const name = `${pair.sector}#${pair.country}`;
    const entry = pairs.get(name) ?? { sector: pair.sector, country: pair.country, shards: Array.from({ length: PORTFOLIO_SHARDS }, () => new Map<string, bigint>()) };
    entry.shards[shard] = addCounters(entry.shards[shard] as Counters, pair.counters);
    pairs.set(name, entry);
  }
  await inParallel(tenants, CONCURRENCY, async (tenantId) => {
    const [rows, marker] = await Promise.all([
      queryAll<{ currency: string; invoices: number; outstanding: number; exposure: number }>(withPrefix(keys.currencies(tenantId))),
      getItem(keys.counted(tenantId)),
    ]);
    const shard = shardOf(tenantId);
    const own: Counters = new Map(marker ? [[counterName('all', 'tenants'), 1n]] : []);
    for (const row of rows) {
      own.set(counterName(`currency:${row.currency}`, 'invoices'), BigInt(row.invoices));
      own.set(counterName(`currency:${row.currency}`, 'outstanding'), BigInt(row.outstanding));
      own.set(counterName(`currency:${row.currency}`, 'exposure'), BigInt(row.exposure));
    }
    shards[shard] = addCounters(shards[shard] as Counters, own);
  });
  await Promise.all(shards.map((counters, shard) => putCounters(keys.shard(shard), counters)));
  for (const pair of pairs.values()) await Promise.all(pair.shards.map((counters, shard) => putCounters(keys.pairShard(pair.sector, pair.country, shard), counters)));
}

/** Comparable figures: the maintained view without the day it was valued on. */
const comparable = ({ valuedOn: _valuedOn, ...figures }: Awaited<ReturnType<typeof insurerPortfolio>>) => figures;

const TENANT_PATH = /^\.tenants\.([^.[]+)/;

/** Every figure of the insurer's view and of each tenant's that the counters say otherwise than the full computation. */
async function compare(now: Date, tenants: readonly string[]): Promise<Difference[]> {
  const computed = new Map<string, TenantPortfolio>();
  const insurer = differences(comparable(await insurerPortfolio(now)), await insurerPortfolioByScan(now, (tenantId, portfolio) => computed.set(tenantId, portfolio)));
  const ofTenants: Difference[] = [];
  await inParallel(tenants, CONCURRENCY, async (tenantId) => {
    const maintained = await tenantPortfolio(TenantContext.forInsurer(SYSTEM, tenantId), now);
    ofTenants.push(...differences(maintained, computed.get(tenantId), `.tenants.${tenantId}`));
  });
  return [...insurer, ...ofTenants.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))];
}

export async function reconcilePortfolio(now: Date): Promise<Reconciliation> {
  const tenants = await tenantIds();
  // Most days nothing moved that the counters did not follow: one full computation says so.
  let revalued = 0;
  let unvalued = 0;
  let drift = await compare(now, tenants);
  if (drift.length > 0) {
    // Rates, limits in force or rules moved with the day: revalue, then what still differs is drift.
    ({ revalued, unvalued } = await revalue(tenants, await Valuation.on(now)));
    drift = await compare(now, tenants);
  }
  let driftAfterRepair = 0;
  if (drift.length > 0) {
    const drifting = new Set(drift.flatMap((difference) => TENANT_PATH.exec(difference.path)?.[1] ?? []));
    if (drift.some((difference) => !TENANT_PATH.test(difference.path))) await rebuild(tenants);
    await inParallel([...drifting], CONCURRENCY, rebuildTenant);
    driftAfterRepair = (await compare(now, tenants)).length;
  }
  await recordValuation(isoDay(now), now);
  return { tenants: tenants.length, revalued, unvalued, drift, driftAfterRepair };
}
