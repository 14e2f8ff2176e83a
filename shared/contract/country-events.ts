import * as z from 'zod';
import { COUNTRY_EVENT_TYPES } from '#domain/country-events';
import { CountryCode, Id, IsoDate, Page, PageQuery, PlausibleDate, Text, Timestamp } from './common.ts';
import { EXAMPLE_IDS } from './examples.ts';

/**
 * The insurer's own API key in the examples (EXAMPLE_IDS.apiKey is the policyholder's): what
 * `createdBy` and a manual sector alert's `openedBy` name.
 */
export const EXAMPLE_INSURER_KEY_ID = 'key_01M8BHZ2K4RTX9DQ6W3N5GVJ7E';

/*
 * The examples' country event is in Argentina, not in the story's France: an event open in France
 * would refer every limit request there (country_event), which the story's requests are not.
 */
const OPEN_EXAMPLE = /* @__PURE__ */ (() => ({
  eventId: EXAMPLE_IDS.countryEvent,
  country: 'AR',
  type: 'transfer_restriction',
  occurredOn: '2026-11-20',
  description: 'The central bank suspended access to the foreign-exchange market for payments of imported goods: importers cannot pay in EUR or USD until further notice.',
  status: 'open',
  createdAt: '2026-11-20T13:22:05.418Z',
  createdBy: EXAMPLE_INSURER_KEY_ID,
}))();

/** The same event closed (POST …/close, 200): open on 2026-11-20 to 2026-11-25, not from 2026-11-26. */
export const CLOSED_COUNTRY_EVENT_EXAMPLE = /* @__PURE__ */ (() => ({ ...OPEN_EXAMPLE, status: 'closed', closedOn: '2026-11-26', closedAt: '2026-11-26T10:02:37.145Z' }))();

export const CountryEventId = /* @__PURE__ */ (() => Id('countryEvent', 'Country event id (cev_…)'))();
export const CountryEventType = /* @__PURE__ */ (() => z.enum(COUNTRY_EVENT_TYPES).meta({ description: 'What stops the money in the country' }))();

export const CreateCountryEventBody = /* @__PURE__ */ (() => z
  .strictObject({
    country: CountryCode,
    type: CountryEventType,
    occurredOn: PlausibleDate('The first day it is open; not after today'),
    description: Text(1, 2000).meta({ description: 'What happened, for the tenants told' }),
  })
  .meta({
    id: 'CreateCountryEvent',
    example: { country: OPEN_EXAMPLE.country, type: OPEN_EXAMPLE.type, occurredOn: OPEN_EXAMPLE.occurredOn, description: OPEN_EXAMPLE.description },
  }))();
export type CreateCountryEventBody = z.output<typeof CreateCountryEventBody>;

export const CloseCountryEventBody = /* @__PURE__ */ (() => z
  .strictObject({ closedOn: PlausibleDate('The first day it is no longer open: not before occurredOn, not after today') })
  .meta({ id: 'CloseCountryEvent', example: { closedOn: CLOSED_COUNTRY_EVENT_EXAMPLE.closedOn } }))();

export const CountryEventParams = /* @__PURE__ */ (() => z.strictObject({ eventId: CountryEventId }))();
export const CountryEventQuery = /* @__PURE__ */ (() => PageQuery.extend({
  country: CountryCode.optional().meta({ description: 'Only this country’s events' }),
  status: z.enum(['open', 'closed']).optional().meta({ description: 'Only open (not closed) or only closed events' }),
}))();
export type CountryEventQuery = z.output<typeof CountryEventQuery>;

export const CountryEvent = /* @__PURE__ */ (() => z
  .object({
    eventId: CountryEventId,
    country: CountryCode,
    type: CountryEventType,
    occurredOn: IsoDate,
    description: z.string(),
    status: z.enum(['open', 'closed']).meta({ description: 'closed once the insurer closed it (POST …/close), whatever the day' }),
    closedOn: IsoDate.optional().meta({ description: 'Open on a day when occurredOn ≤ day < closedOn' }),
    createdAt: Timestamp,
    createdBy: z.string(),
    closedAt: Timestamp.optional(),
  })
  .meta({ id: 'CountryEvent', example: OPEN_EXAMPLE }))();
export type CountryEvent = z.output<typeof CountryEvent>;
export const CountryEventPage = /* @__PURE__ */ (() => Page(CountryEvent, 'CountryEventPage'))();
