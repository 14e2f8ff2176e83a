/**
 * The cover check at order validation over HTTP: a tenant with a limit on a buyer asks,
 * order by order, what is covered and what to do about the rest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { expectStatus, op, single, type BodyOf } from '../support/op.ts';

let world: World;
let buyerId: string;
const check = (body: Omit<BodyOf<'coverCheck'>, 'buyerId'>) => op(world.call, 'coverCheck', { key: world.a.key, body: { buyerId, ...body } });
const exposure = async () => {
  const response = await op(world.call, 'getExposure', { key: world.a.key, params: { buyerId } });
  expectStatus(response, 200);
  return response.body;
};

beforeAll(async () => {
  world = await startWorld();
  const created = await op(world.call, 'createBuyer', {
    key: world.insurerKey,
    body: { legalName: 'Carrosserie Durand SAS', country: 'FR', registrationId: '552100554', sector: 'C29', grade: 4 },
  });
  expectStatus(created, 201);
  buyerId = created.body.buyerId;
  // A limit of EUR 100,000.00 on the buyer.
  const limit = await op(world.call, 'requestLimit', { key: world.a.key, body: { buyerId, type: 'new', amount: 10_000_000 } });
  expect(limit.status).toBe(201);
});
afterAll(async () => {
  await world?.runtime.stop();
});

describe('cover check at order validation', () => {
  it('accepts an order within headroom, reserving nothing unless asked', async () => {
    const response = await check({ amount: 4_000_000, paymentTermsDays: 60 });
    expectStatus(response, 200);
    expect(response.body).toMatchObject({ covered: true, coveredAmount: 4_000_000, uncoveredAmount: 0, recommendation: 'accept', depositAmount: 0 });
    expect(response.body.limit).toMatchObject({ amount: 10_000_000, headroom: 10_000_000 });
    expect((await exposure()).committed).toBe(0);
  });

  it('committed orders reduce headroom; the excess above it is the deposit, to the cent', async () => {
    const first = await check({ amount: 6_000_000, paymentTermsDays: 60, commit: true });
    expectStatus(first, 201);
    expect(first.body.orderId).toMatch(/^ord_/);
    expect(await exposure()).toMatchObject({ limit: 10_000_000, committed: 6_000_000, headroom: 4_000_000 });

    const second = await check({ amount: 5_012_345, paymentTermsDays: 60 });
    expect(second.body).toMatchObject({
      covered: true,
      coveredAmount: 4_000_000,
      uncoveredAmount: 1_012_345,
      recommendation: 'accept_with_deposit',
      depositAmount: 1_012_345,
    });
  });

  it('payment terms beyond the policy maximum are not covered', async () => {
    const response = await check({ amount: 1_000_000, paymentTermsDays: 121 });
    expectStatus(response, 200);
    expect(response.body).toMatchObject({ covered: false, coveredAmount: 0, uncoveredAmount: 1_000_000 });
    expect(response.body.reasons.map((r) => r.code)).toContain('payment_terms_too_long');
    expect(['cash_in_advance', 'decline']).toContain(response.body.recommendation);
  });

  it('invoicing converts an order; payments restore headroom; the oldest unpaid due date is shown', async () => {
    const order = await check({ amount: 2_000_000, paymentTermsDays: 30, commit: true });
    expectStatus(order, 201);
    const before = await exposure();
    const invoiced = await op(world.call, 'createInvoices', {
      key: world.a.key,
      body: { buyerId, number: 'F-2026-0001', amount: 2_000_000, currency: 'EUR', issueDate: '2026-11-01', dueDate: '2026-12-01', orderId: order.body.orderId },
    });
    expectStatus(invoiced, 201);
    const after = await exposure();
    expect(after).toMatchObject({ outstanding: before.outstanding + 2_000_000, committed: before.committed - 2_000_000, headroom: before.headroom, oldestUnpaidDueDate: '2026-12-01' });

    const duplicate = await op(world.call, 'createInvoices', {
      key: world.a.key,
      body: { buyerId, number: 'F-2026-0001', amount: 100_000, currency: 'EUR', issueDate: '2026-11-02', dueDate: '2026-12-02' },
    });
    expectStatus(duplicate, 409);
    expectStatus(invoiced, 201);
    const invoiceId = single(invoiced.body).invoiceId;
    expect(duplicate.body['existingId']).toBe(invoiceId);

    const tooMuch = await op(world.call, 'recordPayment', { key: world.a.key, params: { invoiceId }, body: { amount: 2_000_001, paidOn: '2026-11-20' } });
    expect(tooMuch.status).toBe(400);
    const paid = await op(world.call, 'recordPayment', { key: world.a.key, params: { invoiceId }, body: { amount: 2_000_000, paidOn: '2026-11-20' } });
    expect(paid.status).toBe(201);
    const restored = await exposure();
    expect(restored).toMatchObject({ outstanding: before.outstanding, headroom: before.headroom + 2_000_000 });
    expect(restored.oldestUnpaidDueDate).toBeUndefined();
  });

  it('releasing an order gives its headroom back', async () => {
    const order = await check({ amount: 1_000_000, paymentTermsDays: 30, commit: true });
    expectStatus(order, 201);
    const before = await exposure();
    const released = await op(world.call, 'releaseOrder', { key: world.a.key, params: { orderId: order.body.orderId! } });
    expectStatus(released, 200);
    expect(released.body.status).toBe('released');
    expect((await exposure()).headroom).toBe(before.headroom + 1_000_000);
  });

  it('declines once the buyer is insolvent', async () => {
    const patched = await op(world.call, 'updateBuyer', { key: world.insurerKey, params: { buyerId }, body: { status: 'insolvent', grade: 10 } });
    expect(patched.status).toBe(200);
    const response = await check({ amount: 1_000_000, paymentTermsDays: 30, commit: true });
    expectStatus(response, 200);
    expect(response.body).toMatchObject({ covered: false, coveredAmount: 0, recommendation: 'decline' });
    expect(response.body.orderId).toBeUndefined();
  });

  it('follows the tenant’s own decision matrix', async () => {
    const fresh = await op(world.call, 'createBuyer', {
      key: world.insurerKey,
      body: { legalName: 'Matrice Test SA', country: 'FR', registrationId: '552100555', sector: 'C29', grade: 3 },
    });
    expectStatus(fresh, 201);
    const matrix = await op(world.call, 'getDecisionMatrix', { key: world.b.key });
    expectStatus(matrix, 200);
    expect(matrix.body.isDefault).toBe(true);
    const strict: BodyOf<'putDecisionMatrix'> = { rules: [{ grades: { min: 1, max: 10 }, whenPartlyCovered: 'cash_in_advance', whenNotCovered: 'decline' }] };
    expect((await op(world.call, 'putDecisionMatrix', { key: world.b.key, body: strict })).status).toBe(200);
    const gap: BodyOf<'putDecisionMatrix'> = { rules: [{ grades: { min: 1, max: 5 }, whenPartlyCovered: 'accept_with_deposit', whenNotCovered: 'decline' }] };
    expect((await op(world.call, 'putDecisionMatrix', { key: world.b.key, body: gap })).status).toBe(400);
    const response = await op(world.call, 'coverCheck', { key: world.b.key, body: { buyerId: fresh.body.buyerId, amount: 1_000_000, paymentTermsDays: 30 } });
    expectStatus(response, 200);
    expect(response.body).toMatchObject({ covered: false, recommendation: 'decline' });
    expect(response.body.reasons.map((r) => r.code)).toContain('no_limit');
  });
});
