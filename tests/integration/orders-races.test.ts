/**
 * Invoices, payments and orders under races: a batch of invoices racing a payment on the same
 * buyer, an order invoiced and released at once (one wins), a payment that crashes halfway;
 * after each, the buyer's exposure is the sum of what is stored: outstanding is the invoices'
 * outstanding, committed the committed orders' cover, used their sum.
 */
import { describe, expect, it } from 'vitest';
import type { TenantContext } from '../../shared/access/index.ts';
import { addDays } from '../../shared/domain/dates.ts';
import { isoDay } from '../../shared/clock/index.ts';
import { orderKeys } from '../../shared/data/keys.ts';
import { Crash, barrier, crashOn } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const LIMIT = 20_000_000; // EUR 200,000.00
const today = isoDay(new Date());
let numbers = 0;

const data = useDataLayer('order-races');

/** A tenant with a limit on a fresh buyer. */
async function world(name: string): Promise<{ context: TenantContext; buyerId: string }> {
  const { context } = await data.newTenant({ name });
  const buyer = await data.newBuyer({ legalName: `${name} Customer` });
  await data.grantLimit(context, buyer.buyerId, LIMIT);
  return { context, buyerId: buyer.buyerId };
}

const invoice = (buyerId: string, amount: number, orderId?: string) => {
  numbers += 1;
  return { buyerId, number: `INV-${numbers}`, amount, currency: 'EUR', issueDate: addDays(today, -10), dueDate: addDays(today, 20), ...(orderId ? { orderId } : {}) };
};

const partition = (context: TenantContext, prefix: string) => data.items(orderKeys.exposure(context, 'x').pk, prefix);

/** The exposure stored, against the sums of what the invoices and orders stored say. */
async function expectExposureAddsUp(context: TenantContext, buyerId: string) {
  const invoices = (await partition(context, 'INVOICE#')).filter((item) => item['buyerId'] === buyerId);
  const committedOrders = (await partition(context, 'ORDER#')).filter((item) => item['buyerId'] === buyerId && item['status'] === 'committed');
  const outstanding = invoices.reduce((sum, item) => sum + Number(item['outstanding']), 0);
  const committed = committedOrders.reduce((sum, item) => sum + Number(item['coveredAmount']), 0);
  for (const item of invoices) expect(Number(item['outstanding'])).toBeGreaterThanOrEqual(0);
  const Item = await data.item(orderKeys.exposure(context, buyerId));
  expect({ outstanding: Item?.['outstanding'] ?? 0, committed: Item?.['committed'] ?? 0, used: Item?.['used'] ?? 0 }).toEqual({ outstanding, committed, used: outstanding + committed });
  return { outstanding, committed, invoices };
}

async function commitOrder(context: TenantContext, buyerId: string, amount: number): Promise<{ orderId: string; coveredAmount: number }> {
  const checked = await data.orders.coverCheck(context, { buyerId, amount, paymentTermsDays: 30, strategicImportance: 'normal', commit: true }, new Date());
  expect(checked.orderId).toBeDefined();
  return { orderId: String(checked.orderId), coveredAmount: checked.coveredAmount };
}

const settled = <T,>(outcome: PromiseSettledResult<T>) => (outcome.status === 'rejected' ? (outcome.reason as { status?: number; slug?: string }) : undefined);

describe('orders under races', () => {
  it('batches of invoices racing payments on one buyer: every answer a success or a 409, the exposure adds up', async () => {
    const { context, buyerId } = await world('Busy Batches SAS');
    const [first, second] = await data.orders.createInvoices(context, { invoices: [invoice(buyerId, 1_000_000), invoice(buyerId, 2_000_000)] }, new Date());
    const together = barrier(data.client.dynamodb, 'TransactWrite', 4);
    const outcomes = await Promise.allSettled([
      data.orders.createInvoices(context, { invoices: [invoice(buyerId, 500_000), invoice(buyerId, 700_000)] }, new Date()),
      data.orders.recordPayment(context, first!.invoiceId, { amount: 400_000, paidOn: today }, new Date()),
      data.orders.createInvoices(context, [invoice(buyerId, 300_000)], new Date()),
      data.orders.recordPayment(context, second!.invoiceId, { amount: 2_000_000, paidOn: today }, new Date()),
    ]).finally(() => together.remove());
    const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number }] : []));
    expect(failures.map((failure) => failure.status)).toEqual(failures.map(() => 409));
    const { invoices } = await expectExposureAddsUp(context, buyerId);
    // Each payment that answered is stored once, and only those.
    const payments = await partition(context, 'PAYMENT#');
    expect(payments).toHaveLength([outcomes[1], outcomes[3]].filter((o) => o.status === 'fulfilled').length);
    const paid = invoices.find((item) => item['invoiceId'] === second!.invoiceId)!;
    if (outcomes[3].status === 'fulfilled') expect(paid).toMatchObject({ outstanding: 0, status: 'paid' });
  });

  it('an order invoiced and released at once: one wins, the exposure adds up', async () => {
    const { context, buyerId } = await world('Undecided Orders SAS');
    for (let round = 0; round < 3; round += 1) {
      const order = await commitOrder(context, buyerId, 1_500_000);
      const together = barrier(data.client.dynamodb, 'TransactWrite', 2);
      const [invoiced, released] = await Promise.allSettled([
        data.orders.createInvoices(context, invoice(buyerId, 1_500_000, order.orderId), new Date()),
        data.orders.releaseOrder(context, order.orderId),
      ]).finally(() => together.remove());
      const stored = await data.orders.getOrder(context, order.orderId);
      if (invoiced.status === 'fulfilled') {
        expect(stored.status).toBe('invoiced');
        expect(settled(released)).toMatchObject({ status: 409, slug: 'order-invoiced' });
      } else {
        expect(stored.status).toBe('released');
        expect(released.status).toBe('fulfilled');
        expect(settled(invoiced)?.status).toBe(409);
      }
      await expectExposureAddsUp(context, buyerId);
    }
  });

  it('a payment that crashes halfway changes nothing; the retry pays once', async () => {
    const { context, buyerId } = await world('Crashed Payer SAS');
    const [only] = await data.orders.createInvoices(context, invoice(buyerId, 1_000_000), new Date());
    await commitOrder(context, buyerId, 800_000);
    const before = await expectExposureAddsUp(context, buyerId);
    const crash = crashOn(data.client.dynamodb, 'TransactWrite', { when: 'before' });
    try {
      await expect(data.orders.recordPayment(context, only!.invoiceId, { amount: 600_000, paidOn: today }, new Date())).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(await expectExposureAddsUp(context, buyerId)).toEqual(before);
    expect(await partition(context, 'PAYMENT#')).toHaveLength(0);

    await data.orders.recordPayment(context, only!.invoiceId, { amount: 600_000, paidOn: today }, new Date());
    const after = await expectExposureAddsUp(context, buyerId);
    expect(after.outstanding).toBe(before.outstanding - 600_000);
    expect(await partition(context, 'PAYMENT#')).toHaveLength(1);
  });
});
