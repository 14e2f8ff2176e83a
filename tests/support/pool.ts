/**
 * `work` on every item, at most `concurrency` at once, in order of start: how test and benchmark
 * setups create many tenants, buyers or limits through the API without flooding it.
 */
export async function pool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}
