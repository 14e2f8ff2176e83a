/**
 * The rough edges integrators hit first: validation errors that name the field, `{}` on a POST
 * that takes no body, a single invoice answered as itself with a Location that reads it back,
 * invoices listed without a buyer and filtered by key (full pages), the policy currency that
 * cannot change, and a referral that names the amount asked and the limit in force.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';

let world: World;
let buyerId: string;
let otherBuyerId: string;
type FieldError = { in: string; field: string; pointer: string; code: string };
type Invoice = { invoiceId: string; buyerId: string; number: string; status: string; outstanding: number };

let registrations = 0;
async function newBuyer(grade: number): Promise<string> {
  registrations += 1;
  const created = await world.call<{ buyerId: string }>('POST', '/v1/buyers', {
    key: world.insurerKey,
    body: { legalName: `Arête Vive ${registrations} SAS`, country: 'FR', registrationId: `EDGE${Date.now()}${registrations}`, sector: 'C25', grade },
  });
  expect(created.status, created.text).toBe(201);
  return created.body.buyerId;
}

let numbers = 0;
const invoice = (overrides: Record<string, unknown> = {}) => {
  numbers += 1;
  return { buyerId, number: `EDGE-${numbers}`, amount: 100_000, currency: 'EUR', issueDate: '2026-11-01', dueDate: '2026-12-01', ...overrides };
};
const errorsOf = (body: unknown) => ((body as { errors?: FieldError[] }).errors ?? []).map(({ field, pointer, code }) => ({ field, pointer, code }));

beforeAll(async () => {
  world = await startWorld();
  buyerId = await newBuyer(3);
  otherBuyerId = await newBuyer(3);
  for (const id of [buyerId, otherBuyerId]) {
    const limit = await world.call('POST', '/v1/limit-requests', { key: world.a.key, body: { buyerId: id, type: 'new', amount: 10_000_000 } });
    expect(limit.status, limit.text).toBe(201);
  }
});
afterAll(async () => {
  await world?.runtime.stop();
});

describe('validation errors name the failing field', () => {
  it('a single invoice without currency names currency, not the union', async () => {
    const { currency: _, ...withoutCurrency } = invoice();
    const response = await world.call('POST', '/v1/invoices', { key: world.a.key, body: withoutCurrency });
    expect(response.status).toBe(400);
    expect(errorsOf(response.body)).toEqual([{ field: 'currency', pointer: '#/currency', code: 'invalid_type' }]);
  });

  it('a single invoice with a decimal amount names amount', async () => {
    const response = await world.call('POST', '/v1/invoices', { key: world.a.key, body: invoice({ amount: 100000.5 }) });
    expect(response.status).toBe(400);
    expect(errorsOf(response.body)).toEqual([{ field: 'amount', pointer: '#/amount', code: 'invalid_type' }]);
  });

  it('a batch names the failing invoice by its index, dotted', async () => {
    const response = await world.call('POST', '/v1/invoices', { key: world.a.key, body: { invoices: [invoice(), invoice({ amount: -1 })] } });
    expect(response.status).toBe(400);
    expect(errorsOf(response.body)).toEqual([{ field: 'invoices.1.amount', pointer: '#/invoices/1/amount', code: 'too_small' }]);
  });

  it('each unknown key is its own error, with its own field and pointer', async () => {
    const response = await world.call('POST', '/v1/invoices', { key: world.a.key, body: invoice({ colour: 'blue', size: 3 }) });
    expect(response.status).toBe(400);
    expect(errorsOf(response.body)).toEqual([
      { field: 'colour', pointer: '#/colour', code: 'unrecognized_keys' },
      { field: 'size', pointer: '#/size', code: 'unrecognized_keys' },
    ]);
  });

  it('a batch of one with a currency that is not ISO 4217 names invoices.0.currency', async () => {
    const response = await world.call('POST', '/v1/invoices', { key: world.a.key, body: { invoices: [invoice({ currency: 'XXY' })] } });
    expect(response.status).toBe(400);
    expect(errorsOf(response.body)).toEqual([{ field: 'invoices.0.currency', pointer: '#/invoices/0/currency', code: 'custom' }]);
  });

  it('hand-built errors use the dotted notation too (overdue notification, risk events)', async () => {
    const notified = await world.call('POST', '/v1/overdue-notifications', {
      key: world.a.key,
      body: { buyerId, invoiceIds: ['inv_01JAAAAAAAAAAAAAAAAAAAAAAA'] },
    });
    expect(notified.status).toBe(400);
    expect(errorsOf(notified.body)).toEqual([{ field: 'invoiceIds.0', pointer: '#/invoiceIds/0', code: 'unknown_invoice' }]);
    const events = await world.call('POST', '/v1/risk-events', {
      key: world.insurerKey,
      body: { events: [{ buyerId, type: 'payment_incident', occurredOn: '2026-01-01' }, { buyerId: 'byr_01JAAAAAAAAAAAAAAAAAAAAAAA', type: 'closure', occurredOn: '2026-01-01' }] },
    });
    expect(events.status).toBe(400);
    expect(errorsOf(events.body)).toEqual([{ field: 'events.1.buyerId', pointer: '#/events/1/buyerId', code: 'unknown_buyer' }]);
  });
});

describe('a POST that takes no body', () => {
  it('accepts an empty JSON object as well as no body; any other body is refused', async () => {
    const empty = await world.call<{ keyId: string }>('POST', '/v1/api-keys', { key: world.a.key, body: {} });
    expect(empty.status, empty.text).toBe(201);
    const none = await world.call('POST', '/v1/api-keys', { key: world.a.key });
    expect(none.status).toBe(201);
    const something = await world.call('POST', '/v1/api-keys', { key: world.a.key, body: { role: 'insurer' } });
    expect(something.status).toBe(400);
    expect(errorsOf(something.body)).toEqual([{ field: '', pointer: '#', code: 'unexpected_body' }]);
    const array = await world.call('POST', '/v1/api-keys', { key: world.a.key, body: [] });
    expect(array.status).toBe(400);
  });
});

describe('created resources answer themselves, with a Location that reads them back', () => {
  it('one invoice answers the invoice; GET /v1/invoices/{id} reads it; another tenant gets 404', async () => {
    const created = await world.call<Invoice>('POST', '/v1/invoices', { key: world.a.key, body: invoice() });
    expect(created.status, created.text).toBe(201);
    expect(created.body.invoiceId).toMatch(/^inv_/);
    const location = created.headers.get('location');
    expect(location).toBe(`/v1/invoices/${created.body.invoiceId}`);
    const read = await world.call<Invoice>('GET', location!, { key: world.a.key });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
    const foreign = await world.call('GET', location!, { key: world.b.key });
    expect(foreign.status).toBe(404);
    const missing = await world.call('GET', '/v1/invoices/inv_01JAAAAAAAAAAAAAAAAAAAAAAA', { key: world.a.key });
    expect(missing.status).toBe(404);
    expect(foreign.body['detail']).toBe(String(missing.body['detail']).replace('inv_01JAAAAAAAAAAAAAAAAAAAAAAA', created.body.invoiceId));

    // The 409 of a number already used points at the invoice, which now exists.
    const duplicate = await world.call('POST', '/v1/invoices', { key: world.a.key, body: { ...invoice(), number: created.body.number } });
    expect(duplicate.status).toBe(409);
    expect((await world.call('GET', duplicate.headers.get('location')!, { key: world.a.key })).body).toEqual(created.body);
  });

  it('a batch answers {items}; its Location names the first invoice', async () => {
    const created = await world.call<{ items: Invoice[] }>('POST', '/v1/invoices', { key: world.a.key, body: { invoices: [invoice(), invoice()] } });
    expect(created.status).toBe(201);
    expect(created.body.items).toHaveLength(2);
    expect(created.headers.get('location')).toBe(`/v1/invoices/${created.body.items[0]!.invoiceId}`);
  });

  it('a committed cover check answers a Location; GET /v1/orders/{id} reads the order; another tenant gets 404', async () => {
    const checked = await world.call<{ orderId: string }>('POST', '/v1/cover-checks', {
      key: world.a.key,
      body: { buyerId, amount: 200_000, paymentTermsDays: 30, commit: true },
    });
    expect(checked.status).toBe(201);
    expect(checked.headers.get('location')).toBe(`/v1/orders/${checked.body.orderId}`);
    const order = await world.call<{ orderId: string; status: string; coveredAmount: number }>('GET', `/v1/orders/${checked.body.orderId}`, { key: world.a.key });
    expect(order.status).toBe(200);
    expect(order.body).toMatchObject({ orderId: checked.body.orderId, status: 'committed', coveredAmount: 200_000 });
    expect((await world.call('GET', `/v1/orders/${checked.body.orderId}`, { key: world.b.key })).status).toBe(404);
  });

  it('a limit decided at once and a payment answer a Location that reads them back', async () => {
    const decided = await world.call('POST', '/v1/limit-requests', { key: world.a.key, body: { buyerId, type: 'increase', amount: 11_000_000 } });
    expect(decided.status, decided.text).toBe(201);
    expect(decided.headers.get('location')).toBe(`/v1/limits/${buyerId}`);
    const created = await world.call<Invoice>('POST', '/v1/invoices', { key: world.a.key, body: invoice() });
    const paid = await world.call<{ paymentId: string }>('POST', `/v1/invoices/${created.body.invoiceId}/payments`, { key: world.a.key, body: { amount: 100, paidOn: '2026-11-02' } });
    expect(paid.status, paid.text).toBe(201);
    const location = paid.headers.get('location');
    expect(location).toBeTruthy();
    expect((await world.call('GET', location!, { key: world.a.key })).status).toBe(200);
  });
});

describe('invoices listed by key', () => {
  it('without buyerId lists the tenant’s invoices; status selects full pages', async () => {
    const key = world.b.key;
    const limit = await world.call('POST', '/v1/limit-requests', { key, body: { buyerId: otherBuyerId, type: 'new', amount: 10_000_000 } });
    expect(limit.status).toBe(201);
    const declared: Invoice[] = [];
    for (const number of ['L-1', 'L-2', 'L-3', 'L-4', 'L-5']) {
      const created = await world.call<Invoice>('POST', '/v1/invoices', { key, body: invoice({ buyerId: number === 'L-5' ? otherBuyerId : buyerId, number }) });
      expect(created.status, created.text).toBe(201);
      declared.push(created.body);
    }
    // The first three are paid: a filter applied after reading a page would return short pages.
    for (const paid of declared.slice(0, 3)) {
      const payment = await world.call('POST', `/v1/invoices/${paid.invoiceId}/payments`, { key, body: { amount: 100_000, paidOn: '2026-11-02' } });
      expect(payment.status).toBe(201);
    }
    const all = await world.call<{ items: Invoice[] }>('GET', '/v1/invoices?limit=100', { key });
    expect(all.status, all.text).toBe(200);
    expect(all.body.items.map((item) => item.number).sort()).toEqual(['L-1', 'L-2', 'L-3', 'L-4', 'L-5']);

    const firstOpen = await world.call<{ items: Invoice[]; cursor?: string }>('GET', '/v1/invoices?status=open&limit=1', { key });
    expect(firstOpen.body.items.map((item) => item.status)).toEqual(['open']);
    const secondOpen = await world.call<{ items: Invoice[]; cursor?: string }>('GET', `/v1/invoices?status=open&limit=1&cursor=${firstOpen.body.cursor}`, { key });
    expect(secondOpen.body.items.map((item) => item.status)).toEqual(['open']);
    expect([firstOpen.body.items[0]!.number, secondOpen.body.items[0]!.number].sort()).toEqual(['L-4', 'L-5']);

    const openOnBuyer = await world.call<{ items: Invoice[] }>('GET', `/v1/invoices?buyerId=${buyerId}&status=open&limit=1`, { key });
    expect(openOnBuyer.body.items.map((item) => item.number)).toEqual(['L-4']);
    const paidOnBuyer = await world.call<{ items: Invoice[] }>('GET', `/v1/invoices?buyerId=${buyerId}&status=paid&limit=2`, { key });
    expect(paidOnBuyer.body.items).toHaveLength(2);
    expect(paidOnBuyer.body.items.every((item) => item.status === 'paid')).toBe(true);
  });
});

describe('other lists select by key: full pages', () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  it('claims by status: the older open claim comes on the first page, past a newer closed one', async () => {
    const key = world.a.key;
    const notify = async () => {
      const buyer = await newBuyer(3);
      const limit = await world.call('POST', '/v1/limit-requests', { key, body: { buyerId: buyer, type: 'new', amount: 10_000_000 } });
      expect(limit.status).toBe(201);
      const overdue = await world.call<Invoice>('POST', '/v1/invoices', { key, body: invoice({ buyerId: buyer, issueDate: day(-30), dueDate: day(-10) }) });
      expect(overdue.status, overdue.text).toBe(201);
      const notified = await world.call<{ claimId: string }>('POST', '/v1/overdue-notifications', { key, body: { buyerId: buyer, invoiceIds: [overdue.body.invoiceId] } });
      expect(notified.status, notified.text).toBe(201);
      return { buyer, claimId: notified.body.claimId };
    };
    const open = await notify();
    const closed = await notify();
    const collected = await world.call<{ status: string }>('POST', `/v1/claims/${closed.claimId}/collections`, { key: world.insurerKey, body: { amount: 100_000, receivedOn: day(0) } });
    expect(collected.body.status).toBe('closed');
    expect(collected.headers.get('location')).toBe(`/v1/claims/${closed.claimId}`);

    const page = await world.call<{ items: { claimId: string }[] }>('GET', '/v1/claims?status=in_collection&limit=1', { key });
    expect(page.body.items.map((claim) => claim.claimId)).toEqual([open.claimId]);
    const onBuyer = await world.call<{ items: { claimId: string }[] }>('GET', `/v1/claims?status=closed&buyerId=${closed.buyer}&limit=1`, { key });
    expect(onBuyer.body.items.map((claim) => claim.claimId)).toEqual([closed.claimId]);
  });

  it('sector alerts by status: the older open alert comes on the first page, past a newer closed one', async () => {
    const raise = async (country: string) => {
      const raised = await world.call<{ alertId: string }>('POST', '/v1/sector-alerts', { key: world.insurerKey, body: { sector: 'F41', country } });
      expect(raised.status, raised.text).toBe(201);
      return raised.body.alertId;
    };
    const open = await raise('PT');
    const closed = await raise('GR');
    expect((await world.call('POST', `/v1/sector-alerts/${closed}/close`, { key: world.insurerKey })).status).toBe(200);
    const page = await world.call<{ items: { alertId: string; status: string }[] }>('GET', '/v1/sector-alerts?status=open&limit=1', { key: world.a.key });
    expect(page.body.items.map((alert) => alert.alertId)).toEqual([open]);
    const closedPage = await world.call<{ items: { alertId: string }[] }>('GET', '/v1/sector-alerts?status=closed&limit=1', { key: world.a.key });
    expect(closedPage.body.items.map((alert) => alert.alertId)).toEqual([closed]);
  });
});

describe('policy currency', () => {
  it('says the currency cannot change', async () => {
    const response = await world.call('PATCH', `/v1/tenants/${world.a.tenantId}/policy`, { key: world.insurerKey, body: { currency: 'USD' } });
    expect(response.status).toBe(400);
    expect(errorsOf(response.body)).toEqual([{ field: 'currency', pointer: '#/currency', code: 'immutable' }]);
    expect(String(response.body['detail'])).toContain('the policy currency cannot change');
  });
});

describe('a referral names the amount asked and the limit in force', () => {
  it('202 with requestedAmount and currentAmount; the reason says each amount once', async () => {
    const referredBuyer = await newBuyer(6);
    const small = await world.call('POST', '/v1/limit-requests', { key: world.a.key, body: { buyerId: referredBuyer, type: 'new', amount: 1_000_000 } });
    expect(small.status, small.text).toBe(201);
    const referred = await world.call<{ amount: number; requestedAmount: number; currentAmount: number; reasons: { code: string; message: string }[] }>('POST', '/v1/limit-requests', {
      key: world.a.key,
      body: { buyerId: referredBuyer, type: 'increase', amount: 90_000_000 },
    });
    expect(referred.status, referred.text).toBe(202);
    expect(referred.body).toMatchObject({ amount: 1_000_000, requestedAmount: 90_000_000, currentAmount: 1_000_000 });
    const message = referred.body.reasons.find((reason) => reason.code === 'above_auto_ceiling')!.message;
    expect(message.split('EUR 900,000.00')).toHaveLength(2);
  });
});
