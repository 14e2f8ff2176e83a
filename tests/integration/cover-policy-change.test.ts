/**
 * The cover check reads the policy version the tenant item names (kept per execution
 * environment once read, versions being immutable): a policy change applies to the very next
 * check, in the same process that already checked under the old version.
 */
import { describe, expect, it } from 'vitest';
import { useDataLayer } from './data-layer.ts';

const data = useDataLayer('cover-policy-change');

describe('a cover check after a policy change', () => {
  it('judges the next order by the new version, though the old one was read here before', async () => {
    const now = new Date();
    const { context } = await data.newTenant({ name: 'Changing Terms SA', policy: { maxCreditPeriodDays: 90 } }, now);
    const buyer = await data.newBuyer({ legalName: 'Steady Buyer SA', sector: 'G46', grade: 2 }, now);
    await data.grantLimit(context, buyer.buyerId, 5_000_000, now);
    const order = { buyerId: buyer.buyerId, amount: 100_000, paymentTermsDays: 60, commit: false, strategicImportance: 'normal' } as const;

    const before = await data.orders.coverCheck(context, order, now);
    expect(before).toMatchObject({ covered: true, coveredAmount: 100_000 });

    await data.tenancy.updatePolicy(context, { maxCreditPeriodDays: 45 }, now);
    const after = await data.orders.coverCheck(context, order, now);
    expect(after).toMatchObject({ covered: false, coveredAmount: 0 });
    expect(after.reasons[0]?.code).toBe('payment_terms_too_long');

    await data.tenancy.updatePolicy(context, { maxCreditPeriodDays: 120 }, now);
    expect(await data.orders.coverCheck(context, order, now)).toMatchObject({ covered: true, coveredAmount: 100_000 });
  });
});
