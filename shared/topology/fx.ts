/**
 * Reference rates: insurer-wide reference data the insurer publishes and everyone reads, served
 * by the buyers function (it already keeps the other reference data: buyers, country risk).
 */
import { FxDateParams, FxPublication, FxPublicationList, FxRatesInForce, FxRatesInForceQuery, FxRatesQuery, PutFxRatesBody } from '../contract/fx.ts';
import type { buyersFunctions } from './buyers.ts';
import type { RouteSpec } from './types.ts';

export const fxRoutes = [
  {
    operationId: 'putFxRates',
    method: 'PUT',
    path: '/v1/fx-rates/{date}',
    function: 'buyers',
    access: ['insurer'],
    summary: 'Publish the reference rates for a date (units of each currency for 1 EUR); publishing a date again replaces its rates (the history is kept)',
    description:
      'Each rate is a decimal string or a number with at most 6 decimal places, more than 0; each currency an ISO 4217 code other than EUR that the system knows, once. ' +
      '`date` is not after today (in_the_future). Rates are held exactly (parts per million).',
    tags: ['fx-rates'],
    request: { params: FxDateParams, body: PutFxRatesBody },
    responses: {
      201: { description: 'Published', schema: FxPublication },
      200: { description: 'Replaced: history holds what it replaced', schema: FxPublication },
      409: { description: 'The rates of this date changed meanwhile (concurrent-update): retry', problems: ['concurrent-update'] },
    },
  },
  {
    operationId: 'getFxRates',
    method: 'GET',
    path: '/v1/fx-rates/{date}',
    function: 'buyers',
    access: ['insurer', 'policyholder', 'broker'],
    summary: 'The reference rates in force on a date: each currency’s latest published on or before it, with the date it was published for',
    description: '`?currency=` answers that currency’s rate only, or 422 fx-rate-missing (naming it and the date) when it has none in force: what a conversion at that date would answer.',
    tags: ['fx-rates'],
    request: { params: FxDateParams, query: FxRatesInForceQuery },
    responses: {
      200: { description: 'The rates in force', schema: FxRatesInForce },
      404: { description: 'No rate was published for this date or earlier (`not-found`)', problems: ['not-found'] },
      422: { description: 'No rate of `currency` is in force on this date (`fx-rate-missing`)', problems: ['fx-rate-missing'] },
    },
  },
  {
    operationId: 'listFxRates',
    method: 'GET',
    path: '/v1/fx-rates',
    function: 'buyers',
    access: ['insurer', 'policyholder', 'broker'],
    summary: 'The dates rates were published for from `from` to `to` (both included), oldest first, each with its rates',
    description: '`to` is not before `from` (before_from).',
    tags: ['fx-rates'],
    request: { query: FxRatesQuery },
    responses: { 200: { description: 'The publications in the range', schema: FxPublicationList } },
  },
] as const satisfies readonly RouteSpec<keyof typeof buyersFunctions>[];
