/**
 * Buyer grades and the insurer's per-grade reference tables.
 *
 * Grade 1–10 on the Allianz Trade scale: 1 is the lowest risk, 10 is insolvent or defaulted.
 * The 12-month probability of default lives here and nowhere else; the portfolio's expected
 * loss and any pricing read it through `pdBasisPoints`.
 *
 * Buyer capacity and auto-decision ceilings are insurer policy, not physics: they are a
 * `LimitRules` value the insurer may override (the data layer stores overrides) and every
 * limit function takes the rules as a parameter instead of reading a global.
 */

export const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type Grade = (typeof GRADES)[number];

export function isGrade(value: unknown): value is Grade {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 10;
}

/** Preconditions are the caller's job (the HTTP layer validates), so a bad grade is a bug. */
export function assertGrade(value: unknown, name = 'grade'): asserts value is Grade {
  if (!isGrade(value)) throw new RangeError(`${name} must be an integer from 1 to 10, got ${String(value)}`);
}

/**
 * 12-month probability of default in basis points (1 bp = 0.01 %), strictly increasing with
 * the grade. Calibrated on the public ranges of the agencies' scales: grades 1–3 sit where
 * investment-grade issuers default (0.03 %–0.25 %), grade 7 is a "sensitive" buyer (5 %),
 * grades 8–9 are high risk (10 %–20 %), grade 10 has defaulted (100 %).
 */
export const PD_BASIS_POINTS: Readonly<Record<Grade, number>> = {
  1: 3,
  2: 10,
  3: 25,
  4: 50,
  5: 100,
  6: 200,
  7: 500,
  8: 1_000,
  9: 2_000,
  10: 10_000,
};

export function pdBasisPoints(grade: number): number {
  assertGrade(grade);
  return PD_BASIS_POINTS[grade];
}

/**
 * Bands group grades the way the limit rules treat them: `sensitive` grants carry
 * conditions, `high` gets no new or increased limit, `defaulted` gets a zero limit.
 */
export type GradeBand = 'low' | 'medium' | 'sensitive' | 'high' | 'defaulted';

export const GRADE_BANDS: Readonly<Record<GradeBand, readonly Grade[]>> = {
  low: [1, 2, 3],
  medium: [4, 5, 6],
  sensitive: [7],
  high: [8, 9],
  defaulted: [10],
};

export function gradeBand(grade: number): GradeBand {
  assertGrade(grade);
  if (grade <= 3) return 'low';
  if (grade <= 6) return 'medium';
  if (grade === 7) return 'sensitive';
  if (grade <= 9) return 'high';
  return 'defaulted';
}

/** The insurer's limit policy. Amounts are EUR minor units so capacity adds up across tenants. */
export interface LimitRules {
  /** The most the insurer insures on one buyer, all tenants together, by grade. */
  readonly buyerCapacityEur: Readonly<Record<Grade, number>>;
  /** The largest tenant limit (permanent + temporary) the engine grants alone; above it an underwriter decides. */
  readonly autoDecisionCeilingEur: Readonly<Record<Grade, number>>;
  /** From this grade on (until the grades that are refused), a grant carries conditions. */
  readonly conditionalFromGrade: Grade;
  /** The payment terms a conditional grant allows at most (the policy's own maximum still caps it). */
  readonly conditionalMaxPaymentTermsDays: number;
}

/**
 * Defaults. Capacity falls roughly by half per grade (a typical single-buyer appetite for a
 * mid-size insurer); the auto ceiling is a tenth of capacity for the best grades and a fifth
 * for grade 7, so large or risky lines always see an underwriter. Grades 8–10 get nothing:
 * the engine refuses them before reading these tables, the zeros say so again.
 */
export const DEFAULT_LIMIT_RULES: LimitRules = {
  buyerCapacityEur: {
    1: 5_000_000_000, // EUR 50,000,000.00
    2: 2_500_000_000, // EUR 25,000,000.00
    3: 1_000_000_000, // EUR 10,000,000.00
    4: 500_000_000, // EUR 5,000,000.00
    5: 250_000_000, // EUR 2,500,000.00
    6: 100_000_000, // EUR 1,000,000.00
    7: 50_000_000, // EUR 500,000.00
    8: 0,
    9: 0,
    10: 0,
  },
  autoDecisionCeilingEur: {
    1: 500_000_000, // EUR 5,000,000.00
    2: 250_000_000, // EUR 2,500,000.00
    3: 100_000_000, // EUR 1,000,000.00
    4: 75_000_000, // EUR 750,000.00
    5: 50_000_000, // EUR 500,000.00
    6: 25_000_000, // EUR 250,000.00
    7: 10_000_000, // EUR 100,000.00
    8: 0,
    9: 0,
    10: 0,
  },
  conditionalFromGrade: 7,
  conditionalMaxPaymentTermsDays: 60,
};

/** Overrides come from storage; a malformed one must fail loudly, not grant on NaN. */
export function assertLimitRules(rules: LimitRules): void {
  for (const grade of GRADES) {
    const capacity = rules.buyerCapacityEur[grade];
    const ceiling = rules.autoDecisionCeilingEur[grade];
    if (!Number.isSafeInteger(capacity) || capacity < 0) {
      throw new RangeError(`rules.buyerCapacityEur[${grade}] must be a non-negative integer in EUR minor units, got ${String(capacity)}`);
    }
    if (!Number.isSafeInteger(ceiling) || ceiling < 0) {
      throw new RangeError(`rules.autoDecisionCeilingEur[${grade}] must be a non-negative integer in EUR minor units, got ${String(ceiling)}`);
    }
  }
  assertGrade(rules.conditionalFromGrade, 'rules.conditionalFromGrade');
  const days = rules.conditionalMaxPaymentTermsDays;
  if (!Number.isSafeInteger(days) || days <= 0) {
    throw new RangeError(`rules.conditionalMaxPaymentTermsDays must be a positive integer, got ${String(days)}`);
  }
}
