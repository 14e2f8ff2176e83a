/**
 * Sorting by code units (`<`), for the keys the system sorts: ISO dates, ISO codes and ids, all
 * ASCII. Their order is the same as `localeCompare`'s, without the ICU collator that the first
 * `localeCompare` builds (some 15 ms of the request that meets it first).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
