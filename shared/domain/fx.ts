/**
 * Reference rates the insurer publishes, and conversions at them.
 *
 * Conventions:
 * - A rate is the number of units of a currency for 1 EUR (the ECB's convention: USD 1.0842
 *   means 1 EUR = 1.0842 USD). It has at most six decimal places and is held exactly as an
 *   integer number of parts per million (`fxRatePpm`): 1.0842 → 1,084,200. EUR itself has no
 *   rate: it is always 1.
 * - The rate of a currency in force on a day is the latest one published for a date on or
 *   before that day (`rateInForce`); before its first publication there is none, and a
 *   conversion needing it fails with FxRateMissingError (the HTTP layer's 422 fx-rate-missing).
 * - `convert` takes minor units and answers minor units, each currency's minor-unit exponent
 *   respected (JPY has none), ROUNDED HALF UP once, at the end, on BigInt: between two
 *   currencies other than EUR it goes through EUR without rounding the EUR amount.
 */
import { assertIsoDate } from './dates.ts';
import { assertMinorUnits, minorUnitExponent, MINOR_UNIT_EXPONENT } from './money.ts';

export const FX_BASE_CURRENCY = 'EUR';

const PPM = 1_000_000n;

/** The largest rate accepted: 1,000,000 units for 1 EUR (held as 10^12 ppm, an exact safe integer). */
export const MAX_FX_RATE = 1_000_000;

// Stryker disable next-line Regex: the anchors say the whole text is the decimal
const DECIMAL = /^(\d{1,7})(?:\.(\d{1,6}))?$/;

/** The currencies a rate may be published for: every currency the system knows but EUR. */
export const FX_CURRENCIES: readonly string[] = Object.keys(MINOR_UNIT_EXPONENT).filter((code) => code !== FX_BASE_CURRENCY);

export function isFxCurrency(code: string): boolean {
  return FX_CURRENCIES.includes(code);
}

/**
 * A rate in parts per million, exactly: '1.0842' or 1.0842 → 1,084,200. Refused (RangeError):
 * more than six decimal places, zero or less, above MAX_FX_RATE, anything not a plain decimal
 * (exponents, signs, spaces, NaN).
 */
export function fxRatePpm(rate: string | number): number {
  let ppm: bigint;
  if (typeof rate === 'string') {
    const match = DECIMAL.exec(rate);
    if (!match) throw new RangeError(`rate must be a decimal such as 1.0842 with at most 6 decimal places, got ${JSON.stringify(rate)}`);
    const [, whole = '0', fraction = ''] = match;
    ppm = BigInt(whole) * PPM + BigInt(fraction.padEnd(6, '0'));
  } else {
    if (!Number.isFinite(rate)) throw new RangeError(`rate must be a finite number, got ${String(rate)}`);
    const rounded = Math.round(rate * 1_000_000);
    // rounded / 1e6 is the double nearest the decimal of `rounded` millionths: the double a
    // literal with at most six places parses to. Equality holds exactly then (as premium.ts ratePpm).
    if (rounded / 1_000_000 !== rate) throw new RangeError(`rate must have at most 6 decimal places, got ${String(rate)}`);
    ppm = BigInt(rounded);
  }
  if (ppm <= 0n) throw new RangeError(`rate must be more than 0, got ${String(rate)}`);
  if (ppm > BigInt(MAX_FX_RATE) * PPM) throw new RangeError(`rate must be at most ${MAX_FX_RATE}, got ${String(rate)}`);
  return Number(ppm);
}

/** A rate in ppm as the API shows it: the shortest decimal string, 1,084,200 → '1.0842'. */
export function formatFxRate(ppm: number): string {
  const whole = Math.trunc(ppm / 1_000_000);
  const fraction = String(ppm % 1_000_000).padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** One publication: the rates (ppm) the insurer published for a date. */
export interface FxPublication {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly rates: Readonly<Record<string, number>>;
}

/** A currency's rate in force on a day, and the date it was published for. */
export interface RateInForce {
  readonly ratePpm: number;
  readonly publishedFor: string;
}

/**
 * The rate of `currency` in force on `day`: the one of the latest publication dated on or
 * before `day` that names the currency. Undefined before the first such publication.
 */
export function rateInForce(published: readonly FxPublication[], currency: string, day: string): RateInForce | undefined {
  assertIsoDate(day, 'day');
  let best: RateInForce | undefined;
  for (const publication of published) {
    const ratePpm = publication.rates[currency];
    if (ratePpm === undefined || publication.date > day) continue;
    // Stryker disable next-line EqualityOperator: a date is published once (a second PUT replaces it), so no two publications tie
    if (!best || publication.date > best.publishedFor) best = { ratePpm, publishedFor: publication.date };
  }
  return best;
}

/** Every currency's rate in force on `day` (those published on or before it), by currency. */
export function ratesInForce(published: readonly FxPublication[], day: string): Record<string, RateInForce> {
  const currencies = new Set(published.flatMap((publication) => Object.keys(publication.rates)));
  const answer: Record<string, RateInForce> = {};
  for (const currency of [...currencies].sort()) {
    const rate = rateInForce(published, currency, day);
    if (rate) answer[currency] = rate;
  }
  return answer;
}

/** No rate in force for `currency` on `date`: the HTTP layer answers 422 fx-rate-missing. */
export class FxRateMissingError extends Error {
  readonly currency: string;
  readonly date: string;
  constructor(currency: string, date: string) {
    super(`no reference rate for ${currency} is in force on ${date}: publish one for ${date} or earlier`);
    this.name = 'FxRateMissingError';
    this.currency = currency;
    this.date = date;
  }
}

/** The rates a conversion reads: each currency's in force on one day (ppm per EUR). */
export interface RatesOn {
  readonly day: string;
  readonly rates: Readonly<Record<string, RateInForce>>;
}

function ratePpmOf(rates: RatesOn, currency: string): bigint {
  if (currency === FX_BASE_CURRENCY) return PPM;
  const rate = rates.rates[currency];
  if (!rate) throw new FxRateMissingError(currency, rates.day);
  return BigInt(rate.ratePpm);
}

/**
 * `amount` minor units of `from` in minor units of `to`, rounded half up (an exact half goes
 * towards +∞), once:
 *   to = amount × 10^e(to) × ppm(to) / (10^e(from) × ppm(from))
 * with ppm(EUR) = 1,000,000, so USD → GBP is USD → EUR → GBP without an intermediate rounding.
 * Worked line: USD 100.00 → GBP at USD 1.25, GBP 0.8 = 10,000 × 100 × 800,000 / (100 × 1,250,000) = 6,400 (GBP 64.00).
 */
export function convert(amount: number, from: string, to: string, rates: RatesOn): number {
  assertMinorUnits(amount, 'amount');
  if (from === to) {
    minorUnitExponent(from);
    return amount;
  }
  const numerator = BigInt(amount) * 10n ** BigInt(minorUnitExponent(to)) * ratePpmOf(rates, to);
  const denominator = 10n ** BigInt(minorUnitExponent(from)) * ratePpmOf(rates, from);
  const result = Number(floorDiv(2n * numerator + denominator, 2n * denominator));
  if (!Number.isSafeInteger(result)) throw new RangeError(`${amount} ${from} in ${to} is beyond the safe integer range`);
  return result;
}

/**
 * The rate(s) a conversion to the policy currency used, as shown beside the converted amount:
 * `rate` is the invoice currency's (units for 1 EUR), or the policy currency's when converting
 * from EUR; between two currencies other than EUR, `policyCurrencyRate` is the second leg.
 */
export interface ConversionRate {
  readonly rate: string;
  readonly publishedFor: string;
  readonly policyCurrencyRate?: { readonly rate: string; readonly publishedFor: string };
}

/** The rate(s) of `rates` that convert `from` into `policyCurrency` (two different currencies), as shown. */
export function conversionRate(from: string, policyCurrency: string, rates: RatesOn): ConversionRate {
  if (from === policyCurrency) throw new RangeError(`no conversion from ${from} to itself`);
  const shown = (currency: string) => {
    const rate = rates.rates[currency];
    if (!rate) throw new FxRateMissingError(currency, rates.day);
    return { rate: formatFxRate(rate.ratePpm), publishedFor: rate.publishedFor };
  };
  const first = shown(from === FX_BASE_CURRENCY ? policyCurrency : from);
  const cross = from !== FX_BASE_CURRENCY && policyCurrency !== FX_BASE_CURRENCY;
  return cross ? { ...first, policyCurrencyRate: shown(policyCurrency) } : first;
}

/** The rates a shown ConversionRate stands for, to convert again at them (a payment on a converted invoice). */
export function ratesOfConversion(from: string, policyCurrency: string, shown: ConversionRate, day: string): RatesOn {
  const rateOf = (rate: { rate: string; publishedFor: string }): RateInForce => ({ ratePpm: fxRatePpm(rate.rate), publishedFor: rate.publishedFor });
  const rates: Record<string, RateInForce> = {};
  rates[from === FX_BASE_CURRENCY ? policyCurrency : from] = rateOf(shown);
  if (shown.policyCurrencyRate) rates[policyCurrency] = rateOf(shown.policyCurrencyRate);
  return { day, rates };
}

/** "USD 1.6 per EUR, published for 2026-02-10"; for a cross rate, both rates. */
export function conversionText(from: string, policyCurrency: string, shown: ConversionRate): string {
  const named = from === FX_BASE_CURRENCY ? policyCurrency : from;
  const first = `${named} ${shown.rate} per EUR, published for ${shown.publishedFor}`;
  const second = shown.policyCurrencyRate;
  return second ? `${first}, and ${policyCurrency} ${second.rate} per EUR, published for ${second.publishedFor}` : first;
}

// --- capacity: limits valued in EUR ---------------------------------------------------------

/**
 * The insurer's capacity on a buyer is kept in EUR across every policy. A limit in another
 * currency is valued at the rate in force on the day it is decided, never rounded in the
 * insurer's favour of exposure: `toEurUp` rounds UP (capacity never under-counts what a limit
 * uses) and `fromEurDown` rounds DOWN (a grant derived from EUR capacity never exceeds it), so
 * `toEurUp(fromEurDown(x)) <= x` at one rate.
 *   EUR = amount × 10^2 × 10^6 / (10^e × ratePpm), e the currency's minor-unit exponent.
 * Worked line: USD 1,000,000.00 at USD 1.25 = 100,000,000 × 100 × 1,000,000 / (100 × 1,250,000) = EUR 800,000.00.
 * `ratePpm` is the currency's rate (units for 1 EUR) in ppm; EUR's is 1,000,000.
 */
export function toEurUp(amount: number, currency: string, ratePpm: number): number {
  const { numerator, denominator } = eurRatio(currency, ratePpm);
  assertMinorUnits(amount, 'amount');
  return safe(-floorDiv(-BigInt(amount) * numerator, denominator), 'EUR amount');
}

/** EUR minor units in minor units of `currency`, rounded DOWN: the inverse of toEurUp. */
export function fromEurDown(amountEur: number, currency: string, ratePpm: number): number {
  const { numerator, denominator } = eurRatio(currency, ratePpm);
  assertMinorUnits(amountEur, 'amountEur');
  return safe(floorDiv(BigInt(amountEur) * denominator, numerator), 'amount');
}

/** A currency's rate as the capacity rules read it: EUR is 1,000,000 ppm; others need a publication. */
export function eurRatePpm(rates: RatesOn, currency: string): number {
  return Number(ratePpmOf(rates, currency));
}

/**
 * What a limit reserves on the buyer's capacity after a decision, in EUR minor units.
 * - A limit raised above what it was (`total > heldTotal`) is valued afresh at the rate of the
 *   decision day (toEurUp): the capacity check was made at that rate.
 * - A limit kept or lowered keeps the rate it was booked at (`reservationKept`).
 */
export function reservationAfter(args: { reservedEur: number; heldTotal: number; total: number; currency: string; ratePpm: number }): number {
  assertMinorUnits(args.total, 'total');
  if (args.total > args.heldTotal) return toEurUp(args.total, args.currency, args.ratePpm);
  return reservationKept(args);
}

/**
 * A limit kept or lowered from `heldTotal` to `total` reserves its share of what it held,
 * ceil(reservedEur × total / heldTotal): a release never frees more than was booked, and a
 * cancellation frees exactly what was reserved, whatever the rates did meanwhile.
 * Worked line: EUR 800,000.00 reserved for USD 1,000,000.00, lowered to USD 500,000.00 → EUR 400,000.00.
 */
export function reservationKept(args: { reservedEur: number; heldTotal: number; total: number }): number {
  const { reservedEur, heldTotal, total } = args;
  assertMinorUnits(reservedEur, 'reservedEur');
  assertMinorUnits(heldTotal, 'heldTotal');
  assertMinorUnits(total, 'total');
  if (total < 0 || total > heldTotal) throw new RangeError(`total must be from 0 to heldTotal (${heldTotal}), got ${total}: a raised limit is valued at the decision day's rate`);
  if (total === heldTotal) return reservedEur;
  return safe(-floorDiv(-BigInt(reservedEur) * BigInt(total), BigInt(heldTotal)), 'EUR amount');
}

function eurRatio(currency: string, ratePpm: number): { numerator: bigint; denominator: bigint } {
  if (!Number.isSafeInteger(ratePpm) || ratePpm <= 0) throw new RangeError(`ratePpm must be a positive integer, got ${String(ratePpm)}`);
  return {
    numerator: 10n ** BigInt(minorUnitExponent(FX_BASE_CURRENCY)) * PPM,
    denominator: 10n ** BigInt(minorUnitExponent(currency)) * BigInt(ratePpm),
  };
}

function safe(value: bigint, name: string): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new RangeError(`${name} ${value} is beyond the safe integer range`);
  return result;
}

/** b > 0: BigInt division truncates towards zero, so a negative a needs the correction. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  // Stryker disable next-line EqualityOperator: `<` and `<=` differ only at a = 0, where a % b is 0
  return a % b !== 0n && a < 0n ? q - 1n : q;
}
