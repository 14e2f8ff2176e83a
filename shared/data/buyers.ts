/**
 * Buyers and countries: insurer-wide reference data (only the insurer writes it).
 *
 * Access patterns (docs/data-model.md): a buyer by id; by country and registration id
 * (a uniqueness item); by name prefix across countries (gsi1) or in one country (gsi3);
 * by NACE division and country for sector alerts (gsi2).
 */
import { BatchWriteCommand, GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { failedConditions, getItem, isConditionFailed, isRace } from './items.ts';
import { preconditionFailed, requireMatch, type IfMatch } from '#contract/preconditions';
import { categoryRaiseNotified } from '#domain/country-events';
import { countryRiskChanged } from './country-risk.ts';
import { newId } from './ids.ts';
import { partitionPages, queryPage, type PageRequest, type PageResult } from './pagination.ts';
import { tableName } from './table.ts';
import { ProblemError, fieldError, problems } from '#contract/problems';
import { Buyer as BuyerSchema, type Buyer, type Country, type CreateBuyerBody, type PatchBuyerBody } from '#contract/buyers';
import { buyerKeys, normalizeName } from './keys.ts';
import { parseStored } from './stored.ts';

/** Countries never set use this OECD category: middle of the scale, neither trusted nor refused. */
export const DEFAULT_COUNTRY_CATEGORY = 4;



/** A buyer as stored, read with its API `kind` (private or public): the item's kind attribute says `buyer`, and the buyer's kind is stored as `buyerKind`. */
interface BuyerItem extends Buyer {
  pk: string;
  sk: string;
  /** Set by risk events; the discretionary-limit rule looks 12 months back. */
  lastAdverseEventOn?: string;
  /** The date of the insolvency judgment, once insolvent: a claim's date of loss. */
  insolventOn?: string;
  /** The last day the grade worsened, and the grade before: the portfolio's "worsened in 90 days". */
  gradeWorsenedOn?: string;
  previousGrade?: number;
  /** Counted by every write of the buyer: its writers' guard (see buyerRevision). */
  revision?: number;
}

/**
 * The guard of a write of the buyer read at `revision`, and the revision it writes: two writes
 * in one millisecond leave the same updatedAt, which therefore cannot tell the second one that
 * the buyer changed since it was read.
 */
export function buyerRevision(revision: number | undefined): { condition: string; set: string; values: Record<string, number> } {
  return {
    condition: revision === undefined ? 'attribute_not_exists(revision)' : 'revision = :revision',
    set: 'revision = :nextRevision',
    values: { ...(revision === undefined ? {} : { ':revision': revision }), ':nextRevision': (revision ?? 0) + 1 },
  };
}

function buyerItem(buyer: StoredBuyer): Record<string, unknown> {
  const { kind: buyerKind = 'private', ...rest } = buyer;
  return {
    ...buyerKeys.buyer(buyer.buyerId),
    ...rest,
    kind: 'buyer',
    buyerKind,
    ...buyerKeys.byName(buyer.legalName, buyer.buyerId),
    ...buyerKeys.bySector(buyer.sector, buyer.country, buyer.grade, buyer.buyerId),
    ...buyerKeys.byCountry(buyer.country, buyer.legalName, buyer.buyerId),
  };
}

/** The stored kind of buyer: `buyerKind`, private when the buyer was stored before buyers had kinds. */
export function buyerKindOf(item: object): Buyer['kind'] {
  return (item as { buyerKind?: unknown }).buyerKind === 'public' ? 'public' : 'private';
}

/** A buyer to write whole: private unless said. */
type StoredBuyer = Omit<Buyer, 'kind'> & { kind?: Buyer['kind'] | undefined };

const buyerOf = (item: object): Buyer => BuyerSchema.parse({ ...item, kind: buyerKindOf(item) });

/** A public body cannot be insolvent: the one refusal of a buyer both public and insolvent, naming the field that makes it so. */
export function refusePublicInsolvent(buyer: { kind: Buyer['kind']; status: Buyer['status'] }, field: 'kind' | 'status'): void {
  if (buyer.kind === 'public' && buyer.status === 'insolvent') {
    throw problems.validation([fieldError('body', [field], 'public_buyer_not_insolvent', 'a public buyer cannot be insolvent: public bodies are not subject to insolvency proceedings')]);
  }
}

function duplicate(existingId: string, country: string, registrationId: string): ProblemError {
  return new ProblemError({
    slug: 'duplicate-buyer',
    detail: `Buyer ${existingId} already has registration id ${registrationId} in ${country}.`,
    extensions: { existingId },
    headers: { location: `/v1/buyers/${existingId}` },
  });
}

/** A buyer to create: private unless said (the body's default, and the callers in code that predate kinds). */
export type NewBuyer = Omit<CreateBuyerBody, 'kind'> & { kind?: Buyer['kind'] | undefined };

export async function createBuyer(body: NewBuyer, now: Date): Promise<Buyer> {
  const input: CreateBuyerBody = { ...body, kind: body.kind ?? 'private' };
  refusePublicInsolvent(input, 'status');
  const at = now.toISOString();
  const buyer: Buyer = { buyerId: newId('buyer', now), ...input, createdAt: at, updatedAt: at };
  const registration = buyerKeys.registration(input.country, input.registrationId);
  try {
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: { ...registration, kind: 'buyerRegistration', buyerId: buyer.buyerId },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          { Put: { TableName: tableName(), Item: buyerItem(buyer), ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
      }),
    );
  } catch (error) {
    if (failedConditions(error).includes(0)) {
      const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: registration }));
      throw duplicate(String(Item?.['buyerId']), input.country, input.registrationId);
    }
    throw error;
  }
  return buyer;
}

export async function getBuyerItem(buyerId: string): Promise<BuyerItem | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: buyerKeys.buyer(buyerId) }));
  return Item ? buyerItemOf(parseStored<Record<string, unknown>>(Item)) : undefined;
}

/** A buyer item as read (already checked against its stored kind), with its API `kind`. */
export function buyerItemOf(stored: Record<string, unknown>): BuyerItem {
  return { ...(stored as unknown as BuyerItem), kind: buyerKindOf(stored) };
}

/**
 * The countries of buyers read so far in this execution environment. A buyer's country never
 * changes (its registration is per country; PATCH /v1/buyers/{id} cannot touch it), so a hot
 * path that needs something of the buyer's country can ask for it before the buyer is read.
 */
const countries = new Map<string, string>();
/** Buyers whose country is kept: a few hundred KB at most. */
const COUNTRIES_KEPT = 10_000;

export function knownCountryOf(buyerId: string): string | undefined {
  return countries.get(buyerId);
}

export function rememberCountry(buyerId: string, country: string): void {
  if (countries.has(buyerId)) return;
  if (countries.size >= COUNTRIES_KEPT) countries.delete(countries.keys().next().value as string);
  countries.set(buyerId, country);
}

/** The buyer and its revision (its ETag): what the insurer reads before editing it. */
export async function getRevisedBuyer(buyerId: string): Promise<{ buyer: Buyer; revision: number }> {
  const item = await getBuyerItem(buyerId);
  if (!item) throw problems.notFound(`No buyer ${buyerId}.`);
  return { buyer: buyerOf(item), revision: item.revision ?? 0 };
}

export async function getBuyer(buyerId: string): Promise<Buyer> {
  return (await getRevisedBuyer(buyerId)).buyer;
}

export async function updateBuyer(buyerId: string, patch: PatchBuyerBody, now: Date, ifMatch?: IfMatch): Promise<{ buyer: Buyer; revision: number }> {
  const item = await getBuyerItem(buyerId);
  if (!item) throw problems.notFound(`No buyer ${buyerId}.`);
  requireMatch(ifMatch, item.revision ?? 0, `Buyer ${buyerId}`);
  const current = buyerOf(item);
  const guard = buyerRevision(item.revision);
  const next: Buyer = { ...current, ...patch, updatedAt: now.toISOString() };
  refusePublicInsolvent(next, patch.kind !== undefined ? 'kind' : 'status');
  try {
    await documents.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: buyerKeys.buyer(buyerId),
        UpdateExpression:
          `SET legalName = :name, sector = :sector, grade = :grade, #status = :status, buyerKind = :buyerKind, updatedAt = :at, ${guard.set}, ` +
          'gsi1pk = :g1p, gsi1sk = :g1s, gsi2pk = :g2p, gsi2sk = :g2s, gsi3pk = :g3p, gsi3sk = :g3s' +
          (next.grade > current.grade ? ', gradeWorsenedOn = :worsened, previousGrade = :previous' : ''),
        ConditionExpression: `updatedAt = :before AND ${guard.condition}`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ...guard.values,
          ':name': next.legalName,
          ':sector': next.sector,
          ':grade': next.grade,
          ':status': next.status,
          ':buyerKind': next.kind,
          ':at': next.updatedAt,
          ':before': current.updatedAt,
          ...(next.grade > current.grade ? { ':worsened': next.updatedAt.slice(0, 10), ':previous': current.grade } : {}),
          ...Object.fromEntries(
            Object.entries({
              ...buyerKeys.byName(next.legalName, buyerId),
              ...buyerKeys.bySector(next.sector, next.country, next.grade, buyerId),
              ...buyerKeys.byCountry(next.country, next.legalName, buyerId),
            }).map(([name, value]) => [`:${name.replace('gsi', 'g').replace('pk', 'p').replace('sk', 's')}`, value]),
          ),
        },
      }),
    );
  } catch (error) {
    if (isConditionFailed(error)) {
      // It changed between the read and the write: past the revision If-Match named, if one was.
      if (ifMatch && !ifMatch.any) throw preconditionFailed(`Buyer ${buyerId}`, ((await getBuyerItem(buyerId))?.revision ?? 0));
      throw new ProblemError({ slug: 'concurrent-update', detail: `Buyer ${buyerId} changed meanwhile. Read it again and retry.` });
    }
    throw error;
  }
  return { buyer: next, revision: (item.revision ?? 0) + 1 };
}

export async function findBuyers(
  query: { country?: string | undefined; registrationId?: string | undefined; q?: string | undefined },
  page: PageRequest,
): Promise<PageResult<Buyer>> {
  if (query.country && query.registrationId) {
    const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: buyerKeys.registration(query.country, query.registrationId) }));
    const buyer = Item ? await getBuyerItem(String(Item['buyerId'])) : undefined;
    return { items: buyer ? [buyerOf(buyer)] : [] };
  }
  const prefix = query.q ? normalizeName(query.q) : '';
  if (!query.country && !prefix) {
    throw problems.validation([{ in: 'query', field: 'q', pointer: '#/q', code: 'missing', detail: 'name a country, or the start of a name in q' }]);
  }
  const result = query.country
    ? await queryPage<BuyerItem>(
        { partition: buyerKeys.countryPartition(query.country), index: 'gsi3', ...(prefix ? { sortKeyPrefix: { attribute: 'gsi3sk', prefix } } : {}) },
        page,
      )
    : await queryPage<BuyerItem>({ partition: buyerKeys.namePartition(prefix), index: 'gsi1', sortKeyPrefix: { attribute: 'gsi1sk', prefix } }, page);
  return { ...result, items: result.items.map(buyerOf) };
}

// ---------------------------------------------------------------------------------------
// Countries
// ---------------------------------------------------------------------------------------

/** A country's OECD category; its item may exist without one (it also keeps the country's events). */
export async function countryCategory(code: string): Promise<Country> {
  return countryOfItem(code, await getItem<CategoryItem>(buyerKeys.country(code)));
}

/** The part of a country's item that holds its category, once the insurer set one. */
export interface CategoryItem {
  category?: number;
  updatedAt?: string;
}

/** The category a country's item holds, or the default when it holds none (or there is no item). */
export function countryOfItem(code: string, item: CategoryItem | undefined): Country {
  return item?.category !== undefined
    ? { countryCode: code, category: item.category, isDefault: false, updatedAt: String(item.updatedAt) }
    : { countryCode: code, category: DEFAULT_COUNTRY_CATEGORY, isDefault: true };
}

/**
 * Sets a country's OECD category. A rise by 2 or more, or to 7, tells every tenant holding a
 * limit there (country.event_opened, cause category_raised): the internal country.risk_changed
 * event is written with the category, against the category read (a concurrent change retries).
 */
export async function setCountryCategory(code: string, category: number, now: Date): Promise<Country> {
  const updatedAt = now.toISOString();
  for (let attempt = 1; ; attempt += 1) {
    const before = await countryCategory(code);
    const raised = categoryRaiseNotified(before.category, category);
    try {
      await documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName(),
                Key: buyerKeys.country(code),
                UpdateExpression: 'SET kind = :kind, countryCode = :code, category = :category, updatedAt = :at, gsi2pk = :list, gsi2sk = :code',
                ConditionExpression: before.isDefault ? 'attribute_not_exists(category)' : 'category = :before',
                ExpressionAttributeValues: {
                  ':kind': 'country',
                  ':code': code,
                  ':category': category,
                  ':at': updatedAt,
                  ':list': buyerKeys.countryListPartition().gsi2pk,
                  ...(before.isDefault ? {} : { ':before': before.category }),
                },
              },
            },
            ...(raised
              ? [countryRiskChanged({ change: 'category_raised', country: code, from: before.category, to: category, at: updatedAt }, now)]
              : []),
          ],
        }),
      );
      return { countryCode: code, category, isDefault: false, updatedAt };
    } catch (error) {
      if (!isRace(error) || attempt >= 3) throw error;
    }
  }
}

export async function listCountries(): Promise<Country[]> {
  const items: Country[] = [];
  for await (const page of partitionPages<Record<string, unknown>>({ partition: buyerKeys.countryListPartition(), index: 'gsi2' })) {
    items.push(...page.map((item) => ({ countryCode: String(item['countryCode']), category: Number(item['category']), isDefault: false, updatedAt: String(item['updatedAt']) })));
  }
  return items;
}

// ---------------------------------------------------------------------------------------
// Reference data in bulk (the local runtime's demo set)
// ---------------------------------------------------------------------------------------

export async function putBuyersInBulk(buyers: StoredBuyer[]): Promise<void> {
  const requests = buyers.flatMap((buyer) => [
    { PutRequest: { Item: buyerItem(buyer) } },
    { PutRequest: { Item: { ...buyerKeys.registration(buyer.country, buyer.registrationId), kind: 'buyerRegistration', buyerId: buyer.buyerId } } },
  ]);
  for (let i = 0; i < requests.length; i += 25) {
    let pending: Record<string, (typeof requests)[number][]> | undefined = { [tableName()]: requests.slice(i, i + 25) };
    for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 2_000)));
      const result = await documents.send(new BatchWriteCommand({ RequestItems: pending }));
      pending = result.UnprocessedItems as typeof pending;
    }
  }
}
