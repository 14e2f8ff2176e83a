/**
 * Properties of the decision engine over random buyers, policies, limits and exposures.
 * The generator builds consistent inputs (the exposure always includes this tenant's own
 * reservation, amounts are whole 1,000s of the policy currency) and leans on the edges:
 * exposure around the capacity, tranches expiring around today.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_RULES, GRADES, type Grade, type LimitRules } from '../../../shared/domain/grades.ts';
import { EDIFACT_4507, REASON_CODES, decideLimit, type LimitDecisionInput, type Tranche } from '../../../shared/domain/limits.ts';
import { fromEurDown, toEurUp } from '../../../shared/domain/fx.ts';
import { roundDownToUnit, unitFor } from '../../../shared/domain/money.ts';
import { TODAY } from './fixtures.ts';

/** The decision day's rates (units for 1 EUR, ppm) the generator draws from. */
const RATES: Readonly<Record<string, number>> = { EUR: 1_000_000, USD: 1_250_000, GBP: 800_000, CHF: 950_000, SEK: 11_363_636, JPY: 160_000_000 };
const rateOf = (currency: string): number => RATES[currency] ?? 1_000_000;
const toEur = (amount: number, currency: string): number => toEurUp(amount, currency, rateOf(currency));

const EXPIRIES = ['2026-02-28', '2026-03-01', '2026-03-02', '2026-06-30', '2027-03-01', '2027-03-02'];

/** A limit amount of about `eur` EUR minor units, as whole 1,000s of `currency` (at least one). */
function limitAmount(eur: number, currency: string): number {
  const unit = unitFor(currency);
  return Math.max(unit, roundDownToUnit(fromEurDown(eur, currency, rateOf(currency)), unit));
}

/** Null three times out of four: exceptions present, but not drowning the ordinary case. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

/** Sizes are permille of the grade's auto ceiling, so requests land on both sides of it. */
const permille = (max: number) => fc.oneof(fc.integer({ min: 0, max }), fc.integer({ min: 900, max: 1_100 }));
const expiry = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('2026-06-30', '2027-03-01') }, { weight: 1, arbitrary: fc.constantFrom(...EXPIRIES) });
const tranche = fc.record({ permille: permille(600), expiresOn: expiry });

const perGrade = (max: number) => fc.tuple(...GRADES.map(() => fc.integer({ min: 0, max }))).map((values) => Object.fromEntries(GRADES.map((g, i) => [g, values[i]])) as Record<Grade, number>);
const rules: fc.Arbitrary<LimitRules> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(DEFAULT_LIMIT_RULES) },
  {
    weight: 1,
    arbitrary: fc.record({
      buyerCapacityEur: perGrade(6_000_000_000),
      autoDecisionCeilingEur: perGrade(1_000_000_000),
      conditionalFromGrade: fc.integer({ min: 1, max: 10 }).map((g) => g as Grade),
      conditionalMaxPaymentTermsDays: fc.integer({ min: 1, max: 180 }),
    }),
  },
);

/** Mostly ordinary requests on active buyers in covered countries, with every exception present. */
const input: fc.Arbitrary<LimitDecisionInput> = fc
  .record({
    currency: fc.constantFrom('EUR', 'USD', 'GBP', 'CHF', 'SEK', 'JPY'),
    type: fc.constantFrom('new', 'increase', 'increase', 'reduce', 'cancel'),
    grade: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 7 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 10 }) }),
    status: fc.oneof({ weight: 10, arbitrary: fc.constant('active' as const) }, { weight: 1, arbitrary: fc.constantFrom('insolvent' as const, 'closed' as const) }),
    country: fc.oneof({ weight: 10, arbitrary: fc.constant('FR') }, { weight: 1, arbitrary: fc.constantFrom('DE', 'US') }),
    countryCategory: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 1, arbitrary: fc.constant(7) }),
    alertFromGrade: sometimes(fc.integer({ min: 1, max: 10 })),
    countryEventOpen: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    politicalRiskCovered: fc.boolean(),
    discretionaryPermille: sometimes(permille(1_000)),
    insurerDecisionExists: fc.boolean(),
    adverseEvent: fc.boolean(),
    maxCreditPeriodDays: fc.integer({ min: 1, max: 180 }),
    // New and increase mostly ask for more than the limit held, reduce for a share of it.
    increasePermille: fc.oneof(fc.integer({ min: -100, max: 300 }), fc.integer({ min: 0, max: 1_000 })),
    sharePermille: fc.integer({ min: 0, max: 1_100 }),
    requestTemporary: sometimes(tranche),
    current: fc.option(fc.record({ permille: fc.integer({ min: 0, max: 700 }), temporary: sometimes(tranche) })),
    // The rate the current limit was booked at, as permille of today's: rates move between decisions.
    bookedAtPermille: sometimes(fc.integer({ min: 500, max: 2_000 })),
    // Others' exposure as permille of the grade's capacity: near full half of the time.
    othersPermille: fc.oneof(fc.integer({ min: 0, max: 1_100 }), fc.integer({ min: 950, max: 1_010 })),
    rules,
  })
  .map((g): LimitDecisionInput => {
    const grade = g.grade as Grade;
    const base = g.rules.autoDecisionCeilingEur[grade] || 10_000_000;
    const money = (p: number) => limitAmount(Math.floor((base * p) / 1_000), g.currency);
    const asTranche = (t: { permille: number; expiresOn: string } | null): Tranche | undefined => (t ? { amount: money(t.permille), expiresOn: t.expiresOn } : undefined);
    const held = g.current ? { amount: money(g.current.permille), ...optional(asTranche(g.current.temporary)) } : null;
    const heldTotal = held ? held.amount + (held.temporary?.amount ?? 0) : 0;
    const bookedAt = g.bookedAtPermille === null ? rateOf(g.currency) : Math.max(1, Math.floor((rateOf(g.currency) * g.bookedAtPermille) / 1_000));
    const reservedEur = held ? toEurUp(heldTotal, g.currency, bookedAt) : 0;
    const current = held ? { ...held, reservedEur } : null;
    const capacity = g.rules.buyerCapacityEur[grade];
    const heldPermille = g.current?.permille ?? 0;
    function requestedAmount(): number {
      if (g.type === 'cancel') return 0;
      if (g.type === 'reduce') return money(Math.floor((heldPermille * g.sharePermille) / 1_000));
      return money(heldPermille + g.increasePermille);
    }
    return {
      request: { type: g.type, amount: requestedAmount(), ...optional(asTranche(g.requestTemporary)) },
      buyer: { buyerId: 'byr_1', grade, status: g.status, country: g.country, sector: 'C29' },
      countryCategory: g.countryCategory,
      activeSectorAlerts: g.alertFromGrade === null ? [] : [{ sector: 'C29', country: 'FR', minGrade: g.alertFromGrade }],
      openCountryEvents: g.countryEventOpen ? [{ eventId: 'cev_1', type: 'war', occurredOn: TODAY }] : [],
      policy: {
        currency: g.currency,
        discretionaryLimit: g.discretionaryPermille === null ? 0 : money(g.discretionaryPermille),
        coveredCountries: ['FR', 'DE'],
        politicalRiskCovered: g.politicalRiskCovered,
        maxCreditPeriodDays: g.maxCreditPeriodDays,
      },
      current,
      ...(g.currency === 'EUR' ? {} : { eurRate: { ratePpm: rateOf(g.currency), publishedFor: TODAY } }),
      buyerExposureEur: reservedEur + Math.floor((capacity * g.othersPermille) / 1_000),
      discretionary: { insurerDecisionExists: g.insurerDecisionExists, adverseEventWithin12Months: g.adverseEvent },
      today: TODAY,
      rules: g.rules,
    };
  });

function optional(temporary: Tranche | undefined): { temporary?: Tranche } {
  return temporary ? { temporary } : {};
}

const total = (limit: { amount: number; temporary?: Tranche | undefined } | null): number => (limit ? limit.amount + (limit.temporary?.amount ?? 0) : 0);
const inForce = (i: LimitDecisionInput) => (i.current ? { amount: i.current.amount, temporary: i.current.temporary && i.current.temporary.expiresOn >= i.today ? i.current.temporary : undefined } : null);
const GRANTS = new Set(['approved', 'conditional', 'partly_approved']);
const RUNS = { numRuns: 2_000 };

describe('decision engine properties', () => {
  it('never grants more than was asked for or already held', () => {
    fc.assert(
      fc.property(input, (i) => {
        const d = decideLimit(i);
        if (GRANTS.has(d.decision)) {
          expect(d.amount).toBeLessThanOrEqual(i.request.amount);
          expect(d.temporary?.amount ?? 0).toBeLessThanOrEqual(i.request.temporary?.amount ?? 0);
        }
        expect(total(d)).toBeLessThanOrEqual(Math.max(total(i.request), total(inForce(i))));
      }),
      RUNS,
    );
  });

  it('never takes the buyer above its capacity when it reserves more', () => {
    fc.assert(
      fc.property(input, (i) => {
        const d = decideLimit(i);
        if (d.capacityDeltaEur > 0) {
          expect(i.buyerExposureEur + d.capacityDeltaEur).toBeLessThanOrEqual(i.rules.buyerCapacityEur[i.buyer.grade as Grade]);
        }
      }),
      RUNS,
    );
  });

  it('reserves capacity only for a grant; every other decision holds or releases', () => {
    fc.assert(
      fc.property(input, (i) => {
        const d = decideLimit(i);
        if (!GRANTS.has(d.decision)) expect(d.capacityDeltaEur).toBeLessThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('grants whole 1,000s of the policy currency, in integers', () => {
    fc.assert(
      fc.property(input, (i) => {
        const d = decideLimit(i);
        const unit = unitFor(i.policy.currency);
        for (const amount of [d.amount, d.temporary?.amount ?? 0]) {
          expect(Number.isSafeInteger(amount)).toBe(true);
          expect(amount % unit).toBe(0);
        }
        expect(Number.isSafeInteger(d.capacityDeltaEur)).toBe(true);
      }),
      RUNS,
    );
  });

  it('moves the reservation from what the tenant held: a raised limit to its value at today’s rate, a kept or lowered one never up, a cancelled one to 0', () => {
    fc.assert(
      fc.property(input, (i) => {
        const d = decideLimit(i);
        const held = i.current?.reservedEur ?? 0;
        if (total(d) > total(i.current)) expect(d.capacityDeltaEur).toBe(toEur(total(d), i.policy.currency) - held);
        else expect(d.capacityDeltaEur).toBeLessThanOrEqual(0);
        if (total(d) === 0) expect(d.capacityDeltaEur + held).toBe(0);
        if (total(d) === total(i.current)) expect(d.capacityDeltaEur).toBe(0);
      }),
      RUNS,
    );
  });

  it('a partly approval is the largest whole 1,000 that fits', () => {
    fc.assert(
      fc.property(input, (i) => {
        const d = decideLimit(i);
        if (d.decision !== 'partly_approved') return;
        const unit = unitFor(i.policy.currency);
        const othersEur = i.buyerExposureEur - (i.current?.reservedEur ?? 0);
        const remainingEur = i.rules.buyerCapacityEur[i.buyer.grade as Grade] - othersEur;
        expect(d.temporary).toBeUndefined();
        expect(d.amount === i.request.amount || toEur(d.amount + unit, i.policy.currency) > remainingEur).toBe(true);
      }),
      RUNS,
    );
  });

  it('always explains itself with a documented reason and the matching EDIFACT code', () => {
    fc.assert(
      fc.property(input, (i) => {
        const d = decideLimit(i);
        expect(d.code).toBe(EDIFACT_4507[d.decision]);
        expect(d.reasons.length).toBeGreaterThan(0);
        for (const reason of d.reasons) {
          expect(REASON_CODES).toContain(reason.code);
          expect(reason.message).toMatch(/^[A-Z].*\.$/);
        }
        expect(d.expiresOn).toBe(d.temporary?.expiresOn);
        expect(d.referral !== undefined).toBe(d.decision === 'referred');
      }),
      RUNS,
    );
  });

  it('is deterministic and leaves its input untouched', () => {
    fc.assert(
      fc.property(input, (i) => {
        const copy = structuredClone(i);
        expect(decideLimit(i)).toEqual(decideLimit(copy));
        expect(i).toEqual(copy);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the generator', () => {
  it('reaches every decision and every reason, so the properties above are not vacuous', () => {
    const decisions = new Map<string, number>();
    const reasons = new Set<string>();
    for (const i of fc.sample(input, { numRuns: 5_000, seed: 42 })) {
      const d = decideLimit(i);
      decisions.set(d.decision, (decisions.get(d.decision) ?? 0) + 1);
      d.reasons.forEach((r) => reasons.add(r.code));
    }
    expect([...decisions.keys()].sort()).toEqual(Object.keys(EDIFACT_4507).sort());
    expect([...reasons].sort()).toEqual([...REASON_CODES].sort());
    // Grants, the cases the capacity properties are about, are not rare.
    const grants = (decisions.get('approved') ?? 0) + (decisions.get('conditional') ?? 0) + (decisions.get('partly_approved') ?? 0);
    expect(grants).toBeGreaterThan(500);
  });
});
