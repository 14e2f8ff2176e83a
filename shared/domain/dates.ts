/**
 * Calendar days as ISO 8601 `YYYY-MM-DD` strings (UTC). Pure string and integer arithmetic:
 * the domain never constructs a Date, so it cannot read the clock by accident. ISO dates
 * compare correctly as strings.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function assertIsoDate(value: unknown, name: string): asserts value is string {
  if (!isIsoDate(value)) throw new RangeError(`${name} must be a calendar date YYYY-MM-DD, got ${String(value)}`);
}

/**
 * The dates a request may name, both ends included: from 2000-01-01 to the same day ten years
 * after today (29 February → 28 February). Nothing the API records — an invoice, a payment,
 * a judgment, a policy's inception, a delivery, a tranche's expiry — plausibly falls outside:
 * payment terms (365 days at most), waiting periods (730) and tranches are far shorter than
 * ten years. A date beyond is a typo or a probe (0000-01-01, 9999-12-30), and once stored it
 * would break later arithmetic (9999-12-30 plus a 60-day extension is no date).
 */
export const EARLIEST_DATE = '2000-01-01';
export const MAX_YEARS_AHEAD = 10;

export function dateWindow(today: string): { earliest: string; latest: string } {
  return { earliest: EARLIEST_DATE, latest: addMonths(today, 12 * MAX_YEARS_AHEAD) };
}

/** Same day `months` later; a day the target month lacks clamps to its last day (Feb 29 → Feb 28). */
export function addMonths(date: string, months: number): string {
  assertIsoDate(date, 'date');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(targetDay, 2)}`;
}

/** `date` plus `days` calendar days (negative goes back), on integer day numbers. */
export function addDays(date: string, days: number): string {
  assertIsoDate(date, 'date');
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer, got ${String(days)}`);
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  return dayNumber(to) - dayNumber(from);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function fromDayNumber(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const result = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  if (!isIsoDate(result)) throw new RangeError(`date out of range: day ${days}`);
  return result;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(value: number, width: number): string {
  return value.toString().padStart(width, '0');
}
