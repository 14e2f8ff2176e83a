/**
 * Political risk end to end, on the test clock: a Brazilian public buyer (a state company) with
 * a limit of 5,000,000 and an invoice of 4,000,000 due day 30. On day 40 the overdue notified as
 * political opens a claim with riskType political whose waiting period ends on day 160 (120
 * days); on day 160 it is indemnifiable at 95 %: 3,800,000. The same notification on a policy
 * without political cover is refused (422 political-risk-not-covered), and so is one on a
 * private buyer with no country event (422 no-political-event).
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
    body: { name: `Exportateur ${Date.now()}`, policy: samplePolicy({ coverPercent: 90, deductible: 0, coveredCountries: ['FR', 'BR'], inceptionDate: day0, ...policy }) },
  });
  expectStatus(created, 201);
  return created.body.apiKey.key;
}

async function buyerIn(country: string, kind: 'public' | 'private'): Promise<string> {
  registrations += 1;
  const buyer = await op(world.call, 'createBuyer', {
    key: world.insurerKey,
    body: { legalName: `Importadora ${registrations}`, country, registrationId: `POL${Date.now()}${registrations}`, sector: 'G46', grade: 3, kind },
  });
  expectStatus(buyer, 201);
  return buyer.body.buyerId;
}

/** A limit of 5,000,000 and an invoice of 4,000,000 issued day 0, due day 30. */
async function overdue(key: string, buyerId: string): Promise<string> {
  const limit = await op(world.call, 'requestLimit', { key, body: { buyerId, type: 'new', amount: 5_000_000 } });
  expectStatus(limit, 201);
  registrations += 1;
  const invoice = await op(world.call, 'createInvoices', { key, body: { buyerId, number: `BR-${registrations}`, amount: 4_000_000, currency: 'EUR', issueDate: day0, dueDate: on(30) } });
  expectStatus(invoice, 201);
  return single(invoice.body).invoiceId;
}

describe('political risk', () => {
  it('a public buyer’s overdue is a political claim: 120 days, then 95 % of 4,000,000 = 3,800,000', async () => {
    expectStatus(await op(world.call, 'putCountry', { key: world.insurerKey, params: { countryCode: 'BR' }, body: { category: 5 } }), 200);
    const covered = await tenant({ politicalRiskCovered: true, politicalCoverPercent: 95, politicalWaitingPeriodDays: 120 });
    const uncovered = await tenant({ politicalRiskCovered: false });
    const state = await buyerIn('BR', 'public');
    const company = await buyerIn('BR', 'private');
    const invoice = await overdue(covered, state);
    const elsewhere = await overdue(covered, company);
    const uncoveredInvoice = await overdue(uncovered, state);

    await advanceTo(40);
    const notified = await op(world.call, 'notifyOverdue', { key: covered, body: { buyerId: state, invoiceIds: [invoice], cause: 'political' } });
    expectStatus(notified, 201);
    expect(notified.body).toMatchObject({ status: 'in_collection', riskType: 'political', waitingPeriodEndsOn: on(160) });

    const noPolicy = await op(world.call, 'notifyOverdue', { key: uncovered, body: { buyerId: state, invoiceIds: [uncoveredInvoice], cause: 'political' } });
    expectStatus(noPolicy, 422);
    expect(noPolicy.body.type).toBe('https://bouclier.dev/problems/political-risk-not-covered');

    // A private buyer with no country event open when the invoice fell due: not a political loss.
    const noEvent = await op(world.call, 'notifyOverdue', { key: covered, body: { buyerId: company, invoiceIds: [elsewhere], cause: 'political' } });
    expectStatus(noEvent, 422);
    expect(noEvent.body).toMatchObject({ type: 'https://bouclier.dev/problems/no-political-event', invoiceIds: [elsewhere] });

    await advanceTo(159);
    expect((await op(world.call, 'getClaim', { key: covered, params: { claimId: notified.body.claimId } })).body).toMatchObject({ status: 'in_collection' });
    await advanceTo(160);
    const claim = await op(world.call, 'getClaim', { key: covered, params: { claimId: notified.body.claimId } });
    expectStatus(claim, 200);
    expect(claim.body).toMatchObject({ status: 'indemnifiable', riskType: 'political', lossCause: 'political', dateOfLoss: on(160) });
    expect(claim.body.indemnity).toMatchObject({ coverPercent: 95, coveredLoss: 4_000_000, amount: 3_800_000 });
  });
});
