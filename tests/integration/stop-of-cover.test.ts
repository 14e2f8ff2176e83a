/**
 * The stop of cover reaches the claim: a notification keeps the buyer's mepEndsOn on the claim,
 * and the indemnity computed at the date of loss leaves out an invoice delivered after it
 * (delivered_after_stop_of_cover), while one delivered on it is covered.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates.ts';
import { isoDay } from '../../shared/clock/index.ts';
import { useDataLayer } from './data-layer.ts';

const day0 = addDays(isoDay(new Date()), -200);
const on = (days: number) => new Date(`${addDays(day0, days)}T10:00:00Z`);
const day = (days: number) => addDays(day0, days);

const data = useDataLayer('stop-of-cover');

describe('the stop of cover in the claim', () => {
  it('keeps mepEndsOn at notification and leaves out of the indemnity what was delivered after it', async () => {
    // maxExtensionDays 60, notificationPeriodDays 30: oldest due day 10 → mepEndsOn day 70, deadline day 100.
    const { context } = await data.newTenant({ name: 'Stopped Cover SA', policy: { inceptionDate: day0, maxExtensionDays: 60, notificationPeriodDays: 30, coverPercent: 90 } }, on(0));
    const buyer = await data.newBuyer({ legalName: 'Late Payer SA', sector: 'G46', grade: 3 }, on(0));
    await data.grantLimit(context, buyer.buyerId, 10_000_000, on(0));
    const invoices = await data.orders.createInvoices(
      context,
      [
        { buyerId: buyer.buyerId, number: 'S-OLD', amount: 1_000_000, currency: 'EUR', issueDate: day(0), dueDate: day(10) },
        { buyerId: buyer.buyerId, number: 'S-ON', amount: 2_000_000, currency: 'EUR', issueDate: day(70), dueDate: day(80) },
        { buyerId: buyer.buyerId, number: 'S-AFTER', amount: 3_000_000, currency: 'EUR', issueDate: day(71), dueDate: day(81) },
      ],
      on(71),
    );
    await data.makeInsolvent(buyer.buyerId, day(95));
    const claim = await data.claims.notifyOverdue(context, { buyerId: buyer.buyerId, invoiceIds: invoices.map((i) => i.invoiceId) }, on(100));
    expect(claim).toMatchObject({ deadline: day(100), mepEndsOn: day(70), status: 'indemnifiable' });
    const [old, onMep, after] = invoices.map((i) => i.invoiceId);
    expect(claim.indemnity?.invoices.map((i) => [i.invoiceId, i.covered, i.coveredAmount, i.reason.code])).toEqual([
      [old, true, 1_000_000, 'covered'],
      [onMep, true, 2_000_000, 'covered'],
      [after, false, 0, 'delivered_after_stop_of_cover'],
    ]);
    // 90 % of 3,000,000.
    expect(claim.indemnity).toMatchObject({ outstanding: 6_000_000, coveredLoss: 3_000_000, amount: 2_700_000 });
  });

  it('warns before a deadline more than a year after the due date (maxExtensionDays 365 + notificationPeriodDays 30)', async () => {
    // Due 380 days ago: mepEndsOn due + 365, deadline due + 395 = 15 days from today.
    const today = isoDay(new Date());
    const due = addDays(today, -380);
    const { context } = await data.newTenant({ name: 'Long Extension SA', policy: { maxExtensionDays: 365, notificationPeriodDays: 30, maxCreditPeriodDays: 365 } }, new Date(`${addDays(due, -30)}T10:00:00Z`));
    const buyer = await data.newBuyer({ legalName: 'Very Late Payer SA', sector: 'G46', grade: 3 });
    const [invoice] = await data.orders.createInvoices(context, [{ buyerId: buyer.buyerId, number: 'L-1', amount: 500_000, currency: 'EUR', issueDate: addDays(due, -30), dueDate: due }], new Date());
    await data.claims.warnDeadlines(today, new Date());
    const warnings = await data.outbox('claim.deadline_approaching', (event) => event['invoiceId'] === invoice!.invoiceId);
    expect(warnings.map((w) => [w.data['deadline'], w.data['mepEndsOn'], w.data['daysLeft']])).toEqual([[addDays(due, 395), addDays(due, 365), 15]]);
  });
});
