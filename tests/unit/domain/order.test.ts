import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../../../shared/domain/order.ts';

describe('byCodeUnits', () => {
  it('answers -1, 0 or 1', () => {
    expect(byCodeUnits('2026-01-31', '2026-02-01')).toBe(-1);
    expect(byCodeUnits('2026-02-01', '2026-01-31')).toBe(1);
    expect(byCodeUnits('EUR', 'EUR')).toBe(0);
    expect(byCodeUnits('', 'A')).toBe(-1);
  });

  it.each([
    ['currency codes', ['USD', 'EUR', 'GBP', 'CHF', 'JPY']],
    ['dates', ['2026-12-04', '2025-01-31', '2026-02-01', '2026-01-09']],
    ['buyer ids', ['buy_01JEXAMPLE7QZ0000000000000', 'buy_01JEXAMPLE0AZ0000000000000', 'buy_01HEXAMPLE0AZ0000000000000']],
    ['tenant and buyer ids joined', ['ten_01HZZZ0000000000000000000buy_01J', 'ten_01HAAA0000000000000000000buy_01K', 'ten_01HAAA0000000000000000000buy_01A']],
  ])('sorts %s as localeCompare does', (_kind, keys) => {
    expect([...keys].sort(byCodeUnits)).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
  });

  it('orders ids made of digits and capitals as localeCompare does', () => {
    const id = fc.stringMatching(/^[0-9A-Z]{1,12}$/);
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(Math.sign(byCodeUnits(a, b))).toBe(Math.sign(a.localeCompare(b)));
      }),
    );
  });
});
