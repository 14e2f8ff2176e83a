/**
 * Due-date extensions under races: two insurer decisions on one referred request at once
 * decide it once (the invoice and the event follow the winner); two requests on one invoice at
 * once leave one waiting for the insurer and store nothing of the other; a request racing the
 * payment in full of its invoice is stored only with the invoice's new due date (a request
 * refused by the race leaves nothing).
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates.ts';
import { isoDay } from '../../shared/clock/index.ts';
import { extensionKeys, orderKeys } from '../../shared/data/keys.ts';
import { barrier } from './crash.ts';
import { insurer, useDataLayer } from './data-layer.ts';

const day0 = isoDay(new Date());
const on = (days: number) => new Date(`${addDays(day0, days)}T10:00:00Z`);
const day = (days: number) => addDays(day0, days);
let serial = 0;

const data = useDataLayer('extension-races');

/** A tenant (maxExtensionDays 60) with an invoice of 4,000,000 issued day 0, due day 60: mepEndsOn day 120. */
async function invoiced() {
  serial += 1;
  const { context } = await data.newTenant({ name: `Extender ${serial}`, policy: { maxExtensionDays: 60 } }, on(0));
  const buyer = await data.newBuyer({ legalName: `Slow Payer ${serial} SA`, sector: 'G46', grade: 3 }, on(0));
  await data.grantLimit(context, buyer.buyerId, 10_000_000, on(0));
  const [invoice] = await data.orders.createInvoices(context, [{ buyerId: buyer.buyerId, number: `X${serial}`, amount: 4_000_000, currency: 'EUR', issueDate: day(0), dueDate: day(60) }], on(0));
  return { context, buyerId: buyer.buyerId, invoiceId: invoice!.invoiceId };
}

const rejected = (outcomes: PromiseSettledResult<unknown>[]) => outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number; slug?: string }] : []));
const fulfilled = <T>(outcomes: PromiseSettledResult<T>[]) => outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));

describe('due-date extensions under races', () => {
  it('two insurer decisions at once decide once: the invoice and the single event follow the winner', async () => {
    const { context, buyerId, invoiceId } = await invoiced();
    const referred = await data.extensions.requestExtension(context, { invoiceId, newDueDate: day(150) }, on(1));
    expect(referred.status).toBe('referred');
    const together = barrier(data.client.dynamodb, 'TransactWrite', 2);
    const outcomes = await Promise.allSettled([
      data.extensions.decideExtension(insurer, referred.extensionId, { decision: 'approved' }, on(2)),
      data.extensions.decideExtension(insurer, referred.extensionId, { decision: 'refused' }, on(2)),
    ]).finally(() => together.remove());
    const [winner] = fulfilled(outcomes);
    expect(fulfilled(outcomes)).toHaveLength(1);
    expect(rejected(outcomes).map((e) => [e.status, e.slug])).toEqual([[409, 'extension-decided']]);

    const stored = await data.item<{ status: string }>(extensionKeys.request(context, referred.extensionId));
    expect(stored?.status).toBe(winner!.status);
    const invoice = await data.item<{ extendedDueDate?: string; pendingExtensionId?: string }>(orderKeys.invoice(context, invoiceId));
    expect(invoice?.pendingExtensionId).toBeUndefined();
    expect(invoice?.extendedDueDate).toBe(winner!.status === 'approved' ? day(150) : undefined);
    const exposure = await data.orders.getExposure(context, buyerId, on(2));
    expect(exposure.mepEndsOn).toBe(winner!.status === 'approved' ? day(150) : day(120));
    expect(await data.outbox('extension.decided', (event) => event['extensionId'] === referred.extensionId)).toHaveLength(1);
  });

  it('two requests on one invoice at once: one waits for the insurer, nothing of the other is stored', async () => {
    const { context, invoiceId } = await invoiced();
    const together = barrier(data.client.dynamodb, 'TransactWrite', 2);
    const outcomes = await Promise.allSettled([
      data.extensions.requestExtension(context, { invoiceId, newDueDate: day(150) }, on(1)),
      data.extensions.requestExtension(context, { invoiceId, newDueDate: day(160) }, on(1)),
    ]).finally(() => together.remove());
    const [winner] = fulfilled(outcomes);
    expect(fulfilled(outcomes)).toHaveLength(1);
    expect(rejected(outcomes).map((e) => e.status)).toEqual([409]);

    const invoice = await data.item<{ pendingExtensionId?: string }>(orderKeys.invoice(context, invoiceId));
    expect(invoice?.pendingExtensionId).toBe(winner!.extensionId);
    const requests = await data.items(extensionKeys.prefix(context).pk, extensionKeys.prefix(context).skPrefix);
    expect(requests.map((r) => r['extensionId'])).toEqual([winner!.extensionId]);
    expect(await data.outbox('extension.requested', (event) => event['invoiceId'] === invoiceId)).toHaveLength(1);
  });

  it('a request racing the payment in full of its invoice is stored with the invoice’s new due date, or not at all', async () => {
    const { context, invoiceId } = await invoiced();
    const together = barrier(data.client.dynamodb, 'TransactWrite', 2);
    const outcomes = await Promise.allSettled([
      data.extensions.requestExtension(context, { invoiceId, newDueDate: day(100) }, on(1)),
      data.orders.recordPayment(context, invoiceId, { amount: 4_000_000, paidOn: day(1) }, on(1)),
    ]).finally(() => together.remove());
    const invoice = await data.item<{ outstanding: number; agreedDueDate?: string }>(orderKeys.invoice(context, invoiceId));
    const requests = await data.items(extensionKeys.prefix(context).pk, extensionKeys.prefix(context).skPrefix);
    const [request, payment] = outcomes;
    if (request.status === 'fulfilled') {
      // The request was written (on the unpaid invoice): the payment lost the race or followed it.
      expect(invoice?.agreedDueDate).toBe(day(100));
      expect(requests).toHaveLength(1);
    } else {
      expect(payment.status).toBe('fulfilled');
      expect(invoice?.outstanding).toBe(0);
      expect(invoice?.agreedDueDate).toBeUndefined();
      expect(requests).toHaveLength(0);
    }
    expect(rejected(outcomes).every((e) => e.status === 409)).toBe(true);
  });
});
