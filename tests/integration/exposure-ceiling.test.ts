/**
 * A tenant's exposure on one buyer never passes MAX_EXPOSURE (10^12 minor units), however many
 * invoices race for the last room: the ADD that raises it is conditioned on the ceiling, so the
 * request that would pass it is refused (409) even after the whole batch was judged to fit.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { MAX_EXPOSURE } from '../../shared/domain/money.ts';
import { samplePolicy } from '../support/http-client.ts';
import { orderKeys } from '../../shared/data/keys.ts';
import { useDataLayer } from './data-layer.ts';

const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
const QUARTER = MAX_EXPOSURE / 4; // 250,000,000,000: four fit, a fifth does not

const data = useDataLayer('exposure');

describe('the exposure ceiling under concurrency', () => {
  it('ten invoices of a quarter of the ceiling at once: four at most are declared, the others refused with a 409', async () => {
    const tenant = await data.tenancy.createTenant(insurer, { name: 'Pressée SAS', tier: 'standard', policy: PolicyInput.parse(samplePolicy()) }, new Date());
    const context = data.access.TenantContext.forInsurer(insurer, tenant.tenantId);
    const buyer = await data.buyers.createBuyer({ legalName: 'Grand Compte SA', country: 'FR', registrationId: `8${Date.now()}`.slice(0, 9), sector: 'C29', grade: 2, status: 'active' }, new Date());
    const day = new Date().toISOString().slice(0, 10);
    const invoice = (n: number) => ({ buyerId: buyer.buyerId, number: `RACE-${n}`, amount: QUARTER, currency: 'EUR', issueDate: day, dueDate: day });

    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, (_, n) => data.orders.createInvoices(context, [invoice(n)], new Date())));
    const declared = outcomes.filter((o) => o.status === 'fulfilled').length;
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number; slug?: string }] : []));
    expect(refused.map((r) => r.status)).toEqual(refused.map(() => 409));
    expect(refused.some((r) => r.slug === 'exposure-ceiling')).toBe(true);
    expect(declared).toBeLessThanOrEqual(4);

    const exposure = await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: orderKeys.exposure(context, buyer.buyerId), ConsistentRead: true }));
    expect(exposure.Item?.['used']).toBe(declared * QUARTER);
    expect(exposure.Item?.['outstanding']).toBe(declared * QUARTER);
  });
});
