/**
 * Premium: the policyholder declares its insurable turnover each month, country by country,
 * and pays `premiumRate` of it, with the policy's minimum premium for the year.
 *
 * Conventions:
 * - Amounts are integer minor units of the policy currency. `premiumRate` is a decimal with at
 *   most six places, held as an exact integer number of parts per million (`ratePpm`), so
 *   `turnover × rate` runs on BigInt and never meets a float.
 * - Premium is computed per declaration, rounded HALF UP to the minor unit, then summed: a
 *   declaration's premium is what its invoice line shows, and the year is the sum of the lines
 *   (never the rate applied again to the year's turnover, which could differ by a few cents).
 * - The minimum premium is settled per policy year, anniversary to anniversary of the inception
 *   date; a monthly period belongs to the policy year its last day falls in. It is owed only
 *   once the policy year is over (`today` after its last day); until then the same shortfall
 *   is shown as `projectedMinimumPremiumAdjustment`, what would be owed if it ended today. A
 *   calendar year's view settles no minimum premium, unless the calendar year is a policy year.
 * - Lateness is a calendar-day rule in UTC: a declaration's day is the UTC day of its
 *   `declaredAt`, whatever offset the timestamp carries.
 * - Sums are plain integer sums, exact while below 2^53: a year holds at most 12 months ×
 *   249 countries of declarations, each at most MAX_AMOUNT (money.ts), 2.988 × 10^15. A sum
 *   past the safe range is a RangeError (a defect upstream), never a rounded total.
 * - Bad input (a rate with more than six places, an impossible period, a negative or
 *   fractional amount, two declarations for the same period and country) is refused with a
 *   RangeError, not silently repaired. Corrections are the caller's history: it passes the
 *   declaration in force for each (period, country), once.
 */
import { addDays, addMonths, assertIsoDate } from './dates.ts';
import { assertCurrency, assertMinorUnits, formatMoney } from './money.ts';

/** Days after the end of its period within which a declaration is on time (the 30th day included). */
export const LATE_AFTER_DAYS = 30;

const PPM = 1_000_000;
// Stryker disable next-line Regex: without the end anchor a period with a suffix still fails, on its first day (YYYY-MM-01) not being a date; the anchor says so first
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d|60)(?:\.\d+)?)?(Z|([+-])([01]\d|2[0-3]):([0-5]\d))$/;
const COUNTRY = /^[A-Z]{2}$/;

/**
 * The rate in parts per million, exactly: 0.0025 → 2500. A rate that is not a whole number of
 * millionths (0.00255555), is negative or above 1 is refused. The policy schema holds
 * 0.001–0.005; 0–1 is accepted here so the arithmetic does not depend on that choice.
 */
export function ratePpm(premiumRate: number): number {
  // Number.isFinite is false for anything but a finite number (NaN, infinities, strings…).
  if (!Number.isFinite(premiumRate) || premiumRate < 0 || premiumRate > 1) {
    throw new RangeError(`premiumRate must be a decimal from 0 to 1, got ${String(premiumRate)}`);
  }
  const ppm = Math.round(premiumRate * PPM);
  // ppm / 1e6 is the double nearest the decimal ppm millionths, i.e. the double a literal with
  // at most six places parses to: equality holds exactly when the rate has at most six places.
  if (ppm / PPM !== premiumRate) throw new RangeError(`premiumRate must have at most 6 decimal places, got ${String(premiumRate)}`);
  return ppm;
}

/** turnover × premiumRate, rounded half up to the minor unit (an exact half cent goes up). */
export function premiumOn(turnover: number, premiumRate: number): number {
  assertAmount(turnover, 'turnover');
  const ppm = ratePpm(premiumRate);
  return Number((BigInt(turnover) * BigInt(ppm) * 2n + BigInt(PPM)) / (2n * BigInt(PPM)));
}

export interface Declaration {
  /** YYYY-MM */
  period: string;
  /** ISO 3166 alpha-2 */
  country: string;
  /** Insurable turnover in minor units of the policy currency. */
  amount: number;
  /** ISO 8601 timestamp with `Z` or an offset. */
  declaredAt: string;
}

/**
 * Late when declared more than `LATE_AFTER_DAYS` days after the end of its period: for
 * 2026-01 the last day in time is 2026-03-02 (31 January + 30 days), 2026-03-03 is late.
 * Declaring before the period ends is not late.
 */
export function isLate(period: string, declaredOn: string): boolean {
  assertIsoDate(declaredOn, 'declaredOn');
  return declaredOn > lastDayInTime(period);
}

/** The last day a declaration for `period` is on time: the period's last day + LATE_AFTER_DAYS. */
export function lastDayInTime(period: string): string {
  return addDays(lastDayOfPeriod(period), LATE_AFTER_DAYS);
}

/** The UTC calendar day of an ISO 8601 timestamp: 2026-03-03T00:30:00+01:00 is 2026-03-02. */
export function utcDateOf(timestamp: string): string {
  const match = typeof timestamp === 'string' ? TIMESTAMP.exec(timestamp) : null;
  if (!match) throw new RangeError(`timestamp must be ISO 8601 with Z or an offset (2026-03-02T10:00:00Z), got ${String(timestamp)}`);
  const [, date = '', hours, minutes, , zone, sign, offsetHours, offsetMinutes] = match;
  assertIsoDate(date, 'timestamp date');
  const local = Number(hours) * 60 + Number(minutes);
  const offset = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  return addDays(date, Math.floor((local - offset) / 1_440));
}

export interface PremiumLine {
  country: string;
  turnover: number;
  premium: number;
  late: boolean;
  declaredAt: string;
}

export interface PremiumMonth {
  period: string;
  turnover: number;
  premium: number;
  /** Sorted by country. */
  byCountry: PremiumLine[];
}

/** How the months of an answer were chosen: a policy year's (where the minimum premium is settled) or a calendar year's. */
export type PremiumView = 'policy_year' | 'calendar_year';

/** A policy year's first and last days, both included. */
export interface PolicyYear {
  from: string;
  to: string;
}

export interface PremiumYear {
  view: PremiumView;
  /** The calendar year: of the months asked for, or of `policyYear.from` in the policy view. */
  year: number;
  /** The policy year answered: always in the policy view; in the calendar view only when the calendar year is one. */
  policyYear?: PolicyYear;
  currency: string;
  premiumRate: number;
  /** Only periods with declarations, ascending. */
  months: PremiumMonth[];
  /** Sorted by country. */
  byCountry: { country: string; turnover: number; premium: number }[];
  turnover: number;
  /** Σ premium of each declaration (computed per declaration, then summed). */
  premium: number;
  minimumPremium: number;
  /** max(0, minimumPremium − premium) once the policy year is over (today after its last day), else 0. */
  minimumPremiumAdjustment: number;
  /** The same figure as if the policy year ended today, whether or not it has. */
  projectedMinimumPremiumAdjustment: number;
  /** Today is after the last day of the year answered (`policyYear.to`, or 31 December). */
  yearClosed: boolean;
  /** premium + minimumPremiumAdjustment */
  due: number;
  /** Declarations flagged late. */
  lateDeclarations: number;
  /** How the minimum premium was settled here, or which policy years to ask for it. */
  minimumPremiumNote: string;
}

/**
 * The policy year containing `day`: from the latest anniversary of `inceptionDate` on or before
 * it, to the day before the next one. A 29 February inception has its anniversary on 28
 * February in common years (and on 29 February in leap years). A day before inception is in
 * no policy year: RangeError.
 */
export function policyYear(day: string, inceptionDate: string): PolicyYear {
  assertIsoDate(day, 'day');
  assertIsoDate(inceptionDate, 'inceptionDate');
  if (day < inceptionDate) throw new RangeError(`${day} is before the policy began (inception date ${inceptionDate})`);
  let years = Number(day.slice(0, 4)) - Number(inceptionDate.slice(0, 4));
  if (anniversary(inceptionDate, years) > day) years -= 1;
  return { from: anniversary(inceptionDate, years), to: addDays(anniversary(inceptionDate, years + 1), -1) };
}

/** The inception date `years` later: addMonths clamps 29 February to 28 February in a common year. */
function anniversary(inceptionDate: string, years: number): string {
  return addMonths(inceptionDate, 12 * years);
}

/** The last day of a monthly period: 2026-02 → 2026-02-28. */
export function lastDayOfPeriod(period: string): string {
  assertPeriod(period, 'period');
  return addDays(addMonths(`${period}-01`, 1), -1);
}

/**
 * The policy year a monthly turnover period belongs to: the one its LAST day falls in. With
 * inception on 2026-03-15, 2026-03 (ends 31 March) is in the first policy year and 2027-02
 * (ends 28 February 2027) is its last month; 2027-03 begins the second. A period ending before
 * inception is in none: RangeError.
 */
export function policyYearOfPeriod(period: string, inceptionDate: string): PolicyYear {
  return policyYear(lastDayOfPeriod(period), inceptionDate);
}

/**
 * The periods of a policy year: those whose last day falls in it, from the month of `from`
 * on. Anniversaries keep their month, so there are always twelve.
 */
export function periodsOfPolicyYear(year: PolicyYear): string[] {
  assertIsoDate(year.to, 'to');
  const periods: string[] = [];
  for (let period = year.from.slice(0, 7); lastDayOfPeriod(period) <= year.to; period = addMonths(`${period}-01`, 1).slice(0, 7)) periods.push(period);
  return periods;
}

/** The twelve periods of calendar year `year`. */
export function periodsOfCalendarYear(year: number): string[] {
  assertYear(year);
  return Array.from({ length: 12 }, (_, month) => `${pad(year, 4)}-${pad(month + 1, 2)}`);
}

export interface PremiumInput {
  declarations: readonly Declaration[];
  premiumRate: number;
  minimumPremium: number;
  currency: string;
  today: string;
}

/**
 * The premium of the policy year containing `on`. The minimum premium is settled on it: the
 * shortfall is owed once today is after `policyYear.to`, projected until then. `year` is the
 * calendar year of `policyYear.from`.
 */
export function premiumPolicyYear(args: PremiumInput & { on: string; inceptionDate: string }): PremiumYear & { policyYear: PolicyYear } {
  const bounds = policyYear(args.on, args.inceptionDate);
  return { view: 'policy_year', year: Number(bounds.from.slice(0, 4)), policyYear: bounds, ...premiumOver(args, periodsOfPolicyYear(bounds), bounds.to, { settledOn: bounds }) };
}

/**
 * The premium of calendar year `year`'s months. The minimum premium is settled per policy
 * year, so here it adds nothing and `minimumPremiumNote` names the policy years to ask for,
 * unless the calendar year IS a policy year (inception on 1 January, or no inception date
 * given): then it is settled as in the policy view. A year before the inception's is a
 * RangeError. Declarations of other years are ignored, but every declaration passed is
 * validated and two for the same (period, country) are refused (RangeError), wherever they
 * fall: the caller keeps corrections as history and passes the one in force.
 */
export function premiumYear(args: PremiumInput & { year: number; inceptionDate?: string }): PremiumYear {
  const { year } = args;
  const periods = periodsOfCalendarYear(year);
  const [first, last] = [`${pad(year, 4)}-01`, `${pad(year, 4)}-12`];
  const inceptionDate = args.inceptionDate ?? `${first}-01`;
  assertIsoDate(inceptionDate, 'inceptionDate');
  if (last < inceptionDate.slice(0, 7)) throw new RangeError(`year ${year} is before the policy began (inception date ${inceptionDate})`);
  const lastDay = `${last}-31`;
  if (inceptionDate.slice(5) === '01-01') {
    const bounds = { from: `${first}-01`, to: lastDay };
    return { view: 'calendar_year', year, policyYear: bounds, ...premiumOver(args, periods, lastDay, { settledOn: bounds }) };
  }
  // The policy years of the first month insured in this calendar year and of December.
  const inceptionMonth = inceptionDate.slice(0, 7);
  // Stryker disable next-line EqualityOperator: when January is the inception month both sides name it
  const opening = policyYearOfPeriod(first < inceptionMonth ? inceptionMonth : first, inceptionDate);
  const closing = policyYearOfPeriod(last, inceptionDate);
  return { view: 'calendar_year', year, ...premiumOver(args, periods, lastDay, { policyYears: opening.from === closing.from ? [opening] : [opening, closing] }) };
}

/**
 * One computation over a set of periods: the lines of their declarations (each rounded half
 * up), summed by month, country and in all; the minimum premium settled on the policy year
 * `settledOn`, or not at all when the periods are not a policy year's (`policyYears` are then
 * those the note points to). `lastDay` closes the year.
 */
function premiumOver(
  args: PremiumInput,
  periods: readonly string[],
  lastDay: string,
  minimum: { settledOn: PolicyYear } | { policyYears: readonly PolicyYear[] },
): Omit<PremiumYear, 'view' | 'year' | 'policyYear'> {
  const { declarations, premiumRate, minimumPremium, currency, today } = args;
  ratePpm(premiumRate);
  assertAmount(minimumPremium, 'minimumPremium');
  // Stryker disable next-line CallExpression: the note's formatMoney refuses an unknown currency too; here it fails before any figure is computed
  assertCurrency(currency);
  assertIsoDate(today, 'today');

  const seen = new Set<string>();
  declarations.forEach((declaration, i) => {
    assertDeclaration(declaration, `declarations[${i}]`);
    const key = `${declaration.period}|${declaration.country}`;
    if (seen.has(key)) throw new RangeError(`declarations[${i}] is a second declaration for ${declaration.period} in ${declaration.country}: pass only the one in force`);
    seen.add(key);
  });

  const chosen = new Set(periods);
  const months = new Map<string, PremiumLine[]>();
  for (const declaration of declarations.filter((d) => chosen.has(d.period))) {
    const line: PremiumLine = {
      country: declaration.country,
      turnover: declaration.amount,
      premium: premiumOn(declaration.amount, premiumRate),
      late: isLate(declaration.period, utcDateOf(declaration.declaredAt)),
      declaredAt: declaration.declaredAt,
    };
    months.set(declaration.period, [...(months.get(declaration.period) ?? []), line]);
  }

  const monthList: PremiumMonth[] = [...months]
    .sort(([a], [b]) => compare(a, b))
    .map(([period, lines]) => {
      const byCountry = [...lines].sort((a, b) => compare(a.country, b.country));
      return { period, turnover: sum(byCountry.map((l) => l.turnover), 'turnover'), premium: sum(byCountry.map((l) => l.premium), 'premium'), byCountry };
    });
  const lines = monthList.flatMap((m) => m.byCountry);

  const countries = new Map<string, { turnover: number[]; premium: number[] }>();
  for (const line of lines) {
    const entry = countries.get(line.country) ?? { turnover: [], premium: [] };
    entry.turnover.push(line.turnover);
    entry.premium.push(line.premium);
    countries.set(line.country, entry);
  }
  const byCountry = [...countries]
    .sort(([a], [b]) => compare(a, b))
    .map(([country, entry]) => ({ country, turnover: sum(entry.turnover, 'turnover'), premium: sum(entry.premium, 'premium') }));

  const turnover = sum(lines.map((l) => l.turnover), 'turnover');
  const premium = sum(lines.map((l) => l.premium), 'premium');
  const yearClosed = today > lastDay;
  const settles = 'settledOn' in minimum;
  const projected = settles ? Math.max(0, minimumPremium - premium) : 0;
  const adjustment = yearClosed ? projected : 0;
  const minimumPremiumNote = settles ? settlementNote(minimum.settledOn, premium, minimumPremium, projected, yearClosed, currency) : unsettledNote(minimum.policyYears, minimumPremium, currency);

  return {
    currency,
    premiumRate,
    months: monthList,
    byCountry,
    turnover,
    premium,
    minimumPremium,
    minimumPremiumAdjustment: adjustment,
    projectedMinimumPremiumAdjustment: projected,
    yearClosed,
    due: sum([premium, adjustment], 'due'),
    lateDeclarations: lines.filter((l) => l.late).length,
    minimumPremiumNote,
  };
}

/** The sentence that explains the minimum premium adjustment of a policy year. */
function settlementNote(year: PolicyYear, premium: number, minimumPremium: number, shortfall: number, closed: boolean, currency: string): string {
  const money = (amount: number) => formatMoney(amount, currency);
  const settled = `the minimum premium of ${money(minimumPremium)}, settled on the policy year ${year.from} to ${year.to}`;
  if (shortfall === 0) return `The premium declared, ${money(premium)}, reaches ${settled}: nothing is added.`;
  return closed
    ? `The premium declared, ${money(premium)}, is ${money(shortfall)} short of ${settled}, which is over: ${money(shortfall)} is owed.`
    : `The premium declared so far, ${money(premium)}, is ${money(shortfall)} short of ${settled}: what is still short after ${year.to} is owed.`;
}

/** The sentence of a calendar year that is no policy year: the minimum premium is asked of its policy years. */
function unsettledNote(years: readonly PolicyYear[], minimumPremium: number, currency: string): string {
  const named = years.map((year) => `the policy year ${year.from} to ${year.to} (GET /v1/premium?on=${year.from})`).join(' and ');
  return `The minimum premium of ${formatMoney(minimumPremium, currency)} is settled per policy year, not on a calendar year: nothing is added here. This year's months belong to ${named}.`;
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9_999) throw new RangeError(`year must be an integer from 1 to 9999, got ${String(year)}`);
}

function assertDeclaration(declaration: Declaration, name: string): void {
  assertPeriod(declaration.period, `${name}.period`);
  if (typeof declaration.country !== 'string' || !COUNTRY.test(declaration.country)) {
    throw new RangeError(`${name}.country must be an ISO 3166 alpha-2 code, got ${String(declaration.country)}`);
  }
  assertAmount(declaration.amount, `${name}.amount`);
  // Stryker disable next-line CallExpression: a bad timestamp fails later too, when lateness is worked out; here it fails before any figure is computed
  utcDateOf(declaration.declaredAt);
}

function assertPeriod(period: string, name: string): void {
  if (typeof period !== 'string' || !PERIOD.test(period) || period.startsWith('0000')) throw new RangeError(`${name} must be a month YYYY-MM, got ${String(period)}`);
}

/** A turnover is never negative: credit notes reduce the month's declaration, not below zero. */
function assertAmount(amount: number, name: string): void {
  assertMinorUnits(amount, name);
  if (amount < 0) throw new RangeError(`${name} must not be negative, got ${amount}`);
}

function sum(values: readonly number[], name: string): number {
  const total = values.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError(`${name} ${total} is beyond the safe integer range`);
  return total;
}

/** Code-unit order, so the result does not depend on the runtime's locale. */
function compare(a: string, b: string): number {
  // Stryker disable next-line EqualityOperator,ConditionalExpression: the keys sorted here are distinct (one line per period and country), so only `a < b` decides an order
  return a < b ? -1 : a > b ? 1 : 0;
}

function pad(value: number, width: number): string {
  return value.toString().padStart(width, '0');
}
