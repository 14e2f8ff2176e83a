/**
 * One order per table row: the row names the numbers the case is about, and `coverInput()`
 * fills the rest with an active buyer on a EUR policy covering 120-day terms, delivered on
 * 2026-05-01, with no overdue, normal importance and the default decision matrix.
 */
import { DEFAULT_DECISION_MATRIX, type CoverCheckInput, type DecisionMatrix, type StrategicImportance } from '../../../shared/domain/cover.ts';

export const DELIVERY = '2026-05-01';

export interface Order {
  /** Limit in force on the delivery date, minor units (0 = none). */
  limit: number;
  outstanding: number;
  committed: number;
  amount: number;
  terms: number;
  grade: number;
  /** Margin in basis points; absent = the tenant gave none. */
  margin?: number;
  importance?: StrategicImportance;
  status?: 'active' | 'insolvent' | 'closed';
  overdue?: boolean;
  /** A country event open in the buyer's country on the delivery date (type, since). */
  countryEvent?: { type: string; occurredOn: string };
  /** The end of the maximum extension period on the buyer; absent = nothing unpaid. */
  mep?: string;
  /** Delivery date; default DELIVERY. */
  delivery?: string;
  maxDays?: number;
  currency?: string;
  matrix?: DecisionMatrix;
  /** The limit's conditions' payment terms, one condition each; absent = no conditions given. */
  conditionTerms?: (number | undefined)[];
}

export function coverInput(o: Order): CoverCheckInput {
  return {
    order: { amount: o.amount, paymentTermsDays: o.terms, deliveryDate: o.delivery ?? DELIVERY },
    currency: o.currency ?? 'EUR',
    buyer: { grade: o.grade, status: o.status ?? 'active' },
    policy: { maxCreditPeriodDays: o.maxDays ?? 120 },
    limitAtDelivery: o.limit,
    ...(o.conditionTerms === undefined
      ? {}
      : { limitConditions: o.conditionTerms.map((days) => (days === undefined ? { code: 'insured_goods_only' } : { code: 'max_payment_terms', maxPaymentTermsDays: days })) }),
    exposure: { outstanding: o.outstanding, committed: o.committed },
    overdueNotified: o.overdue ?? false,
    ...(o.countryEvent === undefined ? {} : { countryEvent: { eventId: 'cev_1', country: 'BR', ...o.countryEvent } }),
    ...(o.mep === undefined ? {} : { mepEndsOn: o.mep }),
    ...(o.margin === undefined ? {} : { margin: { bp: o.margin } }),
    importance: o.importance ?? 'normal',
    matrix: o.matrix ?? DEFAULT_DECISION_MATRIX,
  };
}
