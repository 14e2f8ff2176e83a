import * as z from 'zod';
import { IsoDate, Page, PageQuery, PlausibleDate, Timestamp } from './common.ts';
import { FX_CURRENCIES, MAX_FX_RATE, fxRatePpm } from '#domain/fx';
import { groupDigits } from '#domain/money';

const RATE_TEXT = /* @__PURE__ */ (() => `a decimal string or a number with at most 6 decimal places, more than 0 and at most ${groupDigits(String(MAX_FX_RATE))}`)();

/** A rate as a client sends it: '1.0842' or 1.0842, held exactly (shared/domain/fx.ts). */
const RateInput = /* @__PURE__ */ (() => z
  .union([z.string().max(20), z.number().positive().max(MAX_FX_RATE)])
  .superRefine((value, context) => {
    try {
      fxRatePpm(value);
    } catch (error) {
      context.addIssue({ code: 'custom', message: error instanceof RangeError ? error.message : RATE_TEXT });
    }
  })
  .meta({ description: `Units of the currency for 1 EUR (the ECB's convention): ${RATE_TEXT}.`, example: '1.0842' }))();

/** A rate as the API answers it: the shortest exact decimal string. */
const Rate = /* @__PURE__ */ (() => z.string().regex(/^\d+(\.\d{1,6})?$/).meta({ description: 'Units of the currency for 1 EUR, exact (at most 6 decimal places)', example: '1.0842' }))();

export const FxDateParams = /* @__PURE__ */ (() => z.strictObject({ date: PlausibleDate('The date the rates are for') }))();

export const PutFxRatesBody = /* @__PURE__ */ (() => z
  .strictObject({
    rates: z
      .record(z.string(), RateInput)
      .superRefine((rates, context) => {
        const codes = Object.keys(rates);
        if (codes.length === 0) context.addIssue({ code: 'custom', message: 'name at least one currency' });
        for (const code of codes) {
          if (!FX_CURRENCIES.includes(code)) {
            context.addIssue({
              code: 'custom',
              path: [code],
              message: code === 'EUR' ? 'EUR is the base: its rate is always 1' : `not a currency rates are published for: ${FX_CURRENCIES.join(', ')}`,
            });
          }
        }
      })
      .meta({ description: `Per ISO 4217 code other than EUR (${FX_CURRENCIES.join(', ')}), each once: units of it for 1 EUR.`, example: { USD: '1.0842', GBP: 0.8411 } }),
  })
  .meta({ id: 'PutFxRates', example: { rates: { USD: '1.0842', GBP: 0.8411, CHF: '0.9376' } } }))();

const PublishedRates = /* @__PURE__ */ (() => z.record(z.string(), Rate).meta({ description: 'Per currency, units of it for 1 EUR' }))();

export const FxPublication = /* @__PURE__ */ (() => z
  .object({
    date: IsoDate.meta({ description: 'The date the rates were published for' }),
    rates: PublishedRates,
    publishedAt: Timestamp,
    version: z.int().min(1).meta({ description: '1 when first published, one more each time it is replaced' }),
    history: z
      .array(z.object({ rates: PublishedRates, publishedAt: Timestamp }))
      .meta({ description: 'What each replacement replaced, oldest first' }),
  })
  .meta({
    id: 'FxPublication',
    example: {
      date: '2026-11-25',
      rates: { USD: '1.0842', GBP: '0.8411', CHF: '0.9376' },
      publishedAt: '2026-11-25T15:05:12.340Z',
      version: 1,
      history: [],
    },
  }))();

/** A publication replaced (200): the rates of 2026-11-25 corrected once, the first ones in history. */
export const FX_REPLACED_EXAMPLE = {
  date: '2026-11-25',
  rates: { USD: '1.0842', GBP: '0.8411', CHF: '0.9367' },
  publishedAt: '2026-11-25T16:20:41.077Z',
  version: 2,
  history: [{ rates: { USD: '1.0842', GBP: '0.8411', CHF: '0.9376' }, publishedAt: '2026-11-25T15:05:12.340Z' }],
};

export const FxRatesInForce = /* @__PURE__ */ (() => z
  .object({
    date: IsoDate.meta({ description: 'The day asked about' }),
    rates: z
      .record(z.string(), z.object({ rate: Rate, publishedFor: IsoDate.meta({ description: 'The date of the publication this rate comes from: the latest on or before the day that names the currency' }) }))
      .meta({ description: 'Per currency with a rate in force on the day: the rate and the date it was published for' }),
  })
  .meta({
    id: 'FxRatesInForce',
    example: {
      date: '2026-11-26',
      rates: {
        USD: { rate: '1.0842', publishedFor: '2026-11-25' },
        GBP: { rate: '0.8411', publishedFor: '2026-11-25' },
        CHF: { rate: '0.9367', publishedFor: '2026-11-25' },
      },
    },
  }))();

export const FxRatesInForceQuery = /* @__PURE__ */ (() => z.strictObject({
  currency: z
    .enum(FX_CURRENCIES as [string, ...string[]])
    .optional()
    .meta({ description: 'Only this currency’s rate: 422 fx-rate-missing when none is in force on the date' }),
}))();

export const FxRatesQuery = /* @__PURE__ */ (() => PageQuery.extend({
  from: PlausibleDate('The first date listed'),
  to: PlausibleDate('The last date listed (on or after from)'),
}))();

export const FxPublicationList = /* @__PURE__ */ (() => Page(FxPublication, 'FxPublicationList'))();

/** One rate as shown beside an amount it converted (shared/domain/fx.ts formatFxRate). */
export const RateShown = /* @__PURE__ */ (() => z.object({ rate: Rate, publishedFor: IsoDate.meta({ description: 'The date the rate was published for: the latest on or before the day converted' }) }))();

/** The rate(s) that converted an amount into the policy currency (shared/domain/fx.ts conversionRate). */
export const ConversionRate = /* @__PURE__ */ (() => RateShown.extend({
  policyCurrencyRate: RateShown.optional().meta({ description: 'Between two currencies other than EUR: the policy currency’s rate too (the conversion goes through EUR)' }),
}).meta({
  id: 'ConversionRate',
  description: 'The reference rate in force on the day converted: the amount’s currency’s (units for 1 EUR), or the policy currency’s when the amount is in EUR',
}))();
