/**
 * Country events: open on a day when occurredOn ≤ day < closedOn; which category changes tell
 * exposed tenants (a rise by 2 or more, or to 7).
 */
import { describe, expect, it } from 'vitest';
import { categoryRaiseNotified, describeCountryEvent, isOpenOn, openOn, type CountryEventSpan } from '../../../shared/domain/country-events.ts';

const event = (occurredOn: string, closedOn?: string): CountryEventSpan => ({ type: 'transfer_restriction', occurredOn, ...(closedOn ? { closedOn } : {}) });

describe('a country event is open from the day it occurred to the day before it closed', () => {
  it.each<[string, CountryEventSpan, string, boolean]>([
    ['the day before it occurred', event('2026-02-10'), '2026-02-09', false],
    ['the day it occurred', event('2026-02-10'), '2026-02-10', true],
    ['any day after, while not closed', event('2026-02-10'), '2030-01-01', true],
    ['the day before it closed', event('2026-02-10', '2026-06-01'), '2026-05-31', true],
    ['the day it closed', event('2026-02-10', '2026-06-01'), '2026-06-01', false],
    ['closed the day it occurred: never open', event('2026-02-10', '2026-02-10'), '2026-02-10', false],
  ])('%s', (_case, span, day, open) => {
    expect(isOpenOn(span, day)).toBe(open);
  });

  it('lists the events open on a day, the earliest first', () => {
    const events = [event('2026-03-01'), event('2026-01-01', '2026-02-01'), event('2026-02-10'), event('2026-04-01')];
    expect(openOn(events, '2026-03-15').map((e) => e.occurredOn)).toEqual(['2026-02-10', '2026-03-01']);
    expect(openOn(events, '2025-12-31')).toEqual([]);
    // Sorted whatever the order given, and the same day twice keeps both.
    const later = event('2026-03-01');
    const earlier = event('2026-02-10');
    const same = event('2026-02-10');
    expect(openOn([later, earlier], '2026-03-15')).toEqual([earlier, later]);
    expect(openOn([earlier, later], '2026-03-15')).toEqual([earlier, later]);
    expect(openOn([same, later, earlier], '2026-03-15')).toEqual([same, earlier, later]);
  });

  it('names the event in a sentence', () => {
    expect(describeCountryEvent('BR', event('2026-02-10'))).toBe('transfer restriction in BR since 2026-02-10');
  });
});

describe('a change of OECD category that tells exposed tenants', () => {
  it.each<[number, number, boolean, string]>([
    [3, 5, true, 'a rise by 2'],
    [0, 7, true, 'a rise by 7'],
    [4, 5, false, 'a rise by 1'],
    [6, 7, true, 'to 7, by 1'],
    [7, 7, false, 'set again to 7: no change'],
    [5, 3, false, 'a fall'],
    [7, 5, false, 'a fall from 7'],
    [2, 2, false, 'unchanged'],
  ])('%i → %i: %s (%s)', (from, to, told) => {
    expect(categoryRaiseNotified(from, to)).toBe(told);
  });

  it.each([
    [-1, 3],
    [3, 8],
    [2.5, 4],
  ])('refuses a category outside 0–7 (%d → %d)', (from, to) => {
    expect(() => categoryRaiseNotified(from, to)).toThrow(RangeError);
  });
});
