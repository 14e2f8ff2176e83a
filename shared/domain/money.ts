/**
 * Money in integer minor units of an ISO 4217 currency. Never floats: conversions run on
 * BigInt so `amount × rate` cannot lose precision, and every rounding names its direction.
 */

export interface Money {
  amount: number;
  currency: string;
}

/**
 * The most any one amount may be, in minor units: 10^12, EUR 10 billion (JPY 1 trillion, about
 * EUR 6 billion). Trade credit knows no invoice, limit or policy figure near it: the largest
 * buyer capacities are tens of millions of euros (DEFAULT_LIMIT_RULES: 50 million at grade 1).
 * Every money field a client sends is at most this, and so is a limit's permanent and
 * temporary parts together.
 *
 * Why it is low, not merely safe: the system adds amounts up (a tenant's exposure on a buyer,
 * portfolio totals, a year's premium, a claim's invoices, the insurer's totals in EUR), and
 * every sum must stay an exact integer, below Number.MAX_SAFE_INTEGER (2^53 − 1, about
 * 9.007 × 10^15). The bounds each sum relies on:
 * - a tenant's exposure on one buyer: at most MAX_EXPOSURE, enforced by the write that adds to it;
 * - a portfolio (shared/domain/portfolio.ts): lines of at most MAX_AMOUNT limit and MAX_EXPOSURE
 *   exposure, so up to 9,007 lines at the ceiling stay exact; in EUR (the insurer's view) a line
 *   is at most toEur(10^12 GBP) = 1.17 × 10^12, so 7,698 lines at the ceiling;
 * - a year's premium: 12 months × 249 countries of turnover ≤ MAX_AMOUNT, 2.988 × 10^15;
 * - a claim: at most 90 invoices of ≤ MAX_AMOUNT, 9 × 10^13, × coverPercent on BigInt;
 * - buyer capacity in EUR: every grant is conditioned on staying within a capacity ≤ MAX_AMOUNT.
 * Conversions (`toEur`, `fromEur`) and percentages run on BigInt, so products never round.
 */
export const MAX_AMOUNT = 1_000_000_000_000;

/**
 * The most a tenant's exposure on one buyer (outstanding invoices + committed orders) may be,
 * in minor units: the same 10^12. Each invoice is bounded, but not their number: the write
 * that adds to the exposure refuses to pass this (409 `exposure-ceiling`), so no count of
 * invoices overflows it. A limit never exceeds it either, so a commitment within its limit
 * never reaches it first.
 */
export const MAX_EXPOSURE = MAX_AMOUNT;

/** 1,000.00 in minor units of a two-decimal currency: the step of every requested limit. */
export const UNIT = 100_000;

/** Limits are whole thousands of the currency's major unit. */
const UNIT_MAJOR = 1_000;

/** ISO 4217 minor-unit exponents of the currencies the reference FX table knows. */
export const MINOR_UNIT_EXPONENT: Readonly<Record<string, number>> = {
  EUR: 2,
  USD: 2,
  GBP: 2,
  CHF: 2,
  PLN: 2,
  SEK: 2,
  JPY: 0,
};

/**
 * Reference rates: EUR value of ONE major unit of the currency, in parts per million.
 * Capacity is booked in EUR with these fixed rates, not market rates, on purpose: a limit's
 * reservation is `toEur(total)` and its release is the same `toEur(total)`, so reservations
 * and releases cancel exactly. Changing a rate here is a migration (re-book every
 * reservation), not a configuration change.
 */
export const EUR_PPM: Readonly<Record<string, number>> = {
  EUR: 1_000_000,
  USD: 920_000,
  GBP: 1_170_000,
  CHF: 1_050_000,
  PLN: 230_000,
  SEK: 88_000,
  JPY: 6_100,
};

export function isMinorUnits(amount: unknown): amount is number {
  return Number.isSafeInteger(amount);
}

export function isSupportedCurrency(currency: string): boolean {
  // Stryker disable next-line LogicalOperator: both tables name the same currencies today; a currency must be in both to be counted
  return Object.hasOwn(EUR_PPM, currency) && Object.hasOwn(MINOR_UNIT_EXPONENT, currency);
}

export function assertCurrency(currency: string): void {
  if (!isSupportedCurrency(currency)) {
    throw new RangeError(`unknown currency ${JSON.stringify(currency)}: the reference FX table knows ${Object.keys(EUR_PPM).join(', ')}`);
  }
}

export function minorUnitExponent(currency: string): number {
  assertCurrency(currency);
  // Stryker disable next-line LogicalOperator: unreachable fallback (the currency was just asserted to be in the table), there for the type checker
  return MINOR_UNIT_EXPONENT[currency] ?? 2;
}

/**
 * The limit step (1,000 major units) in the currency's minor units: `UNIT` for EUR, USD and
 * the other two-decimal currencies, 1,000 for JPY, which has no minor unit.
 */
export function unitFor(currency: string): number {
  return UNIT_MAJOR * 10 ** minorUnitExponent(currency);
}

export function isUnitMultiple(amount: number, unit = UNIT): boolean {
  return isMinorUnits(amount) && amount % unit === 0;
}

/** Towards negative infinity, so a grant rounded down never exceeds what was available. */
export function roundDownToUnit(amount: number, unit = UNIT): number {
  assertMinorUnits(amount, 'amount');
  const remainder = ((amount % unit) + unit) % unit;
  return amount - remainder;
}

export function assertMinorUnits(amount: unknown, name: string): asserts amount is number {
  if (!isMinorUnits(amount)) throw new RangeError(`${name} must be an integer amount in minor units, got ${String(amount)}`);
}

/**
 * Amount in EUR minor units, rounded UP: capacity accounting must never under-count what a
 * limit uses.
 */
export function toEur(amount: number, currency: string): number {
  assertMinorUnits(amount, 'amount');
  const { numerator, denominator } = eurRatio(currency);
  return toSafeNumber(ceilDiv(BigInt(amount) * numerator, denominator), 'EUR amount');
}

/**
 * EUR minor units expressed in the currency's minor units, rounded DOWN: a grant derived from
 * EUR capacity must never exceed it. With `toEur` rounding up, `toEur(fromEur(x, c), c) <= x`.
 */
export function fromEur(amountEur: number, currency: string): number {
  assertMinorUnits(amountEur, 'amountEur');
  const { numerator, denominator } = eurRatio(currency);
  return toSafeNumber(floorDiv(BigInt(amountEur) * denominator, numerator), 'amount');
}

/**
 * "EUR 50,000.00", "JPY 1,200,000": fixed grouping and decimals, independent of any locale,
 * so decision messages are deterministic.
 */
export function formatMoney(amount: number, currency: string): string {
  assertMinorUnits(amount, 'amount');
  const exponent = minorUnitExponent(currency);
  const digits = Math.abs(amount).toString().padStart(exponent + 1, '0');
  const major = digits.slice(0, digits.length - exponent);
  const minor = digits.slice(digits.length - exponent);
  const grouped = major.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${currency} ${amount < 0 ? '-' : ''}${grouped}${exponent > 0 ? `.${minor}` : ''}`;
}

/** minorEur = minor × numerator / denominator, exactly. */
function eurRatio(currency: string): { numerator: bigint; denominator: bigint } {
  const exponent = minorUnitExponent(currency);
  const ppm = EUR_PPM[currency] ?? 0;
  // Stryker disable next-line LogicalOperator: EUR is always in the table; the fallback is for the type checker
  const eurExponent = MINOR_UNIT_EXPONENT.EUR ?? 2;
  return {
    numerator: BigInt(ppm) * 10n ** BigInt(eurExponent),
    denominator: 1_000_000n * 10n ** BigInt(exponent),
  };
}

/** b > 0 (a rate's denominator or numerator): only a negative a needs the correction. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b; // BigInt division truncates towards zero
  // Stryker disable next-line EqualityOperator: `<` and `<=` differ only at a = 0, where a % b is 0
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}

function toSafeNumber(value: bigint, name: string): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new RangeError(`${name} ${value} is beyond the safe integer range`);
  return result;
}
