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
