/**
 * Fifty committed cover checks at once on one buyer never commit more than the limit.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as BuyersModule from '../../shared/data/buyers.ts';
import type * as LimitsModule from '../../shared/data/limits.ts';
import type * as OrdersModule from '../../shared/data/orders.ts';
import type * as TenancyModule from '../../shared/data/tenancy.ts';
import type * as AuthModule from '../../shared/access/index.ts';
import type { Principal } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { dataLayerEnvironment } from '../support/dynamodb.ts';
import { samplePolicy } from '../support/http-client.ts';
import { orderKeys } from '../../shared/data/keys.ts';

let environment: Awaited<ReturnType<typeof dataLayerEnvironment>>;
let buyers: typeof BuyersModule;
let limits: typeof LimitsModule;
let orders: typeof OrdersModule;
let tenancy: typeof TenancyModule;
let auth: typeof AuthModule;
const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
const LIMIT = 10_000_000; // EUR 100,000.00
const ORDER = 300_000; // EUR 3,000.00: 50 of them ask EUR 150,000.00

beforeAll(async () => {
  environment = await dataLayerEnvironment('cover');
  buyers = await import('../../shared/data/buyers.ts');
  limits = await import('../../shared/data/limits.ts');
  orders = await import('../../shared/data/orders.ts');
  tenancy = await import('../../shared/data/tenancy.ts');
  auth = await import('../../shared/access/index.ts');
});
afterAll(async () => {
  await environment.stop();
});

describe('committed cover checks under concurrency', () => {
  it('fifty at once on one buyer never commit more than the limit', async () => {
    const tenant = await tenancy.createTenant(insurer, { name: 'Busy SAS', tier: 'standard', policy: PolicyInput.parse(samplePolicy()) }, new Date());
    const context = auth.TenantContext.forInsurer(insurer, tenant.tenantId);
    const buyer = await buyers.createBuyer({ legalName: 'Popular Parts SA', country: 'FR', registrationId: `7${Date.now()}`.slice(0, 9), sector: 'C29', grade: 2, status: 'active' }, new Date());
    const granted = await limits.requestLimit(context, { buyerId: buyer.buyerId, type: 'new', amount: LIMIT }, new Date());
    expect(granted.body.amount).toBe(LIMIT);

    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () => orders.coverCheck(context, { buyerId: buyer.buyerId, amount: ORDER, paymentTermsDays: 30, strategicImportance: 'normal', commit: true }, new Date())),
    );
    const answered = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number }] : []));
    expect(refused.every((r) => r.status === 409)).toBe(true);

    const committed = answered.filter((a) => a.orderId).reduce((sum, a) => sum + a.coveredAmount, 0);
    expect(committed).toBeLessThanOrEqual(LIMIT);
    const exposure = await environment.table.documents.send(new GetCommand({ TableName: environment.table.name, Key: orderKeys.exposure(context, buyer.buyerId), ConsistentRead: true }));
    expect(exposure.Item?.['committed']).toBe(committed);
    expect(exposure.Item?.['used']).toBe(committed);
    expect(Number(exposure.Item?.['used'])).toBeLessThanOrEqual(LIMIT);
    // The limit is used up: what did not fit was told so, with a deposit or refusal, not committed.
    expect(committed).toBeGreaterThan(LIMIT - ORDER);
  });
});
