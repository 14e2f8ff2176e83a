/**
 * The whole table as a sorted list of canonical item strings, read with a client of its
 * own (not the runtime's), to prove that a refused request stored nothing.
 */
import { ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { expect } from 'vitest';

export type TableSnapshot = readonly string[];

/** JSON with object keys sorted, so equal items give equal strings. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Uint8Array) return JSON.stringify(Buffer.from(value).toString('base64'));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Scans every page; items whose partition key starts with one of `ignorePrefixes` are left out. */
export async function tableSnapshot(client: DynamoDBClient, tableName: string, ignorePrefixes: readonly string[]): Promise<TableSnapshot> {
  const items: string[] = [];
  let start: Record<string, AttributeValue> | undefined;
  // Bounded: a test table holds hundreds of items, never a thousand pages.
  for (let page = 0; page < 1_000; page++) {
    const result = await client.send(new ScanCommand({ TableName: tableName, ConsistentRead: true, ...(start ? { ExclusiveStartKey: start } : {}) }));
    for (const item of result.Items ?? []) {
      const pk = item['pk']?.S ?? '';
      if (ignorePrefixes.some((prefix) => pk.startsWith(prefix))) continue;
      items.push(canonical(item));
    }
    start = result.LastEvaluatedKey;
    if (!start) return items.sort();
  }
  throw new Error(`${tableName} has more than 1000 pages: not a test table`);
}

/** Items only in `before` (removed or changed) and only in `after` (added or changed). */
export function snapshotDiff(before: TableSnapshot, after: TableSnapshot): { removed: string[]; added: string[] } {
  const was = new Set(before);
  const now = new Set(after);
  return { removed: before.filter((item) => !now.has(item)), added: after.filter((item) => !was.has(item)) };
}

/**
 * Left out of the comparison: idempotency records, and the insurer's portfolio read model
 * (`PORTFOLIO#…`), which the stream keeps up to date from earlier writes at its own pace; it
 * changes only when the items it is derived from do, and those are compared.
 */
export const NOT_COMPARED = ['IDEMPOTENCY#', 'PORTFOLIO#'];

/** Runs `action` and requires the table to hold exactly what it held before (idempotency records and derived ones aside): a refused request stores nothing. */
export async function expectTableUnchanged<T>(client: DynamoDBClient, tableName: string, action: () => Promise<T>): Promise<T> {
  const before = await tableSnapshot(client, tableName, NOT_COMPARED);
  const result = await action();
  const { added, removed } = snapshotDiff(before, await tableSnapshot(client, tableName, NOT_COMPARED));
  expect({ added, removed }).toEqual({ added: [], removed: [] });
  return result;
}
