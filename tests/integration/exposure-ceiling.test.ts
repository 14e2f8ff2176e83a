/**
 * A tenant's exposure on one buyer never passes MAX_EXPOSURE (10^12 minor units), however many
 * invoices race for the last room: the ADD that raises it is conditioned on the ceiling, so the
 * request that would pass it is refused (409) even after the whole batch was judged to fit.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as BuyersModule from '../../shared/data/buyers.ts';
import type * as OrdersModule from '../../shared/data/orders.ts';
import type * as TenancyModule from '../../shared/data/tenancy.ts';
import type * as AuthModule from '../../shared/access/index.ts';
import type { Principal } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { MAX_EXPOSURE } from '../../shared/domain/money.ts';
import { dataLayerEnvironment } from '../support/dynamodb.ts';
import { samplePolicy } from '../support/http-client.ts';
import { orderKeys } from '../../shared/data/keys.ts';

let environment: Awaited<ReturnType<typeof dataLayerEnvironment>>;
let buyers: typeof BuyersModule;
let orders: typeof OrdersModule;
let tenancy: typeof TenancyModule;
let auth: typeof AuthModule;
const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
const QUARTER = MAX_EXPOSURE / 4; // 250,000,000,000: four fit, a fifth does not

beforeAll(async () => {
  environment = await dataLayerEnvironment('exposure');
  buyers = await import('../../shared/data/buyers.ts');
  orders = await import('../../shared/data/orders.ts');
  tenancy = await import('../../shared/data/tenancy.ts');
  auth = await import('../../shared/access/index.ts');
});
afterAll(async () => {
  await environment.stop();
});

describe('the exposure ceiling under concurrency', () => {
  it('ten invoices of a quarter of the ceiling at once: four at most are declared, the others refused with a 409', async () => {
    const tenant = await tenancy.createTenant(insurer, { name: 'Pressée SAS', tier: 'standard', policy: PolicyInput.parse(samplePolicy()) }, new Date());
    const context = auth.TenantContext.forInsurer(insurer, tenant.tenantId);
    const buyer = await buyers.createBuyer({ legalName: 'Grand Compte SA', country: 'FR', registrationId: `8${Date.now()}`.slice(0, 9), sector: 'C29', grade: 2, status: 'active' }, new Date());
    const day = new Date().toISOString().slice(0, 10);
    const invoice = (n: number) => ({ buyerId: buyer.buyerId, number: `RACE-${n}`, amount: QUARTER, currency: 'EUR', issueDate: day, dueDate: day });

    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, (_, n) => orders.createInvoices(context, [invoice(n)], new Date())));
    const declared = outcomes.filter((o) => o.status === 'fulfilled').length;
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number; slug?: string }] : []));
    expect(refused.map((r) => r.status)).toEqual(refused.map(() => 409));
    expect(refused.some((r) => r.slug === 'exposure-ceiling')).toBe(true);
    expect(declared).toBeLessThanOrEqual(4);

    const exposure = await environment.table.documents.send(new GetCommand({ TableName: environment.table.name, Key: orderKeys.exposure(context, buyer.buyerId), ConsistentRead: true }));
    expect(exposure.Item?.['used']).toBe(declared * QUARTER);
    expect(exposure.Item?.['outstanding']).toBe(declared * QUARTER);
  });
});
