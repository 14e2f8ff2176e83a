/**
 * Items read from the table are parsed per kind at the repository's edge: a malformed item
 * (a counter that is not an integer, an amount stored as text) is an error naming its kind,
 * key and attribute where it is read, not a wrong figure inside a cover check or a limit.
 */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
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
import { limitKeys, orderKeys } from '../../shared/data/keys.ts';

let environment: Awaited<ReturnType<typeof dataLayerEnvironment>>;
let buyers: typeof BuyersModule;
let limits: typeof LimitsModule;
let orders: typeof OrdersModule;
let tenancy: typeof TenancyModule;
let auth: typeof AuthModule;
const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };

beforeAll(async () => {
  environment = await dataLayerEnvironment('stored');
  buyers = await import('../../shared/data/buyers.ts');
  limits = await import('../../shared/data/limits.ts');
  orders = await import('../../shared/data/orders.ts');
  tenancy = await import('../../shared/data/tenancy.ts');
  auth = await import('../../shared/access/index.ts');
});
afterAll(async () => {
  await environment.stop();
});

let registrations = 0;
async function tenantWithBuyer(name: string) {
  registrations += 1;
  const tenant = await tenancy.createTenant(insurer, { name, tier: 'standard', policy: PolicyInput.parse(samplePolicy()) }, new Date());
  const context = auth.TenantContext.forInsurer(insurer, tenant.tenantId);
  const buyer = await buyers.createBuyer({ legalName: `${name} Client SA`, country: 'FR', registrationId: `7${registrations}${Date.now()}`.slice(0, 9), sector: 'C29', grade: 3, status: 'active' }, new Date());
  return { context, buyerId: buyer.buyerId };
}

describe('stored items parsed at the edge', () => {
  it('a limit whose amount is stored as text is refused where it is read, naming it', async () => {
    const { context, buyerId } = await tenantWithBuyer('Texte SAS');
    const decided = await limits.requestLimit(context, { buyerId, type: 'new', amount: 1_000_000 }, new Date());
    expect(decided.status).toBe(201);
    await environment.table.documents.send(
      new UpdateCommand({ TableName: environment.table.name, Key: limitKeys.limit(context, buyerId), UpdateExpression: 'SET amount = :text', ExpressionAttributeValues: { ':text': '1000000' } }),
    );
    const read = limits.getLimit(context, buyerId, new Date());
    await expect(read).rejects.toMatchObject({ name: 'MalformedItemError', kind: 'limit' });
    await expect(read).rejects.toThrow(/amount/);
  });

  it('an exposure counter that is not an integer stops a cover check instead of deciding on it', async () => {
    const { context, buyerId } = await tenantWithBuyer('Virgule SAS');
    await limits.requestLimit(context, { buyerId, type: 'new', amount: 1_000_000 }, new Date());
    await environment.table.documents.send(
      new PutCommand({ TableName: environment.table.name, Item: { ...orderKeys.exposure(context, buyerId), kind: 'exposure', buyerId, outstanding: 0.5, committed: 0, used: 0.5 } }),
    );
    const checked = orders.coverCheck(context, { buyerId, amount: 100_000, paymentTermsDays: 30, strategicImportance: 'normal', commit: false }, new Date());
    await expect(checked).rejects.toMatchObject({ name: 'MalformedItemError', kind: 'exposure' });
    await expect(checked).rejects.toThrow(/outstanding/);
  });

  it('well-formed items read as before', async () => {
    const { context, buyerId } = await tenantWithBuyer('Correct SAS');
    await limits.requestLimit(context, { buyerId, type: 'new', amount: 1_000_000 }, new Date());
    const checked = await orders.coverCheck(context, { buyerId, amount: 100_000, paymentTermsDays: 30, strategicImportance: 'normal', commit: false }, new Date());
    expect(checked).toMatchObject({ covered: true, coveredAmount: 100_000 });
  });
});
