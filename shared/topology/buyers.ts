/** Buyers, countries and reference rates: insurer-wide reference data the insurer writes and everyone reads. */
import { Buyer, BuyerIdParams, BuyerPage, BuyerQuery, Country, CountryList, CountryParams, CreateBuyerBody, PatchBuyerBody, PutCountryBody } from '../contract/buyers.ts';
import { FX_REPLACED_EXAMPLE, FxDateParams, FxPublication, FxPublicationList, FxRatesInForce, FxRatesInForceQuery, FxRatesQuery, PutFxRatesBody } from '../contract/fx.ts';
import type { FunctionSpec, RouteSpec } from './types.ts';

export const buyersFunctions = {
  buyers: {
    entry: 'functions/buyers/handler.ts',
    handler: 'handler',
    description: 'Buyers, grades, country risk and reference rates: insurer-wide reference data',
    memoryMb: 1024,
    timeoutSeconds: 10,
    permissions: {
      secrets: ['cursor'],
      table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
    },
  },
} as const satisfies Record<string, FunctionSpec>;

export const buyersRoutes = [
  {
    operationId: 'createBuyer',
    method: 'POST',
    path: '/v1/buyers',
    function: 'buyers',
    access: ['insurer'],
    summary: 'Register a buyer; a duplicate (country + registration id) answers 409 with the existing id',
    description:
      'A buyer is insurer-wide: one per country and registration id (spaces removed, letters upper-cased), shared by every tenant that asks for a limit on it. ' +
      '`status` defaults to active and `kind` to private; a public body cannot be insolvent (400 public_buyer_not_insolvent). Location names the new buyer.',
    tags: ['buyers'],
    request: { body: CreateBuyerBody },
    responses: {
      201: { description: 'The buyer', schema: Buyer },
      409: { description: 'A buyer with this country and registration id exists (duplicate-buyer, with existingId; Location names it)', problems: ['duplicate-buyer'] },
    },
  },
  {
    operationId: 'findBuyers',
    method: 'GET',
    path: '/v1/buyers',
    function: 'buyers',
    access: ['insurer', 'policyholder', 'broker'],
    summary: 'Find buyers by country and registration id, by country, or by the start of the name',
    description:
      'Name a country, the start of a name in `q`, or both (neither: 400 naming q); `registrationId` needs `country`.',
    tags: ['buyers'],
    request: { query: BuyerQuery },
    responses: { 200: { description: 'A page of buyers', schema: BuyerPage } },
  },
  {
    operationId: 'getBuyer',
    etag: true,
    method: 'GET',
    path: '/v1/buyers/{buyerId}',
    function: 'buyers',
    access: ['insurer', 'policyholder', 'broker'],
    summary: 'A buyer, its grade and status',
    description:
      'The buyer as every tenant sees it: its grade (1–10) sets the capacity and the automatic ceiling that decide limit requests, and an insolvent or closed buyer gets no limit. ' +
      'The ETag is its revision, for If-Match on a change.',
    tags: ['buyers'],
    request: { params: BuyerIdParams },
    responses: {
      200: { description: 'The buyer', schema: Buyer },
      404: { description: 'No buyer with this id', problems: ['not-found'] },
    },
  },
  {
    operationId: 'updateBuyer',
    etag: true,
    method: 'PATCH',
    path: '/v1/buyers/{buyerId}',
    function: 'buyers',
    access: ['insurer'],
    summary: 'Change a buyer’s name, sector, grade or status',
    description:
      'Name at least one field to change; the others stay as they are. A grade set here corrects the record only: it cuts no limit and tells no one (record a risk event for that, POST /v1/risk-events). ' +
      'A public buyer cannot be insolvent (400 public_buyer_not_insolvent).',
    tags: ['buyers'],
    request: { params: BuyerIdParams, body: PatchBuyerBody },
    responses: {
      200: { description: 'The buyer', schema: Buyer },
      404: { description: 'No buyer with this id', problems: ['not-found'] },
      409: { description: 'The buyer changed meanwhile (concurrent-update): read it again and retry', problems: ['concurrent-update'] },
    },
  },
  {
    operationId: 'listCountries',
    method: 'GET',
    path: '/v1/countries',
    function: 'buyers',
    access: ['insurer', 'policyholder', 'broker'],
    summary: 'Countries with an OECD risk category set; others use the default category',
    description:
      'Only the countries the insurer has set are listed; any other country counts as `defaultCategory` (4) in limit decisions. A buyer in a category-7 country is referred to an underwriter unless the policy covers political risk.',
    tags: ['countries'],
    responses: { 200: { description: 'The countries set and the default', schema: CountryList } },
  },
  {
    operationId: 'putCountry',
    method: 'PUT',
    path: '/v1/countries/{countryCode}',
    function: 'buyers',
    access: ['insurer'],
    summary: 'Set a country’s OECD risk category (0–7)',
    description:
      'The category applies to the next limit decision on the country’s buyers. A rise by 2 or more, or to 7, sends country.event_opened (cause category_raised, with the categories from and to) to every tenant holding a limit on a buyer there; a smaller rise or a fall tells no one.',
    tags: ['countries'],
    request: { params: CountryParams, body: PutCountryBody },
    responses: { 200: { description: 'The country', schema: Country } },
  },
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
      200: { description: 'Replaced: history holds what it replaced', schema: FxPublication, example: FX_REPLACED_EXAMPLE },
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
