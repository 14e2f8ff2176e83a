/**
 * Paginated lists and their cursors. A cursor is the last key of a page sealed with
 * AES-256-GCM under a key derived from the deployment's `cursor` secret: opaque (it shows no
 * table key, tenant id or key layout) and tamper-evident (a forged, altered, truncated or
 * foreign cursor does not open). It is bound to the list it came from (index, partition,
 * range, order, filters, in the associated data), and once opened it is still checked against
 * the partition the query reads: a cursor from another list (or another tenant) answers 400,
 * never another partition's items nor a DynamoDB error. It does not expire: it stays valid as
 * long as the secret does (locally, the secret is kept in the data directory).
 *
 * Work inside the system (daily jobs, reading a whole partition) pages with partitionPages:
 * no cursor leaves the function, so none is sealed and no secret is needed.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ProblemError, fieldError, problems } from '#contract/problems';
import { documents } from './client.ts';
import { secretValue } from './secrets.ts';
import { table, tableName } from './table.ts';
import { parseStoredItems } from './stored.ts';

export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | undefined;
  /** The list's items changed at or after this moment (RFC 3339), in that order (see changesOr). */
  readonly updatedSince?: string | undefined;
}

export interface PageResult<T> {
  readonly items: T[];
  readonly cursor?: string;
}

const invalidCursor = () =>
  new ProblemError({
    slug: 'invalid-cursor',
    detail: 'This cursor does not belong to this list. Pass back the cursor of the previous page unchanged.',
    extensions: { errors: [{ in: 'query', field: 'cursor', pointer: '#/cursor', code: 'invalid_cursor', detail: 'not a cursor of this list' }] },
  });

/** The key that seals cursors, and the list a cursor belongs to. */
export interface CursorSeal {
  /** 32 bytes: AES-256. */
  readonly key: Uint8Array;
  /** Names the list (see listOf): a cursor opens only for the list it came from. */
  readonly list: string;
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const CURSOR_KEY_INFO = 'bouclier/cursor/v1';

/** The cursor key from the deployment's secret (any string; HKDF-SHA-256 makes the 32 bytes). */
export function cursorKeyFrom(secret: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, '', CURSOR_KEY_INFO, 32));
}

let cursorKey: Promise<Uint8Array> | undefined;
function currentCursorKey(): Promise<Uint8Array> {
  cursorKey ??= secretValue('cursor').then(cursorKeyFrom, (error: unknown) => {
    cursorKey = undefined;
    throw error;
  });
  return cursorKey;
}

const associatedData = (seal: CursorSeal) => Buffer.from(`bouclier-cursor:v${VERSION}:${seal.list}`, 'utf8');

export function encodeCursor(lastKey: Record<string, unknown> | undefined, seal: CursorSeal): string | undefined {
  if (!lastKey) return undefined;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', seal.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(seal));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(lastKey), 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.of(VERSION), iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** The key sealed in `cursor` for this list, or an invalid-cursor problem. */
function openCursor(cursor: string, seal: CursorSeal): unknown {
  // Node's decoder skips characters outside the alphabet: only the canonical text opens.
  if (!BASE64URL.test(cursor)) throw invalidCursor();
  const bytes = Buffer.from(cursor, 'base64url');
  if (bytes.toString('base64url') !== cursor || bytes.length < 1 + IV_BYTES + TAG_BYTES + 1 || bytes[0] !== VERSION) throw invalidCursor();
  try {
    const decipher = createDecipheriv('aes-256-gcm', seal.key, bytes.subarray(1, 1 + IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(seal));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as unknown;
  } catch {
    throw invalidCursor();
  }
}

export interface CursorShape {
  /** Exactly these attributes, all strings: the key of the table or index read. */
  readonly attributes?: readonly string[];
  /** The sort key must lie in the range the query reads. */
  readonly sortKeyPrefix?: { readonly attribute: string; readonly prefix: string };
  readonly sortKeyBetween?: SortKeyRange;
}

/** Sort keys from `from` to `to`, both included (DynamoDB's BETWEEN). */
export interface SortKeyRange {
  readonly attribute: string;
  readonly from: string;
  readonly to: string;
}

/**
 * Opens a cursor of this list whose key must carry exactly `expected` values (the partition
 * read), and the shape the query needs: a cursor that passes here is a key DynamoDB accepts.
 */
export function decodeCursor(cursor: string | undefined, seal: CursorSeal, expected: Record<string, string>, shape: CursorShape = {}): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  const key = openCursor(cursor, seal);
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw invalidCursor();
  const record = key as Record<string, unknown>;
  if (Object.values(record).some((value) => typeof value !== 'string')) throw invalidCursor();
  for (const [name, value] of Object.entries(expected)) if (record[name] !== value) throw invalidCursor();
  if (shape.attributes && (Object.keys(record).length !== shape.attributes.length || shape.attributes.some((name) => !Object.hasOwn(record, name)))) {
    throw invalidCursor();
  }
  const sort = shape.sortKeyPrefix;
  if (sort && !String(record[sort.attribute]).startsWith(sort.prefix)) throw invalidCursor();
  const range = shape.sortKeyBetween;
  if (range && !(String(record[range.attribute]) >= range.from && String(record[range.attribute]) <= range.to)) throw invalidCursor();
  return record;
}

export interface PartitionQuery {
  /** The partition read: `{ pk: … }` on the table, `{ gsi2pk: … }` on an index. */
  readonly partition: Readonly<Record<string, string>>;
  readonly index?: string;
  /** Sort key attribute and prefix, for `begins_with`. */
  readonly sortKeyPrefix?: { readonly attribute: string; readonly prefix: string };
  /** Or sort keys in a range (not both). */
  readonly sortKeyBetween?: SortKeyRange;
  readonly newestFirst?: boolean;
  /** Only items whose attributes equal these values (a filter: a page may hold fewer items). */
  readonly filter?: { readonly attribute: string; readonly value: string } | readonly { readonly attribute: string; readonly value: string }[];
}

/** The table's items of a partition whose sort key starts with a prefix (a keys module's `…Prefix`). */
export function prefixQuery(key: { readonly pk: string; readonly skPrefix: string }, options: { newestFirst?: boolean } = {}): PartitionQuery {
  return { partition: { pk: key.pk }, sortKeyPrefix: { attribute: 'sk', prefix: key.skPrefix }, ...(options.newestFirst ? { newestFirst: true } : {}) };
}

const filtersOf = (query: PartitionQuery) => (query.filter === undefined ? [] : 'attribute' in query.filter ? [query.filter] : query.filter);

/** What a cursor is bound to: everything that makes the list, but the page size. */
export function listOf(query: PartitionQuery): string {
  return JSON.stringify([query.index ?? null, query.partition, query.sortKeyPrefix ?? null, query.newestFirst === true, filtersOf(query), ...(query.sortKeyBetween ? [query.sortKeyBetween] : [])]);
}

/** One page from `startKey` (a key of this partition), and where the next one starts. */
async function queryFrom<T>(query: PartitionQuery, limit: number, startKey?: Record<string, unknown>): Promise<{ items: T[]; lastKey?: Record<string, unknown> }> {
  const [[partitionAttribute, partitionValue]] = Object.entries(query.partition) as [[string, string]];
  const filters = filtersOf(query);
  const result = await documents.send(
    new QueryCommand({
      TableName: tableName(),
      ...(query.index ? { IndexName: query.index } : {}),
      KeyConditionExpression: query.sortKeyPrefix ? '#p = :p AND begins_with(#s, :prefix)' : query.sortKeyBetween ? '#p = :p AND #s BETWEEN :from AND :to' : '#p = :p',
      ...(filters.length > 0 ? { FilterExpression: filters.map((_, i) => `#f${i} = :f${i}`).join(' AND ') } : {}),
      ExpressionAttributeNames: {
        '#p': partitionAttribute,
        ...(query.sortKeyPrefix ? { '#s': query.sortKeyPrefix.attribute } : query.sortKeyBetween ? { '#s': query.sortKeyBetween.attribute } : {}),
        ...Object.fromEntries(filters.map((filter, i) => [`#f${i}`, filter.attribute])),
      },
      ExpressionAttributeValues: {
        ':p': partitionValue,
        ...(query.sortKeyPrefix ? { ':prefix': query.sortKeyPrefix.prefix } : query.sortKeyBetween ? { ':from': query.sortKeyBetween.from, ':to': query.sortKeyBetween.to } : {}),
        ...Object.fromEntries(filters.map((filter, i) => [`:f${i}`, filter.value])),
      },
      ...(query.newestFirst ? { ScanIndexForward: false } : {}),
      Limit: limit,
      ...(startKey ? { ExclusiveStartKey: startKey } : {}),
    }),
  );
  return { items: parseStoredItems<T>(result.Items), ...(result.LastEvaluatedKey ? { lastKey: result.LastEvaluatedKey } : {}) };
}

/** One page of a list a client reads, its cursor opened for and checked against that list. */
export async function queryPage<T>(query: PartitionQuery, page: PageRequest): Promise<PageResult<T>> {
  const index = query.index ? table.indexes.find((candidate) => candidate.name === query.index) : undefined;
  if (query.index && !index) throw new Error(`no index ${query.index}`);
  const attributes = [table.partitionKey, table.sortKey, ...(index ? [index.partitionKey, index.sortKey] : [])];
  // The key is read only when a cursor is opened or sealed: a one-page list needs no secret.
  const seal = async (): Promise<CursorSeal> => ({ key: await currentCursorKey(), list: listOf(query) });
  const start = page.cursor
    ? decodeCursor(page.cursor, await seal(), query.partition, {
        attributes,
        ...(query.sortKeyPrefix ? { sortKeyPrefix: query.sortKeyPrefix } : {}),
        ...(query.sortKeyBetween ? { sortKeyBetween: query.sortKeyBetween } : {}),
      })
    : undefined;
  const result = await queryFrom<T>(query, page.limit, start).catch((error: unknown) => {
    // Whatever the checks above missed, a start key DynamoDB refuses is the caller's cursor.
    if (start && error instanceof Error && error.name === 'ValidationException') throw invalidCursor();
    throw error;
  });
  const cursor = result.lastKey ? encodeCursor(result.lastKey, await seal()) : undefined;
  return { items: result.items, ...(cursor ? { cursor } : {}) };
}

/** Every page of one partition, in order, for work inside the system (no cursor leaves it). */
export async function* partitionPages<T>(query: PartitionQuery, pageSize = 100): AsyncGenerator<T[]> {
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await queryFrom<T>(query, pageSize, startKey);
    yield page.items;
    startKey = page.lastKey;
  } while (startKey);
}

/** The first `limit` items of one partition, for work inside the system. */
export async function firstItems<T>(query: PartitionQuery, limit: number): Promise<T[]> {
  return (await queryFrom<T>(query, limit)).items;
}

/** The last moment an ISO timestamp can say: the open end of a range of updatedAt. */
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

/**
 * The list a client asked for: as usual, or with `updatedSince` the items of its sync partition
 * (gsi4) changed at or after that moment, in the order they last changed. A list's other
 * filters (`filtersSet`, those the request named) select by other keys: combined with
 * updatedSince they would hide the changes that moved an item out of them, so they are refused.
 */
export function changesOr(usual: PartitionQuery, changes: { readonly gsi4pk: string }, page: PageRequest, filtersSet: Readonly<Record<string, unknown>> = {}): PartitionQuery {
  if (page.updatedSince === undefined) return usual;
  const named = Object.entries(filtersSet).filter(([, value]) => value !== undefined).map(([name]) => name);
  if (named.length > 0) {
    throw problems.validation(
      named.map((name) => fieldError('query', [name], 'exclusive', `updatedSince lists every change of the list: filter on ${name} on your side rather than here`)),
    );
  }
  return { partition: changes, index: 'gsi4', sortKeyBetween: { attribute: 'updatedAt', from: new Date(page.updatedSince).toISOString(), to: END_OF_TIME } };
}
