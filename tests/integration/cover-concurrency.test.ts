/**
 * Fifty committed cover checks at once on one buyer never commit more than the limit.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { samplePolicy } from '../support/http-client.ts';
import { orderKeys } from '../../shared/data/keys.ts';
import { MAX_SOCKETS } from '../../shared/data/client.ts';
import { useDataLayer } from './data-layer.ts';

const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
const LIMIT = 10_000_000; // EUR 100,000.00
const ORDER = 300_000; // EUR 3,000.00: 50 of them ask EUR 150,000.00

const data = useDataLayer('cover');

describe('committed cover checks under concurrency', () => {
  it('fifty at once on one buyer never commit more than the limit', async () => {
    const tenant = await data.tenancy.createTenant(insurer, { name: 'Busy SAS', tier: 'standard', policy: PolicyInput.parse(samplePolicy()) }, new Date());
    const context = data.access.TenantContext.forInsurer(insurer, tenant.tenantId);
    const buyer = await data.buyers.createBuyer({ legalName: 'Popular Parts SA', country: 'FR', registrationId: `7${Date.now()}`.slice(0, 9), sector: 'C29', grade: 2, status: 'active' }, new Date());
    const granted = await data.limits.requestLimit(context, { buyerId: buyer.buyerId, type: 'new', amount: LIMIT }, new Date());
    expect(granted.body.amount).toBe(LIMIT);

    // Fifty checks at once in one process (in Lambda, fifty environments): the client's pool
    // opens its sockets first, so that DynamoDB Local, slow to accept fifty connections at once
    // on a loaded machine, does not fail a check on the client's 1 s connection timeout.
    await Promise.all(Array.from({ length: MAX_SOCKETS }, () => data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: orderKeys.exposure(context, buyer.buyerId) }))));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () => data.orders.coverCheck(context, { buyerId: buyer.buyerId, amount: ORDER, paymentTermsDays: 30, strategicImportance: 'normal', commit: true }, new Date())),
    );
    const answered = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number; name?: string; message?: string }] : []));
    // Every refusal is a 409 (the limit taken meanwhile); anything else is shown whole.
    expect(refused.filter((r) => r.status !== 409).map((r) => ({ status: r.status, name: r.name, message: r.message }))).toEqual([]);

    const committed = answered.filter((a) => a.orderId).reduce((sum, a) => sum + a.coveredAmount, 0);
    expect(committed).toBeLessThanOrEqual(LIMIT);
    const exposure = await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: orderKeys.exposure(context, buyer.buyerId), ConsistentRead: true }));
    expect(exposure.Item?.['committed']).toBe(committed);
    expect(exposure.Item?.['used']).toBe(committed);
    expect(Number(exposure.Item?.['used'])).toBeLessThanOrEqual(LIMIT);
    // The limit is used up: what did not fit was told so, with a deposit or refusal, not committed.
    expect(committed).toBeGreaterThan(LIMIT - ORDER);
  });
});
