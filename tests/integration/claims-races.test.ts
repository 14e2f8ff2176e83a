/**
 * Claims under races: two indemnifications of one claim at once pay once; recoveries racing
 * each other keep every recovery's shares summing to its amount and their total within the
 * loss; a collection racing a payment never drives an invoice's outstanding below 0 and keeps
 * the exposure the sum of the invoices; the insolvency reaching a claim twice at once makes it
 * indemnifiable once, and neither answers a conflict; an indemnity that crashes halfway pays nothing, and its
 * retry pays once.
 */
import { describe, expect, it } from 'vitest';
import type { TenantContext } from '../../shared/access/index.ts';
import { addDays } from '../../shared/domain/dates.ts';
import { isoDay } from '../../shared/clock/index.ts';
import { orderKeys } from '../../shared/data/keys.ts';
import { Crash, barrier, crashOn } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const day0 = addDays(isoDay(new Date()), -100);
const on = (days: number) => new Date(`${addDays(day0, days)}T10:00:00Z`);
const day = (days: number) => addDays(day0, days);
let serial = 0;

const data = useDataLayer('claim-races');

/**
 * A tenant insured from day 0 with a limit on a buyer, two invoices of day 1 due on day 31,
 * notified on day 40; the buyer insolvent since day 35 (the claim indemnifiable at once) or not.
 */
async function claimed(insolvent: boolean, notify = true) {
  serial += 1;
  const { context } = await data.newTenant({ name: `Claimant ${serial}`, policy: { inceptionDate: day0 } }, on(0));
  const buyer = await data.newBuyer({ legalName: `Defaulting ${serial} SA`, sector: 'C30' }, on(0));
  await data.grantLimit(context, buyer.buyerId, 10_000_000, on(0));
  const invoices = await data.orders.createInvoices(
    context,
    [1, 2].map((n) => ({ buyerId: buyer.buyerId, number: `C${serial}-${n}`, amount: n * 1_000_000, currency: 'EUR', issueDate: day(1), dueDate: day(31) })),
    on(1),
  );
  if (insolvent) {
    await data.makeInsolvent(buyer.buyerId, day(35));
  }
  const invoiceIds = invoices.map((invoice) => invoice.invoiceId);
  if (!notify) return { context, buyerId: buyer.buyerId, claimId: '', invoiceIds };
  const claim = await data.claims.notifyOverdue(context, { buyerId: buyer.buyerId, invoiceIds: invoices.map((invoice) => invoice.invoiceId) }, on(40));
  expect(claim.status).toBe(insolvent ? 'indemnifiable' : 'in_collection');
  return { context, buyerId: buyer.buyerId, claimId: claim.claimId, invoiceIds: invoices.map((invoice) => invoice.invoiceId) };
}

const tenantItems = (context: TenantContext, prefix: string) => data.items(orderKeys.exposure(context, 'x').pk, prefix);

/** What the tenant was paid in indemnities, all policy years together. */
async function indemnitiesPaid(context: TenantContext): Promise<number> {
  return (await tenantItems(context, 'INDEMNITIES#')).reduce((sum, item) => sum + Number(item['paid'] ?? 0), 0);
}

const rejected = (outcomes: PromiseSettledResult<unknown>[]) => outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number; slug?: string }] : []));

describe('claims under races', () => {
  it('two indemnifications of one claim at once pay once', async () => {
    const { context, claimId } = await claimed(true);
    const together = barrier(data.client.dynamodb, 'TransactWrite', 2);
    const outcomes = await Promise.allSettled([data.claims.indemnify(claimId, on(50)), data.claims.indemnify(claimId, on(50))]).finally(() => together.remove());
    const paid = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    expect(paid).toHaveLength(1);
    expect(rejected(outcomes).map((r) => r.status)).toEqual([409]);
    const claim = await data.claims.getClaim(context, claimId);
    expect(claim.status).toBe('indemnified');
    expect(claim.indemnity?.amount).toBeGreaterThan(0);
    expect(await indemnitiesPaid(context)).toBe(claim.indemnity?.amount);
    expect(claim.timeline.filter((entry) => entry.event === 'indemnified')).toHaveLength(1);
  });

  it('the insolvency reaching a claim twice at once (the fan-out delivered twice, or beside the notification): both answer it indemnifiable, its loss entered once', async () => {
    for (let round = 0; round < 2; round += 1) {
      const { context, buyerId, claimId } = await claimed(false);
      await data.makeInsolvent(buyerId, day(41));
      const together = barrier(data.client.dynamodb, 'TransactWrite', 2);
      const outcomes = await Promise.allSettled([data.claims.insolvencyReachesClaims(buyerId, day(41), on(42)), data.claims.insolvencyReachesClaims(buyerId, day(41), on(42))]).finally(() =>
        together.remove(),
      );
      expect(rejected(outcomes)).toEqual([]);
      expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : undefined))).toEqual([1, 1]);
      const claim = await data.claims.getClaim(context, claimId);
      expect(claim).toMatchObject({ status: 'indemnifiable', dateOfLoss: day(41), lossCause: 'insolvency' });
      expect(claim.timeline.filter((entry) => entry.event === 'indemnifiable')).toHaveLength(1);
      const years = await tenantItems(context, 'INDEMNITIES#');
      expect(years.reduce((sum, item) => sum + Number(item['changes'] ?? 0), 0)).toBe(1);
    }
  });

  it('recoveries racing: each one stored is split into shares summing to it, all within the loss', async () => {
    const { context, claimId } = await claimed(true);
    await data.claims.indemnify(claimId, on(50));
    const amounts = [1_000_001, 1_200_003, 900_007];
    const together = barrier(data.client.dynamodb, 'TransactWrite', amounts.length);
    const outcomes = await Promise.allSettled(amounts.map((amount) => data.claims.recordRecovery(claimId, { amount, receivedOn: day(60) }, on(60)))).finally(() => together.remove());
    expect(rejected(outcomes).map((r) => r.status)).toEqual(rejected(outcomes).map(() => 409));
    const accepted = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [amounts[i]!] : []));
    expect(accepted.length).toBeGreaterThan(0);
    const claim = await data.claims.getClaim(context, claimId);
    expect(claim.recoveries.map((recovery) => recovery.amount).sort()).toEqual(accepted.sort());
    for (const recovery of claim.recoveries) expect(recovery.insurerShare + recovery.policyholderShare).toBe(recovery.amount);
    expect(claim.recoveries.reduce((sum, recovery) => sum + recovery.amount, 0)).toBeLessThanOrEqual(3_000_000);
  });

  it('a collection racing a payment never drives an invoice below 0; the exposure is the invoices', async () => {
    for (let round = 0; round < 2; round += 1) {
      const { context, buyerId, claimId, invoiceIds } = await claimed(false);
      const together = barrier(data.client.dynamodb, 'TransactWrite', 2);
      const outcomes = await Promise.allSettled([
        data.claims.recordCollection(claimId, { amount: 2_500_000, receivedOn: day(45) }, on(45)),
        data.orders.recordPayment(context, invoiceIds[0]!, { amount: 1_000_000, paidOn: day(45) }, on(45)),
      ]).finally(() => together.remove());
      expect(rejected(outcomes).map((r) => r.status)).toEqual(rejected(outcomes).map(() => 409));
      const invoices = (await tenantItems(context, 'INVOICE#')).filter((item) => item['buyerId'] === buyerId);
      for (const invoice of invoices) expect(Number(invoice['outstanding'])).toBeGreaterThanOrEqual(0);
      const outstanding = invoices.reduce((sum, item) => sum + Number(item['outstanding']), 0);
      const Item = await data.item(orderKeys.exposure(context, buyerId));
      expect(Item?.['outstanding']).toBe(outstanding);
      // The claim's own view of its invoices agrees with them.
      const claim = await data.claims.getClaim(context, claimId);
      expect(claim.outstanding).toBe(outstanding);
    }
  });

  it('a notification racing a payment on one of its invoices: the claim and the invoices agree', async () => {
    for (let round = 0; round < 2; round += 1) {
      const { context, buyerId, invoiceIds } = await claimed(false, false);
      const together = barrier(data.client.dynamodb, 'TransactWrite', 2);
      const [notified, paid] = await Promise.allSettled([
        data.claims.notifyOverdue(context, { buyerId, invoiceIds }, on(40)),
        data.orders.recordPayment(context, invoiceIds[0]!, { amount: 400_000, paidOn: day(39) }, on(40)),
      ]).finally(() => together.remove());
      expect(rejected([notified, paid]).map((r) => r.status)).toEqual(rejected([notified, paid]).map(() => 409));
      const invoices = (await tenantItems(context, 'INVOICE#')).filter((item) => item['buyerId'] === buyerId);
      const outstanding = invoices.reduce((sum, item) => sum + Number(item['outstanding']), 0);
      if (notified.status === 'fulfilled') expect((await data.claims.getClaim(context, notified.value.claimId)).outstanding).toBe(outstanding);
      else expect(paid.status).toBe('fulfilled');
    }
  });

  it('an indemnity that crashes halfway pays nothing; the retry pays once, and a retry after it is refused', async () => {
    const { context, claimId } = await claimed(true);
    const before = crashOn(data.client.dynamodb, 'TransactWrite', { when: 'before' });
    try {
      await expect(data.claims.indemnify(claimId, on(50))).rejects.toBeInstanceOf(Crash);
    } finally {
      before.remove();
    }
    expect((await data.claims.getClaim(context, claimId)).status).toBe('indemnifiable');
    expect(await indemnitiesPaid(context)).toBe(0);

    // Committed, but the answer lost: the caller retries.
    const after = crashOn(data.client.dynamodb, 'TransactWrite', { when: 'after' });
    try {
      await expect(data.claims.indemnify(claimId, on(50))).rejects.toBeInstanceOf(Crash);
    } finally {
      after.remove();
    }
    await expect(data.claims.indemnify(claimId, on(50))).rejects.toMatchObject({ status: 409, slug: 'claim-status' });
    const claim = await data.claims.getClaim(context, claimId);
    expect(claim.status).toBe('indemnified');
    expect(await indemnitiesPaid(context)).toBe(claim.indemnity?.amount);
  });
});
