/**
 * The export worked example, over HTTP on the test clock.
 *
 * Currencies: rates day 0 USD 1.25. A policy in EUR, cover 90 %, political cover 95 %, political
 * waiting period 120 days, deductible 0. A US buyer with a limit of 1,000,000 (EUR cents); an
 * invoice of 1,000,000 USD cents issued day 0 → 800,000 EUR cents of exposure. Rates day 40: USD
 * 1.6. The buyer insolvent on day 40 → covered loss 625,000, indemnity 562,500.
 *
 * Political risk: a Brazilian buyer (category 5), limit 5,000,000; an invoice of 4,000,000 due day
 * 30. A country event transfer_restriction in BR from day 10. Day 40: notified with cause political
 * → 201, riskType political, waiting period ends day 160. Day 160 → indemnifiable, 3,800,000. The
 * same notification on a policy without political cover → 422 political-risk-not-covered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { samplePolicy } from '../support/http-client.ts';
import { expectStatus, op, single } from '../support/op.ts';
import { clockDay0, testDays } from '../support/test-days.ts';

let world: World;
let day0: string;
beforeAll(async () => {
  world = await startWorld();
  day0 = await clockDay0(world);
});
afterAll(async () => {
  await world?.runtime.stop();
});

const { on, advanceTo } = testDays(() => world, () => day0);
let registrations = 0;

async function tenant(policy: Record<string, unknown>): Promise<string> {
  const created = await op(world.call, 'createTenant', {
    key: world.insurerKey,
    body: {
      name: `Exportateur ${Date.now()}`,
      policy: samplePolicy({ coverPercent: 90, deductible: 0, claimThreshold: 0, coveredCountries: ['FR', 'US', 'BR'], inceptionDate: day0, ...policy }),
    },
  });
  expectStatus(created, 201);
  return created.body.apiKey.key;
}

async function buyerWithLimit(key: string, country: string, limit: number): Promise<string> {
  registrations += 1;
  const buyer = await op(world.call, 'createBuyer', {
    key: world.insurerKey,
    body: { legalName: `Importer ${registrations}`, country, registrationId: `EXP${Date.now()}${registrations}`, sector: 'G46', grade: 3 },
  });
  expectStatus(buyer, 201);
  const granted = await op(world.call, 'requestLimit', { key, body: { buyerId: buyer.body.buyerId, type: 'new', amount: limit } });
  expectStatus(granted, 201);
  expect(granted.body).toMatchObject({ decision: 'approved', amount: limit });
  return buyer.body.buyerId;
}

async function invoice(key: string, buyerId: string, amount: number, currency: string, dueDay: number) {
  registrations += 1;
  const created = await op(world.call, 'createInvoices', { key, body: { buyerId, number: `EXP-${registrations}`, amount, currency, issueDate: on(0), dueDate: on(dueDay) } });
  expectStatus(created, 201);
  return single(created.body);
}

describe('export: the worked example', () => {
  it('a USD invoice: 800,000 of exposure at 1.25; insolvent when USD is at 1.6, covered loss 625,000, indemnity 562,500', async () => {
    expectStatus(await op(world.call, 'putFxRates', { key: world.insurerKey, params: { date: on(0) }, body: { rates: { USD: '1.25' } } }), 201);
    const key = await tenant({ politicalRiskCovered: true, politicalCoverPercent: 95, politicalWaitingPeriodDays: 120 });
    const buyerId = await buyerWithLimit(key, 'US', 1_000_000);
    const issued = await invoice(key, buyerId, 1_000_000, 'USD', 30);
    expect(issued).toMatchObject({ amount: 1_000_000, currency: 'USD', amountInPolicyCurrency: 800_000, fxRate: { rate: '1.25', publishedFor: on(0) } });
    const exposure = await op(world.call, 'getExposure', { key, params: { buyerId } });
    expectStatus(exposure, 200);
    expect(exposure.body).toMatchObject({ currency: 'EUR', limit: 1_000_000, outstanding: 800_000, headroom: 200_000 });

    await advanceTo(40);
    expectStatus(await op(world.call, 'putFxRates', { key: world.insurerKey, params: { date: on(40) }, body: { rates: { USD: '1.6' } } }), 201);
    expectStatus(await op(world.call, 'recordRiskEvents', { key: world.insurerKey, body: { buyerId, type: 'insolvency_opened', occurredOn: on(40) } }), 201);
    await world.runtime.bus.drain();
    const notified = await op(world.call, 'notifyOverdue', { key, body: { buyerId, invoiceIds: [issued.invoiceId] } });
    expectStatus(notified, 201);
    expect(notified.body).toMatchObject({ status: 'indemnifiable', riskType: 'commercial', dateOfLoss: on(40) });
    expect(notified.body.invoices[0]).toMatchObject({ invoiceId: issued.invoiceId, amount: 1_000_000, outstanding: 1_000_000, currency: 'USD' });
    expect(notified.body.indemnity).toMatchObject({ outstanding: 625_000, coveredLoss: 625_000, coverPercent: 90, amount: 562_500 });
    expect(notified.body.indemnity?.invoices[0]).toMatchObject({ outstanding: 625_000, coveredAmount: 625_000, original: { outstanding: 1_000_000, currency: 'USD', rate: '1.6', publishedFor: on(40) } });
    expect(notified.body.indemnity?.reasons.find((reason) => reason.code === 'currency_converted')?.message).toBe(
      `Invoice ${issued.invoiceId}: USD 10,000.00 outstanding at the date of loss is EUR 6,250.00 at the reference rate in force that day (USD 1.6 per EUR, published for ${on(40)}), rounded half up.`,
    );
  });
});
