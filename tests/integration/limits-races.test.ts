/**
 * Referrals under races: two underwriters deciding one referral at once, one wins and the
 * other is told 409 referral-decided; decisions racing for a buyer's last capacity never
 * reserve more than it; a decision that crashes halfway leaves the referral pending and the
 * capacity untouched, and its retry decides once.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as BuyersModule from '../../shared/data/buyers.ts';
import type * as LimitsModule from '../../shared/data/limits.ts';
import type * as TenancyModule from '../../shared/data/tenancy.ts';
import type * as AuthModule from '../../shared/access/index.ts';
import type * as ClientModule from '../../shared/data/client.ts';
import type { Principal, TenantContext } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { UnderwriterDecisionBody } from '../../shared/contract/limits.ts';
import { DEFAULT_LIMIT_RULES } from '../../shared/domain/grades.ts';
import { limitKeys } from '../../shared/data/keys.ts';
import { dataLayerEnvironment } from '../support/dynamodb.ts';
import { samplePolicy } from '../support/http-client.ts';
import { Crash, crashOn } from './crash.ts';

let environment: Awaited<ReturnType<typeof dataLayerEnvironment>>;
let buyers: typeof BuyersModule;
let limits: typeof LimitsModule;
let tenancy: typeof TenancyModule;
let auth: typeof AuthModule;
let client: typeof ClientModule;
const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
const underwriters: Principal[] = [
  { role: 'insurer', keyId: 'key_underwriter_a' },
  { role: 'insurer', keyId: 'key_underwriter_b' },
];
const GRADE = 3;
const CAPACITY = DEFAULT_LIMIT_RULES.buyerCapacityEur[GRADE];
// Above the automatic ceiling: an underwriter decides.
const REQUEST = DEFAULT_LIMIT_RULES.autoDecisionCeilingEur[GRADE] + 50_000_000;
let registrations = 0;

beforeAll(async () => {
  environment = await dataLayerEnvironment('limit-races');
  buyers = await import('../../shared/data/buyers.ts');
  limits = await import('../../shared/data/limits.ts');
  tenancy = await import('../../shared/data/tenancy.ts');
  auth = await import('../../shared/access/index.ts');
  client = await import('../../shared/data/client.ts');
});
afterAll(async () => {
  await environment.stop();
});

async function newTenant(name: string): Promise<TenantContext> {
  const tenant = await tenancy.createTenant(insurer, { name, tier: 'standard', policy: PolicyInput.parse(samplePolicy({ maxLiability: 10_000_000_000 })) }, new Date());
  return auth.TenantContext.forInsurer(insurer, tenant.tenantId);
}

async function newBuyer() {
  registrations += 1;
  return buyers.createBuyer({ legalName: `Referred ${registrations} SA`, country: 'FR', registrationId: `R${Date.now()}${registrations}`, sector: 'C25', grade: GRADE, status: 'active' }, new Date());
}

async function referral(context: TenantContext, buyerId: string): Promise<string> {
  const asked = await limits.requestLimit(context, { buyerId, type: 'new', amount: REQUEST }, new Date());
  expect(asked.status).toBe(202);
  return String(asked.body.referralId);
}

const approve = (amount: number) => UnderwriterDecisionBody.parse({ decision: 'approved', amount, reasons: [{ code: 'reviewed', message: 'Financials reviewed' }] });

async function stored(key: { pk: string; sk: string }) {
  return (await environment.table.documents.send(new GetCommand({ TableName: environment.table.name, Key: key, ConsistentRead: true }))).Item;
}

describe('referral decisions under races', () => {
  it('two underwriters deciding one referral at once: one wins, the other 409 referral-decided', async () => {
    const context = await newTenant('Doubly Decided SAS');
    const buyer = await newBuyer();
    const referralId = await referral(context, buyer.buyerId);
    const amounts = [REQUEST, REQUEST - 20_000_000];
    const outcomes = await Promise.allSettled(underwriters.map((principal, i) => limits.decideReferral(principal, referralId, approve(amounts[i]!), new Date())));
    const won = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number; slug?: string }] : []));
    expect(won).toHaveLength(1);
    expect(lost).toMatchObject([{ status: 409, slug: 'referral-decided' }]);

    const granted = won[0]!.amount;
    expect(await stored(limitKeys.limit(context, buyer.buyerId))).toMatchObject({ amount: granted, version: 1 });
    expect((await stored(limitKeys.capacity(buyer.buyerId)))?.['reservedEur']).toBe(granted);
    expect(await stored(limitKeys.referral(referralId))).toMatchObject({ status: 'decided' });
    const history = await limits.limitHistory(context, buyer.buyerId);
    expect(history.filter((entry) => entry.referralId === referralId)).toHaveLength(1);
  });

  it('decisions racing for the last capacity on a buyer never reserve more than it', async () => {
    const buyer = await newBuyer();
    const contexts = await Promise.all(['Racer A', 'Racer B', 'Racer C'].map(newTenant));
    const referralIds = await Promise.all(contexts.map((context) => referral(context, buyer.buyerId)));
    // Room for one grant of the amount asked, not two.
    const before = CAPACITY - REQUEST - REQUEST / 2;
    await environment.table.documents.send(
      new PutCommand({ TableName: environment.table.name, Item: { ...limitKeys.capacity(buyer.buyerId), kind: 'capacity', reservedEur: before } }),
    );
    const outcomes = await Promise.allSettled(referralIds.map((referralId, i) => limits.decideReferral(underwriters[i % 2]!, referralId, approve(REQUEST), new Date())));
    const won = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number; slug?: string }] : []));
    expect(won).toHaveLength(1);
    expect(lost.map((l) => [l.status, l.slug])).toEqual([
      [409, 'no-capacity'],
      [409, 'no-capacity'],
    ]);
    const reserved = Number((await stored(limitKeys.capacity(buyer.buyerId)))?.['reservedEur']);
    expect(reserved).toBe(before + REQUEST);
    expect(reserved).toBeLessThanOrEqual(CAPACITY);
    // The losers' referrals are still pending: another decision (a smaller one) can be made.
    const pending = await Promise.all(referralIds.map(async (referralId) => (await stored(limitKeys.referral(referralId)))?.['status'] as string | undefined));
    expect(pending.filter((status) => status === 'pending')).toHaveLength(2);
  });

  it('a decision that crashes halfway leaves the referral pending and capacity untouched; the retry decides once', async () => {
    const context = await newTenant('Crashed Decision SAS');
    const buyer = await newBuyer();
    const referralId = await referral(context, buyer.buyerId);
    const crash = crashOn(client.dynamodb, 'TransactWrite', { when: 'before' });
    try {
      await expect(limits.decideReferral(underwriters[0]!, referralId, approve(REQUEST), new Date())).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(await stored(limitKeys.referral(referralId))).toMatchObject({ status: 'pending' });
    expect(await stored(limitKeys.limit(context, buyer.buyerId))).toBeUndefined();
    expect((await stored(limitKeys.capacity(buyer.buyerId)))?.['reservedEur'] ?? 0).toBe(0);

    await limits.decideReferral(underwriters[0]!, referralId, approve(REQUEST), new Date());
    // Its answer lost after the commit: deciding again is refused, nothing reserved twice.
    await expect(limits.decideReferral(underwriters[0]!, referralId, approve(REQUEST), new Date())).rejects.toMatchObject({ status: 409, slug: 'referral-decided' });
    expect((await stored(limitKeys.capacity(buyer.buyerId)))?.['reservedEur']).toBe(REQUEST);
    expect(await stored(limitKeys.limit(context, buyer.buyerId))).toMatchObject({ amount: REQUEST, version: 1 });
  });
});
