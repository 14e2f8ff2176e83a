/**
 * Reference rates on DynamoDB Local: a publication stored exactly (ppm), replaced with what it
 * replaced kept; the rates in force on a day read across publications; the range listed page
 * by page; conversions at a day's rates, and the 422 fx-rate-missing without one. Bad input
 * (a date after today) stores nothing. Every date in this file is its own: the table is fresh.
 */
import { describe, expect, it } from 'vitest';
import { fxKeys } from '../../shared/data/keys.ts';
import { FX_CURRENCIES } from '../../shared/domain/fx.ts';
import { Crash, crashOn } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const now = new Date('2026-11-20T10:00:00Z');
const later = new Date('2026-11-20T11:00:00Z');

const data = useDataLayer('fx-rates');

const stored = (date: string) => {
  const key = fxKeys.rates(date);
  return data.items(key.pk, key.sk);
};

describe('publishing reference rates', () => {
  it('stores the rates exactly (ppm) and answers them as exact decimals; a second publication replaces them, the first kept', async () => {
    const first = await data.fx.publishFxRates('2026-10-01', { USD: '1.0842', GBP: 0.8411, JPY: '161.23' }, now);
    expect(first).toEqual({
      created: true,
      publication: { date: '2026-10-01', rates: { GBP: '0.8411', JPY: '161.23', USD: '1.0842' }, publishedAt: now.toISOString(), version: 1, history: [] },
    });
    expect(await stored('2026-10-01')).toEqual([expect.objectContaining({ rates: { USD: 1_084_200, GBP: 841_100, JPY: 161_230_000 }, version: 1 })]);

    const second = await data.fx.publishFxRates('2026-10-01', { USD: '1.09' }, later);
    expect(second.created).toBe(false);
    expect(second.publication).toEqual({
      date: '2026-10-01',
      rates: { USD: '1.09' },
      publishedAt: later.toISOString(),
      version: 2,
      history: [{ rates: { GBP: '0.8411', JPY: '161.23', USD: '1.0842' }, publishedAt: now.toISOString() }],
    });
    expect(await stored('2026-10-01')).toHaveLength(1);
  });

  it('refuses a date after today (400 in_the_future) and stores nothing', async () => {
    await expect(data.fx.publishFxRates('2026-11-21', { USD: '1.1' }, now)).rejects.toMatchObject({ status: 400, slug: 'validation' });
    expect(await stored('2026-11-21')).toEqual([]);
    // Today itself is fine.
    expect((await data.fx.publishFxRates('2026-11-20', { CHF: '0.93' }, now)).created).toBe(true);
  });

  it('a write that fails halfway stores nothing; the retry publishes once', async () => {
    const crash = crashOn(data.client.dynamodb, 'Put', { when: 'before' });
    try {
      await expect(data.fx.publishFxRates('2026-09-15', { SEK: '11.5' }, now)).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(crash.fired()).toBe(true);
    expect(await stored('2026-09-15')).toEqual([]);
    expect((await data.fx.publishFxRates('2026-09-15', { SEK: '11.5' }, now)).publication.version).toBe(1);
  });
});

describe('the rates in force on a day, and conversions at them', () => {
  // Publications of this block: 2025-01-10 USD 1.25, GBP 0.8; 2025-02-10 USD 1.6 (GBP not named).
  const publish = async () => {
    await data.fx.publishFxRates('2025-01-10', { USD: '1.25', GBP: '0.8' }, now);
    await data.fx.publishFxRates('2025-02-10', { USD: 1.6 }, now);
  };

  it('reads each currency’s latest rate on or before the day, with its date', async () => {
    await publish();
    expect(await data.fx.fxRatesInForce('2025-02-09')).toEqual({
      date: '2025-02-09',
      rates: { GBP: { rate: '0.8', publishedFor: '2025-01-10' }, USD: { rate: '1.25', publishedFor: '2025-01-10' } },
    });
    expect(await data.fx.fxRatesInForce('2025-02-10', 'USD')).toEqual({ date: '2025-02-10', rates: { USD: { rate: '1.6', publishedFor: '2025-02-10' } } });
    await expect(data.fx.fxRatesInForce('2025-01-09')).rejects.toMatchObject({ status: 404, slug: 'not-found' });
    await expect(data.fx.fxRatesInForce('2025-02-10', 'JPY')).rejects.toMatchObject({ status: 422, slug: 'fx-rate-missing', extensions: { currency: 'JPY', date: '2025-02-10' } });
  });

  it('converts at the day’s rates, half up, through EUR; 422 fx-rate-missing naming the currency and the day', async () => {
    await publish();
    // USD 10,000.00 on 2025-01-10 at 1.25 = EUR 8,000.00; on 2025-02-10 at 1.6 = EUR 6,250.00.
    expect(await data.fx.convertOn(1_000_000, 'USD', 'EUR', '2025-01-10')).toBe(800_000);
    expect(await data.fx.convertOn(1_000_000, 'USD', 'EUR', '2025-02-10')).toBe(625_000);
    // USD 100.00 → GBP on 2025-02-10: / 1.6 × 0.8 (GBP of 2025-01-10) = GBP 50.00.
    expect(await data.fx.convertOn(10_000, 'USD', 'GBP', '2025-02-10')).toBe(5_000);
    expect(await data.fx.convertOn(10_000, 'JPY', 'JPY', '2024-01-01')).toBe(10_000);
    await expect(data.fx.convertOn(100, 'USD', 'EUR', '2025-01-09')).rejects.toMatchObject({
      status: 422,
      slug: 'fx-rate-missing',
      extensions: { currency: 'USD', date: '2025-01-09' },
    });
    expect((await data.fx.ratesOn('2025-01-09')).rates).toEqual({});
  });
});

describe('listing a range of dates', () => {
  it('lists the dates published for in the range, oldest first, page by page, and refuses to before from', async () => {
    for (const day of ['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04', '2024-03-05']) await data.fx.publishFxRates(day, { PLN: '4.3' }, now);
    const first = await data.fx.listFxRates({ from: '2024-03-02', to: '2024-03-05' }, { limit: 2 });
    expect(first.items.map((item) => item.date)).toEqual(['2024-03-02', '2024-03-03']);
    expect(first.cursor).toBeDefined();
    const second = await data.fx.listFxRates({ from: '2024-03-02', to: '2024-03-05' }, { limit: 2, cursor: first.cursor });
    expect(second.items.map((item) => item.date)).toEqual(['2024-03-04', '2024-03-05']);
    expect(second.items[0]?.rates).toEqual({ PLN: '4.3' });
    // A cursor of another range is not this list's.
    await expect(data.fx.listFxRates({ from: '2024-03-01', to: '2024-03-05' }, { limit: 2, cursor: first.cursor })).rejects.toMatchObject({ status: 400, slug: 'invalid-cursor' });
    expect((await data.fx.listFxRates({ from: '2024-03-06', to: '2024-03-31' }, { limit: 25 })).items).toEqual([]);
    await expect(data.fx.listFxRates({ from: '2024-03-05', to: '2024-03-04' }, { limit: 25 })).rejects.toMatchObject({ status: 400, slug: 'validation' });
  });
});

describe('the local runtime’s demo data', () => {
  it('publishes the starting rates from the fixed table for 2000-01-01, once, so every day has them in force', async () => {
    const { loadSeed, seedFxRates } = await import('../../infra/local/seed.ts');
    // 10^12 / EUR_PPM, half up to six places: USD 10^12 / 920,000 = 1,086,956.52 → 1.086957.
    expect(seedFxRates()).toMatchObject({ USD: '1.086957', GBP: '0.854701', CHF: '0.952381', PLN: '4.347826', SEK: '11.363636', JPY: '163.934426', BRL: '5.9' });
    expect(Object.keys(seedFxRates()).sort()).toEqual([...FX_CURRENCIES].sort());
    await loadSeed(now);
    await loadSeed(later);
    expect(await stored('2000-01-01')).toEqual([expect.objectContaining({ version: 1, publishedAt: now.toISOString() })]);
    // The fixed table's USD 0.92 EUR: USD 10,000.00 → EUR 9,199.99… at 1.086957 = 919,999.67 → 920,000 cents.
    expect(await data.fx.convertOn(1_000_000, 'USD', 'EUR', '2000-01-01')).toBe(920_000);
    expect((await data.fx.fxRatesInForce('2000-06-30')).rates['JPY']).toEqual({ rate: '163.934426', publishedFor: '2000-01-01' });
  });
});
