import { describe, expect, it } from 'vitest';
import { UNIT, formatMoney, groupDigits, isMinorUnits, isUnitMultiple, roundDownToUnit, unitFor } from '../../../shared/domain/money.ts';

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

  it('rounds JPY down to a whole 1,000 yen', () => {
    expect(roundDownToUnit(1_234_567, unitFor('JPY'))).toBe(1_234_000);
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

describe('groupDigits', () => {
  it('groups thousands with commas, as the messages write amounts', () => {
    expect(groupDigits('0')).toBe('0');
    expect(groupDigits('999')).toBe('999');
    expect(groupDigits('1000')).toBe('1,000');
    expect(groupDigits('1000000')).toBe('1,000,000');
    expect(groupDigits('1000000000000')).toBe('1,000,000,000,000');
    expect(groupDigits('12345')).toBe('12,345');
  });
});
