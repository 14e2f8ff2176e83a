/**
 * Invoices, payments and cover checks in another currency than the policy's, on DynamoDB Local.
 *
 * Rates published for 2025-03-01 (still in force today: nothing later is published in this
 * table): USD 1.25, GBP 0.8, KRW 1500 per EUR.
 *
 * | what                                  | own amount        | in the policy currency                         |
 * |---------------------------------------|-------------------|------------------------------------------------|
 * | invoice, EUR policy                   | USD 10,000.00     | 1,000,000 / 1.25 = 800,000 EUR cents           |
 * | invoice, GBP policy (cross via EUR)   | USD 10,000.00     | 1,000,000 / 1.25 × 0.8 = 640,000 GBP pence     |
 * | payment 3.33, left 6.67               | USD 6.67          | 667 / 1.25 = 533.6 → 534: exposure −266        |
 * | payment 3.33, left 3.34               | USD 3.34          | 334 / 1.25 = 267.2 → 267: exposure −267        |
 * | payment 3.34, left 0                  | 0                 | 0: exposure −267 (266 + 267 + 267 = 800)       |
 * | cover check, order USD 5,000.00       | USD 5,000.00      | 500,000 / 1.25 = 400,000 EUR cents judged      |
 * | invoice KRW 1                         | KRW 1             | 1 / 1500 = 0.07 cent → 0: 400, too small       |
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal, TenantContext } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { samplePolicy } from '../support/http-client.ts';
import { orderKeys } from '../../shared/data/keys.ts';
import { useDataLayer } from './data-layer.ts';

const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
const today = new Date().toISOString().slice(0, 10);
const PUBLISHED = '2025-03-01';

const data = useDataLayer('invoice-currencies');
beforeAll(async () => {
  await data.fx.publishFxRates(PUBLISHED, { USD: '1.25', GBP: '0.8', KRW: '1500' }, new Date());
});

let registration = 0;
async function tenant(currency = 'EUR'): Promise<TenantContext> {
  const created = await data.tenancy.createTenant(insurer, { name: `Export ${currency} SAS`, tier: 'standard', policy: PolicyInput.parse(samplePolicy({ currency })) }, new Date());
  return data.access.TenantContext.forInsurer(insurer, created.tenantId);
}
async function buyer(): Promise<string> {
  registration += 1;
  const created = await data.buyers.createBuyer(
    { legalName: 'Client SA', country: 'FR', registrationId: `7${String(Date.now() + registration).slice(-8)}`, sector: 'G46', grade: 2, status: 'active' },
    new Date(),
  );
  return created.buyerId;
}
const invoice = (buyerId: string, amount: number, currency: string) => ({ buyerId, number: `EXP-${(registration += 1)}`, amount, currency, issueDate: today, dueDate: today });
async function exposureOf(context: TenantContext, buyerId: string) {
  const read = await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: orderKeys.exposure(context, buyerId), ConsistentRead: true }));
  return { outstanding: read.Item?.['outstanding'] as number | undefined, used: read.Item?.['used'] as number | undefined };
}

describe('an invoice in another currency', () => {
  it('is kept in its currency and adds its value at the issue date’s rate to exposure; it reads back the same', async () => {
    const context = await tenant();
    const buyerId = await buyer();
    const [created] = await data.orders.createInvoices(context, [invoice(buyerId, 1_000_000, 'USD')], new Date());
    expect(created).toMatchObject({
      amount: 1_000_000,
      outstanding: 1_000_000,
      currency: 'USD',
      policyCurrency: 'EUR',
      amountInPolicyCurrency: 800_000,
      outstandingInPolicyCurrency: 800_000,
      fxRate: { rate: '1.25', publishedFor: PUBLISHED },
    });
    expect(created!.fxRate?.policyCurrencyRate).toBeUndefined();
    expect(await exposureOf(context, buyerId)).toEqual({ outstanding: 800_000, used: 800_000 });
    expect(await data.orders.getInvoice(context, created!.invoiceId)).toEqual(created);
  });

  it('between two currencies other than EUR goes through EUR and shows both rates', async () => {
    const context = await tenant('GBP');
    const buyerId = await buyer();
    const [created] = await data.orders.createInvoices(context, [invoice(buyerId, 1_000_000, 'USD')], new Date());
    expect(created).toMatchObject({ policyCurrency: 'GBP', amountInPolicyCurrency: 640_000, fxRate: { rate: '1.25', publishedFor: PUBLISHED, policyCurrencyRate: { rate: '0.8', publishedFor: PUBLISHED } } });
    expect(await exposureOf(context, buyerId)).toEqual({ outstanding: 640_000, used: 640_000 });
  });

  it('an invoice in the policy currency shows the same amounts, without a rate', async () => {
    const context = await tenant();
    const buyerId = await buyer();
    const [created] = await data.orders.createInvoices(context, [invoice(buyerId, 123_456, 'EUR')], new Date());
    expect(created).toMatchObject({ policyCurrency: 'EUR', amountInPolicyCurrency: 123_456, outstandingInPolicyCurrency: 123_456 });
    expect(created).not.toHaveProperty('fxRate');
  });

  it('without a rate in force: 422 fx-rate-missing naming the currency and day; nothing stored', async () => {
    const context = await tenant();
    const buyerId = await buyer();
    const input = invoice(buyerId, 10_000, 'CHF');
    await expect(data.orders.createInvoices(context, [invoice(buyerId, 10_000, 'EUR'), input], new Date())).rejects.toMatchObject({
      status: 422,
      slug: 'fx-rate-missing',
      extensions: { currency: 'CHF', date: today },
    });
    expect(await exposureOf(context, buyerId)).toEqual({ outstanding: undefined, used: undefined });
    expect((await data.orders.listInvoices(context, { buyerId }, { limit: 10 })).items).toEqual([]);
  });

  it('worth less than half a minor unit of the policy currency: 400 naming the amount', async () => {
    const context = await tenant();
    const buyerId = await buyer();
    await expect(data.orders.createInvoices(context, [invoice(buyerId, 1, 'KRW')], new Date())).rejects.toMatchObject({
      status: 400,
      extensions: { errors: [{ field: 'invoices.0.amount', code: 'too_small_in_policy_currency' }] },
    });
  });

  it('partial payments release, at the booking rate, exactly what the invoice added', async () => {
    const context = await tenant();
    const buyerId = await buyer();
    const [created] = await data.orders.createInvoices(context, [invoice(buyerId, 1_000, 'USD')], new Date());
    expect(created!.amountInPolicyCurrency).toBe(800);
    const steps: [number, number, number][] = [
      // payment, own outstanding left, left in EUR cents
      [333, 667, 534],
      [333, 334, 267],
      [334, 0, 0],
    ];
    for (const [amount, left, leftInPolicy] of steps) {
      const paid = await data.orders.recordPayment(context, created!.invoiceId, { amount, paidOn: today }, new Date());
      expect(paid.invoice).toMatchObject({ outstanding: left, outstandingInPolicyCurrency: leftInPolicy, status: left === 0 ? 'paid' : 'open' });
      expect(await exposureOf(context, buyerId)).toEqual({ outstanding: leftInPolicy, used: leftInPolicy });
      expect(await data.orders.getInvoice(context, created!.invoiceId)).toEqual(paid.invoice);
    }
  });
});

describe('a cover check in another currency', () => {
  it('judges the order in the policy currency at the delivery date’s rate; the order keeps both', async () => {
    const context = await tenant();
    const buyerId = await buyer();
    const granted = await data.limits.requestLimit(context, { buyerId, type: 'new', amount: 1_000_000 }, new Date());
    expect(granted.body.amount).toBe(1_000_000);
    const answer = await data.orders.coverCheck(context, { buyerId, amount: 500_000, currency: 'USD', paymentTermsDays: 30, strategicImportance: 'normal', commit: true }, new Date());
    expect(answer).toMatchObject({
      currency: 'EUR',
      covered: true,
      coveredAmount: 400_000,
      order: { amount: 500_000, currency: 'USD', amountInPolicyCurrency: 400_000, fxRate: { rate: '1.25', publishedFor: PUBLISHED } },
      limit: { amount: 1_000_000, deliveryDate: today },
    });
    expect(await exposureOf(context, buyerId)).toEqual({ outstanding: 0, used: 400_000 });
    expect(await data.orders.getOrder(context, answer.orderId!)).toMatchObject({ amount: 500_000, currency: 'USD', policyCurrency: 'EUR', amountInPolicyCurrency: 400_000, coveredAmount: 400_000 });

    // Too big once converted: the USD 15,000.00 order is EUR 12,000.00, past the 10,000.00 limit.
    const over = await data.orders.coverCheck(context, { buyerId, amount: 1_500_000, currency: 'USD', paymentTermsDays: 30, strategicImportance: 'normal', commit: false }, new Date());
    expect(over).toMatchObject({ coveredAmount: 600_000, uncoveredAmount: 600_000, order: { amountInPolicyCurrency: 1_200_000 } });
  });

  it('in the policy currency, or without one, the order is as sent', async () => {
    const context = await tenant();
    const buyerId = await buyer();
    const answer = await data.orders.coverCheck(context, { buyerId, amount: 500_000, paymentTermsDays: 30, strategicImportance: 'normal', commit: false }, new Date());
    expect(answer.order).toEqual({ amount: 500_000, currency: 'EUR', amountInPolicyCurrency: 500_000 });
  });

  it('without a rate in force: 422 fx-rate-missing', async () => {
    const context = await tenant();
    const buyerId = await buyer();
    await expect(
      data.orders.coverCheck(context, { buyerId, amount: 500_000, currency: 'SEK', paymentTermsDays: 30, strategicImportance: 'normal', commit: true }, new Date()),
    ).rejects.toMatchObject({ status: 422, slug: 'fx-rate-missing' });
    expect(await exposureOf(context, buyerId)).toEqual({ outstanding: undefined, used: undefined });
  });
});
