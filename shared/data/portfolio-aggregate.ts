/**
 * The insurer's portfolio and each tenant's, maintained as writes happen, so that
 * GET /v1/insurer/portfolio reads a fixed handful of items whatever the number of tenants, and
 * GET /v1/portfolio whatever the size of the tenant's book (shared/domain/portfolio-aggregate.ts
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
 *   its (sector, country) shard     ─┤  (sector alerts)
 *   the tenant's counters' shard    ─┘  what the line contributed in its view, after − before
 *
 * A line holds its value in EUR (the insurer's) and in the policy currency with the buyer facts
 * it is counted with (the tenant's). When a buyer's facts change, its total takes them with a
 * `linesPending` token, then each line follows (`followLines`).
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
import { NumberValue, PutCommand, TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { TenantContext, type Principal } from '#access';
import { isoDay } from '#clock';
import { addDays } from '#domain/dates';
import { eurRatePpm, toEurUp, type RatesOn } from '#domain/fx';
import { limitInForce, totalOf } from '#domain/limits';
import { byCurrencyExposure, exposureByCurrency, type CurrencyExposure, type Portfolio } from '#domain/portfolio';
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
  lineContributionOf,
  lineFactsOf,
  pairDeltasOf,
  pairFiguresOf,
  portfolioFromCounters,
  reservedOf,
  sameLineFacts,
  utilisationBp,
  utilisationRank,
  withLine,
  type BuyerFacts,
  type BuyerTotal,
  type Counters,
  type Line,
  type LineFacts,
  type RankedBuyer,
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

/**
 * A line as stored: in EUR for the insurer (`limit`, `exposure`), and in the tenant's policy
 * currency for the tenant's own view (`ownLimit`, `ownExposure`) with the buyer's facts it was
 * counted with there (`facts`). A line stored before the tenant's view was maintained has no
 * `own*`: it counted nothing in the tenant's counters (its next refresh adds it).
 */
interface StoredLine extends Line {
  readonly version: number;
  readonly ownLimit?: number;
  readonly ownExposure?: number;
  readonly facts?: LineFacts;
}
/**
 * `linesPending`, while set, says the buyer's facts changed and some of its lines (each in its
 * tenant's counters) may still be counted with the old ones: the value is a token that the
 * change that set it clears once every line follows.
 */
type StoredTotal = BuyerTotal & { readonly version: number; readonly utilisationRank?: string; readonly linesPending?: string };

/** A line's two valuations: EUR for the insurer, the policy currency for the tenant. */
interface Valued {
  readonly eur: Line;
  readonly own: Line;
}

const ownOf = (stored: StoredLine | undefined): Line | undefined =>
  stored && stored.ownLimit !== undefined && stored.ownExposure !== undefined ? { limit: stored.ownLimit, exposure: stored.ownExposure } : undefined;

const sameLine = (a: Line | undefined, b: Line | undefined) => (isEmptyLine(a) && isEmptyLine(b)) || (!!a && !!b && a.limit === b.limit && a.exposure === b.exposure);

type Stored = Record<string, unknown>;
const keyId = (key: { pk: string; sk: string }) => `${key.pk}\u0000${key.sk}`;

/** Items by key in one consistent batch read (absent ones absent). */
async function readAll(itemKeys: readonly { pk: string; sk: string }[]): Promise<Map<string, Stored>> {
  const items = await batchGetItems<Stored & { pk: string; sk: string }>(itemKeys, { consistent: true });
  return new Map(items.map((item) => [keyId(item), item]));
}

/** A tenant's line on a buyer today, in its policy currency and in EUR, from its limit and exposure items. */
function lineOf(limit: LimitItem | undefined, exposure: { outstanding?: number; committed?: number } | undefined, currency: string, valuation: Valuation): Valued | undefined {
  const own = { limit: limit ? totalOf(limitInForce(limit, valuation.today)) : 0, exposure: (exposure?.outstanding ?? 0) + (exposure?.committed ?? 0) };
  // Zero is zero in any currency, and any amount above it at least one EUR cent (rounded up).
  if (isEmptyLine(own)) return undefined;
  return { own, eur: { limit: valuation.toEur(own.limit, currency), exposure: valuation.toEur(own.exposure, currency) } };
}

/** The line's item: both valuations, the facts counted, and the tenant's indexes. */
function lineItem(tenantId: string, buyerId: string, valued: Valued, facts: LineFacts | undefined, version: number): Record<string, unknown> {
  const item: Record<string, unknown> = {
    ...keys.line(buyerId, tenantId),
    kind: 'portfolioLine',
    tenantId,
    buyerId,
    ...valued.eur,
    ownLimit: valued.own.limit,
    ownExposure: valued.own.exposure,
    ...(facts ? { facts } : {}),
    version,
    ...keys.tenantLine(tenantId, buyerId),
  };
  if (facts && valued.own.exposure > 0) Object.assign(item, keys.tenantByExposure(tenantId, exposureRank(valued.own.exposure), buyerId));
  if (facts?.gradeWorsenedOn) Object.assign(item, keys.tenantWorsened(tenantId, dayRank(facts.gradeWorsenedOn), buyerId));
  return item;
}

/** ADD on the tenant's counters' shard of what its line on the buyer contributed after − before (none when equal). */
function tenantUpdates(tenantId: string, buyerId: string, before: StoredLine | undefined, after: Line | undefined, facts: LineFacts | undefined): NonNullable<TransactWriteCommandInput['TransactItems']> {
  const delta = deltaOf(lineContributionOf(buyerId, ownOf(before), before?.facts), lineContributionOf(buyerId, after, facts));
  return delta.size > 0 ? [addTo(keys.tenantShard(tenantId, shardOf(buyerId)), delta)] : [];
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
async function totalItem(total: BuyerTotal, version: number, linesPending?: string): Promise<Record<string, unknown>> {
  const item: Record<string, unknown> = {
    ...(linesPending ? { linesPending } : {}),
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
 * buyer's total, the insurer's counters and the tenant's counters with it. False when it
 * already was.
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
    const total: BuyerTotal = storedTotal ?? emptyTotal(buyerId, factsFrom(read.get(keyId(own.buyer)), read.get(keyId(own.capacity))));
    // The tenant's view counts the line with the facts its buyer's total holds now.
    const facts = lineFactsOf(total.facts);
    const ownBefore = ownOf(stored);
    if (sameLine(before, after?.eur) && sameLine(ownBefore, after?.own) && (!after || sameLineFacts(stored?.facts, facts))) return false;
    const next = withLine(total, before, after?.eur);
    const lineWrite = after
      ? { Put: { TableName: tableName(), Item: lineItem(tenantId, buyerId, after, facts, (stored?.version ?? 0) + 1), ...versionCondition(stored?.version) } }
      : { Delete: { TableName: tableName(), Key: own.line, ...versionCondition(stored?.version) } };
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          lineWrite,
          { Put: { TableName: tableName(), Item: await totalItem(next, (storedTotal?.version ?? 0) + 1, storedTotal?.linesPending), ...versionCondition(storedTotal?.version) } },
          ...counterUpdates(buyerId, storedTotal, next),
          ...tenantUpdates(tenantId, buyerId, stored, after?.own, facts),
        ],
      }),
    );
    return true;
  });
}

/**
 * Brings a buyer total's facts (grade, sector, country, worsening, capacity reserved) up to
 * date; when what a tenant's view counts changed (all but the capacity), then every line of the
 * buyer in its tenant's counters (`followLines`). `everyLine` checks the lines even when no
 * change is pending (the reconciliation's revaluation).
 */
export async function refreshBuyer(buyerId: string, options: { everyLine?: boolean } = {}): Promise<boolean> {
  // Whether the total holds a change its lines may not follow yet (most records, a capacity's, leave none).
  let pending = false;
  const changed = await retried(async () => {
    const own = { total: keys.total(buyerId), buyer: buyerKeys.buyer(buyerId), capacity: limitKeys.capacity(buyerId) };
    const read = await readAll(Object.values(own));
    const stored = read.get(keyId(own.total)) as StoredTotal | undefined;
    // No line yet: the facts are read when the first one comes.
    if (!stored) return false;
    const facts = factsFrom(read.get(keyId(own.buyer)), read.get(keyId(own.capacity)));
    const next: BuyerTotal = { ...stored, facts };
    const version = stored.version + 1;
    // A new token whenever the tenants' facts move: a fan-out of older facts then stops.
    const linesPending = sameLineFacts(lineFactsOf(stored.facts), lineFactsOf(facts)) ? stored.linesPending : String(version);
    const item = await totalItem(next, version, linesPending);
    pending = linesPending !== undefined;
    if (sameFacts(stored.facts, facts) && item['utilisationRank'] === stored.utilisationRank && linesPending === stored.linesPending) return false;
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [{ Put: { TableName: tableName(), Item: item, ...versionCondition(stored.version) } }, ...counterUpdates(buyerId, stored, next)],
      }),
    );
    return true;
  });
  const followed = pending || options.everyLine ? await followLines(buyerId, options.everyLine ?? false) : 0;
  return changed || followed > 0;
}

/**
 * Each line of a buyer counted in its tenant's counters with other facts than the buyer's
 * total holds: counted again with the total's (one transaction per line: the line, the ADD on
 * its tenant's shard, and a check that the total's `linesPending` token is still the one
 * followed, so an older fan-out never overwrites a newer one). Then the token is cleared.
 * Returns the lines moved. A run stopped midway leaves the token: the buyer's next record, or
 * the reconciliation, finishes it.
 */
async function followLines(buyerId: string, everyLine: boolean): Promise<number> {
  const totalKey = keys.total(buyerId);
  const total = await getItem<StoredTotal>(totalKey, true);
  if (!total || (!total.linesPending && !everyLine)) return 0;
  const token = total.linesPending;
  const facts = lineFactsOf(total.facts);
  const tokenHeld = token
    ? { ConditionExpression: 'linesPending = :token', ExpressionAttributeValues: { ':token': token } }
    : { ConditionExpression: 'attribute_not_exists(linesPending)' };
  let moved = 0;
  const lines = await queryAll<StoredLine & { tenantId: string }>({ ...withPrefix(keys.lines(buyerId)), ConsistentRead: true });
  for (const first of lines) {
    let line: (StoredLine & { tenantId: string }) | undefined = first;
    for (let attempt = 0; line && !sameLineFacts(line.facts, facts); attempt += 1) {
      const own = ownOf(line);
      if (!own) break; // not yet valued in the tenant's currency: its own refresh counts it
      try {
        await documents.send(
          new TransactWriteCommand({
            TransactItems: [
              { ConditionCheck: { TableName: tableName(), Key: totalKey, ...tokenHeld } },
              { Put: { TableName: tableName(), Item: lineItem(line.tenantId, buyerId, { eur: { limit: line.limit, exposure: line.exposure }, own }, facts, line.version + 1), ...versionCondition(line.version) } },
              ...tenantUpdates(line.tenantId, buyerId, line, own, facts),
            ],
          }),
        );
        moved += 1;
        break;
      } catch (error) {
        if (!isRace(error) || attempt + 1 >= ATTEMPTS) throw error;
        // The line moved meanwhile, or the total's token did (a newer change follows the lines then).
        const current = await getItem<StoredTotal>(totalKey, true);
        if (current?.linesPending !== token) return moved;
        line = await getItem<StoredLine & { tenantId: string }>(keys.line(buyerId, line.tenantId), true);
      }
    }
  }
  if (token) {
    try {
      await documents.send(
        new UpdateCommand({ TableName: tableName(), Key: totalKey, UpdateExpression: 'REMOVE linesPending SET version = version + :one', ConditionExpression: 'linesPending = :token', ExpressionAttributeValues: { ':token': token, ':one': 1 } }),
      );
    } catch (error) {
      // A newer change set its own token: it follows the lines.
      if (!isConditionFailed(error)) throw error;
    }
  }
  return moved;
}

/** A field of a buyer total that differed from the sum of its lines. */
export interface TotalDifference {
  readonly path: string;
  readonly maintained: number;
  readonly computed: number;
}

/**
 * A buyer total against the sum of its lines (what each refresh keeps it at): rewritten from
 * them, the insurer's counters moved by the difference, when a field differs. Returns the
 * fields that differed; none, nothing written.
 */
export async function repairTotal(buyerId: string): Promise<TotalDifference[]> {
  let found: TotalDifference[] = [];
  await retried(async () => {
    // The total first: a line refreshed after this read moves its version, and the write below fails and reads again.
    const stored = await getItem<StoredTotal>(keys.total(buyerId), true);
    if (!stored) {
      found = [];
      return false;
    }
    const lines = await queryAll<StoredLine>({ ...withPrefix(keys.lines(buyerId)), ConsistentRead: true });
    const summed = lines.reduce<BuyerTotal>((total, line) => withLine(total, undefined, { limit: line.limit, exposure: line.exposure }), emptyTotal(buyerId, stored.facts));
    found = (['lines', 'limit', 'exposure', 'headroom', 'uncovered'] as const).filter((field) => summed[field] !== stored[field]).map((field) => ({ path: field, maintained: stored[field], computed: summed[field] }));
    if (found.length === 0) return false;
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName(), Item: await totalItem(summed, stored.version + 1, stored.linesPending), ...versionCondition(stored.version) } },
          ...counterUpdates(buyerId, stored, summed),
        ],
      }),
    );
    return true;
  });
  return found;
}

/** A tenant's unpaid invoices in one currency: `exposure` in EUR (the insurer's), `ownExposure` in the policy currency (the tenant's). */
interface StoredCurrencyRow {
  readonly currency: string;
  readonly invoices: number;
  readonly outstanding: number;
  readonly exposure: number;
  readonly ownExposure?: number;
  readonly version: number;
}

/** Brings a tenant's unpaid invoices by currency (exposure in EUR and in its policy currency) up to date. Returns the rows changed. */
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
    ).map((row) => ({ ...row, ownExposure: row.exposure, exposure: valuation.toEur(row.exposure, currency) }));
    const now = new Map(rows.map((row) => [row.currency, row]));
    const before = new Map(stored.map((row) => [row.currency, row]));
    for (const code of new Set([...now.keys(), ...before.keys()])) {
      const a = before.get(code);
      const b = now.get(code);
      if (a && b && a.invoices === b.invoices && a.outstanding === b.outstanding && a.exposure === b.exposure && a.ownExposure === b.ownExposure) continue;
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

/** A buyer as the ranked lists show it: its exposure (the insurer's, or one tenant's) and its grade's story. */
const rankedOf = (buyerId: string, exposure: number, facts: LineFacts): RankedBuyer => ({
  buyerId,
  exposure,
  grade: facts.grade,
  gradeWorsenedOn: facts.gradeWorsenedOn,
  previousGrade: facts.previousGrade,
});

/** The first buyer totals (or a tenant's lines) of an index partition, in its order (all of them within `range` when one is given). */
async function firstOf<T = RankedTotal>(
  index: 'gsi1' | 'gsi2' | 'gsi3',
  partition: Record<string, string>,
  count: number,
  range?: { from: string; to: string },
  projection?: readonly string[],
): Promise<T[]> {
  const [[pkName, pkValue]] = Object.entries(partition) as [[string, string]];
  const input = {
    IndexName: index,
    ...(projection ? { ProjectionExpression: projection.join(', ') } : {}),
    KeyConditionExpression: range ? `${pkName} = :pk AND ${index}sk BETWEEN :from AND :to` : `${pkName} = :pk`,
    ExpressionAttributeValues: { ':pk': pkValue, ...(range ? { ':from': range.from, ':to': range.to } : {}) },
  };
  return range ? queryAll<T>(input) : queryFirst<T>(input, count);
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
  const ranked = (total: RankedTotal) => rankedOf(total.buyerId, total.exposure, total.facts);
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
  return {
    portfolio,
    byCurrency: currencyRowsOf(counters),
    tenants: Number(counters.get(counterName('all', 'tenants')) ?? 0n),
    capacity: { reservedEur, capacityEur, utilisationBp: utilisationBp(reservedEur, capacityEur), mostUsed: perBuyer },
    ...(valuation ? { valuedOn: valuation.valuedOn } : {}),
  };
}

export async function tenantCounters(tenantId: string): Promise<Counters> {
  return readCounters(allShards((shard) => keys.tenantShard(tenantId, shard)));
}

type RankedLine = { buyerId: string; ownExposure: number; facts: LineFacts };
/** The attributes of a line a tenant's ranking reads. */
const RANKED_LINE = ['buyerId', 'ownExposure', 'facts'] as const;

/**
 * A tenant's own figures, in its policy currency, from its counters: what `tenantPortfolio`
 * answers, read from a fixed number of items whatever the size of its book (the 8 counter
 * shards, its ten largest exposures and its buyers worsened in 90 days from its sparse
 * indexes, its currency rows).
 */
export async function maintainedTenantFigures(tenantId: string, today: string): Promise<{ portfolioIn: (currency: string) => Portfolio; byCurrency: CurrencyExposure[] }> {
  const after = addDays(today, -89);
  const [counters, top10, worsened, rows] = await Promise.all([
    tenantCounters(tenantId),
    firstOf<RankedLine>('gsi2', keys.tenantByExposurePartition(tenantId), 10, undefined, RANKED_LINE),
    // One item per buyer the answer lists as worsened: only what the answer says of it.
    firstOf<RankedLine>('gsi1', keys.tenantWorsenedPartition(tenantId), 0, { from: dayRank(today), to: `${dayRank(after)}#\uffff` }, RANKED_LINE),
    queryAll<StoredCurrencyRow>(withPrefix(keys.currencies(tenantId))),
  ]);
  const ranked = (line: RankedLine) => rankedOf(line.buyerId, line.ownExposure, line.facts);
  const byCurrency = rows
    // A row written before the tenant's view was maintained has no ownExposure: its next refresh adds it.
    .filter((row): row is StoredCurrencyRow & { ownExposure: number } => row.ownExposure !== undefined)
    .map((row) => ({ currency: row.currency, invoices: row.invoices, outstanding: row.outstanding, exposure: row.ownExposure }))
    .filter((row) => row.outstanding > 0 || row.exposure > 0)
    .sort(byCurrencyExposure);
  // The currency is the policy's, read beside these by the caller.
  return { portfolioIn: (currency) => portfolioFromCounters({ counters, top10: top10.map(ranked), worsened: worsened.map(ranked), currency, today }), byCurrency };
}

/** The unpaid invoices by currency the insurer's counters hold, largest exposure (EUR) first. */
export function currencyRowsOf(counters: Counters): CurrencyExposure[] {
  return [...counters.keys()]
    .filter((name) => name.startsWith('currency:') && name.endsWith('|invoices'))
    .map((name) => name.slice('currency:'.length, -'|invoices'.length))
    .map((currency) => {
      const value = (field: string) => Number(counters.get(counterName(`currency:${currency}`, field)) ?? 0n);
      return { currency, invoices: value('invoices'), outstanding: value('outstanding'), exposure: value('exposure') };
    })
    .filter((row) => row.invoices > 0 || row.outstanding > 0 || row.exposure > 0)
    .sort(byCurrencyExposure);
}

/** What a sector alert's (sector, country) holds, from its counters. */
export async function pairFigures(sector: string, country: string) {
  return pairFiguresOf(await pairCounters(sector, country));
}

/** Records the day every line was last revalued (the reconciliation's). */
export async function recordValuation(valuedOn: string, at: Date): Promise<void> {
  await documents.send(new PutCommand({ TableName: tableName(), Item: { ...keys.valuation(), kind: 'portfolioValuation', valuedOn, at: at.toISOString() } }));
}

