/**
 * The API's edge seen from outside: an Idempotency-Key stands for one request (method, path
 * and body), never for another resource; cursors are opaque and belong to one list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';

let world: World;
let buyerId: string;

type Invoice = { invoiceId: string; outstanding: number; status: string };
type Problem = { type: string; status: number };

const invoices = async (key: string) =>
  (await world.call<{ items: Invoice[] }>('GET', `/v1/invoices?buyerId=${buyerId}&limit=100`, { key })).body.items;
const outstanding = async (invoiceId: string) => (await invoices(world.a.key)).find((invoice) => invoice.invoiceId === invoiceId)?.outstanding;

beforeAll(async () => {
  world = await startWorld();
  const buyer = await world.call<{ buyerId: string }>('POST', '/v1/buyers', {
    key: world.insurerKey,
    body: { legalName: 'Fonderie Lambert SAS', country: 'FR', registrationId: '732829320', sector: 'C24', grade: 3 },
  });
  expect(buyer.status, buyer.text).toBe(201);
  buyerId = buyer.body.buyerId;
});
afterAll(async () => {
  await world?.runtime.stop();
});

describe('Idempotency-Key and the resource in the path', () => {
  it('a key used on invoice A’s payments does not replay A’s payment for invoice B: 422, B unpaid; a fresh key pays B', async () => {
    const created = await world.call<{ items: Invoice[] }>('POST', '/v1/invoices', {
      key: world.a.key,
      body: {
        invoices: [
          { buyerId, number: 'IDEM-A', amount: 1_000_000, currency: 'EUR', issueDate: '2026-11-01', dueDate: '2026-12-01' },
          { buyerId, number: 'IDEM-B', amount: 1_000_000, currency: 'EUR', issueDate: '2026-11-01', dueDate: '2026-12-01' },
        ],
      },
    });
    expect(created.status, created.text).toBe(201);
    const [a, b] = created.body.items as [Invoice, Invoice];
    const payment = { amount: 400_000, paidOn: '2026-11-20' };
    const headers = { 'idempotency-key': 'payment-2026-11-20' };

    const paidA = await world.call<{ paymentId: string }>('POST', `/v1/invoices/${a.invoiceId}/payments`, { key: world.a.key, body: payment, headers });
    expect(paidA.status, paidA.text).toBe(201);

    const sameKeyOnB = await world.call<Problem>('POST', `/v1/invoices/${b.invoiceId}/payments`, { key: world.a.key, body: payment, headers });
    expect(sameKeyOnB.status, sameKeyOnB.text).toBe(422);
    expect(sameKeyOnB.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(sameKeyOnB.body.type).toBe('https://bouclier.dev/problems/idempotency-key-reused');
    expect(sameKeyOnB.headers.get('idempotent-replayed')).toBeNull();
    expect(await outstanding(b.invoiceId)).toBe(1_000_000);
    expect(await outstanding(a.invoiceId)).toBe(600_000);

    // The retry of A's own request is still A's first response.
    const retryA = await world.call<{ paymentId: string }>('POST', `/v1/invoices/${a.invoiceId}/payments`, { key: world.a.key, body: payment, headers });
    expect(retryA.status).toBe(201);
    expect(retryA.headers.get('idempotent-replayed')).toBe('true');
    expect(retryA.body.paymentId).toBe(paidA.body.paymentId);
    expect(await outstanding(a.invoiceId)).toBe(600_000);

    const paidB = await world.call('POST', `/v1/invoices/${b.invoiceId}/payments`, { key: world.a.key, body: payment, headers: { 'idempotency-key': 'payment-b-2026-11-20' } });
    expect(paidB.status, paidB.text).toBe(201);
    expect(await outstanding(b.invoiceId)).toBe(600_000);
  });

  it('POSTs without a body: rotating webhook W2’s secret with W1’s key is 422 and W2 keeps its secret', async () => {
    const register = (n: number) =>
      world.call<{ webhookId: string; secret: string }>('POST', '/v1/webhooks', {
        key: world.a.key,
        body: { url: `http://127.0.0.1:9/hooks/${n}`, eventTypes: ['limit.decided'] },
      });
    const [w1, w2] = [await register(1), await register(2)];
    expect(w1.status, w1.text).toBe(201);
    expect(w2.status, w2.text).toBe(201);
    const headers = { 'idempotency-key': 'rotate-monthly' };

    const rotated = await world.call<{ secret: string }>('POST', `/v1/webhooks/${w1.body.webhookId}/rotate-secret`, { key: world.a.key, headers });
    expect(rotated.status, rotated.text).toBe(201);
    const other = await world.call<Problem>('POST', `/v1/webhooks/${w2.body.webhookId}/rotate-secret`, { key: world.a.key, headers });
    expect(other.status, other.text).toBe(422);
    expect(other.body.type).toBe('https://bouclier.dev/problems/idempotency-key-reused');

    const again = await world.call<{ secret: string }>('POST', `/v1/webhooks/${w1.body.webhookId}/rotate-secret`, { key: world.a.key, headers });
    expect(again.status).toBe(201);
    expect(again.body.secret).toBe(rotated.body.secret);
    const fresh = await world.call<{ secret: string }>('POST', `/v1/webhooks/${w2.body.webhookId}/rotate-secret`, { key: world.a.key, headers: { 'idempotency-key': 'rotate-w2' } });
    expect(fresh.status).toBe(201);
    expect(fresh.body.secret).not.toBe(w2.body.secret);
  });

  it('the same key on another operation is 422 too, while another caller may use it freely', async () => {
    const headers = { 'idempotency-key': 'one-key-one-request' };
    const first = await world.call('POST', '/v1/api-keys', { key: world.a.key, headers });
    expect(first.status, first.text).toBe(201);
    const elsewhere = await world.call<Problem>('POST', '/v1/webhooks', {
      key: world.a.key,
      headers,
      body: { url: 'http://127.0.0.1:9/hooks/elsewhere', eventTypes: ['limit.decided'] },
    });
    expect(elsewhere.status, elsewhere.text).toBe(422);
    expect(elsewhere.body.type).toBe('https://bouclier.dev/problems/idempotency-key-reused');
    const otherTenant = await world.call('POST', '/v1/api-keys', { key: world.b.key, headers });
    expect(otherTenant.status).toBe(201);
    expect(otherTenant.headers.get('idempotent-replayed')).toBeNull();
  });
});
