/**
 * Public buyers (issue 18): a buyer is private unless said; a stored buyer without a kind reads
 * as private; a public buyer cannot be insolvent, neither by its status nor by a risk event, and
 * the refusal names the field and the rule and stores nothing.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { buyerKeys } from '../../shared/data/keys.ts';
import { useDataLayer } from './data-layer.ts';

const data = useDataLayer('public');
const today = () => new Date().toISOString().slice(0, 10);
const ruleOf = (field: string) => ({ status: 400, extensions: { errors: [expect.objectContaining({ field, code: 'public_buyer_not_insolvent' })] } });

describe('public buyers', () => {
  it('a buyer is private unless created public, and reads back with its kind', async () => {
    const privateOne = await data.newBuyer();
    const publicOne = await data.newBuyer({ kind: 'public' });
    expect(privateOne.kind).toBe('private');
    expect(publicOne.kind).toBe('public');
    expect((await data.buyers.getBuyer(publicOne.buyerId)).kind).toBe('public');
    expect((await data.buyers.getBuyerItem(publicOne.buyerId))?.kind).toBe('public');
    expect(await data.item(buyerKeys.buyer(publicOne.buyerId))).toMatchObject({ kind: 'buyer', buyerKind: 'public' });
  });

  it('a buyer stored before buyers had kinds reads as private', async () => {
    const buyer = await data.newBuyer({ kind: 'public' });
    await data.table.documents.send(new UpdateCommand({ TableName: data.table.name, Key: buyerKeys.buyer(buyer.buyerId), UpdateExpression: 'REMOVE buyerKind' }));
    expect((await data.buyers.getBuyer(buyer.buyerId)).kind).toBe('private');
    expect((await data.buyers.getBuyerItem(buyer.buyerId))?.kind).toBe('private');
  });

  it('a patch changes the kind and keeps it', async () => {
    const buyer = await data.newBuyer();
    const { buyer: patched } = await data.buyers.updateBuyer(buyer.buyerId, { kind: 'public' }, new Date());
    expect(patched.kind).toBe('public');
    const { buyer: renamed } = await data.buyers.updateBuyer(buyer.buyerId, { legalName: 'Commune de Test' }, new Date());
    expect(renamed.kind).toBe('public');
    expect((await data.buyers.getBuyer(buyer.buyerId)).kind).toBe('public');
  });

  it('a public buyer cannot be created insolvent, nor made insolvent, nor made public while insolvent', async () => {
    await expect(data.newBuyer({ kind: 'public', status: 'insolvent' })).rejects.toMatchObject(ruleOf('status'));
    const publicOne = await data.newBuyer({ kind: 'public' });
    await expect(data.buyers.updateBuyer(publicOne.buyerId, { status: 'insolvent' }, new Date())).rejects.toMatchObject(ruleOf('status'));
    const insolvent = await data.newBuyer({ status: 'insolvent' });
    await expect(data.buyers.updateBuyer(insolvent.buyerId, { kind: 'public' }, new Date())).rejects.toMatchObject(ruleOf('kind'));
    expect((await data.buyers.getBuyer(publicOne.buyerId)).status).toBe('active');
    expect((await data.buyers.getBuyer(insolvent.buyerId)).kind).toBe('private');
  });

  it('an insolvency_opened event on a public buyer is refused naming the rule, and records nothing', async () => {
    const publicOne = await data.newBuyer({ kind: 'public', grade: 3 });
    const privateOne = await data.newBuyer({ grade: 3 });
    await expect(
      data.monitoring.recordRiskEvents({ events: [{ buyerId: privateOne.buyerId, type: 'insolvency_opened', occurredOn: today() }, { buyerId: publicOne.buyerId, type: 'insolvency_opened', occurredOn: today() }] }, new Date()),
    ).rejects.toMatchObject(ruleOf('events.1.type'));
    expect(await data.buyers.getBuyer(privateOne.buyerId)).toMatchObject({ grade: 3, status: 'active' });
    expect(await data.buyers.getBuyer(publicOne.buyerId)).toMatchObject({ grade: 3, status: 'active' });
    // Other events on a public buyer are recorded as on any other.
    const [recorded] = await data.monitoring.recordRiskEvents({ buyerId: publicOne.buyerId, type: 'payment_incident', occurredOn: today(), severity: 'high' }, new Date());
    expect(recorded?.to).toEqual({ grade: 6, status: 'active' });
  });
});
