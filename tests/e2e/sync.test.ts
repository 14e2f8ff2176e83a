/**
 * Syncing a tenant's lists with ?updatedSince=: after a moment, exactly the items created or
 * changed since, in the order they changed, across pages; before any change, nothing; combined
 * with a list's own filters, or not a moment, a 400 naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
type Item = Record<string, unknown>;
/** When an item last changed: its updatedAt; a policy version, which never changes, when it took effect. */
const stampOf = (item: Item) => String(item['updatedAt'] ?? item['effectiveFrom']);
type Page = { items: Item[]; cursor?: string };

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let registrations = 0;

async function newBuyer(): Promise<string> {
  registrations += 1;
  const created = await world.call<{ buyerId: string }>('POST', '/v1/buyers', {
    key: world.insurerKey,
    body: { legalName: `Synchro ${registrations} SAS`, country: 'FR', registrationId: `SYNC${Date.now()}${registrations}`, sector: 'C25', grade: 3 },
  });
  expect(created.status, created.text).toBe(201);
  return created.body.buyerId;
}

async function post<T>(path: string, body: unknown, key = world.a.key): Promise<T> {
  const response = await world.call<T>('POST', path, { key, body });
  expect(response.status, response.text).toBeLessThan(300);
  return response.body;
}

/** Every page of `path` with `query`, two items a page, following cursors. */
async function readAll(path: string, query: string, key = world.a.key): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const page = await world.call<Page>('GET', `${path}?limit=2${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { key });
    expect(page.status, page.text).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.cursor;
  } while (cursor);
  return items;
}

interface Synced {
  readonly name: string;
  readonly path: () => string;
  readonly id: string;
  readonly key?: () => string;
  /** Makes three items; returns their ids. */
  readonly make: () => Promise<string[]>;
  /** Changes the item with this id (one of those made). */
  readonly change: (id: string) => Promise<void>;
  /** A filter of the list that updatedSince does not combine with. */
  readonly filter?: string;
}

let webhookId: string;

const SYNCED: readonly Synced[] = [
  {
    name: 'limits',
    path: () => '/v1/limits',
    id: 'buyerId',
    make: async () => {
      const ids = [await newBuyer(), await newBuyer(), await newBuyer()];
      for (const buyerId of ids) await post('/v1/limit-requests', { buyerId, type: 'new', amount: 5_000_000 });
      return ids;
    },
    change: async (buyerId) => {
      await post('/v1/limit-requests', { buyerId, type: 'reduce', amount: 2_000_000 });
    },
  },
  {
    name: 'invoices',
    path: () => '/v1/invoices',
    id: 'invoiceId',
    filter: 'status=open',
    make: async () => {
      const buyerId = await newBuyer();
      await post('/v1/limit-requests', { buyerId, type: 'new', amount: 50_000_000 });
      const ids: string[] = [];
      for (let n = 0; n < 3; n++) {
        const invoice = await post<{ invoiceId: string }>('/v1/invoices', { buyerId, number: `SYNC-${registrations}-${n}`, amount: 100_000, currency: 'EUR', issueDate: day(-5), dueDate: day(30) });
        ids.push(invoice.invoiceId);
      }
      return ids;
    },
    change: async (invoiceId) => {
      await post(`/v1/invoices/${invoiceId}/payments`, { amount: 40_000, paidOn: day(0) });
    },
  },
  {
    name: 'claims',
    path: () => '/v1/claims',
    id: 'claimId',
    filter: 'status=in_collection',
    make: async () => {
      const ids: string[] = [];
      for (let n = 0; n < 3; n++) {
        const buyerId = await newBuyer();
        await post('/v1/limit-requests', { buyerId, type: 'new', amount: 10_000_000 });
        const invoice = await post<{ invoiceId: string }>('/v1/invoices', { buyerId, number: `SYNC-C-${registrations}`, amount: 100_000, currency: 'EUR', issueDate: day(-30), dueDate: day(-10) });
        const claim = await post<{ claimId: string }>('/v1/overdue-notifications', { buyerId, invoiceIds: [invoice.invoiceId] });
        ids.push(claim.claimId);
      }
      return ids;
    },
    change: async (claimId) => {
      const set = await world.call('PUT', `/v1/claims/${claimId}/documents/proof_of_delivery`, { key: world.a.key, body: { status: 'provided' } });
      expect(set.status, set.text).toBe(200);
    },
  },
  {
    name: 'webhook endpoints',
    path: () => '/v1/webhooks',
    id: 'webhookId',
    make: async () => {
      const ids: string[] = [];
      for (let n = 0; n < 3; n++) ids.push((await post<{ webhookId: string }>('/v1/webhooks', { url: `http://127.0.0.1:9/hooks/${n}`, eventTypes: ['limit.decided'] })).webhookId);
      webhookId = ids[0]!;
      return ids;
    },
    change: async (id) => {
      const patched = await world.call('PATCH', `/v1/webhooks/${id}`, { key: world.a.key, body: { description: 'moved' } });
      expect(patched.status, patched.text).toBe(200);
    },
  },
  {
    name: 'API keys',
    path: () => '/v1/api-keys',
    id: 'keyId',
    make: async () => {
      const ids: string[] = [];
      for (let n = 0; n < 3; n++) ids.push((await post<{ keyId: string }>('/v1/api-keys', {})).keyId);
      return ids;
    },
    change: async (keyId) => {
      const revoked = await world.call('DELETE', `/v1/api-keys/${keyId}`, { key: world.a.key });
      expect(revoked.status, revoked.text).toBe(204);
    },
  },
  {
    name: 'extension requests',
    path: () => '/v1/extension-requests',
    id: 'extensionId',
    filter: 'status=referred',
    make: async () => {
      const buyerId = await newBuyer();
      await post('/v1/limit-requests', { buyerId, type: 'new', amount: 50_000_000 });
      const ids: string[] = [];
      for (let n = 0; n < 3; n++) {
        const invoice = await post<{ invoiceId: string }>('/v1/invoices', { buyerId, number: `SYNC-E-${registrations}-${n}`, amount: 100_000, currency: 'EUR', issueDate: day(-5), dueDate: day(30 + n) });
        // Far past the maximum extension period: referred to the insurer.
        ids.push((await post<{ extensionId: string }>('/v1/extension-requests', { invoiceId: invoice.invoiceId, newDueDate: day(300) })).extensionId);
      }
      return ids;
    },
    change: async (extensionId) => {
      await post(`/v1/extension-requests/${extensionId}/decision`, { decision: 'approved' }, world.insurerKey);
    },
  },
  {
    name: 'policy versions',
    path: () => '/v1/policy/versions',
    id: 'version',
    make: async () => {
      const versions: string[] = [];
      for (let n = 0; n < 3; n++) {
        const changed = await world.call<{ version: number }>('PATCH', `/v1/tenants/${world.a.tenantId}/policy`, { key: world.insurerKey, body: { maxCreditPeriodDays: 100 + n } });
        expect(changed.status, changed.text).toBe(200);
        versions.push(String(changed.body.version));
      }
      return versions;
    },
    // A version never changes: a new one is the change.
    change: async () => {
      expect((await world.call('PATCH', `/v1/tenants/${world.a.tenantId}/policy`, { key: world.insurerKey, body: { maxCreditPeriodDays: 90 } })).status).toBe(200);
    },
  },
  {
    name: 'watchlist',
    path: () => '/v1/watchlist',
    id: 'buyerId',
    make: async () => {
      const ids = [await newBuyer(), await newBuyer(), await newBuyer()];
      for (const buyerId of ids) expect((await world.call('PUT', `/v1/watchlist/${buyerId}`, { key: world.a.key })).status).toBe(201);
      return ids;
    },
    // A watch never changes: watching one more buyer is the change.
    change: async () => {
      expect((await world.call('PUT', `/v1/watchlist/${await newBuyer()}`, { key: world.a.key })).status).toBe(201);
    },
  },
];

beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.runtime.stop();
});

describe.each(SYNCED)('GET $name?updatedSince=', (list) => {
  it('answers exactly what was made or changed since, in the order it changed, across pages', async () => {
    const made = await list.make();
    const before = await readAll(list.path(), '');
    const stamps = before.filter((item) => made.includes(String(item[list.id]))).map(stampOf);
    expect(stamps).toHaveLength(3);
    const since = new Date(Date.parse(stamps.sort().at(-1)!) + 1).toISOString();
    expect(await readAll(list.path(), `&updatedSince=${since}`)).toEqual([]);
    await sleep(5);
    await list.change(made[1]!);
    await sleep(5);
    await list.change(made[0]!);
    const changed = await readAll(list.path(), `&updatedSince=${since}`);
    expect(changed.length).toBeGreaterThanOrEqual(1);
    expect(changed.every((item) => stampOf(item) >= since)).toBe(true);
    expect(changed.map(stampOf)).toEqual([...changed.map(stampOf)].sort());
    if (list.name !== 'watchlist' && list.name !== 'policy versions') {
      expect(changed.map((item) => item[list.id])).toEqual([made[1], made[0]]);
    } else {
      expect(changed).toHaveLength(2);
      expect(changed.map((item) => item[list.id])).not.toContain(made[2]);
    }
    // The same moment written with an offset is the same moment.
    const inParis = new Date(Date.parse(since) + 2 * 3_600_000).toISOString().replace('Z', '+02:00');
    expect(await readAll(list.path(), `&updatedSince=${encodeURIComponent(inParis)}`)).toEqual(changed);
  });

  const filter = list.filter;
  if (filter) {
    it('is refused with the list’s own filter, naming it', async () => {
      const refused = await world.call<{ errors: { field: string; code: string }[] }>('GET', `${list.path()}?updatedSince=2026-01-01T00:00:00Z&${filter}`, { key: world.a.key });
      expect(refused.status, refused.text).toBe(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: filter.split('=')[0], code: 'exclusive' })]);
    });
  }

  it('is refused when it is not a moment', async () => {
    const refused = await world.call<{ errors: { field: string }[] }>('GET', `${list.path()}?updatedSince=yesterday`, { key: world.a.key });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error) => error.field)).toEqual(['updatedSince']);
  });
});

describe('a webhook’s deliveries', () => {
  it('are synced by updatedSince too', async () => {
    const since = new Date().toISOString();
    const sent = await world.call<{ deliveryId: string }>('POST', `/v1/webhooks/${webhookId}/test`, { key: world.a.key });
    expect(sent.status, sent.text).toBeLessThan(300);
    const deliveries = await eventually(async () => {
      const synced = await readAll(`/v1/webhooks/${webhookId}/deliveries`, `&updatedSince=${since}`);
      expect(synced.map((item) => item['deliveryId'])).toContain(sent.body.deliveryId);
      return synced;
    });
    expect(deliveries.every((item) => stampOf(item) >= since)).toBe(true);
    expect(deliveries.map(stampOf)).toEqual([...deliveries.map(stampOf)].sort());
  });
});
