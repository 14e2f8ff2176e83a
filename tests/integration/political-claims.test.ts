/**
 * Political claims on DynamoDB Local: notified with `cause: political` on a policy that covers
 * political risk, they wait the political waiting period from the notification, are paid at
 * the political cover percentage, and are not reached by the buyer's insolvency; a policy
 * without political cover refuses them, and so does a private buyer's overdue without a country
 * event (422, nothing stored).
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates.ts';
import { isoDay } from '../../shared/clock/index.ts';
import { claimKeys } from '../../shared/data/keys.ts';
import { useDataLayer } from './data-layer.ts';

const day0 = addDays(isoDay(new Date()), -300);
const on = (days: number) => new Date(`${addDays(day0, days)}T10:00:00Z`);
const day = (days: number) => addDays(day0, days);
let serial = 0;

const data = useDataLayer('political');

/** A tenant on `policy`, a public buyer (unless told) with a limit of 50,000.00 and an invoice of 40,000.00 delivered day 1, due day 30. */
async function overdue(policy: Record<string, unknown>, kind: 'public' | 'private' = 'public') {
  serial += 1;
  const { context } = await data.newTenant({ name: `Export ${serial}`, policy: { inceptionDate: day0, coveredCountries: ['FR', 'BR'], ...policy } }, on(0));
  const buyer = await data.newBuyer({ legalName: `Importador ${serial} SA`, country: 'BR', kind }, on(0));
  await data.grantLimit(context, buyer.buyerId, 5_000_000, on(0));
  const [invoice] = await data.orders.createInvoices(context, [{ buyerId: buyer.buyerId, number: `P${serial}`, amount: 4_000_000, currency: 'EUR', issueDate: day(1), dueDate: day(30) }], on(1));
  return { context, buyerId: buyer.buyerId, invoiceId: invoice!.invoiceId };
}

describe('political claims', () => {
  it('wait their own waiting period, are paid at the political cover percentage, and the buyer’s insolvency does not reach them', async () => {
    const { context, buyerId, invoiceId } = await overdue({ coverPercent: 90, politicalRiskCovered: true, politicalCoverPercent: 95, politicalWaitingPeriodDays: 120 });
    const claim = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [invoiceId], cause: 'political' }, on(40));
    expect(claim).toMatchObject({ status: 'in_collection', riskType: 'political', waitingPeriodEndsOn: day(160) });
    const [opened] = await data.outbox('claim.opened', (event) => event['claimId'] === claim.claimId);
    expect(opened!.data).toMatchObject({ riskType: 'political', waitingPeriodEndsOn: day(160) });

    // A public buyer is never insolvent; were the fan-out to reach the claim, it would leave it waiting.
    expect(await data.claims.insolvencyReachesClaims(buyerId, day(50), on(50))).toBe(0);
    expect((await data.claims.getClaim(context, claim.claimId)).status).toBe('in_collection');

    await data.claims.endWaitingPeriods(day(159), on(159));
    expect((await data.claims.getClaim(context, claim.claimId)).status).toBe('in_collection');
    await data.claims.endWaitingPeriods(day(160), on(160));
    const lost = await data.claims.getClaim(context, claim.claimId);
    // 95 % of 40,000.00 = 38,000.00.
    expect(lost).toMatchObject({ status: 'indemnifiable', dateOfLoss: day(160), lossCause: 'political', riskType: 'political' });
    expect(lost.indemnity).toMatchObject({ coverPercent: 95, coveredLoss: 4_000_000, amount: 3_800_000 });
    expect(lost.indemnity!.reasons.find((reason) => reason.code === 'cover_percent')?.message).toBe(
      'The policy covers 95 % (its political cover, the loss being political) of the covered loss of EUR 40,000.00: EUR 38,000.00.',
    );
  });

  it('without a political cover percentage, the commercial one applies; commercial claims keep theirs', async () => {
    const { context, buyerId, invoiceId } = await overdue({ coverPercent: 85, politicalRiskCovered: true });
    const claim = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [invoiceId], cause: 'political' }, on(40));
    // The default political waiting period: 180 days.
    expect(claim.waitingPeriodEndsOn).toBe(day(220));
    await data.claims.endWaitingPeriods(day(220), on(220));
    expect((await data.claims.getClaim(context, claim.claimId)).indemnity).toMatchObject({ coverPercent: 85, amount: 3_400_000 });
  });

  it('a private buyer’s overdue is political only with a country event open on the due date: without one, 422 naming the invoices', async () => {
    const { context, buyerId, invoiceId } = await overdue({ politicalRiskCovered: true }, 'private');
    await expect(data.claims.notifyOverdue(context, { buyerId, invoiceIds: [invoiceId], cause: 'political' }, on(40))).rejects.toMatchObject({
      status: 422,
      slug: 'no-political-event',
      extensions: { invoiceIds: [invoiceId], country: 'BR' },
    });
    expect(await data.items(claimKeys.prefix(context).pk, claimKeys.prefix(context).skPrefix)).toEqual([]);
  });

  it('a policy without political cover refuses a political notification, storing nothing', async () => {
    const { context, buyerId, invoiceId } = await overdue({ politicalRiskCovered: false });
    await expect(data.claims.notifyOverdue(context, { buyerId, invoiceIds: [invoiceId], cause: 'political' }, on(40))).rejects.toMatchObject({
      status: 422,
      slug: 'political-risk-not-covered',
    });
    expect(await data.items(claimKeys.prefix(context).pk, claimKeys.prefix(context).skPrefix)).toEqual([]);
    // Commercial, the same notification opens a claim.
    expect((await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [invoiceId] }, on(40))).riskType).toBe('commercial');
  });
});
