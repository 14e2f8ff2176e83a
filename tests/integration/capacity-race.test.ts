/**
 * Granting reserves buyer capacity in the same transaction as the limit: twenty tenants
 * racing for the last capacity on one buyer are never granted more than it, in total.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { DEFAULT_LIMIT_RULES } from '../../shared/domain/grades.ts';
import { samplePolicy } from '../support/http-client.ts';
import { limitKeys } from '../../shared/data/keys.ts';
import { useDataLayer } from './data-layer.ts';

const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
const TENANTS = 20;
const CAPACITY = DEFAULT_LIMIT_RULES.buyerCapacityEur[6]; // EUR 1,000,000.00
const ALREADY_RESERVED = CAPACITY - 10_000_000; // EUR 100,000.00 left
const REQUEST = 5_000_000; // EUR 50,000.00 each: room for two

const data = useDataLayer('capacity');

describe('the race for the last capacity on a buyer', () => {
  it(`${TENANTS} tenants at once are granted no more than what is left, and capacity adds up`, async () => {
    const buyer = await data.buyers.createBuyer({ legalName: 'Contested Metalworks SA', country: 'FR', registrationId: `9${Date.now()}`.slice(0, 9), sector: 'C25', grade: 6, status: 'active' }, new Date());
    // Other tenants already hold all but EUR 100,000.00 of this buyer's capacity.
    await data.table.documents.send(new PutCommand({ TableName: data.table.name, Item: { ...limitKeys.capacity(buyer.buyerId), kind: 'capacity', reservedEur: ALREADY_RESERVED } }));

    const contexts = await Promise.all(
      Array.from({ length: TENANTS }, async (_, i) => {
        const tenant = await data.tenancy.createTenant(insurer, { name: `Racer ${i}`, tier: 'standard', policy: PolicyInput.parse(samplePolicy()) }, new Date());
        return data.access.TenantContext.forInsurer(insurer, tenant.tenantId);
      }),
    );

    const outcomes = await Promise.allSettled(contexts.map((context) => data.limits.requestLimit(context, { buyerId: buyer.buyerId, type: 'new', amount: REQUEST }, new Date())));
    const decided = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value.body] : []));
    const failed = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number }] : []));
    expect(failed.every((f) => f.status === 409)).toBe(true);

    const granted = decided.reduce((sum, d) => sum + d.amount, 0);
    expect(granted).toBeLessThanOrEqual(CAPACITY - ALREADY_RESERVED);
    expect(granted).toBe(CAPACITY - ALREADY_RESERVED);
    expect(decided.filter((d) => d.amount > 0).every((d) => ['approved', 'partly_approved'].includes(d.decision))).toBe(true);
    expect(decided.filter((d) => d.amount === 0).every((d) => d.decision === 'not_approved' && d.reasons.some((r) => r.code === 'no_capacity'))).toBe(true);

    const capacity = await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: limitKeys.capacity(buyer.buyerId) }));
    expect(capacity.Item?.['reservedEur']).toBe(ALREADY_RESERVED + granted);
    expect(Number(capacity.Item?.['reservedEur'])).toBeLessThanOrEqual(CAPACITY);
  });
});
