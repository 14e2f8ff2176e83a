import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FX_CURRENCIES, eurRatePpm, fromEurDown, reservationAfter, reservationKept, toEurUp } from '../../../shared/domain/fx.ts';

// Rates in ppm, units of the currency for 1 EUR: USD 1.25, GBP 0.8, JPY 160, USD 1.086957 (the demo's).
const USD = 1_250_000;
const GBP = 800_000;
const JPY = 160_000_000;

describe('capacity in EUR: limits valued at the decision day’s rate, up; grants from EUR, down', () => {
  it.each([
    // amount, currency, rate ppm, EUR minor units (rounded up), back from that EUR amount (rounded down)
    [100_000, 'EUR', 1_000_000, 100_000, 100_000],
    [100_000_000, 'USD', USD, 80_000_000, 100_000_000], // USD 1,000,000.00 / 1.25 = EUR 800,000.00
    [1, 'USD', USD, 1, 1], // 0.8 cent rounds UP to a cent; one EUR cent is 1.25 US cents, DOWN to 1
    [100_000, 'GBP', GBP, 125_000, 100_000], // GBP 1,000.00 / 0.8 = EUR 1,250.00
    [1_000, 'JPY', JPY, 625, 1_000], // JPY has no minor unit: 1,000 yen / 160 = EUR 6.25
    [1, 'JPY', JPY, 1, 1], // EUR 0.00625 rounds UP to a cent; one cent is 1.6 yen, DOWN to 1
    [108_700_000, 'USD', 1_086_957, 100_003_956, 108_700_000], // 108,700,000 / 1.086957 = 100,003,955.4… up
  ])('%i %s at %i ppm is %i EUR minor units, and back %i', (amount, currency, rate, eur, back) => {
    expect(toEurUp(amount, currency, rate)).toBe(eur);
    expect(fromEurDown(eur, currency, rate)).toBe(back);
  });

  it.each([
    [100_000_000, 'USD', 1_086_957, 108_695_700], // EUR 1,000,000.00 × 1.086957 exactly
    [40_000_001, 'USD', USD, 50_000_001], // 50,000,001.25 down
    [100_000, 'JPY', 163_934_426, 163_934], // EUR 1,000.00 = 163,934.426 yen, down
  ])('EUR minor %i is %i %s minor units… rounded down', (eur, currency, rate, amount) => {
    expect(fromEurDown(eur, currency, rate)).toBe(amount);
  });

  it('rounds negative amounts the same way: EUR up (towards +∞), back down (towards −∞)', () => {
    expect(toEurUp(-1, 'USD', USD)).toBe(0); // ceil(-0.8)
    expect(fromEurDown(-1, 'USD', USD)).toBe(-2); // floor(-1.25)
    expect(fromEurDown(-4, 'USD', USD)).toBe(-5); // exact: no correction
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a rate of %d ppm', (rate) => {
    expect(() => toEurUp(100, 'USD', rate)).toThrow(/ratePpm must be a positive integer/);
    expect(() => fromEurDown(100, 'USD', rate)).toThrow(/ratePpm must be a positive integer/);
  });

  it('refuses fractional amounts, unknown currencies and results beyond the safe range', () => {
    expect(() => toEurUp(100.5, 'EUR', 1_000_000)).toThrow(RangeError);
    expect(() => fromEurDown(0.1, 'USD', USD)).toThrow(RangeError);
    expect(() => toEurUp(100, 'XYZ', USD)).toThrow(/unknown currency/);
    expect(() => toEurUp(Number.MAX_SAFE_INTEGER, 'GBP', GBP)).toThrow(/beyond the safe integer range/);
    expect(() => fromEurDown(Number.MAX_SAFE_INTEGER, 'USD', USD)).toThrow(/beyond the safe integer range/);
  });

  it('reads a currency’s rate from the rates in force, EUR at 1,000,000 ppm, a missing one refused', () => {
    const rates = { day: '2026-01-05', rates: { USD: { ratePpm: USD, publishedFor: '2026-01-02' } } };
    expect(eurRatePpm(rates, 'EUR')).toBe(1_000_000);
    expect(eurRatePpm(rates, 'USD')).toBe(USD);
    expect(() => eurRatePpm(rates, 'GBP')).toThrow(/no reference rate for GBP is in force on 2026-01-05/);
  });

  const currency = fc.constantFrom(...FX_CURRENCIES);
  const rate = fc.integer({ min: 100_000, max: 1_000_000_000 }); // 0.1 to 1,000 units for 1 EUR
  const amount = fc.integer({ min: 0, max: 1_000_000_000_000 });

  it('a grant converted from EUR never uses more EUR than it came from', () => {
    fc.assert(fc.property(currency, rate, amount, (c, r, eur) => toEurUp(fromEurDown(eur, c, r), c, r) <= eur));
  });

  it('an amount valued in EUR never under-counts it', () => {
    fc.assert(fc.property(currency, rate, amount, (c, r, x) => fromEurDown(toEurUp(x, c, r), c, r) >= x));
  });

  it('keeps order', () => {
    fc.assert(
      fc.property(currency, rate, amount, amount, (c, r, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return toEurUp(low, c, r) <= toEurUp(high, c, r) && fromEurDown(low, c, r) <= fromEurDown(high, c, r);
      }),
    );
  });
});

describe('what a limit reserves after a decision', () => {
  it.each([
    // reservedEur, heldTotal, total, rate → reservation; why
    [80_000_000, 100_000_000, 150_000_000, 1_600_000, 93_750_000, 'raised: USD 1,500,000.00 valued afresh at USD 1.6 = EUR 937,500.00'],
    [80_000_000, 100_000_000, 100_000_000, 1_600_000, 80_000_000, 'kept: the reservation booked at USD 1.25 stays'],
    [80_000_000, 100_000_000, 50_000_000, 1_600_000, 40_000_000, 'halved: half of what it reserved, whatever today’s rate'],
    [80_000_000, 100_000_000, 0, 1_600_000, 0, 'cancelled: frees exactly what it reserved'],
    [10, 3, 1, USD, 4, 'a share rounds up: ceil(10 × 1 / 3) = 4'],
    [0, 0, 0, USD, 0, 'no limit, none asked'],
    [0, 0, 100_000_000, USD, 80_000_000, 'a new limit at USD 1.25'],
  ])('%i EUR for %i, now %i at %i ppm → %i (%s)', (reservedEur, heldTotal, total, ratePpm, expected) => {
    expect(reservationAfter({ reservedEur, heldTotal, total, currency: 'USD', ratePpm })).toBe(expected);
  });

  it('a kept or lowered limit needs no rate; a raised one does', () => {
    expect(reservationKept({ reservedEur: 80_000_000, heldTotal: 100_000_000, total: 25_000_000 })).toBe(20_000_000);
    expect(() => reservationKept({ reservedEur: 80_000_000, heldTotal: 100_000_000, total: 100_000_001 })).toThrow(/total must be from 0 to heldTotal/);
    expect(() => reservationKept({ reservedEur: 1, heldTotal: 100, total: -1 })).toThrow(/total must be from 0 to heldTotal/);
  });

  it('any sequence of cuts then a cancellation frees exactly what was reserved', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000_000 }), fc.integer({ min: 1, max: 1_000_000_000_000 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (reserved, held, cuts) => {
        let reservedEur = reserved;
        let heldTotal = held;
        let freed = 0;
        for (const cut of [...cuts, 0]) {
          const total = Math.floor(heldTotal * cut);
          const next = reservationKept({ reservedEur, heldTotal, total });
          if (next > reservedEur) return false;
          freed += reservedEur - next;
          reservedEur = next;
          heldTotal = total;
        }
        return freed === reserved && reservedEur === 0;
      }),
    );
  });
});
