/**
 * Country events (insurer-wide): what stops the money in a country. Opening or closing one, or
 * raising a country's OECD category by 2 or more (or to 7), writes the change and the internal
 * country.risk_changed event in one transaction; the fan-out (downgrades function, retried by
 * EventBridge until done) reads the country's buyers and each one's limit holders through
 * indexes and tells each tenant holding a limit there once (a marker per tenant and change),
 * listing its buyers concerned. Brokers get it for their tenants as any tenant event.
 *
 * The open check (limit requests, cover checks, political claims) reads the country's events
 * on the country's item (`COUNTRY#<code>`), which keeps each event's span (a day is open when
 * occurredOn ≤ day < closedOn): one read by key, which a cover check makes in its batch. The
 * item is written from the events themselves the first time a country's events are asked for
 * (a country whose events were recorded before the item kept them, or that has none); from
 * then on each open and close writes its span in its own transaction.
 */
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { attributesOf, getItem, isConditionFailed, isRace, queryAll, retryOnConflict } from './items.ts';
import { newId } from './ids.ts';
import { queryPage, type PageRequest, type PageResult, type PartitionQuery } from './pagination.ts';
import { tableName } from './table.ts';
import { buyerKeys, countryEventKeys } from './keys.ts';
import { holdersAndWatchers, inParallel, noticeOnce, FANOUT_CONCURRENCY } from './monitoring.ts';
import { countryRiskChanged, type CountryRiskChange } from './country-risk.ts';
import { countryOfItem, type CategoryItem } from './buyers.ts';
import { TenantContext, type Principal } from '#access';
import type { CountryEvent, CountryEventQuery, CreateCountryEventBody } from '#contract/country-events';
import type { Country } from '#contract/buyers';
import { ProblemError, fieldError, problems } from '#contract/problems';
import { byCodeUnits } from '#domain/order';
import { openOn } from '#domain/country-events';
import { isoDay } from '#clock';

const SYSTEM: Principal = { role: 'insurer', keyId: 'system:country-events' };

const eventOf = (item: Record<string, unknown>): CountryEvent => attributesOf<CountryEvent>(item);

export async function createCountryEvent(principal: Principal, body: CreateCountryEventBody, now: Date): Promise<CountryEvent> {
  const today = isoDay(now);
  if (body.occurredOn > today) throw problems.validation([fieldError('body', ['occurredOn'], 'in_the_future', `${body.occurredOn} is after today (${today})`)]);
  const eventId = newId('countryEvent', now);
  const event: CountryEvent = { eventId, ...body, status: 'open', createdAt: now.toISOString(), createdBy: principal.keyId };
  // The country's item keeps its events before this one joins them in the transaction below.
  await countryEventsOf(body.country);
  await retryOnConflict(() => documents.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: tableName(),
            Item: {
              ...countryEventKeys.event(eventId),
              kind: 'countryEvent',
              ...event,
              ...countryEventKeys.list(body.occurredOn, eventId),
              ...countryEventKeys.byCountry(body.country, body.occurredOn, eventId),
              ...countryEventKeys.byStatus('open', body.country, body.occurredOn, eventId),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        keepSpan(event),
        countryRiskChanged({ change: 'event_opened', eventId, country: body.country }, now),
      ],
    }),
  ));
  return event;
}

export async function getCountryEvent(eventId: string): Promise<CountryEvent> {
  const item = await getItem<Record<string, unknown>>(countryEventKeys.event(eventId));
  if (!item) throw problems.notFound(`No country event ${eventId}.`);
  return eventOf(item);
}

/** Closed from `closedOn` (open on a day before it); a closed event answers 409. */
export async function closeCountryEvent(eventId: string, body: { closedOn: string }, now: Date): Promise<CountryEvent> {
  const event = await getCountryEvent(eventId);
  if (event.status === 'closed') throw closedProblem(eventId, event.closedOn);
  const today = isoDay(now);
  if (body.closedOn < event.occurredOn) {
    throw problems.validation([fieldError('body', ['closedOn'], 'before_occurred_on', `${body.closedOn} is before the event occurred (${event.occurredOn})`)]);
  }
  if (body.closedOn > today) throw problems.validation([fieldError('body', ['closedOn'], 'in_the_future', `${body.closedOn} is after today (${today})`)]);
  const closedAt = now.toISOString();
  const closed: CountryEvent = { ...event, status: 'closed', closedOn: body.closedOn, closedAt };
  // The country's item keeps its events (an event opened before it kept them is among them).
  await countryEventsOf(event.country);
  try {
    // Another event of the country written at the same moment conflicts on its item: tried again.
    await retryOnConflict(() => documents.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: countryEventKeys.event(eventId),
              UpdateExpression: 'SET #status = :closed, closedOn = :closedOn, closedAt = :at, gsi3pk = :closedList',
              ConditionExpression: '#status = :open',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':closed': 'closed', ':open': 'open', ':closedOn': body.closedOn, ':at': closedAt, ':closedList': countryEventKeys.statusPartition('closed').gsi3pk },
            },
          },
          keepSpan(closed),
          countryRiskChanged({ change: 'event_closed', eventId, country: event.country }, now),
        ],
      }),
    ));
  } catch (error) {
    // Closed meanwhile by another request: the first close stands.
    if (!isRace(error)) throw error;
    throw closedProblem(eventId, (await getCountryEvent(eventId)).closedOn);
  }
  return closed;
}

/** 409 country-event-closed: closing twice, or after another request closed it first. */
function closedProblem(eventId: string, closedOn: string | undefined): ProblemError {
  return new ProblemError({ slug: 'country-event-closed', detail: `Country event ${eventId} is closed from ${String(closedOn)}.`, extensions: { closedOn } });
}

/** By status and country, by country, by status, or all: each read by key, never filtered after the page. */
export async function listCountryEvents(query: Pick<CountryEventQuery, 'country' | 'status'>, page: PageRequest): Promise<PageResult<CountryEvent>> {
  const list: PartitionQuery = query.status
    ? {
        partition: countryEventKeys.statusPartition(query.status),
        index: 'gsi3',
        ...(query.country ? { sortKeyPrefix: { attribute: 'gsi3sk', prefix: countryEventKeys.statusOfCountryPrefix(query.country) } } : {}),
      }
    : query.country
      ? { partition: countryEventKeys.countryPartition(query.country), index: 'gsi2' }
      : { partition: countryEventKeys.listPartition(), index: 'gsi1' };
  const result = await queryPage<Record<string, unknown>>(list, page);
  return { ...result, items: result.items.map(eventOf) };
}

/** What the open check needs of a country event, kept on its country's item. */
export interface KeptCountryEvent {
  eventId: string;
  country: string;
  type: CountryEvent['type'];
  occurredOn: string;
  closedOn?: string;
}

/** The country item's part that keeps its events (its category is the buyers' module's). */
export interface CountryEventsItem {
  eventsKept?: true;
  events?: Record<string, KeptCountryEvent>;
}

function spanOf(event: Pick<CountryEvent, 'eventId' | 'country' | 'type' | 'occurredOn' | 'closedOn'>): KeptCountryEvent {
  return { eventId: event.eventId, country: event.country, type: event.type, occurredOn: event.occurredOn, ...(event.closedOn ? { closedOn: event.closedOn } : {}) };
}

/** An event's span written on its country's item, in the event's transaction (the item keeps its events by then). */
function keepSpan(event: CountryEvent) {
  return {
    Update: {
      TableName: tableName(),
      Key: buyerKeys.country(event.country),
      UpdateExpression: 'SET events.#event = :span',
      ConditionExpression: 'eventsKept = :kept',
      ExpressionAttributeNames: { '#event': event.eventId },
      ExpressionAttributeValues: { ':span': spanOf(event), ':kept': true },
    },
  };
}

/** The events a country's item keeps, the earliest first (then by id); undefined while it keeps none (not yet written). */
function keptCountryEvents(item: CountryEventsItem | undefined): KeptCountryEvent[] | undefined {
  if (item?.eventsKept !== true) return undefined;
  return Object.values(item.events ?? {}).sort((a, b) => byCodeUnits(a.occurredOn, b.occurredOn) || byCodeUnits(a.eventId, b.eventId));
}

/** Every event of a country, the earliest first: one read of the country's item (they are few). */
export async function countryEventsOf(country: string): Promise<KeptCountryEvent[]> {
  return eventsOfItem(country, await getItem<CountryEventsItem>(buyerKeys.country(country)));
}

/** The events of a country's item already read, written onto it first if it does not keep them yet. */
async function eventsOfItem(country: string, item: CountryEventsItem | undefined): Promise<KeptCountryEvent[]> {
  return keptCountryEvents(item) ?? keepCountryEvents(country);
}

/** The events open on `day` of a country's item already read (a cover check reads it in its batch). */
export async function openEventsOfItem(country: string, item: CountryEventsItem | undefined, day: string): Promise<KeptCountryEvent[]> {
  return openOn(await eventsOfItem(country, item), day);
}

/**
 * Writes a country's events on its item, from the events themselves (one index query), the
 * first time they are asked for (eventsOfItem). Every open and close does this first and then writes its own
 * span in its transaction, under the condition that the item keeps them: an event is never
 * missing from a kept list. Two keepers at once: the first write stands and the other reads it.
 */
async function keepCountryEvents(country: string): Promise<KeptCountryEvent[]> {
  const items = await queryAll<Record<string, unknown>>({
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': countryEventKeys.countryPartition(country).gsi2pk },
  });
  const events = Object.fromEntries(items.map((item) => spanOf(eventOf(item))).map((span) => [span.eventId, span]));
  try {
    await documents.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: buyerKeys.country(country),
        UpdateExpression: 'SET kind = :kind, countryCode = :code, events = :events, eventsKept = :kept',
        ConditionExpression: 'attribute_not_exists(eventsKept)',
        ExpressionAttributeValues: { ':kind': 'country', ':code': country, ':events': events, ':kept': true },
      }),
    );
    return keptCountryEvents({ eventsKept: true, events }) as KeptCountryEvent[];
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    return keptCountryEvents(await getItem<CountryEventsItem>(buyerKeys.country(country))) ?? [];
  }
}

/** The events open in `country` on `day` (occurredOn ≤ day < closedOn), the earliest first. */
export async function countryEventsOpenOn(country: string, day: string): Promise<KeptCountryEvent[]> {
  return openOn(await countryEventsOf(country), day);
}

/**
 * A country's OECD category and, when asked, its events open on `day`: one read of the
 * country's item, which holds both (a limit request needs both).
 */
export async function countryRiskOn(code: string, day: string, withEvents: boolean): Promise<{ country: Country; openEvents: KeptCountryEvent[] }> {
  const item = await getItem<CategoryItem & CountryEventsItem>(buyerKeys.country(code));
  const country = countryOfItem(code, item);
  return { country, openEvents: withEvents ? await openEventsOfItem(code, item, day) : [] };
}

/**
 * After country.risk_changed: every tenant holding a limit on a buyer of the country gets
 * country.event_opened (or _closed) once, listing those buyers. A retry sends only what is
 * left (a marker per tenant and change).
 */
export async function applyCountryRiskChange(data: CountryRiskChange, now: Date): Promise<{ tenantsNotified: number }> {
  const event = data.change === 'category_raised' ? undefined : await getCountryEvent(data.eventId);
  const buyers = await queryAll<{ buyerId: string; legalName: string }>({
    IndexName: 'gsi3',
    KeyConditionExpression: 'gsi3pk = :pk',
    ExpressionAttributeValues: { ':pk': buyerKeys.countryPartition(data.country).gsi3pk },
    ProjectionExpression: 'buyerId, legalName',
  });
  const byTenant = new Map<string, { buyerId: string; legalName: string }[]>();
  await inParallel(buyers, FANOUT_CONCURRENCY, async (buyer) => {
    for (const tenantId of (await holdersAndWatchers(buyer.buyerId)).holders) {
      byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), { buyerId: buyer.buyerId, legalName: buyer.legalName }]);
    }
  });
  const type = data.change === 'event_closed' ? 'country.event_closed' : 'country.event_opened';
  const cause = data.change === 'category_raised' ? `category#${data.country}#${data.at}` : `${data.eventId}#${data.change}`;
  let payload: Record<string, unknown>;
  if (data.change === 'category_raised') {
    payload = { cause: 'category_raised', country: data.country, eventId: null, type: null, occurredOn: isoDay(new Date(data.at)), description: null, category: { from: data.from, to: data.to } };
  } else if (data.change === 'event_opened') {
    payload = { cause: 'country_event', country: event!.country, eventId: event!.eventId, type: event!.type, occurredOn: event!.occurredOn, description: event!.description, category: null };
  } else {
    payload = { country: event!.country, eventId: event!.eventId, type: event!.type, occurredOn: event!.occurredOn, closedOn: event!.closedOn ?? null };
  }
  let tenantsNotified = 0;
  await inParallel([...byTenant], FANOUT_CONCURRENCY, async ([tenantId, concerned]) => {
    const sorted = [...concerned].sort((a, b) => (a.buyerId < b.buyerId ? -1 : 1));
    if (await noticeOnce(TenantContext.forInsurer(SYSTEM, tenantId), cause, type, { ...payload, buyers: sorted }, now)) tenantsNotified += 1;
  });
  return { tenantsNotified };
}
