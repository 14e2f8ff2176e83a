/**
 * One credit-limit scenario per table row: the row names only what the case is about, and
 * `scenario()` fills the rest with a plain active buyer in France on a EUR policy.
 */
import { DEFAULT_LIMIT_RULES, type LimitRules } from '../../../shared/domain/grades.ts';
import type { LimitDecisionInput, LimitRequestType, Tranche } from '../../../shared/domain/limits.ts';

export const TODAY = '2026-03-01';

export interface Scenario {
  type: LimitRequestType;
  amount: number;
  temporary?: Tranche;
  grade: number;
  status: 'active' | 'insolvent' | 'closed';
  country?: string;
  sector?: string;
  countryCategory?: number;
  alerts?: { sector: string; country: string; minGrade: number }[];
  currency?: string;
  discretionaryLimit?: number;
  insurerDecisionExists?: boolean;
  adverseEvent?: boolean;
  politicalRiskCovered?: boolean;
  maxCreditPeriodDays?: number;
  current: number | null;
  currentTemporary?: Tranche;
  exposureEur: number;
  rules?: LimitRules;
}

export function scenario(s: Scenario): LimitDecisionInput {
  return {
    request: { type: s.type, amount: s.amount, ...(s.temporary ? { temporary: s.temporary } : {}) },
    buyer: { buyerId: 'byr_1', grade: s.grade, status: s.status, country: s.country ?? 'FR', sector: s.sector ?? 'C29' },
    countryCategory: s.countryCategory ?? 1,
    activeSectorAlerts: s.alerts ?? [],
    policy: {
      currency: s.currency ?? 'EUR',
      discretionaryLimit: s.discretionaryLimit ?? 0,
      coveredCountries: ['FR', 'DE', 'VE'],
      politicalRiskCovered: s.politicalRiskCovered ?? false,
      maxCreditPeriodDays: s.maxCreditPeriodDays ?? 120,
    },
    current: s.current === null ? null : { amount: s.current, ...(s.currentTemporary ? { temporary: s.currentTemporary } : {}) },
    buyerExposureEur: s.exposureEur,
    discretionary: { insurerDecisionExists: s.insurerDecisionExists ?? true, adverseEventWithin12Months: s.adverseEvent ?? false },
    today: TODAY,
    rules: s.rules ?? DEFAULT_LIMIT_RULES,
  };
}
