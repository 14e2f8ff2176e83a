/**
 * Sorting by code units (`<`), for the keys the system sorts: ISO dates, ISO codes and ids, all
 * ASCII, each sort over keys of one kind (capitals and digits after a fixed prefix). Among those
 * the order is `localeCompare`'s (which would put `buy_…` before `CHF`, but no sort mixes them),
 * without the ICU collator the first `localeCompare` builds (some 15 ms of the request that
 * meets it first).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
