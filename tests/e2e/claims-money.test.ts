/**
 * Claims money end to end, on the test clock: the aggregate first loss and the non-qualifying
 * loss used up in date-of-loss order across a policy year's claims, with the breakdown's
 * figures and sentences; the deductible taken before the percentage; a policy change after the
 * date of loss that changes nothing.
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

async function tenant(policy: Record<string, unknown>): Promise<{ key: string; tenantId: string }> {
  const created = await op(world.call, 'createTenant', { key: world.insurerKey, body: { name: `Money ${Date.now()}`, policy: samplePolicy({ inceptionDate: day0, ...policy }) } });
  expectStatus(created, 201);
  return { key: created.body.apiKey.key, tenantId: created.body.tenantId };
}

/** A buyer with a limit of 100,000.00 from today and one invoice of `amount` delivered on day `day` (today), due 30 days later. */
async function delivered(key: string, amount: number, day = 0): Promise<{ buyerId: string; invoiceId: string }> {
  registrations += 1;
  const buyer = await op(world.call, 'createBuyer', {
    key: world.insurerKey,
    body: { legalName: `Défaillant ${registrations}`, country: 'FR', registrationId: `MNY${Date.now()}${registrations}`, sector: 'G46', grade: 3 },
  });
  expectStatus(buyer, 201);
  const limit = await op(world.call, 'requestLimit', { key, body: { buyerId: buyer.body.buyerId, type: 'new', amount: 10_000_000 } });
  expectStatus(limit, 201);
  const invoice = await op(world.call, 'createInvoices', { key, body: { buyerId: buyer.body.buyerId, number: `M-${registrations}`, amount, currency: 'EUR', issueDate: on(day), dueDate: on(day + 30) } });
  expectStatus(invoice, 201);
  return { buyerId: buyer.body.buyerId, invoiceId: single(invoice.body).invoiceId };
}

/** The buyer's insolvency on `day`, then the overdue notified: the claim is indemnifiable at once, its date of loss the insolvency. */
async function lostOn(key: string, loss: { buyerId: string; invoiceId: string }, day: number): Promise<string> {
  const recorded = await op(world.call, 'recordRiskEvents', { key: world.insurerKey, body: { buyerId: loss.buyerId, type: 'insolvency_opened', occurredOn: on(day) } });
  expectStatus(recorded, 201);
  await world.runtime.bus.drain();
  const notified = await op(world.call, 'notifyOverdue', { key, body: { buyerId: loss.buyerId, invoiceIds: [loss.invoiceId] } });
  expectStatus(notified, 201);
  expect(notified.body).toMatchObject({ status: 'indemnifiable', dateOfLoss: on(day) });
  return notified.body.claimId;
}

async function indemnify(claimId: string) {
  const paid = await op(world.call, 'indemnifyClaim', { key: world.insurerKey, params: { claimId } });
  expectStatus(paid, 201);
  return paid.body.indemnity!;
}

describe('the policy’s retention terms', () => {
  it('defaults keep today’s rules; the maximum liability needs an amount, a multiple or both', async () => {
    const plain = await op(world.call, 'createTenant', { key: world.insurerKey, body: { name: 'Defaults SA', policy: samplePolicy() } });
    expectStatus(plain, 201);
    expect(plain.body.policy).toMatchObject({ deductibleApplies: 'after_percent', aggregateFirstLoss: 0, maxLiability: 300_000_000 });
    expect(plain.body.policy.maxLiabilityMultiple).toBeUndefined();

    const multiple = await op(world.call, 'createTenant', { key: world.insurerKey, body: { name: 'Multiple SA', policy: samplePolicy({ maxLiability: undefined, maxLiabilityMultiple: 30 }) } });
    expectStatus(multiple, 201);
    expect(multiple.body.policy.maxLiabilityMultiple).toBe(30);
    expect(multiple.body.policy.maxLiability).toBeUndefined();

    const neither = await op(world.call, 'createTenant', { key: world.insurerKey, body: { name: 'Unbounded SA', policy: samplePolicy({ maxLiability: undefined }) } });
    expectStatus(neither, 400);
    expect(JSON.stringify(neither.body)).toContain('maxLiability');
    for (const wrong of [{ deductibleApplies: 'sometimes' }, { aggregateFirstLoss: -1 }, { maxLiabilityMultiple: 0 }, { maxLiabilityMultiple: 2.5 }]) {
      const refused = await op(world.call, 'createTenant', { key: world.insurerKey, body: { name: 'Wrong SA', policy: samplePolicy(wrong) } });
      expectStatus(refused, 400);
      expect(JSON.stringify(refused.body)).toContain(Object.keys(wrong)[0]!);
    }
  });
});

describe('claims money per the policy wording', () => {
  it('the aggregate first loss and the non-qualifying loss, in date-of-loss order: 0 / 0 / 37,800.00 / 9,000.00', async () => {
    // 90 %, AFL 20,000.00, NQL 2,000.00, deductible 0; losses of 1,500.00 / 12,000.00 / 50,000.00 / 10,000.00 on days 35–38.
    const { key } = await tenant({ coverPercent: 90, deductible: 0, claimThreshold: 200_000, aggregateFirstLoss: 2_000_000 });
    const losses = [await delivered(key, 150_000), await delivered(key, 1_200_000), await delivered(key, 5_000_000), await delivered(key, 1_000_000)];
    const claims: string[] = [];
    for (const [index, loss] of losses.entries()) {
      await advanceTo(35 + index);
      claims.push(await lostOn(key, loss, 35 + index));
    }
    await advanceTo(40);
    const paid = [];
    for (const claimId of claims) paid.push(await indemnify(claimId));
    expect(paid.map((indemnity) => [indemnity.coveredLoss, indemnity.amount, indemnity.aggregateFirstLossUsed, indemnity.aggregateFirstLossLeft])).toEqual([
      [150_000, 0, 0, 2_000_000],
      [1_200_000, 0, 1_200_000, 800_000],
      [5_000_000, 3_780_000, 800_000, 0],
      [1_000_000, 900_000, 0, 0],
    ]);
    expect(paid.every((indemnity) => indemnity.nonQualifyingLoss === 200_000 && indemnity.aggregateFirstLoss === 2_000_000)).toBe(true);
    // Every number in a sentence.
    expect(paid[0]!.reasons.map((r) => r.code)).toEqual(['policy_in_force', 'below_threshold']);
    expect(paid[2]!.reasons.find((r) => r.code === 'aggregate_first_loss')?.message).toBe(
      'The aggregate first loss of EUR 20,000.00 for the policy year had EUR 8,000.00 left: this loss uses EUR 8,000.00 of it, leaving EUR 0.00, so EUR 42,000.00 of the covered loss counts.',
    );
    expect(paid[2]!.reasons.find((r) => r.code === 'cover_percent')?.message).toBe('The policy covers 90 % of the EUR 42,000.00 of covered loss above the aggregate first loss: EUR 37,800.00.');

    // Another tenant's costs on these claims: no such claim of theirs, nothing stored.
    const foreign = await op(world.call, 'recordClaimCost', { key: world.b.key, params: { claimId: claims[2]! }, body: { amount: 1_000, incurredOn: on(40), description: 'Not ours' } });
    expectStatus(foreign, 404);
    const own = await op(world.call, 'getClaim', { key, params: { claimId: claims[2]! } });
    expectStatus(own, 200);
    expect(own.body.costs).toEqual([]);
  });

  it('the deductible before the percentage, and a policy change after the date of loss that changes nothing', async () => {
    // 90 %, deductible 5,000.00 taken first: (100,000.00 − 5,000.00) × 90 % = 85,500.00.
    await advanceTo(50);
    const { key, tenantId } = await tenant({ coverPercent: 90, deductible: 500_000, deductibleApplies: 'before_percent' });
    const loss = await delivered(key, 10_000_000, 50);
    await advanceTo(90);
    const claimId = await lostOn(key, loss, 90);
    // The next day the policy changes: 80 %, the deductible after the percentage.
    await advanceTo(91);
    const changed = await op(world.call, 'updateTenantPolicy', { key: world.insurerKey, params: { tenantId }, body: { coverPercent: 80, deductibleApplies: 'after_percent' } });
    expectStatus(changed, 200);
    const indemnity = await indemnify(claimId);
    expect(indemnity).toMatchObject({ coverPercent: 90, deductible: 500_000, deductibleApplies: 'before_percent', amount: 8_550_000, policyVersion: 1 });
    expect(indemnity.reasons.map((r) => r.message)).toContain('The policy covers 90 % of the EUR 95,000.00 in excess of the deductible: the indemnity is EUR 85,500.00.');
  });
});
