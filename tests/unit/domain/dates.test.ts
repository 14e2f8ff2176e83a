import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateWindow, daysBetween, isIsoDate } from '../../../shared/domain/dates.ts';

describe('calendar dates', () => {
  it.each([
    ['2026-03-01', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-3-1', false],
    ['2026-03-01T00:00:00Z', false],
    ['12026-03-01', false],
    ['x2026-03-01', false],
    ['2026-00-10', false],
    ['2026-03-00', false],
    [20260301, false],
    // An array of one date stringifies to that date: only a string is a date.
    [['2026-03-01'], false],
    [undefined, false],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2026-03-01', 12, '2027-03-01'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-11-15', 2, '2027-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 30, '2026-03-02'],
    ['2028-01-31', 30, '2028-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2000-03-01', -1, '2000-02-29'],
    ['1900-03-01', -1, '1900-02-28'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-06-30', -89, '2026-04-02'],
    ['2026-12-31', 0, '2026-12-31'],
    ['1970-01-01', -1, '1969-12-31'],
    // Century years: 2100 and 1900 are not leap years, 2000 is; the day after February 28 is March 1.
    ['2100-02-28', 1, '2100-03-01'],
    ['1900-02-28', 1, '1900-03-01'],
    ['1999-12-31', 61, '2000-03-01'],
    // Ten years back crosses two leap days (2020-02-29, 2024-02-29): 10 × 365 + 2.
    ['2026-06-30', -3_652, '2016-06-30'],
  ])('%s %+i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it.each([
    ['an impossible date', () => addDays('2026-02-29', 1)],
    ['fractional days', () => addDays('2026-03-01', 0.5)],
    // Too small to move the day number, still not a count of days: refused, not rounded away.
    ['a float error for zero days', () => addDays('2026-03-01', 0.1 + 0.2 - 0.3)],
    ['a day after 9999-12-31', () => addDays('9999-12-31', 1)],
    ['a day before 0000-01-01', () => addDays('0000-01-01', -1)],
    ['an impossible start', () => daysBetween('2026-13-01', '2026-03-01')],
    ['an impossible end', () => daysBetween('2026-03-01', '2026-03-32')],
  ])('day arithmetic refuses %s', (_case, call) => {
    expect(call).toThrow(RangeError);
  });

  // The dates a request may carry: 2000-01-01 to the same day ten years on, both included.
  it.each([
    ['2026-12-02', '2036-12-02'],
    ['2026-01-31', '2036-01-31'],
    ['2028-02-29', '2038-02-28'],
    ['2030-12-31', '2040-12-31'],
  ])('today %s: dates from 2000-01-01 to %s', (today, latest) => {
    expect(dateWindow(today)).toEqual({ earliest: '2000-01-01', latest });
  });
});
