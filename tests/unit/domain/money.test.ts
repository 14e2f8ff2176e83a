import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EUR_PPM, UNIT, formatMoney, fromEur, isMinorUnits, isUnitMultiple, roundDownToUnit, toEur, unitFor } from '../../../shared/domain/money.ts';

describe('minor units', () => {
  it.each([
    [0, true],
    [100_000, true],
    [-5, true],
    [1.5, false],
    [Number.NaN, false],
    [Number.MAX_SAFE_INTEGER + 1, false],
    ['100', false],
  ])('%s is minor units: %s', (value, expected) => {
    expect(isMinorUnits(value)).toBe(expected);
  });

  it.each([
    ['EUR', 100_000],
    ['USD', 100_000],
    ['GBP', 100_000],
    ['JPY', 1_000],
  ])('the 1,000 step in %s is %i minor units', (currency, unit) => {
    expect(unitFor(currency)).toBe(unit);
  });

  it('UNIT is EUR 1,000.00', () => {
    expect(UNIT).toBe(100_000);
    expect(formatMoney(UNIT, 'EUR')).toBe('EUR 1,000.00');
  });

  it.each([
    [0, 0],
    [99_999, 0],
    [100_000, 100_000],
    [4_495_000_000 + 99_999, 4_495_000_000],
    [44_950_000, 44_900_000],
    [-1, -100_000],
  ])('rounds %i down to %i', (amount, expected) => {
    expect(roundDownToUnit(amount)).toBe(expected);
    expect(isUnitMultiple(expected)).toBe(true);
  });

  it.each([
    [100_000, 100_000, true],
    [0, 100_000, true],
    [100_001, 100_000, false],
    [99_999, 100_000, false],
    [150_000, 100_000, false],
    [1_500, 1_000, false],
    [2_000, 1_000, true],
    [100_000.5, 100_000, false],
  ])('%d is a whole multiple of %d units: %s', (amount, unit, expected) => {
    expect(isUnitMultiple(amount, unit)).toBe(expected);
  });

  it('converts negative amounts with the same rounding: EUR up (towards zero), back down (away from it)', () => {
    // USD: 1 cent = 0.92 EUR cent. toEur(-1) = ceil(-0.92) = 0; fromEur(-1) = floor(-1 / 0.92) = floor(-1.087) = -2.
    expect(toEur(-1, 'USD')).toBe(0);
    expect(fromEur(-1, 'USD')).toBe(-2);
    // An exact division needs no correction: fromEur(-92) = -100.
    expect(fromEur(-92, 'USD')).toBe(-100);
  });

  it('refuses a conversion whose result passes the safe integer range rather than round it', () => {
    // GBP: 1 penny = 1.17 EUR cents; the largest safe amount in pence is beyond it in EUR cents.
    expect(() => toEur(Number.MAX_SAFE_INTEGER, 'GBP')).toThrow(/beyond the safe integer range/);
  });

  it('rounds JPY down to a whole 1,000 yen', () => {
    expect(roundDownToUnit(1_234_567, unitFor('JPY'))).toBe(1_234_000);
  });
});

describe('conversion to EUR for capacity', () => {
  it.each([
    // amount, currency, EUR minor units (rounded up), back from that EUR amount (rounded down)
    [100_000, 'EUR', 100_000, 100_000],
    [100_000, 'USD', 92_000, 100_000],
    [1, 'USD', 1, 1], // 0.92 cent rounds UP to a cent; 1 EUR cent is 1.0869 USD cents, DOWN to 1
    [100_000, 'GBP', 117_000, 100_000],
    [100_000, 'CHF', 105_000, 100_000],
    [100_000, 'PLN', 23_000, 100_000],
    [100_000, 'SEK', 8_800, 100_000],
    [1_000, 'JPY', 610, 1_000], // JPY has no minor unit: 1,000 yen = EUR 6.10
    [1, 'JPY', 1, 1], // EUR 0.0061 rounds UP to one cent; one cent is 1.6 yen, DOWN to 1
    [50_000_000, 'USD', 46_000_000, 50_000_000],
    [108_700_000, 'USD', 100_004_000, 108_700_000],
  ])('%i %s is %i EUR minor units', (amount, currency, eur, back) => {
    expect(toEur(amount, currency)).toBe(eur);
    expect(fromEur(eur, currency)).toBe(back);
  });

  it.each([
    [100_000_000, 'USD', 108_695_652], // EUR 1,000,000.00 = USD 1,086,956.52173… down
    [40_000_000, 'USD', 43_478_260],
    [100_000, 'JPY', 163_934], // EUR 1,000.00 = 163,934.43 yen, down
  ])('EUR minor %i is %i %s minor units, rounded down', (eur, currency, amount) => {
    expect(fromEur(eur, currency)).toBe(amount);
  });

  it.each(['XYZ', 'eur', '', 'toString'])('refuses unknown currency %j', (currency) => {
    expect(() => toEur(100_000, currency)).toThrow(RangeError);
    expect(() => fromEur(100_000, currency)).toThrow(/unknown currency/);
  });

  it('refuses fractional amounts', () => {
    expect(() => toEur(100.5, 'EUR')).toThrow(RangeError);
    expect(() => fromEur(0.1, 'USD')).toThrow(RangeError);
  });

  const currency = fc.constantFrom(...Object.keys(EUR_PPM));
  const amount = fc.integer({ min: 0, max: 1_000_000_000_000 });

  it('a grant converted from EUR never uses more EUR than it came from', () => {
    fc.assert(fc.property(currency, amount, (c, eur) => toEur(fromEur(eur, c), c) <= eur));
  });

  it('capacity converted to EUR never under-counts the amount', () => {
    fc.assert(fc.property(currency, amount, (c, x) => fromEur(toEur(x, c), c) >= x));
  });

  it('conversion keeps order', () => {
    fc.assert(
      fc.property(currency, amount, amount, (c, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return toEur(low, c) <= toEur(high, c) && fromEur(low, c) <= fromEur(high, c);
      }),
    );
  });
});

describe('formatting', () => {
  it.each([
    [5_000_000, 'EUR', 'EUR 50,000.00'],
    [0, 'EUR', 'EUR 0.00'],
    [7, 'USD', 'USD 0.07'],
    [123_456_789, 'GBP', 'GBP 1,234,567.89'],
    [-250_000, 'EUR', 'EUR -2,500.00'],
    [1_200_000, 'JPY', 'JPY 1,200,000'],
  ])('%i %s reads %s', (amount, currency, text) => {
    expect(formatMoney(amount, currency)).toBe(text);
  });
});
