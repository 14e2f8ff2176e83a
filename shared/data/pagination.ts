/**
 * Opaque cursors: the last key of a page, base64url JSON. A cursor is checked against the
 * partition the query reads before it is used, so a cursor from another list (or another
 * tenant) answers 400, never another partition's items nor a DynamoDB error.
 */
import { ProblemError } from '#http/problems';

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

/** Decodes a cursor whose key must carry exactly `expected` values (the partition read). */
export function decodeCursor(cursor: string | undefined, expected: Record<string, string>): Record<string, unknown> | undefined {
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
  return record;
}
