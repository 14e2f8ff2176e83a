/**
 * Portfolio figures, for a tenant and for the insurer. Requests read them from the counters the
 * table's stream maintains (shared/data/portfolio-aggregate.ts): a fixed number of items,
 * whatever the number of tenants or the size of a tenant's book. The full computations
 * (`tenantPortfolioByScan`, `insurerPortfolioByScan`) read the partitions themselves — each
 * tenant's limits and exposures in two queries, its buyers one batch read per hundred — and feed
 * the pure figures (shared/domain/portfolio.ts), which reconcile with GET /v1/limits and
 * GET /v1/exposure/{buyerId} to the cent: the daily reconciliation compares the two, and the
 * monthly snapshot keeps the computed headline figures for the trend.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { batchGetItems, getItem, isConditionFailed, queryAll, withPrefix } from './items.ts';
import { buyerKeys, countryEventKeys, insurerKeys, limitKeys, orderKeys, portfolioKeys } from './keys.ts';
import { sectorAlertKeys } from './sector-alert-keys.ts';
import { inParallel } from './parallel.ts';
import { tableName } from './table.ts';
import { getPolicy } from './tenancy.ts';
import { type LimitItem } from './limits.ts';
import { limitRules } from './limit-rules.ts';
import { TenantContext, type Principal } from '#access';
import { limitInForce, totalOf } from '#domain/limits';
import { FxRateMissingError, eurRatePpm, toEurUp } from '#domain/fx';
import { fxRateMissing, ratesOn } from './fx.ts';
import type { Grade } from '#domain/grades';
import { exposureByCurrency, portfolioOf, type CurrencyExposure, type Portfolio, type PortfolioLimit } from '#domain/portfolio';
import { openOn, type CountryEventType } from '#domain/country-events';
import { invoiceOf, type InvoiceItem } from './orders.ts';
import { isoDay } from '#clock';
import { maintainedFigures, maintainedTenantFigures, pairFigures } from './portfolio-aggregate.ts';
import { dueUntil, PLAN_PAGE_SIZE, runJobInProcess, type JobDefinition } from './jobs.ts';
import { partitionPages } from './pagination.ts';
import { byCodeUnits } from '#domain/order';

const SYSTEM: Principal = { role: 'insurer', keyId: 'system:portfolio' };
/** Tenants read side by side by the full computation. */
const SCAN_CONCURRENCY = 8;


interface BuyerFacts {
  buyerId: string;
  grade: number;
  sector: string;
  country: string;
  gradeWorsenedOn?: string;
  previousGrade?: number;
}

/** One tenant's limits in force today and exposures, by buyer, in its policy currency, with the buyers' facts. */
async function tenantLimits(
  context: TenantContext,
  today: string,
): Promise<{ limits: PortfolioLimit[]; currency: string; unpaid: { currency: string; outstanding: number; exposure: number }[] }> {
  const [policy, limitItems, exposureItems, openInvoices] = await Promise.all([
    getPolicy(context),
    queryAll<LimitItem>(withPrefix(limitKeys.limitPrefix(context))),
    queryAll<{ sk: string; outstanding?: number; committed?: number }>(withPrefix(orderKeys.exposurePrefix(context))),
    // The unpaid invoices, by their own currency (the status index: open ones only).
    queryAll<InvoiceItem>({
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk',
      ExpressionAttributeValues: { ':pk': orderKeys.statusPartition(context, 'open').gsi3pk },
    }),
  ]);
  const unpaid = openInvoices.map((item) => {
    const invoice = invoiceOf(item);
    return { currency: invoice.currency, outstanding: invoice.outstanding, exposure: invoice.outstandingInPolicyCurrency };
  });
  const byBuyer = new Map<string, { limit: number; exposure: number }>();
  for (const item of limitItems) {
    const force = limitInForce(item, today);
    byBuyer.set(item.buyerId, { limit: totalOf(force), exposure: 0 });
  }
  for (const item of exposureItems) {
    const buyerId = item.sk.slice(orderKeys.exposurePrefix(context).skPrefix.length);
    const entry = byBuyer.get(buyerId) ?? { limit: 0, exposure: 0 };
    entry.exposure = (item.outstanding ?? 0) + (item.committed ?? 0);
    byBuyer.set(buyerId, entry);
  }
  const buyers = new Map((await batchGetItems<BuyerFacts>([...byBuyer.keys()].map((id) => buyerKeys.buyer(id)))).map((buyer) => [buyer.buyerId, buyer]));
  const limits: PortfolioLimit[] = [];
  for (const [buyerId, figures] of byBuyer) {
    const buyer = buyers.get(buyerId);
    if (!buyer || (figures.limit === 0 && figures.exposure === 0)) continue;
    limits.push({
      buyerId,
      grade: buyer.grade,
      sector: buyer.sector,
      country: buyer.country,
      limit: figures.limit,
      exposure: figures.exposure,
      ...(buyer.gradeWorsenedOn ? { gradeWorsenedOn: buyer.gradeWorsenedOn } : {}),
      ...(buyer.previousGrade !== undefined ? { previousGrade: buyer.previousGrade } : {}),
    });
  }
  return { limits, currency: policy.currency, unpaid };
}

/** A country of the breakdown, flagged with the country events open there today. */
type CountryRow = Portfolio['byCountry'][number] & { openCountryEvents: OpenCountryEvent[] };
export type TenantPortfolio = Omit<Portfolio, 'byCountry'> & { asOf: string; byCountry: CountryRow[]; byCurrency: CurrencyExposure[] };

/**
 * A tenant's portfolio, in its policy currency, from its maintained counters: the figures
 * `tenantPortfolioByScan` computes from its partition, read from a fixed number of items
 * whatever the size of its book. Writes reach them through the table's stream, within moments.
 */
export async function tenantPortfolio(context: TenantContext, now: Date): Promise<TenantPortfolio> {
  const today = isoDay(now);
  // One round trip: the policy (its currency, and a tenant that exists), the counters and indexes, the country events.
  const [policy, figures, countryEvents] = await Promise.all([getPolicy(context), maintainedTenantFigures(context.tenantId, today), openCountryEventsToday(today)]);
  return withCountryEvents({ ...figures.portfolioIn(policy.currency), asOf: today, byCurrency: figures.byCurrency }, countryEvents);
}

/** A tenant's figures from what its book's items say today (the route's answer before it read counters). */
function tenantFiguresOf(book: Awaited<ReturnType<typeof tenantLimits>>, today: string): Omit<TenantPortfolio, 'byCountry'> & { byCountry: Portfolio['byCountry'] } {
  return { ...portfolioOf({ limits: book.limits, currency: book.currency, today }), asOf: today, byCurrency: exposureByCurrency(book.unpaid) };
}

/**
 * A tenant's figures both ways, for the reconciliation: from its counters and from its
 * partition, one policy read for both and without the country events (each view adds them
 * alike).
 */
export async function tenantFiguresBothWays(context: TenantContext, now: Date): Promise<{ maintained: unknown; computed: unknown }> {
  const today = isoDay(now);
  const [book, figures] = await Promise.all([tenantLimits(context, today), maintainedTenantFigures(context.tenantId, today)]);
  return { maintained: { ...figures.portfolioIn(book.currency), asOf: today, byCurrency: figures.byCurrency }, computed: tenantFiguresOf(book, today) };
}

/** A tenant's portfolio computed from its partition: O(its book), for the monthly snapshot. */
export async function tenantPortfolioByScan(context: TenantContext, now: Date): Promise<TenantPortfolio> {
  const today = isoDay(now);
  const [book, countryEvents] = await Promise.all([tenantLimits(context, today), openCountryEventsToday(today)]);
  return withCountryEvents(tenantFiguresOf(book, today), countryEvents);
}

type OpenCountryEvent = { eventId: string; type: string; occurredOn: string };

/** Every country event open today, by country (one query of the open ones). */
async function openCountryEventsToday(today: string): Promise<Map<string, OpenCountryEvent[]>> {
  const open = await queryAll<{ eventId: string; country: string; type: CountryEventType; occurredOn: string; closedOn?: string }>({
    IndexName: 'gsi3',
    KeyConditionExpression: 'gsi3pk = :pk',
    ExpressionAttributeValues: { ':pk': countryEventKeys.statusPartition('open').gsi3pk },
  });
  const byCountry = new Map<string, OpenCountryEvent[]>();
  for (const event of openOn(open, today)) byCountry.set(event.country, [...(byCountry.get(event.country) ?? []), { eventId: event.eventId, type: event.type, occurredOn: event.occurredOn }]);
  return byCountry;
}

/** Each country of the breakdown flagged with the country events open there today. */
function withCountryEvents<T extends { byCountry: Portfolio['byCountry'] }>(portfolio: T, events: Map<string, OpenCountryEvent[]>): Omit<T, 'byCountry'> & { byCountry: CountryRow[] } {
  return { ...portfolio, byCountry: portfolio.byCountry.map((row) => ({ ...row, openCountryEvents: events.get(row.key) ?? [] })) };
}

/** Every tenant's, in EUR; plus the capacity used on each buyer and the exposure under open sector alerts. */
/** How much of a buyer's capacity (all tenants together) is reserved, in EUR minor units. */
interface CapacityUse {
  readonly reservedEur: number;
  readonly capacityEur: number;
  readonly utilisationBp: number;
}

/** The insurer's figures: what InsurerPortfolio in the contract answers. */
export type InsurerPortfolio = TenantPortfolio & {
  readonly valuedOn?: string;
  readonly tenants: number;
  readonly capacity: CapacityUse & { readonly mostUsed: (CapacityUse & { readonly buyerId: string; readonly grade: number })[] };
  readonly sectorAlerts: { readonly alertId: string; readonly sector: string; readonly country: string; readonly buyers: number; readonly limit: number; readonly exposure: number }[];
};

/**
 * The insurer's portfolio from the maintained counters (shared/data/portfolio-aggregate.ts):
 * the same figures as `insurerPortfolioByScan`, read from a fixed number of items whatever the
 * number of tenants. `valuedOn` is the day the lines were last all revalued (rates, limits in
 * force); every change since is in the figures as it happened.
 */
export async function insurerPortfolio(now: Date): Promise<InsurerPortfolio> {
  const today = isoDay(now);
  const [figures, open, countryEvents] = await Promise.all([maintainedFigures(today), openSectorAlerts(), openCountryEventsToday(today)]);
  const sectorAlerts = await Promise.all(
    open.map(async (alert) => ({ alertId: alert.alertId, sector: alert.sector, country: alert.country, ...(await pairFigures(alert.sector, alert.country)) })),
  );
  return {
    ...withCountryEvents(figures.portfolio, countryEvents),
    byCurrency: figures.byCurrency,
    asOf: today,
    ...(figures.valuedOn ? { valuedOn: figures.valuedOn } : {}),
    tenants: figures.tenants,
    capacity: figures.capacity,
    sectorAlerts,
  };
}

/** The open sector alerts, oldest first: one query of the open ones (not of every alert ever opened). */
async function openSectorAlerts(): Promise<{ alertId: string; sector: string; country: string }[]> {
  return queryAll<{ alertId: string; sector: string; country: string }>({
    IndexName: 'gsi3',
    KeyConditionExpression: 'gsi3pk = :pk',
    ExpressionAttributeValues: { ':pk': sectorAlertKeys.statusPartition('open').gsi3pk },
  });
}

/**
 * The insurer's portfolio computed from every tenant's partition: O(tenants) reads, for the
 * daily reconciliation that checks the maintained counters against it.
 */
export async function insurerPortfolioByScan(now: Date): Promise<InsurerPortfolio> {
  const today = isoDay(now);
  const tenantIds = (await queryAll<{ tenantId: string }>({ IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': insurerKeys.tenantListPartition().gsi2pk }, ProjectionExpression: 'tenantId' })).map(
    (item) => item.tenantId,
  );
  // Each policy's limits and exposure in EUR at the reference rates in force today, rounded up as capacity is.
  const rates = await ratesOn(today);
  const toEur = (amount: number, currency: string): number => {
    try {
      return toEurUp(amount, currency, eurRatePpm(rates, currency));
    } catch (error) {
      if (error instanceof FxRateMissingError) throw fxRateMissing(error);
      throw error;
    }
  };
  const all: PortfolioLimit[] = [];
  const unpaid: { currency: string; outstanding: number; exposure: number; invoices: number }[] = [];
  // A few tenants at a time: each is four reads and its buyers' batch reads.
  await inParallel(tenantIds, SCAN_CONCURRENCY, async (tenantId) => {
    const tenant = await tenantLimits(TenantContext.forInsurer(SYSTEM, tenantId), today);
    // Each line in EUR on its own, as the maintained lines are valued.
    all.push(...tenant.limits.map((line) => ({ ...line, limit: toEur(line.limit, tenant.currency), exposure: toEur(line.exposure, tenant.currency) })));
    // In EUR: each tenant's invoices of one currency at today's rate of its policy currency, rounded up as its exposure is.
    for (const row of exposureByCurrency(tenant.unpaid)) unpaid.push({ ...row, exposure: toEur(row.exposure, tenant.currency) });
  });
  // The same buyer held by several tenants is one buyer of the insurer's: sum per buyer.
  const merged = new Map<string, PortfolioLimit>();
  for (const entry of all) {
    const seen = merged.get(entry.buyerId);
    merged.set(entry.buyerId, seen ? { ...seen, limit: seen.limit + entry.limit, exposure: seen.exposure + entry.exposure } : { ...entry });
  }
  const limits = [...merged.values()];
  // Each tenant's line as it is: headroom and uncovered exposure are per line (a policy's
  // exposure above its limit borrows no headroom from another tenant's limit on the buyer).
  const portfolio = portfolioOf({ limits: all, currency: 'EUR', today });

  const [{ rules }, capacities] = await Promise.all([limitRules(), batchGetItems<{ buyerId: string; reservedEur?: number }>(limits.map((entry) => limitKeys.capacity(entry.buyerId)))]);
  const reserved = new Map(capacities.map((item) => [item.buyerId, item.reservedEur ?? 0]));
  const perBuyer = limits
    .map((entry) => {
      const capacityEur = rules.buyerCapacityEur[entry.grade as Grade];
      const reservedEur = reserved.get(entry.buyerId) ?? 0;
      return { buyerId: entry.buyerId, grade: entry.grade, reservedEur, capacityEur, utilisationBp: capacityEur > 0 ? Math.round((reservedEur * 10_000) / capacityEur) : 0 };
    })
    .sort((a, b) => b.utilisationBp - a.utilisationBp || byCodeUnits(a.buyerId, b.buyerId));
  const reservedTotal = perBuyer.reduce((sum, entry) => sum + entry.reservedEur, 0);
  const capacityTotal = perBuyer.reduce((sum, entry) => sum + entry.capacityEur, 0);

  const open = await openSectorAlerts();
  const sectorAlerts = open
    .map((alert) => {
      const under = limits.filter((entry) => entry.sector === alert.sector && entry.country === alert.country);
      return {
        alertId: alert.alertId,
        sector: alert.sector,
        country: alert.country,
        buyers: under.length,
        limit: under.reduce((sum, entry) => sum + entry.limit, 0),
        exposure: under.reduce((sum, entry) => sum + entry.exposure, 0),
      };
    });
  const countryEvents = await openCountryEventsToday(today);
  return {
    ...withCountryEvents(portfolio, countryEvents),
    byCurrency: exposureByCurrency(unpaid),
    asOf: today,
    tenants: tenantIds.length,
    capacity: { reservedEur: reservedTotal, capacityEur: capacityTotal, utilisationBp: capacityTotal > 0 ? Math.round((reservedTotal * 10_000) / capacityTotal) : 0, mostUsed: perBuyer.slice(0, 10) },
    sectorAlerts,
  };
}

// ---------------------------------------------------------------------------------------
// Monthly snapshots

export interface Snapshot {
  month: string;
  takenOn: string;
  currency: string;
  buyers: number;
  limit: number;
  exposure: number;
  headroom: number;
  expectedLoss: number;
  top10Share: number;
  herfindahl: number;
  byGradeBand: { key: string; limit: number; exposure: number }[];
}

/** Keeps the month's snapshot of a tenant once (the first run of the month wins). */
export async function snapshotTenant(context: TenantContext, now: Date): Promise<boolean> {
  // From the book itself: the month's figures exactly as its items say them on the day.
  const portfolio = await tenantPortfolioByScan(context, now);
  const month = portfolio.asOf.slice(0, 7);
  const snapshot: Snapshot = {
    month,
    takenOn: portfolio.asOf,
    currency: portfolio.currency,
    buyers: portfolio.buyers,
    limit: portfolio.limit,
    exposure: portfolio.exposure,
    headroom: portfolio.headroom,
    expectedLoss: portfolio.expectedLoss,
    top10Share: portfolio.concentration.top10Share,
    herfindahl: portfolio.concentration.herfindahl,
    byGradeBand: portfolio.byGradeBand.map((band) => ({ key: band.key, limit: band.limit, exposure: band.exposure })),
  };
  try {
    await documents.send(
      new PutCommand({ TableName: tableName(), Item: { ...portfolioKeys.snapshot(context, month), kind: 'portfolioSnapshot', ...snapshot }, ConditionExpression: 'attribute_not_exists(pk)' }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** Daily: every tenant without this month's snapshot gets it (so a missed day is caught up). */
export const snapshotsJob: JobDefinition<{ tenantId: string }> = {
  name: 'portfolio-snapshots',
  // A tenant's snapshot reads its whole book: a few per item, well within the worker's timeout.
  entriesPerItem: 5,
  counts: ['taken'],
  due: () =>
    dueUntil(
      partitionPages<{ tenantId: string }>({ partition: insurerKeys.tenantListPartition(), index: 'gsi2' }, PLAN_PAGE_SIZE),
      () => true,
      ({ tenantId }) => ({ tenantId }),
    ),
  run: async (entries, day, at) => {
    const month = day.slice(0, 7);
    let taken = 0;
    for (const { tenantId } of entries) {
      const context = TenantContext.forInsurer(SYSTEM, tenantId);
      if (await getItem(portfolioKeys.snapshot(context, month), false)) continue;
      if (await snapshotTenant(context, at)) taken += 1;
    }
    return { taken };
  },
};

export async function snapshotAll(now: Date): Promise<number> {
  return (await runJobInProcess(snapshotsJob, isoDay(now), now)).taken ?? 0;
}

export async function portfolioHistory(context: TenantContext): Promise<Snapshot[]> {
  const items = await queryAll<Snapshot & { pk: string; sk: string; kind: string }>(withPrefix(portfolioKeys.snapshots(context)));
  return items.map(({ pk: _pk, sk: _sk, kind: _kind, ...snapshot }) => snapshot);
}


