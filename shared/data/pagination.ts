/**
 * Opaque cursors: the last key of a page, base64url JSON. A cursor is checked against the
 * partition the query reads before it is used, so a cursor from another list (or another
 * tenant) answers 400, never another partition's items nor a DynamoDB error.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ProblemError } from '#http/problems';
import { documents } from './client.ts';
import { table, tableName } from './table.ts';

export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export interface PageResult<T> {
  readonly items: T[];
  readonly cursor?: string;
}

const invalidCursor = () =>
  new ProblemError({
    status: 400,
    slug: 'invalid-cursor',
    title: 'Invalid cursor',
    detail: 'This cursor does not belong to this list. Pass back the cursor of the previous page unchanged.',
    extensions: { errors: [{ in: 'query', field: 'cursor', pointer: '#/cursor', code: 'invalid_cursor', detail: 'not a cursor of this list' }] },
  });

export function encodeCursor(lastKey: Record<string, unknown> | undefined): string | undefined {
  return lastKey ? Buffer.from(JSON.stringify(lastKey)).toString('base64url') : undefined;
}

export interface CursorShape {
  /** Exactly these attributes, all strings: the key of the table or index read. */
  readonly attributes?: readonly string[];
  /** The sort key must lie in the range the query reads. */
  readonly sortKeyPrefix?: { readonly attribute: string; readonly prefix: string };
}

/**
 * Decodes a cursor whose key must carry exactly `expected` values (the partition read), and
 * the shape the query needs: a cursor that passes here is a key DynamoDB accepts.
 */
export function decodeCursor(cursor: string | undefined, expected: Record<string, string>, shape: CursorShape = {}): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw invalidCursor();
  const record = key as Record<string, unknown>;
  if (Object.values(record).some((value) => typeof value !== 'string')) throw invalidCursor();
  for (const [name, value] of Object.entries(expected)) if (record[name] !== value) throw invalidCursor();
  if (shape.attributes && (Object.keys(record).length !== shape.attributes.length || shape.attributes.some((name) => !Object.hasOwn(record, name)))) {
    throw invalidCursor();
  }
  const sort = shape.sortKeyPrefix;
  if (sort && !String(record[sort.attribute]).startsWith(sort.prefix)) throw invalidCursor();
  return record;
}

export interface PartitionQuery {
  /** The partition read: `{ pk: … }` on the table, `{ gsi2pk: … }` on an index. */
  readonly partition: Readonly<Record<string, string>>;
  readonly index?: string;
  /** Sort key attribute and prefix, for `begins_with`. */
  readonly sortKeyPrefix?: { readonly attribute: string; readonly prefix: string };
  readonly newestFirst?: boolean;
  /** Only items whose attributes equal these values (a filter: a page may hold fewer items). */
  readonly filter?: { readonly attribute: string; readonly value: string } | readonly { readonly attribute: string; readonly value: string }[];
}

/** One page of one partition, its cursor checked against that partition. */
export async function queryPage<T>(query: PartitionQuery, page: PageRequest): Promise<PageResult<T>> {
  const [[partitionAttribute, partitionValue]] = Object.entries(query.partition) as [[string, string]];
  const index = query.index ? table.indexes.find((candidate) => candidate.name === query.index) : undefined;
  if (query.index && !index) throw new Error(`no index ${query.index}`);
  const attributes = [table.partitionKey, table.sortKey, ...(index ? [index.partitionKey, index.sortKey] : [])];
  const start = decodeCursor(page.cursor, query.partition, { attributes, ...(query.sortKeyPrefix ? { sortKeyPrefix: query.sortKeyPrefix } : {}) });
  const filters = query.filter === undefined ? [] : 'attribute' in query.filter ? [query.filter] : query.filter;
  const result = await documents.send(
    new QueryCommand({
      TableName: tableName(),
      ...(query.index ? { IndexName: query.index } : {}),
      KeyConditionExpression: query.sortKeyPrefix ? '#p = :p AND begins_with(#s, :prefix)' : '#p = :p',
      ...(filters.length > 0 ? { FilterExpression: filters.map((_, i) => `#f${i} = :f${i}`).join(' AND ') } : {}),
      ExpressionAttributeNames: {
        '#p': partitionAttribute,
        ...(query.sortKeyPrefix ? { '#s': query.sortKeyPrefix.attribute } : {}),
        ...Object.fromEntries(filters.map((filter, i) => [`#f${i}`, filter.attribute])),
      },
      ExpressionAttributeValues: {
        ':p': partitionValue,
        ...(query.sortKeyPrefix ? { ':prefix': query.sortKeyPrefix.prefix } : {}),
        ...Object.fromEntries(filters.map((filter, i) => [`:f${i}`, filter.value])),
      },
      ...(query.newestFirst ? { ScanIndexForward: false } : {}),
      Limit: page.limit,
      ...(start ? { ExclusiveStartKey: start } : {}),
    }),
  ).catch((error: unknown) => {
    // Whatever the checks above missed, a start key DynamoDB refuses is the caller's cursor.
    if (start && error instanceof Error && error.name === 'ValidationException') throw invalidCursor();
    throw error;
  });
  const cursor = encodeCursor(result.LastEvaluatedKey);
  return { items: (result.Items ?? []) as T[], ...(cursor ? { cursor } : {}) };
}
