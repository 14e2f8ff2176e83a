/**
 * A buyer's open invoices counted on its exposure item: each write that opens an invoice or pays
 * one off (creation, a payment in full, a claim's collection) moves the count in its own
 * transaction, always equal to the status index's open invoices; a cover check asks that index
 * only when the item does not say for certain that none is open, and the stop of cover still
 * applies from the first check after an invoice opens. An item written before the count was kept
 * is counted at 0 only once its last invoice change is settled, and never over a change it did
 * not see.
 */
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { TenantContext } from '../../shared/access/index.ts';
import { addDays } from '../../shared/domain/dates.ts';
import { isoDay } from '../../shared/clock/index.ts';
import { orderKeys } from '../../shared/data/keys.ts';
import { Crash, crashOn } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const day0 = addDays(isoDay(new Date()), -200);
const on = (days: number, time = '10:00:00') => new Date(`${addDays(day0, days)}T${time}Z`);
const day = (days: number) => addDays(day0, days);
let serial = 0;

const data = useDataLayer('open-invoices');

type Exposure = { openInvoices?: number; openInvoicesCounted?: boolean; invoicesChangedAt?: string; outstanding?: number; countedOutstanding?: number };
const exposureOf = (context: TenantContext, buyerId: string) => data.item<Exposure>(orderKeys.exposure(context, buyerId));

/** The buyer's invoices in the status index's `open` partition, as a cover check reads them. */
async function openInIndex(context: TenantContext, buyerId: string): Promise<number> {
  const { Count } = await data.table.documents.send(
    new QueryCommand({
      TableName: data.table.name,
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk AND begins_with(gsi3sk, :buyer)',
      ExpressionAttributeValues: { ':pk': orderKeys.statusPartition(context, 'open').gsi3pk, ':buyer': orderKeys.statusOfBuyerPrefix(buyerId) },
      Select: 'COUNT',
    }),
  );
  return Count ?? 0;
}

/** The status index's queries the data layer makes while `run` runs. */
async function indexQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const name = `spy-${Math.random().toString(36).slice(2)}`;
  let queries = 0;
  data.client.dynamodb.middlewareStack.add(
    (next, context) => async (args) => {
      const input = (args as { input?: { IndexName?: string } }).input;
      if (String(context.commandName).startsWith('Query') && input?.IndexName === 'gsi3') queries += 1;
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    return { result: await run(), queries };
  } finally {
    data.client.dynamodb.middlewareStack.remove(name);
  }
}

async function insured() {
  serial += 1;
  // maxExtensionDays 60: an invoice due on day d stops cover for deliveries after day d + 60.
  const { context } = await data.newTenant({ name: `Counted ${serial}`, policy: { inceptionDate: day0, maxExtensionDays: 60 } }, on(0));
  const buyer = await data.newBuyer({ legalName: `Counted Buyer ${serial}`, sector: 'G46', grade: 3 }, on(0));
  await data.grantLimit(context, buyer.buyerId, 10_000_000, on(0));
  return { context, buyerId: buyer.buyerId };
}

const invoice = (buyerId: string, number: string, amount: number, issued: number, due: number) => ({ buyerId, number, amount, currency: 'EUR', issueDate: day(issued), dueDate: day(due) });

const check = (context: TenantContext, buyerId: string, deliveryDay: number, at: Date) =>
  data.orders.coverCheck(context, { buyerId, amount: 100_000, paymentTermsDays: 30, deliveryDate: day(deliveryDay), strategicImportance: 'normal', commit: false }, at);

describe('the open invoices counted on the exposure item', () => {
  it('follow creation, payment in full and a claim’s collection, equal to the status index after each write', async () => {
    const { context, buyerId } = await insured();
    const other = await data.newBuyer({ legalName: `Counted Other ${serial}`, sector: 'G46', grade: 3 }, on(0));
    await data.grantLimit(context, other.buyerId, 10_000_000, on(0));
    const agree = async (expected: number) => {
      const exposure = await exposureOf(context, buyerId);
      expect(exposure?.openInvoices).toBe(expected);
      expect(await openInIndex(context, buyerId)).toBe(expected);
    };

    // One batch, two buyers: each counts its own.
    const created = await data.orders.createInvoices(
      context,
      [invoice(buyerId, `O${serial}-1`, 1_000_000, 1, 31), invoice(other.buyerId, `O${serial}-X`, 500_000, 1, 31), invoice(buyerId, `O${serial}-2`, 2_000_000, 2, 32), invoice(buyerId, `O${serial}-3`, 3_000_000, 3, 33)],
      on(3),
    );
    const [first, , second, third] = created.map((i) => i.invoiceId);
    await agree(3);
    expect((await exposureOf(context, other.buyerId))?.openInvoices).toBe(1);
    expect((await exposureOf(context, buyerId))?.invoicesChangedAt).toBe(on(3).toISOString());

    // A part payment leaves the invoice open; the rest pays it off.
    await data.orders.recordPayment(context, first!, { amount: 400_000, paidOn: day(10) }, on(10));
    await agree(3);
    await data.orders.recordPayment(context, first!, { amount: 600_000, paidOn: day(11) }, on(11));
    await agree(2);
    expect((await exposureOf(context, buyerId))?.invoicesChangedAt).toBe(on(11).toISOString());

    // Notified, the invoices stay open; the collection pays the oldest off, then the other.
    const claim = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [second!, third!] }, on(40));
    await agree(2);
    await data.claims.recordCollection(claim.claimId, { amount: 2_500_000, receivedOn: day(45) }, on(45));
    await agree(1);
    await data.claims.recordCollection(claim.claimId, { amount: 2_500_000, receivedOn: day(46) }, on(46));
    await agree(0);
    expect((await exposureOf(context, other.buyerId))?.openInvoices).toBe(1);
  });

  it('in another currency, and over the several transactions of a batch: the count is the index’s', async () => {
    await data.fx.publishFxRates('2025-03-01', { USD: '1.25' }, new Date());
    const { context, buyerId } = await insured();
    const agree = async (expected: number) => {
      expect((await exposureOf(context, buyerId))?.openInvoices).toBe(expected);
      expect(await openInIndex(context, buyerId)).toBe(expected);
    };
    // 25 invoices: two transactions of the batch (20 at most each), every other one in USD.
    const created = await data.orders.createInvoices(
      context,
      Array.from({ length: 25 }, (_, n) => ({ ...invoice(buyerId, `M${serial}-${n}`, 100_000 + n, 1, 31), currency: n % 2 === 0 ? 'USD' : 'EUR' })),
      on(1),
    );
    await agree(25);
    // A USD invoice paid off in two parts.
    await data.orders.recordPayment(context, created[0]!.invoiceId, { amount: 60_000, paidOn: day(5) }, on(5));
    await agree(25);
    await data.orders.recordPayment(context, created[0]!.invoiceId, { amount: 40_000, paidOn: day(6) }, on(6));
    await agree(24);
    // Two USD invoices notified and collected in full, in the policy currency.
    const claim = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: [created[2]!.invoiceId, created[4]!.invoiceId] }, on(40));
    await data.claims.recordCollection(claim.claimId, { amount: claim.outstanding, receivedOn: day(41) }, on(41));
    await agree(22);
  });

  it('a cover check asks the index only when the item does not say none is open; the stop of cover applies from the first check after an invoice opens', async () => {
    const { context, buyerId } = await insured();
    // No exposure item: nothing was ever invoiced, nothing to ask (after the first check here, not even beside the batch).
    const fresh = await indexQueries(() => check(context, buyerId, 100, on(5)));
    expect(fresh.result.covered).toBe(true);
    expect(fresh.queries).toBe(1);
    expect((await indexQueries(() => check(context, buyerId, 100, on(5)))).queries).toBe(0);

    // An invoice due on day 20 opens: deliveries after day 80 are not covered, from the very next check.
    const [open] = await data.orders.createInvoices(context, [invoice(buyerId, `C${serial}-1`, 1_000_000, 10, 20)], on(10));
    const stopped = await indexQueries(() => check(context, buyerId, 100, on(12)));
    expect(stopped.result.covered).toBe(false);
    expect(stopped.result.reasons.map((reason) => reason.code)).toContain('mep_expired');
    expect(stopped.queries).toBe(1);

    // Paid off: the count is 0, not yet fixed (the item was created by that invoice); the next
    // check asks the index and, the change being settled, fixes it. From then on, the item alone.
    await data.orders.recordPayment(context, open!.invoiceId, { amount: 1_000_000, paidOn: day(12) }, on(12));
    expect(await exposureOf(context, buyerId)).toMatchObject({ openInvoices: 0 });
    expect((await exposureOf(context, buyerId))?.openInvoicesCounted).toBeUndefined();
    const again = await indexQueries(() => check(context, buyerId, 100, on(13)));
    expect(again.result.covered).toBe(true);
    expect(again.queries).toBe(1);
    expect(await exposureOf(context, buyerId)).toMatchObject({ openInvoices: 0, openInvoicesCounted: true });
    const fromItem = await indexQueries(() => check(context, buyerId, 100, on(13)));
    expect(fromItem.result.covered).toBe(true);
    expect(fromItem.queries).toBe(0);

    // Another invoice, long overdue: the very next check (without asking beside its batch) stops cover.
    await data.orders.createInvoices(context, [invoice(buyerId, `C${serial}-2`, 300_000, 13, 14)], on(14));
    const stoppedAgain = await indexQueries(() => check(context, buyerId, 100, on(14)));
    expect(stoppedAgain.result.reasons.map((reason) => reason.code)).toEqual(['mep_expired']);
    expect(stoppedAgain.queries).toBe(1);
  });

  it('an item written before the count was kept is counted at 0 once settled, never over a change it did not see', async () => {
    const { context, buyerId } = await insured();
    const [paidOff] = await data.orders.createInvoices(context, [invoice(buyerId, `L${serial}-1`, 1_000_000, 1, 31)], on(1));
    await data.orders.recordPayment(context, paidOff!.invoiceId, { amount: 1_000_000, paidOn: day(5) }, on(5));
    // As the previous code left it: the money, not the count.
    const old = async () =>
      data.table.documents.send(
        new UpdateCommand({ TableName: data.table.name, Key: orderKeys.exposure(context, buyerId), UpdateExpression: 'REMOVE openInvoices, openInvoicesCounted, invoicesChangedAt' }),
      );
    await old();

    // Not counted while this code has not run for longer than a Lambda invocation (nor over a stale read).
    const item = (await exposureOf(context, buyerId))!;
    const counted = (at: Date, since: Date, seen: Exposure = item) => data.orders.countNoOpenInvoices(context, buyerId, seen, at, since);
    expect(await counted(on(5, '10:10:00'), on(5))).toBe(false);
    expect((await exposureOf(context, buyerId))?.openInvoicesCounted).toBeUndefined();

    // An invoice opened by the previous code after the item was read: its outstanding moved, no count.
    await data.orders.createInvoices(context, [invoice(buyerId, `L${serial}-2`, 2_000_000, 6, 36)], on(6));
    await old();
    expect(await counted(on(6, '10:30:00'), on(5))).toBe(false);
    expect((await exposureOf(context, buyerId))?.openInvoicesCounted).toBeUndefined();

    // This code pays it off: the raw count it keeps is wrong (it never saw the invoice open), and
    // not trusted; 20 minutes after that change, with nothing changed since the item was read,
    // the count is fixed at 0.
    const [second] = (await data.items(orderKeys.exposure(context, buyerId).pk, 'INVOICE#')).filter((i) => i['number'] === `L${serial}-2`);
    await data.orders.recordPayment(context, String(second!['invoiceId']), { amount: 2_000_000, paidOn: day(7) }, on(7));
    const now = (await exposureOf(context, buyerId))!;
    expect(now).toMatchObject({ openInvoices: -1, invoicesChangedAt: on(7).toISOString() });
    expect(now.openInvoicesCounted).toBeUndefined();
    expect(await counted(on(7, '10:19:00'), on(5), now)).toBe(false);
    expect(await counted(on(7, '10:21:00'), on(5), now)).toBe(true);
    expect(await exposureOf(context, buyerId)).toMatchObject({ openInvoices: 0, openInvoicesCounted: true });
    // Counted: read afresh, the item needs no count again.
    const fresh = await exposureOf(context, buyerId);
    if (!fresh) throw new Error('the exposure item is gone');
    expect(await counted(on(7, '10:30:00'), on(5), fresh)).toBe(false);

    // Kept exact from then on by the writes: a new invoice counts 1 and stops the cover it should.
    await data.orders.createInvoices(context, [invoice(buyerId, `L${serial}-3`, 500_000, 8, 20)], on(8));
    expect(await exposureOf(context, buyerId)).toMatchObject({ openInvoices: 1, openInvoicesCounted: true });
    expect(await openInIndex(context, buyerId)).toBe(1);
    const stopped = await check(context, buyerId, 100, on(9));
    expect(stopped.covered).toBe(false);
  });

  it('a count of 0 not yet fixed is not trusted: an invoice the previous code opened still stops cover', async () => {
    const { context, buyerId } = await insured();
    await data.orders.createInvoices(context, [invoice(buyerId, `U${serial}-1`, 1_000_000, 1, 10)], on(1));
    await data.table.documents.send(
      new UpdateCommand({ TableName: data.table.name, Key: orderKeys.exposure(context, buyerId), UpdateExpression: 'REMOVE openInvoices, openInvoicesCounted, invoicesChangedAt' }),
    );
    // This code opens and pays off another: the raw count is back at 0, the first invoice still open.
    const [other] = await data.orders.createInvoices(context, [invoice(buyerId, `U${serial}-2`, 200_000, 2, 40)], on(2));
    await data.orders.recordPayment(context, other!.invoiceId, { amount: 200_000, paidOn: day(3) }, on(3));
    expect(await exposureOf(context, buyerId)).toMatchObject({ openInvoices: 0 });
    for (let round = 0; round < 2; round += 1) {
      const stopped = await check(context, buyerId, 100, on(4));
      expect(stopped.reasons.map((reason) => reason.code)).toEqual(['mep_expired']);
    }
    expect((await exposureOf(context, buyerId))?.openInvoicesCounted).toBeUndefined();
  });

  it('after a rollback to code that did not keep the count, the count is not trusted until fixed anew', async () => {
    const { context, buyerId } = await insured();
    const [first] = await data.orders.createInvoices(context, [invoice(buyerId, `R${serial}-1`, 1_000_000, 1, 31)], on(1));
    await data.orders.recordPayment(context, first!.invoiceId, { amount: 1_000_000, paidOn: day(2) }, on(2));
    await check(context, buyerId, 60, on(40));
    expect(await exposureOf(context, buyerId)).toMatchObject({ openInvoices: 0, openInvoicesCounted: true, countedOutstanding: 0, outstanding: 0 });

    // The previous code opens an invoice due on day 42: what it writes moves the money, not the count.
    const [opened] = await data.orders.createInvoices(context, [invoice(buyerId, `R${serial}-2`, 400_000, 41, 42)], on(41));
    await data.table.documents.send(
      new UpdateCommand({
        TableName: data.table.name,
        Key: orderKeys.exposure(context, buyerId),
        UpdateExpression: 'ADD openInvoices :less, countedOutstanding :minus SET invoicesChangedAt = :before',
        ExpressionAttributeValues: { ':less': -1, ':minus': -400_000, ':before': on(2).toISOString() },
      }),
    );
    expect(await exposureOf(context, buyerId)).toMatchObject({ openInvoices: 0, openInvoicesCounted: true, outstanding: 400_000, countedOutstanding: 0 });

    // Back on this code: a commitment moves nothing of the count; the check still asks the index, and the stop of cover holds.
    for (const commit of [true, false]) {
      const order = await data.orders.coverCheck(context, { buyerId, amount: 100_000, paymentTermsDays: 30, deliveryDate: day(43), strategicImportance: 'normal', commit }, on(43));
      expect(order.covered).toBe(true);
    }
    const { result, queries } = await indexQueries(() => check(context, buyerId, 103, on(43)));
    expect(result.reasons.map((reason) => reason.code)).toEqual(['mep_expired']);
    expect(queries).toBe(1);

    // Paid off by this code: the index has none, and 20 minutes on the count is fixed anew.
    await data.orders.recordPayment(context, opened!.invoiceId, { amount: 400_000, paidOn: day(44) }, on(44));
    await check(context, buyerId, 60, on(45));
    const fixed = await exposureOf(context, buyerId);
    expect(fixed).toMatchObject({ openInvoices: 0, openInvoicesCounted: true });
    expect(fixed?.countedOutstanding).toBe(fixed?.outstanding);
    expect((await indexQueries(() => check(context, buyerId, 60, on(45)))).queries).toBe(0);
  });

  it('a check whose batch and index query both fail answers that failure once, nothing left unhandled', async () => {
    const { context, buyerId } = await insured();
    const batch = crashOn(data.client.dynamodb, 'BatchGetItem');
    const query = crashOn(data.client.dynamodb, 'Query');
    try {
      await expect(check(context, buyerId, 60, on(5))).rejects.toBeInstanceOf(Crash);
      expect(batch.fired() && query.fired()).toBe(true);
    } finally {
      batch.remove();
      query.remove();
    }
    // The query's failure, never awaited by the check, must not surface later as an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it('a settled item changed by this code since it was read is not counted; the next check counts it', async () => {
    const { context, buyerId } = await insured();
    const [first] = await data.orders.createInvoices(context, [invoice(buyerId, `S${serial}-1`, 1_000_000, 1, 31)], on(1));
    await data.orders.recordPayment(context, first!.invoiceId, { amount: 1_000_000, paidOn: day(2) }, on(2));
    await data.table.documents.send(
      new UpdateCommand({ TableName: data.table.name, Key: orderKeys.exposure(context, buyerId), UpdateExpression: 'REMOVE openInvoicesCounted' }),
    );
    const seen = (await exposureOf(context, buyerId))!;
    expect(seen.openInvoicesCounted).toBeUndefined();
    // A payment elsewhere? No: an invoice opened and paid off at once leaves outstanding as it was, but not invoicesChangedAt.
    const [second] = await data.orders.createInvoices(context, [invoice(buyerId, `S${serial}-2`, 700_000, 3, 33)], on(3));
    await data.orders.recordPayment(context, second!.invoiceId, { amount: 700_000, paidOn: day(3) }, on(3, '11:00:00'));
    expect((await exposureOf(context, buyerId))?.outstanding).toBe(seen.outstanding);
    expect(await data.orders.countNoOpenInvoices(context, buyerId, seen, on(4), on(0))).toBe(false);
    expect((await exposureOf(context, buyerId))?.openInvoicesCounted).toBeUndefined();
    // A check, settled (its last change, and this code's first check here, 20 minutes old), reads it afresh, finds none in the index and counts it.
    await check(context, buyerId, 60, on(30));
    expect(await exposureOf(context, buyerId)).toMatchObject({ openInvoices: 0, openInvoicesCounted: true });
  });

  it('a count write the table throttles is left for the next check; one it refuses as malformed is a defect, and fails the check', async () => {
    /** As the SDK gives them: DynamoDB throttling, and a request it refuses as invalid. */
    const throttled = () => Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), { name: 'ThrottlingException', $fault: 'client', $metadata: { httpStatusCode: 400 }, $retryable: { throttling: true } });
    const malformed = () => Object.assign(new Error('One or more parameter values were invalid'), { name: 'ValidationException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    for (const [error, answers] of [[throttled, true], [malformed, false]] as const) {
      const { context, buyerId } = await insured();
      const [first] = await data.orders.createInvoices(context, [invoice(buyerId, `F${serial}-1`, 1_000_000, 1, 31)], on(1));
      await data.orders.recordPayment(context, first!.invoiceId, { amount: 1_000_000, paidOn: day(2) }, on(2));
      await data.table.documents.send(
        new UpdateCommand({ TableName: data.table.name, Key: orderKeys.exposure(context, buyerId), UpdateExpression: 'REMOVE openInvoicesCounted' }),
      );
      const write = crashOn(data.client.dynamodb, 'Update', { error });
      try {
        const checked = check(context, buyerId, 60, on(30));
        if (answers) expect((await checked).covered).toBe(true);
        else await expect(checked).rejects.toMatchObject({ name: 'ValidationException' });
        expect(write.fired(), 'the check tried to fix the count').toBe(true);
      } finally {
        write.remove();
      }
      expect((await exposureOf(context, buyerId))?.openInvoicesCounted).toBeUndefined();
      // The next check fixes it.
      await check(context, buyerId, 60, on(31));
      expect(await exposureOf(context, buyerId)).toMatchObject({ openInvoices: 0, openInvoicesCounted: true });
    }
  });
});
