/**
 * The premium of a policy year as the claims side reads it (maximum liability as a multiple of
 * the premium): the declared premium of the policy year containing a day, its bounds and the
 * policy's minimum premium, from the stored declarations of the two calendar years it spans.
 */
import { describe, expect, it } from 'vitest';
import { useDataLayer } from './data-layer.ts';

const data = useDataLayer('premium-policy-year');

describe('the premium of the policy year containing a day', () => {
  it('sums the declarations of its twelve months across two calendar years, without the minimum premium, and refuses a day before inception', async () => {
    const declaredAt = new Date('2027-04-20T10:00:00Z');
    // Inception 2026-03-15, 0.25 %, minimum premium EUR 5,000.00.
    const { context } = await data.newTenant({ policy: { inceptionDate: '2026-03-15', premiumRate: 0.0025, minimumPremium: 500_000 } }, new Date('2026-03-15T09:00:00Z'));
    for (const [period, amount] of [
      ['2026-03', 1_000_000],
      ['2026-12', 2_000_000],
      ['2027-02', 400_000],
      ['2027-03', 10_000_000],
    ] as const) {
      await data.premium.declareTurnover(context, { period, country: 'FR', amount }, declaredAt);
    }
    const later = new Date('2027-06-01T00:00:00Z');
    // 2,500 + 5,000 + 1,000: 2027-03 ends after the anniversary, in the second policy year.
    for (const on of ['2026-03-15', '2026-12-31', '2027-03-14']) {
      expect(await data.premium.policyYearPremium(context, on, later)).toEqual({ from: '2026-03-15', to: '2027-03-14', premium: 8_500, minimumPremium: 500_000 });
    }
    expect(await data.premium.policyYearPremium(context, '2027-03-15', later)).toEqual({ from: '2027-03-15', to: '2028-03-14', premium: 25_000, minimumPremium: 500_000 });
    await expect(data.premium.policyYearPremium(context, '2026-03-14', later)).rejects.toBeInstanceOf(RangeError);
  });

  it('by default answers the policy year of today, or of the inception date while the policy has not begun', async () => {
    const { context } = await data.newTenant({ policy: { inceptionDate: '2026-03-15' } }, new Date('2026-01-10T09:00:00Z'));
    expect((await data.premium.premiumOf(context, {}, new Date('2026-01-10T09:00:00Z'))).policyYear).toEqual({ from: '2026-03-15', to: '2027-03-14' });
    expect((await data.premium.premiumOf(context, {}, new Date('2027-03-15T09:00:00Z'))).policyYear).toEqual({ from: '2027-03-15', to: '2028-03-14' });
  });
});
