/**
 * A batch of invoices reads the orders it invoices before its first transaction: in one
 * strongly consistent BatchGetItem per 100 orders, not one GetItem after another (100 round
 * trips before the first write). What it answers is unchanged: the first invoice, in the
 * batch's order, whose order is missing, another buyer's or not committed decides the answer,
 * and nothing is stored.
 */
import { BatchGetCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Principal, TenantContext } from '../../shared/access/index.ts';
import { newId } from '../../shared/data/ids.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { samplePolicy } from '../support/http-client.ts';
import { orderKeys } from '../../shared/data/keys.ts';
import { useDataLayer } from './data-layer.ts';

const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
const COVERED = 100_000;
const day = new Date().toISOString().slice(0, 10);

const data = useDataLayer('invoice-orders');
afterEach(() => {
  vi.restoreAllMocks();
});

let registration = 0;
async function world() {
  const tenant = await data.tenancy.createTenant(insurer, { name: 'Livraisons SAS', tier: 'standard', policy: PolicyInput.parse(samplePolicy()) }, new Date());
  const context = data.access.TenantContext.forInsurer(insurer, tenant.tenantId);
  const newBuyer = async () => {
    registration += 1;
    return (await data.buyers.createBuyer({ legalName: 'Client SA', country: 'FR', registrationId: `7${String(Date.now() + registration).slice(-8)}`, sector: 'C29', grade: 2, status: 'active' }, new Date())).buyerId;
  };
  return { context, newBuyer };
}

/** Orders as a committed cover check leaves them: the order, and its reservation on the exposure. */
async function placeOrders(context: TenantContext, buyerId: string, statuses: readonly ('committed' | 'released' | 'invoiced')[]): Promise<string[]> {
  const ids: string[] = [];
  for (const status of statuses) {
    const orderId = newId('order');
    ids.push(orderId);
    const order = { orderId, buyerId, amount: COVERED, coveredAmount: COVERED, currency: 'EUR', deliveryDate: day, status, createdAt: new Date().toISOString() };
    await data.table.documents.send(new PutCommand({ TableName: data.table.name, Item: { ...orderKeys.order(context, orderId), kind: 'order', ...order } }));
  }
  const committed = statuses.filter((status) => status === 'committed').length * COVERED;
  await data.table.documents.send(
    new PutCommand({ TableName: data.table.name, Item: { ...orderKeys.exposure(context, buyerId), kind: 'exposure', buyerId, outstanding: 0, committed, used: committed } }),
  );
  return ids;
}

const invoice = (buyerId: string, n: number, orderId?: string) => ({ buyerId, number: `INV-${n}`, amount: COVERED, currency: 'EUR', issueDate: day, dueDate: day, ...(orderId ? { orderId } : {}) });

/** The reads of order items the data layer sends, by command. */
function orderReads() {
  const send = vi.spyOn(data.client.documents, 'send');
  const isOrderKey = (key: unknown) => typeof (key as { sk?: unknown })?.sk === 'string' && (key as { sk: string }).sk.startsWith('ORDER#');
  type Read = { get: number; consistent: boolean } | { batch: number; consistent: boolean };
  return () =>
    send.mock.calls.flatMap(([command]): Read[] => {
      if (command instanceof GetCommand && isOrderKey(command.input.Key)) return [{ get: 1, consistent: command.input.ConsistentRead === true }];
      if (command instanceof BatchGetCommand) {
        const requests = Object.values(command.input.RequestItems ?? {});
        const keys = requests.flatMap((request) => request.Keys ?? []).filter(isOrderKey);
        if (keys.length > 0) return [{ batch: keys.length, consistent: requests.every((request) => request.ConsistentRead === true) }];
      }
      return [];
    });
}

describe('the orders of an invoice batch', () => {
  it('are read in one strongly consistent BatchGetItem per 100, before the first transaction', async () => {
    const { context, newBuyer } = await world();
    const buyerId = await newBuyer();
    const ids = await placeOrders(context, buyerId, Array.from({ length: 100 }, () => 'committed' as const));
    const reads = orderReads();

    const declared = await data.orders.createInvoices(context, ids.map((orderId, n) => invoice(buyerId, n, orderId)), new Date());

    expect(reads()).toEqual([{ batch: 100, consistent: true }]);
    expect(declared.map((each) => each.orderId)).toEqual(ids);
    const exposure = await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: orderKeys.exposure(context, buyerId), ConsistentRead: true }));
    expect(exposure.Item).toMatchObject({ committed: 0, outstanding: 100 * COVERED, used: 100 * COVERED });
    const last = await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: orderKeys.order(context, ids[99] as string), ConsistentRead: true }));
    expect(last.Item?.['status']).toBe('invoiced');
  });

  it.each([
    ['a missing order before a released one', ['missing', 'released'], 404, /No order .* on buyer/],
    ['a released order before a missing one', ['released', 'missing'], 409, /is released/],
    ['another buyer’s order before an invoiced one', ['foreign', 'invoiced'], 404, /No order .* on buyer/],
    ['an invoiced order before another buyer’s', ['invoiced', 'foreign'], 409, /is invoiced/],
  ] as const)('%s: the first in the batch decides, and nothing is stored', async (_, faults, status, detail) => {
    const { context, newBuyer } = await world();
    const [buyerId, otherBuyerId] = [await newBuyer(), await newBuyer()];
    const [good] = await placeOrders(context, buyerId, ['committed']);
    const orderOf = async (fault: (typeof faults)[number]) => {
      if (fault === 'missing') return newId('order');
      if (fault === 'foreign') return (await placeOrders(context, otherBuyerId, ['committed']))[0] as string;
      return (await placeOrders(context, buyerId, [fault]))[0] as string;
    };
    const [first, second] = [await orderOf(faults[0]), await orderOf(faults[1])];

    const refused = await data.orders.createInvoices(context, [invoice(buyerId, 1, good), invoice(buyerId, 2, first), invoice(buyerId, 3), invoice(buyerId, 4, second)], new Date()).catch((error: unknown) => error);

    expect(refused).toMatchObject({ status, detail: expect.stringMatching(detail) });
    expect((refused as { detail: string }).detail).toContain(first);
    const stored = await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: orderKeys.invoiceNumber(context, 'INV-1'), ConsistentRead: true }));
    expect(stored.Item).toBeUndefined();
    const order = await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: orderKeys.order(context, good as string), ConsistentRead: true }));
    expect(order.Item?.['status']).toBe('committed');
  });
});
