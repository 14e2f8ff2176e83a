/**
 * Money a client sends is bounded so that every sum the system makes of it stays an exact
 * integer: an amount in a request is at most 10^12 minor units (a 400 `validation` naming the
 * field beyond it), a limit's permanent and temporary parts together too, and a tenant's
 * exposure on one buyer (outstanding + committed) at most 10^12 (a 409 `exposure-ceiling`
 * beyond it). Refused requests store nothing.
 *
 * Found from outside: two invoices of 2^53 − 1 on one buyer were accepted, after which the
 * cover check, GET /v1/exposure/{buyerId} and GET /v1/portfolio answered 500 (their sum passed
 * Number.MAX_SAFE_INTEGER and came back from DynamoDB as a BigInt).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/dynamodb.ts';
import { addDays } from '../../shared/domain/dates.ts';
import { samplePolicy } from '../support/http-client.ts';
import { NOT_COMPARED, expectTableUnchanged, snapshotDiff, tableSnapshot } from '../support/property/table-snapshot.ts';
import { startWorld, type World } from '../support/world.ts';

const MAX = 1_000_000_000_000;
const HUGE = Number.MAX_SAFE_INTEGER; // 2^53 − 1

let world: World;
let scanner: DynamoDBClient;
let today: string;
let registration = 0;

type Problem = { type: string; status: number; detail: string; errors?: { in: string; field: string; pointer: string; code: string; detail: string }[] } & Record<string, unknown>;

const unchangedTable = <T>(action: () => Promise<T>): Promise<T> => expectTableUnchanged(scanner, world.runtime.tableName, action);

async function newBuyer(name: string, limit?: number): Promise<string> {
  registration += 1;
  const buyer = await world.call<{ buyerId: string }>('POST', '/v1/buyers', {
    key: world.insurerKey,
    body: { legalName: name, country: 'FR', registrationId: `AMOUNTS${Date.now()}${registration}`, sector: 'C29', grade: 2 },
  });
  expect(buyer.status, buyer.text).toBe(201);
  if (limit !== undefined) {
    const granted = await world.call('POST', '/v1/limit-requests', { key: world.a.key, body: { buyerId: buyer.body.buyerId, type: 'new', amount: limit } });
    expect(granted.status, granted.text).toBe(201);
  }
  return buyer.body.buyerId;
}

let number = 0;
const invoice = (buyerId: string, amount: number, extra: Record<string, unknown> = {}) => {
  number += 1;
  return { buyerId, number: `AMT-${number}`, amount, currency: 'EUR', issueDate: today, dueDate: addDays(today, 60), ...extra };
};
const postInvoices = (body: unknown) => world.call<Problem & { invoiceId: string }>('POST', '/v1/invoices', { key: world.a.key, body });
const exposureOf = (buyerId: string) => world.call<{ limit: number; outstanding: number; committed: number; headroom: number }>('GET', `/v1/exposure/${buyerId}`, { key: world.a.key });
const coverCheck = (buyerId: string, amount: number, commit = false) =>
  world.call<{ coveredAmount: number; orderId?: string; limit: { outstanding: number } }>('POST', '/v1/cover-checks', { key: world.a.key, body: { buyerId, amount, paymentTermsDays: 60, commit } });
const portfolio = () => world.call<{ exposure: number; limit: number }>('GET', '/v1/portfolio', { key: world.a.key });

beforeAll(async () => {
  world = await startWorld();
  scanner = new DynamoDBClient({ endpoint: world.runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  today = (await world.call<{ now: string }>('GET', '/v1/ops/clock', { key: world.insurerKey })).body.now.slice(0, 10);
});
afterAll(async () => {
  scanner?.destroy();
  await world?.runtime.stop();
});

describe('two invoices of 2^53 − 1 on one buyer (cover check, exposure and portfolio answered 500)', () => {
  it('are refused with a 400 naming amount, nothing is stored, and the reads still answer', async () => {
    const buyerId = await newBuyer('Débordement SA', 5_000_000);
    const before = await tableSnapshot(scanner, world.runtime.tableName, NOT_COMPARED);
    const first = await postInvoices(invoice(buyerId, HUGE));
    const second = await postInvoices(invoice(buyerId, HUGE));
    const stored = snapshotDiff(before, await tableSnapshot(scanner, world.runtime.tableName, NOT_COMPARED));
    const [exposure, check, book] = [await exposureOf(buyerId), await coverCheck(buyerId, 1_000_000), await portfolio()];
    // Every status at once: before the bound, this read {invoices: [201, 201], exposure: 500, cover check: 500, portfolio: 500}.
    expect({ invoices: [first.status, second.status], exposure: exposure.status, 'cover check': check.status, portfolio: book.status }).toEqual({
      invoices: [400, 400],
      exposure: 200,
      'cover check': 200,
      portfolio: 200,
    });
    expect(stored).toEqual({ added: [], removed: [] });
    expect(first.body).toMatchObject({ type: 'https://bouclier.dev/problems/validation', status: 400 });
    expect(first.body.errors).toEqual([
      { in: 'body', field: 'amount', pointer: '#/amount', code: 'too_big', detail: 'at most 1,000,000,000,000 minor units (10 billion of a two-decimal currency such as EUR)' },
    ]);
    expect(exposure.body).toMatchObject({ limit: 5_000_000, outstanding: 0, committed: 0, headroom: 5_000_000 });
    expect(check.body.coveredAmount).toBe(1_000_000);
  });

  it('in one batch: a 400 naming each invoice’s amount, nothing stored', async () => {
    const buyerId = await newBuyer('Débordement Lot SA');
    const response = await unchangedTable(() => postInvoices({ invoices: [invoice(buyerId, HUGE), invoice(buyerId, HUGE)] }));
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors?.map((error) => [error.field, error.code])).toEqual([
      ['invoices.0.amount', 'too_big'],
      ['invoices.1.amount', 'too_big'],
    ]);
  });
});

describe('every money field of a request: at most 10^12 minor units, a 400 naming it beyond', () => {
  const NO_CLAIM = 'clm_01ARZ3NDEKTSV4RRFFQ69G5FAV';
  const NO_REFERRAL = 'ref_01ARZ3NDEKTSV4RRFFQ69G5FAV';
  const NO_INVOICE = 'inv_01ARZ3NDEKTSV4RRFFQ69G5FAV';
  const NO_BUYER = 'byr_01ARZ3NDEKTSV4RRFFQ69G5FAV';
  const rules = (capacity: number) => ({
    buyerCapacityEur: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), i === 0 ? capacity : 0])),
    autoDecisionCeilingEur: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), 0])),
    conditionalFromGrade: 7,
    conditionalMaxPaymentTermsDays: 60,
  });
  // Each request is valid but for the one amount (1 unit over the bound, a multiple of the limit step where one applies).
  const cases: { name: string; method: string; path: () => string; key: () => string; body: (amount: number) => unknown; field: string }[] = [
    ...(['maxLiability', 'deductible', 'claimThreshold', 'minimumPremium', 'discretionaryLimit'] as const).flatMap((field) => [
      { name: `onboarding: policy.${field}`, method: 'POST', path: () => '/v1/tenants', key: () => world.insurerKey, body: (a: number) => ({ name: 'Démesure SAS', policy: samplePolicy({ [field]: a }) }), field: `policy.${field}` },
      { name: `policy change: ${field}`, method: 'PATCH', path: () => `/v1/tenants/${world.a.tenantId}/policy`, key: () => world.insurerKey, body: (a: number) => ({ [field]: a }), field },
    ]),
    { name: 'invoice: amount', method: 'POST', path: () => '/v1/invoices', key: () => world.a.key, body: (a) => invoice(NO_BUYER, a), field: 'amount' },
    { name: 'payment: amount', method: 'POST', path: () => `/v1/invoices/${NO_INVOICE}/payments`, key: () => world.a.key, body: (a) => ({ amount: a, paidOn: today }), field: 'amount' },
    { name: 'cover check: amount', method: 'POST', path: () => '/v1/cover-checks', key: () => world.a.key, body: (a) => ({ buyerId: NO_BUYER, amount: a, paymentTermsDays: 30 }), field: 'amount' },
    { name: 'limit request: amount', method: 'POST', path: () => '/v1/limit-requests', key: () => world.a.key, body: (a) => ({ buyerId: NO_BUYER, type: 'new', amount: a }), field: 'amount' },
    { name: 'limit request: temporary.amount', method: 'POST', path: () => '/v1/limit-requests', key: () => world.a.key, body: (a) => ({ buyerId: NO_BUYER, type: 'new', amount: 100_000, temporary: { amount: a, expiresOn: addDays(today, 30) } }), field: 'temporary.amount' },
    { name: 'underwriter decision: amount', method: 'POST', path: () => `/v1/underwriting/referrals/${NO_REFERRAL}/decision`, key: () => world.insurerKey, body: (a) => ({ decision: 'approved', amount: a, reasons: [{ code: 'ok', message: 'ok' }] }), field: 'amount' },
    { name: 'limit rules: buyerCapacityEur.1', method: 'PUT', path: () => '/v1/underwriting/rules', key: () => world.insurerKey, body: (a) => rules(a), field: 'buyerCapacityEur.1' },
    { name: 'collection: amount', method: 'POST', path: () => `/v1/claims/${NO_CLAIM}/collections`, key: () => world.insurerKey, body: (a) => ({ amount: a, receivedOn: today }), field: 'amount' },
    { name: 'recovery: amount', method: 'POST', path: () => `/v1/claims/${NO_CLAIM}/recoveries`, key: () => world.insurerKey, body: (a) => ({ amount: a, receivedOn: today }), field: 'amount' },
    { name: 'turnover: amount', method: 'POST', path: () => '/v1/turnover-declarations', key: () => world.a.key, body: (a) => ({ period: today.slice(0, 7), country: 'FR', amount: a }), field: 'amount' },
  ];

  it.each(cases)('$name: 10^12 + 100,000 and 2^53 − 1 are a 400 naming it; nothing is stored', async (c) => {
    for (const amount of [MAX + 100_000, HUGE]) {
      const response = await unchangedTable(() => world.call<Problem>(c.method, c.path(), { key: c.key(), body: c.body(amount) }));
      expect(response.status, `${amount}: ${response.text}`).toBe(400);
      expect(response.body.type).toBe('https://bouclier.dev/problems/validation');
      expect(response.body.errors, `${amount}: ${response.text}`).toContainEqual(
        expect.objectContaining({ in: 'body', field: c.field, pointer: `#/${c.field.replaceAll('.', '/')}`, code: 'too_big' }),
      );
    }
  });

  it('a limit whose permanent and temporary parts pass 10^12 together is a 400 naming temporary.amount', async () => {
    const buyerId = await newBuyer('Tranche Démesurée SA');
    const response = await unchangedTable(() =>
      world.call<Problem>('POST', '/v1/limit-requests', { key: world.a.key, body: { buyerId, type: 'new', amount: MAX, temporary: { amount: 100_000, expiresOn: addDays(today, 30) } } }),
    );
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'temporary.amount', code: 'too_big' })]);
  });
});

describe('a tenant’s exposure on one buyer is at most 10^12 minor units', () => {
  it('an invoice that would pass it is a 409 exposure-ceiling, nothing stored; reads answer; a payment makes room again', async () => {
    const buyerId = await newBuyer('Plafond SA', 5_000_000);
    const full = await postInvoices(invoice(buyerId, MAX));
    expect(full.status, full.text).toBe(201);

    const over = await unchangedTable(() => postInvoices(invoice(buyerId, 1)));
    expect(over.status, over.text).toBe(409);
    expect(over.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(over.body).toMatchObject({ type: 'https://bouclier.dev/problems/exposure-ceiling', status: 409, buyerId, ceiling: MAX, exposure: MAX, added: 1 });
    expect(over.body.detail).toBe(
      `Invoices of EUR 0.01 on buyer ${buyerId} would bring your exposure on it to EUR 10,000,000,000.01, above the ceiling of EUR 10,000,000,000.00 per buyer (EUR 10,000,000,000.00 now). Record payments or release orders first.`,
    );

    const [exposure, check, book] = [await exposureOf(buyerId), await coverCheck(buyerId, 1_000_000, true), await portfolio()];
    expect([exposure.status, check.status, book.status], `${exposure.text} ${check.text} ${book.text}`).toEqual([200, 200, 200]);
    expect(exposure.body).toMatchObject({ limit: 5_000_000, outstanding: MAX, committed: 0, headroom: 0 });
    expect(check.body).toMatchObject({ coveredAmount: 0, limit: { outstanding: MAX } });
    // Read from counters the table's stream keeps: the invoice above reaches them within moments.
    await expect.poll(async () => (await portfolio()).body.exposure, { timeout: 15_000, interval: 100 }).toBeGreaterThanOrEqual(MAX);

    const paid = await world.call('POST', `/v1/invoices/${full.body.invoiceId}/payments`, { key: world.a.key, body: { amount: 1, paidOn: today } });
    expect(paid.status, paid.text).toBe(201);
    expect((await postInvoices(invoice(buyerId, 1))).status).toBe(201);
    expect((await postInvoices(invoice(buyerId, 1))).status).toBe(409);
  });

  it('a batch is judged whole before anything is written, across its transactions of 20', async () => {
    const buyerId = await newBuyer('Plafond Lot SA');
    const batch = { invoices: [...Array.from({ length: 25 }, () => invoice(buyerId, 1)), invoice(buyerId, MAX)] };
    const response = await unchangedTable(() => postInvoices(batch));
    expect(response.status, response.text).toBe(409);
    expect(response.body).toMatchObject({ type: 'https://bouclier.dev/problems/exposure-ceiling', buyerId, exposure: 0, added: MAX + 25 });
    expect((await exposureOf(buyerId)).body).toMatchObject({ outstanding: 0, committed: 0 });
  });

  it('invoicing a committed order moves its reservation to outstanding: it passes nothing, even at the ceiling', async () => {
    const buyerId = await newBuyer('Plafond Commande SA', 5_000_000);
    const order = await coverCheck(buyerId, 5_000_000, true);
    expect(order.status, order.text).toBe(201);
    const rest = await postInvoices(invoice(buyerId, MAX - 5_000_000));
    expect(rest.status, rest.text).toBe(201);
    expect((await exposureOf(buyerId)).body).toMatchObject({ outstanding: MAX - 5_000_000, committed: 5_000_000 });

    const invoiced = await postInvoices(invoice(buyerId, 5_000_000, { orderId: order.body.orderId }));
    expect(invoiced.status, invoiced.text).toBe(201);
    expect((await exposureOf(buyerId)).body).toMatchObject({ outstanding: MAX, committed: 0 });
  });

  it('the same order invoiced twice in one batch is a 400 naming invoices, nothing stored (it was a 409 “changed meanwhile” no retry could cure)', async () => {
    const buyerId = await newBuyer('Commande Double SA', 5_000_000);
    const order = await coverCheck(buyerId, 1_000_000, true);
    expect(order.status, order.text).toBe(201);
    const orderId = order.body.orderId;
    const response = await unchangedTable(() => postInvoices({ invoices: [invoice(buyerId, 1_000_000, { orderId }), invoice(buyerId, 1_000_000, { orderId })] }));
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors).toEqual([{ in: 'body', field: 'invoices', pointer: '#/invoices', code: 'duplicate_order', detail: `order ${orderId} is invoiced twice` }]);
  });

  it('the insurer’s portfolio, in EUR across tenants, still answers', async () => {
    // Read from counters the table's stream keeps: the invoices above reach them within moments.
    await expect
      .poll(
        async () => {
          const response = await world.call<{ exposure: number }>('GET', '/v1/insurer/portfolio', { key: world.insurerKey });
          expect(response.status, response.text).toBe(200);
          return response.body.exposure;
        },
        { timeout: 15_000, interval: 200 },
      )
      .toBeGreaterThanOrEqual(2 * MAX);
  });
});
