/**
 * Each kind of stored item has its schema built the first time an item of that kind is read
 * (shared/data/stored.ts): once, and only for the kinds a function reads. The checks themselves
 * run against DynamoDB Local in tests/integration/stored-items.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseStored, storedSchema } from '../../shared/data/stored.ts';

describe('stored kinds, built on first read', () => {
  it('builds a kind’s schema once and hands out the same one after', () => {
    const first = storedSchema('limit');
    expect(first).toBeDefined();
    expect(storedSchema('limit')).toBe(first);
    expect(storedSchema('exposure')).not.toBe(first);
  });

  it('a kind without a schema, or a name inherited from Object, is read as it is', () => {
    expect(storedSchema('webhookDelivery-unknown')).toBeUndefined();
    expect(storedSchema('toString')).toBeUndefined();
    expect(storedSchema('constructor')).toBeUndefined();
    const item = { pk: 'T#1', sk: 'X', kind: 'toString', anything: 1.5 };
    expect(parseStored(item)).toBe(item);
  });

  it('checks an item against its kind once built, naming the attribute', () => {
    expect(() => parseStored({ pk: 'T#1', sk: 'CAP', kind: 'capacity', reservedEur: 0.5 })).toThrow(/reservedEur/);
    const item = { pk: 'T#1', sk: 'CAP', kind: 'capacity', reservedEur: 5 };
    expect(parseStored(item)).toBe(item);
  });
});
