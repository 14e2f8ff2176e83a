/**
 * Money a request may carry: integer minor units from 0 (or 1) to 10^12, so that every sum the
 * system makes of stored amounts stays an exact integer below 2^53 (shared/domain/money.ts
 * lists the sums and the bound each relies on). Beyond it, a 400 naming the field. Every money
 * field of every request schema of the topology carries the bound; the numbers of the domain's
 * sums at those bounds are written out.
 */
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { numberFromTable } from '../../shared/data/numbers.ts';
import { computeIndemnity } from '../../shared/domain/claims.ts';
import { MAX_AMOUNT, MAX_EXPOSURE } from '../../shared/domain/money.ts';
import { toEurUp } from '../../shared/domain/fx.ts';
import { portfolioOf, type PortfolioLimit } from '../../shared/domain/portfolio.ts';
import { openApiDocument } from '../../shared/http/openapi.ts';
import { MoneyAmount } from '../../shared/contract/common.ts';
import { LimitRequestBody } from '../../shared/contract/limits.ts';
import { topology } from '../../shared/topology/index.ts';
import { requestLeaves, type RequestLeaf } from '../support/request-leaves.ts';

describe('an amount in a request', () => {
  const amount = MoneyAmount('Test');
  const positive = MoneyAmount('Test', { positive: true });

  it.each([
    [0, undefined, 'too_small'],
    [1, undefined, undefined],
    [100_000, undefined, undefined],
    [999_999_999_999, undefined, undefined],
    [1_000_000_000_000, undefined, undefined],
    [1_000_000_000_001, 'too_big', 'too_big'],
    [10_000_000_000_000, 'too_big', 'too_big'],
    [9_007_199_254_740_991, 'too_big', 'too_big'],
    [-1, 'too_small', 'too_small'],
    [1.5, 'invalid_type', 'invalid_type'],
  ])('%d → %s (from 1: %s)', (value, code, positiveCode) => {
    for (const [schema, expected] of [
      [amount, code],
      [positive, positiveCode],
    ] as const) {
      const result = schema.safeParse(value);
      if (expected === undefined) {
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
        continue;
      }
      expect(result.error?.issues.map((issue) => issue.code)).toContain(expected);
    }
  });

  it('says the bound when refusing it', () => {
    expect(amount.safeParse(1_000_000_000_001).error?.issues).toEqual([
      expect.objectContaining({ code: 'too_big', message: 'at most 1,000,000,000,000 minor units (10 billion of a two-decimal currency such as EUR)' }),
    ]);
  });

  it.each([
    [999_999_900_000, 100_000, undefined],
    [1_000_000_000_000, 100_000, 'at most 0 here'],
    [500_000_000_000, 600_000_000_000, 'at most 500000000000 here'],
  ])('a limit of %d with a temporary tranche of %d: %s', (permanent, temporary, refusal) => {
    const result = LimitRequestBody.safeParse({ buyerId: 'byr_01ARZ3NDEKTSV4RRFFQ69G5FAV', type: 'new', amount: permanent, temporary: { amount: temporary, expiresOn: new Date().toISOString().slice(0, 10) } });
    if (refusal === undefined) {
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      return;
    }
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'too_big', path: ['temporary', 'amount'], message: expect.stringContaining(refusal) })]);
  });
});

// ---------------------------------------------------------------------------------------
// Every number of every request schema: money carries the bound, the rest is small.
// ---------------------------------------------------------------------------------------

interface NumberLeaf extends RequestLeaf {
  readonly schema: ZodType & { readonly minValue: number | null; readonly maxValue: number | null; readonly description?: string };
}

const leaves = requestLeaves((_schema, type) => type === 'number' || type === 'bigint', { pipeOutput: true }) as NumberLeaf[];
const isMoney = (leaf: NumberLeaf) => /minor units/.test(leaf.schema.description ?? '');
const grades = (name: string) => Array.from({ length: 10 }, (_, i) => `putLimitRules body.${name}.${i + 1}`);

/** Every money field a client can send, written out: a new one must be added here, bounded. */
const MONEY_FIELDS = [
  ...['createTenant body.policy', 'updateTenantPolicy body'].flatMap((at) => ['deductible', 'claimThreshold', 'maxLiability', 'aggregateFirstLoss', 'minimumPremium', 'discretionaryLimit'].map((field) => `${at}.${field}`)),
  'requestLimit body.amount',
  'requestLimit body.temporary.amount',
  'decideReferral body.amount',
  ...grades('buyerCapacityEur'),
  ...grades('autoDecisionCeilingEur'),
  'recordCollection body.amount',
  'recordRecovery body.amount',
  'recordClaimCost body.amount',
  'declareTurnover body.amount',
  'createInvoices body|0.amount',
  'createInvoices body|1.invoices[].amount',
  'recordPayment body.amount',
  'coverCheck body.amount',
];

describe('every money field of every request schema', () => {
  it('finds exactly the money fields written out, each a MoneyAmount', () => {
    expect(leaves.filter(isMoney).map((leaf) => leaf.where).sort()).toEqual([...MONEY_FIELDS].sort());
  });

  it.each(leaves.filter(isMoney).map((leaf) => [leaf.where, leaf] as const))('%s: 10^12 at most, and says so', (_, leaf) => {
    expect(leaf.schema.maxValue).toBe(1_000_000_000_000);
    expect([0, 1]).toContain(leaf.schema.minValue);
    expect(leaf.schema.safeParse(1_000_000_000_000).success).toBe(true);
    expect(leaf.schema.safeParse(1_000_000_000_001).success).toBe(false);
    expect(leaf.schema.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(false);
    expect(leaf.schema.description).toMatch(/to 1,000,000,000,000 \(10 billion of a two-decimal currency such as EUR\)/);
  });

  it.each(leaves.filter((leaf) => !isMoney(leaf)).map((leaf) => [leaf.where, leaf] as const))('%s (no money): bounded well below any amount', (_, leaf) => {
    // Days, grades, percentages, counts, pages: a number with no bound, or a large one, would be money in disguise.
    // The bound is a static maximum, or read when the request is parsed (a year, by today's date window).
    const declared = leaf.schema.maxValue ?? Number.MAX_SAFE_INTEGER;
    if (declared < Number.MAX_SAFE_INTEGER) expect(declared).toBeLessThanOrEqual(3650 * 86_400);
    expect(leaf.schema.safeParse(3650 * 86_400 + 1).success).toBe(false);
    expect(leaf.schema.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(false);
  });

  it('documents the bound in the OpenAPI document', () => {
    const document = openApiDocument(topology, { includeLocalOnly: false, version: 'test' }) as unknown as {
      components: { schemas: Record<string, { properties?: Record<string, { maximum?: number; description?: string }> }> };
    };
    expect(document.components.schemas['Payment']?.properties?.['amount']).toMatchObject({ maximum: 1_000_000_000_000, description: expect.stringMatching(/to 1,000,000,000,000/) });
  });
});

// ---------------------------------------------------------------------------------------
// The sums the domain makes, at those bounds: exact integers below 2^53 (9,007,199,254,740,991).
// ---------------------------------------------------------------------------------------

describe('the sums made of bounded amounts stay exact', () => {
  const line = (i: number, amount: number): PortfolioLimit => ({ buyerId: `byr_${String(i).padStart(26, '0')}`, grade: 1 + (i % 9), sector: 'C29', country: 'FR', limit: amount, exposure: amount });

  it('a tenant’s portfolio of 9,007 buyers, each at the largest limit and the exposure ceiling', () => {
    const limits = Array.from({ length: 9_007 }, (_, i) => line(i, MAX_EXPOSURE));
    const portfolio = portfolioOf({ limits, currency: 'EUR', today: '2026-12-02' });
    expect(portfolio.limit).toBe(9_007_000_000_000_000);
    expect(portfolio.exposure).toBe(9_007_000_000_000_000);
    expect(portfolio.byGradeBand.reduce((sum, band) => sum + band.exposure, 0)).toBe(9_007_000_000_000_000);
  });

  it('the insurer’s, in EUR: 7,205 lines of GBP 10 billion at GBP 0.8 per EUR', () => {
    expect(toEurUp(MAX_AMOUNT, 'GBP', 800_000)).toBe(1_250_000_000_000);
    const limits = Array.from({ length: 7_205 }, (_, i) => line(i, toEurUp(MAX_AMOUNT, 'GBP', 800_000)));
    expect(portfolioOf({ limits, currency: 'EUR', today: '2026-12-02' }).exposure).toBe(9_006_250_000_000_000);
  });

  it('a claim of 90 invoices at the bound, under a limit at the bound, at 95 %', () => {
    const invoices = Array.from({ length: 90 }, (_, i) => ({ invoiceId: `inv_${String(i).padStart(26, '0')}`, amount: MAX_AMOUNT, outstanding: MAX_AMOUNT, issueDate: '2026-01-05', dueDate: '2026-03-05' }));
    const indemnity = computeIndemnity({
      invoices,
      limitSteps: [{ from: '2026-01-01', total: MAX_AMOUNT }],
      policy: { coverPercent: 95, deductible: 0, claimThreshold: 0, maxLiability: MAX_AMOUNT, maxCreditPeriodDays: 120, currency: 'EUR' },
      indemnifiedThisPolicyYear: 0,
    });
    expect(indemnity).toMatchObject({ outstanding: 90_000_000_000_000, coveredLoss: 1_000_000_000_000, amount: 950_000_000_000 });
  });
});

describe('numbers read back from the table', () => {
  it.each([
    ['0', 0],
    ['1000000000000', 1_000_000_000_000],
    ['9007199254740991', 9_007_199_254_740_991],
    ['-42', -42],
    ['0.0025', 0.0025],
  ])('%s → the number %d', (stored, number) => {
    expect(numberFromTable(stored)).toBe(number);
  });

  it.each(['9007199254740992', '18014398509481982', '-9007199254740993'])('%s (beyond 2^53 − 1) is a named error, never a BigInt', (stored) => {
    expect(() => numberFromTable(stored)).toThrow(new RangeError(`the table holds the number ${stored}, beyond the safe integer range (2^53 − 1): a stored amount escaped its bound`));
  });
});
