/**
 * Country events: what stops the money in a country (war, a transfer restriction, a payment
 * moratorium, expropriation, an import licence cancelled). While one is open on a country, its
 * buyers are a political risk: limit requests go to an underwriter, cover checks recommend cash
 * in advance, and an overdue on an invoice that fell due then may be claimed as political.
 */

import { byCodeUnits } from './order.ts';

export const COUNTRY_EVENT_TYPES = ['war', 'transfer_restriction', 'payment_moratorium', 'expropriation', 'import_licence_cancelled', 'other'] as const;
export type CountryEventType = (typeof COUNTRY_EVENT_TYPES)[number];

export interface CountryEventSpan {
  readonly type: CountryEventType;
  /** The first day it is open (YYYY-MM-DD). */
  readonly occurredOn: string;
  /** The first day it is no longer open; absent while open. */
  readonly closedOn?: string | undefined;
}

/** Open on `day`: occurredOn ≤ day < closedOn (a day closes it from its start). */
export function isOpenOn(event: CountryEventSpan, day: string): boolean {
  return event.occurredOn <= day && (event.closedOn === undefined || day < event.closedOn);
}

/** The events of a country open on `day`, the earliest first. */
export function openOn<T extends CountryEventSpan>(events: readonly T[], day: string): T[] {
  // ISO dates compare as strings; equal days keep their order (a stable sort).
  return events.filter((event) => isOpenOn(event, day)).sort((a, b) => byCodeUnits(a.occurredOn, b.occurredOn));
}

/**
 * A change of OECD category that tells exposed tenants as a country event does: a rise by 2 or
 * more, or to 7 (the highest), from any lower category.
 */
export function categoryRaiseNotified(from: number, to: number): boolean {
  for (const category of [from, to]) {
    if (!Number.isInteger(category) || category < 0 || category > 7) throw new RangeError(`a category is an integer from 0 to 7, got ${String(category)}`);
  }
  return to - from >= 2 || (to === 7 && from < 7);
}

/**
 * How a country event is named in sentences: "transfer restriction in BR since 2026-02-10", or
 * "transfer restriction since 2026-02-10" without the country, for a sentence that names it
 * elsewhere ("… is open in BR"). The type is taken as written: a rule's input may hold any.
 */
export function describeCountryEvent(
  country: string,
  event: Pick<CountryEventSpan, 'occurredOn'> & { readonly type: string },
  { withCountry = true }: { readonly withCountry?: boolean } = {},
): string {
  return `${event.type.replaceAll('_', ' ')}${withCountry ? ` in ${country}` : ''} since ${event.occurredOn}`;
}
