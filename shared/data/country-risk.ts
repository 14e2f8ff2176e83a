/**
 * The internal country.risk_changed event, apart from the country events and the buyers that
 * both write it: country-events imports monitoring, which imports buyers, so neither could take
 * it from the other without a cycle. A leaf: it imports neither.
 */
import { newEvent } from '#events/envelope';
import { outboxPut } from '#events/outbox';
import { tableName } from './table.ts';

/** What the internal country.risk_changed event carries to the fan-out. */
export type CountryRiskChange =
  | { change: 'event_opened' | 'event_closed'; eventId: string; country: string }
  | { change: 'category_raised'; country: string; from: number; to: number; at: string };

/** The internal event that starts the fan-out, in the transaction of the change. */
export function countryRiskChanged(data: CountryRiskChange, now: Date) {
  return outboxPut(tableName(), newEvent({ type: 'country.risk_changed', tenantId: null, data: { ...data }, now }));
}
