/**
 * Turnover declarations under races: two declarations of one period and country at once store
 * one item (the other replaces it, with the first in its history, or is told 409
 * concurrent-update); a write that fails halfway stores nothing, and the retry declares once.
 */
import { describe, expect, it } from 'vitest';
import type { TenantContext } from '../../shared/access/index.ts';
import { premiumKeys } from '../../shared/data/keys.ts';
import { Crash, crashOn } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const now = new Date('2026-11-20T10:00:00Z');

const data = useDataLayer('premium-races');

const newTenant = async (name: string): Promise<TenantContext> => (await data.newTenant({ name, policy: { inceptionDate: '2026-01-01' } }, now)).context;

/** Every declaration item stored for a period and country (the key is one item: never two). */
async function stored(context: TenantContext, period: string, country: string) {
  const key = premiumKeys.declaration(context, period, country);
  return data.items(key.pk, key.sk);
}

describe('turnover declarations under races', () => {
  it('two declarations of one period and country at once: one item, the other replaces it or is told 409', async () => {
    const context = await newTenant('Twice Declared SARL');
    const amounts = [1_000_000, 2_000_000, 3_000_000, 4_000_000];
    const outcomes = await Promise.allSettled(amounts.map((amount) => data.premium.declareTurnover(context, { period: '2026-10', country: 'FR', amount }, now)));
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number; slug?: string }] : []));
    const declared = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    expect(refused.map((r) => r.status)).toEqual(refused.map(() => 409));
    expect(declared.filter((d) => d.created)).toHaveLength(1);

    const items = await stored(context, '2026-10', 'FR');
    expect(items).toHaveLength(1);
    const item = items[0]!;
    // Every accepted declaration is the stored one or in its history, once; versions count them.
    expect(item['version']).toBe(declared.length);
    const seen = [...(item['history'] as { amount: number }[]).map((h) => h.amount), item['amount']];
    expect(seen.sort()).toEqual(declared.map((d) => d.declaration.amount).sort());
    const year = await data.premium.premiumOf(context, { on: '2026-10-31' }, now);
    expect(year.declarations.filter((d) => d.period === '2026-10' && d.country === 'FR')).toHaveLength(1);
  });

  it('a write that fails halfway stores nothing; the retry declares once', async () => {
    const context = await newTenant('Crashing SARL');
    const crash = crashOn(data.client.dynamodb, 'Put', { when: 'before' });
    try {
      await expect(data.premium.declareTurnover(context, { period: '2026-09', country: 'DE', amount: 5_000_000 }, now)).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(crash.fired()).toBe(true);
    expect(await stored(context, '2026-09', 'DE')).toHaveLength(0);
    const retried = await data.premium.declareTurnover(context, { period: '2026-09', country: 'DE', amount: 5_000_000 }, now);
    expect(retried.created).toBe(true);
    const items = await stored(context, '2026-09', 'DE');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ amount: 5_000_000, version: 1, history: [] });
  });
});
