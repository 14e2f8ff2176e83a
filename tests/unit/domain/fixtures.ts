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
  /** Country events open today in the buyer's country. */
  countryEvents?: { eventId: string; type: string; occurredOn: string }[];
  currency?: string;
  discretionaryLimit?: number;
  insurerDecisionExists?: boolean;
  adverseEvent?: boolean;
  politicalRiskCovered?: boolean;
  maxCreditPeriodDays?: number;
  current: number | null;
  currentTemporary?: Tranche;
  /** What the ledger holds for the current limit; default: the limit at today's rate. */
  currentReservedEur?: number;
  /** The policy currency's rate in ppm (units for 1 EUR); default TEST_RATES. */
  eurRatePpm?: number;
  exposureEur: number;
  rules?: LimitRules;
}

/** The reference rates the tables use, units for 1 EUR: USD 1.25, GBP 0.8, JPY 160. */
export const TEST_RATES: Readonly<Record<string, number>> = { USD: 1_250_000, GBP: 800_000, JPY: 160_000_000 };

export function scenario(s: Scenario): LimitDecisionInput {
  const currency = s.currency ?? 'EUR';
  const ratePpm = s.eurRatePpm ?? TEST_RATES[currency];
  return {
    ...(currency !== 'EUR' && ratePpm !== undefined ? { eurRate: { ratePpm, publishedFor: '2026-02-27' } } : {}),
    request: { type: s.type, amount: s.amount, ...(s.temporary ? { temporary: s.temporary } : {}) },
    buyer: { buyerId: 'byr_1', grade: s.grade, status: s.status, country: s.country ?? 'FR', sector: s.sector ?? 'C29' },
    countryCategory: s.countryCategory ?? 1,
    activeSectorAlerts: s.alerts ?? [],
    ...(s.countryEvents ? { openCountryEvents: s.countryEvents } : {}),
    policy: {
      currency: s.currency ?? 'EUR',
      discretionaryLimit: s.discretionaryLimit ?? 0,
      coveredCountries: ['FR', 'DE', 'VE'],
      politicalRiskCovered: s.politicalRiskCovered ?? false,
      maxCreditPeriodDays: s.maxCreditPeriodDays ?? 120,
    },
    current:
      s.current === null
        ? null
        : { amount: s.current, ...(s.currentTemporary ? { temporary: s.currentTemporary } : {}), ...(s.currentReservedEur !== undefined ? { reservedEur: s.currentReservedEur } : {}) },
    buyerExposureEur: s.exposureEur,
    discretionary: { insurerDecisionExists: s.insurerDecisionExists ?? true, adverseEventWithin12Months: s.adverseEvent ?? false },
    today: TODAY,
    rules: s.rules ?? DEFAULT_LIMIT_RULES,
  };
}
