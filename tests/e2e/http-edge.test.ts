/**
 * The API's edge seen from outside: an Idempotency-Key stands for one request (method, path
 * and body), never for another resource; cursors are opaque and belong to one list.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../support/http-client.ts';
import { startRuntimeProcess } from '../support/runtime-process.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
let buyerId: string;

type Invoice = { invoiceId: string; outstanding: number; status: string };
type Problem = { type: string; status: number };
type KeyPage = { items: { keyId: string }[]; cursor?: string };

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

describe('cursors', () => {
  const invalidCursor = (response: { status: number; text: string; body: unknown }) => {
    expect(response.status, response.text).toBe(400);
    expect(response.body).toMatchObject({ type: 'https://bouclier.dev/problems/invalid-cursor', errors: [{ in: 'query', field: 'cursor' }] });
  };

  it('are opaque: no table key, tenant id or JSON in them; another tenant’s, another list’s or an altered one is 400 invalid-cursor', async () => {
    for (let i = 0; i < 2; i += 1) expect((await world.call('POST', '/v1/api-keys', { key: world.a.key })).status).toBe(201);
    const first = await world.call<KeyPage>('GET', '/v1/api-keys?limit=1', { key: world.a.key });
    expect(first.status, first.text).toBe(200);
    const cursor = first.body.cursor as string;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
    for (const text of [cursor, decoded]) {
      for (const revealing of ['TENANT#', 'APIKEY#', world.a.tenantId, first.body.items[0]?.keyId as string, '"pk"']) expect(text).not.toContain(revealing);
    }
    expect(() => JSON.parse(decoded) as unknown).toThrow();

    const second = await world.call<KeyPage>('GET', `/v1/api-keys?limit=1&cursor=${cursor}`, { key: world.a.key });
    expect(second.status, second.text).toBe(200);
    expect(second.body.items[0]?.keyId).not.toBe(first.body.items[0]?.keyId);

    // Tenant B with A's cursor, on B's own list of the same kind.
    invalidCursor(await world.call('GET', `/v1/api-keys?limit=1&cursor=${cursor}`, { key: world.b.key }));
    // A's cursor on another of A's lists.
    invalidCursor(await world.call('GET', `/v1/webhooks?limit=1&cursor=${cursor}`, { key: world.a.key }));
    // Altered: one character changed.
    const altered = cursor.slice(0, 10) + (cursor[10] === 'A' ? 'B' : 'A') + cursor.slice(11);
    invalidCursor(await world.call('GET', `/v1/api-keys?limit=1&cursor=${altered}`, { key: world.a.key }));
    // Forged the way cursors used to be made, naming A's own partition and a real key of A.
    const forged = Buffer.from(JSON.stringify({ pk: `TENANT#${world.a.tenantId}`, sk: `APIKEY#${first.body.items[0]?.keyId}` })).toString('base64url');
    invalidCursor(await world.call('GET', `/v1/api-keys?limit=1&cursor=${forged}`, { key: world.a.key }));
  });
});

describe('cursors across a restart of the local runtime', () => {
  it('stay valid: the secret is made once and kept in the data directory, readable by its owner only', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-cursor-'));
    const insurerKey = `bk_test_ins_${randomBytes(24).toString('base64url')}`;
    const env = { BOUCLIER_INSURER_KEY: insurerKey, BOUCLIER_SEED: 'none' };
    try {
      const first = await startRuntimeProcess({ dataDir, env });
      let cursor: string;
      let firstKeyId: string | undefined;
      try {
        const call = client(first.url);
        for (let i = 0; i < 2; i += 1) expect((await call('POST', '/v1/api-keys', { key: insurerKey })).status).toBe(201);
        const page = await call<KeyPage>('GET', '/v1/api-keys?limit=1', { key: insurerKey });
        cursor = page.body.cursor as string;
        firstKeyId = page.body.items[0]?.keyId;
        expect(cursor).toBeTruthy();
      } finally {
        expect(await first.stop()).toBe(0);
      }
      const file = path.join(dataDir, 'cursor-secret');
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await readFile(file, 'utf8')).trim()).toMatch(/^[A-Za-z0-9_-]{43}$/);

      const second = await startRuntimeProcess({ dataDir, env });
      try {
        const next = await client(second.url)<KeyPage>('GET', `/v1/api-keys?limit=1&cursor=${cursor}`, { key: insurerKey });
        expect(next.status, next.text).toBe(200);
        expect(next.body.items).toHaveLength(1);
        expect(next.body.items[0]?.keyId).not.toBe(firstKeyId);
      } finally {
        expect(await second.stop()).toBe(0);
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
