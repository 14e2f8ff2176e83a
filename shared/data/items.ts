/** The item-level helpers every repository uses: one read, a batch of reads. */
import { BatchGetCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { tableName } from './table.ts';

export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

/** One item; strongly consistent unless told otherwise (decisions read what was last written). */
export async function getItem<T>(key: ItemKey, consistent = true): Promise<T | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: consistent }));
  return Item as T | undefined;
}

/** Many items by key, 100 per call, unprocessed keys retried. Missing items are simply absent. */
export async function batchGetItems<T>(keys: readonly ItemKey[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    let pending: Record<string, { Keys: Record<string, unknown>[] }> | undefined = { [tableName()]: { Keys: keys.slice(i, i + 100).map((key) => ({ ...key })) } };
    for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(25 * 2 ** attempt, 1_000)));
      const result = await documents.send(new BatchGetCommand({ RequestItems: pending }));
      out.push(...((result.Responses?.[tableName()] ?? []) as T[]));
      pending = result.UnprocessedKeys as typeof pending;
    }
  }
  return out;
}
