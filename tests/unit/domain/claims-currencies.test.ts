/**
 * Claims on invoices in another currency than the policy's: each invoice's outstanding is
 * converted at the reference rate in force on the date of loss (half up, once, through EUR), and
 * the breakdown shows what it was, the rate and what it became.
 */
import { describe, expect, it } from 'vitest';
import { allocateCollection, computeIndemnity, totalOutstanding, type ClaimInvoice, type IndemnityPolicy, type LimitStep } from '../../../shared/domain/claims.ts';
import type { RatesOn } from '../../../shared/domain/fx.ts';

const POLICY: IndemnityPolicy = { coverPercent: 90, deductible: 0, claimThreshold: 0, maxLiability: 1_000_000_000, maxCreditPeriodDays: 120, currency: 'EUR' };
/** EUR 10,000.00 from 2026-01-01. */
const LIMIT: LimitStep[] = [{ from: '2026-01-01', total: 1_000_000 }];
const DAY_40 = '2026-02-10';

function rates(day: string, table: Record<string, number>): RatesOn {
  return { day, rates: Object.fromEntries(Object.entries(table).map(([currency, ratePpm]) => [currency, { ratePpm, publishedFor: day }])) };
}

function invoice(invoiceId: string, outstanding: number, currency?: string): ClaimInvoice {
  return { invoiceId, amount: outstanding, outstanding, issueDate: '2026-01-01', dueDate: '2026-01-31', ...(currency ? { currency } : {}) };
}

const valued = (invoices: ClaimInvoice[], policy: Partial<IndemnityPolicy>, on: RatesOn | undefined, steps = LIMIT) =>
  computeIndemnity({ invoices, limitSteps: steps, policy: { ...POLICY, ...policy }, indemnifiedThisPolicyYear: 0, ratesOnDateOfLoss: on });

describe('an invoice in another currency, at the rate in force on the date of loss', () => {
  it.each<[string, ClaimInvoice, string, Record<string, number>, number]>([
    // invoice, policy currency, rates on the date of loss (ppm) → outstanding in the policy currency
    ['the issue: USD 10,000.00 at USD 1.6 = EUR 6,250.00 (it was EUR 8,000.00 at 1.25 when issued)', invoice('A', 1_000_000, 'USD'), 'EUR', { USD: 1_600_000 }, 625_000],
    ['USD 0.01 at USD 2 = EUR 0.005, half up to EUR 0.01', invoice('A', 1, 'USD'), 'EUR', { USD: 2_000_000 }, 1],
    ['USD 0.01 at USD 2.000001 = EUR 0.00499…, down to 0', invoice('A', 1, 'USD'), 'EUR', { USD: 2_000_001 }, 0],
    ['EUR 100.00 on a USD policy at USD 1.25 = USD 125.00', invoice('A', 10_000, 'EUR'), 'USD', { USD: 1_250_000 }, 12_500],
    ['USD 100.00 on a GBP policy through EUR: × 0.8 / 1.25 = GBP 64.00', invoice('A', 10_000, 'USD'), 'GBP', { USD: 1_250_000, GBP: 800_000 }, 6_400],
    ['JPY 1,000,000 on an EUR policy at JPY 160 = EUR 6,250.00', invoice('A', 1_000_000, 'JPY'), 'EUR', { JPY: 160_000_000 }, 625_000],
    ['EUR 1.01 on a JPY policy at JPY 161.23 = 162.84 yen, half up to 163', invoice('A', 101, 'EUR'), 'JPY', { JPY: 161_230_000 }, 163],
  ])('%s', (_case, given, currency, table, expected) => {
    const steps = [{ from: '2026-01-01', total: 9_000_000_000 }];
    const result = valued([given], { currency }, rates(DAY_40, table), steps);
    expect(result.outstanding).toBe(expected);
    expect(result.invoices[0]?.outstanding).toBe(expected);
    expect(result.invoices[0]?.original).toMatchObject({ outstanding: given.outstanding, currency: given.currency, publishedFor: DAY_40 });
  });

  it('the issue’s worked example: covered loss 625,000, indemnity 562,500, with the sentence', () => {
    const result = valued([invoice('inv_us', 1_000_000, 'USD')], {}, rates(DAY_40, { USD: 1_600_000 }));
    expect(result).toMatchObject({ outstanding: 625_000, coveredLoss: 625_000, amount: 562_500 });
    expect(result.invoices[0]).toMatchObject({ invoiceId: 'inv_us', outstanding: 625_000, covered: true, coveredAmount: 625_000, original: { outstanding: 1_000_000, currency: 'USD', rate: '1.6', publishedFor: DAY_40 } });
    expect(result.reasons[0]).toEqual({
      code: 'currency_converted',
      message: `Invoice inv_us: USD 10,000.00 outstanding at the date of loss is EUR 6,250.00 at the reference rate in force that day (USD 1.6 per EUR, published for ${DAY_40}), rounded half up.`,
    });
  });

  it('names both rates of a cross conversion', () => {
    const result = valued([invoice('A', 10_000, 'USD')], { currency: 'GBP' }, rates(DAY_40, { USD: 1_250_000, GBP: 800_000 }), [{ from: '2026-01-01', total: 9_000_000 }]);
    expect(result.invoices[0]?.original).toEqual({ outstanding: 10_000, currency: 'USD', rate: '1.25', publishedFor: DAY_40, policyCurrencyRate: { rate: '0.8', publishedFor: DAY_40 } });
    expect(result.reasons[0]?.message).toBe(
      `Invoice A: USD 100.00 outstanding at the date of loss is GBP 64.00 at the reference rate in force that day (USD 1.25 per EUR, published for ${DAY_40}, and GBP 0.8 per EUR, published for ${DAY_40}), rounded half up.`,
    );
  });

  it('an invoice in EUR on a USD policy shows the policy currency’s rate, once', () => {
    const result = valued([invoice('A', 10_000, 'EUR')], { currency: 'USD' }, rates(DAY_40, { USD: 1_250_000 }), [{ from: '2026-01-01', total: 9_000_000 }]);
    expect(result.invoices[0]?.original).toEqual({ outstanding: 10_000, currency: 'EUR', rate: '1.25', publishedFor: DAY_40 });
    expect(result.reasons[0]?.message).toBe(
      `Invoice A: EUR 100.00 outstanding at the date of loss is USD 125.00 at the reference rate in force that day (USD 1.25 per EUR, published for ${DAY_40}), rounded half up.`,
    );
  });

  it('caps the converted loss by the limit in the policy currency, and leaves policy-currency invoices as they are', () => {
    // EUR 6,250.00 + EUR 5,000.00 against a limit of EUR 10,000.00: delivery order caps the second.
    const result = valued([invoice('A', 1_000_000, 'USD'), { ...invoice('B', 500_000), issueDate: '2026-01-02', dueDate: '2026-02-01' }], {}, rates(DAY_40, { USD: 1_600_000 }));
    expect(result.invoices.map((line) => [line.invoiceId, line.outstanding, line.coveredAmount, line.original?.currency])).toEqual([
      ['A', 625_000, 625_000, 'USD'],
      ['B', 500_000, 375_000, undefined],
    ]);
    expect(result.coveredLoss).toBe(1_000_000);
    expect(result.reasons.filter((reason) => reason.code === 'currency_converted')).toHaveLength(1);
  });

  it('an invoice in the policy currency needs no rate; one in another needs its rate in force', () => {
    expect(valued([invoice('A', 100_000, 'EUR')], {}, undefined).outstanding).toBe(100_000);
    expect(() => valued([invoice('A', 100_000, 'USD')], {}, undefined)).toThrow(/ratesOnDateOfLoss is required: invoice A is in USD/);
    expect(() => valued([invoice('A', 100_000, 'USD')], {}, rates(DAY_40, { GBP: 800_000 }))).toThrow(/no reference rate for USD is in force on 2026-02-10/);
    expect(() => valued([invoice('A', 100_000, 'USD')], { currency: 'GBP' }, rates(DAY_40, { USD: 1_250_000 }))).toThrow(/no reference rate for GBP/);
  });
});

describe('a collection before the date of loss on an invoice in another currency', () => {
  /** USD outstanding and what it adds to exposure in EUR (at its issue date's rate). */
  const usd = (invoiceId: string, outstanding: number, inPolicy: number, dueDate = '2026-01-31'): ClaimInvoice => ({
    invoiceId,
    amount: outstanding,
    outstanding,
    issueDate: '2026-01-01',
    dueDate,
    currency: 'USD',
    outstandingInPolicyCurrency: inPolicy,
  });
  it.each<[string, ClaimInvoice[], number, [string, number][], [number, number][]]>([
    // invoices, collected (EUR cents) → allocations (EUR cents), then each invoice's [own outstanding, in EUR] after
    // USD 10,000.00 booked at 1.25 = EUR 8,000.00; EUR 2,000.00 collected leaves 6,000.00: USD 10,000.00 × 6,000 / 8,000 = 7,500.00.
    ['the worked example: a quarter collected leaves three quarters of the USD', [usd('A', 1_000_000, 800_000)], 200_000, [['A', 200_000]], [[750_000, 600_000]]],
    // USD 10.00 = EUR 8.00; EUR 3.33 collected leaves 4.67: 1,000 × 467 / 800 = 583.75 → 584 (half up).
    ['the own outstanding is rounded half up', [usd('A', 1_000, 800)], 333, [['A', 333]], [[584, 467]]],
    // 1,000 × 1 / 800 = 1.25 → 1; the EUR cent left still counts.
    ['one cent left in EUR', [usd('A', 1_000, 800)], 799, [['A', 799]], [[1, 1]]],
    ['all of it clears both amounts', [usd('A', 1_000, 800)], 800, [['A', 800]], [[0, 0]]],
    // Oldest first, across currencies: the EUR invoice (due first) is cleared, the USD one gets the rest.
    [
      'oldest first, whatever the currency',
      [usd('U', 1_000_000, 800_000, '2026-02-28'), { invoiceId: 'E', amount: 100_000, outstanding: 100_000, issueDate: '2026-01-01', dueDate: '2026-01-31' }],
      500_000,
      [
        ['E', 100_000],
        ['U', 400_000],
      ],
      [
        [500_000, 400_000],
        [0, 0],
      ],
    ],
  ])('%s', (_case, invoices, amount, allocations, after) => {
    expect(totalOutstanding(invoices)).toBe(invoices.reduce((sum, invoice) => sum + (invoice.outstandingInPolicyCurrency ?? invoice.outstanding), 0));
    const result = allocateCollection(invoices, amount);
    expect(result.allocations).toEqual(allocations.map(([invoiceId, part]) => ({ invoiceId, amount: part })));
    expect(result.invoices.map((invoice) => [invoice.outstanding, invoice.outstandingInPolicyCurrency ?? invoice.outstanding])).toEqual(after);
    expect(totalOutstanding(result.invoices)).toBe(totalOutstanding(invoices) - amount);
  });

  it('refuses an outstanding in the policy currency without the invoice’s currency', () => {
    expect(() => totalOutstanding([{ invoiceId: 'A', amount: 1_000, outstanding: 1_000, issueDate: '2026-01-01', dueDate: '2026-01-31', outstandingInPolicyCurrency: 800 }])).toThrow(RangeError);
  });
});
