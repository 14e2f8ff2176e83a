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
