/**
 * The daily job ends temporary tranches past their date: the limit keeps its permanent part,
 * the buyer's capacity gets the tranche back, the history says so, and a second run changes
 * nothing.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { samplePolicy } from '../support/http-client.ts';
import { limitKeys } from '../../shared/data/keys.ts';
import { useDataLayer } from './data-layer.ts';

const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };

const data = useDataLayer('tranches');

const capacityOf = async (buyerId: string) =>
  Number((await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: limitKeys.capacity(buyerId), ConsistentRead: true }))).Item?.['reservedEur']);

describe('daily expiry of temporary tranches', () => {
  it('gives the tranche’s capacity back once, keeps the permanent limit, and records it', async () => {
    const tenant = await data.tenancy.createTenant(insurer, { name: 'Seasonal SAS', tier: 'standard', policy: PolicyInput.parse(samplePolicy()) }, new Date());
    const context = data.access.TenantContext.forInsurer(insurer, tenant.tenantId);
    const buyer = await data.buyers.createBuyer({ legalName: 'Christmas Toys SA', country: 'FR', registrationId: `8${Date.now()}`.slice(0, 9), sector: 'G46', grade: 2, status: 'active' }, new Date());
    const now = new Date('2026-11-26T10:00:00Z');
    const granted = await data.limits.requestLimit(
      context,
      { buyerId: buyer.buyerId, type: 'new', amount: 10_000_000, temporary: { amount: 5_000_000, expiresOn: '2026-12-31' } },
      now,
    );
    expect(granted.body).toMatchObject({ amount: 10_000_000, temporary: { amount: 5_000_000, expiresOn: '2026-12-31' } });
    expect(await capacityOf(buyer.buyerId)).toBe(15_000_000);

    // On its last day the tranche still counts; the day after, it ends.
    expect(await data.limits.expireTranches('2026-12-31', new Date('2026-12-31T02:00:00Z'))).toBe(0);
    expect(await capacityOf(buyer.buyerId)).toBe(15_000_000);
    expect(await data.limits.expireTranches('2027-01-01', new Date('2027-01-01T02:00:00Z'))).toBe(1);
    expect(await capacityOf(buyer.buyerId)).toBe(10_000_000);
    expect(await data.limits.expireTranches('2027-01-02', new Date('2027-01-02T02:00:00Z'))).toBe(0);
    expect(await capacityOf(buyer.buyerId)).toBe(10_000_000);

    const limit = await data.limits.getLimit(context, buyer.buyerId, new Date('2027-01-02T00:00:00Z'));
    expect(limit).toMatchObject({ amount: 10_000_000, permanent: 10_000_000 });
    expect(limit.temporary).toBeUndefined();
    expect(limit.history.at(-1)).toMatchObject({
      decision: 'reduced',
      by: { role: 'system' },
      from: { amount: 10_000_000, temporary: { amount: 5_000_000 } },
      to: { amount: 10_000_000 },
      reasons: [expect.objectContaining({ code: 'temporary_expired' })],
    });
  });
});
