/**
 * The credit-limit decision engine, one rule per row. Amounts are minor units written out:
 * 20_000_000 is EUR 200,000.00. Default rules: grade 3 capacity EUR 10,000,000.00
 * (1_000_000_000) and auto ceiling EUR 1,000,000.00 (100_000_000); grade 7 capacity
 * EUR 500,000.00 (50_000_000) and ceiling EUR 100,000.00 (10_000_000). Today is 2026-03-01.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_RULES } from '../../../shared/domain/grades.ts';
import { EDIFACT_4507, decideLimit, maxPaymentTermsOf, type Decision, type Tranche } from '../../../shared/domain/limits.ts';
import { scenario, type Scenario } from './fixtures.ts';

interface Expected {
  decision: Decision;
  code: string;
  amount: number;
  temporary?: Tranche;
  reasons: string[];
  capacityDeltaEur: number;
  paymentTermsDays?: number;
  source?: 'automatic' | 'discretionary';
}

interface Row {
  case: string;
  given: Scenario;
  then: Expected;
}

const JUNE = '2026-06-30';
const SEPTEMBER = '2026-09-30';
const EXPIRED = '2026-02-28';

function check({ given, then }: Row): void {
  const result = decideLimit(scenario(given));
  expect({
    decision: result.decision,
    code: result.code,
    amount: result.amount,
    temporary: result.temporary,
    reasons: result.reasons.map((r) => r.code),
    capacityDeltaEur: result.capacityDeltaEur,
  }).toEqual({
    decision: then.decision,
    code: then.code,
    amount: then.amount,
    temporary: then.temporary,
    reasons: then.reasons,
    capacityDeltaEur: then.capacityDeltaEur,
  });
  expect(result.expiresOn).toBe(then.temporary?.expiresOn);
  expect(result.conditions.map((c) => [c.code, c.maxPaymentTermsDays])).toEqual(then.paymentTermsDays ? [['max_payment_terms', then.paymentTermsDays]] : []);
  expect(result.source).toBe(then.source ?? 'automatic');
  expect(result.referral).toEqual(then.decision === 'referred' ? { reasonCode: then.reasons[0] } : undefined);
}

describe('cancel releases the whole limit', () => {
  it.each<Row>([
    {
      case: 'a permanent limit',
      given: { type: 'cancel', amount: 0, grade: 3, status: 'active', current: 20_000_000, exposureEur: 50_000_000 },
      then: { decision: 'cancelled', code: '8', amount: 0, reasons: ['cancel_requested'], capacityDeltaEur: -20_000_000 },
    },
    {
      case: 'a limit with a temporary tranche in force',
      given: { type: 'cancel', amount: 0, grade: 3, status: 'active', current: 20_000_000, currentTemporary: { amount: 5_000_000, expiresOn: JUNE }, exposureEur: 50_000_000 },
      then: { decision: 'cancelled', code: '8', amount: 0, reasons: ['cancel_requested'], capacityDeltaEur: -25_000_000 },
    },
    {
      case: 'no limit at all (idempotent)',
      given: { type: 'cancel', amount: 0, grade: 3, status: 'active', current: null, exposureEur: 50_000_000 },
      then: { decision: 'cancelled', code: '8', amount: 0, reasons: ['no_limit_in_force'], capacityDeltaEur: 0 },
    },
    {
      case: 'on an insolvent grade 10 buyer',
      given: { type: 'cancel', amount: 0, grade: 10, status: 'insolvent', current: 20_000_000, exposureEur: 20_000_000 },
      then: { decision: 'cancelled', code: '8', amount: 0, reasons: ['cancel_requested'], capacityDeltaEur: -20_000_000 },
    },
    {
      case: 'a USD 100,000.00 limit valued at USD 1.25 releases EUR 80,000.00',
      given: { type: 'cancel', amount: 0, grade: 3, status: 'active', currency: 'USD', current: 10_000_000, exposureEur: 8_000_000 },
      then: { decision: 'cancelled', code: '8', amount: 0, reasons: ['cancel_requested'], capacityDeltaEur: -8_000_000 },
    },
    {
      case: 'a USD 100,000.00 limit booked at another rate releases what it reserved, EUR 92,000.00, whatever today’s rate',
      given: { type: 'cancel', amount: 0, grade: 3, status: 'active', currency: 'USD', current: 10_000_000, currentReservedEur: 9_200_000, exposureEur: 9_200_000 },
      then: { decision: 'cancelled', code: '8', amount: 0, reasons: ['cancel_requested'], capacityDeltaEur: -9_200_000 },
    },
    {
      case: 'a reduction keeps the rate it was booked at: USD 100,000.00 → 40,000.00 frees 60 % of EUR 92,000.00',
      given: { type: 'reduce', amount: 4_000_000, grade: 3, status: 'active', currency: 'USD', current: 10_000_000, currentReservedEur: 9_200_000, exposureEur: 9_200_000 },
      then: { decision: 'reduced', code: '9', amount: 4_000_000, reasons: ['reduce_requested'], capacityDeltaEur: -5_520_000 },
    },
  ])('$case', check);
});

describe('reduce lowers the limit and releases the difference', () => {
  it.each<Row>([
    {
      case: '200,000.00 to 100,000.00',
      given: { type: 'reduce', amount: 10_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 50_000_000 },
      then: { decision: 'reduced', code: '9', amount: 10_000_000, reasons: ['reduce_requested'], capacityDeltaEur: -10_000_000 },
    },
    {
      case: 'to the same amount is not a reduction',
      given: { type: 'reduce', amount: 20_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 50_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, reasons: ['not_a_reduction'], capacityDeltaEur: 0 },
    },
    {
      case: 'to a higher amount is not a reduction',
      given: { type: 'reduce', amount: 30_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 50_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, reasons: ['not_a_reduction'], capacityDeltaEur: 0 },
    },
    {
      case: 'without a limit is not a reduction',
      given: { type: 'reduce', amount: 10_000_000, grade: 3, status: 'active', current: null, exposureEur: 50_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 0, reasons: ['not_a_reduction'], capacityDeltaEur: 0 },
    },
    {
      case: 'dropping the temporary tranche',
      given: { type: 'reduce', amount: 20_000_000, grade: 3, status: 'active', current: 20_000_000, currentTemporary: { amount: 5_000_000, expiresOn: JUNE }, exposureEur: 50_000_000 },
      then: { decision: 'reduced', code: '9', amount: 20_000_000, reasons: ['reduce_requested'], capacityDeltaEur: -5_000_000 },
    },
    {
      case: 'both tranches',
      given: {
        type: 'reduce',
        amount: 10_000_000,
        temporary: { amount: 2_000_000, expiresOn: JUNE },
        grade: 3,
        status: 'active',
        current: 20_000_000,
        currentTemporary: { amount: 5_000_000, expiresOn: JUNE },
        exposureEur: 50_000_000,
      },
      then: { decision: 'reduced', code: '9', amount: 10_000_000, temporary: { amount: 2_000_000, expiresOn: JUNE }, reasons: ['reduce_requested'], capacityDeltaEur: -13_000_000 },
    },
    {
      case: 'turning a temporary tranche into permanent cover is not a reduction',
      given: { type: 'reduce', amount: 25_000_000, grade: 3, status: 'active', current: 20_000_000, currentTemporary: { amount: 10_000_000, expiresOn: JUNE }, exposureEur: 50_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, temporary: { amount: 10_000_000, expiresOn: JUNE }, reasons: ['not_a_reduction'], capacityDeltaEur: 0 },
    },
    {
      case: 'extending the temporary tranche is not a reduction',
      given: {
        type: 'reduce',
        amount: 10_000_000,
        temporary: { amount: 10_000_000, expiresOn: SEPTEMBER },
        grade: 3,
        status: 'active',
        current: 20_000_000,
        currentTemporary: { amount: 10_000_000, expiresOn: JUNE },
        exposureEur: 50_000_000,
      },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, temporary: { amount: 10_000_000, expiresOn: JUNE }, reasons: ['not_a_reduction'], capacityDeltaEur: 0 },
    },
    {
      case: 'raising the temporary tranche while the total falls is not a reduction',
      given: {
        type: 'reduce',
        amount: 10_000_000,
        temporary: { amount: 6_000_000, expiresOn: JUNE },
        grade: 3,
        status: 'active',
        current: 20_000_000,
        currentTemporary: { amount: 5_000_000, expiresOn: JUNE },
        exposureEur: 50_000_000,
      },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, temporary: { amount: 5_000_000, expiresOn: JUNE }, reasons: ['not_a_reduction'], capacityDeltaEur: 0 },
    },
    {
      case: 'keeping the temporary tranche as it is while the permanent part falls is a reduction',
      given: {
        type: 'reduce',
        amount: 10_000_000,
        temporary: { amount: 5_000_000, expiresOn: JUNE },
        grade: 3,
        status: 'active',
        current: 20_000_000,
        currentTemporary: { amount: 5_000_000, expiresOn: JUNE },
        exposureEur: 50_000_000,
      },
      then: { decision: 'reduced', code: '9', amount: 10_000_000, temporary: { amount: 5_000_000, expiresOn: JUNE }, reasons: ['reduce_requested'], capacityDeltaEur: -10_000_000 },
    },
    {
      case: 'on a grade 9 buyer (giving up cover is always accepted)',
      given: { type: 'reduce', amount: 10_000_000, grade: 9, status: 'active', current: 20_000_000, exposureEur: 20_000_000 },
      then: { decision: 'reduced', code: '9', amount: 10_000_000, reasons: ['reduce_requested'], capacityDeltaEur: -10_000_000 },
    },
    {
      case: 'also releases an expired temporary tranche',
      given: { type: 'reduce', amount: 10_000_000, grade: 3, status: 'active', current: 20_000_000, currentTemporary: { amount: 10_000_000, expiresOn: EXPIRED }, exposureEur: 30_000_000 },
      then: { decision: 'reduced', code: '9', amount: 10_000_000, reasons: ['reduce_requested', 'temporary_expired'], capacityDeltaEur: -20_000_000 },
    },
  ])('$case', check);
});

describe('buyer, country and grade rules', () => {
  it.each<Row>([
    {
      case: 'new on an insolvent buyer: zero limit',
      given: { type: 'new', amount: 10_000_000, grade: 6, status: 'insolvent', current: null, exposureEur: 0 },
      then: { decision: 'not_approved', code: '3', amount: 0, reasons: ['buyer_insolvent'], capacityDeltaEur: 0 },
    },
    {
      case: 'increase on a grade 10 buyer: zero limit, current released',
      given: { type: 'increase', amount: 30_000_000, grade: 10, status: 'active', current: 20_000_000, exposureEur: 50_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 0, reasons: ['buyer_insolvent'], capacityDeltaEur: -20_000_000 },
    },
    {
      case: 'an insolvent buyer gets a zero limit even on a request asking for less',
      given: { type: 'increase', amount: 10_000_000, grade: 10, status: 'insolvent', current: 20_000_000, exposureEur: 20_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 0, reasons: ['buyer_insolvent'], capacityDeltaEur: -20_000_000 },
    },
    {
      case: 'increase on a closed buyer: zero limit, current released',
      given: { type: 'increase', amount: 30_000_000, grade: 4, status: 'closed', current: 20_000_000, exposureEur: 50_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 0, reasons: ['buyer_closed'], capacityDeltaEur: -20_000_000 },
    },
    {
      case: 'new in a country the policy does not cover',
      given: { type: 'new', amount: 10_000_000, grade: 3, status: 'active', country: 'US', current: null, exposureEur: 0 },
      then: { decision: 'not_approved', code: '3', amount: 0, reasons: ['country_not_covered'], capacityDeltaEur: 0 },
    },
    {
      case: 'increase in a country the policy does not cover: current stays',
      given: { type: 'increase', amount: 30_000_000, grade: 3, status: 'active', country: 'US', current: 20_000_000, exposureEur: 20_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, reasons: ['country_not_covered'], capacityDeltaEur: 0 },
    },
    {
      case: 'new on grade 8: zero limit',
      given: { type: 'new', amount: 10_000_000, grade: 8, status: 'active', current: null, exposureEur: 0 },
      then: { decision: 'not_approved', code: '3', amount: 0, reasons: ['grade_too_high'], capacityDeltaEur: 0 },
    },
    {
      case: 'increase on grade 8: current stays',
      given: { type: 'increase', amount: 30_000_000, grade: 8, status: 'active', current: 20_000_000, exposureEur: 20_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, reasons: ['grade_too_high'], capacityDeltaEur: 0 },
    },
    {
      case: 'increase on grade 9: current stays with its temporary tranche',
      given: { type: 'increase', amount: 30_000_000, grade: 9, status: 'active', current: 20_000_000, currentTemporary: { amount: 5_000_000, expiresOn: JUNE }, exposureEur: 25_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, temporary: { amount: 5_000_000, expiresOn: JUNE }, reasons: ['grade_too_high'], capacityDeltaEur: 0 },
    },
    {
      case: 'country category 7 without political risk cover: referred',
      given: { type: 'new', amount: 10_000_000, grade: 2, status: 'active', country: 'VE', countryCategory: 7, politicalRiskCovered: false, current: null, exposureEur: 0 },
      then: { decision: 'referred', code: '6', amount: 0, reasons: ['political_risk'], capacityDeltaEur: 0 },
    },
    {
      case: 'country category 7 with political risk cover: approved',
      given: { type: 'new', amount: 10_000_000, grade: 2, status: 'active', country: 'VE', countryCategory: 7, politicalRiskCovered: true, current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 10_000_000, reasons: ['within_rules'], capacityDeltaEur: 10_000_000 },
    },
    {
      case: 'country category 6 without political risk cover: approved',
      given: { type: 'new', amount: 10_000_000, grade: 2, status: 'active', country: 'VE', countryCategory: 6, politicalRiskCovered: false, current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 10_000_000, reasons: ['within_rules'], capacityDeltaEur: 10_000_000 },
    },
    {
      case: 'country category 0 (high-income OECD): approved',
      given: { type: 'new', amount: 10_000_000, grade: 2, status: 'active', countryCategory: 0, current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 10_000_000, reasons: ['within_rules'], capacityDeltaEur: 10_000_000 },
    },
    {
      case: 'a country event open in the buyer’s country: referred, whatever the grade and the political cover',
      given: { type: 'new', amount: 10_000_000, grade: 1, status: 'active', countryCategory: 5, politicalRiskCovered: true, countryEvents: [{ eventId: 'cev_1', type: 'transfer_restriction', occurredOn: '2026-02-10' }], current: null, exposureEur: 0 },
      then: { decision: 'referred', code: '6', amount: 0, reasons: ['country_event'], capacityDeltaEur: 0 },
    },
    {
      case: 'a country event and a sector alert: the country event speaks first',
      given: { type: 'increase', amount: 30_000_000, grade: 5, status: 'active', alerts: [{ sector: 'C29', country: 'FR', minGrade: 5 }], countryEvents: [{ eventId: 'cev_1', type: 'war', occurredOn: '2026-02-10' }], current: 20_000_000, exposureEur: 20_000_000 },
      then: { decision: 'referred', code: '6', amount: 20_000_000, reasons: ['country_event'], capacityDeltaEur: 0 },
    },
    {
      case: 'a sector alert from grade 5 on a grade 5 buyer: referred',
      given: { type: 'new', amount: 10_000_000, grade: 5, status: 'active', alerts: [{ sector: 'C29', country: 'FR', minGrade: 5 }], current: null, exposureEur: 0 },
      then: { decision: 'referred', code: '6', amount: 0, reasons: ['sector_alert'], capacityDeltaEur: 0 },
    },
    {
      case: 'a sector alert from grade 6 spares a grade 5 buyer',
      given: { type: 'new', amount: 10_000_000, grade: 5, status: 'active', alerts: [{ sector: 'C29', country: 'FR', minGrade: 6 }], current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 10_000_000, reasons: ['within_rules'], capacityDeltaEur: 10_000_000 },
    },
    {
      case: 'a sector alert in another country does not apply',
      given: { type: 'new', amount: 10_000_000, grade: 5, status: 'active', alerts: [{ sector: 'C29', country: 'DE', minGrade: 1 }], current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 10_000_000, reasons: ['within_rules'], capacityDeltaEur: 10_000_000 },
    },
    {
      case: 'a sector alert on another division does not apply',
      given: { type: 'new', amount: 10_000_000, grade: 5, status: 'active', alerts: [{ sector: 'C28', country: 'FR', minGrade: 1 }], current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 10_000_000, reasons: ['within_rules'], capacityDeltaEur: 10_000_000 },
    },
    {
      case: 'a referred increase keeps the limit in force and reserves nothing',
      given: { type: 'increase', amount: 30_000_000, grade: 5, status: 'active', alerts: [{ sector: 'C29', country: 'FR', minGrade: 5 }], current: 20_000_000, exposureEur: 20_000_000 },
      then: { decision: 'referred', code: '6', amount: 20_000_000, reasons: ['sector_alert'], capacityDeltaEur: 0 },
    },
    {
      case: 'an increase asking for the amount in force',
      given: { type: 'increase', amount: 20_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 20_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, reasons: ['not_an_increase'], capacityDeltaEur: 0 },
    },
    {
      case: 'a new request where a limit exists is an increase',
      given: { type: 'new', amount: 30_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 20_000_000 },
      then: { decision: 'approved', code: '2', amount: 30_000_000, reasons: ['within_rules'], capacityDeltaEur: 10_000_000 },
    },
  ])('$case', check);
});

describe('discretionary limit', () => {
  it.each<Row>([
    {
      case: 'up to the discretionary limit, no insurer decision, no adverse event: self-approved',
      given: { type: 'new', amount: 5_000_000, grade: 4, status: 'active', discretionaryLimit: 5_000_000, insurerDecisionExists: false, adverseEvent: false, current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 5_000_000, reasons: ['discretionary'], capacityDeltaEur: 5_000_000, source: 'discretionary' },
    },
    {
      case: 'an insurer decision on the buyer ends discretion',
      given: { type: 'new', amount: 5_000_000, grade: 4, status: 'active', discretionaryLimit: 5_000_000, insurerDecisionExists: true, adverseEvent: false, current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 5_000_000, reasons: ['within_rules'], capacityDeltaEur: 5_000_000 },
    },
    {
      case: 'an adverse event in 12 months ends discretion',
      given: { type: 'new', amount: 5_000_000, grade: 4, status: 'active', discretionaryLimit: 5_000_000, insurerDecisionExists: false, adverseEvent: true, current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 5_000_000, reasons: ['within_rules'], capacityDeltaEur: 5_000_000 },
    },
    {
      case: 'one unit above the discretionary limit is the insurer decision',
      given: { type: 'new', amount: 5_100_000, grade: 4, status: 'active', discretionaryLimit: 5_000_000, insurerDecisionExists: false, adverseEvent: false, current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 5_100_000, reasons: ['within_rules'], capacityDeltaEur: 5_100_000 },
    },
    {
      case: 'a grade 7 buyer within discretion: approved without conditions',
      given: { type: 'new', amount: 5_000_000, grade: 7, status: 'active', discretionaryLimit: 5_000_000, insurerDecisionExists: false, adverseEvent: false, current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 5_000_000, reasons: ['discretionary'], capacityDeltaEur: 5_000_000, source: 'discretionary' },
    },
    {
      case: 'discretion applies before the auto ceiling',
      given: { type: 'new', amount: 20_000_000, grade: 7, status: 'active', discretionaryLimit: 20_000_000, insurerDecisionExists: false, adverseEvent: false, current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 20_000_000, reasons: ['discretionary'], capacityDeltaEur: 20_000_000, source: 'discretionary' },
    },
    {
      case: 'discretion counts a temporary tranche',
      given: {
        type: 'new',
        amount: 3_000_000,
        temporary: { amount: 2_000_000, expiresOn: JUNE },
        grade: 4,
        status: 'active',
        discretionaryLimit: 5_000_000,
        insurerDecisionExists: false,
        adverseEvent: false,
        current: null,
        exposureEur: 0,
      },
      then: { decision: 'approved', code: '2', amount: 3_000_000, temporary: { amount: 2_000_000, expiresOn: JUNE }, reasons: ['discretionary'], capacityDeltaEur: 5_000_000, source: 'discretionary' },
    },
    {
      case: 'discretion that uses up exactly the capacity left is still the policyholder’s',
      given: { type: 'new', amount: 5_000_000, grade: 4, status: 'active', discretionaryLimit: 5_000_000, insurerDecisionExists: false, adverseEvent: false, current: null, exposureEur: 495_000_000 },
      then: { decision: 'approved', code: '2', amount: 5_000_000, reasons: ['discretionary'], capacityDeltaEur: 5_000_000, source: 'discretionary' },
    },
    {
      case: 'discretion does not outrun capacity: the insurer partly approves',
      given: { type: 'new', amount: 5_000_000, grade: 4, status: 'active', discretionaryLimit: 5_000_000, insurerDecisionExists: false, adverseEvent: false, current: null, exposureEur: 497_000_000 },
      then: { decision: 'partly_approved', code: '5', amount: 3_000_000, reasons: ['partial_capacity'], capacityDeltaEur: 3_000_000 },
    },
    {
      case: 'discretion does not override a sector alert',
      given: {
        type: 'new',
        amount: 5_000_000,
        grade: 4,
        status: 'active',
        alerts: [{ sector: 'C29', country: 'FR', minGrade: 4 }],
        discretionaryLimit: 5_000_000,
        insurerDecisionExists: false,
        adverseEvent: false,
        current: null,
        exposureEur: 0,
      },
      then: { decision: 'referred', code: '6', amount: 0, reasons: ['sector_alert'], capacityDeltaEur: 0 },
    },
  ])('$case', check);
});

describe('auto-decision ceiling', () => {
  it.each<Row>([
    {
      case: 'grade 3 exactly at the EUR 1,000,000.00 ceiling: approved',
      given: { type: 'new', amount: 100_000_000, grade: 3, status: 'active', current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 100_000_000, reasons: ['within_rules'], capacityDeltaEur: 100_000_000 },
    },
    {
      case: 'grade 3 one unit over the ceiling: referred',
      given: { type: 'new', amount: 100_100_000, grade: 3, status: 'active', current: null, exposureEur: 0 },
      then: { decision: 'referred', code: '6', amount: 0, reasons: ['above_auto_ceiling'], capacityDeltaEur: 0 },
    },
    {
      case: 'a temporary tranche counts towards the ceiling',
      given: { type: 'increase', amount: 50_000_000, temporary: { amount: 50_100_000, expiresOn: JUNE }, grade: 3, status: 'active', current: 50_000_000, exposureEur: 50_000_000 },
      then: { decision: 'referred', code: '6', amount: 50_000_000, reasons: ['above_auto_ceiling'], capacityDeltaEur: 0 },
    },
    {
      case: 'USD 1,250,000.00 at USD 1.25 is EUR 1,000,000.00: at the grade 3 ceiling',
      given: { type: 'new', amount: 125_000_000, grade: 3, status: 'active', currency: 'USD', current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 125_000_000, reasons: ['within_rules'], capacityDeltaEur: 100_000_000 },
    },
    {
      case: 'the same USD 1,250,000.00 at USD 1.2 is EUR 1,041,666.67: over the ceiling on that day',
      given: { type: 'new', amount: 125_000_000, grade: 3, status: 'active', currency: 'USD', eurRatePpm: 1_200_000, current: null, exposureEur: 0 },
      then: { decision: 'referred', code: '6', amount: 0, reasons: ['above_auto_ceiling'], capacityDeltaEur: 0 },
    },
    {
      case: 'USD 1,251,000.00 is EUR 1,000,800.00: over the grade 3 ceiling',
      given: { type: 'new', amount: 125_100_000, grade: 3, status: 'active', currency: 'USD', current: null, exposureEur: 0 },
      then: { decision: 'referred', code: '6', amount: 0, reasons: ['above_auto_ceiling'], capacityDeltaEur: 0 },
    },
    {
      case: 'grade 7 one unit over its EUR 100,000.00 ceiling: referred',
      given: { type: 'new', amount: 10_100_000, grade: 7, status: 'active', current: null, exposureEur: 0 },
      then: { decision: 'referred', code: '6', amount: 0, reasons: ['above_auto_ceiling'], capacityDeltaEur: 0 },
    },
  ])('$case', check);
});

describe('buyer capacity across tenants', () => {
  it.each<Row>([
    {
      case: 'exactly at capacity: approved',
      given: { type: 'new', amount: 50_000_000, grade: 3, status: 'active', current: null, exposureEur: 950_000_000 },
      then: { decision: 'approved', code: '2', amount: 50_000_000, reasons: ['within_rules'], capacityDeltaEur: 50_000_000 },
    },
    {
      case: 'one unit over capacity: partly approved for what is left',
      given: { type: 'new', amount: 50_100_000, grade: 3, status: 'active', current: null, exposureEur: 950_000_000 },
      then: { decision: 'partly_approved', code: '5', amount: 50_000_000, reasons: ['partial_capacity'], capacityDeltaEur: 50_000_000 },
    },
    {
      case: 'EUR 449,500.00 left is granted as EUR 449,000.00 (rounded down)',
      given: { type: 'new', amount: 50_000_000, grade: 3, status: 'active', current: null, exposureEur: 955_050_000 },
      then: { decision: 'partly_approved', code: '5', amount: 44_900_000, reasons: ['partial_capacity'], capacityDeltaEur: 44_900_000 },
    },
    {
      case: 'no capacity left: zero limit',
      given: { type: 'new', amount: 10_000_000, grade: 3, status: 'active', current: null, exposureEur: 1_000_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 0, reasons: ['no_capacity'], capacityDeltaEur: 0 },
    },
    {
      case: 'EUR 500.00 left rounds down to nothing: zero limit',
      given: { type: 'new', amount: 10_000_000, grade: 3, status: 'active', current: null, exposureEur: 999_950_000 },
      then: { decision: 'not_approved', code: '3', amount: 0, reasons: ['no_capacity'], capacityDeltaEur: 0 },
    },
    {
      case: 'increase with capacity left equal to the limit in force: current stays',
      given: { type: 'increase', amount: 30_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 1_000_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, reasons: ['no_capacity'], capacityDeltaEur: 0 },
    },
    {
      case: 'increase where what is left rounds down to the limit in force: current stays',
      given: { type: 'increase', amount: 30_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 999_950_000 },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, reasons: ['no_capacity'], capacityDeltaEur: 0 },
    },
    {
      case: 'increase partly approved: reserves only the difference',
      given: { type: 'increase', amount: 40_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 990_000_000 },
      then: { decision: 'partly_approved', code: '5', amount: 30_000_000, reasons: ['partial_capacity'], capacityDeltaEur: 10_000_000 },
    },
    {
      case: 'increase up to exactly the capacity: approved',
      given: { type: 'increase', amount: 30_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 990_000_000 },
      then: { decision: 'approved', code: '2', amount: 30_000_000, reasons: ['within_rules'], capacityDeltaEur: 10_000_000 },
    },
    {
      case: 'exposure already above a lowered capacity: current stays',
      given: { type: 'increase', amount: 30_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 1_100_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, reasons: ['no_capacity'], capacityDeltaEur: 0 },
    },
    {
      case: 'USD policy at USD 1.25: EUR 399,500.00 left is USD 499,375.00, granted as USD 499,000.00',
      given: { type: 'new', amount: 60_000_000, grade: 3, status: 'active', currency: 'USD', current: null, exposureEur: 960_050_000 },
      then: { decision: 'partly_approved', code: '5', amount: 49_900_000, reasons: ['partial_capacity'], capacityDeltaEur: 39_920_000 },
    },
    {
      case: 'JPY policy at JPY 160: JPY 10,000,000 reserves EUR 62,500.00',
      given: { type: 'new', amount: 10_000_000, grade: 3, status: 'active', currency: 'JPY', current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 10_000_000, reasons: ['within_rules'], capacityDeltaEur: 6_250_000 },
    },
    {
      case: 'an increase is valued afresh at today’s rate: USD 100,000.00 booked for EUR 92,000.00, raised to USD 200,000.00 at 1.25 = EUR 160,000.00',
      given: { type: 'increase', amount: 20_000_000, grade: 3, status: 'active', currency: 'USD', current: 10_000_000, currentReservedEur: 9_200_000, exposureEur: 9_200_000 },
      then: { decision: 'approved', code: '2', amount: 20_000_000, reasons: ['within_rules'], capacityDeltaEur: 6_800_000 },
    },
    {
      // JPY 999,999 reserves EUR 6,250.00 (6,249.99375 rounded up), and so would JPY 1,000,000: the
      // EUR left is exactly the reservation, and an increase needs capacity beyond it.
      case: 'JPY policy: capacity left equal to what the limit in force reserves grants not even the next yen',
      given: { type: 'increase', amount: 2_000_000, grade: 3, status: 'active', currency: 'JPY', current: 999_999, exposureEur: 1_000_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 999_999, reasons: ['no_capacity'], capacityDeltaEur: 0 },
    },
    {
      case: "the insurer's override of grade 3 capacity to EUR 300,000.00 applies",
      given: {
        type: 'new',
        amount: 50_000_000,
        grade: 3,
        status: 'active',
        current: null,
        exposureEur: 0,
        rules: { ...DEFAULT_LIMIT_RULES, buyerCapacityEur: { ...DEFAULT_LIMIT_RULES.buyerCapacityEur, 3: 30_000_000 } },
      },
      then: { decision: 'partly_approved', code: '5', amount: 30_000_000, reasons: ['partial_capacity'], capacityDeltaEur: 30_000_000 },
    },
  ])('$case', check);
});

describe('grade 7: conditional cover', () => {
  it.each<Row>([
    {
      case: 'at its ceiling: conditional on 60-day terms',
      given: { type: 'new', amount: 10_000_000, grade: 7, status: 'active', current: null, exposureEur: 0 },
      then: { decision: 'conditional', code: '4', amount: 10_000_000, reasons: ['sensitive_grade'], capacityDeltaEur: 10_000_000, paymentTermsDays: 60 },
    },
    {
      case: "the policy's shorter maximum term wins",
      given: { type: 'new', amount: 10_000_000, grade: 7, status: 'active', maxCreditPeriodDays: 45, current: null, exposureEur: 0 },
      then: { decision: 'conditional', code: '4', amount: 10_000_000, reasons: ['sensitive_grade'], capacityDeltaEur: 10_000_000, paymentTermsDays: 45 },
    },
    {
      case: 'partly approved keeps the condition',
      given: { type: 'new', amount: 10_000_000, grade: 7, status: 'active', current: null, exposureEur: 45_000_000 },
      then: { decision: 'partly_approved', code: '5', amount: 5_000_000, reasons: ['partial_capacity', 'sensitive_grade'], capacityDeltaEur: 5_000_000, paymentTermsDays: 60 },
    },
    {
      case: 'with a temporary tranche',
      given: { type: 'new', amount: 5_000_000, temporary: { amount: 5_000_000, expiresOn: JUNE }, grade: 7, status: 'active', current: null, exposureEur: 0 },
      then: { decision: 'conditional', code: '4', amount: 5_000_000, temporary: { amount: 5_000_000, expiresOn: JUNE }, reasons: ['sensitive_grade'], capacityDeltaEur: 10_000_000, paymentTermsDays: 60 },
    },
    {
      case: 'grade 6 carries no condition',
      given: { type: 'new', amount: 10_000_000, grade: 6, status: 'active', current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 10_000_000, reasons: ['within_rules'], capacityDeltaEur: 10_000_000 },
    },
  ])('$case', check);
});

describe('temporary tranche', () => {
  it.each<Row>([
    {
      case: 'granted with the permanent amount',
      given: { type: 'new', amount: 20_000_000, temporary: { amount: 10_000_000, expiresOn: JUNE }, grade: 3, status: 'active', current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 20_000_000, temporary: { amount: 10_000_000, expiresOn: JUNE }, reasons: ['within_rules'], capacityDeltaEur: 30_000_000 },
    },
    {
      case: 'ending today is refused',
      given: { type: 'new', amount: 20_000_000, temporary: { amount: 10_000_000, expiresOn: '2026-03-01' }, grade: 3, status: 'active', current: null, exposureEur: 0 },
      then: { decision: 'not_approved', code: '3', amount: 0, reasons: ['temporary_expiry_invalid'], capacityDeltaEur: 0 },
    },
    {
      case: 'ending exactly 12 months ahead is granted',
      given: { type: 'new', amount: 20_000_000, temporary: { amount: 10_000_000, expiresOn: '2027-03-01' }, grade: 3, status: 'active', current: null, exposureEur: 0 },
      then: { decision: 'approved', code: '2', amount: 20_000_000, temporary: { amount: 10_000_000, expiresOn: '2027-03-01' }, reasons: ['within_rules'], capacityDeltaEur: 30_000_000 },
    },
    {
      case: 'ending 12 months and a day ahead is refused',
      given: { type: 'new', amount: 20_000_000, temporary: { amount: 10_000_000, expiresOn: '2027-03-02' }, grade: 3, status: 'active', current: null, exposureEur: 0 },
      then: { decision: 'not_approved', code: '3', amount: 0, reasons: ['temporary_expiry_invalid'], capacityDeltaEur: 0 },
    },
    {
      case: 'not granted when only the permanent part fits',
      given: { type: 'new', amount: 20_000_000, temporary: { amount: 20_000_000, expiresOn: JUNE }, grade: 3, status: 'active', current: null, exposureEur: 970_000_000 },
      then: { decision: 'partly_approved', code: '5', amount: 20_000_000, reasons: ['partial_capacity', 'temporary_not_granted'], capacityDeltaEur: 20_000_000 },
    },
    {
      case: 'an expired current tranche no longer counts as current',
      given: { type: 'increase', amount: 25_000_000, grade: 3, status: 'active', current: 20_000_000, currentTemporary: { amount: 10_000_000, expiresOn: EXPIRED }, exposureEur: 30_000_000 },
      then: { decision: 'approved', code: '2', amount: 25_000_000, reasons: ['within_rules', 'temporary_expired'], capacityDeltaEur: -5_000_000 },
    },
    {
      case: 'a current tranche ending today is still in force',
      given: { type: 'increase', amount: 25_000_000, grade: 3, status: 'active', current: 20_000_000, currentTemporary: { amount: 10_000_000, expiresOn: '2026-03-01' }, exposureEur: 30_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, temporary: { amount: 10_000_000, expiresOn: '2026-03-01' }, reasons: ['not_an_increase'], capacityDeltaEur: 0 },
    },
    {
      case: "an expired tranche's capacity goes to the increase",
      given: { type: 'increase', amount: 40_000_000, grade: 3, status: 'active', current: 20_000_000, currentTemporary: { amount: 10_000_000, expiresOn: EXPIRED }, exposureEur: 1_000_000_000 },
      then: { decision: 'partly_approved', code: '5', amount: 30_000_000, reasons: ['partial_capacity', 'temporary_expired'], capacityDeltaEur: 0 },
    },
    {
      case: 'a refusal still releases an expired tranche',
      given: { type: 'increase', amount: 30_000_000, grade: 3, status: 'active', country: 'US', current: 20_000_000, currentTemporary: { amount: 10_000_000, expiresOn: EXPIRED }, exposureEur: 30_000_000 },
      then: { decision: 'not_approved', code: '3', amount: 20_000_000, reasons: ['country_not_covered', 'temporary_expired'], capacityDeltaEur: -10_000_000 },
    },
    {
      case: 'kept on an increase of the permanent part when asked for again',
      given: {
        type: 'increase',
        amount: 30_000_000,
        temporary: { amount: 5_000_000, expiresOn: JUNE },
        grade: 3,
        status: 'active',
        current: 20_000_000,
        currentTemporary: { amount: 5_000_000, expiresOn: JUNE },
        exposureEur: 25_000_000,
      },
      then: { decision: 'approved', code: '2', amount: 30_000_000, temporary: { amount: 5_000_000, expiresOn: JUNE }, reasons: ['within_rules'], capacityDeltaEur: 10_000_000 },
    },
  ])('$case', check);
});

describe('explanations', () => {
  it('maps decisions to UN/EDIFACT 4507 codes', () => {
    expect(EDIFACT_4507).toEqual({ approved: '2', not_approved: '3', conditional: '4', partly_approved: '5', referred: '6', cancelled: '8', reduced: '9' });
  });

  it.each<[string, Scenario, string]>([
    [
      'approved',
      { type: 'new', amount: 5_000_000, grade: 3, status: 'active', current: null, exposureEur: 950_000_000 },
      'EUR 50,000.00 is approved on buyer byr_1 (grade 3): it is within the automatic decision ceiling of EUR 1,000,000.00 and the EUR 500,000.00 of capacity left for this policy.',
    ],
    [
      'partly approved',
      { type: 'new', amount: 50_000_000, grade: 3, status: 'active', current: null, exposureEur: 955_050_000 },
      "Only EUR 449,500.00 of the insurer's capacity of EUR 10,000,000.00 on buyer byr_1 (grade 3) is left for this policy, so EUR 449,000.00 is granted of the EUR 500,000.00 requested, rounded down to a multiple of EUR 1,000.00.",
    ],
    [
      'referred above the ceiling, in USD',
      { type: 'new', amount: 125_100_000, grade: 3, status: 'active', currency: 'USD', current: null, exposureEur: 0 },
      'The USD 1,251,000.00 requested (EUR 1,000,800.00 at USD 1.25 per EUR, published for 2026-02-27) is above the automatic decision ceiling of EUR 1,000,000.00 for grade 3, so an underwriter must decide.',
    ],
    [
      'grade too high',
      { type: 'increase', amount: 30_000_000, grade: 8, status: 'active', current: 20_000_000, currentTemporary: { amount: 5_000_000, expiresOn: JUNE }, exposureEur: 25_000_000 },
      'Buyer byr_1 is grade 8 and grades 8 and 9 get no new or increased limit, so the limit stays at EUR 200,000.00 plus a temporary EUR 50,000.00 until 2026-06-30.',
    ],
    [
      'a new limit that is no increase',
      { type: 'new', amount: 20_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 20_000_000 },
      'A new limit must ask for more than the limit in force: EUR 200,000.00 was requested against EUR 200,000.00, so the limit is unchanged.',
    ],
    [
      'an increase that is no increase',
      { type: 'increase', amount: 20_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 20_000_000 },
      'A limit increase must ask for more than the limit in force: EUR 200,000.00 was requested against EUR 200,000.00, so the limit is unchanged.',
    ],
    [
      'an insolvent buyer',
      { type: 'new', amount: 10_000_000, grade: 6, status: 'insolvent', current: null, exposureEur: 0 },
      'Buyer byr_1 is insolvent, so the limit is set to EUR 0.00.',
    ],
    [
      'a defaulted buyer',
      { type: 'new', amount: 10_000_000, grade: 10, status: 'active', current: null, exposureEur: 0 },
      'Buyer byr_1 has defaulted (grade 10), so the limit is set to EUR 0.00.',
    ],
    [
      'a country the policy does not cover',
      { type: 'new', amount: 10_000_000, grade: 3, status: 'active', country: 'US', current: null, exposureEur: 0 },
      'The policy does not cover buyers in US (covered: FR, DE, VE), so the limit stays at EUR 0.00.',
    ],
    [
      'referred above the ceiling, in EUR: the amount once',
      { type: 'new', amount: 150_000_000, grade: 3, status: 'active', current: null, exposureEur: 0 },
      'The EUR 1,500,000.00 requested is above the automatic decision ceiling of EUR 1,000,000.00 for grade 3, so an underwriter must decide.',
    ],
    [
      'referred above the ceiling, in EUR with a tranche: the whole limit added up',
      { type: 'new', amount: 90_000_000, temporary: { amount: 20_000_000, expiresOn: JUNE }, grade: 3, status: 'active', current: null, exposureEur: 0 },
      'The EUR 900,000.00 plus a temporary EUR 200,000.00 until 2026-06-30 requested (EUR 1,100,000.00 in all) is above the automatic decision ceiling of EUR 1,000,000.00 for grade 3, so an underwriter must decide.',
    ],
    [
      'partly approved for the whole permanent part: no rounding to mention',
      { type: 'new', amount: 20_000_000, temporary: { amount: 20_000_000, expiresOn: JUNE }, grade: 3, status: 'active', current: null, exposureEur: 970_000_000 },
      "Only EUR 300,000.00 of the insurer's capacity of EUR 10,000,000.00 on buyer byr_1 (grade 3) is left for this policy, so EUR 200,000.00 is granted of the EUR 200,000.00 plus a temporary EUR 200,000.00 until 2026-06-30 requested.",
    ],
    [
      'no capacity beyond the limit in force',
      { type: 'increase', amount: 30_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 1_000_000_000 },
      "Only EUR 200,000.00 of the insurer's capacity of EUR 10,000,000.00 on buyer byr_1 (grade 3) is left for this policy, which allows no more than the limit in force, so the limit stays at EUR 200,000.00.",
    ],
    [
      'no capacity, the exposure above a lowered capacity: nothing left, not a negative amount',
      { type: 'increase', amount: 30_000_000, grade: 3, status: 'active', current: 20_000_000, exposureEur: 1_100_000_000 },
      "Only EUR 0.00 of the insurer's capacity of EUR 10,000,000.00 on buyer byr_1 (grade 3) is left for this policy, which allows no more than the limit in force, so the limit stays at EUR 200,000.00.",
    ],
  ])('%s reads as a sentence with the amounts', (_case, given, message) => {
    expect(decideLimit(scenario(given)).reasons[0]?.message).toBe(message);
  });

  it('says so when the policy covers no country at all', () => {
    const input = scenario({ type: 'new', amount: 10_000_000, grade: 3, status: 'active', current: null, exposureEur: 0 });
    const result = decideLimit({ ...input, policy: { ...input.policy, coveredCountries: [] } });
    expect(result.reasons.map((r) => r.code)).toEqual(['country_not_covered']);
    expect(result.reasons[0]?.message).toBe('The policy does not cover buyers in FR (covered: none), so the limit stays at EUR 0.00.');
  });

  it('states the payment-terms condition', () => {
    const { conditions } = decideLimit(scenario({ type: 'new', amount: 10_000_000, grade: 7, status: 'active', current: null, exposureEur: 0 }));
    expect(conditions).toEqual([{ code: 'max_payment_terms', message: 'Deliveries to buyer byr_1 are covered only on payment terms of at most 60 days.', maxPaymentTermsDays: 60 }]);
  });

  it('explains every part of a partly approved grade 7 request with a tranche, deciding reason first', () => {
    const result = decideLimit(scenario({ type: 'new', amount: 5_000_000, temporary: { amount: 5_000_000, expiresOn: JUNE }, grade: 7, status: 'active', current: null, exposureEur: 45_000_000 }));
    expect(result.reasons.map((r) => r.code)).toEqual(['partial_capacity', 'temporary_not_granted', 'sensitive_grade']);
    expect(result.reasons[1]?.message).toBe('The temporary tranche of EUR 50,000.00 until 2026-06-30 is not granted, as a temporary tranche comes only with the full permanent amount.');
  });
});

describe('a decision carries only the fields that apply', () => {
  // Decisions are stored and returned as they are: an absent field must be absent, not undefined.
  it.each<[string, Scenario, string[]]>([
    ['approved, permanent only', { type: 'new', amount: 10_000_000, grade: 3, status: 'active', current: null, exposureEur: 0 }, []],
    ['approved with a tranche', { type: 'new', amount: 10_000_000, temporary: { amount: 5_000_000, expiresOn: JUNE }, grade: 3, status: 'active', current: null, exposureEur: 0 }, ['expiresOn', 'temporary']],
    ['referred', { type: 'new', amount: 150_000_000, grade: 3, status: 'active', current: null, exposureEur: 0 }, ['referral']],
  ])('%s', (_case, given, optional) => {
    const result = decideLimit(scenario(given));
    expect(Object.keys(result).sort()).toEqual(['amount', 'capacityDeltaEur', 'code', 'conditions', 'decision', 'reasons', 'source', ...optional].sort());
  });
});

describe('preconditions are programming errors', () => {
  const valid: Scenario = { type: 'new', amount: 10_000_000, grade: 3, status: 'active', current: null, exposureEur: 0 };
  it.each<[string, Scenario, RegExp]>([
    ['grade 0', { ...valid, grade: 0 }, /buyer\.grade must be an integer from 1 to 10/],
    ['grade 11', { ...valid, grade: 11 }, /buyer\.grade/],
    ['grade 2.5', { ...valid, grade: 2.5 }, /buyer\.grade/],
    ['an amount of EUR 1,500.00', { ...valid, amount: 150_000 }, /request\.amount must be a multiple of 100000/],
    ['a fractional amount', { ...valid, amount: 10_000_000.5 }, /request\.amount must be an integer/],
    ['a zero amount on a new limit', { ...valid, amount: 0 }, /request\.amount must be positive/],
    ['a zero reduction (that is a cancel)', { ...valid, type: 'reduce', amount: 0, current: 20_000_000, exposureEur: 20_000_000 }, /positive/],
    ['JPY 1,500', { ...valid, currency: 'JPY', amount: 1_500 }, /multiple of 1000/],
    ['a temporary of EUR 500.00', { ...valid, temporary: { amount: 50_000, expiresOn: JUNE } }, /request\.temporary\.amount/],
    ['an impossible expiry date', { ...valid, temporary: { amount: 100_000, expiresOn: '2026-02-30' } }, /request\.temporary\.expiresOn/],
    ['an unknown currency', { ...valid, currency: 'XYZ' }, /unknown currency "XYZ"/],
    ['exposure below the tenant reservation', { ...valid, type: 'increase', amount: 30_000_000, current: 20_000_000, exposureEur: 19_999_999 }, /buyerExposureEur/],
    ['a fractional exposure', { ...valid, exposureEur: 0.5 }, /buyerExposureEur/],
    ['country category 8', { ...valid, countryCategory: 8 }, /countryCategory/],
    ['a negative current limit', { ...valid, current: -100_000 }, /current\.amount/],
    ['a sector alert from grade 0', { ...valid, alerts: [{ sector: 'C29', country: 'FR', minGrade: 0 }] }, /activeSectorAlerts\[0\]\.minGrade/],
    ['an unknown request type', { ...valid, type: 'renew' as Scenario['type'] }, /request\.type must be one of new, increase, reduce, cancel, got renew/],
    ['an unknown buyer status', { ...valid, status: 'dormant' as Scenario['status'] }, /buyer\.status must be one of active, insolvent, closed, got dormant/],
    ['country category 2.5', { ...valid, countryCategory: 2.5 }, /countryCategory must be an OECD category from 0 to 7/],
    ['country category -1', { ...valid, countryCategory: -1 }, /countryCategory must be an OECD category from 0 to 7/],
    ['a maximum credit period of 0 days', { ...valid, maxCreditPeriodDays: 0 }, /policy\.maxCreditPeriodDays must be a positive integer/],
    ['a maximum credit period of -30 days', { ...valid, maxCreditPeriodDays: -30 }, /policy\.maxCreditPeriodDays must be a positive integer/],
    ['a maximum credit period of 30.5 days', { ...valid, maxCreditPeriodDays: 30.5 }, /policy\.maxCreditPeriodDays must be a positive integer/],
    ['a zero current tranche', { ...valid, type: 'increase', amount: 30_000_000, current: 20_000_000, currentTemporary: { amount: 0, expiresOn: JUNE }, exposureEur: 20_000_000 }, /current\.temporary\.amount must be positive/],
    ['an impossible current tranche expiry', { ...valid, type: 'increase', amount: 30_000_000, current: 20_000_000, currentTemporary: { amount: 100_000, expiresOn: '2026-02-30' }, exposureEur: 20_100_000 }, /current\.temporary\.expiresOn/],
    ['a capacity override that is not a number', { ...valid, rules: { ...DEFAULT_LIMIT_RULES, buyerCapacityEur: { ...DEFAULT_LIMIT_RULES.buyerCapacityEur, 3: Number.NaN } } }, /buyerCapacityEur\[3\]/],
  ])('%s throws a RangeError', (_case, given, message) => {
    expect(() => decideLimit(scenario(given))).toThrow(RangeError);
    expect(() => decideLimit(scenario(given))).toThrow(message);
  });

  it('refuses a malformed today', () => {
    expect(() => decideLimit({ ...scenario(valid), today: '2026-13-01' })).toThrow(RangeError);
  });

  it('accepts JPY 1,000 (the step follows the currency decimals)', () => {
    expect(decideLimit(scenario({ ...valid, currency: 'JPY', amount: 1_000 })).decision).toBe('approved');
  });

  it('needs the policy currency’s rate when a limit may rise, not to lower or cancel one', () => {
    const { eurRate: _rate, ...withoutRate } = scenario({ ...valid, currency: 'USD', amount: 10_000_000 });
    expect(() => decideLimit(withoutRate)).toThrow(/eurRate is required for a policy in USD when a limit may rise/);
    expect(() => decideLimit({ ...withoutRate, request: { type: 'increase', amount: 10_000_000 } })).toThrow(/eurRate is required/);
    const held = { ...withoutRate, current: { amount: 10_000_000, reservedEur: 8_000_000 }, buyerExposureEur: 8_000_000 };
    expect(decideLimit({ ...held, request: { type: 'cancel', amount: 0 } })).toMatchObject({ decision: 'cancelled', capacityDeltaEur: -8_000_000 });
    expect(decideLimit({ ...held, request: { type: 'reduce', amount: 5_000_000 } })).toMatchObject({ decision: 'reduced', capacityDeltaEur: -4_000_000 });
    expect(() => decideLimit({ ...scenario({ ...valid, currency: 'USD' }), eurRate: { ratePpm: 0, publishedFor: '2026-02-27' } })).toThrow(/eurRate.ratePpm must be positive/);
    expect(() => decideLimit({ ...held, request: { type: 'cancel', amount: 0 }, current: { amount: 10_000_000, reservedEur: -1 } })).toThrow(/current.reservedEur must not be negative/);
  });
});

describe("the payment terms a limit's conditions allow", () => {
  it.each<[string, { code: string; maxPaymentTermsDays?: number }[], number | undefined]>([
    ['no conditions', [], undefined],
    ['a condition on something else', [{ code: 'insured_goods_only' }], undefined],
    ['one condition on the terms', [{ code: 'max_payment_terms', maxPaymentTermsDays: 60 }], 60],
    ['the shorter of two, listed first', [{ code: 'a', maxPaymentTermsDays: 45 }, { code: 'b', maxPaymentTermsDays: 90 }], 45],
    ['the shorter of two, listed last, beside a free-text one', [{ code: 'a', maxPaymentTermsDays: 90 }, { code: 'c' }, { code: 'b', maxPaymentTermsDays: 45 }], 45],
    ['cash on delivery (0 days)', [{ code: 'a', maxPaymentTermsDays: 0 }, { code: 'b', maxPaymentTermsDays: 30 }], 0],
  ])('%s: %s', (_case, conditions, expected) => {
    expect(maxPaymentTermsOf(conditions)).toBe(expected);
  });
});
