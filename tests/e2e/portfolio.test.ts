/**
 * Premium and portfolio end to end: declared turnover gives the exact premium (corrections
 * replace, late declarations are flagged, the minimum premium applies when the policy year is
 * over, projected until then; the calendar view settles none unless it is a policy year);
 * the portfolio's figures match the limits and exposures created here to the cent, for the
 * tenant and across tenants; monthly snapshots give the trend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { samplePolicy } from '../support/http-client.ts';
import { expectStatus, op } from '../support/op.ts';
import { addDays, addMonths } from '../../shared/domain/dates.ts';

let world: World;
let key: string;
let today: string;
beforeAll(async () => {
  world = await startWorld();
  const created = await op(world.call, 'createTenant', {
    key: world.insurerKey,
    // Began years ago: the months before this one can be declared (not before the inception's).
    body: { name: 'Portefeuille SA', policy: samplePolicy({ premiumRate: 0.0025, minimumPremium: 500_000, coveredCountries: ['FR', 'DE', 'IT'], inceptionDate: '2020-01-01' }) },
  });
  expectStatus(created, 201);
  key = created.body.apiKey.key;
  today = await clockDay();
});
afterAll(async () => {
  await world?.runtime.stop();
});

async function clockDay(): Promise<string> {
  const clock = await op(world.call, 'getClock', { key: world.insurerKey });
  expectStatus(clock, 200);
  return clock.body.now.slice(0, 10);
}

const advanceDays = async (days: number) => {
  expect((await op(world.call, 'advanceTestClock', { key: world.insurerKey, body: { advanceDays: days } })).status).toBe(200);
};

const monthBefore = (month: string, back: number) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

describe('premium on declared turnover', () => {
  it('gives the exact premium, replaces a corrected declaration, flags a late one, and applies the minimum premium once the year is over', async () => {
    const lastMonth = monthBefore(today.slice(0, 7), 1);
    const earlier = monthBefore(today.slice(0, 7), 2);
    const year = Number(today.slice(0, 4));
    const declare = (period: string, country: string, amount: number) => op(world.call, 'declareTurnover', { key, body: { period, country, amount } });

    const first = await declare(lastMonth, 'FR', 12_345_678);
    expectStatus(first, 201);
    // 12,345,678 × 0.0025 = 30,864.195 → 30,864.
    expect(first.body.premium).toBe(30_864);
    expect((await declare(lastMonth, 'DE', 1_000_001)).body).toMatchObject({ premium: 2_500 });
    const corrected = await declare(lastMonth, 'FR', 10_000_000);
    expectStatus(corrected, 200);
    expect(corrected.body).toMatchObject({ premium: 25_000, version: 2, history: [{ amount: 12_345_678 }] });
    // The month before last ended more than 30 days ago: declared today, it is late.
    const late = await declare(earlier, 'FR', 4_000_000);
    expect(late.body).toMatchObject({ premium: 10_000, late: true });
    expect((await declare(monthBefore(today.slice(0, 7), -1), 'FR', 1)).status).toBe(400);

    const premium = await op(world.call, 'getPremium', { key, query: { year } });
    expectStatus(premium, 200);
    const inYear = [lastMonth, earlier].filter((period) => period.startsWith(String(year)));
    const expected = (lastMonth.startsWith(String(year)) ? 27_500 : 0) + (earlier.startsWith(String(year)) ? 10_000 : 0);
    expect(premium.body.premium).toBe(expected);
    expect(premium.body.months.map((month) => month.period)).toEqual(inYear.sort());
    expect(premium.body).toMatchObject({ yearClosed: false, minimumPremiumAdjustment: 0, projectedMinimumPremiumAdjustment: 500_000 - expected, due: expected });
    expect(premium.body.lateDeclarations).toBe(earlier.startsWith(String(year)) ? 1 : 0);

    // Into the next year: the minimum premium applies to the year that ended.
    const days = Math.ceil((Date.parse(`${year + 1}-01-02T12:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
    await advanceDays(days);
    const closed = await op(world.call, 'getPremium', { key, query: { year } });
    expect(closed.body).toMatchObject({ yearClosed: true, minimumPremiumAdjustment: 500_000 - expected, due: 500_000 });
  });
});

describe('premium per policy year', () => {
  it('answers the policy year containing ?on= (default today): the minimum premium owed on the first once over, projected on the second; ?year= is the calendar view and says so', async () => {
    const now = await clockDay();
    // Inception on the 15th, fourteen months ago: the first policy year is over, today is in the second.
    const inception = addDays(`${addMonths(now, -14).slice(0, 7)}-01`, 14);
    const created = await op(world.call, 'createTenant', {
      key: world.insurerKey,
      body: { name: 'Anniversaire SAS', policy: samplePolicy({ premiumRate: 0.0025, minimumPremium: 500_000, coveredCountries: ['FR', 'DE', 'IT'], inceptionDate: inception }) },
    });
    expectStatus(created, 201);
    const tenantKey = created.body.apiKey.key;
    const month = (back: number) => monthBefore(now.slice(0, 7), back);
    const declare = async (period: string, country: string, amount: number) => {
      const declared = await op(world.call, 'declareTurnover', { key: tenantKey, body: { period, country, amount } });
      expectStatus(declared, 201);
      // It points to the policy year its month belongs to: the one the month's last day falls in.
      expect(declared.headers.get('location')).toBe(`/v1/premium?on=${addDays(`${monthBefore(period, -1)}-01`, -1)}`);
    };
    // First policy year: its first month (the inception's) and its last, eleven months later.
    await declare(month(14), 'FR', 1_000_000); // 2,500
    await declare(month(3), 'DE', 2_000_000); // 5,000
    // Second: its first month (it ends after the anniversary on the 15th) and last month.
    await declare(month(2), 'IT', 400_000); // 1,000
    await declare(month(1), 'FR', 4_000_000); // 10,000

    const secondFrom = addMonths(inception, 12);
    const first = await op(world.call, 'getPremium', { key: tenantKey, query: { on: inception } });
    expectStatus(first, 200);
    expect(first.body).toMatchObject({
      view: 'policy_year',
      year: Number(inception.slice(0, 4)),
      policyYear: { from: inception, to: addDays(secondFrom, -1) },
      premium: 7_500,
      yearClosed: true,
      minimumPremiumAdjustment: 492_500,
      projectedMinimumPremiumAdjustment: 492_500,
      due: 500_000,
    });
    expect(first.body.months.map((m) => m.period)).toEqual([month(14), month(3)]);
    expect(first.body.declarations.map((d) => d.period)).toEqual([month(14), month(3)]);
    expect(first.body.minimumPremiumNote).toBe(
      `The premium declared, EUR 75.00, is EUR 4,925.00 short of the minimum premium of EUR 5,000.00, settled on the policy year ${inception} to ${addDays(secondFrom, -1)}, which is over: EUR 4,925.00 is owed.`,
    );
    // The last day of the first policy year answers the same year.
    const lastDay = await op(world.call, 'getPremium', { key: tenantKey, query: { on: addDays(secondFrom, -1) } });
    expect(lastDay.body.policyYear).toEqual(first.body.policyYear);

    // Today, by default: the second policy year, its shortfall projected only.
    const second = await op(world.call, 'getPremium', { key: tenantKey });
    expectStatus(second, 200);
    expect(second.body).toMatchObject({
      view: 'policy_year',
      policyYear: { from: secondFrom, to: addDays(addMonths(inception, 24), -1) },
      premium: 11_000,
      yearClosed: false,
      minimumPremiumAdjustment: 0,
      projectedMinimumPremiumAdjustment: 489_000,
      due: 11_000,
    });
    expect(second.body.months.map((m) => m.period)).toEqual([month(2), month(1)]);
    const onAnniversary = await op(world.call, 'getPremium', { key: tenantKey, query: { on: secondFrom } });
    expect(onAnniversary.body.policyYear).toEqual(second.body.policyYear);

    // The calendar view: this calendar year's months, no minimum premium, the policy years to ask.
    const year = Number(now.slice(0, 4));
    const calendar = await op(world.call, 'getPremium', { key: tenantKey, query: { year } });
    expectStatus(calendar, 200);
    const premiums: Record<string, number> = { [month(14)]: 2_500, [month(3)]: 5_000, [month(2)]: 1_000, [month(1)]: 10_000 };
    const inYear = Object.keys(premiums).filter((period) => period.startsWith(`${year}-`)).sort();
    expect(calendar.body).toMatchObject({ view: 'calendar_year', year, minimumPremiumAdjustment: 0, projectedMinimumPremiumAdjustment: 0 });
    expect(calendar.body.policyYear).toBeUndefined();
    expect(calendar.body.months.map((m) => m.period)).toEqual(inYear);
    expect(calendar.body.premium).toBe(inYear.reduce((sum, period) => sum + (premiums[period] ?? 0), 0));
    expect(calendar.body.due).toBe(calendar.body.premium);
    expect(calendar.body.minimumPremiumNote).toContain('is settled per policy year, not on a calendar year: nothing is added here.');
    expect(calendar.body.minimumPremiumNote).toContain(`GET /v1/premium?on=${secondFrom}`);
  });

  it('refuses a day or a year before inception, and both on and year, naming them (400)', async () => {
    const now = await clockDay();
    const inception = addDays(`${addMonths(now, -14).slice(0, 7)}-01`, 14);
    const created = await op(world.call, 'createTenant', {
      key: world.insurerKey,
      body: { name: 'Avant Terme SARL', policy: samplePolicy({ inceptionDate: inception }) },
    });
    expectStatus(created, 201);
    const tenantKey = created.body.apiKey.key;
    const errorsOf = async (query: { on?: string; year?: number }) => {
      const refused = await op(world.call, 'getPremium', { key: tenantKey, query });
      expect(refused.status, refused.text).toBe(400);
      return (JSON.parse(refused.text) as { errors: { in: string; field: string; code: string; detail: string }[] }).errors;
    };
    const dayBefore = addDays(inception, -1);
    expect(await errorsOf({ on: dayBefore })).toEqual([
      { in: 'query', field: 'on', pointer: '#/on', code: 'before_inception', detail: `${dayBefore} is before the policy began (inception date ${inception}): it is in no policy year` },
    ]);
    const yearBefore = Number(inception.slice(0, 4)) - 1;
    expect(await errorsOf({ year: yearBefore })).toEqual([
      { in: 'query', field: 'year', pointer: '#/year', code: 'before_inception', detail: `${yearBefore} is before the policy began (inception date ${inception})` },
    ]);
    expect((await errorsOf({ on: now, year: Number(now.slice(0, 4)) })).map((e) => [e.field, e.code])).toEqual([
      ['on', 'exclusive'],
      ['year', 'exclusive'],
    ]);
    // The inception day and the inception year are answered.
    expectStatus(await op(world.call, 'getPremium', { key: tenantKey, query: { on: inception } }), 200);
    expectStatus(await op(world.call, 'getPremium', { key: tenantKey, query: { year: Number(inception.slice(0, 4)) } }), 200);
  });
});

describe('portfolio', () => {
  it('matches the limits and exposures to the cent, for the tenant and the insurer; snapshots keep the trend', async () => {
    const now = await clockDay();
    let n = 0;
    const buyer = async (sector: string, country: string, grade: number, limit: number, invoiced: number) => {
      n += 1;
      const created = await op(world.call, 'createBuyer', {
        key: world.insurerKey,
        body: { legalName: `Client ${n}`, country, registrationId: `PF${Date.now()}${n}`, sector, grade },
      });
      expectStatus(created, 201);
      const buyerId = created.body.buyerId;
      const decided = await op(world.call, 'requestLimit', { key, body: { buyerId, type: 'new', amount: limit } });
      expectStatus(decided, 201);
      expect(['approved', 'conditional'], decided.text).toContain(decided.body.decision);
      if (invoiced > 0) {
        const invoice = await op(world.call, 'createInvoices', { key, body: { buyerId, number: `PF-${n}`, amount: invoiced, currency: 'EUR', issueDate: now, dueDate: now } });
        expect(invoice.status, invoice.text).toBe(201);
      }
      return buyerId;
    };
    const b1 = await buyer('C29', 'FR', 2, 3_000_000, 1_000_000);
    const b2 = await buyer('G46', 'DE', 5, 2_000_000, 2_500_000);
    const b3 = await buyer('C29', 'IT', 7, 1_000_000, 0);
    // B2 worsens from 5 to 6: its limit stays, its PD doubles.
    expect((await op(world.call, 'recordRiskEvents', { key: world.insurerKey, body: { buyerId: b2, type: 'rating_change', occurredOn: now, newGrade: 6 } })).status).toBe(201);

    const limits = await op(world.call, 'listLimits', { key, query: { limit: 100 } });
    expectStatus(limits, 200);
    const exposures = await Promise.all(
      [b1, b2, b3].map(async (buyerId) => {
        const exposure = await op(world.call, 'getExposure', { key, params: { buyerId } });
        expectStatus(exposure, 200);
        return exposure.body;
      }),
    );
    // The view is read from counters the table's stream keeps: the writes above reach them within moments.
    const read = async () => {
      const response = await op(world.call, 'getPortfolio', { key });
      expectStatus(response, 200);
      return response;
    };
    await expect.poll(async () => (await read()).body.worsenedLast90Days.length, { timeout: 15_000, interval: 100 }).toBe(1);
    await expect.poll(async () => (await read()).body.exposure, { timeout: 15_000, interval: 100 }).toBe(3_500_000);
    const portfolio = await read();
    expect(portfolio.body.limit).toBe(limits.body.items.reduce((sum, item) => sum + item.amount, 0));
    expect(portfolio.body.exposure).toBe(exposures.reduce((sum, exposure) => sum + exposure.outstanding + exposure.committed, 0));
    expect(portfolio.body).toMatchObject({ currency: 'EUR', buyers: 3, limit: 6_000_000, exposure: 3_500_000, headroom: 2_000_000 + 0 + 1_000_000, uncoveredExposure: 500_000 });
    // 1,000,000 × 0.10 % × 70 % = 700; 2,500,000 × 2 % × 70 % = 35,000 (grade 6 now); nothing on B3.
    expect(portfolio.body.expectedLoss).toBe(35_700);
    expect(portfolio.body.byGradeBand.find((band) => band.key === 'low')).toMatchObject({ buyers: 1, limit: 3_000_000, exposure: 1_000_000 });
    expect(portfolio.body.byGradeBand.find((band) => band.key === 'medium')).toMatchObject({ buyers: 1, limit: 2_000_000, exposure: 2_500_000 });
    expect(portfolio.body.byGradeBand.find((band) => band.key === 'sensitive')).toMatchObject({ buyers: 1, limit: 1_000_000, exposure: 0 });
    expect(portfolio.body.bySector.find((sector) => sector.key === 'C29')).toMatchObject({ limit: 4_000_000, exposure: 1_000_000 });
    expect(portfolio.body.byCountry.map((country) => country.key)).toEqual(['DE', 'FR', 'IT']);
    // Shares of 3,500,000: 2,500,000 → 7,143 bp; 1,000,000 → 2,857 bp. HHI = 71.43² + 28.57² ≈ 5,918.
    expect(portfolio.body.concentration.top10Share).toBe(10_000);
    expect(portfolio.body.concentration.herfindahl).toBe(5_918);
    expect(portfolio.body.worsenedLast90Days).toEqual([expect.objectContaining({ buyerId: b2, from: 5, to: 6 })]);

    // The insurer's view: the tenants of this runtime hold nothing else.
    const insurer = await op(world.call, 'getInsurerPortfolio', { key: world.insurerKey });
    expectStatus(insurer, 200);
    expect(insurer.body).toMatchObject({ currency: 'EUR', limit: 6_000_000, exposure: 3_500_000, expectedLoss: 35_700 });
    expect(insurer.body.tenants).toBeGreaterThanOrEqual(3);
    expect(insurer.body.capacity.reservedEur).toBe(6_000_000);
    expect((await op(world.call, 'getInsurerPortfolio', { key })).status).toBe(403);

    // A month on, the snapshots show the trend.
    await advanceDays(32);
    const history = await op(world.call, 'getPortfolioHistory', { key });
    expectStatus(history, 200);
    expect(history.body.items.length).toBeGreaterThanOrEqual(2);
    expect(history.body.items.at(-1)).toMatchObject({ exposure: 3_500_000 });
  });
});
