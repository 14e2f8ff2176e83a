import * as z from 'zod';
import { idPattern, type IdKind } from '#data/ids';
import { EARLIEST_DATE, dateWindow, isIsoDate } from '#domain/dates';
import { MAX_AMOUNT } from '#domain/money';
import { isoDay, now } from '#clock';

/**
 * Money as the API answers it: integer minor units of the policy currency (cents), never
 * floating point. Totals (a portfolio, a year's premium) may pass MAX_AMOUNT; amounts a request
 * carries are `MoneyAmount`s.
 */
export const Amount = /* @__PURE__ */ (() => z
  .int('an integer amount in minor units (cents), not a decimal')
  .nonnegative()
  .max(Number.MAX_SAFE_INTEGER)
  .meta({ description: 'Integer amount in minor units of the policy currency (e.g. cents)' }))();

const leadingSentence = (description?: string) => (description ? `${description}${description.endsWith('.') ? '' : '.'} ` : '');

const MAX_AMOUNT_TEXT = 'at most 1,000,000,000,000 minor units (10 billion of a two-decimal currency such as EUR)';

/**
 * An amount a request carries: at most MAX_AMOUNT (10^12 minor units), so that every sum the
 * system makes of stored amounts stays an exact integer (shared/domain/money.ts says which).
 * Every money field of every request schema is one (tests/unit/request-amounts.test.ts walks
 * them all); beyond it, 400 `validation`, code `too_big`, naming the field.
 */
export function MoneyAmount(description: string, options: { positive?: boolean } = {}) {
  return z
    .int('an integer amount in minor units (cents), not a decimal')
    .min(options.positive ? 1 : 0, options.positive ? 'more than 0' : 'not negative')
    .max(MAX_AMOUNT, MAX_AMOUNT_TEXT)
    .meta({ description: `${leadingSentence(description)}Integer minor units, ${options.positive ? 'from 1 to' : 'from 0 to'} 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR).` });
}

// ICU's tables are read on first use, not when the module loads: building them is some 25 ms of
// a cold start (docs/operations.md, "Cold starts"), and most requests name no currency or country.
let currencies: ReadonlySet<string> | undefined;
const isCurrency = (code: string) => (currencies ??= new Set(Intl.supportedValuesOf('currency'))).has(code);
export const Currency = /* @__PURE__ */ (() => z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 4217 code in capitals, such as EUR')
  .refine(isCurrency, 'not an ISO 4217 currency')
  .meta({ description: 'ISO 4217 currency code', example: 'EUR' }))();

let regions: Intl.DisplayNames | undefined;
const regionName = (code: string) => (regions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })).of(code);
const ALPHA_2 = /^[A-Z]{2}$/;
// User-assigned codes (AA, QM–QZ, XA–XZ but XK for Kosovo, ZZ) and reserved ones (EU, EZ,
// UN) are no country, though ICU names some of them.
const USER_ASSIGNED = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;
export const CountryCode = /* @__PURE__ */ (() => z
  .string()
  .regex(ALPHA_2, 'an ISO 3166-1 alpha-2 code in capitals, such as FR')
  // zod runs refinements after a failed regex too: Intl throws on what is not a region code.
  .refine((code) => !ALPHA_2.test(code) || (!USER_ASSIGNED.test(code) && regionName(code) !== code), 'not an ISO 3166-1 country')
  .meta({ description: 'ISO 3166-1 alpha-2 country code', example: 'FR' }))();

/**
 * Free text on one line: trimmed, well-formed Unicode (no lone surrogates, which DynamoDB
 * cannot store), no control characters.
 */
export function Text(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => text.isWellFormed(), 'not well-formed Unicode')
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), 'no control characters');
}

/** A calendar date as the API answers it. Dates a request carries are `PlausibleDate`s. */
export const IsoDate = /* @__PURE__ */ (() => z.iso.date().meta({ description: 'Calendar date, ISO 8601 (YYYY-MM-DD), UTC', example: '2026-11-26' }))();

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A month as the API answers it. Months a request carries are `PlausibleMonth`s. */
export const Month = /* @__PURE__ */ (() => z.string().regex(MONTH, 'a month, YYYY-MM').meta({ description: 'A month, YYYY-MM', example: '2026-10' }))();

const startOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * Refuses a date (or a month, compared on its first 7 characters) outside the window of
 * shared/domain/dates.ts. Today is read here, when the request is parsed, from the functions'
 * clock: the local test clock moves the window, and a warm Lambda never keeps yesterday's.
 */
function checkWindow(value: string, context: z.RefinementCtx, unit: 'date' | 'month'): void {
  const today = isoDay(now());
  const window = dateWindow(today);
  const [earliest, latest] = unit === 'date' ? [window.earliest, window.latest] : [window.earliest.slice(0, 7), window.latest.slice(0, 7)];
  const day = (bound: string) => (unit === 'date' ? bound : `${bound}-01`);
  if (value < earliest) {
    context.addIssue({
      code: 'too_small',
      origin: 'date',
      minimum: startOf(day(earliest)),
      inclusive: true,
      input: value,
      message: unit === 'date' ? `must be on or after ${earliest}` : `must be ${earliest} or later`,
    });
  } else if (value > latest) {
    context.addIssue({
      code: 'too_big',
      origin: 'date',
      maximum: startOf(day(latest)),
      inclusive: true,
      input: value,
      message: unit === 'date' ? `must be on or before ${latest}, ten years after today (${today})` : `must be ${latest} or earlier, the month ten years after today (${today})`,
    });
  }
}

/**
 * A calendar date a request carries: from 2000-01-01 to ten years after today. Every date
 * field of every request schema is one (tests/unit/request-dates.test.ts walks them all).
 */
export function PlausibleDate(description?: string) {
  return z.iso
    .date()
    .superRefine((value, context) => {
      // zod runs refinements after a failed format too: a non-date has its issue already.
      if (isIsoDate(value)) checkWindow(value, context, 'date');
    })
    .meta({ description: `${leadingSentence(description)}Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.`, example: '2026-11-26' });
}

/** A month a request carries (YYYY-MM): from 2000-01 to the month ten years after today. */
export function PlausibleMonth(description?: string) {
  return z
    .string()
    .regex(MONTH, 'a month, YYYY-MM')
    .superRefine((value, context) => {
      if (MONTH.test(value)) checkWindow(value, context, 'month');
    })
    .meta({ description: `${leadingSentence(description)}Month YYYY-MM, from 2000-01 to the month ten years after today.`, example: '2026-10' });
}

const EARLIEST_YEAR = /* @__PURE__ */ (() => Number(EARLIEST_DATE.slice(0, 4)))();

/**
 * A year a request carries (a query parameter, so coerced): from 2000 to the year of the
 * window's last day, read like the dates' when the request is parsed. A year past it names no
 * date a request could have recorded.
 */
export function PlausibleYear(description?: string) {
  return z.coerce
    .number()
    .int()
    .min(EARLIEST_YEAR, `must be ${EARLIEST_YEAR} or later`)
    .superRefine((value, context) => {
      // zod runs refinements after a failed check too: a fraction has its issue already.
      if (!Number.isInteger(value)) return;
      const today = isoDay(now());
      const latest = Number(dateWindow(today).latest.slice(0, 4));
      if (value > latest) {
        context.addIssue({ code: 'too_big', origin: 'number', maximum: latest, inclusive: true, input: value, message: `must be ${latest} or earlier, the year ten years after today (${today})` });
      }
    })
    .meta({ description: `${leadingSentence(description)}A year, from ${EARLIEST_YEAR} to the year ten years after today.`, example: 2026 });
}

export const Timestamp = /* @__PURE__ */ (() => z.iso.datetime().meta({ description: 'ISO 8601 timestamp, UTC' }))();

export function Id(kind: IdKind, description: string) {
  return z.string().regex(idPattern(kind), `a ${kind} id`).meta({ description });
}

export const PageQuery = /* @__PURE__ */ (() => z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25).meta({ description: 'Items per page (1–100, default 25)' }),
  cursor: z.string().max(2048).optional().meta({ description: 'The cursor of the previous page' }),
}))();

/** Lists of a tenant's data: what changed since a moment, in the order it changed. */
export const UpdatedSince = /* @__PURE__ */ (() => z.iso
  .datetime({ offset: true })
  .optional()
  .meta({
    description:
      'Only the items changed at or after this moment (RFC 3339), in the order they last changed, oldest first, each with its updatedAt: ' +
      'to sync, pass the greatest updatedAt you have seen (you may see that item again). Not combined with the list’s other filters.',
    example: '2026-12-01T08:00:00Z',
  }))();

export const SyncPageQuery = /* @__PURE__ */ (() => PageQuery.extend({ updatedSince: UpdatedSince }))();

/** What a page of lists looks like in the examples: one item (the item's own example) and a next page. */
export const EXAMPLE_CURSOR = 'eyJrIjoiVEVOQU5UIzAxIiwidiI6MX0.5q2b9F0Ykq8n3xw';

/** A page of a list; its example is the item schema's example followed by a cursor. */
export function Page<T extends z.ZodType>(item: T, id: string) {
  const itemExample = item.meta()?.['example'];
  return z
    .object({
      items: z.array(item),
      cursor: z.string().optional().meta({ description: 'Present when there are more items: pass it back as ?cursor=' }),
    })
    .meta({ id, ...(itemExample === undefined ? {} : { example: { items: [itemExample], cursor: EXAMPLE_CURSOR } }) });
}
