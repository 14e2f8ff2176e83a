/**
 * The agrément over HTTP: an insurer registers buyers and a tenant; the tenant gets each
 * outcome as the rules say, with reasons; an underwriter decides a referral; the history
 * shows every step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusEvent } from '../../infra/local/event-bus.ts';
import { eventually } from '../support/eventually.ts';
import { startWorld, type World } from '../support/world.ts';
import { expectStatus, op, type BodyOf } from '../support/op.ts';

let world: World;
let buyers: Record<'good' | 'sensitive' | 'mid' | 'weak' | 'insolvent', string>;
let registration = 100_000_000;

async function buyer(name: string, grade: number, extra: Partial<BodyOf<'createBuyer'>> = {}): Promise<string> {
  registration += 1;
  const created = await op(world.call, 'createBuyer', {
    key: world.insurerKey,
    body: { legalName: name, country: 'FR', registrationId: String(registration), sector: 'C29', grade, ...extra },
  });
  expectStatus(created, 201);
  return created.body.buyerId;
}

const ask = (key: string, body: BodyOf<'requestLimit'>) => op(world.call, 'requestLimit', { key, body });
const limitOf = async (buyerId: string, key = world.a.key) => {
  const limit = await op(world.call, 'getLimit', { key, params: { buyerId } });
  expectStatus(limit, 200);
  return limit.body;
};
const referrals = async () => {
  const queue = await op(world.call, 'listReferrals', { key: world.insurerKey });
  expectStatus(queue, 200);
  return queue.body.items;
};

const events: BusEvent[] = [];

beforeAll(async () => {
  world = await startWorld();
  world.runtime.bus.subscribe((event) => events.push(event));
  buyers = {
    good: await buyer('Garage Excellence SAS', 3),
    sensitive: await buyer('Pièces Fragiles SARL', 7),
    mid: await buyer('Moyenne Mécanique SA', 6),
    weak: await buyer('Fonderie Chancelante SA', 8),
    insolvent: await buyer('Atelier Fermé SAS', 10, { status: 'insolvent' }),
  };
});
afterAll(async () => {
  await world?.runtime.stop();
});

describe('buyers', () => {
  it('a duplicate registration answers 409 with the existing id; search by name finds it', async () => {
    const again = await op(world.call, 'createBuyer', {
      key: world.insurerKey,
      body: { legalName: 'Copy', country: 'FR', registrationId: String(registration), sector: 'C29', grade: 3 },
    });
    expectStatus(again, 409);
    expect(again.body['existingId']).toBe(buyers['insolvent']);
    const found = await op(world.call, 'findBuyers', { key: world.a.key, query: { q: 'garage exc' } });
    expectStatus(found, 200);
    expect(found.body.items.map((b) => b.buyerId)).toContain(buyers['good']);
    const byRegistration = await op(world.call, 'findBuyers', { key: world.a.key, query: { country: 'FR', registrationId: String(registration) } });
    expectStatus(byRegistration, 200);
    expect(byRegistration.body.items.map((b) => b.buyerId)).toEqual([buyers['insolvent']]);
    // A body that is not a buyer: the role is refused before the body is read.
    expect((await world.call('POST', '/v1/buyers', { key: world.a.key, body: {} })).status).toBe(403);
  });

  it('countries take an OECD category; unset ones use the default', async () => {
    const set = await op(world.call, 'putCountry', { key: world.insurerKey, params: { countryCode: 'AR' }, body: { category: 7 } });
    expect(set.status).toBe(200);
    const list = await op(world.call, 'listCountries', { key: world.a.key });
    expectStatus(list, 200);
    expect(list.body.items).toContainEqual(expect.objectContaining({ countryCode: 'AR', category: 7 }));
    expect(list.body.defaultCategory).toBe(4);
  });
});

describe('limit requests', () => {
  it('approves within the rules, in real time, with its EDIFACT code and reasons', async () => {
    const response = await ask(world.a.key, { buyerId: buyers['good'], type: 'new', amount: 5_000_000 });
    expectStatus(response, 201);
    expect(response.body).toMatchObject({ decision: 'approved', code: '2', amount: 5_000_000, currency: 'EUR', source: 'automatic' });
    expect(response.body.reasons[0]?.message).toContain('EUR 50,000.00');
  });

  it('refuses an amount that is not a multiple of 1,000.00, naming the field', async () => {
    const response = await ask(world.a.key, { buyerId: buyers['good'], type: 'increase', amount: 5_050_000 });
    expectStatus(response, 400);
    expect(JSON.stringify(response.body['errors'])).toContain('amount');
  });

  it('grants a grade-7 buyer with conditions', async () => {
    const response = await ask(world.a.key, { buyerId: buyers['sensitive'], type: 'new', amount: 5_000_000 });
    expectStatus(response, 201);
    expect(response.body).toMatchObject({ decision: 'conditional', code: '4', amount: 5_000_000 });
    expect(response.body.conditions).toContainEqual(expect.objectContaining({ code: 'max_payment_terms', maxPaymentTermsDays: 60 }));
  });

  it('answers grade 8 and an insolvent buyer with a zero limit: a decision, not an absence', async () => {
    const weak = await ask(world.a.key, { buyerId: buyers['weak'], type: 'new', amount: 1_000_000 });
    expectStatus(weak, 201);
    expect(weak.body).toMatchObject({ decision: 'not_approved', code: '3', amount: 0 });
    expect(weak.body.reasons.map((r) => r.code)).toContain('grade_too_high');
    const insolvent = await ask(world.a.key, { buyerId: buyers['insolvent'], type: 'new', amount: 1_000_000 });
    expectStatus(insolvent, 201);
    expect(insolvent.body).toMatchObject({ decision: 'not_approved', amount: 0 });
    expect(insolvent.body.reasons.map((r) => r.code)).toContain('buyer_insolvent');
    expect(await limitOf(buyers['weak'])).toMatchObject({ amount: 0, decision: 'not_approved' });
  });

  it('refers a request above the automatic ceiling (202); the underwriter decides; history shows every step', async () => {
    const referred = await ask(world.a.key, { buyerId: buyers['mid'], type: 'new', amount: 90_000_000 });
    expectStatus(referred, 202);
    expect(referred.body).toMatchObject({ decision: 'referred', code: '6' });
    expect(referred.body.reasons.map((r) => r.code)).toContain('above_auto_ceiling');
    const referralId = String(referred.body.referralId);

    expect(await referrals()).toContainEqual(expect.objectContaining({ referralId, tenantId: world.a.tenantId }));

    const decided = await op(world.call, 'decideReferral', {
      key: world.insurerKey,
      params: { referralId },
      body: { decision: 'approved', amount: 90_000_000, reasons: [{ code: 'financials_reviewed', message: 'Audited 2025 accounts support EUR 900,000.00.' }] },
    });
    expectStatus(decided, 201);
    expect(decided.body).toMatchObject({ decision: 'approved', code: '2', amount: 90_000_000, source: 'underwriter', referralId });
    const twice = await op(world.call, 'decideReferral', {
      key: world.insurerKey,
      params: { referralId },
      body: { decision: 'approved', amount: 90_000_000, reasons: [{ code: 'again', message: 'again' }] },
    });
    expect(twice.status).toBe(409);
    expect((await referrals()).map((r) => r.referralId)).not.toContain(referralId);

    const limit = await limitOf(buyers['mid']);
    expect(limit.amount).toBe(90_000_000);
    expect(limit.history.map((h) => [h.source, h.to.amount, h.by.role])).toEqual([['underwriter', 90_000_000, 'insurer']]);
  });

  it('partly approves what is left of the buyer’s capacity for another tenant', async () => {
    // Grade 6 capacity is EUR 1,000,000.00 and tenant A holds EUR 900,000.00 of it.
    const response = await ask(world.b.key, { buyerId: buyers['mid'], type: 'new', amount: 20_000_000 });
    expectStatus(response, 201);
    expect(response.body).toMatchObject({ decision: 'partly_approved', code: '5', amount: 10_000_000 });
    const nothingLeft = await ask(world.broker.key, { buyerId: buyers['mid'], type: 'increase', amount: 15_000_000 });
    expect(nothingLeft.status).toBe(400);
    const viaBroker = await op(world.call, 'requestLimit', {
      key: world.broker.key,
      headers: { 'bouclier-tenant': world.b.tenantId },
      body: { buyerId: buyers['mid'], type: 'increase', amount: 15_000_000 },
    });
    expectStatus(viaBroker, 201);
    expect(viaBroker.body).toMatchObject({ decision: 'not_approved', amount: 10_000_000 });
    expect(viaBroker.body.reasons.map((r) => r.code)).toContain('no_capacity');
  });

  it('reduces and cancels, releasing capacity, and keeps every change in the history', async () => {
    const reduced = await ask(world.a.key, { buyerId: buyers['good'], type: 'reduce', amount: 2_000_000 });
    expect(reduced.body).toMatchObject({ decision: 'reduced', code: '9', amount: 2_000_000 });
    const cancelled = await ask(world.a.key, { buyerId: buyers['good'], type: 'cancel' });
    expect(cancelled.body).toMatchObject({ decision: 'cancelled', code: '8', amount: 0 });
    const limit = await limitOf(buyers['good']);
    expect(limit.history.map((h) => [h.decision, h.from.amount, h.to.amount])).toEqual([
      ['approved', 0, 5_000_000],
      ['reduced', 5_000_000, 2_000_000],
      ['cancelled', 2_000_000, 0],
    ]);
    const list = await op(world.call, 'listLimits', { key: world.a.key });
    expectStatus(list, 200);
    expect(list.body.items.map((l) => l.buyerId)).toEqual(expect.arrayContaining([buyers['good'], buyers['mid'], buyers['weak']]));
  });

  it('lets a tenant approve itself up to its discretionary limit, until the insurer decides on that buyer', async () => {
    const patched = await op(world.call, 'updateTenantPolicy', { key: world.insurerKey, params: { tenantId: world.b.tenantId }, body: { discretionaryLimit: 3_000_000 } });
    expect(patched.status).toBe(200);
    const fresh = await buyer('Client Discret SARL', 4);
    const own = await ask(world.b.key, { buyerId: fresh, type: 'new', amount: 2_000_000 });
    expectStatus(own, 201);
    expect(own.body).toMatchObject({ decision: 'approved', amount: 2_000_000, source: 'discretionary' });
    expect(own.body.reasons.map((r) => r.code)).toEqual(['discretionary']);
    // Above the discretionary limit the insurer decides; after that, no more self-approval.
    const insurer = await ask(world.b.key, { buyerId: fresh, type: 'increase', amount: 4_000_000 });
    expect(insurer.body).toMatchObject({ decision: 'approved', source: 'automatic' });
    const back = await ask(world.b.key, { buyerId: fresh, type: 'reduce', amount: 2_000_000 });
    expect(back.body).toMatchObject({ decision: 'reduced' });
    const again = await ask(world.b.key, { buyerId: fresh, type: 'increase', amount: 3_000_000 });
    expect(again.body).toMatchObject({ source: 'automatic' });
  });

  it('writes limit.decided and referral.created through the outbox, each naming its tenant', async () => {
    const ofType = (type: string) => events.filter((e) => e['detail-type'] === type);
    await eventually(
      () => {
        expect(ofType('limit.decided').length).toBeGreaterThanOrEqual(10);
        expect(ofType('referral.created').length).toBeGreaterThanOrEqual(1);
      },
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    const referral = ofType('referral.created')[0]?.detail as { tenantId: string; data: { buyerId: string; referralId: string } } | undefined;
    expect(referral).toMatchObject({ tenantId: world.a.tenantId, data: { buyerId: buyers['mid'] } });
    const decided: unknown[] = ofType('limit.decided').map((e) => e.detail);
    expect(decided).toContainEqual(expect.objectContaining({ tenantId: world.a.tenantId, data: expect.objectContaining({ buyerId: buyers['mid'], decision: 'approved', to: { amount: 90_000_000 } }) }));
    expect(decided).toContainEqual(expect.objectContaining({ tenantId: world.b.tenantId, data: expect.objectContaining({ decision: 'partly_approved' }) }));
  });

  it('another tenant sees none of it', async () => {
    expect((await op(world.call, 'getLimit', { key: world.b.key, params: { buyerId: buyers['good'] } })).status).toBe(404);
  });

  it('the insurer tunes the rules per grade; decisions follow at once', async () => {
    const current = await op(world.call, 'getLimitRules', { key: world.insurerKey });
    expectStatus(current, 200);
    expect(current.body.isDefault).toBe(true);
    const { isDefault: _d, updatedAt: _u, ...rules } = current.body;
    const stricter = { ...rules, autoDecisionCeilingEur: { ...rules.autoDecisionCeilingEur, 4: 1_000_000 } };
    // Deliberately off the schema (nine grades missing): the raw client.
    const missing = { ...rules, autoDecisionCeilingEur: { '1': 1 } };
    expect((await world.call('PUT', '/v1/underwriting/rules', { key: world.insurerKey, body: missing })).status).toBe(400);
    expect((await op(world.call, 'putLimitRules', { key: world.a.key, body: stricter })).status).toBe(403);
    expect((await op(world.call, 'putLimitRules', { key: world.insurerKey, body: stricter })).status).toBe(200);
    try {
      const grade4 = await buyer('Ceiling Test SA', 4);
      const referred = await ask(world.a.key, { buyerId: grade4, type: 'new', amount: 2_000_000 });
      expectStatus(referred, 202);
      expect(referred.body.reasons[0]?.message).toContain('EUR 10,000.00');
    } finally {
      expect((await op(world.call, 'putLimitRules', { key: world.insurerKey, body: rules })).status).toBe(200);
    }
  });
});
