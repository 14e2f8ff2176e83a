/**
 * Revisions of the items people edit whole (the insurer's rules, a tenant's decision matrix):
 * each write stores the next revision, conditional on the one it read, so If-Match can be
 * checked against what is stored at the moment of the write (shared/contract/preconditions.ts).
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ProblemError } from '#contract/problems';
import { requireMatch, type IfMatch } from '#contract/preconditions';
import { documents } from './client.ts';
import { isConditionFailed } from './items.ts';
import { tableName } from './table.ts';
import type { Key } from './keys.ts';

/** `revision`; 1 for an item stored before revisions were counted; 0 while nothing is stored (the defaults). */
export function revisionOf(item: Record<string, unknown> | undefined): number {
  if (!item) return 0;
  return typeof item['revision'] === 'number' ? item['revision'] : 1;
}

/** The condition that the item is still at `revision`, as revisionOf reads it. */
export function atRevision(revision: number): { condition: string; values: Record<string, number> } {
  if (revision === 0) return { condition: 'attribute_not_exists(pk)', values: {} };
  if (revision === 1) return { condition: '(revision = :revision OR (attribute_exists(pk) AND attribute_not_exists(revision)))', values: { ':revision': 1 } };
  return { condition: 'revision = :revision', values: { ':revision': revision } };
}

/** Writers racing without If-Match: each re-reads and writes again, the last one wins; past this many rounds, 409. */
const ROUNDS = 5;

/**
 * Stores `fields` under `key` at the next revision and returns it. With If-Match the stored
 * revision must be one it names (412 otherwise, nothing written); a write that lands between
 * the read and this write fails the condition, and the next round sees it.
 */
export async function putRevised(key: Key, fields: Record<string, unknown>, ifMatch: IfMatch | undefined, what: string): Promise<number> {
  for (let round = 0; round < ROUNDS; round++) {
    const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true, ProjectionExpression: 'pk, revision' }));
    const revision = revisionOf(Item);
    requireMatch(ifMatch, revision, what);
    const guard = atRevision(revision);
    try {
      await documents.send(
        new PutCommand({
          TableName: tableName(),
          Item: { ...key, ...fields, revision: revision + 1 },
          ConditionExpression: guard.condition,
          ...(Object.keys(guard.values).length > 0 ? { ExpressionAttributeValues: guard.values } : {}),
        }),
      );
      return revision + 1;
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }
  throw new ProblemError({ slug: 'concurrent-update', detail: `${what} is being changed by others right now. Read it again and retry.` });
}
