/**
 * Whole-account claims against DynamoDB Local: on an insolvent buyer every unpaid invoice is
 * notified, due or not; more invoices join an open claim (POST /v1/claims/{claimId}/invoices)
 * with the notification's checks, the claim's 90 invoices, the deadline on a buyer that is not
 * insolvent, and the indemnity of an indemnifiable claim computed again; a second notification
 * names the route; two additions of one invoice at once add it once.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates.ts';
import { isoDay } from '../../shared/clock/index.ts';
import { orderKeys } from '../../shared/data/keys.ts';
import { barrier } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const day0 = addDays(isoDay(new Date()), -150);
const on = (days: number) => new Date(`${addDays(day0, days)}T10:00:00Z`);
const day = (days: number) => addDays(day0, days);
let serial = 0;

const data = useDataLayer('whole-account');

/**
 * A tenant insured from day 0 (90 %, no deductible, no threshold, maxExtensionDays 60) with a
 * limit of 10,000,000 on a buyer, and its invoices `[amount, issued day, due day]`, created on
 * day 50. `insolventOn`: the buyer insolvent since that day.
 */
async function account(invoices: [number, number, number][], insolventOn?: number) {
  serial += 1;
  const { context } = await data.newTenant({ name: `Whole Account ${serial}`, policy: { inceptionDate: day0, coverPercent: 90, deductible: 0, claimThreshold: 0, maxExtensionDays: 60 } }, on(0));
  const buyer = await data.newBuyer({ legalName: `Insolvent ${serial} SA`, sector: 'G46', grade: 3 }, on(0));
  await data.grantLimit(context, buyer.buyerId, 10_000_000, on(0));
  const created = await data.orders.createInvoices(
    context,
    invoices.map(([amount, issued, due], n) => ({ buyerId: buyer.buyerId, number: `W${serial}-${n}`, amount, currency: 'EUR', issueDate: day(issued), dueDate: day(due) })),
    on(50),
  );
  if (insolventOn !== undefined) {
    await data.makeInsolvent(buyer.buyerId, day(insolventOn));
  }
  return { context, buyerId: buyer.buyerId, ids: created.map((invoice) => invoice.invoiceId) };
}

const errorsOf = (error: unknown) => (error as { extensions: { errors: { pointer: string; code: string }[] } }).extensions.errors.map((e) => [e.pointer, e.code]);

describe('whole account on an insolvent buyer', () => {
  it('a notification takes invoices not yet due on an insolvent buyer, and still refuses them on a buyer that is not', async () => {
    // Due day 40 (past on day 74) and day 90 (not yet due).
    const insolvent = await account([[1_000_000, 10, 40], [2_000_000, 30, 90]], 68);
    const claim = await data.claims.notifyOverdue(insolvent.context, { buyerId: insolvent.buyerId, invoiceIds: insolvent.ids }, on(74));
    expect(claim).toMatchObject({ status: 'indemnifiable', dateOfLoss: day(68), lossCause: 'insolvency', outstanding: 3_000_000 });
    expect(claim.indemnity).toMatchObject({ coveredLoss: 3_000_000, amount: 2_700_000 });

    const solvent = await account([[1_000_000, 10, 40], [2_000_000, 30, 90]]);
    const refused = await data.claims.notifyOverdue(solvent.context, { buyerId: solvent.buyerId, invoiceIds: solvent.ids }, on(74)).catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 400, slug: 'validation' });
    expect(errorsOf(refused)).toEqual([['#/invoiceIds/1', 'not_overdue']]);
  });

  it('an insolvent buyer’s unknown, paid and notified invoices are still refused, each named', async () => {
    const { context, buyerId, ids } = await account([[1_000_000, 10, 40], [2_000_000, 30, 90], [500_000, 31, 91]], 68);
    const other = await account([[1_000_000, 10, 40]], 68);
    await data.orders.recordPayment(context, ids[2]!, { amount: 500_000, paidOn: day(50) }, on(50));
    await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [ids[0]!] }, on(74));
    const refused = await data.claims
      .notifyOverdue(context, { buyerId, invoiceIds: [other.ids[0]!, ids[2]!, ids[0]!] }, on(74))
      .catch((error: unknown) => error);
    expect(errorsOf(refused)).toEqual([
      ['#/invoiceIds/0', 'unknown_invoice'],
      ['#/invoiceIds/1', 'paid'],
      ['#/invoiceIds/2', 'already_notified'],
    ]);
  });

  it('a second notification on the buyer answers claim-open naming the route that adds invoices', async () => {
    const { context, buyerId, ids } = await account([[1_000_000, 10, 40], [2_000_000, 30, 90]], 68);
    const claim = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [ids[0]!] }, on(74));
    const refused = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [ids[1]!] }, on(74)).catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 409, slug: 'claim-open', extensions: { claimId: claim.claimId, addInvoicesUrl: `/v1/claims/${claim.claimId}/invoices` } });
    expect((refused as Error).message).toContain(`POST /v1/claims/${claim.claimId}/invoices`);
  });
});

describe('adding invoices to an open claim', () => {
  it('to an indemnifiable claim: the invoices join it and the indemnity is computed again, in one transaction with its event', async () => {
    // The limit of 10,000,000 from day 0: 6,000,000 + 3,000,000 + 3,000,000 delivered, the last capped at 1,000,000.
    const { context, buyerId, ids } = await account([[6_000_000, 0, 60], [3_000_000, 28, 88], [3_000_000, 47, 106]], 68);
    const [i1, i2, i3] = ids as [string, string, string];
    const claim = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [i1, i2] }, on(74));
    expect(claim.indemnity).toMatchObject({ outstanding: 9_000_000, coveredLoss: 9_000_000, amount: 8_100_000 });

    const added = await data.claims.addClaimInvoices(context, claim.claimId, { invoiceIds: [i3] }, on(74));
    expect(added).toMatchObject({ status: 'indemnifiable', dateOfLoss: day(68), lossCause: 'insolvency', outstanding: 12_000_000 });
    expect(added.invoices.map((invoice) => invoice.invoiceId)).toEqual([i1, i2, i3]);
    // 90 % of 10,000,000.
    expect(added.indemnity).toMatchObject({ outstanding: 12_000_000, coveredLoss: 10_000_000, amount: 9_000_000, cappedBy: 'limit' });
    expect(added.indemnity?.invoices.map((cover) => [cover.invoiceId, cover.coveredAmount, cover.reason.code])).toEqual([
      [i1, 6_000_000, 'covered'],
      [i2, 3_000_000, 'covered'],
      [i3, 1_000_000, 'capped_by_limit'],
    ]);
    expect(added.timeline.at(-1)).toMatchObject({ event: 'invoices_added' });
    expect(added.timeline.at(-1)?.detail).toBe(
      `1 invoice(s) added on ${day(74)}, EUR 30,000.00 outstanding on them: outstanding now EUR 120,000.00; covered loss now EUR 100,000.00, indemnity now EUR 90,000.00 (was EUR 81,000.00).`,
    );
    expect(await data.claims.getClaim(context, claim.claimId)).toEqual(added);
    expect((await data.item(orderKeys.invoice(context, i3)))?.['claimId']).toBe(claim.claimId);
    // The policy year's ledger holds the larger loss: later claims of the year read their aggregate first loss from it.
    const losses = await data.items(orderKeys.exposure(context, 'x').pk, 'LOSSES#');
    expect(losses.map((loss) => [loss['claimId'], loss['coveredLoss']])).toEqual([[claim.claimId, 10_000_000]]);
    const events = await data.outbox('claim.invoices_added', (event) => event['claimId'] === claim.claimId);
    expect(events.map((event) => event.data)).toEqual([{ claimId: claim.claimId, buyerId, invoiceIds: [i3], outstanding: 12_000_000, currency: 'EUR' }]);
  });

  it('to a claim in collection: a past-due invoice joins it within the deadline; one not yet due, another buyer’s, a paid one or one of the claim are refused, each named', async () => {
    const { context, buyerId, ids } = await account([[1_000_000, 10, 40], [2_000_000, 20, 45], [500_000, 30, 90], [700_000, 31, 44]]);
    const other = await account([[1_000_000, 10, 40]]);
    const [first, second, notDue, paid] = ids as [string, string, string, string];
    await data.orders.recordPayment(context, paid, { amount: 700_000, paidOn: day(50) }, on(50));
    const claim = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [first] }, on(74));
    expect(claim.status).toBe('in_collection');

    const refused = await data.claims
      .addClaimInvoices(context, claim.claimId, { invoiceIds: [notDue, other.ids[0]!, paid, first] }, on(74))
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 400, slug: 'validation' });
    expect(errorsOf(refused)).toEqual([
      ['#/invoiceIds/0', 'not_overdue'],
      ['#/invoiceIds/1', 'unknown_invoice'],
      ['#/invoiceIds/2', 'paid'],
      ['#/invoiceIds/3', 'already_notified'],
    ]);
    expect((await data.claims.getClaim(context, claim.claimId)).invoices).toHaveLength(1);

    const added = await data.claims.addClaimInvoices(context, claim.claimId, { invoiceIds: [second] }, on(74));
    expect(added).toMatchObject({ status: 'in_collection', outstanding: 3_000_000 });
    expect(added.indemnity).toBeUndefined();
    expect(added.timeline.at(-1)?.detail).toBe(`1 invoice(s) added on ${day(74)}, EUR 20,000.00 outstanding on them: outstanding now EUR 30,000.00.`);
  });

  it('on a buyer that is not insolvent, after the notification deadline: 422 notification-late, nothing stored', async () => {
    // Oldest unpaid due day 40: mepEndsOn day 100 (maxExtensionDays 60), the deadline with it.
    const { context, buyerId, ids } = await account([[1_000_000, 10, 40], [2_000_000, 20, 45]]);
    const claim = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [ids[0]!] }, on(100));
    await expect(data.claims.addClaimInvoices(context, claim.claimId, { invoiceIds: [ids[1]!] }, on(101))).rejects.toMatchObject({
      status: 422,
      slug: 'notification-late',
      extensions: { deadline: day(100), mepEndsOn: day(100), oldestUnpaidDueDate: day(40) },
    });
    expect((await data.claims.getClaim(context, claim.claimId)).invoices).toHaveLength(1);
    expect((await data.item(orderKeys.invoice(context, ids[1]!)))?.['claimId']).toBeUndefined();
    expect(await data.outbox('claim.invoices_added', (event) => event['claimId'] === claim.claimId)).toEqual([]);
  });

  it('on an insolvent buyer, no deadline applies to the additions', async () => {
    const { context, buyerId, ids } = await account([[1_000_000, 10, 40], [2_000_000, 20, 45]], 68);
    const claim = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [ids[0]!] }, on(100));
    const added = await data.claims.addClaimInvoices(context, claim.claimId, { invoiceIds: [ids[1]!] }, on(101));
    expect(added).toMatchObject({ outstanding: 3_000_000, indemnity: { coveredLoss: 3_000_000, amount: 2_700_000 } });
  });

  it('a claim holds 90 invoices at most, in all', async () => {
    const { context, buyerId, ids } = await account(Array.from({ length: 91 }, (): [number, number, number] => [10_000, 10, 40]), 68);
    const claim = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: ids.slice(0, 89) }, on(74));
    const refused = await data.claims.addClaimInvoices(context, claim.claimId, { invoiceIds: ids.slice(89) }, on(74)).catch((error: unknown) => error);
    expect(errorsOf(refused)).toEqual([['#/invoiceIds', 'too_many']]);
    const added = await data.claims.addClaimInvoices(context, claim.claimId, { invoiceIds: [ids[89]!] }, on(74));
    expect(added.invoices).toHaveLength(90);
  });

  it('only before the indemnity: an indemnified claim answers claim-status; an unknown claim, not-found', async () => {
    const { context, buyerId, ids } = await account([[1_000_000, 10, 40], [2_000_000, 30, 90]], 68);
    const claim = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [ids[0]!] }, on(74));
    await data.claims.indemnify(claim.claimId, on(75));
    await expect(data.claims.addClaimInvoices(context, claim.claimId, { invoiceIds: [ids[1]!] }, on(76))).rejects.toMatchObject({
      status: 409,
      slug: 'claim-status',
      extensions: { claimStatus: 'indemnified' },
    });
    await expect(data.claims.addClaimInvoices(context, 'clm_01JDQBD1E2F3G4H5J6K7M8N9P0', { invoiceIds: [ids[1]!] }, on(76))).rejects.toMatchObject({ status: 404 });
  });

  it('two additions of the same invoice at once: one wins, the other is refused, nothing counted twice', async () => {
    for (let round = 0; round < 2; round += 1) {
      const { context, buyerId, ids } = await account([[6_000_000, 0, 60], [3_000_000, 28, 88]], 68);
      const claim = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [ids[0]!] }, on(74));
      const together = barrier(data.client.dynamodb, 'TransactWrite', 2);
      const outcomes = await Promise.allSettled([
        data.claims.addClaimInvoices(context, claim.claimId, { invoiceIds: [ids[1]!] }, on(74)),
        data.claims.addClaimInvoices(context, claim.claimId, { invoiceIds: [ids[1]!] }, on(74)),
      ]).finally(() => together.remove());
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status: number; slug: string }] : []));
      expect(refused.map((r) => [r.status, r.slug])).toEqual([[409, 'concurrent-update']]);
      const stored = await data.claims.getClaim(context, claim.claimId);
      expect(stored.invoices.map((invoice) => invoice.invoiceId)).toEqual(ids);
      expect(stored).toMatchObject({ outstanding: 9_000_000, indemnity: { outstanding: 9_000_000, coveredLoss: 9_000_000, amount: 8_100_000 } });
      expect(stored.timeline.filter((entry) => entry.event === 'invoices_added')).toHaveLength(1);
      expect(await data.outbox('claim.invoices_added', (event) => event['claimId'] === claim.claimId)).toHaveLength(1);
    }
  });
});
