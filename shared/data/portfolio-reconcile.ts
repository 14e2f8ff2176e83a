/**
 * The daily reconciliation of the maintained portfolio (shared/data/portfolio-aggregate.ts), the
 * insurer's figures and each tenant's, as a daily job's work items (shared/data/jobs.ts): its
 * cost follows the book, so it runs on the job workers, several at once, not in one invocation.
 *
 * - **A tenant** (an entry per tenant): every line of it (each buyer its limits and exposures
 *   name) and its unpaid invoices by currency revalued at the day's reference rates and limits
 *   in force, through the same refresh the stream consumer runs (a line already right is left
 *   alone; what changed only because the day did is counted as revalued), and its count. Then
 *   its own figures, read from its counters, compared with those computed from its partition
 *   (`tenantFiguresBothWays`: the computation `tenantPortfolioByScan` makes), figure by figure: each that differs is drift (paths
 *   `.tenants.<tenantId>.<figure>`); its counters are rebuilt from its lines and compared again.
 * - **A buyer** (an entry per buyer total that counts): its facts and capacity rank refreshed
 *   from its items, every line counted with them in its tenant's figures; then its total
 *   compared with the sum of its lines (`.buyers.<buyerId>.<field>`), rewritten from them with
 *   the insurer's counters moved by the difference if it drifted.
 * - **The insurer's counters**, once every item is done and before the run completes
 *   (`afterRun`): rebuilt in memory from the buyer totals, the currency rows and the tenants
 *   counted, and compared with the stored shards through the figures they answer (`.limit`,
 *   `.byCurrency[0].exposure`…); drifted shards are rewritten, then compared again. The day is
 *   recorded as `valuedOn`.
 *
 * Drift is reported as the `PortfolioDrift` count and logged by path; `PortfolioDriftAfterRepair`
 * counts what still differed after the repair (writes that raced it; the next day repairs them).
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { TenantContext, type Principal } from '#access';
import { isoDay } from '#clock';
import { FxRateMissingError } from '#domain/fx';
import {
  addCounters,
  contributionOf,
  counterName,
  lineContributionOf,
  pairContributionOf,
  portfolioFromCounters,
  type BuyerTotal,
  type Counters,
  type LineFacts,
} from '#domain/portfolio-aggregate';
import { logger } from '#powertools';
import { documents } from './client.ts';
import { queryAll, withPrefix } from './items.ts';
import { PLAN_PAGE_SIZE, type JobDefinition } from './jobs.ts';
import { insurerKeys, limitKeys, orderKeys, portfolioAggregateKeys as keys } from './keys.ts';
import { partitionPages } from './pagination.ts';
import {
  PORTFOLIO_SHARDS,
  Valuation,
  countTenant,
  insurerCounters,
  pairCounters,
  recordValuation,
  refreshBuyer,
  refreshCurrencies,
  refreshLine,
  currencyRowsOf,
  repairTotal,
  shardOf,
} from './portfolio-aggregate.ts';
import { tenantFiguresBothWays } from './portfolio.ts';
import { inParallel } from './parallel.ts';
import { tableName } from './table.ts';

const SYSTEM: Principal = { role: 'insurer', keyId: 'system:portfolio-reconcile' };
/** Tenants read side by side when the insurer's counters are rebuilt. */
const CONCURRENCY = 8;

export interface Reconciliation {
  readonly tenants: number;
  /** Lines, buyers and currency rows the day changed (rates, limits in force, rules). */
  readonly revalued: number;
  /** Lines that could not be valued: no EUR reference rate for their currency. */
  readonly unvalued: number;
  /** Figures that differed from the full computation before the repair, by path. */
  readonly drift: readonly Difference[];
  /** Figures that still differ after it (0 unless writes raced the repair). */
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


/** A day's entry: a tenant (its lines and figures) or a buyer (its facts and total). */
export type ReconcileEntry = { readonly tenantId: string } | { readonly buyerId: string };

interface EntryResult {
  revalued: number;
  unvalued: number;
  drift: Difference[];
  driftAfterRepair: number;
}

const unvaluedOn = async (refresh: () => Promise<number>): Promise<{ revalued: number; unvalued: number }> => {
  try {
    return { revalued: await refresh(), unvalued: 0 };
  } catch (error) {
    if (!(error instanceof FxRateMissingError)) throw error;
    return { revalued: 0, unvalued: 1 };
  }
};

/**
 * One tenant: its count, every line and currency row revalued, then its own figures compared
 * with the computation from its partition, its counters rebuilt from its lines if they differ.
 */
export async function reconcileTenant(tenantId: string, valuation: Valuation, at: Date): Promise<EntryResult> {
  const context = TenantContext.forInsurer(SYSTEM, tenantId);
  const result: EntryResult = { revalued: 0, unvalued: 0, drift: [], driftAfterRepair: 0 };
  await countTenant(tenantId);
  const [limits, exposures] = await Promise.all([
    queryAll<{ buyerId: string }>({ ...withPrefix(limitKeys.limitPrefix(context)), ProjectionExpression: 'buyerId' }),
    queryAll<{ buyerId: string }>({ ...withPrefix(orderKeys.exposurePrefix(context)), ProjectionExpression: 'buyerId' }),
  ]);
  for (const buyerId of new Set([...limits, ...exposures].map((item) => item.buyerId))) {
    const line = await unvaluedOn(async () => ((await refreshLine(tenantId, buyerId, valuation)) ? 1 : 0));
    result.revalued += line.revalued;
    result.unvalued += line.unvalued;
  }
  const rows = await unvaluedOn(() => refreshCurrencies(tenantId, valuation));
  result.revalued += rows.revalued;
  result.unvalued += rows.unvalued;
  const compare = async () => {
    const { maintained, computed } = await tenantFiguresBothWays(context, at);
    return differences(maintained, computed, `.tenants.${tenantId}`);
  };
  result.drift = await compare();
  if (result.drift.length > 0) {
    await rebuildTenant(tenantId);
    result.driftAfterRepair = (await compare()).length;
  }
  return result;
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

/**
 * One buyer: its facts and capacity rank from its items (every line following them in its
 * tenant's counters), then its total against the sum of its lines, rewritten if it drifted.
 */
export async function reconcileBuyer(buyerId: string): Promise<EntryResult> {
  const revalued = (await refreshBuyer(buyerId, { everyLine: true })) ? 1 : 0;
  const drift = (await repairTotal(buyerId)).map((field) => ({ ...field, path: `.buyers.${buyerId}.${field.path}` }));
  const driftAfterRepair = drift.length > 0 ? (await repairTotal(buyerId)).length : 0;
  return { revalued, unvalued: 0, drift, driftAfterRepair };
}

const putCounters = (key: { pk: string; sk: string }, counters: Counters) =>
  documents.send(new PutCommand({ TableName: tableName(), Item: { ...key, kind: 'portfolioCounters', ...Object.fromEntries([...counters].map(([name, value]) => [name, NumberValue.from(value.toString())])) } }));

/** What the insurer's counters should hold: from the buyer totals, the currency rows and the tenants counted, shard by shard. */
async function expectedCounters(): Promise<{ shards: Counters[]; pairs: Map<string, { sector: string; country: string; shards: Counters[] }> }> {
  const shards: Counters[] = Array.from({ length: PORTFOLIO_SHARDS }, () => new Map<string, bigint>());
  const pairs = new Map<string, { sector: string; country: string; shards: Counters[] }>();
  const totals = queryAll<BuyerTotal>({ IndexName: 'gsi3', KeyConditionExpression: 'gsi3pk = :pk', ExpressionAttributeValues: { ':pk': keys.byUtilisationPartition().gsi3pk } });
  for (const total of await totals) {
    const shard = shardOf(total.buyerId);
    shards[shard] = addCounters(shards[shard] as Counters, contributionOf(total));
    const pair = pairContributionOf(total);
    if (!pair) continue;
    const name = `${pair.sector}#${pair.country}`;
    const entry = pairs.get(name) ?? { sector: pair.sector, country: pair.country, shards: Array.from({ length: PORTFOLIO_SHARDS }, () => new Map<string, bigint>()) };
    entry.shards[shard] = addCounters(entry.shards[shard] as Counters, pair.counters);
    pairs.set(name, entry);
  }
  const tenants = (
    await queryAll<{ tenantId: string }>({ IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': insurerKeys.tenantListPartition().gsi2pk }, ProjectionExpression: 'tenantId' })
  ).map((item) => item.tenantId);
  await inParallel(tenants, CONCURRENCY, async (tenantId) => {
    // One partition holds the tenant's currency rows and the marker that counted it: one query.
    const items = await queryAll<{ sk: string; currency: string; invoices: number; outstanding: number; exposure: number }>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.counted(tenantId).pk },
    });
    const shard = shardOf(tenantId);
    const own: Counters = new Map(items.some((item) => item.sk === keys.counted(tenantId).sk) ? [[counterName('all', 'tenants'), 1n]] : []);
    for (const row of items.filter((item) => item.sk.startsWith(keys.currencies(tenantId).skPrefix))) {
      own.set(counterName(`currency:${row.currency}`, 'invoices'), BigInt(row.invoices));
      own.set(counterName(`currency:${row.currency}`, 'outstanding'), BigInt(row.outstanding));
      own.set(counterName(`currency:${row.currency}`, 'exposure'), BigInt(row.exposure));
    }
    shards[shard] = addCounters(shards[shard] as Counters, own);
  });
  return { shards, pairs };
}

/** The figures a set of counters answers (without the ranked lists, which the indexes give). */
function figuresOf(counters: Counters, today: string): unknown {
  try {
    return {
      ...portfolioFromCounters({ counters, top10: [], worsened: [], currency: 'EUR', today }),
      byCurrency: currencyRowsOf(counters),
      tenants: Number(counters.get(counterName('all', 'tenants')) ?? 0n),
      reservedEur: Number(counters.get(counterName('all', 'reservedEur')) ?? 0n),
    };
  } catch (error) {
    // A counter out of range (negative: an update lost twice) answers no figure: all of it drifted.
    if (error instanceof RangeError) return { counters: error.message };
    throw error;
  }
}

/**
 * The insurer's counters against what the buyer totals, currency rows and tenants counted add
 * up to, through the figures they answer; the shards rewritten if they differ, then compared
 * again. Records the day as the one every line was last revalued.
 */
export async function reconcileCounters(day: string, at: Date): Promise<{ drift: Difference[]; driftAfterRepair: number }> {
  const compare = async () => {
    const expected = await expectedCounters();
    const drift = differences(figuresOf(await insurerCounters(), day), figuresOf(addCounters(...expected.shards), day));
    for (const pair of expected.pairs.values()) {
      drift.push(...differences(figuresOf(await pairCounters(pair.sector, pair.country), day), figuresOf(addCounters(...pair.shards), day), `.pairs.${pair.sector}#${pair.country}`));
    }
    return { drift, expected };
  };
  const first = await compare();
  let driftAfterRepair = 0;
  if (first.drift.length > 0) {
    await Promise.all(first.expected.shards.map((counters, shard) => putCounters(keys.shard(shard), counters)));
    for (const pair of first.expected.pairs.values()) await Promise.all(pair.shards.map((counters, shard) => putCounters(keys.pairShard(pair.sector, pair.country, shard), counters)));
    driftAfterRepair = (await compare()).drift.length;
  }
  await recordValuation(day, at);
  return { drift: first.drift, driftAfterRepair };
}

async function reconcileEntry(entry: ReconcileEntry, valuation: Valuation, at: Date): Promise<EntryResult> {
  return 'tenantId' in entry ? reconcileTenant(entry.tenantId, valuation, at) : reconcileBuyer(entry.buyerId);
}

const logDrift = (drift: readonly Difference[], driftAfterRepair: number) => {
  if (drift.length > 0) logger.error('portfolio counters drifted from the full computation', { drift: drift.slice(0, 50), figures: drift.length, afterRepair: driftAfterRepair });
};

/** Every tenant, then every buyer total that counts: the day's entries, page by page. */
async function* reconcileEntries(): AsyncGenerator<ReconcileEntry[]> {
  for await (const page of partitionPages<{ tenantId: string }>({ partition: insurerKeys.tenantListPartition(), index: 'gsi2' }, PLAN_PAGE_SIZE)) {
    if (page.length > 0) yield page.map(({ tenantId }) => ({ tenantId }));
  }
  for await (const page of partitionPages<{ buyerId: string }>({ partition: keys.byUtilisationPartition(), index: 'gsi3' }, PLAN_PAGE_SIZE)) {
    if (page.length > 0) yield page.map(({ buyerId }) => ({ buyerId }));
  }
}

/**
 * The daily job: an item is a few tenants or buyers (a tenant's entry reads its whole book,
 * twice), the insurer's counters once every item is done.
 */
export const reconcileJob: JobDefinition<ReconcileEntry> = {
  name: 'reconcile-portfolio',
  entriesPerItem: 5,
  counts: ['revalued', 'unvalued', 'drift', 'driftAfterRepair'],
  due: () => reconcileEntries(),
  run: async (entries, day, at) => {
    const valuation = await Valuation.on(at);
    const totals = { revalued: 0, unvalued: 0, drift: 0, driftAfterRepair: 0 };
    const drift: Difference[] = [];
    for (const entry of entries) {
      const result = await reconcileEntry(entry, valuation, at);
      totals.revalued += result.revalued;
      totals.unvalued += result.unvalued;
      totals.drift += result.drift.length;
      totals.driftAfterRepair += result.driftAfterRepair;
      drift.push(...result.drift);
    }
    logDrift(drift, totals.driftAfterRepair);
    return totals;
  },
  afterRun: async (day, at) => {
    const { drift, driftAfterRepair } = await reconcileCounters(day, at);
    logDrift(drift, driftAfterRepair);
    return { drift: drift.length, driftAfterRepair };
  },
};

/**
 * The whole reconciliation in this process, entry after entry, then the insurer's counters:
 * what the integration tests run, with every difference found (the job's items count them).
 */
export async function reconcilePortfolio(now: Date): Promise<Reconciliation> {
  const day = isoDay(now);
  const valuation = await Valuation.on(now);
  const result = { tenants: 0, revalued: 0, unvalued: 0, drift: [] as Difference[], driftAfterRepair: 0 };
  for await (const page of reconcileEntries()) {
    for (const entry of page) {
      const one = await reconcileEntry(entry, valuation, now);
      if ('tenantId' in entry) result.tenants += 1;
      result.revalued += one.revalued;
      result.unvalued += one.unvalued;
      result.drift.push(...one.drift);
      result.driftAfterRepair += one.driftAfterRepair;
    }
  }
  const counters = await reconcileCounters(day, now);
  result.drift.push(...counters.drift);
  result.driftAfterRepair += counters.driftAfterRepair;
  return result;
}
