import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorUnitExponent } from '../../../shared/domain/money.ts';
import { FX_CURRENCIES, FxRateMissingError, conversionRate, conversionText, convert, formatFxRate, fxRatePpm, isFxCurrency, rateInForce, ratesInForce, ratesOfConversion, type FxPublication, type RatesOn } from '../../../shared/domain/fx.ts';

const on = (day: string, rates: Record<string, number>): RatesOn => ({
  day,
  rates: Object.fromEntries(Object.entries(rates).map(([currency, ratePpm]) => [currency, { ratePpm, publishedFor: day }])),
});

describe('a rate is held exactly, in parts per million', () => {
  it.each([
    ['1.0842', 1_084_200],
    [1.0842, 1_084_200],
    ['0.8411', 841_100],
    ['161.23', 161_230_000],
    [161.23, 161_230_000],
    ['0.000001', 1],
    [0.000001, 1],
    ['1', 1_000_000],
    [1, 1_000_000],
    ['1000000', 1_000_000_000_000],
    // 0.1 + 0.2 is not 0.3 in binary; 0.3 as a literal is held as 300,000 exactly.
    [0.3, 300_000],
    ['1.123456', 1_123_456],
  ])('%s → %i ppm', (rate, ppm) => {
    expect(fxRatePpm(rate)).toBe(ppm);
  });

  it.each([
    ['1.1234567', 'at most 6 decimal places'],
    [1.1234567, 'at most 6 decimal places'],
    ['0', 'more than 0'],
    [0, 'more than 0'],
    ['0.0000001', 'at most 6 decimal places'],
    [-1.2, 'more than 0'],
    ['-1.2', 'a decimal'],
    ['1e3', 'a decimal'],
    [' 1.2', 'a decimal'],
    ['1.', 'a decimal'],
    ['', 'a decimal'],
    [Number.NaN, 'finite'],
    [Number.POSITIVE_INFINITY, 'finite'],
    ['1000000.000001', 'at most 1000000'],
    [1_000_001, 'at most 1000000'],
  ])('%s is refused (%s)', (rate, message) => {
    expect(() => fxRatePpm(rate)).toThrow(message);
  });

  it.each([
    [1_084_200, '1.0842'],
    [1_000_000, '1'],
    [1, '0.000001'],
    [161_230_000, '161.23'],
  ])('%i ppm reads %s', (ppm, text) => {
    expect(formatFxRate(ppm)).toBe(text);
    expect(fxRatePpm(text)).toBe(ppm);
  });
});

describe('convert: minor units in, minor units out, rounded half up once', () => {
  it.each([
    // amount, from, to, rates (ppm), expected, the arithmetic
    [10_000, 'EUR', 'USD', { USD: 1_250_000 }, 12_500, 'EUR 100.00 × 1.25 = USD 125.00'],
    [1_000_000, 'USD', 'EUR', { USD: 1_250_000 }, 800_000, 'USD 10,000.00 / 1.25 = EUR 8,000.00 (the issue’s example)'],
    [1_000_000, 'USD', 'EUR', { USD: 1_600_000 }, 625_000, 'USD 10,000.00 / 1.6 = EUR 6,250.00'],
    // Half up: 1 cent at 1.5 is 1.5 cents → 2; at 1.25 it is 1.25 → 1; 3 cents / 2 = 1.5 → 2.
    [1, 'EUR', 'USD', { USD: 1_500_000 }, 2, '0.01 × 1.5 = 0.015 → 0.02 (x.5 up)'],
    [1, 'EUR', 'USD', { USD: 1_250_000 }, 1, '0.01 × 1.25 = 0.0125 → 0.01'],
    [3, 'USD', 'EUR', { USD: 2_000_000 }, 2, '0.03 / 2 = 0.015 → 0.02 (x.5 up)'],
    [1, 'USD', 'EUR', { USD: 2_000_000 }, 1, '0.01 / 2 = 0.005 → 0.01 (x.5 up)'],
    [1, 'USD', 'EUR', { USD: 2_000_001 }, 0, '0.01 / 2.000001 = 0.00499… → 0.00'],
    [-3, 'USD', 'EUR', { USD: 2_000_000 }, -1, '−0.03 / 2 = −0.015 → −0.01 (half towards +∞)'],
    // Cross rates through EUR, one rounding: USD 100.00 → EUR 80.00 → GBP 64.00.
    [10_000, 'USD', 'GBP', { USD: 1_250_000, GBP: 800_000 }, 6_400, 'USD 100.00 / 1.25 × 0.8 = GBP 64.00'],
    // USD 1.00 at 1.0842 → EUR 0.92234… ; × 0.8411 = GBP 0.775782… → 0.78 (rounding the EUR step first would give 0.92 × 0.8411 = 0.77).
    [100, 'USD', 'GBP', { USD: 1_084_200, GBP: 841_100 }, 78, 'USD 1.00 / 1.0842 × 0.8411 = 0.7758 → GBP 0.78'],
    // JPY has no minor unit: EUR 1.00 at 161.23 = JPY 161.23 → 161; EUR 1.01 → 162.8423 → 163.
    [100, 'EUR', 'JPY', { JPY: 161_230_000 }, 161, 'EUR 1.00 × 161.23 = JPY 161'],
    [101, 'EUR', 'JPY', { JPY: 161_230_000 }, 163, 'EUR 1.01 × 161.23 = JPY 162.84 → 163'],
    [1_000, 'JPY', 'EUR', { JPY: 160_000_000 }, 625, 'JPY 1,000 / 160 = EUR 6.25'],
    [1, 'JPY', 'EUR', { JPY: 200_000_000 }, 1, 'JPY 1 / 200 = EUR 0.005 → 0.01 (x.5 up)'],
    [10_000, 'USD', 'JPY', { USD: 1_250_000, JPY: 160_000_000 }, 12_800, 'USD 100.00 / 1.25 × 160 = JPY 12,800'],
    [0, 'USD', 'GBP', { USD: 1_250_000, GBP: 800_000 }, 0, 'nothing is nothing'],
    [12_345, 'USD', 'USD', {}, 12_345, 'the same currency needs no rate'],
  ])('%i %s → %s at %j = %i (%s)', (amount, from, to, rates: Record<string, number>, expected, why) => {
    expect(convert(amount, from, to, on('2026-11-02', rates)), why).toBe(expected);
  });

  it('is exact at the ceiling: no float ever holds the product', () => {
    // 10^12 USD cents at 1.000001: 10^12 / 1.000001 = 999,999,000,000.999999… → 999,999,000,001.
    expect(convert(1_000_000_000_000, 'USD', 'EUR', on('2026-11-02', { USD: 1_000_001 }))).toBe(999_999_000_001);
    // 10^12 EUR cents at 1.000001: 1,000,001,000,000 exactly (a double product would read 1000000999999.9999).
    expect(convert(1_000_000_000_000, 'EUR', 'USD', on('2026-11-02', { USD: 1_000_001 }))).toBe(1_000_001_000_000);
  });

  it.each([
    ['USD', 'EUR', { GBP: 800_000 }, 'USD'],
    ['EUR', 'GBP', { USD: 1_250_000 }, 'GBP'],
    ['USD', 'GBP', { USD: 1_250_000 }, 'GBP'],
  ])('%s → %s without a rate for %s is FxRateMissingError naming it and the day', (from, to, rates, missing) => {
    const attempt = () => convert(100, from, to, on('2026-11-02', rates));
    expect(attempt).toThrow(FxRateMissingError);
    expect(attempt).toThrow(`no reference rate for ${missing} is in force on 2026-11-02`);
  });

  it('refuses a fractional amount and an unknown currency', () => {
    expect(() => convert(1.5, 'USD', 'EUR', on('2026-11-02', { USD: 1_250_000 }))).toThrow('integer amount');
    expect(() => convert(100, 'XXX', 'EUR', on('2026-11-02', {}))).toThrow('unknown currency');
  });

  it('EUR → X → EUR stays within half a minor unit per rounding, each in its own currency', () => {
    // Each rounding is off by at most half a minor unit of its currency: half an X minor unit is
    // v/2 EUR minor units, v = 10^e(EUR) × 10^6 / (10^e(X) × ppm), so |back − amount| ≤ (1 + v) / 2.
    // With USD at 1.0842, v = 0.92: at most 1 cent; with a currency worth 10 EUR (0.1), at most 5.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.constantFrom('USD', 'GBP', 'CHF', 'PLN', 'SEK', 'JPY'),
        fc.integer({ min: 100_000, max: 500_000_000 }),
        (amount, currency, ratePpm) => {
          const rates = on('2026-11-02', { [currency]: ratePpm });
          const back = convert(convert(amount, 'EUR', currency, rates), currency, 'EUR', rates);
          const xMinor = 10n ** BigInt(minorUnitExponent(currency)) * BigInt(ratePpm);
          expect(2n * BigInt(Math.abs(back - amount)) * xMinor <= xMinor + 100n * 1_000_000n).toBe(true);
        },
      ),
    );
  });

  it.each([
    ['USD', 1_084_200, 1],
    ['GBP', 841_100, 1],
    ['JPY', 161_230_000, 1],
    ['SEK', 11_000_000, 1],
  ])('EUR → %s → EUR at %i ppm is off by at most %i cent', (currency, ratePpm, most) => {
    const rates = on('2026-11-02', { [currency]: ratePpm });
    for (const amount of [0, 1, 2, 3, 99, 12_345, 999_999_999_999]) {
      expect(Math.abs(convert(convert(amount, 'EUR', currency, rates), currency, 'EUR', rates) - amount)).toBeLessThanOrEqual(most);
    }
  });
});

describe('the rate in force on a day: the latest published on or before it', () => {
  const published: FxPublication[] = [
    { date: '2026-10-01', rates: { USD: 1_100_000, GBP: 850_000 } },
    { date: '2026-10-15', rates: { USD: 1_200_000 } },
    { date: '2026-11-01', rates: { USD: 1_300_000, JPY: 160_000_000 } },
  ];

  it.each([
    ['USD', '2026-09-30', undefined, 'before the first publication: none'],
    ['USD', '2026-10-01', { ratePpm: 1_100_000, publishedFor: '2026-10-01' }, 'on the day it is published for'],
    ['USD', '2026-10-14', { ratePpm: 1_100_000, publishedFor: '2026-10-01' }, 'between two: the earlier'],
    ['USD', '2026-10-15', { ratePpm: 1_200_000, publishedFor: '2026-10-15' }, 'on the second day'],
    ['USD', '2027-01-01', { ratePpm: 1_300_000, publishedFor: '2026-11-01' }, 'after the last: the last'],
    ['GBP', '2026-11-20', { ratePpm: 850_000, publishedFor: '2026-10-01' }, 'a currency later publications do not name keeps its last rate'],
    ['JPY', '2026-10-31', undefined, 'a currency first published later: none yet'],
    ['CHF', '2026-11-20', undefined, 'never published: none'],
  ])('%s on %s → %j (%s)', (currency, day, expected, why) => {
    expect(rateInForce(published, currency, day), why).toEqual(expected);
  });

  it('answers the same whatever the order the publications come in', () => {
    expect(rateInForce([...published].reverse(), 'USD', '2026-10-20')).toEqual({ ratePpm: 1_200_000, publishedFor: '2026-10-15' });
  });

  it('lists every currency in force on a day, each with its date', () => {
    expect(ratesInForce(published, '2026-10-20')).toEqual({
      GBP: { ratePpm: 850_000, publishedFor: '2026-10-01' },
      USD: { ratePpm: 1_200_000, publishedFor: '2026-10-15' },
    });
    expect(ratesInForce(published, '2026-09-01')).toEqual({});
  });

  it('refuses a day that is not a date', () => {
    expect(() => rateInForce(published, 'USD', '2026-02-30')).toThrow();
  });
});

describe('the currencies, the edges of a conversion', () => {
  it('takes a rate for every currency the system knows but EUR', () => {
    expect(FX_CURRENCIES).toEqual(['USD', 'GBP', 'CHF', 'PLN', 'SEK', 'JPY', 'AUD', 'BRL', 'CAD', 'CNY', 'CZK', 'DKK', 'HKD', 'HUF', 'INR', 'KRW', 'MXN', 'NOK', 'SGD', 'TRY', 'ZAR']);
    expect([isFxCurrency('USD'), isFxCurrency('JPY'), isFxCurrency('EUR'), isFxCurrency('XXX')]).toEqual([true, true, false, false]);
  });

  it('answers the rates in force by currency, in code order, leaving out those published only later', () => {
    const published: FxPublication[] = [
      { date: '2026-11-03', rates: { USD: 1_100_000, GBP: 850_000 } },
      { date: '2026-11-01', rates: { USD: 1_080_000 } },
      { date: '2026-11-05', rates: { CHF: 950_000 } },
    ];
    const answer = ratesInForce(published, '2026-11-04');
    expect(Object.keys(answer)).toEqual(['GBP', 'USD']);
    expect(answer['USD']).toEqual({ ratePpm: 1_100_000, publishedFor: '2026-11-03' });
  });

  it('refuses a currency it does not know, even to itself', () => {
    expect(() => convert(100, 'XXX', 'XXX', on('2026-11-02', {}))).toThrow(RangeError);
  });

  it('refuses a result beyond the safe integer range', () => {
    // EUR 90,000,000,000,000.00 at JPY 160 is 1.44 × 10^16 yen.
    expect(() => convert(9_000_000_000_000_000, 'EUR', 'JPY', on('2026-11-02', { JPY: 160_000_000 }))).toThrow(RangeError);
  });

  it.each([
    // amount (USD cents) at USD 3 → EUR cents, half up towards +∞
    [-5, -2], // −1.67 → −2
    [-3, -1], // −1.00
    [-4, -1], // −1.33 → −1
    [5, 2], // 1.67 → 2
  ])('a negative amount rounds half up like a positive one: %i → %i', (amount, expected) => {
    expect(convert(amount, 'USD', 'EUR', on('2026-11-02', { USD: 3_000_000 }))).toBe(expected);
  });
});

describe('the rate(s) shown beside a converted amount', () => {
  const rates: RatesOn = {
    day: '2026-11-02',
    rates: { USD: { ratePpm: 1_250_000, publishedFor: '2026-11-01' }, GBP: { ratePpm: 841_100, publishedFor: '2026-10-30' } },
  };
  it.each([
    // from, policy currency → what is shown, and the sentence
    ['USD', 'EUR', { rate: '1.25', publishedFor: '2026-11-01' }, 'USD 1.25 per EUR, published for 2026-11-01'],
    ['EUR', 'GBP', { rate: '0.8411', publishedFor: '2026-10-30' }, 'GBP 0.8411 per EUR, published for 2026-10-30'],
    [
      'USD',
      'GBP',
      { rate: '1.25', publishedFor: '2026-11-01', policyCurrencyRate: { rate: '0.8411', publishedFor: '2026-10-30' } },
      'USD 1.25 per EUR, published for 2026-11-01, and GBP 0.8411 per EUR, published for 2026-10-30',
    ],
  ])('%s → %s shows %j: "%s"', (from, policyCurrency, shown, sentence) => {
    expect(conversionRate(from, policyCurrency, rates)).toEqual(shown);
    expect(conversionText(from, policyCurrency, shown)).toBe(sentence);
  });

  it('converts again at the rates it shows, whatever was published since', () => {
    // USD 6.67 of an invoice booked at USD 1.25 → GBP 0.8411: 667 / 1.25 × 0.8411 = 448.8 → 449 pence.
    const shown = conversionRate('USD', 'GBP', rates);
    const again = ratesOfConversion('USD', 'GBP', shown, '2026-12-01');
    expect(again).toEqual({ day: '2026-12-01', rates: { USD: { ratePpm: 1_250_000, publishedFor: '2026-11-01' }, GBP: { ratePpm: 841_100, publishedFor: '2026-10-30' } } });
    expect(convert(667, 'USD', 'GBP', again)).toBe(449);
    expect(convert(500_000, 'EUR', 'GBP', ratesOfConversion('EUR', 'GBP', conversionRate('EUR', 'GBP', rates), '2026-12-01'))).toBe(420_550);
  });

  it('refuses a conversion to the same currency, and a currency without a rate', () => {
    expect(() => conversionRate('EUR', 'EUR', rates)).toThrow(RangeError);
    expect(() => conversionRate('CHF', 'EUR', rates)).toThrow(FxRateMissingError);
    expect(() => conversionRate('USD', 'SEK', rates)).toThrow(FxRateMissingError);
  });
});
