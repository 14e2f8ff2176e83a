/** Buyers and countries: insurer-wide reference data the insurer writes and everyone reads. */
import { Buyer, BuyerIdParams, BuyerPage, BuyerQuery, Country, CountryList, CountryParams, CreateBuyerBody, PatchBuyerBody, PutCountryBody } from '../contract/buyers.ts';
import type { FunctionSpec, RouteSpec } from './types.ts';

export const buyersFunctions = {
  buyers: {
    entry: 'functions/buyers/handler.ts',
    handler: 'handler',
    description: 'Buyers, grades and country risk: insurer-wide reference data',
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
    method: 'GET',
    path: '/v1/buyers/{buyerId}',
    function: 'buyers',
    access: ['insurer', 'policyholder', 'broker'],
    summary: 'A buyer, its grade and status',
    tags: ['buyers'],
    request: { params: BuyerIdParams },
    responses: {
      200: { description: 'The buyer', schema: Buyer },
      404: { description: 'No buyer with this id', problems: ['not-found'] },
    },
  },
  {
    operationId: 'updateBuyer',
    method: 'PATCH',
    path: '/v1/buyers/{buyerId}',
    function: 'buyers',
    access: ['insurer'],
    summary: 'Change a buyer’s name, sector, grade or status',
    description:
      'Name at least one field to change.',
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
    tags: ['countries'],
    request: { params: CountryParams, body: PutCountryBody },
    responses: { 200: { description: 'The country', schema: Country } },
  },
] as const satisfies readonly RouteSpec<keyof typeof buyersFunctions>[];
