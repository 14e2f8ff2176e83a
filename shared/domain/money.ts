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
 *   is at most the EUR value of 10^12 units of its currency; a sum past the safe range is refused, never rounded;
 * - a year's premium: 12 months × 249 countries of turnover ≤ MAX_AMOUNT, 2.988 × 10^15;
 * - a claim: at most 90 invoices of ≤ MAX_AMOUNT, 9 × 10^13, × coverPercent on BigInt;
 * - buyer capacity in EUR: every grant is conditioned on staying within a capacity ≤ MAX_AMOUNT.
 * Conversions (shared/domain/fx.ts) and percentages run on BigInt, so products never round.
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

/**
 * ISO 4217 minor-unit exponents of the currencies the system knows: the currencies a policy,
 * an invoice or a reference rate may be in. A currency needs a reference rate in force
 * (shared/domain/fx.ts) before anything converts it; EUR never does.
 */
export const MINOR_UNIT_EXPONENT: Readonly<Record<string, number>> = {
  EUR: 2,
  USD: 2,
  GBP: 2,
  CHF: 2,
  PLN: 2,
  SEK: 2,
  JPY: 0,
  AUD: 2,
  BRL: 2,
  CAD: 2,
  CNY: 2,
  CZK: 2,
  DKK: 2,
  HKD: 2,
  HUF: 2,
  INR: 2,
  KRW: 0,
  MXN: 2,
  NOK: 2,
  SGD: 2,
  TRY: 2,
  ZAR: 2,
};

export function isMinorUnits(amount: unknown): amount is number {
  return Number.isSafeInteger(amount);
}

export function isSupportedCurrency(currency: string): boolean {
  return Object.hasOwn(MINOR_UNIT_EXPONENT, currency);
}

export function assertCurrency(currency: string): void {
  if (!isSupportedCurrency(currency)) {
    throw new RangeError(`unknown currency ${JSON.stringify(currency)}: the system knows ${Object.keys(MINOR_UNIT_EXPONENT).join(', ')}`);
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

/** "1,000,000": thousands grouped with commas, without Intl (whose tables cost a cold start some 20 ms). */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
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
  const grouped = groupDigits(major);
  return `${currency} ${amount < 0 ? '-' : ''}${grouped}${exponent > 0 ? `.${minor}` : ''}`;
}
