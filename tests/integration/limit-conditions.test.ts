/**
 * A limit's conditions and a time-limited approval, where the data changes: the history keeps
 * them with each change, the cover check reads the limit's conditions, the indemnity reads
 * them from the history delivery by delivery, and a refused or reduced request keeps them.
 * Grade 7 by default: a grant up to the ceiling (EUR 100,000.00) is `conditional`, on terms of
 * at most 60 days (the policy allows 120).
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { TenantContext } from '../../shared/access/index.ts';
import { CoverCheckBody } from '../../shared/contract/orders.ts';
import { addDays } from '../../shared/domain/dates.ts';
import { isoDay } from '../../shared/clock/index.ts';
import { limitKeys } from '../../shared/data/keys.ts';
import { insurer, unique, useDataLayer } from './data-layer.ts';

const day0 = addDays(isoDay(new Date()), -200);
const on = (days: number) => new Date(`${addDays(day0, days)}T10:00:00Z`);
const day = (days: number) => addDays(day0, days);

const data = useDataLayer('limit-conditions');

async function sensitiveBuyerWithLimit(): Promise<{ context: TenantContext; buyerId: string }> {
  const { context } = await data.newTenant({}, on(0));
  const buyer = await data.newBuyer({ grade: 7 }, on(0));
  const granted = await data.limits.requestLimit(context, { buyerId: buyer.buyerId, type: 'new', amount: 5_000_000 }, on(0));
  expect(granted.body).toMatchObject({ decision: 'conditional', amount: 5_000_000, conditions: [{ code: 'max_payment_terms', maxPaymentTermsDays: 60 }] });
  return { context, buyerId: buyer.buyerId };
}

const check = (context: TenantContext, buyerId: string, paymentTermsDays: number, at = on(1)) =>
  data.orders.coverCheck(context, CoverCheckBody.parse({ buyerId, amount: 1_000_000, paymentTermsDays, deliveryDate: isoDay(at) }), at);

/** Invoices delivered on `issued` (day offset) on the given terms, notified on day 70, indemnifiable that day. */
async function indemnityOf(context: TenantContext, buyerId: string, invoices: { issued: number; terms: number }[]) {
  const created = await data.orders.createInvoices(
    context,
    invoices.map(({ issued, terms }) => ({ buyerId, number: unique('F'), amount: 1_000_000, currency: 'EUR', issueDate: day(issued), dueDate: day(issued + terms) })),
    on(40),
  );
  const claim = await data.claims.notifyOverdue(context, { buyerId, invoiceIds: created.map((invoice) => invoice.invoiceId) }, on(70));
  const indemnifiable = await data.claims.makeIndemnifiable(context, claim.claimId, day(70), 'protracted_default', on(70));
  const byId = new Map(created.map((invoice, n) => [invoice.invoiceId, n]));
  return {
    indemnity: indemnifiable.indemnity!,
    // In the order the invoices were given: [covered, covered part, reason].
    invoices: [...indemnifiable.indemnity!.invoices].sort((a, b) => byId.get(a.invoiceId)! - byId.get(b.invoiceId)!).map((i) => [i.covered, i.coveredAmount, i.reason.code]),
  };
}

describe("a conditional limit's payment terms", () => {
  it('are kept in the history with the grant and bind the cover check: 60 days covered, 61 not', async () => {
    const { context, buyerId } = await sensitiveBuyerWithLimit();
    const [entry] = await data.limits.limitHistory(context, buyerId);
    expect(entry).toMatchObject({ decision: 'conditional', conditions: [{ code: 'max_payment_terms', maxPaymentTermsDays: 60 }] });
    expect(entry?.expiresOn).toBeUndefined();

    expect(await check(context, buyerId, 60)).toMatchObject({ coveredAmount: 1_000_000, recommendation: 'accept' });
    const beyond = await check(context, buyerId, 61);
    expect(beyond).toMatchObject({ covered: false, coveredAmount: 0, recommendation: 'cash_in_advance', depositAmount: 1_000_000 });
    expect(beyond.reasons.map((reason) => reason.code)).toEqual(['terms_beyond_condition']);
  });

  it('leave an invoice on longer terms out of the indemnity, and it uses none of the limit', async () => {
    const { context, buyerId } = await sensitiveBuyerWithLimit();
    const { indemnity, invoices } = await indemnityOf(context, buyerId, [
      { issued: 1, terms: 60 },
      { issued: 1, terms: 61 },
    ]);
    expect(invoices).toEqual([
      [true, 1_000_000, 'covered'],
      [false, 0, 'terms_beyond_condition'],
    ]);
    expect(indemnity).toMatchObject({ outstanding: 2_000_000, coveredLoss: 1_000_000 });
  });

  it('stay when an increase is refused or the limit reduced: neither frees the tenant of them', async () => {
    const { context, buyerId } = await sensitiveBuyerWithLimit();
    const refused = await data.limits.requestLimit(context, { buyerId, type: 'increase', amount: 4_000_000 }, on(1));
    expect(refused.body).toMatchObject({ decision: 'not_approved', amount: 5_000_000 });
    expect((await check(context, buyerId, 61)).reasons.map((reason) => reason.code)).toEqual(['terms_beyond_condition']);
    const reduced = await data.limits.requestLimit(context, { buyerId, type: 'reduce', amount: 3_000_000 }, on(2));
    expect(reduced.body).toMatchObject({ decision: 'reduced', amount: 3_000_000 });
    expect((await check(context, buyerId, 61, on(2))).reasons.map((reason) => reason.code)).toEqual(['terms_beyond_condition']);
    expect((await data.limits.getLimit(context, buyerId, on(2))).conditions).toEqual([expect.objectContaining({ maxPaymentTermsDays: 60 })]);
    const history = await data.limits.limitHistory(context, buyerId);
    expect(history.map((entry) => [entry.decision, entry.conditions?.map((condition) => condition.maxPaymentTermsDays)])).toEqual([
      ['conditional', [60]],
      ['not_approved', [60]],
      ['reduced', [60]],
    ]);
    // Delivered after the reduction, on 61 days: still outside the condition.
    const { invoices } = await indemnityOf(context, buyerId, [{ issued: 3, terms: 61 }]);
    expect(invoices).toEqual([[false, 0, 'terms_beyond_condition']]);
  });

  it('bind from the stored limit when its latest history entry was recorded before conditions were kept there', async () => {
    const { context, buyerId } = await sensitiveBuyerWithLimit();
    const [entry] = await data.items(limitKeys.historyPrefix(context, buyerId).pk, limitKeys.historyPrefix(context, buyerId).skPrefix);
    await data.table.documents.send(
      new UpdateCommand({ TableName: data.table.name, Key: { pk: entry!['pk'], sk: entry!['sk'] }, UpdateExpression: 'REMOVE conditions' }),
    );
    expect((await data.limits.limitHistory(context, buyerId))[0]?.conditions).toBeUndefined();
    const { invoices } = await indemnityOf(context, buyerId, [
      { issued: 1, terms: 60 },
      { issued: 1, terms: 61 },
    ]);
    expect(invoices).toEqual([
      [true, 1_000_000, 'covered'],
      [false, 0, 'terms_beyond_condition'],
    ]);
  });
});

describe("an underwriter's time-limited approval", () => {
  it('is kept in the history and ends cover in the indemnity after its expiresOn, as in the cover check', async () => {
    const { context } = await data.newTenant({}, on(0));
    const buyer = await data.newBuyer({ grade: 3 }, on(0));
    // EUR 2,000,000.00 is above the grade-3 automatic ceiling of EUR 1,000,000.00: referred.
    const referred = await data.limits.requestLimit(context, { buyerId: buyer.buyerId, type: 'new', amount: 200_000_000 }, on(0));
    expect(referred.status).toBe(202);
    const decided = await data.limits.decideReferral(
      insurer,
      referred.body.referralId!,
      { decision: 'approved', amount: 200_000_000, reasons: [{ code: 'reviewed', message: 'Financials reviewed; approved for the season.' }], conditions: [], expiresOn: day(30) },
      on(0),
    );
    expect(decided).toMatchObject({ decision: 'approved', expiresOn: day(30) });
    const [entry] = await data.limits.limitHistory(context, buyer.buyerId);
    expect(entry).toMatchObject({ source: 'underwriter', expiresOn: day(30), conditions: [] });

    expect((await check(context, buyer.buyerId, 30, on(30))).coveredAmount).toBe(1_000_000);
    expect((await check(context, buyer.buyerId, 30, on(31))).reasons.map((reason) => reason.code)).toEqual(['no_limit']);

    const { indemnity, invoices } = await indemnityOf(context, buyer.buyerId, [
      { issued: 30, terms: 30 },
      { issued: 31, terms: 30 },
    ]);
    expect(invoices).toEqual([
      [true, 1_000_000, 'covered'],
      [false, 0, 'no_limit_at_delivery'],
    ]);
    expect(indemnity.invoices.find((i) => !i.covered)?.reason.message).toContain(`after the time-limited approval of the limit ended on ${day(30)}`);
  });
});
