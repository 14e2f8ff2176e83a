/**
 * Cursors are opaque and tamper-evident: AES-256-GCM under the deployment's cursor key, bound
 * to the list they page, and still checked against the partition the query reads once open.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cursorKeyFrom, decodeCursor, encodeCursor, listOf, type CursorSeal, type PartitionQuery } from '../../shared/data/pagination.ts';
import type { ProblemError } from '../../shared/contract/problems.ts';

const key = cursorKeyFrom(randomBytes(32).toString('base64url'));
const apiKeysOfA: PartitionQuery = { partition: { pk: 'TENANT#ten_01AAAAAAAAAAAAAAAAAAAAAAAA' }, sortKeyPrefix: { attribute: 'sk', prefix: 'APIKEY#' } };
const seal: CursorSeal = { key, list: listOf(apiKeysOfA) };
const lastKey = { pk: 'TENANT#ten_01AAAAAAAAAAAAAAAAAAAAAAAA', sk: 'APIKEY#key_01BBBBBBBBBBBBBBBBBBBBBBBB' };
const shape = { attributes: ['pk', 'sk'], sortKeyPrefix: { attribute: 'sk', prefix: 'APIKEY#' } };
const open = (cursor: string, with_: CursorSeal = seal, expected: Record<string, string> = apiKeysOfA.partition) => decodeCursor(cursor, with_, expected, shape);
const invalid = expect.objectContaining({ status: 400, slug: 'invalid-cursor' }) as ProblemError;

describe('cursors', () => {
  it('round-trip: the key of the last item comes back, for this list', () => {
    const cursor = encodeCursor(lastKey, seal) as string;
    expect(open(cursor)).toEqual(lastKey);
    expect(encodeCursor(undefined, seal)).toBeUndefined();
    expect(decodeCursor(undefined, seal, apiKeysOfA.partition)).toBeUndefined();
  });

  it('show nothing of the key: no pk, sk, TENANT#, tenant id, key layout; not JSON however decoded', () => {
    const cursor = encodeCursor(lastKey, seal) as string;
    for (const text of [cursor, Buffer.from(cursor, 'base64url').toString('utf8'), Buffer.from(cursor, 'base64url').toString('latin1')]) {
      for (const secret of ['TENANT#', 'ten_01AAAA', 'APIKEY#', 'key_01BBBB', '"pk"', '"sk"']) expect(text).not.toContain(secret);
    }
    expect(() => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown).toThrow();
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    // A fresh nonce each time: two cursors of the same position do not even look alike.
    expect(encodeCursor(lastKey, seal)).not.toBe(cursor);
  });

  it('flipping any bit of any byte makes it invalid', () => {
    const bytes = Buffer.from(encodeCursor(lastKey, seal) as string, 'base64url');
    for (let i = 0; i < bytes.length; i += 1) {
      for (const bit of [0x01, 0x80]) {
        const altered = Buffer.from(bytes);
        altered[i] = (altered[i] as number) ^ bit;
        expect(() => open(altered.toString('base64url')), `byte ${i} ^ ${bit}`).toThrow(invalid);
      }
    }
  });

  it('changing, adding or removing any character of its text makes it invalid (no lenient decoding)', () => {
    const cursor = encodeCursor(lastKey, seal) as string;
    for (let i = 0; i < cursor.length; i += 1) {
      const other = cursor[i] === 'A' ? 'B' : 'A';
      expect(() => open(cursor.slice(0, i) + other + cursor.slice(i + 1)), `char ${i}`).toThrow(invalid);
    }
    // Standard base64's '+' and '/' in place of a character: always a change (replacing the cursor's
    // own '-' was not when a random cursor had none).
    for (const altered of [cursor.slice(0, -1), cursor.slice(1), `${cursor}A`, `${cursor}=`, `${cursor}.`, ` ${cursor}`, `${cursor.slice(0, 2)}+${cursor.slice(3)}`, `${cursor.slice(0, 2)}/${cursor.slice(3)}`, '']) {
      if (altered === '') expect(decodeCursor(altered, seal, apiKeysOfA.partition)).toBeUndefined();
      else expect(() => open(altered), JSON.stringify(altered)).toThrow(invalid);
    }
  });

  it('truncated at every length, it is invalid', () => {
    const bytes = Buffer.from(encodeCursor(lastKey, seal) as string, 'base64url');
    for (let length = 1; length < bytes.length; length += 1) {
      expect(() => open(bytes.subarray(0, length).toString('base64url')), `${length} bytes`).toThrow(invalid);
    }
  });

  it('another deployment’s key (another secret) does not open it', () => {
    const cursor = encodeCursor(lastKey, { ...seal, key: cursorKeyFrom('another deployment') }) as string;
    expect(() => open(cursor)).toThrow(invalid);
  });

  it('a cursor of another list does not open for this one, even over the same partition', () => {
    const policyVersions: PartitionQuery = { ...apiKeysOfA, sortKeyPrefix: { attribute: 'sk', prefix: 'POLICY#' }, newestFirst: true };
    const cursor = encodeCursor({ ...lastKey, sk: 'POLICY#v000002' }, { key, list: listOf(policyVersions) }) as string;
    expect(() => open(cursor)).toThrow(invalid);
    // The same list read in the other order, or with a filter, is another list too.
    expect(() => open(encodeCursor(lastKey, { key, list: listOf({ ...apiKeysOfA, newestFirst: true }) }) as string)).toThrow(invalid);
    expect(() => open(encodeCursor(lastKey, { key, list: listOf({ ...apiKeysOfA, filter: { attribute: 'status', value: 'open' } }) }) as string)).toThrow(invalid);
  });

  it('a cursor of another tenant’s list is invalid for this tenant', () => {
    const apiKeysOfB: PartitionQuery = { ...apiKeysOfA, partition: { pk: 'TENANT#ten_01CCCCCCCCCCCCCCCCCCCCCCCC' } };
    const cursorOfB = encodeCursor({ ...lastKey, pk: 'TENANT#ten_01CCCCCCCCCCCCCCCCCCCCCCCC' }, { key, list: listOf(apiKeysOfB) }) as string;
    expect(() => open(cursorOfB)).toThrow(invalid);
  });

  it('once open, the key is still checked against the partition and range the query reads', () => {
    // Sealed for this very list (as a forger holding the key could), yet naming another partition.
    const foreign = encodeCursor({ ...lastKey, pk: 'TENANT#ten_01CCCCCCCCCCCCCCCCCCCCCCCC' }, seal) as string;
    expect(() => open(foreign)).toThrow(invalid);
    expect(() => open(encodeCursor({ ...lastKey, sk: 'ZZZ' }, seal) as string)).toThrow(invalid);
    expect(() => open(encodeCursor({ pk: lastKey.pk }, seal) as string)).toThrow(invalid);
    expect(() => open(encodeCursor({ ...lastKey, extra: 'x' }, seal) as string)).toThrow(invalid);
    expect(() => open(encodeCursor({ ...lastKey, sk: 1 }, seal) as string)).toThrow(invalid);
  });

  it('an old base64url-JSON cursor, or any forged text, is invalid', () => {
    const old = Buffer.from(JSON.stringify(lastKey)).toString('base64url');
    expect(() => open(old)).toThrow(invalid);
    for (const forged of ['not-base64-json', Buffer.from('[1,2]').toString('base64url'), Buffer.from('{"pk":"x","sk":{"S":"y"}}').toString('base64url'), 'AQ', randomBytes(64).toString('base64url')]) {
      expect(() => open(forged), forged).toThrow(invalid);
    }
  });

  it('the cursor key is 32 bytes derived from the secret, the same for the same secret', () => {
    expect(key).toHaveLength(32);
    expect(Buffer.from(cursorKeyFrom('s3cret'))).toEqual(Buffer.from(cursorKeyFrom('s3cret')));
    expect(Buffer.from(cursorKeyFrom('s3cret'))).not.toEqual(Buffer.from(cursorKeyFrom('s3cret2')));
  });
});
