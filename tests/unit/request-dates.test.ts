/**
 * Dates a request may name: from 2000-01-01 to the same day ten years after today (both
 * included), today being the functions' clock (`now()` of shared/clock, which the local test
 * clock moves), read when the request is parsed. Months (turnover periods) from 2000-01 to
 * the month of that last day. Anything else is a 400 naming the field.
 *
 * The clock is frozen at 2026-12-02T10:00Z so that the dates can be written out; the test that
 * moves it with advanceClock runs last (the offset stays for the rest of the file).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZodType } from 'zod';
import { advanceClock } from '../../shared/clock/index.ts';
import { openApiDocument } from '../../shared/http/openapi.ts';
import { PaymentBody } from '../../shared/contract/orders.ts';
import { PremiumQuery, TurnoverDeclarationBody } from '../../shared/contract/portfolio.ts';
import { topology } from '../../shared/topology/index.ts';
import { requestLeaves } from '../support/request-leaves.ts';

const TODAY = '2026-12-02';
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T10:00:00Z`));
});
afterEach(() => {
  vi.useRealTimers();
});

const paidOn = (date: string) => PaymentBody.safeParse({ amount: 100, paidOn: date });
const period = (month: string) => TurnoverDeclarationBody.safeParse({ period: month, country: 'FR', amount: 100 });
// As the query string carries it.
const premiumYear = (year: string) => PremiumQuery.safeParse({ year });

describe('a date in a request (today is 2026-12-02)', () => {
  it.each([
    ['0000-01-01', 'too_small'],
    ['1900-01-01', 'too_small'],
    ['1999-12-31', 'too_small'],
    ['2000-01-01', undefined],
    ['2026-12-02', undefined],
    ['2036-12-02', undefined],
    ['2036-12-03', 'too_big'],
    ['2037-01-01', 'too_big'],
    ['9999-12-30', 'too_big'],
  ])('paidOn %s → %s', (date, code) => {
    const result = paidOn(date);
    if (code === undefined) {
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      return;
    }
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code, path: ['paidOn'] })]);
    expect(result.error?.issues[0]?.message).toMatch(code === 'too_small' ? /on or after 2000-01-01/ : /on or before 2036-12-02, ten years after today \(2026-12-02\)/);
  });

  it('still refuses what is no date, as before, without a second issue', () => {
    const result = paidOn('2026-02-30');
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'invalid_format', path: ['paidOn'] })]);
  });

  it.each([
    ['0000-01', 'too_small'],
    ['1999-12', 'too_small'],
    ['2000-01', undefined],
    ['2026-12', undefined],
    ['2036-12', undefined],
    ['2037-01', 'too_big'],
    ['9999-12', 'too_big'],
  ])('period %s → %s', (month, code) => {
    const result = period(month);
    if (code === undefined) {
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      return;
    }
    expect(result.error?.issues).toEqual([expect.objectContaining({ code, path: ['period'] })]);
  });

  it.each([
    ['0', 'too_small'],
    ['1999', 'too_small'],
    ['2000', undefined],
    ['2026', undefined],
    ['2036', undefined],
    ['2037', 'too_big'],
    ['2100', 'too_big'],
  ])('premium year %s → %s', (year, code) => {
    const result = premiumYear(year);
    if (code === undefined) {
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      expect(result.data?.year).toBe(Number(year));
      return;
    }
    expect(result.error?.issues).toEqual([expect.objectContaining({ code, path: ['year'] })]);
    expect(result.error?.issues[0]?.message).toMatch(code === 'too_small' ? /2000 or later/ : /2036 or earlier, the year ten years after today \(2026-12-02\)/);
  });

  it('a premium year is the year of the window’s last day at most, whichever day of the year today is', () => {
    vi.setSystemTime(new Date('2027-01-01T00:00:00Z'));
    expect(premiumYear('2037').success).toBe(true);
    expect(premiumYear('2038').success).toBe(false);
    vi.setSystemTime(new Date('2026-12-31T23:59:59Z'));
    expect(premiumYear('2037').success).toBe(false);
  });

  it('a premium year that is no integer is refused once, as before', () => {
    for (const year of ['2026.5', 'soon']) {
      expect(premiumYear(year).error?.issues, year).toEqual([expect.objectContaining({ path: ['year'] })]);
    }
  });

  it('the premium year says its bounds in the OpenAPI document', () => {
    const document = openApiDocument(topology, { includeLocalOnly: false, version: 'test' }) as unknown as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string; description?: string; schema: { minimum?: number } }[] }>>;
    };
    const year = document.paths['/v1/premium']?.['get']?.parameters?.find((p) => p.in === 'query' && p.name === 'year');
    expect(year?.description).toMatch(/from 2000 to the year ten years after today/);
    expect(year?.schema.minimum).toBe(2000);
  });

  it('ten years after 29 February is 28 February', () => {
    vi.setSystemTime(new Date('2028-02-29T23:59:59Z'));
    expect(paidOn('2038-02-28').success).toBe(true);
    expect(paidOn('2038-03-01').success).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------
// Every date and month of every request schema of the topology carries the same bound.
// ---------------------------------------------------------------------------------------

interface Leaf {
  readonly where: string;
  readonly kind: 'date' | 'month';
  readonly schema: ZodType;
}

/** The date-shaped leaves of the request schemas: ISO dates, and strings shaped like a month (2026-10 but not 2026-13). */
const isMonth = (schema: ZodType) => schema.safeParse('2026-10').success && !schema.safeParse('2026-13').success;
const leaves: Leaf[] = requestLeaves((schema, type) => type === 'string' && ((schema._zod.def as { format?: string }).format === 'date' || isMonth(schema))).map((leaf) => ({
  ...leaf,
  kind: (leaf.schema._zod.def as { format?: string }).format === 'date' ? 'date' : 'month',
}));

describe('every date of every request schema', () => {
  it('finds the dates of the routes that take one', () => {
    const found = leaves.map((leaf) => leaf.where);
    for (const where of [
      'createTenant body.policy.inceptionDate',
      'updateTenantPolicy body.inceptionDate',
      'requestLimit body.temporary.expiresOn',
      'decideReferral body.expiresOn',
      'recordRiskEvents body|0.occurredOn',
      'recordRiskEvents body|1.events[].occurredOn',
      'recordCollection body.receivedOn',
      'recordRecovery body.receivedOn',
      'recordClaimCost body.incurredOn',
      'declareTurnover body.period',
      'createInvoices body|0.issueDate',
      'createInvoices body|1.invoices[].dueDate',
      'recordPayment body.paidOn',
      'coverCheck body.deliveryDate',
    ]) {
      expect(found).toContain(where);
    }
  });

  it.each(leaves.map((leaf) => [leaf.where, leaf] as const))('%s takes 2000-01-01 … today + 10 years, and says so', (_, leaf) => {
    const [earliest, beforeEarliest, latest, afterLatest] =
      leaf.kind === 'date' ? ['2000-01-01', '1999-12-31', '2036-12-02', '2036-12-03'] : ['2000-01', '1999-12', '2036-12', '2037-01'];
    expect(leaf.schema.safeParse(earliest).success).toBe(true);
    expect(leaf.schema.safeParse(latest).success).toBe(true);
    expect(leaf.schema.safeParse(beforeEarliest).success).toBe(false);
    expect(leaf.schema.safeParse(afterLatest).success).toBe(false);
    expect(leaf.schema.description).toMatch(/2000-01.*ten years after today/);
  });

  it('documents the bound in the OpenAPI document, which still generates', () => {
    const document = openApiDocument(topology, { includeLocalOnly: false, version: 'test' }) as unknown as {
      components: { schemas: Record<string, { properties?: Record<string, { description?: string; format?: string }> }> };
    };
    const paid = document.components.schemas['Payment']?.properties?.['paidOn'];
    expect(paid).toMatchObject({ format: 'date' });
    expect(paid?.description).toMatch(/from 2000-01-01 to ten years after today/);
  });
});

describe('the bound follows the functions’ clock', () => {
  // Last in the file: advanceClock moves the clock for good.
  it('a date refused today is taken once the test clock has moved a day', async () => {
    expect(paidOn('2036-12-03').success).toBe(false);
    await advanceClock(86_400_000);
    expect(paidOn('2036-12-03').success).toBe(true);
    expect(paidOn('2036-12-04').success).toBe(false);
  });
});
