import { describe, expect, it } from 'vitest';
import { limitInForce } from '../../../shared/domain/limits.ts';

const tranche = { amount: 2_000_000, expiresOn: '2026-12-31' };

describe('the limit in force on a day', () => {
  it.each([
    ['no limit', undefined, '2026-11-26', { amount: 0 }],
    ['a permanent limit', { amount: 5_000_000 }, '2026-11-26', { amount: 5_000_000 }],
    ['a tranche before its date', { amount: 5_000_000, temporary: tranche }, '2026-12-30', { amount: 5_000_000, temporary: tranche }],
    ['a tranche on its date (inclusive)', { amount: 5_000_000, temporary: tranche }, '2026-12-31', { amount: 5_000_000, temporary: tranche }],
    ['a tranche the day after', { amount: 5_000_000, temporary: tranche }, '2027-01-01', { amount: 5_000_000 }],
    ['a time-limited approval on its date', { amount: 5_000_000, expiresOn: '2026-12-31' }, '2026-12-31', { amount: 5_000_000 }],
    ['a time-limited approval the day after', { amount: 5_000_000, expiresOn: '2026-12-31' }, '2027-01-01', { amount: 0 }],
    ['a reduction with notice, the day before it applies', { amount: 5_000_000, reduction: { amount: 1_000_000, effectiveOn: '2026-12-26' } }, '2026-12-25', { amount: 5_000_000 }],
    ['a reduction with notice, on its effective date', { amount: 5_000_000, reduction: { amount: 1_000_000, effectiveOn: '2026-12-26' } }, '2026-12-26', { amount: 1_000_000 }],
    ['a cancellation with notice, after its effective date', { amount: 5_000_000, reduction: { amount: 0, effectiveOn: '2026-12-26' } }, '2027-01-10', { amount: 0 }],
  ])('%s', (_case, limit, day, expected) => {
    expect(limitInForce(limit, day)).toEqual(expected);
  });
});

describe('a reduction caps the total, temporary tranche first', () => {
  const limit = { amount: 5_000_000, temporary: tranche };
  const notice = (amount: number) => ({ ...limit, reduction: { amount, effectiveOn: '2026-12-01' } });

  it.each([
    ['a cancellation, the day before', notice(0), '2026-11-30', { amount: 5_000_000, temporary: tranche }],
    ['a cancellation, on its date, also removes the tranche', notice(0), '2026-12-01', { amount: 0 }],
    ['a cancellation, after its date', notice(0), '2026-12-15', { amount: 0 }],
    ['below the permanent amount, the day before', notice(3_000_000), '2026-11-30', { amount: 5_000_000, temporary: tranche }],
    ['below the permanent amount, on its date: no tranche left', notice(3_000_000), '2026-12-01', { amount: 3_000_000 }],
    ['between permanent and total, before its date', notice(6_000_000), '2026-11-30', { amount: 5_000_000, temporary: tranche }],
    ['between permanent and total, on its date: the tranche is trimmed', notice(6_000_000), '2026-12-01', { amount: 5_000_000, temporary: { amount: 1_000_000, expiresOn: '2026-12-31' } }],
    ['between permanent and total, after its date', notice(6_000_000), '2026-12-20', { amount: 5_000_000, temporary: { amount: 1_000_000, expiresOn: '2026-12-31' } }],
    ['between permanent and total, once the tranche expired', notice(6_000_000), '2027-01-01', { amount: 5_000_000 }],
    ['exactly the permanent amount: no tranche left', notice(5_000_000), '2026-12-01', { amount: 5_000_000 }],
    ['at or above the total changes nothing', notice(7_000_000), '2026-12-01', { amount: 5_000_000, temporary: tranche }],
  ])('%s', (_case, stored, day, expected) => {
    expect(limitInForce(stored, day)).toEqual(expected);
  });
});
