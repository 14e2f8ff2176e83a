/**
 * Items read from the table are parsed per kind at the repository's edge: a malformed item
 * (a counter that is not an integer, an amount stored as text) is an error naming its kind,
 * key and attribute where it is read, not a wrong figure inside a cover check or a limit.
 */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { limitKeys, orderKeys } from '../../shared/data/keys.ts';
import { useDataLayer } from './data-layer.ts';

const data = useDataLayer('stored');

let registrations = 0;
async function tenantWithBuyer(name: string) {
  registrations += 1;
  const { context } = await data.newTenant({ name });
  const buyer = await data.buyers.createBuyer({ legalName: `${name} Client SA`, country: 'FR', registrationId: `7${registrations}${Date.now()}`.slice(0, 9), sector: 'C29', grade: 3, status: 'active' }, new Date());
  return { context, buyerId: buyer.buyerId };
}

describe('stored items parsed at the edge', () => {
  it('a limit whose amount is stored as text is refused where it is read, naming it', async () => {
    const { context, buyerId } = await tenantWithBuyer('Texte SAS');
    const decided = await data.limits.requestLimit(context, { buyerId, type: 'new', amount: 1_000_000 }, new Date());
    expect(decided.status).toBe(201);
    await data.table.documents.send(
      new UpdateCommand({ TableName: data.table.name, Key: limitKeys.limit(context, buyerId), UpdateExpression: 'SET amount = :text', ExpressionAttributeValues: { ':text': '1000000' } }),
    );
    const read = data.limits.getLimit(context, buyerId, new Date());
    await expect(read).rejects.toMatchObject({ name: 'MalformedItemError', kind: 'limit' });
    await expect(read).rejects.toThrow(/amount/);
  });

  it('an exposure counter that is not an integer stops a cover check instead of deciding on it', async () => {
    const { context, buyerId } = await tenantWithBuyer('Virgule SAS');
    await data.limits.requestLimit(context, { buyerId, type: 'new', amount: 1_000_000 }, new Date());
    await data.table.documents.send(
      new PutCommand({ TableName: data.table.name, Item: { ...orderKeys.exposure(context, buyerId), kind: 'exposure', buyerId, outstanding: 0.5, committed: 0, used: 0.5 } }),
    );
    const checked = data.orders.coverCheck(context, { buyerId, amount: 100_000, paymentTermsDays: 30, strategicImportance: 'normal', commit: false }, new Date());
    await expect(checked).rejects.toMatchObject({ name: 'MalformedItemError', kind: 'exposure' });
    await expect(checked).rejects.toThrow(/outstanding/);
  });

  it('well-formed items read as before', async () => {
    const { context, buyerId } = await tenantWithBuyer('Correct SAS');
    await data.limits.requestLimit(context, { buyerId, type: 'new', amount: 1_000_000 }, new Date());
    const checked = await data.orders.coverCheck(context, { buyerId, amount: 100_000, paymentTermsDays: 30, strategicImportance: 'normal', commit: false }, new Date());
    expect(checked).toMatchObject({ covered: true, coveredAmount: 100_000 });
  });
});
