/**
 * A policy outside EUR books buyer capacity in EUR at the reference rate of the decision day,
 * and releases what it booked whatever the rates did since: the ledger adds up to 0.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { limitKeys } from '../../shared/data/keys.ts';
import { samplePolicy } from '../support/http-client.ts';
import { useDataLayer } from './data-layer.ts';

const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
const data = useDataLayer('capacity-currencies');
const on = (day: string) => new Date(`${day}T10:00:00Z`);

describe('capacity of a USD policy, at the rate of each decision day', () => {
  it('refuses a new limit without a USD rate in force, then books USD 1.25, keeps it on a cut at 1.6, revalues a raise, frees all on a cancel', async () => {
    const buyer = await data.buyers.createBuyer({ legalName: 'Dollar Trading SA', country: 'FR', registrationId: `8${Date.now()}`.slice(0, 9), sector: 'C25', grade: 3, status: 'active' }, on('2025-12-01'));
    const tenant = await data.tenancy.createTenant(insurer, { name: 'Dollar seller', tier: 'standard', policy: PolicyInput.parse({ ...samplePolicy(), currency: 'USD' }) }, on('2025-12-01'));
    const context = data.access.TenantContext.forInsurer(insurer, tenant.tenantId);
    const capacity = async () => (await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: limitKeys.capacity(buyer.buyerId) }))).Item?.['reservedEur'] as number | undefined;
    const reservedOnLimit = async () => (await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: limitKeys.limit(context, buyer.buyerId) }))).Item?.['reservedEur'] as number | undefined;
    const ask = (type: 'new' | 'increase' | 'reduce' | 'cancel', amount: number | undefined, day: string) =>
      data.limits.requestLimit(context, { buyerId: buyer.buyerId, type, ...(amount === undefined ? {} : { amount }) }, on(day));

    // No rate published in this table before 2025-01-02: the limit cannot be valued in EUR.
    await expect(ask('new', 100_000_000, '2025-01-02')).rejects.toMatchObject({ status: 422, slug: 'fx-rate-missing', extensions: { currency: 'USD', date: '2025-01-02' } });
    expect(await capacity()).toBeUndefined();

    await data.fx.publishFxRates('2025-01-05', { USD: '1.25' }, on('2025-01-05'));
    const granted = await ask('new', 100_000_000, '2025-01-06'); // USD 1,000,000.00 / 1.25 = EUR 800,000.00
    expect(granted.body).toMatchObject({ decision: 'approved', amount: 100_000_000, currency: 'USD' });
    expect([await capacity(), await reservedOnLimit()]).toEqual([80_000_000, 80_000_000]);

    await data.fx.publishFxRates('2025-02-01', { USD: '1.6' }, on('2025-02-01'));
    await ask('reduce', 50_000_000, '2025-02-02'); // half of the EUR 800,000.00 booked, not USD 500,000.00 / 1.6
    expect([await capacity(), await reservedOnLimit()]).toEqual([40_000_000, 40_000_000]);

    await ask('increase', 150_000_000, '2025-02-03'); // USD 1,500,000.00 / 1.6 = EUR 937,500.00
    expect([await capacity(), await reservedOnLimit()]).toEqual([93_750_000, 93_750_000]);

    await data.fx.publishFxRates('2025-03-01', { USD: '1.1' }, on('2025-03-01'));
    await ask('cancel', undefined, '2025-03-02');
    expect([await capacity(), await reservedOnLimit()]).toEqual([0, 0]);
  });
});
