/**
 * The agrément over HTTP: an insurer registers buyers and a tenant; the tenant gets each
 * outcome as the rules say, with reasons; an underwriter decides a referral; the history
 * shows every step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';

let world: World;
type Body = Record<string, unknown> & { reasons: { code: string; message: string }[] };
const buyers: Record<string, string> = {};
let registration = 100_000_000;

async function buyer(name: string, grade: number, extra: Record<string, unknown> = {}): Promise<string> {
  registration += 1;
  const created = await world.call<{ buyerId: string }>('POST', '/v1/buyers', {
    key: world.insurerKey,
    body: { legalName: name, country: 'FR', registrationId: String(registration), sector: 'C29', grade, ...extra },
  });
  expect(created.status, created.text).toBe(201);
  return created.body.buyerId;
}

const ask = (key: string, body: Record<string, unknown>) => world.call<Body>('POST', '/v1/limit-requests', { key, body });

beforeAll(async () => {
  world = await startWorld();
  buyers['good'] = await buyer('Garage Excellence SAS', 3);
  buyers['sensitive'] = await buyer('Pièces Fragiles SARL', 7);
  buyers['mid'] = await buyer('Moyenne Mécanique SA', 6);
  buyers['weak'] = await buyer('Fonderie Chancelante SA', 8);
  buyers['insolvent'] = await buyer('Atelier Fermé SAS', 10, { status: 'insolvent' });
});
afterAll(async () => {
  await world?.runtime.stop();
});

describe('buyers', () => {
  it('a duplicate registration answers 409 with the existing id; search by name finds it', async () => {
    const again = await world.call('POST', '/v1/buyers', {
      key: world.insurerKey,
      body: { legalName: 'Copy', country: 'FR', registrationId: String(registration), sector: 'C29', grade: 3 },
    });
    expect(again.status).toBe(409);
    expect(again.body['existingId']).toBe(buyers['insolvent']);
    const found = await world.call<{ items: { buyerId: string }[] }>('GET', '/v1/buyers?q=garage%20exc', { key: world.a.key });
    expect(found.body.items.map((b) => b.buyerId)).toContain(buyers['good']);
    const byRegistration = await world.call<{ items: { buyerId: string }[] }>('GET', `/v1/buyers?country=FR&registrationId=${registration}`, { key: world.a.key });
    expect(byRegistration.body.items.map((b) => b.buyerId)).toEqual([buyers['insolvent']]);
    expect((await world.call('POST', '/v1/buyers', { key: world.a.key, body: {} })).status).toBe(403);
  });

  it('countries take an OECD category; unset ones use the default', async () => {
    const set = await world.call('PUT', '/v1/countries/AR', { key: world.insurerKey, body: { category: 7 } });
    expect(set.status).toBe(200);
    const list = await world.call<{ items: { countryCode: string; category: number }[]; defaultCategory: number }>('GET', '/v1/countries', { key: world.a.key });
    expect(list.body.items).toContainEqual(expect.objectContaining({ countryCode: 'AR', category: 7 }));
    expect(list.body.defaultCategory).toBeGreaterThanOrEqual(0);
  });
});

describe('limit requests', () => {
  it('approves within the rules, in real time, with its EDIFACT code and reasons', async () => {
    const response = await ask(world.a.key, { buyerId: buyers['good'], type: 'new', amount: 5_000_000 });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ decision: 'approved', code: '2', amount: 5_000_000, currency: 'EUR', source: 'automatic' });
    expect(response.body.reasons[0]?.message).toContain('EUR 50,000.00');
  });

  it('refuses an amount that is not a multiple of 1,000.00, naming the field', async () => {
    const response = await ask(world.a.key, { buyerId: buyers['good'], type: 'increase', amount: 5_050_000 });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body['errors'])).toContain('amount');
  });

  it('grants a grade-7 buyer with conditions', async () => {
    const response = await ask(world.a.key, { buyerId: buyers['sensitive'], type: 'new', amount: 5_000_000 });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ decision: 'conditional', code: '4', amount: 5_000_000 });
    expect(response.body['conditions']).toContainEqual(expect.objectContaining({ code: 'max_payment_terms', maxPaymentTermsDays: 60 }));
  });

  it('answers grade 8 and an insolvent buyer with a zero limit: a decision, not an absence', async () => {
    const weak = await ask(world.a.key, { buyerId: buyers['weak'], type: 'new', amount: 1_000_000 });
    expect(weak.body).toMatchObject({ decision: 'not_approved', code: '3', amount: 0 });
    expect(weak.body.reasons.map((r) => r.code)).toContain('grade_too_high');
    const insolvent = await ask(world.a.key, { buyerId: buyers['insolvent'], type: 'new', amount: 1_000_000 });
    expect(insolvent.body).toMatchObject({ decision: 'not_approved', amount: 0 });
    expect(insolvent.body.reasons.map((r) => r.code)).toContain('buyer_insolvent');
    const limit = await world.call<{ amount: number; decision: string }>('GET', `/v1/limits/${buyers['weak']}`, { key: world.a.key });
    expect(limit.body).toMatchObject({ amount: 0, decision: 'not_approved' });
  });

  it('refers a request above the automatic ceiling (202); the underwriter decides; history shows every step', async () => {
    const referred = await ask(world.a.key, { buyerId: buyers['mid'], type: 'new', amount: 90_000_000 });
    expect(referred.status).toBe(202);
    expect(referred.body).toMatchObject({ decision: 'referred', code: '6' });
    expect(referred.body.reasons.map((r) => r.code)).toContain('above_auto_ceiling');
    const referralId = String(referred.body['referralId']);

    const queue = await world.call<{ items: { referralId: string; tenantId: string }[] }>('GET', '/v1/underwriting/referrals', { key: world.insurerKey });
    expect(queue.body.items).toContainEqual(expect.objectContaining({ referralId, tenantId: world.a.tenantId }));

    const decided = await world.call<Body>('POST', `/v1/underwriting/referrals/${referralId}/decision`, {
      key: world.insurerKey,
      body: { decision: 'approved', amount: 90_000_000, reasons: [{ code: 'financials_reviewed', message: 'Audited 2025 accounts support EUR 900,000.00.' }] },
    });
    expect(decided.status).toBe(201);
    expect(decided.body).toMatchObject({ decision: 'approved', code: '2', amount: 90_000_000, source: 'underwriter', referralId });
    const twice = await world.call('POST', `/v1/underwriting/referrals/${referralId}/decision`, {
      key: world.insurerKey,
      body: { decision: 'approved', amount: 90_000_000, reasons: [{ code: 'again', message: 'again' }] },
    });
    expect(twice.status).toBe(409);
    const after = await world.call<{ items: { referralId: string }[] }>('GET', '/v1/underwriting/referrals', { key: world.insurerKey });
    expect(after.body.items.map((r) => r.referralId)).not.toContain(referralId);

    const limit = await world.call<{ amount: number; history: { source: string; to: { amount: number }; by: { role: string } }[] }>('GET', `/v1/limits/${buyers['mid']}`, { key: world.a.key });
    expect(limit.body.amount).toBe(90_000_000);
    expect(limit.body.history.map((h) => [h.source, h.to.amount, h.by.role])).toEqual([['underwriter', 90_000_000, 'insurer']]);
  });

  it('partly approves what is left of the buyer’s capacity for another tenant', async () => {
    // Grade 6 capacity is EUR 1,000,000.00 and tenant A holds EUR 900,000.00 of it.
    const response = await ask(world.b.key, { buyerId: buyers['mid'], type: 'new', amount: 20_000_000 });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ decision: 'partly_approved', code: '5', amount: 10_000_000 });
    const nothingLeft = await ask(world.broker.key, { buyerId: buyers['mid'], type: 'increase', amount: 15_000_000 });
    expect(nothingLeft.status).toBe(400);
    const viaBroker = await world.call<Body>('POST', '/v1/limit-requests', {
      key: world.broker.key,
      headers: { 'bouclier-tenant': world.b.tenantId },
      body: { buyerId: buyers['mid'], type: 'increase', amount: 15_000_000 },
    });
    expect(viaBroker.body).toMatchObject({ decision: 'not_approved', amount: 10_000_000 });
    expect(viaBroker.body.reasons.map((r) => r.code)).toContain('no_capacity');
  });

  it('reduces and cancels, releasing capacity, and keeps every change in the history', async () => {
    const reduced = await ask(world.a.key, { buyerId: buyers['good'], type: 'reduce', amount: 2_000_000 });
    expect(reduced.body).toMatchObject({ decision: 'reduced', code: '9', amount: 2_000_000 });
    const cancelled = await ask(world.a.key, { buyerId: buyers['good'], type: 'cancel' });
    expect(cancelled.body).toMatchObject({ decision: 'cancelled', code: '8', amount: 0 });
    const limit = await world.call<{ history: { decision: string; from: { amount: number }; to: { amount: number } }[] }>('GET', `/v1/limits/${buyers['good']}`, { key: world.a.key });
    expect(limit.body.history.map((h) => [h.decision, h.from.amount, h.to.amount])).toEqual([
      ['approved', 0, 5_000_000],
      ['reduced', 5_000_000, 2_000_000],
      ['cancelled', 2_000_000, 0],
    ]);
    const list = await world.call<{ items: { buyerId: string }[] }>('GET', '/v1/limits', { key: world.a.key });
    expect(list.body.items.map((l) => l.buyerId)).toEqual(expect.arrayContaining([buyers['good'], buyers['mid'], buyers['weak']]));
  });

  it('another tenant sees none of it', async () => {
    expect((await world.call('GET', `/v1/limits/${buyers['good']}`, { key: world.b.key })).status).toBe(404);
  });
});
