/**
 * Safe concurrent updates over HTTP: each resource people edit answers its revision as an
 * ETag; a change sent with the ETag read applies and answers the next one; a change sent with
 * a stale one is 412 precondition-failed and changes nothing; without If-Match a change applies
 * as it always did; a malformed If-Match is a 400 naming the header.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';

let world: World;
let buyerId: string;
let webhookId: string;
let defaultMatrixRules: Record<string, unknown>[];

interface Editable {
  readonly name: string;
  readonly read: { readonly path: string; readonly key: () => string };
  readonly write: { readonly method: 'PUT' | 'PATCH'; readonly path: string; readonly key: () => string };
  /** The nth change's body, from what was read; `shows` says whether a read shows it. */
  readonly change: (read: Record<string, unknown>, n: number) => Record<string, unknown>;
  readonly shows: (read: Record<string, unknown>, n: number) => boolean;
}

const withoutStamps = (read: Record<string, unknown>) => {
  const { isDefault: _d, updatedAt: _u, ...rest } = read;
  return rest;
};

const EDITABLE: readonly Editable[] = [
  {
    name: 'the policy (insurer: the tenant)',
    read: { path: '/v1/tenants/{tenant}', key: () => world.insurerKey },
    write: { method: 'PATCH', path: '/v1/tenants/{tenant}/policy', key: () => world.insurerKey },
    change: (_read, n) => ({ maxCreditPeriodDays: 100 + n }),
    shows: (read, n) => (read['policy'] as { maxCreditPeriodDays: number }).maxCreditPeriodDays === 100 + n,
  },
  {
    name: 'the policy (tenant)',
    read: { path: '/v1/policy', key: () => world.a.key },
    write: { method: 'PATCH', path: '/v1/tenants/{tenant}/policy', key: () => world.insurerKey },
    change: (_read, n) => ({ maxCreditPeriodDays: 110 + n }),
    shows: (read, n) => read['maxCreditPeriodDays'] === 110 + n,
  },
  {
    name: 'the decision matrix',
    read: { path: '/v1/decision-matrix', key: () => world.a.key },
    write: { method: 'PUT', path: '/v1/decision-matrix', key: () => world.a.key },
    // A rule for grade 1 above a margin, before the default rules (which still cover every grade).
    change: (_read, n) => ({ rules: [{ ...defaultMatrixRules[0], grades: { min: 1, max: 1 }, minMarginBp: 100 + n }, ...defaultMatrixRules] }),
    shows: (read, n) => (read['rules'] as { minMarginBp?: number }[])[0]?.minMarginBp === 100 + n,
  },
  {
    name: 'the limit rules',
    read: { path: '/v1/underwriting/rules', key: () => world.insurerKey },
    write: { method: 'PUT', path: '/v1/underwriting/rules', key: () => world.insurerKey },
    change: (read, n) => ({ ...withoutStamps(read), buyerCapacityEur: { ...(read['buyerCapacityEur'] as Record<string, number>), 3: 900_000_000 + n * 1_000_000 } }),
    shows: (read, n) => (read['buyerCapacityEur'] as Record<string, number>)['3'] === 900_000_000 + n * 1_000_000,
  },
  {
    name: 'the monitoring rules',
    read: { path: '/v1/underwriting/monitoring-rules', key: () => world.insurerKey },
    write: { method: 'PUT', path: '/v1/underwriting/monitoring-rules', key: () => world.insurerKey },
    change: (read, n) => ({ ...withoutStamps(read), downgrades: { ...(read['downgrades'] as Record<string, unknown>), noticeDays: 10 + n } }),
    shows: (read, n) => (read['downgrades'] as { noticeDays: number }).noticeDays === 10 + n,
  },
  {
    name: 'a webhook endpoint',
    read: { path: '/v1/webhooks/{webhook}', key: () => world.a.key },
    write: { method: 'PATCH', path: '/v1/webhooks/{webhook}', key: () => world.a.key },
    change: (_read, n) => ({ description: `CRM endpoint ${n}` }),
    shows: (read, n) => read['description'] === `CRM endpoint ${n}`,
  },
  {
    name: 'a buyer',
    read: { path: '/v1/buyers/{buyer}', key: () => world.insurerKey },
    write: { method: 'PATCH', path: '/v1/buyers/{buyer}', key: () => world.insurerKey },
    change: (_read, n) => ({ legalName: `Révision ${n} SAS` }),
    shows: (read, n) => read['legalName'] === `Révision ${n} SAS`,
  },
];

const at = (path: string) => path.replace('{tenant}', world.a.tenantId).replace('{webhook}', webhookId).replace('{buyer}', buyerId);

async function read(resource: Editable) {
  const response = await world.call<Record<string, unknown>>('GET', at(resource.read.path), { key: resource.read.key() });
  expect(response.status, response.text).toBe(200);
  const etag = response.headers.get('etag');
  expect(etag).toMatch(/^"\d+"$/);
  return { body: response.body, etag: etag! };
}

const write = (resource: Editable, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  world.call<Record<string, unknown>>(resource.write.method, at(resource.write.path), { key: resource.write.key(), body, headers });

beforeAll(async () => {
  world = await startWorld();
  const buyer = await world.call<{ buyerId: string }>('POST', '/v1/buyers', {
    key: world.insurerKey,
    body: { legalName: 'Révision 0 SAS', country: 'FR', registrationId: `ETAG${Date.now()}`, sector: 'C25', grade: 3 },
  });
  expect(buyer.status, buyer.text).toBe(201);
  buyerId = buyer.body.buyerId;
  const webhook = await world.call<{ webhookId: string }>('POST', '/v1/webhooks', {
    key: world.a.key,
    body: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['limit.decided'], description: 'CRM endpoint 0' },
  });
  expect(webhook.status, webhook.text).toBe(201);
  webhookId = webhook.body.webhookId;
  const matrix = await world.call<{ rules: Record<string, unknown>[] }>('GET', '/v1/decision-matrix', { key: world.a.key });
  defaultMatrixRules = matrix.body.rules;
});
afterAll(async () => {
  await world?.runtime.stop();
});

describe.each(EDITABLE)('$name', (resource) => {
  let n = 0;
  it('a change with the ETag read applies and answers the next ETag, which a read then shows', async () => {
    const before = await read(resource);
    n += 1;
    const changed = await write(resource, resource.change(before.body, n), { 'if-match': before.etag });
    expect(changed.status, changed.text).toBe(200);
    const etag = changed.headers.get('etag');
    expect(etag).toMatch(/^"\d+"$/);
    expect(etag).not.toBe(before.etag);
    const after = await read(resource);
    expect(resource.shows(after.body, n)).toBe(true);
    // The tenant's read of the policy and the insurer's change name the same version.
    expect(after.etag).toBe(etag);
  });

  it('a change with a stale ETag is 412 with the current ETag, and changes nothing', async () => {
    const stale = await read(resource);
    n += 1;
    expect((await write(resource, resource.change(stale.body, n), { 'if-match': stale.etag })).status).toBe(200);
    const now = await read(resource);
    const refused = await write(resource, resource.change(stale.body, n + 1), { 'if-match': stale.etag });
    expect(refused.status, refused.text).toBe(412);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ type: 'https://bouclier.dev/problems/precondition-failed', status: 412, currentETag: now.etag });
    const after = await read(resource);
    expect(after.etag).toBe(now.etag);
    expect(resource.shows(after.body, n)).toBe(true);
    expect(resource.shows(after.body, n + 1)).toBe(false);
    n += 1;
  });

  it('If-Match naming several ETags, or *, applies when one is current; a weak ETag never matches', async () => {
    const current = await read(resource);
    n += 1;
    expect((await write(resource, resource.change(current.body, n), { 'if-match': `"999999", ${current.etag}` })).status).toBe(200);
    const next = await read(resource);
    const weak = await write(resource, resource.change(next.body, n + 1), { 'if-match': `W/${next.etag}` });
    expect(weak.status, weak.text).toBe(412);
    n += 1;
    expect((await write(resource, resource.change(next.body, n), { 'if-match': '*' })).status).toBe(200);
  });

  it('without If-Match a change applies, as it always did', async () => {
    const current = await read(resource);
    n += 1;
    const changed = await write(resource, resource.change(current.body, n));
    expect(changed.status, changed.text).toBe(200);
    expect(resource.shows((await read(resource)).body, n)).toBe(true);
  });

  it('a malformed If-Match is a 400 naming the header, and changes nothing', async () => {
    const current = await read(resource);
    const refused = await write(resource, resource.change(current.body, n + 1), { 'if-match': current.etag.replaceAll('"', '') });
    expect(refused.status, refused.text).toBe(400);
    expect((refused.body as { errors: { in: string; field: string; code: string }[] }).errors).toEqual([
      expect.objectContaining({ in: 'header', field: 'If-Match', code: 'invalid_entity_tag' }),
    ]);
    expect((await read(resource)).etag).toBe(current.etag);
  });
});

describe('two editors who read the same version', () => {
  it('both send their change with its ETag: one applies, the other is 412 and must read again', async () => {
    const resource = EDITABLE.find((r) => r.name === 'a buyer')!;
    const seen = await read(resource);
    const answers = await Promise.all([
      write(resource, { legalName: 'Éditeur Un SAS' }, { 'if-match': seen.etag }),
      write(resource, { legalName: 'Éditeur Deux SAS' }, { 'if-match': seen.etag }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
    const winner = answers.find((a) => a.status === 200)!;
    expect((await read(resource)).body['legalName']).toBe(winner.body['legalName']);
  });
});
