/**
 * Dates a client sends: every date and month of every request is refused with a 400
 * `validation` naming the field when it falls before 2000-01-01 or more than ten years after
 * today (the test clock's today), and nothing is stored; a payment cannot predate its invoice
 * nor be dated after today; turnover cannot be declared for a month before the policy began.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/dynamodb.ts';
import { addDays, addMonths } from '../../shared/domain/dates.ts';
import { samplePolicy } from '../support/http-client.ts';
import { expectTableUnchanged } from '../support/property/table-snapshot.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
let scanner: DynamoDBClient;
let today: string;
let buyerId: string;
let invoiceId: string;
let issueDate: string;

const clockDay = async () => (await world.call<{ now: string }>('GET', '/v1/ops/clock', { key: world.insurerKey })).body.now.slice(0, 10);
const unchangedTable = <T>(action: () => Promise<T>): Promise<T> => expectTableUnchanged(scanner, world.runtime.tableName, action);

type Problem = { type: string; status: number; errors: { in: string; field: string; pointer: string; code: string; detail: string }[] };

beforeAll(async () => {
  world = await startWorld();
  scanner = new DynamoDBClient({ endpoint: world.runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  today = await clockDay();
  const buyer = await world.call<{ buyerId: string }>('POST', '/v1/buyers', {
    key: world.insurerKey,
    body: { legalName: 'Horodatage SA', country: 'FR', registrationId: `DATES${Date.now()}`, sector: 'G46', grade: 3 },
  });
  expect(buyer.status, buyer.text).toBe(201);
  buyerId = buyer.body.buyerId;
  const limit = await world.call('POST', '/v1/limit-requests', { key: world.a.key, body: { buyerId, type: 'new', amount: 5_000_000 } });
  expect(limit.status, limit.text).toBe(201);
  issueDate = addDays(today, -20);
  const invoice = await world.call<{ invoiceId: string }>('POST', '/v1/invoices', {
    key: world.a.key,
    body: { buyerId, number: 'DATES-1', amount: 1_000_000, currency: 'EUR', issueDate, dueDate: addDays(today, 10) },
  });
  expect(invoice.status, invoice.text).toBe(201);
  invoiceId = invoice.body.invoiceId;
});
afterAll(async () => {
  scanner?.destroy();
  await world?.runtime.stop();
});

describe('implausible dates', () => {
  it('a turnover period of 0000-01 is a 400 naming period (it was a 500), and nothing is stored', async () => {
    const response = await unchangedTable(() => world.call<Problem>('POST', '/v1/turnover-declarations', { key: world.a.key, body: { period: '0000-01', country: 'FR', amount: 100 } }));
    expect(response.status, response.text).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: 'https://bouclier.dev/problems/validation', status: 400 });
    expect(response.body.errors).toEqual([{ in: 'body', field: 'period', pointer: '#/period', code: 'too_small', detail: 'must be 2000-01 or later' }]);
  });

  // Each request is valid but for the one date; `field` is what errors[] must name.
  const cases: { name: string; method: string; path: () => string; key: () => string; body: (date: string) => unknown; field: string; month?: true }[] = [
    { name: 'onboarding: policy.inceptionDate', method: 'POST', path: () => '/v1/tenants', key: () => world.insurerKey, body: (d) => ({ name: 'Datée SAS', policy: samplePolicy({ inceptionDate: d }) }), field: 'policy.inceptionDate' },
    { name: 'policy change: inceptionDate', method: 'PATCH', path: () => `/v1/tenants/${world.a.tenantId}/policy`, key: () => world.insurerKey, body: (d) => ({ inceptionDate: d }), field: 'inceptionDate' },
    { name: 'invoice: issueDate', method: 'POST', path: () => '/v1/invoices', key: () => world.a.key, body: (d) => ({ buyerId, number: 'DATES-X', amount: 100, currency: 'EUR', issueDate: d, dueDate: '2026-12-31' }), field: 'issueDate' },
    { name: 'invoice: dueDate', method: 'POST', path: () => '/v1/invoices', key: () => world.a.key, body: (d) => ({ buyerId, number: 'DATES-X', amount: 100, currency: 'EUR', issueDate: '2000-01-01', dueDate: d }), field: 'dueDate' },
    { name: 'batch of invoices: dueDate', method: 'POST', path: () => '/v1/invoices', key: () => world.a.key, body: (d) => ({ invoices: [{ buyerId, number: 'DATES-Y', amount: 100, currency: 'EUR', issueDate: '2000-01-01', dueDate: d }] }), field: 'invoices.0.dueDate' },
    { name: 'payment: paidOn', method: 'POST', path: () => `/v1/invoices/${invoiceId}/payments`, key: () => world.a.key, body: (d) => ({ amount: 1, paidOn: d }), field: 'paidOn' },
    { name: 'cover check: deliveryDate', method: 'POST', path: () => '/v1/cover-checks', key: () => world.a.key, body: (d) => ({ buyerId, amount: 100, paymentTermsDays: 30, deliveryDate: d, commit: true }), field: 'deliveryDate' },
    { name: 'limit request: temporary.expiresOn', method: 'POST', path: () => '/v1/limit-requests', key: () => world.a.key, body: (d) => ({ buyerId, type: 'increase', amount: 5_000_000, temporary: { amount: 100_000, expiresOn: d } }), field: 'temporary.expiresOn' },
    { name: 'underwriter decision: expiresOn', method: 'POST', path: () => '/v1/underwriting/referrals/ref_01ARZ3NDEKTSV4RRFFQ69G5FAV/decision', key: () => world.insurerKey, body: (d) => ({ decision: 'approved', amount: 100_000, reasons: [{ code: 'ok', message: 'ok' }], expiresOn: d }), field: 'expiresOn' },
    { name: 'risk event: occurredOn', method: 'POST', path: () => '/v1/risk-events', key: () => world.insurerKey, body: (d) => ({ buyerId, type: 'payment_incident', occurredOn: d }), field: 'occurredOn' },
    { name: 'risk events: events.0.occurredOn', method: 'POST', path: () => '/v1/risk-events', key: () => world.insurerKey, body: (d) => ({ events: [{ buyerId, type: 'payment_incident', occurredOn: d }] }), field: 'events.0.occurredOn' },
    { name: 'collection: receivedOn', method: 'POST', path: () => '/v1/claims/clm_01ARZ3NDEKTSV4RRFFQ69G5FAV/collections', key: () => world.insurerKey, body: (d) => ({ amount: 100, receivedOn: d }), field: 'receivedOn' },
    { name: 'recovery: receivedOn', method: 'POST', path: () => '/v1/claims/clm_01ARZ3NDEKTSV4RRFFQ69G5FAV/recoveries', key: () => world.insurerKey, body: (d) => ({ amount: 100, receivedOn: d }), field: 'receivedOn' },
    { name: 'turnover: period', method: 'POST', path: () => '/v1/turnover-declarations', key: () => world.a.key, body: (d) => ({ period: d, country: 'FR', amount: 100 }), field: 'period', month: true },
  ];

  it.each(cases)('$name: 0000-01-01, 1999-12-31, today + 10 years + 1 day and 9999-12-30 are a 400 naming it; nothing is stored', async (c) => {
    const latest = addMonths(today, 120);
    const dates = c.month
      ? ['0000-01', '1999-12', addMonths(`${latest.slice(0, 7)}-01`, 1).slice(0, 7), '9999-12']
      : ['0000-01-01', '1999-12-31', addDays(latest, 1), '9999-12-30'];
    for (const date of dates) {
      const response = await unchangedTable(() => world.call<Problem>(c.method, c.path(), { key: c.key(), body: c.body(date) }));
      expect(response.status, `${date}: ${response.text}`).toBe(400);
      expect(response.body.type).toBe('https://bouclier.dev/problems/validation');
      // An invoice's dates may fail a second rule as well (a due date before the issue date).
      expect(response.body.errors, `${date}: ${response.text}`).toContainEqual(
        expect.objectContaining({ in: 'body', field: c.field, pointer: `#/${c.field.replaceAll('.', '/')}`, code: date < '2000' ? 'too_small' : 'too_big' }),
      );
    }
  });
});

describe('payments', () => {
  it('a payment dated before its invoice was issued is a 400 naming paidOn; nothing is stored', async () => {
    const response = await unchangedTable(() => world.call<Problem>('POST', `/v1/invoices/${invoiceId}/payments`, { key: world.a.key, body: { amount: 100, paidOn: addDays(issueDate, -1) } }));
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors).toEqual([
      { in: 'body', field: 'paidOn', pointer: '#/paidOn', code: 'before_issue_date', detail: `${addDays(issueDate, -1)} is before invoice DATES-1 was issued (${issueDate})` },
    ]);
  });

  it('a payment dated after today is a 400 naming paidOn; nothing is stored', async () => {
    const tomorrow = addDays(today, 1);
    const response = await unchangedTable(() => world.call<Problem>('POST', `/v1/invoices/${invoiceId}/payments`, { key: world.a.key, body: { amount: 100, paidOn: tomorrow } }));
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors).toEqual([{ in: 'body', field: 'paidOn', pointer: '#/paidOn', code: 'in_the_future', detail: `${tomorrow} is after today (${today})` }]);
  });

  it('takes a payment on the issue date and one today', async () => {
    expect((await world.call('POST', `/v1/invoices/${invoiceId}/payments`, { key: world.a.key, body: { amount: 100, paidOn: issueDate } })).status).toBe(201);
    expect((await world.call('POST', `/v1/invoices/${invoiceId}/payments`, { key: world.a.key, body: { amount: 100, paidOn: today } })).status).toBe(201);
  });
});

describe('turnover and the policy’s inception', () => {
  it('a period before the month of the inception date is a 400 naming period; the inception month and later are declared', async () => {
    const inception = addDays(addMonths(today, -3).slice(0, 8) + '01', 14);
    const created = await world.call<{ apiKey: { key: string } }>('POST', '/v1/tenants', {
      key: world.insurerKey,
      body: { name: 'Incepta SARL', policy: samplePolicy({ inceptionDate: inception }) },
    });
    expect(created.status, created.text).toBe(201);
    const key = created.body.apiKey.key;
    const before = addMonths(inception, -1).slice(0, 7);
    const refused = await unchangedTable(() => world.call<Problem>('POST', '/v1/turnover-declarations', { key, body: { period: before, country: 'FR', amount: 100 } }));
    expect(refused.status, refused.text).toBe(400);
    expect(refused.body.errors).toEqual([
      { in: 'body', field: 'period', pointer: '#/period', code: 'before_inception', detail: `${before} is before the policy began (inception date ${inception})` },
    ]);
    const first = await world.call('POST', '/v1/turnover-declarations', { key, body: { period: inception.slice(0, 7), country: 'FR', amount: 100 } });
    expect(first.status, first.text).toBe(201);
  });
});

describe('the window moves with the test clock', () => {
  // Last: it moves the clock.
  it('a delivery date refused today is taken once the clock has moved a day', async () => {
    const day = addDays(addMonths(today, 120), 1);
    const check = () => world.call<Problem>('POST', '/v1/cover-checks', { key: world.a.key, body: { buyerId, amount: 100, paymentTermsDays: 30, deliveryDate: day } });
    const refused = await check();
    expect(refused.status, refused.text).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'deliveryDate', code: 'too_big' })]);
    const moved = await world.call('POST', '/v1/ops/clock', { key: world.insurerKey, body: { advanceDays: 1 } });
    expect(moved.status, moved.text).toBe(200);
    const taken = await check();
    expect(taken.status, taken.text).toBe(200);
  });
});
