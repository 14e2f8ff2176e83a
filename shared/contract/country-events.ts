import * as z from 'zod';
import { COUNTRY_EVENT_TYPES } from '#domain/country-events';
import { CountryCode, Id, IsoDate, Page, PageQuery, PlausibleDate, Text, Timestamp } from './common.ts';

export const CountryEventId = /* @__PURE__ */ (() => Id('countryEvent', 'Country event id (cev_…)'))();
export const CountryEventType = /* @__PURE__ */ (() => z.enum(COUNTRY_EVENT_TYPES).meta({ description: 'What stops the money in the country' }))();

export const CreateCountryEventBody = /* @__PURE__ */ (() => z
  .strictObject({
    country: CountryCode,
    type: CountryEventType,
    occurredOn: PlausibleDate('The first day it is open; not after today'),
    description: Text(1, 2000).meta({ description: 'What happened, for the tenants told' }),
  })
  .meta({ id: 'CreateCountryEvent' }))();
export type CreateCountryEventBody = z.output<typeof CreateCountryEventBody>;

export const CloseCountryEventBody = /* @__PURE__ */ (() => z
  .strictObject({ closedOn: PlausibleDate('The first day it is no longer open: not before occurredOn, not after today') })
  .meta({ id: 'CloseCountryEvent' }))();

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
  .meta({ id: 'CountryEvent' }))();
export type CountryEvent = z.output<typeof CountryEvent>;
export const CountryEventPage = /* @__PURE__ */ (() => Page(CountryEvent, 'CountryEventPage'))();
