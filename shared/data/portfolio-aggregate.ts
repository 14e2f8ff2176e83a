/**
 * The insurer's portfolio, maintained as writes happen, so that GET /v1/insurer/portfolio reads
 * a fixed handful of items whatever the number of tenants (shared/domain/portfolio-aggregate.ts
 * says what is counted and proves it equals `portfolioOf`).
 *
 * The `portfolioAggregator` function consumes the table's stream (limits, exposures, buyers,
 * capacity, invoices, tenants) and brings each touched piece up to date from the items
 * themselves, never from the record's images: a record handled twice, late or out of order
 * changes nothing more. Each change is one transaction:
 *
 *   the line (tenant × buyer, EUR)  ─┐  conditioned on the version read, so a concurrent
 *   the buyer's total               ─┤  refresh of the same line or buyer retries
 *   the counters' shard (ADD)       ─┤  what the buyer contributed after − before
 *   its (sector, country) shard     ─┘  (sector alerts)
 *
 * Counters sit in PORTFOLIO_SHARDS partitions chosen by the buyer's (or tenant's) hash, so
 * updates on different buyers rarely meet on one item; the read adds them up. The ten largest
 * exposures, the most used capacities and the buyers whose grade worsened are read in order
 * from sparse indexes on the buyer totals. Counters are read with the low-level client and kept
 * as BigInt: Σ exposure² passes 2^53 long before a real book does.
 *
 * Lines are valued in EUR at the reference rates and with the limit in force of the day they
 * are refreshed; the daily reconciliation (`reconcilePortfolio`) revalues every line at the
 * day's rates and limits in force, compares the counters with the figures computed from every
 * tenant's partition, reports the drift, and repairs it.
 */
import { createHash } from 'node:crypto';
import { BatchGetItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { NumberValue, PutCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { TenantContext, type Principal } from '#access';
import { isoDay } from '#clock';
import { addDays } from '#domain/dates';
import { eurRatePpm, toEurUp, type RatesOn } from '#domain/fx';
import { limitInForce, totalOf } from '#domain/limits';
import { exposureByCurrency } from '#domain/portfolio';
import {
  addCounters,
  buyersByGrade,
  contributionOf,
  counterName,
  counts,
  dayRank,
  deltaOf,
  emptyTotal,
  exposureRank,
  isEmptyLine,
  pairDeltasOf,
  pairFiguresOf,
  portfolioFromCounters,
  reservedOf,
  utilisationBp,
  utilisationRank,
  withLine,
  type BuyerFacts,
  type BuyerTotal,
  type Counters,
  type Line,
} from '#domain/portfolio-aggregate';
import type { Grade } from '#domain/grades';
import { dynamodb, documents } from './client.ts';
import { batchGetItems, getItem, isConditionFailed, isRace, queryAll, queryFirst, retryOnConflict, withPrefix } from './items.ts';
import { buyerKeys, limitKeys, orderKeys, portfolioAggregateKeys as keys } from './keys.ts';
import { ratesOn } from './fx.ts';
import { limitRules } from './limit-rules.ts';
import { type LimitItem } from './limits.ts';
import { invoiceOf, type InvoiceItem } from './orders.ts';
import { tableName } from './table.ts';
import { getPolicy } from './tenancy.ts';
import { byCodeUnits } from '#domain/order';

export const PORTFOLIO_SHARDS = 8;
/** Tries at one change against concurrent refreshes of the same line or buyer. */
const ATTEMPTS = 12;

const SYSTEM: Principal = { role: 'insurer', keyId: 'system:portfolio-aggregate' };

/** Which shard a buyer's (or a tenant's) counters go to: a stable hash, spread evenly. */
export function shardOf(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % PORTFOLIO_SHARDS;
}

/** What one run values lines with: one day, its rates, each tenant's policy currency (read once). */
export class Valuation {
  private readonly currencies = new Map<string, Promise<string>>();
  readonly today: string;
  private readonly rates: RatesOn;

  private constructor(today: string, rates: RatesOn) {
    this.today = today;
    this.rates = rates;
  }

  static async on(now: Date): Promise<Valuation> {
    const today = isoDay(now);
    return new Valuation(today, await ratesOn(today));
  }

  currencyOf(tenantId: string): Promise<string> {
    let currency = this.currencies.get(tenantId);
    if (!currency) {
      currency = getPolicy(TenantContext.forInsurer(SYSTEM, tenantId)).then((policy) => policy.currency);
      this.currencies.set(tenantId, currency);
    }
    return currency;
  }

  /** In EUR at the day's reference rate, rounded up as capacity is. Throws FxRateMissingError. */
  toEur(amount: number, currency: string): number {
    return toEurUp(amount, currency, eurRatePpm(this.rates, currency));
  }
}

interface StoredLine extends Line {
  readonly version: number;
}
type StoredTotal = BuyerTotal & { readonly version: number; readonly utilisationRank?: string };

const sameLine = (a: Line | undefined, b: Line | undefined) => (isEmptyLine(a) && isEmptyLine(b)) || (!!a && !!b && a.limit === b.limit && a.exposure === b.exposure);

type Stored = Record<string, unknown>;
const keyId = (key: { pk: string; sk: string }) => `${key.pk}\u0000${key.sk}`;

/** Items by key in one consistent batch read (absent ones absent). */
async function readAll(itemKeys: readonly { pk: string; sk: string }[]): Promise<Map<string, Stored>> {
  const items = await batchGetItems<Stored & { pk: string; sk: string }>(itemKeys, { consistent: true });
  return new Map(items.map((item) => [keyId(item), item]));
}

/** A tenant's line on a buyer today, in EUR, from its limit and exposure items. */
function lineOf(limit: LimitItem | undefined, exposure: { outstanding?: number; committed?: number } | undefined, currency: string, valuation: Valuation): Line | undefined {
  const line = {
    limit: valuation.toEur(limit ? totalOf(limitInForce(limit, valuation.today)) : 0, currency),
    exposure: valuation.toEur((exposure?.outstanding ?? 0) + (exposure?.committed ?? 0), currency),
  };
  return isEmptyLine(line) ? undefined : line;
}

/** What the buyer's own items say: its grade, sector, country, worsening, the capacity reserved. */
function factsFrom(buyer: Stored | undefined, capacity: Stored | undefined): BuyerFacts | undefined {
  if (!buyer) return undefined;
  const b = buyer as { grade: number; sector: string; country: string; gradeWorsenedOn?: string; previousGrade?: number };
  return {
    grade: b.grade,
    sector: b.sector,
    country: b.country,
    ...(b.gradeWorsenedOn !== undefined ? { gradeWorsenedOn: b.gradeWorsenedOn } : {}),
    ...(b.previousGrade !== undefined ? { previousGrade: b.previousGrade } : {}),
    reservedEur: (capacity as { reservedEur?: number } | undefined)?.reservedEur ?? 0,
  };
}

const sameFacts = (a: BuyerFacts | undefined, b: BuyerFacts | undefined) =>
  a === b ||
  (!!a &&
    !!b &&
    a.grade === b.grade &&
    a.sector === b.sector &&
    a.country === b.country &&
    a.gradeWorsenedOn === b.gradeWorsenedOn &&
    a.previousGrade === b.previousGrade &&
    a.reservedEur === b.reservedEur);

/** The buyer total's item, with the index keys that list it in order while it counts. */
async function totalItem(total: BuyerTotal, version: number): Promise<Record<string, unknown>> {
  const item: Record<string, unknown> = {
    ...keys.total(total.buyerId),
    kind: 'portfolioBuyer',
    buyerId: total.buyerId,
    lines: total.lines,
    limit: total.limit,
    exposure: total.exposure,
    headroom: total.headroom,
    uncovered: total.uncovered,
    version,
    ...(total.facts ? { facts: total.facts } : {}),
  };
  if (counts(total)) {
    const { rules } = await limitRules();
    const rank = utilisationRank(utilisationBp(total.facts.reservedEur, rules.buyerCapacityEur[total.facts.grade as Grade]));
    Object.assign(item, { utilisationRank: rank }, keys.byUtilisation(rank, total.buyerId));
    if (total.exposure > 0) Object.assign(item, keys.byExposure(exposureRank(total.exposure), total.buyerId));
    if (total.facts.gradeWorsenedOn) Object.assign(item, keys.worsened(dayRank(total.facts.gradeWorsenedOn), total.buyerId));
  }
  return item;
}

/** ADD of every counter of a delta, on one counters item. */
function addTo(key: { pk: string; sk: string }, delta: Counters): NonNullable<TransactWriteCommandInput['TransactItems']>[number] {
  const names: Record<string, string> = {};
  const values: Record<string, NumberValue> = {};
  const parts = [...delta].map(([name, value], i) => {
    names[`#c${i}`] = name;
    values[`:c${i}`] = NumberValue.from(value.toString());
    return `#c${i} :c${i}`;
  });
  return {
    Update: { TableName: tableName(), Key: key, UpdateExpression: `ADD ${parts.join(', ')} SET kind = :kind`, ExpressionAttributeNames: names, ExpressionAttributeValues: { ...values, ':kind': 'portfolioCounters' } },
  };
}

/** The counter updates that move a buyer total from `before` to `after`. */
function counterUpdates(buyerId: string, before: BuyerTotal | undefined, after: BuyerTotal): NonNullable<TransactWriteCommandInput['TransactItems']> {
  const shard = shardOf(buyerId);
  const updates: NonNullable<TransactWriteCommandInput['TransactItems']> = [];
  const delta = deltaOf(contributionOf(before), contributionOf(after));
  if (delta.size > 0) updates.push(addTo(keys.shard(shard), delta));
  for (const pair of pairDeltasOf(before, after)) updates.push(addTo(keys.pairShard(pair.sector, pair.country, shard), pair.delta));
  return updates;
}

const versionCondition = (version: number | undefined) =>
  version === undefined ? { ConditionExpression: 'attribute_not_exists(pk)' } : { ConditionExpression: 'version = :version', ExpressionAttributeValues: { ':version': version } };

/** A read-then-write step, read again when a concurrent refresh moved what it read. */
const retried = (attempt: () => Promise<boolean>): Promise<boolean> => retryOnConflict(attempt, ATTEMPTS, isRace);

/**
 * Brings a tenant's line on a buyer up to date from its limit and exposure items, and the
 * buyer's total and the counters with it. False when it already was.
 */
export async function refreshLine(tenantId: string, buyerId: string, valuation: Valuation): Promise<boolean> {
  const context = TenantContext.forInsurer(SYSTEM, tenantId);
  const sources = { limit: limitKeys.limit(context, buyerId), exposure: orderKeys.exposure(context, buyerId) };
  const own = { line: keys.line(buyerId, tenantId), total: keys.total(buyerId), buyer: buyerKeys.buyer(buyerId), capacity: limitKeys.capacity(buyerId) };
  const currency = await valuation.currencyOf(tenantId);
  return retried(async () => {
    // One read: the line's sources, what was counted, and the buyer's facts (for a first line).
    const read = await readAll([...Object.values(sources), ...Object.values(own)]);
    const after = lineOf(read.get(keyId(sources.limit)) as LimitItem | undefined, read.get(keyId(sources.exposure)), currency, valuation);
    const stored = read.get(keyId(own.line)) as StoredLine | undefined;
    const storedTotal = read.get(keyId(own.total)) as StoredTotal | undefined;
    const before = stored ? { limit: stored.limit, exposure: stored.exposure } : undefined;
    if (sameLine(before, after)) return false;
    const total: BuyerTotal = storedTotal ?? emptyTotal(buyerId, factsFrom(read.get(keyId(own.buyer)), read.get(keyId(own.capacity))));
    const next = withLine(total, before, after);
    const lineWrite = after
      ? { Put: { TableName: tableName(), Item: { ...own.line, kind: 'portfolioLine', tenantId, buyerId, ...after, version: (stored?.version ?? 0) + 1 }, ...versionCondition(stored?.version) } }
      : { Delete: { TableName: tableName(), Key: own.line, ...versionCondition(stored?.version) } };
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          lineWrite,
          { Put: { TableName: tableName(), Item: await totalItem(next, (storedTotal?.version ?? 0) + 1), ...versionCondition(storedTotal?.version) } },
          ...counterUpdates(buyerId, storedTotal, next),
        ],
      }),
    );
    return true;
  });
}

/** Brings a buyer total's facts (grade, sector, country, worsening, capacity reserved) up to date. */
export async function refreshBuyer(buyerId: string): Promise<boolean> {
  return retried(async () => {
    const own = { total: keys.total(buyerId), buyer: buyerKeys.buyer(buyerId), capacity: limitKeys.capacity(buyerId) };
    const read = await readAll(Object.values(own));
    const stored = read.get(keyId(own.total)) as StoredTotal | undefined;
    // No line yet: the facts are read when the first one comes.
    if (!stored) return false;
    const facts = factsFrom(read.get(keyId(own.buyer)), read.get(keyId(own.capacity)));
    const next: BuyerTotal = { ...stored, facts };
    const item = await totalItem(next, stored.version + 1);
    if (sameFacts(stored.facts, facts) && item['utilisationRank'] === stored.utilisationRank) return false;
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [{ Put: { TableName: tableName(), Item: item, ...versionCondition(stored.version) } }, ...counterUpdates(buyerId, stored, next)],
      }),
    );
    return true;
  });
}

interface StoredCurrencyRow {
  readonly currency: string;
  readonly invoices: number;
  readonly outstanding: number;
  readonly exposure: number;
  readonly version: number;
}

/** Brings a tenant's unpaid invoices by currency (exposure in EUR) up to date. Returns the rows changed. */
export async function refreshCurrencies(tenantId: string, valuation: Valuation): Promise<number> {
  const context = TenantContext.forInsurer(SYSTEM, tenantId);
  const currency = await valuation.currencyOf(tenantId);
  let changed = 0;
  await retried(async () => {
    const [open, stored] = await Promise.all([
      queryAll<InvoiceItem>({ IndexName: 'gsi3', KeyConditionExpression: 'gsi3pk = :pk', ExpressionAttributeValues: { ':pk': orderKeys.statusPartition(context, 'open').gsi3pk } }),
      queryAll<StoredCurrencyRow>(withPrefix(keys.currencies(tenantId))),
    ]);
    const rows = exposureByCurrency(
      open.map((item) => {
        const invoice = invoiceOf(item);
        return { currency: invoice.currency, outstanding: invoice.outstanding, exposure: invoice.outstandingInPolicyCurrency };
      }),
    ).map((row) => ({ ...row, exposure: valuation.toEur(row.exposure, currency) }));
    const now = new Map(rows.map((row) => [row.currency, row]));
    const before = new Map(stored.map((row) => [row.currency, row]));
    for (const code of new Set([...now.keys(), ...before.keys()])) {
      const a = before.get(code);
      const b = now.get(code);
      if (a && b && a.invoices === b.invoices && a.outstanding === b.outstanding && a.exposure === b.exposure) continue;
      const counters = (row: { invoices: number; outstanding: number; exposure: number } | undefined): Counters =>
        new Map(row ? (['invoices', 'outstanding', 'exposure'] as const).map((field) => [counterName(`currency:${code}`, field), BigInt(row[field])]) : []);
      const delta = deltaOf(counters(a), counters(b));
      const write = b
        ? { Put: { TableName: tableName(), Item: { ...keys.currency(tenantId, code), kind: 'portfolioCurrency', ...b, version: (a?.version ?? 0) + 1 }, ...versionCondition(a?.version) } }
        : { Delete: { TableName: tableName(), Key: keys.currency(tenantId, code), ...versionCondition(a?.version) } };
      await documents.send(new TransactWriteCommand({ TransactItems: [write, ...(delta.size > 0 ? [addTo(keys.shard(shardOf(tenantId)), delta)] : [])] }));
      changed += 1;
    }
    return changed > 0;
  });
  return changed;
}

/** Counts a tenant once (its marker and the counter in one transaction). */
export async function countTenant(tenantId: string): Promise<boolean> {
  try {
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName(), Item: { ...keys.counted(tenantId), kind: 'portfolioCounted', tenantId }, ConditionExpression: 'attribute_not_exists(pk)' } },
          addTo(keys.shard(shardOf(tenantId)), new Map([[counterName('all', 'tenants'), 1n]])),
        ],
      }),
    );
    return true;
  } catch (error) {
    if (isRace(error) || isConditionFailed(error)) return false;
    throw error;
  }
}

/** Every counter of some counters items, added up (low-level reads: BigInt, never a rounded number). */
async function readCounters(itemKeys: readonly { pk: string; sk: string }[]): Promise<Counters> {
  let pending: Record<string, AttributeValue>[] = itemKeys.map((key) => ({ pk: { S: key.pk }, sk: { S: key.sk } }));
  const all: Counters[] = [];
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(25 * 2 ** attempt, 1_000)));
    const result = await dynamodb.send(new BatchGetItemCommand({ RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: true } } }));
    for (const item of result.Responses?.[tableName()] ?? []) {
      all.push(new Map(Object.entries(item).flatMap(([name, value]) => (value.N !== undefined && name.includes('|') ? [[name, BigInt(value.N)] as const] : []))));
    }
    pending = result.UnprocessedKeys?.[tableName()]?.Keys ?? [];
  }
  return addCounters(...all);
}

const allShards = (keyOf: (shard: number) => { pk: string; sk: string }) => Array.from({ length: PORTFOLIO_SHARDS }, (_, shard) => keyOf(shard));

export async function insurerCounters(): Promise<Counters> {
  return readCounters(allShards(keys.shard));
}

export async function pairCounters(sector: string, country: string): Promise<Counters> {
  return readCounters(allShards((shard) => keys.pairShard(sector, country, shard)));
}

type RankedTotal = StoredTotal & { facts: BuyerFacts };

/** The first buyer totals of an index partition, in its order (all of them within `range` when one is given). */
async function firstOf(index: 'gsi1' | 'gsi2' | 'gsi3', partition: Record<string, string>, count: number, range?: { from: string; to: string }): Promise<RankedTotal[]> {
  const [[pkName, pkValue]] = Object.entries(partition) as [[string, string]];
  const input = {
    IndexName: index,
    KeyConditionExpression: range ? `${pkName} = :pk AND ${index}sk BETWEEN :from AND :to` : `${pkName} = :pk`,
    ExpressionAttributeValues: { ':pk': pkValue, ...(range ? { ':from': range.from, ':to': range.to } : {}) },
  };
  return range ? queryAll<RankedTotal>(input) : queryFirst<RankedTotal>(input, count);
}

/** The maintained figures: what `insurerPortfolio` answers, read from a fixed number of items. */
export async function maintainedFigures(today: string) {
  const after = addDays(today, -89);
  const [counters, top10, worsened, mostUsed, valuation] = await Promise.all([
    insurerCounters(),
    firstOf('gsi2', keys.byExposurePartition(), 10),
    firstOf('gsi1', keys.worsenedPartition(), 0, { from: dayRank(today), to: `${dayRank(after)}#\uffff` }),
    firstOf('gsi3', keys.byUtilisationPartition(), 10),
    getItem<{ valuedOn: string }>(keys.valuation(), false),
  ]);
  const ranked = (total: RankedTotal) => ({
    buyerId: total.buyerId,
    exposure: total.exposure,
    grade: total.facts.grade,
    gradeWorsenedOn: total.facts.gradeWorsenedOn,
    previousGrade: total.facts.previousGrade,
  });
  const portfolio = portfolioFromCounters({ counters, top10: top10.map(ranked), worsened: worsened.map(ranked), currency: 'EUR', today });
  const { rules } = await limitRules();
  const capacityOf = (grade: number) => rules.buyerCapacityEur[grade as Grade];
  const perBuyer = mostUsed
    .map((total) => {
      const capacityEur = capacityOf(total.facts.grade);
      return { buyerId: total.buyerId, grade: total.facts.grade, reservedEur: total.facts.reservedEur, capacityEur, utilisationBp: utilisationBp(total.facts.reservedEur, capacityEur) };
    })
    .sort((a, b) => b.utilisationBp - a.utilisationBp || byCodeUnits(a.buyerId, b.buyerId));
  const reservedEur = reservedOf(counters);
  const capacityEur = [...buyersByGrade(counters)].reduce((sum, [grade, buyers]) => sum + buyers * capacityOf(grade), 0);
  const currencies = [...counters.keys()]
    .filter((name) => name.startsWith('currency:') && name.endsWith('|invoices'))
    .map((name) => name.slice('currency:'.length, -'|invoices'.length))
    .map((currency) => {
      const value = (field: string) => Number(counters.get(counterName(`currency:${currency}`, field)) ?? 0n);
      return { currency, invoices: value('invoices'), outstanding: value('outstanding'), exposure: value('exposure') };
    })
    .filter((row) => row.invoices > 0 || row.outstanding > 0 || row.exposure > 0)
    .sort((a, b) => b.exposure - a.exposure || (a.currency < b.currency ? -1 : 1));
  return {
    portfolio,
    byCurrency: currencies,
    tenants: Number(counters.get(counterName('all', 'tenants')) ?? 0n),
    capacity: { reservedEur, capacityEur, utilisationBp: utilisationBp(reservedEur, capacityEur), mostUsed: perBuyer },
    ...(valuation ? { valuedOn: valuation.valuedOn } : {}),
  };
}

/** What a sector alert's (sector, country) holds, from its counters. */
export async function pairFigures(sector: string, country: string) {
  return pairFiguresOf(await pairCounters(sector, country));
}

/** Records the day every line was last revalued (the reconciliation's). */
export async function recordValuation(valuedOn: string, at: Date): Promise<void> {
  await documents.send(new PutCommand({ TableName: tableName(), Item: { ...keys.valuation(), kind: 'portfolioValuation', valuedOn, at: at.toISOString() } }));
}

