/**
 * Referrals under races: two underwriters deciding one referral at once, one wins and the
 * other is told 409 referral-decided; decisions racing for a buyer's last capacity never
 * reserve more than it; a decision that crashes halfway leaves the referral pending and the
 * capacity untouched, and its retry decides once.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Principal, TenantContext } from '../../shared/access/index.ts';
import { UnderwriterDecisionBody } from '../../shared/contract/limits.ts';
import { DEFAULT_LIMIT_RULES } from '../../shared/domain/grades.ts';
import { limitKeys } from '../../shared/data/keys.ts';
import { Crash, crashOn } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const underwriters: Principal[] = [
  { role: 'insurer', keyId: 'key_underwriter_a' },
  { role: 'insurer', keyId: 'key_underwriter_b' },
];
const GRADE = 3;
const CAPACITY = DEFAULT_LIMIT_RULES.buyerCapacityEur[GRADE];
// Above the automatic ceiling: an underwriter decides.
const REQUEST = DEFAULT_LIMIT_RULES.autoDecisionCeilingEur[GRADE] + 50_000_000;

const data = useDataLayer('limit-races');

const newTenant = async (name: string): Promise<TenantContext> => (await data.newTenant({ name, policy: { maxLiability: 10_000_000_000 } })).context;
const newBuyer = () => data.newBuyer({ sector: 'C25', grade: GRADE });

async function referral(context: TenantContext, buyerId: string): Promise<string> {
  const asked = await data.limits.requestLimit(context, { buyerId, type: 'new', amount: REQUEST }, new Date());
  expect(asked.status).toBe(202);
  return String(asked.body.referralId);
}

const approve = (amount: number) => UnderwriterDecisionBody.parse({ decision: 'approved', amount, reasons: [{ code: 'reviewed', message: 'Financials reviewed' }] });

const stored = (key: { pk: string; sk: string }) => data.item(key);

describe('referral decisions under races', () => {
  it('two underwriters deciding one referral at once: one wins, the other 409 referral-decided', async () => {
    const context = await newTenant('Doubly Decided SAS');
    const buyer = await newBuyer();
    const referralId = await referral(context, buyer.buyerId);
    const amounts = [REQUEST, REQUEST - 20_000_000];
    const outcomes = await Promise.allSettled(underwriters.map((principal, i) => data.limits.decideReferral(principal, referralId, approve(amounts[i]!), new Date())));
    const won = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number; slug?: string }] : []));
    expect(won).toHaveLength(1);
    expect(lost).toMatchObject([{ status: 409, slug: 'referral-decided' }]);

    const granted = won[0]!.amount;
    expect(await stored(limitKeys.limit(context, buyer.buyerId))).toMatchObject({ amount: granted, version: 1 });
    expect((await stored(limitKeys.capacity(buyer.buyerId)))?.['reservedEur']).toBe(granted);
    expect(await stored(limitKeys.referral(referralId))).toMatchObject({ status: 'decided' });
    const history = await data.limits.limitHistory(context, buyer.buyerId);
    expect(history.filter((entry) => entry.referralId === referralId)).toHaveLength(1);
  });

  it('decisions racing for the last capacity on a buyer never reserve more than it', async () => {
    const buyer = await newBuyer();
    const contexts = await Promise.all(['Racer A', 'Racer B', 'Racer C'].map(newTenant));
    const referralIds = await Promise.all(contexts.map((context) => referral(context, buyer.buyerId)));
    // Room for one grant of the amount asked, not two.
    const before = CAPACITY - REQUEST - REQUEST / 2;
    await data.table.documents.send(
      new PutCommand({ TableName: data.table.name, Item: { ...limitKeys.capacity(buyer.buyerId), kind: 'capacity', reservedEur: before } }),
    );
    const outcomes = await Promise.allSettled(referralIds.map((referralId, i) => data.limits.decideReferral(underwriters[i % 2]!, referralId, approve(REQUEST), new Date())));
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
    const crash = crashOn(data.client.dynamodb, 'TransactWrite', { when: 'before' });
    try {
      await expect(data.limits.decideReferral(underwriters[0]!, referralId, approve(REQUEST), new Date())).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(await stored(limitKeys.referral(referralId))).toMatchObject({ status: 'pending' });
    expect(await stored(limitKeys.limit(context, buyer.buyerId))).toBeUndefined();
    expect((await stored(limitKeys.capacity(buyer.buyerId)))?.['reservedEur'] ?? 0).toBe(0);

    await data.limits.decideReferral(underwriters[0]!, referralId, approve(REQUEST), new Date());
    // Its answer lost after the commit: deciding again is refused, nothing reserved twice.
    await expect(data.limits.decideReferral(underwriters[0]!, referralId, approve(REQUEST), new Date())).rejects.toMatchObject({ status: 409, slug: 'referral-decided' });
    expect((await stored(limitKeys.capacity(buyer.buyerId)))?.['reservedEur']).toBe(REQUEST);
    expect(await stored(limitKeys.limit(context, buyer.buyerId))).toMatchObject({ amount: REQUEST, version: 1 });
  });
});
