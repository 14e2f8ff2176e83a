import { z } from 'zod';
import { idPattern, type IdKind } from '#data/ids';

/** Money: integer minor units of the policy currency (cents), never floating point. */
export const Amount = z
  .int('an integer amount in minor units (cents), not a decimal')
  .nonnegative()
  .max(Number.MAX_SAFE_INTEGER)
  .meta({ description: 'Integer amount in minor units of the policy currency (e.g. cents)' });

const currencies = new Set(Intl.supportedValuesOf('currency'));
export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 4217 code in capitals, such as EUR')
  .refine((code) => currencies.has(code), 'not an ISO 4217 currency')
  .meta({ description: 'ISO 4217 currency code', example: 'EUR' });

const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in capitals, such as FR')
  .refine((code) => regions.of(code) !== code, 'not an ISO 3166-1 country')
  .meta({ description: 'ISO 3166-1 alpha-2 country code', example: 'FR' });

export const IsoDate = z.iso.date().meta({ description: 'Calendar date, ISO 8601 (YYYY-MM-DD), UTC', example: '2026-11-26' });
export const Timestamp = z.iso.datetime().meta({ description: 'ISO 8601 timestamp, UTC' });

export function Id(kind: IdKind, description: string) {
  return z.string().regex(idPattern(kind), `a ${kind} id`).meta({ description });
}

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25).meta({ description: 'Items per page (1–100, default 25)' }),
  cursor: z.string().max(2048).optional().meta({ description: 'The cursor of the previous page' }),
});

export function Page<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      cursor: z.string().optional().meta({ description: 'Present when there are more items: pass it back as ?cursor=' }),
    })
    .meta({ id });
}
