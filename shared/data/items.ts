/** The item-level helpers every repository uses: reads, storage attributes, transaction outcomes. */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, PutCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { tableName } from './table.ts';
import { parseStored, parseStoredItems } from './stored.ts';

export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

/** One item; strongly consistent unless told otherwise (decisions read what was last written). */
export async function getItem<T>(key: ItemKey, consistent = true): Promise<T | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: consistent }));
  return Item ? parseStored<T>(Item) : undefined;
}

/** Batches of 100 keys read side by side, at most this many at once. */
const BATCH_GETS_IN_FLIGHT = 4;

/**
 * Many items by key, 100 per call (a few calls at once), unprocessed keys retried. Missing
 * items are simply absent; the order is not the keys'. Eventually consistent unless told:
 * a decision on what was just written (an order committed a moment ago) asks for `consistent`.
 */
export async function batchGetItems<T>(keys: readonly ItemKey[], options: { consistent?: boolean } = {}): Promise<T[]> {
  const chunks: ItemKey[][] = [];
  for (let i = 0; i < keys.length; i += 100) chunks.push(keys.slice(i, i + 100));
  const results: T[][] = new Array<T[]>(chunks.length);
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const index = next;
      next += 1;
      results[index] = await batchGetChunk<T>(chunks[index] as ItemKey[], options.consistent === true);
    }
  };
  await Promise.all(Array.from({ length: Math.min(BATCH_GETS_IN_FLIGHT, chunks.length) }, worker));
  return results.flat();
}

/** Where getItems files an item: its key as one string. */
const keyString = (key: ItemKey) => `${key.pk}\u0000${key.sk}`;

/**
 * A few items by key in one BatchGetItem (up to 100 keys; unprocessed keys retried), each
 * looked up by its key afterwards, absent if not found: the reads of a decision that need
 * several fixed items at once pay one call, not one per item. Eventually consistent unless told.
 */
export async function getItems(keys: readonly ItemKey[], options: { consistent?: boolean } = {}): Promise<<T>(key: ItemKey) => T | undefined> {
  if (keys.length > 100) throw new Error(`getItems reads at most 100 keys, got ${keys.length}`);
  const found = new Map<string, unknown>();
  for (const item of await batchGetChunk<ItemKey>(keys, options.consistent === true)) found.set(keyString(item), item);
  return <T>(key: ItemKey) => found.get(keyString(key)) as T | undefined;
}

async function batchGetChunk<T>(keys: readonly ItemKey[], consistent: boolean): Promise<T[]> {
  const out: T[] = [];
  let pending: Record<string, { Keys: Record<string, unknown>[]; ConsistentRead?: boolean }> | undefined = {
    [tableName()]: { Keys: keys.map((key) => ({ ...key })), ...(consistent ? { ConsistentRead: true } : {}) },
  };
  for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(25 * 2 ** attempt, 1_000)));
    const result = await documents.send(new BatchGetCommand({ RequestItems: pending }));
    out.push(...parseStoredItems<T>(result.Responses?.[tableName()]));
    pending = result.UnprocessedKeys as typeof pending;
  }
  return out;
}

/** A partition's items whose sort key starts with a prefix: the query every key builder's `…Prefix` names. */
export function withPrefix(key: { readonly pk: string; readonly skPrefix: string }) {
  return { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': key.pk, ':prefix': key.skPrefix } };
}

/**
 * Writes `item` in place of `current` (read before, with its `version`) only if it is still
 * the one stored, or, without `current`, only if none is: false when it changed meanwhile (the
 * caller answers 409 concurrent-update). A replacement that keeps history relies on it.
 */
export async function putIfUnchanged(item: ItemKey & object, current: { readonly version: number } | undefined): Promise<boolean> {
  try {
    await documents.send(
      new PutCommand({
        TableName: tableName(),
        Item: item,
        ...(current ? { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': current.version } } : { ConditionExpression: 'attribute_not_exists(pk)' }),
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** A single write's condition did not hold (PutItem, UpdateItem, DeleteItem; isRace is the transactions' one). */
export function isConditionFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/**
 * Every item a query finds, page after page: for reads that need the whole partition (a
 * limit's history, an owner's endpoints, a buyer's holders), not for what the API pages.
 */
export async function queryAll<T = Record<string, unknown>>(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<T[]> {
  const items: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(new QueryCommand({ TableName: tableName(), ...input, ...(start ? { ExclusiveStartKey: start } : {}) }));
    items.push(...parseStoredItems<T>(page.Items));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The first `count` items a query finds, in its order, reading no page more than needed. */
export async function queryFirst<T = Record<string, unknown>>(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>, count: number): Promise<T[]> {
  const items: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(new QueryCommand({ TableName: tableName(), ...input, Limit: count - items.length, ...(start ? { ExclusiveStartKey: start } : {}) }));
    items.push(...parseStoredItems<T>(page.Items));
    start = page.LastEvaluatedKey;
  } while (start && items.length < count);
  return items;
}

/**
 * How many items a query finds, page after page (DynamoDB counts at most 1 MB of items per
 * call): read, not returned. `Limit`, if given, sizes the pages, not the count.
 */
export async function countAll(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Select' | 'ProjectionExpression'>): Promise<number> {
  let total = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(new QueryCommand({ TableName: tableName(), ...input, Select: 'COUNT', ...(start ? { ExclusiveStartKey: start } : {}) }));
    total += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return total;
}

/** The table's own attributes on an item: keys of the table and its indexes, and the kind. */
const STORAGE_ATTRIBUTES = new Set(['pk', 'sk', 'kind', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk']);

/** What an item says, without how it is stored: what the API shows of it. */
export function attributesOf<T>(item: object): T {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !STORAGE_ATTRIBUTES.has(name))) as T;
}

/** Which items of a cancelled transaction failed their condition (empty for any other error). */
export function failedConditions(error: unknown): number[] {
  if (!(error instanceof TransactionCanceledException)) return [];
  return (error.CancellationReasons ?? []).flatMap((reason, index) => (reason.Code === 'ConditionalCheckFailed' ? [index] : []));
}

/** Tries at a transaction that concurrent ones keep cancelling, before the error is the caller's. */
export const CONFLICT_ATTEMPTS = 10;

/** Cancelled only because another transaction was writing the same item (no condition failed). */
function isConflictOnly(error: unknown): boolean {
  if (!(error instanceof TransactionCanceledException)) return false;
  const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code);
  return codes.includes('TransactionConflict') && !codes.includes('ConditionalCheckFailed');
}

/**
 * Runs a transaction again while DynamoDB cancels it for a concurrent one on the same item
 * (TransactionConflict: workers finishing together on one counter), after a short random wait
 * that grows with each try. A failed condition is an answer, not a conflict: it goes to the
 * caller at once, as does any other error and the last conflict — unless `retryable` says
 * otherwise (`isRace`: a read-then-write step whose version condition failed reads again).
 */
export async function retryOnConflict<T>(transact: () => Promise<T>, attempts = CONFLICT_ATTEMPTS, retryable: (error: unknown) => boolean = isConflictOnly): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transact();
    } catch (error) {
      if (!retryable(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/** Lost to a concurrent writer: a condition that no longer holds, or DynamoDB's transaction conflict. */
export function isRace(error: unknown): boolean {
  return (
    error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict')
  );
}
