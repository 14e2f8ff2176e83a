/**
 * Request fields whose schema let through what a domain function then refused with a
 * RangeError (a 500): each schema now says what the domain demands, so the answer is a 400
 * naming the field.
 */
import { describe, expect, it } from 'vitest';
import { premiumYear } from '../../shared/domain/premium.ts';
import { MonitoringRulesSchema } from '../../shared/contract/monitoring.ts';
import { TurnoverDeclarationBody } from '../../shared/contract/portfolio.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';

const policy = { policyNumber: 'P-1', currency: 'EUR', maxLiability: 300_000_000, premiumRate: 0.0025, coveredCountries: ['FR'] };

describe('a policy’s currency is one the system knows (limits convert it to EUR at the reference rate of the decision day)', () => {
  it.each([
    ['EUR', true],
    ['USD', true],
    ['GBP', true],
    ['CHF', true],
    ['PLN', true],
    ['SEK', true],
    ['JPY', true],
    ['NOK', true],
    ['BRL', true],
    ['KRW', true],
    ['XAU', false],
    ['XTS', false],
    ['usd', false],
  ])('%s → accepted: %s', (currency, accepted) => {
    const result = PolicyInput.safeParse({ ...policy, currency });
    expect(result.success).toBe(accepted);
    if (!accepted) expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: ['currency'], message: expect.stringContaining('a currency the system knows') }));
  });
});

describe('a month’s turnover in one country is at most 10^12 minor units', () => {
  it.each([
    [1_000_000_000_000, true],
    [1_000_000_000_001, false],
    [Number.MAX_SAFE_INTEGER, false],
  ])('%i → accepted: %s', (amount, accepted) => {
    const result = TurnoverDeclarationBody.safeParse({ period: '2026-10', country: 'FR', amount });
    expect(result.success).toBe(accepted);
    if (!accepted) expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'too_big', path: ['amount'] })]);
  });

  it('so a year of the largest declarations, in every country, still adds up exactly', () => {
    const countries = Array.from({ length: 249 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
    const declarations = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}`).flatMap((period) =>
      countries.map((country) => ({ period, country, amount: 1_000_000_000_000, declaredAt: `${period}-28T12:00:00Z` })),
    );
    const year = premiumYear({ year: 2026, declarations, premiumRate: 0.005, minimumPremium: 0, currency: 'EUR', today: '2026-12-02' });
    expect(year.turnover).toBe(2_988_000_000_000_000);
    expect(year.premium).toBe(14_940_000_000_000);
  });
});

describe('monitoring rules say what the domain checks demand', () => {
  const sectorAlerts = { windowDays: 90, baselineMonths: 12, minCount: 5, minRatio: 2, keepPercentByGrade: { 6: 80, 7: 60, 8: 40, 9: 20 }, noticeDays: 30 };
  const rules = { downgrades: { keepPercentByGrade: { 8: 50, 9: 25 }, noticeDays: 30 }, sectorAlerts };

  it('takes the defaults', () => {
    expect(MonitoringRulesSchema.safeParse(rules).success).toBe(true);
  });

  it.each([
    ['a downgrade rule for grade 10 (a regrade to 10 always cancels)', { ...rules, downgrades: { keepPercentByGrade: { 10: 5 }, noticeDays: 30 } }, ['downgrades', 'keepPercentByGrade', '10']],
    ['sector alert cuts that target no grade', { ...rules, sectorAlerts: { ...sectorAlerts, keepPercentByGrade: {} } }, ['sectorAlerts', 'keepPercentByGrade']],
    ['a minCount over 1,000,000', { ...rules, sectorAlerts: { ...sectorAlerts, minCount: 1_000_001 } }, ['sectorAlerts', 'minCount']],
    ['a minRatio with five decimals', { ...rules, sectorAlerts: { ...sectorAlerts, minRatio: 1.00001 } }, ['sectorAlerts', 'minRatio']],
  ])('refuses %s, naming the field', (_, body, path) => {
    const result = MonitoringRulesSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.map(String))).toContainEqual(path);
  });

  it('takes a minRatio with four decimals and a minCount of 1,000,000', () => {
    expect(MonitoringRulesSchema.safeParse({ ...rules, sectorAlerts: { ...sectorAlerts, minRatio: 1.0001, minCount: 1_000_000 } }).success).toBe(true);
  });
});
