/**
 * The cover check at order validation, one rule per row. Amounts are EUR minor units written
 * out: 1_200_000 is EUR 12,000.00. Unless a row says otherwise: active buyer, policy maximum
 * credit period 120 days, delivery on 2026-05-01, no overdue, importance normal, no margin
 * given, default decision matrix.
 */
import { describe, expect, it } from 'vitest';
import {
  COVER_REASON_CODES,
  DEFAULT_DECISION_MATRIX,
  checkCover,
  openInvoicesSettled,
  validateMatrix,
  type CoverCheckInput,
  type DecisionMatrix,
  type MatrixRule,
  type Recommendation,
} from '../../../shared/domain/cover.ts';
import { coverInput, type Order } from './cover.fixtures.ts';

interface Expected {
  covered: boolean;
  coveredAmount: number;
  uncoveredAmount: number;
  headroom: number;
  recommendation: Recommendation;
  depositAmount: number;
  reasons: string[];
}

interface Row {
  case: string;
  given: Order;
  then: Expected;
}

function check({ given, then }: Row): void {
  const result = checkCover(coverInput(given));
  expect({ ...result, reasons: result.reasons.map((r) => r.code) }).toEqual(then);
}

describe('how much of the order is covered', () => {
  it.each<Row>([
    {
      case: 'headroom above the amount: fully covered',
      given: { limit: 5_000_000, outstanding: 2_000_000, committed: 1_000_000, amount: 1_200_000, terms: 60, grade: 3 },
      then: { covered: true, coveredAmount: 1_200_000, uncoveredAmount: 0, headroom: 2_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
    {
      case: 'headroom exactly equal to the amount: fully covered',
      given: { limit: 5_000_000, outstanding: 2_000_000, committed: 1_800_000, amount: 1_200_000, terms: 60, grade: 3 },
      then: { covered: true, coveredAmount: 1_200_000, uncoveredAmount: 0, headroom: 1_200_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
    {
      case: 'headroom one cent short: all but one cent covered, one cent of deposit',
      given: { limit: 5_000_000, outstanding: 2_000_000, committed: 1_800_001, amount: 1_200_000, terms: 60, grade: 3 },
      then: { covered: true, coveredAmount: 1_199_999, uncoveredAmount: 1, headroom: 1_199_999, recommendation: 'accept_with_deposit', depositAmount: 1, reasons: ['partly_covered'] },
    },
    {
      case: 'headroom of one cent: one cent covered',
      given: { limit: 5_000_000, outstanding: 4_999_999, committed: 0, amount: 1_200_000, terms: 60, grade: 3 },
      then: { covered: true, coveredAmount: 1, uncoveredAmount: 1_199_999, headroom: 1, recommendation: 'accept_with_deposit', depositAmount: 1_199_999, reasons: ['partly_covered'] },
    },
    {
      case: 'headroom zero: the limit is exactly used',
      given: { limit: 5_000_000, outstanding: 3_000_000, committed: 2_000_000, amount: 1_200_000, terms: 60, grade: 3 },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 0, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['no_headroom'] },
    },
    {
      case: 'exposure above a reduced limit: headroom is 0, not negative',
      given: { limit: 3_000_000, outstanding: 3_500_000, committed: 500_000, amount: 1_200_000, terms: 60, grade: 3 },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 0, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['no_headroom'] },
    },
    {
      case: 'committed orders alone use the limit',
      given: { limit: 5_000_000, outstanding: 0, committed: 5_000_000, amount: 100, terms: 30, grade: 1 },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 100, headroom: 0, recommendation: 'cash_in_advance', depositAmount: 100, reasons: ['no_headroom'] },
    },
    {
      case: 'no limit on the delivery date',
      given: { limit: 0, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 3 },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 0, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['no_limit'] },
    },
    {
      case: 'no limit but invoices still outstanding (a cancelled limit): no_limit, not no_headroom',
      given: { limit: 0, outstanding: 800_000, committed: 0, amount: 1_200_000, terms: 60, grade: 3 },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 0, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['no_limit'] },
    },
    {
      case: 'an order of one cent on a one-cent headroom',
      given: { limit: 1, outstanding: 0, committed: 0, amount: 1, terms: 0, grade: 1 },
      then: { covered: true, coveredAmount: 1, uncoveredAmount: 0, headroom: 1, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
  ])('$case', (row) => check(row));
});

describe('payment terms against the policy maximum credit period', () => {
  it.each<Row>([
    {
      case: 'terms exactly at the maximum (120 days): covered',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 120, grade: 3 },
      then: { covered: true, coveredAmount: 1_200_000, uncoveredAmount: 0, headroom: 5_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
    {
      case: 'terms one day over (121 days): nothing covered, grade 3 → cash in advance',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 121, grade: 3 },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 5_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['payment_terms_too_long'] },
    },
    {
      case: 'terms one day over on a grade 9 buyer: the matrix declines',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 121, grade: 9 },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 5_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['payment_terms_too_long'] },
    },
    {
      case: 'terms one day over a 90-day policy',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 91, grade: 6, maxDays: 90 },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 5_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['payment_terms_too_long'] },
    },
    {
      case: 'cash on delivery (0 days): covered',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 0, grade: 3 },
      then: { covered: true, coveredAmount: 1_200_000, uncoveredAmount: 0, headroom: 5_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
    {
      case: 'terms too long come before a missing limit',
      given: { limit: 0, outstanding: 0, committed: 0, amount: 1_200_000, terms: 150, grade: 3 },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 0, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['payment_terms_too_long'] },
    },
  ])('$case', (row) => check(row));
});

describe('a buyer that is gone is declined whatever the matrix', () => {
  it.each<Row>([
    {
      case: 'insolvent (grade 9)',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 9, status: 'insolvent', importance: 'high' },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 5_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['buyer_insolvent'] },
    },
    {
      case: 'closed (grade 5)',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 5, status: 'closed' },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 5_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['buyer_closed'] },
    },
    {
      case: 'grade 10 while still active: defaulted, read as insolvent',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 10, importance: 'high', margin: 10_000 },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 5_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['buyer_insolvent'] },
    },
    {
      case: 'closed at grade 10: reported as closed',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 10, status: 'closed' },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 5_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['buyer_closed'] },
    },
    {
      case: 'insolvent with terms too long and an overdue: insolvency speaks first',
      given: { limit: 0, outstanding: 900_000, committed: 0, amount: 1_200_000, terms: 200, grade: 10, status: 'insolvent', overdue: true },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 0, recommendation: 'decline', depositAmount: 0, reasons: ['buyer_insolvent'] },
    },
    {
      case: 'declined even when the matrix would accept with a deposit',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 4, status: 'insolvent', matrix: { rules: [{ grades: { min: 1, max: 10 }, whenPartlyCovered: 'accept', whenNotCovered: 'accept_with_deposit' }] } },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 5_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['buyer_insolvent'] },
    },
  ])('$case', (row) => check(row));
});

describe("a conditional limit's payment terms bind the order", () => {
  // A grade-7 buyer with a conditional limit of EUR 50,000.00 granted on terms of at most 60
  // days, nothing outstanding, an order of EUR 12,000.00; the policy allows 120 days.
  const sensitive: Order = { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 7, conditionTerms: [60] };
  const none = { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000 } as const;
  it.each<Row>([
    {
      case: 'terms on the condition (60 days): covered',
      given: sensitive,
      then: { covered: true, coveredAmount: 1_200_000, uncoveredAmount: 0, headroom: 5_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
    {
      case: 'terms one day beyond the condition (61 days): nothing covered, grade 7 → cash in advance (matrix rule 4)',
      given: { ...sensitive, terms: 61 },
      then: { ...none, headroom: 5_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['terms_beyond_condition'] },
    },
    {
      case: 'terms one day beyond the condition on a grade-9 buyer: the matrix declines',
      given: { ...sensitive, terms: 61, grade: 9 },
      then: { ...none, headroom: 5_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['terms_beyond_condition'] },
    },
    {
      case: 'terms beyond the policy (121 > 120) and the condition: the policy speaks first',
      given: { ...sensitive, terms: 121 },
      then: { ...none, headroom: 5_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['payment_terms_too_long'] },
    },
    {
      case: 'terms at the policy maximum (120) but beyond the condition: the condition speaks',
      given: { ...sensitive, terms: 120 },
      then: { ...none, headroom: 5_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['terms_beyond_condition'] },
    },
    {
      case: 'no limit in force: no_limit, a condition binds only a limit',
      given: { ...sensitive, terms: 61, limit: 0 },
      then: { ...none, headroom: 0, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['no_limit'] },
    },
    {
      case: 'an overdue notified: overdue_notified first',
      given: { ...sensitive, terms: 61, overdue: true },
      then: { ...none, headroom: 5_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['overdue_notified'] },
    },
    {
      case: 'a country event open on the delivery date: country_event, after an overdue, before the limit',
      given: { ...sensitive, terms: 61, countryEvent: { type: 'transfer_restriction', occurredOn: '2026-04-10' } },
      then: { ...none, headroom: 5_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['country_event'] },
    },
    {
      case: 'an overdue and a country event: overdue_notified first',
      given: { ...sensitive, terms: 61, overdue: true, countryEvent: { type: 'war', occurredOn: '2026-04-10' } },
      then: { ...none, headroom: 5_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['overdue_notified'] },
    },
    {
      case: 'a buyer gone: declined first',
      given: { ...sensitive, terms: 61, status: 'insolvent' },
      then: { ...none, headroom: 5_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['buyer_insolvent'] },
    },
    {
      case: 'the limit fully used as well: the terms speak before the headroom',
      given: { ...sensitive, terms: 61, outstanding: 5_000_000 },
      then: { ...none, headroom: 0, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['terms_beyond_condition'] },
    },
    {
      case: 'headroom below the amount as well: nothing covered, not the headroom',
      given: { ...sensitive, terms: 61, outstanding: 4_000_000 },
      then: { ...none, headroom: 1_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['terms_beyond_condition'] },
    },
    {
      case: 'on the condition with headroom below the amount: partly covered as usual',
      given: { ...sensitive, outstanding: 4_000_000 },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 200_000, headroom: 1_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['partly_covered'] },
    },
    {
      case: 'two conditions (90 and 45 days): the shorter binds, 45 days covered',
      given: { ...sensitive, terms: 45, conditionTerms: [90, 45] },
      then: { covered: true, coveredAmount: 1_200_000, uncoveredAmount: 0, headroom: 5_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
    {
      case: 'two conditions (45 and 90 days): the shorter binds, 46 days not covered',
      given: { ...sensitive, terms: 46, conditionTerms: [45, 90] },
      then: { ...none, headroom: 5_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['terms_beyond_condition'] },
    },
    {
      case: 'a condition on something else than terms binds no terms: 119 days covered',
      given: { ...sensitive, terms: 119, conditionTerms: [undefined] },
      then: { covered: true, coveredAmount: 1_200_000, uncoveredAmount: 0, headroom: 5_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
    {
      case: 'a free-text condition beside a 30-day one: 31 days not covered',
      given: { ...sensitive, terms: 31, conditionTerms: [undefined, 30] },
      then: { ...none, headroom: 5_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['terms_beyond_condition'] },
    },
    {
      case: 'no conditions: 119 days covered',
      given: { ...sensitive, terms: 119, conditionTerms: [] },
      then: { covered: true, coveredAmount: 1_200_000, uncoveredAmount: 0, headroom: 5_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
    {
      case: 'cash on delivery only (0 days): 0 days covered',
      given: { ...sensitive, terms: 0, conditionTerms: [0] },
      then: { covered: true, coveredAmount: 1_200_000, uncoveredAmount: 0, headroom: 5_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
    {
      case: 'cash on delivery only (0 days): 1 day not covered',
      given: { ...sensitive, terms: 1, conditionTerms: [0] },
      then: { ...none, headroom: 5_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['terms_beyond_condition'] },
    },
    {
      case: 'a matrix asking a deposit when nothing is covered: cash in advance, and why',
      given: { ...sensitive, terms: 61, matrix: { rules: [{ grades: { min: 1, max: 10 }, whenPartlyCovered: 'accept_with_deposit', whenNotCovered: 'accept_with_deposit' }] } },
      then: { ...none, headroom: 5_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['terms_beyond_condition', 'deposit_without_cover'] },
    },
  ])('$case', (row) => check(row));
});

describe('an overdue notified on the buyer means cash in advance whatever the matrix', () => {
  it.each<Row>([
    {
      case: 'grade 3 with plenty of headroom',
      given: { limit: 5_000_000, outstanding: 1_000_000, committed: 0, amount: 1_200_000, terms: 60, grade: 3, overdue: true },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 4_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['overdue_notified'] },
    },
    {
      case: 'grade 9 normal importance, where the matrix would decline',
      given: { limit: 5_000_000, outstanding: 1_000_000, committed: 0, amount: 1_200_000, terms: 60, grade: 9, overdue: true },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 4_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['overdue_notified'] },
    },
    {
      case: 'no limit either: the overdue speaks first',
      given: { limit: 0, outstanding: 1_000_000, committed: 0, amount: 1_200_000, terms: 60, grade: 3, overdue: true },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 0, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['overdue_notified'] },
    },
    {
      case: 'terms too long speak before the overdue (grade 9: declined)',
      given: { limit: 5_000_000, outstanding: 1_000_000, committed: 0, amount: 1_200_000, terms: 121, grade: 9, overdue: true },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 4_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['payment_terms_too_long'] },
    },
  ])('$case', (row) => check(row));
});

/**
 * Stop of cover at the end of the maximum extension period (MEP). The worked example of issue
 * 16: invoice due 2026-03-02 (day 60 from 2026-01-01), maxExtensionDays 60 → mepEndsOn
 * 2026-05-01 (day 120). Limit EUR 100,000.00, EUR 40,000.00 outstanding, order EUR 10,000.00 on
 * 30-day terms.
 */
describe('stop of cover after the maximum extension period', () => {
  const base: Order = { limit: 10_000_000, outstanding: 4_000_000, committed: 0, amount: 1_000_000, terms: 30, grade: 3 };
  it.each<Row>([
    {
      case: 'delivered the day before mepEndsOn: covered',
      given: { ...base, delivery: '2026-04-30', mep: '2026-05-01' },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 0, headroom: 6_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
    {
      case: 'delivered ON mepEndsOn (day 120): still covered',
      given: { ...base, delivery: '2026-05-01', mep: '2026-05-01' },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 0, headroom: 6_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
    {
      case: 'delivered the day after (day 121): nothing covered, cash in advance of the whole order',
      given: { ...base, delivery: '2026-05-02', mep: '2026-05-01' },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_000_000, headroom: 6_000_000, recommendation: 'cash_in_advance', depositAmount: 1_000_000, reasons: ['mep_expired'] },
    },
    {
      case: 'no MEP (nothing unpaid): covered',
      given: { ...base, outstanding: 0, delivery: '2026-05-02' },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 0, headroom: 10_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
    {
      case: 'an overdue notified as well: the stop of cover speaks first',
      given: { ...base, delivery: '2026-05-02', mep: '2026-05-01', overdue: true },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_000_000, headroom: 6_000_000, recommendation: 'cash_in_advance', depositAmount: 1_000_000, reasons: ['mep_expired'] },
    },
    {
      case: 'an overdue notified, delivered on mepEndsOn: the overdue decides',
      given: { ...base, delivery: '2026-05-01', mep: '2026-05-01', overdue: true },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_000_000, headroom: 6_000_000, recommendation: 'cash_in_advance', depositAmount: 1_000_000, reasons: ['overdue_notified'] },
    },
    {
      case: 'grade 9 where the matrix declines: still cash in advance',
      given: { ...base, grade: 9, delivery: '2026-05-02', mep: '2026-05-01' },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_000_000, headroom: 6_000_000, recommendation: 'cash_in_advance', depositAmount: 1_000_000, reasons: ['mep_expired'] },
    },
    {
      case: 'no limit either: the stop of cover speaks first',
      given: { ...base, limit: 0, delivery: '2026-05-02', mep: '2026-05-01' },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_000_000, headroom: 0, recommendation: 'cash_in_advance', depositAmount: 1_000_000, reasons: ['mep_expired'] },
    },
    {
      case: 'terms too long speak before the stop of cover (grade 9: declined)',
      given: { ...base, grade: 9, terms: 121, delivery: '2026-05-02', mep: '2026-05-01' },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_000_000, headroom: 6_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['payment_terms_too_long'] },
    },
    {
      case: 'an insolvent buyer is declined, not asked for cash',
      given: { ...base, status: 'insolvent', delivery: '2026-05-02', mep: '2026-05-01' },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_000_000, headroom: 6_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['buyer_insolvent'] },
    },
  ])('$case', (row) => check(row));
});

/**
 * Each row of the default matrix, partly covered (limit EUR 50,000.00, EUR 20,000.00
 * outstanding, EUR 20,000.00 committed: EUR 10,000.00 of headroom for an order of
 * EUR 12,000.00) and not covered (no limit).
 */
describe('the default decision matrix', () => {
  const partly = { limit: 5_000_000, outstanding: 2_000_000, committed: 2_000_000, amount: 1_200_000, terms: 60 } as const;
  const none = { limit: 0, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60 } as const;
  const partlyThen = { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 200_000, headroom: 1_000_000, reasons: ['partly_covered'] } as const;
  const noneThen = { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 0, reasons: ['no_limit'] } as const;
  const deposit = { recommendation: 'accept_with_deposit', depositAmount: 200_000 } as const;
  const cash = { recommendation: 'cash_in_advance', depositAmount: 1_200_000 } as const;
  const decline = { recommendation: 'decline', depositAmount: 0 } as const;

  it.each<Row>([
    { case: 'grade 1, part covered: deposit of the excess', given: { ...partly, grade: 1 }, then: { ...partlyThen, ...deposit, reasons: ['partly_covered'] } },
    { case: 'grade 5, low importance, no margin, part covered: deposit', given: { ...partly, grade: 5, importance: 'low' }, then: { ...partlyThen, ...deposit, reasons: ['partly_covered'] } },
    { case: 'grade 1, nothing covered: cash in advance', given: { ...none, grade: 1 }, then: { ...noneThen, ...cash, reasons: ['no_limit'] } },
    { case: 'grade 5, nothing covered: cash in advance', given: { ...none, grade: 5, importance: 'high', margin: 5_000 }, then: { ...noneThen, ...cash, reasons: ['no_limit'] } },
    { case: 'grade 6, margin exactly 20.00% (2000 bp), part covered: deposit', given: { ...partly, grade: 6, margin: 2_000 }, then: { ...partlyThen, ...deposit, reasons: ['partly_covered'] } },
    { case: 'grade 7, margin exactly 20.00% (2000 bp), part covered: deposit', given: { ...partly, grade: 7, margin: 2_000 }, then: { ...partlyThen, ...deposit, reasons: ['partly_covered'] } },
    { case: 'grade 6, margin 19.99% (1999 bp), part covered: cash in advance', given: { ...partly, grade: 6, margin: 1_999 }, then: { ...partlyThen, ...cash, reasons: ['partly_covered'] } },
    { case: 'grade 7, margin 19.99% (1999 bp), part covered: cash in advance', given: { ...partly, grade: 7, margin: 1_999 }, then: { ...partlyThen, ...cash, reasons: ['partly_covered'] } },
    { case: 'grade 7, margin 19.99%, importance high, part covered: deposit', given: { ...partly, grade: 7, margin: 1_999, importance: 'high' }, then: { ...partlyThen, ...deposit, reasons: ['partly_covered'] } },
    { case: 'grade 6, no margin given, importance high, part covered: deposit', given: { ...partly, grade: 6, importance: 'high' }, then: { ...partlyThen, ...deposit, reasons: ['partly_covered'] } },
    { case: 'grade 7, no margin given, normal, part covered: cash in advance', given: { ...partly, grade: 7 }, then: { ...partlyThen, ...cash, reasons: ['partly_covered'] } },
    { case: 'grade 7, margin 100.00%, importance low, part covered: deposit', given: { ...partly, grade: 7, margin: 10_000, importance: 'low' }, then: { ...partlyThen, ...deposit, reasons: ['partly_covered'] } },
    { case: 'grade 6, margin 20.00%, nothing covered: cash in advance', given: { ...none, grade: 6, margin: 2_000 }, then: { ...noneThen, ...cash, reasons: ['no_limit'] } },
    { case: 'grade 7, importance high, nothing covered: cash in advance', given: { ...none, grade: 7, importance: 'high' }, then: { ...noneThen, ...cash, reasons: ['no_limit'] } },
    { case: 'grade 7, margin 19.99%, nothing covered: cash in advance', given: { ...none, grade: 7, margin: 1_999 }, then: { ...noneThen, ...cash, reasons: ['no_limit'] } },
    { case: 'grade 8, importance high, part covered: cash in advance', given: { ...partly, grade: 8, importance: 'high' }, then: { ...partlyThen, ...cash, reasons: ['partly_covered'] } },
    { case: 'grade 9, importance high, nothing covered: cash in advance', given: { ...none, grade: 9, importance: 'high' }, then: { ...noneThen, ...cash, reasons: ['no_limit'] } },
    { case: 'grade 8, normal, part covered: decline', given: { ...partly, grade: 8 }, then: { ...partlyThen, ...decline, reasons: ['partly_covered'] } },
    { case: 'grade 9, margin 50.00%, importance low, part covered: decline', given: { ...partly, grade: 9, margin: 5_000, importance: 'low' }, then: { ...partlyThen, ...decline, reasons: ['partly_covered'] } },
    { case: 'grade 9, normal, nothing covered: decline', given: { ...none, grade: 9 }, then: { ...noneThen, ...decline, reasons: ['no_limit'] } },
    { case: 'grade 8, fully covered: accept (the matrix has no say)', given: { ...partly, amount: 1_000_000, grade: 8 }, then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 0, headroom: 1_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] } },
    { case: 'grade 10: declined before the matrix', given: { ...partly, grade: 10, importance: 'high' }, then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 1_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['buyer_insolvent'] } },
  ])('$case', (row) => check(row));

  it('is valid and reaches every grade and importance', () => {
    expect(validateMatrix(DEFAULT_DECISION_MATRIX)).toEqual([]);
  });
});

describe("a tenant's own matrix", () => {
  const partly = { limit: 5_000_000, outstanding: 2_000_000, committed: 2_000_000, amount: 1_200_000, terms: 60, grade: 4 } as const;
  const none = { limit: 5_000_000, outstanding: 5_000_000, committed: 0, amount: 1_200_000, terms: 60, grade: 4 } as const;
  const only = (rule: Omit<MatrixRule, 'grades'>): DecisionMatrix => ({ rules: [{ grades: { min: 1, max: 10 }, ...rule }] });

  it.each<Row>([
    {
      case: 'accept_with_deposit when nothing is covered is read as cash in advance, and says so',
      given: { ...none, matrix: only({ whenPartlyCovered: 'accept_with_deposit', whenNotCovered: 'accept_with_deposit' }) },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 0, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['no_headroom', 'deposit_without_cover'] },
    },
    {
      case: 'accept_with_deposit with no limit: also cash in advance',
      given: { ...none, limit: 0, outstanding: 0, matrix: only({ whenPartlyCovered: 'accept', whenNotCovered: 'accept_with_deposit' }) },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 0, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['no_limit', 'deposit_without_cover'] },
    },
    {
      case: 'accept_with_deposit with terms too long: also cash in advance',
      given: { ...partly, terms: 180, matrix: only({ whenPartlyCovered: 'accept', whenNotCovered: 'accept_with_deposit' }) },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 1_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['payment_terms_too_long', 'deposit_without_cover'] },
    },
    {
      case: 'decline when nothing is covered',
      given: { ...none, matrix: only({ whenPartlyCovered: 'accept_with_deposit', whenNotCovered: 'decline' }) },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 0, recommendation: 'decline', depositAmount: 0, reasons: ['no_headroom'] },
    },
    {
      case: 'accept a partly covered order: no deposit, the excess is the tenant’s risk',
      given: { ...partly, matrix: only({ whenPartlyCovered: 'accept', whenNotCovered: 'cash_in_advance' }) },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 200_000, headroom: 1_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['partly_covered'] },
    },
    {
      case: 'cash in advance for a partly covered order: the whole amount',
      given: { ...partly, matrix: only({ whenPartlyCovered: 'cash_in_advance', whenNotCovered: 'cash_in_advance' }) },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 200_000, headroom: 1_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['partly_covered'] },
    },
    {
      case: 'decline a partly covered order',
      given: { ...partly, matrix: only({ whenPartlyCovered: 'decline', whenNotCovered: 'decline' }) },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 200_000, headroom: 1_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['partly_covered'] },
    },
    {
      case: 'the first matching rule wins over a later one',
      given: {
        ...partly,
        matrix: {
          rules: [
            { grades: { min: 1, max: 10 }, whenPartlyCovered: 'decline', whenNotCovered: 'decline' },
            { grades: { min: 4, max: 4 }, whenPartlyCovered: 'accept', whenNotCovered: 'cash_in_advance' },
          ],
        },
      },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 200_000, headroom: 1_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['partly_covered'] },
    },
    {
      case: 'a rule for higher grades placed first is passed over: its minimum grade is above the buyer’s',
      given: {
        ...partly,
        matrix: {
          rules: [
            { grades: { min: 6, max: 10 }, whenPartlyCovered: 'decline', whenNotCovered: 'decline' },
            { grades: { min: 1, max: 10 }, whenPartlyCovered: 'accept', whenNotCovered: 'cash_in_advance' },
          ],
        },
      },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 200_000, headroom: 1_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['partly_covered'] },
    },
    {
      case: 'a rule for lower grades placed first is passed over: its maximum grade is below the buyer’s',
      given: {
        ...partly,
        matrix: {
          rules: [
            { grades: { min: 1, max: 3 }, whenPartlyCovered: 'decline', whenNotCovered: 'decline' },
            { grades: { min: 1, max: 10 }, whenPartlyCovered: 'accept', whenNotCovered: 'cash_in_advance' },
          ],
        },
      },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 200_000, headroom: 1_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['partly_covered'] },
    },
    {
      case: 'a margin threshold of 0 does not apply when no margin is given',
      given: {
        ...partly,
        matrix: {
          rules: [
            { grades: { min: 1, max: 10 }, minMarginBp: 0, whenPartlyCovered: 'accept', whenNotCovered: 'cash_in_advance' },
            { grades: { min: 1, max: 10 }, whenPartlyCovered: 'decline', whenNotCovered: 'decline' },
          ],
        },
      },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 200_000, headroom: 1_000_000, recommendation: 'decline', depositAmount: 0, reasons: ['partly_covered'] },
    },
    {
      case: 'a margin threshold of 0 applies to a margin of 0.00%',
      given: {
        ...partly,
        margin: 0,
        matrix: {
          rules: [
            { grades: { min: 1, max: 10 }, minMarginBp: 0, whenPartlyCovered: 'accept', whenNotCovered: 'cash_in_advance' },
            { grades: { min: 1, max: 10 }, whenPartlyCovered: 'decline', whenNotCovered: 'decline' },
          ],
        },
      },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 200_000, headroom: 1_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['partly_covered'] },
    },
    {
      case: 'importance split over two rules: low goes to its own rule',
      given: {
        ...partly,
        importance: 'low',
        matrix: {
          rules: [
            { grades: { min: 1, max: 10 }, importance: ['normal', 'high'], whenPartlyCovered: 'accept_with_deposit', whenNotCovered: 'cash_in_advance' },
            { grades: { min: 1, max: 10 }, importance: ['low'], whenPartlyCovered: 'cash_in_advance', whenNotCovered: 'decline' },
          ],
        },
      },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 200_000, headroom: 1_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['partly_covered'] },
    },
    {
      case: 'a fully covered order is accepted even when the matrix declines everything',
      given: { ...partly, amount: 1_000_000, matrix: only({ whenPartlyCovered: 'decline', whenNotCovered: 'decline' }) },
      then: { covered: true, coveredAmount: 1_000_000, uncoveredAmount: 0, headroom: 1_000_000, recommendation: 'accept', depositAmount: 0, reasons: ['covered'] },
    },
    {
      case: 'an overdue means cash in advance even when the matrix declines everything',
      given: { ...partly, overdue: true, matrix: only({ whenPartlyCovered: 'decline', whenNotCovered: 'decline' }) },
      then: { covered: false, coveredAmount: 0, uncoveredAmount: 1_200_000, headroom: 1_000_000, recommendation: 'cash_in_advance', depositAmount: 1_200_000, reasons: ['overdue_notified'] },
    },
  ])('$case', (row) => check(row));
});

describe('reasons are sentences with the amounts in them', () => {
  const message = (given: Order, code: string): string | undefined => checkCover(coverInput(given)).reasons.find((r) => r.code === code)?.message;

  it.each<{ case: string; given: Order; code: string; text: string }>([
    {
      case: 'covered',
      given: { limit: 5_000_000, outstanding: 2_000_000, committed: 1_000_000, amount: 1_200_000, terms: 60, grade: 3 },
      code: 'covered',
      text: 'The order of EUR 12,000.00 is fully covered: the limit of EUR 50,000.00 in force on 2026-05-01 leaves EUR 20,000.00 of headroom after EUR 20,000.00 outstanding and EUR 10,000.00 committed. Accept it.',
    },
    {
      case: 'partly covered, naming the covered and uncovered amounts and the matrix rule',
      given: { limit: 5_000_000, outstanding: 2_000_000, committed: 2_000_000, amount: 1_200_000, terms: 60, grade: 6, margin: 2_000 },
      code: 'partly_covered',
      text: 'The limit of EUR 50,000.00 in force on 2026-05-01 leaves EUR 10,000.00 of headroom after EUR 20,000.00 outstanding and EUR 20,000.00 committed, so EUR 10,000.00 of the order of EUR 12,000.00 is covered and EUR 2,000.00 is not. Rule 2 of the decision matrix (grades 6–7, margin at least 20.00%) recommends accepting it against a deposit of EUR 2,000.00, the uncovered excess.',
    },
    {
      case: 'payment terms too long, naming both numbers',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 121, grade: 8, importance: 'high' },
      code: 'payment_terms_too_long',
      text: "Payment terms of 121 days exceed the policy's maximum credit period of 120 days, so none of the order of EUR 12,000.00 is covered. Rule 5 of the decision matrix (grades 8–9, importance high) recommends cash in advance of EUR 12,000.00, the whole order.",
    },
    {
      case: 'exposure above a reduced limit',
      given: { limit: 3_000_000, outstanding: 3_500_000, committed: 500_000, amount: 1_200_000, terms: 60, grade: 9 },
      code: 'no_headroom',
      text: 'The limit of EUR 30,000.00 in force on 2026-05-01 is EUR 10,000.00 below the exposure of EUR 35,000.00 outstanding and EUR 5,000.00 committed, so none of the order of EUR 12,000.00 is covered. Rule 6 of the decision matrix (grades 8–9) recommends declining the order.',
    },
    {
      case: 'limit exactly used',
      given: { limit: 5_000_000, outstanding: 3_000_000, committed: 2_000_000, amount: 1_200_000, terms: 60, grade: 7, margin: 1_999 },
      code: 'no_headroom',
      text: 'The limit of EUR 50,000.00 in force on 2026-05-01 is fully used by EUR 30,000.00 outstanding and EUR 20,000.00 committed, so none of the order of EUR 12,000.00 is covered. Rule 4 of the decision matrix (grades 6–7) recommends cash in advance of EUR 12,000.00, the whole order.',
    },
    {
      case: 'a closed buyer (at grade 10)',
      given: { limit: 5_000_000, outstanding: 3_000_000, committed: 2_000_000, amount: 1_200_000, terms: 60, grade: 10, status: 'closed' },
      code: 'buyer_closed',
      text: 'The buyer has closed, so none of the order of EUR 12,000.00 is covered: decline it.',
    },
    {
      case: 'no limit',
      given: { limit: 0, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 1 },
      code: 'no_limit',
      text: 'There is no limit on this buyer in force on the delivery date 2026-05-01, so none of the order of EUR 12,000.00 is covered. Rule 1 of the decision matrix (grades 1–5) recommends cash in advance of EUR 12,000.00, the whole order.',
    },
    {
      case: 'overdue notified',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 1, overdue: true },
      code: 'overdue_notified',
      text: 'An overdue has been notified on this buyer, so no new delivery is covered and, whatever the decision matrix says, the order of EUR 12,000.00 should be paid in advance.',
    },
    {
      case: 'a country event open',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 1, countryEvent: { type: 'transfer_restriction', occurredOn: '2026-04-10' } },
      code: 'country_event',
      text: 'A country event (transfer restriction since 2026-04-10) is open in BR on the delivery date 2026-05-01: the money may not leave the country, so no new delivery is covered and, whatever the decision matrix says, the order of EUR 12,000.00 should be paid in advance.',
    },
    {
      case: 'an insolvent buyer',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 9, status: 'insolvent' },
      code: 'buyer_insolvent',
      text: 'The buyer is insolvent, so none of the order of EUR 12,000.00 is covered: decline it.',
    },
    {
      case: 'terms of one day on a cash-only policy',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 1, grade: 1, maxDays: 0 },
      code: 'payment_terms_too_long',
      text: "Payment terms of 1 day exceed the policy's maximum credit period of 0 days, so none of the order of EUR 12,000.00 is covered. Rule 1 of the decision matrix (grades 1–5) recommends cash in advance of EUR 12,000.00, the whole order.",
    },
    {
      case: 'a rule for one grade, a margin with cents and two importances; accepting the excess',
      given: {
        limit: 5_000_000,
        outstanding: 2_000_000,
        committed: 2_000_000,
        amount: 1_200_000,
        terms: 60,
        grade: 4,
        margin: 2_005,
        matrix: {
          rules: [
            { grades: { min: 4, max: 4 }, minMarginBp: 2_005, importance: ['normal', 'high'], whenPartlyCovered: 'accept', whenNotCovered: 'decline' },
            { grades: { min: 1, max: 10 }, whenPartlyCovered: 'decline', whenNotCovered: 'decline' },
          ],
        },
      },
      code: 'partly_covered',
      text: 'The limit of EUR 50,000.00 in force on 2026-05-01 leaves EUR 10,000.00 of headroom after EUR 20,000.00 outstanding and EUR 20,000.00 committed, so EUR 10,000.00 of the order of EUR 12,000.00 is covered and EUR 2,000.00 is not. Rule 1 of the decision matrix (grade 4, margin at least 20.05%, importance normal or high) recommends accepting the order with EUR 2,000.00 uncovered.',
    },
    {
      case: 'delivered after the maximum extension period',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 1, delivery: '2026-05-02', mep: '2026-05-01' },
      code: 'mep_expired',
      text: 'Cover on this buyer stopped after 2026-05-01, the end of the maximum extension period of its oldest unpaid invoice, so the delivery on 2026-05-02 is not covered and, whatever the decision matrix says, the order of EUR 12,000.00 should be paid in advance.',
    },
    {
      case: 'grade 10',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 10 },
      code: 'buyer_insolvent',
      text: 'The buyer has defaulted (grade 10), so none of the order of EUR 12,000.00 is covered: decline it.',
    },
    {
      case: 'a deposit when nothing is covered',
      given: { limit: 0, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 1, matrix: { rules: [{ grades: { min: 1, max: 10 }, whenPartlyCovered: 'accept', whenNotCovered: 'accept_with_deposit' }] } },
      code: 'deposit_without_cover',
      text: 'Rule 1 of the decision matrix recommends accept_with_deposit when nothing is covered, but the deposit would then be the whole order of EUR 12,000.00, so cash_in_advance is recommended instead.',
    },
    {
      case: "terms beyond the limit's condition, naming both numbers and the matrix rule",
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 61, grade: 7, conditionTerms: [60] },
      code: 'terms_beyond_condition',
      text: 'Payment terms of 61 days exceed the 60 days the conditions of the limit on this buyer allow, so none of the order of EUR 12,000.00 is covered. Rule 4 of the decision matrix (grades 6–7) recommends cash in advance of EUR 12,000.00, the whole order.',
    },
    {
      case: 'a one-day condition, in the singular',
      given: { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 2, grade: 7, conditionTerms: [1] },
      code: 'terms_beyond_condition',
      text: 'Payment terms of 2 days exceed the 1 day the conditions of the limit on this buyer allow, so none of the order of EUR 12,000.00 is covered. Rule 4 of the decision matrix (grades 6–7) recommends cash in advance of EUR 12,000.00, the whole order.',
    },
    {
      case: 'in the policy currency (JPY has no minor unit)',
      given: { limit: 5_000_000, outstanding: 4_000_000, committed: 0, amount: 1_200_000, terms: 60, grade: 3, currency: 'JPY' },
      code: 'partly_covered',
      text: 'The limit of JPY 5,000,000 in force on 2026-05-01 leaves JPY 1,000,000 of headroom after JPY 4,000,000 outstanding and JPY 0 committed, so JPY 1,000,000 of the order of JPY 1,200,000 is covered and JPY 200,000 is not. Rule 1 of the decision matrix (grades 1–5) recommends accepting it against a deposit of JPY 200,000, the uncovered excess.',
    },
  ])('$case', ({ given, code, text }) => {
    expect(message(given, code)).toBe(text);
  });

  it('every code the check emits is listed in COVER_REASON_CODES', () => {
    expect([...COVER_REASON_CODES].sort()).toEqual(
      ['buyer_closed', 'buyer_insolvent', 'country_event', 'covered', 'deposit_without_cover', 'mep_expired', 'no_headroom', 'no_limit', 'overdue_notified', 'partly_covered', 'payment_terms_too_long', 'terms_beyond_condition'],
    );
  });
});

describe('preconditions are programming errors: RangeError', () => {
  const valid: Order = { limit: 5_000_000, outstanding: 0, committed: 0, amount: 1_200_000, terms: 60, grade: 3 };
  const base = (): CoverCheckInput => coverInput(valid);

  it.each<{ case: string; change: (input: CoverCheckInput) => void; error: RegExp }>([
    { case: 'amount 0', change: (i) => (i.order.amount = 0), error: /order\.amount must be a positive integer/ },
    { case: 'negative amount', change: (i) => (i.order.amount = -100), error: /order\.amount/ },
    { case: 'fractional amount', change: (i) => (i.order.amount = 1_200_000.5), error: /order\.amount/ },
    { case: 'NaN amount, shown as NaN', change: (i) => (i.order.amount = Number.NaN), error: /order\.amount must be a positive integer amount in minor units, got NaN$/ },
    { case: 'amount beyond safe integers', change: (i) => (i.order.amount = 2 ** 53), error: /order\.amount/ },
    { case: 'negative terms', change: (i) => (i.order.paymentTermsDays = -1), error: /paymentTermsDays must be an integer from 0 to 3650, got -1/ },
    { case: 'terms of 3651 days', change: (i) => (i.order.paymentTermsDays = 3_651), error: /paymentTermsDays/ },
    { case: 'fractional terms', change: (i) => (i.order.paymentTermsDays = 30.5), error: /paymentTermsDays/ },
    { case: 'impossible date', change: (i) => (i.order.deliveryDate = '2026-02-30'), error: /order\.deliveryDate must be a calendar date/ },
    { case: 'date without padding', change: (i) => (i.order.deliveryDate = '2026-5-1'), error: /order\.deliveryDate/ },
    { case: 'grade 0', change: (i) => (i.buyer.grade = 0), error: /buyer\.grade must be an integer from 1 to 10, got 0/ },
    { case: 'grade 11', change: (i) => (i.buyer.grade = 11), error: /buyer\.grade/ },
    { case: 'grade 3.5', change: (i) => (i.buyer.grade = 3.5), error: /buyer\.grade/ },
    { case: 'unknown currency', change: (i) => (i.currency = 'XXX'), error: /unknown currency "XXX"/ },
    { case: 'unknown buyer status', change: (i) => (i.buyer = { ...i.buyer, status: 'dormant' as 'active' }), error: /buyer\.status/ },
    { case: 'negative maximum credit period', change: (i) => (i.policy.maxCreditPeriodDays = -1), error: /policy\.maxCreditPeriodDays/ },
    { case: 'maximum credit period of 3651 days', change: (i) => (i.policy.maxCreditPeriodDays = 3_651), error: /policy\.maxCreditPeriodDays must be an integer from 0 to 3650, got 3651/ },
    { case: 'fractional maximum credit period', change: (i) => (i.policy.maxCreditPeriodDays = 90.5), error: /policy\.maxCreditPeriodDays/ },
    { case: 'negative limit', change: (i) => (i.limitAtDelivery = -1), error: /limitAtDelivery must be a non-negative integer/ },
    { case: 'fractional limit', change: (i) => (i.limitAtDelivery = 0.5), error: /limitAtDelivery/ },
    { case: 'negative outstanding', change: (i) => (i.exposure.outstanding = -1), error: /exposure\.outstanding/ },
    { case: 'fractional committed', change: (i) => (i.exposure.committed = 1.5), error: /exposure\.committed/ },
    { case: 'exposure summing beyond safe integers', change: (i) => (i.exposure = { outstanding: Number.MAX_SAFE_INTEGER, committed: 1 }), error: /safe integer/ },
    { case: 'impossible mepEndsOn', change: (i) => (i.mepEndsOn = '2026-02-30'), error: /mepEndsOn must be a calendar date/ },
    { case: 'overdue flag not a boolean', change: (i) => (i.overdueNotified = 'yes' as unknown as boolean), error: /overdueNotified/ },
    { case: 'negative margin', change: (i) => (i.margin = { bp: -1 }), error: /margin\.bp must be an integer number of basis points from 0 to 10000/ },
    { case: 'margin above 100%', change: (i) => (i.margin = { bp: 10_001 }), error: /margin\.bp/ },
    { case: 'margin as a fraction of a basis point', change: (i) => (i.margin = { bp: 1_999.5 }), error: /margin\.bp/ },
    { case: 'unknown importance', change: (i) => (i.importance = 'vital' as 'high'), error: /importance must be one of low, normal, high/ },
    { case: 'a matrix missing grade 10', change: (i) => (i.matrix = { rules: [{ grades: { min: 1, max: 9 }, whenPartlyCovered: 'accept', whenNotCovered: 'decline' }] }), error: /decision matrix is invalid: .*grade 10/ },
    { case: 'an empty matrix', change: (i) => (i.matrix = { rules: [] }), error: /decision matrix is invalid: the matrix has no rules/ },
    { case: 'conditions not a list', change: (i) => (i.limitConditions = { code: 'max_payment_terms' } as never), error: /limitConditions must be a list, got \[object Object\]/ },
    { case: 'a negative condition term', change: (i) => (i.limitConditions = [{ code: 'max_payment_terms', maxPaymentTermsDays: -1 }]), error: /limitConditions\[0\]\.maxPaymentTermsDays must be an integer from 0 to 3650, got -1/ },
    { case: 'a condition term of 3651 days', change: (i) => (i.limitConditions = [{ code: 'a' }, { code: 'max_payment_terms', maxPaymentTermsDays: 3_651 }]), error: /limitConditions\[1\]\.maxPaymentTermsDays/ },
    { case: 'a fractional condition term', change: (i) => (i.limitConditions = [{ code: 'max_payment_terms', maxPaymentTermsDays: 59.5 }]), error: /maxPaymentTermsDays .*got 59\.5/ },
    { case: 'a condition term that is not a number', change: (i) => (i.limitConditions = [{ code: 'max_payment_terms', maxPaymentTermsDays: '60' as unknown as number }]), error: /maxPaymentTermsDays .*got "60"/ },
  ])('$case', ({ change, error }) => {
    const input = base();
    change(input);
    expect(() => checkCover(input)).toThrow(RangeError);
    expect(() => checkCover(input)).toThrow(error);
  });

  it.each<{ case: string; change: (input: CoverCheckInput) => void }>([
    { case: 'terms of 3650 days', change: (i) => ((i.order.paymentTermsDays = 3_650), (i.policy.maxCreditPeriodDays = 3_650)) },
    { case: 'margin 0 bp', change: (i) => (i.margin = { bp: 0 }) },
    { case: 'margin 10000 bp', change: (i) => (i.margin = { bp: 10_000 }) },
    { case: 'a leap day', change: (i) => (i.order.deliveryDate = '2028-02-29') },
    { case: 'a maximum credit period of 0 days with terms of 0 days', change: (i) => ((i.order.paymentTermsDays = 0), (i.policy.maxCreditPeriodDays = 0)) },
    { case: 'a condition of 3650 days', change: (i) => ((i.limitConditions = [{ code: 'max_payment_terms', maxPaymentTermsDays: 3_650 }]), (i.order.paymentTermsDays = 3_650), (i.policy.maxCreditPeriodDays = 3_650)) },
    { case: 'a condition of 0 days with terms of 0 days', change: (i) => ((i.limitConditions = [{ code: 'max_payment_terms', maxPaymentTermsDays: 0 }]), (i.order.paymentTermsDays = 0)) },
  ])('accepts the edge of the range: $case', ({ change }) => {
    const input = base();
    change(input);
    expect(checkCover(input).recommendation).toBe('accept');
  });
});

describe('validateMatrix', () => {
  /** Completes a matrix so that only the problem under test is reported. */
  const CATCH_ALL: MatrixRule = { grades: { min: 1, max: 10 }, whenPartlyCovered: 'cash_in_advance', whenNotCovered: 'cash_in_advance' };
  const withCatchAll = (...rules: unknown[]): DecisionMatrix => ({ rules: [...(rules as MatrixRule[]), CATCH_ALL] });
  const everyGradeUnreached = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(
    (g) => `no rule applies to grade ${g} whatever the margin and importance: add a rule for grade ${g} without a margin threshold or importance list`,
  );

  it.each<{ case: string; matrix: DecisionMatrix; problems: string[] }>([
    { case: 'the default matrix', matrix: DEFAULT_DECISION_MATRIX, problems: [] },
    { case: 'one catch-all rule', matrix: { rules: [CATCH_ALL] }, problems: [] },
    {
      case: 'grades split over catch-alls by band',
      matrix: {
        rules: [
          { grades: { min: 1, max: 4 }, whenPartlyCovered: 'accept', whenNotCovered: 'cash_in_advance' },
          { grades: { min: 5, max: 10 }, whenPartlyCovered: 'decline', whenNotCovered: 'decline' },
        ],
      },
      problems: [],
    },
    {
      case: 'importances split over two rules without a margin threshold',
      matrix: {
        rules: [
          { grades: { min: 1, max: 10 }, importance: ['high'], whenPartlyCovered: 'accept', whenNotCovered: 'cash_in_advance' },
          { grades: { min: 1, max: 10 }, importance: ['low', 'normal'], whenPartlyCovered: 'decline', whenNotCovered: 'decline' },
        ],
      },
      problems: [],
    },
    { case: 'whenNotCovered accept_with_deposit is allowed (read as cash in advance)', matrix: { rules: [{ ...CATCH_ALL, whenNotCovered: 'accept_with_deposit' }] }, problems: [] },
    {
      case: 'no rules at all',
      matrix: { rules: [] },
      problems: [
        'the matrix has no rules',
        ...everyGradeUnreached,
      ],
    },
    {
      case: 'grade 10 missing',
      matrix: { rules: [{ ...CATCH_ALL, grades: { min: 1, max: 9 } }] },
      problems: ['no rule applies to grade 10 whatever the margin and importance: add a rule for grade 10 without a margin threshold or importance list'],
    },
    {
      case: 'grade 7 reached only with a margin threshold',
      matrix: {
        rules: [
          { grades: { min: 1, max: 6 }, whenPartlyCovered: 'accept', whenNotCovered: 'cash_in_advance' },
          { grades: { min: 7, max: 7 }, minMarginBp: 0, whenPartlyCovered: 'accept', whenNotCovered: 'cash_in_advance' },
          { grades: { min: 8, max: 10 }, whenPartlyCovered: 'decline', whenNotCovered: 'decline' },
        ],
      },
      problems: ['no rule applies to grade 7 whatever the margin and importance: add a rule for grade 7 without a margin threshold or importance list'],
    },
    {
      case: 'grades 8–9 reached only for high importance',
      matrix: {
        rules: [
          { grades: { min: 1, max: 7 }, whenPartlyCovered: 'accept', whenNotCovered: 'cash_in_advance' },
          { grades: { min: 8, max: 9 }, importance: ['high'], whenPartlyCovered: 'cash_in_advance', whenNotCovered: 'cash_in_advance' },
          { grades: { min: 10, max: 10 }, whenPartlyCovered: 'decline', whenNotCovered: 'decline' },
        ],
      },
      problems: [
        'no rule applies to grade 8 with importance low, normal whatever the margin: add a rule without a margin threshold for them',
        'no rule applies to grade 9 with importance low, normal whatever the margin: add a rule without a margin threshold for them',
      ],
    },
    {
      case: 'grade 5 reached only for high and normal importance',
      matrix: {
        rules: [
          { grades: { min: 1, max: 4 }, whenPartlyCovered: 'accept', whenNotCovered: 'cash_in_advance' },
          { grades: { min: 5, max: 5 }, importance: ['high', 'normal'], whenPartlyCovered: 'accept', whenNotCovered: 'cash_in_advance' },
          { grades: { min: 6, max: 10 }, whenPartlyCovered: 'decline', whenNotCovered: 'decline' },
        ],
      },
      problems: ['no rule applies to grade 5 with importance low whatever the margin: add a rule without a margin threshold for it'],
    },
    {
      case: 'a band starting below 1 reaches no grade',
      matrix: { rules: [{ ...CATCH_ALL, grades: { min: 0, max: 10 } }] },
      problems: ['rule 1: grades.min must be an integer from 1 to 10, got 0', ...everyGradeUnreached],
    },
    {
      case: 'a band ending above 10 reaches no grade',
      matrix: { rules: [{ ...CATCH_ALL, grades: { min: 1, max: 11 } }] },
      problems: ['rule 1: grades.max must be an integer from 1 to 10, got 11', ...everyGradeUnreached],
    },
    {
      case: 'an importance that is not a list reaches no importance',
      matrix: { rules: [{ ...CATCH_ALL, importance: 'high' as unknown as ['high'] }] },
      problems: ['rule 1: importance must be a list of low, normal, high', ...everyGradeUnreached],
    },
    {
      case: 'band below 1 and above 10',
      matrix: withCatchAll({ grades: { min: 0, max: 11 }, whenPartlyCovered: 'accept', whenNotCovered: 'decline' }),
      problems: ['rule 1: grades.min must be an integer from 1 to 10, got 0', 'rule 1: grades.max must be an integer from 1 to 10, got 11'],
    },
    {
      case: 'band upside down',
      matrix: withCatchAll({ grades: { min: 7, max: 6 }, whenPartlyCovered: 'accept', whenNotCovered: 'decline' }),
      problems: ['rule 1: grades.min (7) is above grades.max (6)'],
    },
    {
      case: 'a band upside down with a minimum above 10: only the minimum is reported',
      matrix: withCatchAll({ grades: { min: 11, max: 6 }, whenPartlyCovered: 'accept', whenNotCovered: 'decline' }),
      problems: ['rule 1: grades.min must be an integer from 1 to 10, got 11'],
    },
    {
      case: 'a band upside down with a maximum below 1: only the maximum is reported',
      matrix: withCatchAll({ grades: { min: 5, max: 0 }, whenPartlyCovered: 'accept', whenNotCovered: 'decline' }),
      problems: ['rule 1: grades.max must be an integer from 1 to 10, got 0'],
    },
    {
      case: 'fractional grade',
      matrix: withCatchAll({ grades: { min: 1.5, max: 6 }, whenPartlyCovered: 'accept', whenNotCovered: 'decline' }),
      problems: ['rule 1: grades.min must be an integer from 1 to 10, got 1.5'],
    },
    {
      case: 'margin above 10000 bp',
      matrix: withCatchAll({ grades: { min: 1, max: 6 }, minMarginBp: 10_001, whenPartlyCovered: 'accept', whenNotCovered: 'decline' }),
      problems: ['rule 1: minMarginBp must be an integer number of basis points from 0 to 10000 (20.00% = 2000), got 10001'],
    },
    {
      case: 'negative margin',
      matrix: withCatchAll({ grades: { min: 1, max: 6 }, minMarginBp: -1, whenPartlyCovered: 'accept', whenNotCovered: 'decline' }),
      problems: ['rule 1: minMarginBp must be an integer number of basis points from 0 to 10000 (20.00% = 2000), got -1'],
    },
    {
      case: 'margin given as a percentage fraction',
      matrix: withCatchAll({ grades: { min: 1, max: 6 }, minMarginBp: 0.2, whenPartlyCovered: 'accept', whenNotCovered: 'decline' }),
      problems: ['rule 1: minMarginBp must be an integer number of basis points from 0 to 10000 (20.00% = 2000), got 0.2'],
    },
    {
      case: 'unknown recommendations',
      matrix: withCatchAll({ grades: { min: 1, max: 6 }, whenPartlyCovered: 'approve', whenNotCovered: 'reject' }),
      problems: [
        'rule 1: whenPartlyCovered must be one of accept, accept_with_deposit, cash_in_advance, decline, got "approve"',
        'rule 1: whenNotCovered must be one of accept, accept_with_deposit, cash_in_advance, decline, got "reject"',
      ],
    },
    {
      case: 'accept when nothing is covered',
      matrix: withCatchAll({ grades: { min: 1, max: 6 }, whenPartlyCovered: 'accept', whenNotCovered: 'accept' }),
      problems: ['rule 1: whenNotCovered cannot be accept: nothing of the order is covered then, so recommend cash_in_advance or decline'],
    },
    {
      case: 'unknown importance',
      matrix: withCatchAll({ grades: { min: 1, max: 6 }, importance: ['high', 'vital'], whenPartlyCovered: 'accept', whenNotCovered: 'decline' }),
      problems: ['rule 1: unknown importance "vital" (known: low, normal, high)'],
    },
    {
      case: 'empty importance list',
      matrix: withCatchAll({ grades: { min: 1, max: 6 }, importance: [], whenPartlyCovered: 'accept', whenNotCovered: 'decline' }),
      problems: ['rule 1: importance is empty, so the rule never applies: list importances or leave it out for any'],
    },
    {
      case: 'importance not a list',
      matrix: withCatchAll({ grades: { min: 1, max: 6 }, importance: 'high', whenPartlyCovered: 'accept', whenNotCovered: 'decline' }),
      problems: ['rule 1: importance must be a list of low, normal, high'],
    },
    {
      case: 'rules that are not objects, and one without grades',
      matrix: withCatchAll(null, 'accept', { whenPartlyCovered: 'accept', whenNotCovered: 'decline' }),
      problems: ['rule 1 must be an object', 'rule 2 must be an object', 'rule 3: grades must be a band { min, max }'],
    },
    { case: 'rules not a list', matrix: { rules: 'all' } as unknown as DecisionMatrix, problems: ['the matrix must be an object with a list of rules'] },
    { case: 'not an object', matrix: null as unknown as DecisionMatrix, problems: ['the matrix must be an object with a list of rules'] },
  ])('$case', ({ matrix, problems }) => {
    expect(validateMatrix(matrix)).toEqual(problems);
  });
});

describe('when a buyer\'s count of open invoices may be fixed (20 minutes after the last invoice change and the code\'s start)', () => {
  const at = (time: string) => new Date(`2026-05-01T${time}Z`);
  it.each([
    { case: 'both exactly 20 minutes old', now: '10:20:00.000', released: '10:00:00.000', changed: '2026-05-01T10:00:00.000Z', settled: true },
    { case: 'the change a millisecond younger', now: '10:20:00.000', released: '09:00:00.000', changed: '2026-05-01T10:00:00.001Z', settled: false },
    { case: 'the code\'s start a millisecond younger', now: '10:20:00.000', released: '10:00:00.001', changed: '2026-05-01T09:00:00.000Z', settled: false },
    { case: 'no change recorded, the code started 20 minutes ago', now: '10:20:00.000', released: '10:00:00.000', changed: undefined, settled: true },
    { case: 'no change recorded, the code started 19 minutes ago', now: '10:19:00.000', released: '10:00:00.000', changed: undefined, settled: false },
    { case: 'a change time that does not parse', now: '23:59:00.000', released: '00:00:00.000', changed: 'yesterday', settled: false },
  ])('$case: $settled', ({ now, released, changed, settled }) => {
    expect(openInvoicesSettled(at(now), at(released), changed)).toBe(settled);
  });
});
