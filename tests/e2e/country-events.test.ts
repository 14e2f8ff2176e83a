/**
 * The export worked example, political part, over HTTP on the test clock.
 *
 * A Brazilian private buyer (BR in category 5), a limit of 5,000,000 and an invoice of 4,000,000
 * issued day 0, due day 30, on a policy in EUR covering political risk (cover 95 %, waiting
 * period 120 days). A country event transfer_restriction opened in BR from day 10: the tenant
 * and its broker receive country.event_opened (signed) listing the buyer; limit requests there
 * are referred and cover checks send cash in advance. Day 40: the overdue notified with cause
 * political → 201, riskType political, waiting period ends day 160. Day 160 → indemnifiable,
 * 3,800,000. The same notification on a policy without political cover → 422
 * political-risk-not-covered. Closing the event tells them again (country.event_closed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { samplePolicy } from '../support/http-client.ts';
import { expectStatus, op, single } from '../support/op.ts';
import { clockDay0, testDays } from '../support/test-days.ts';
import { startReceiver, type Receiver } from '../support/webhook-receiver.ts';

let world: World;
let receiver: Receiver;
let day0: string;
beforeAll(async () => {
  world = await startWorld();
  receiver = await startReceiver();
  day0 = await clockDay0(world);
});
afterAll(async () => {
  await receiver?.close();
  await world?.runtime.stop();
});

const { on, advanceTo } = testDays(() => world, () => day0);
let registrations = 0;

async function tenant(policy: Record<string, unknown>): Promise<{ tenantId: string; key: string }> {
  const created = await op(world.call, 'createTenant', {
    key: world.insurerKey,
    body: { name: `Exportateur ${Date.now()}`, policy: samplePolicy({ coverPercent: 90, deductible: 0, claimThreshold: 0, coveredCountries: ['FR', 'BR'], inceptionDate: day0, ...policy }) },
  });
  expectStatus(created, 201);
  return { tenantId: created.body.tenantId, key: created.body.apiKey.key };
}

/** A limit of 5,000,000 and an invoice of 4,000,000 issued day 0, due day 30. */
async function overdue(key: string, buyerId: string): Promise<string> {
  expectStatus(await op(world.call, 'requestLimit', { key, body: { buyerId, type: 'new', amount: 5_000_000 } }), 201);
  registrations += 1;
  const invoice = await op(world.call, 'createInvoices', { key, body: { buyerId, number: `BR-${registrations}`, amount: 4_000_000, currency: 'EUR', issueDate: day0, dueDate: on(30) } });
  expectStatus(invoice, 201);
  return single(invoice.body).invoiceId;
}

async function subscribe(key: string, path: string): Promise<string> {
  const created = await op(world.call, 'createWebhook', { key, body: { url: `${receiver.url}/${path}`, eventTypes: ['country.event_opened', 'country.event_closed'] } });
  expectStatus(created, 201);
  return created.body.secret;
}

describe('export: the worked example, political part', () => {
  it('a transfer restriction in BR: tenants and brokers told, referrals and cash in advance; a political claim of 3,800,000 on day 160', async () => {
    expectStatus(await op(world.call, 'putCountry', { key: world.insurerKey, params: { countryCode: 'BR' }, body: { category: 5 } }), 200);
    const covered = await tenant({ politicalRiskCovered: true, politicalCoverPercent: 95, politicalWaitingPeriodDays: 120 });
    const uncovered = await tenant({ politicalRiskCovered: false });
    const broker = await op(world.call, 'createBroker', { key: world.insurerKey, body: { name: 'Courtage Export', tenantIds: [covered.tenantId] } });
    expectStatus(broker, 201);
    const tenantSecret = await subscribe(covered.key, `tenant/${covered.tenantId}`);
    const brokerSecret = await subscribe(broker.body.apiKey.key, `broker/${broker.body.brokerId}`);
    const buyer = await op(world.call, 'createBuyer', {
      key: world.insurerKey,
      body: { legalName: 'Importadora Paulista Ltda', country: 'BR', registrationId: `CNPJ${Date.now()}`, sector: 'G46', grade: 3 },
    });
    expectStatus(buyer, 201);
    const buyerId = buyer.body.buyerId;
    const invoice = await overdue(covered.key, buyerId);
    const uncoveredInvoice = await overdue(uncovered.key, buyerId);

    await advanceTo(10);
    const opened = await op(world.call, 'createCountryEvent', {
      key: world.insurerKey,
      body: { country: 'BR', type: 'transfer_restriction', occurredOn: on(10), description: 'Central bank suspends transfers abroad' },
    });
    expectStatus(opened, 201);
    expect(opened.headers.get('location')).toBe(`/v1/country-events/${opened.body.eventId}`);
    expect(opened.body).toMatchObject({ country: 'BR', type: 'transfer_restriction', occurredOn: on(10), status: 'open' });
    const listed = await op(world.call, 'listCountryEvents', { key: covered.key, query: { country: 'BR', status: 'open' } });
    expectStatus(listed, 200);
    expect(listed.body.items.map((event) => event.eventId)).toEqual([opened.body.eventId]);
    // The location answers the event to a policyholder as it was opened; an id never given is a 404.
    const read = await op(world.call, 'getCountryEvent', { key: covered.key, params: { eventId: opened.body.eventId } });
    expectStatus(read, 200);
    expect(read.body).toEqual(opened.body);
    const unknown = await op(world.call, 'getCountryEvent', { key: covered.key, params: { eventId: `${opened.body.eventId.slice(0, -4)}ZZZZ` } });
    expectStatus(unknown, 404);

    // Told once each, the tenant and its broker, signed; the tenant without political cover holds a limit there too.
    await world.runtime.bus.drain();
    const isOpened = (path: string) => (request: { path: string; body: { type: string } }) => request.path === path && request.body.type === 'country.event_opened';
    const [toTenant] = await receiver.waitFor(isOpened(`/tenant/${covered.tenantId}`), 1, 30_000);
    const [toBroker] = await receiver.waitFor(isOpened(`/broker/${broker.body.brokerId}`), 1, 30_000);
    expect(receiver.verifies(toTenant!, tenantSecret)).toBe(true);
    expect(receiver.verifies(toBroker!, brokerSecret)).toBe(true);
    expect(toTenant!.body).toMatchObject({
      tenantId: covered.tenantId,
      data: { cause: 'country_event', country: 'BR', eventId: opened.body.eventId, type: 'transfer_restriction', occurredOn: on(10), buyers: [{ buyerId, legalName: 'Importadora Paulista Ltda' }] },
    });
    expect(toBroker!.body.data).toEqual(toTenant!.body.data);

    // While open: the limit request goes to an underwriter, the order is sent cash in advance.
    const increase = await op(world.call, 'requestLimit', { key: covered.key, body: { buyerId, type: 'increase', amount: 6_000_000 } });
    expectStatus(increase, 202);
    expect(increase.body.reasons.map((reason) => reason.code)).toEqual(['country_event']);
    const check = await op(world.call, 'coverCheck', { key: covered.key, body: { buyerId, amount: 100_000, paymentTermsDays: 30 } });
    expectStatus(check, 200);
    expect(check.body).toMatchObject({ covered: false, recommendation: 'cash_in_advance', reasons: [{ code: 'country_event' }] });
    const portfolio = await op(world.call, 'getPortfolio', { key: covered.key });
    expectStatus(portfolio, 200);
    expect(portfolio.body.byCountry.find((row) => row.key === 'BR')?.openCountryEvents).toEqual([{ eventId: opened.body.eventId, type: 'transfer_restriction', occurredOn: on(10) }]);

    await advanceTo(40);
    const notified = await op(world.call, 'notifyOverdue', { key: covered.key, body: { buyerId, invoiceIds: [invoice], cause: 'political' } });
    expectStatus(notified, 201);
    expect(notified.body).toMatchObject({ status: 'in_collection', riskType: 'political', waitingPeriodEndsOn: on(160) });
    const refused = await op(world.call, 'notifyOverdue', { key: uncovered.key, body: { buyerId, invoiceIds: [uncoveredInvoice], cause: 'political' } });
    expectStatus(refused, 422);
    expect(refused.body.type).toBe('https://bouclier.dev/problems/political-risk-not-covered');

    await advanceTo(160);
    const claim = await op(world.call, 'getClaim', { key: covered.key, params: { claimId: notified.body.claimId } });
    expectStatus(claim, 200);
    expect(claim.body).toMatchObject({ status: 'indemnifiable', riskType: 'political', dateOfLoss: on(160) });
    expect(claim.body.indemnity).toMatchObject({ coverPercent: 95, coveredLoss: 4_000_000, amount: 3_800_000 });

    // Closed: told again; closing again is a 409.
    const closed = await op(world.call, 'closeCountryEvent', { key: world.insurerKey, params: { eventId: opened.body.eventId }, body: { closedOn: on(160) } });
    expectStatus(closed, 200);
    expect(closed.body).toMatchObject({ status: 'closed', closedOn: on(160) });
    const readClosed = await op(world.call, 'getCountryEvent', { key: world.insurerKey, params: { eventId: opened.body.eventId } });
    expectStatus(readClosed, 200);
    expect(readClosed.body).toEqual(closed.body);
    await world.runtime.bus.drain();
    const [closedToTenant] = await receiver.waitFor((request) => request.path === `/tenant/${covered.tenantId}` && request.body.type === 'country.event_closed', 1, 30_000);
    expect(closedToTenant!.body.data).toMatchObject({ eventId: opened.body.eventId, closedOn: on(160), buyers: [{ buyerId }] });
    const again = await op(world.call, 'closeCountryEvent', { key: world.insurerKey, params: { eventId: opened.body.eventId }, body: { closedOn: on(160) } });
    expectStatus(again, 409);
    expect(receiver.received.filter((request) => request.body.type === 'country.event_opened' && request.body.data['eventId'] === opened.body.eventId)).toHaveLength(2);
  });
});
