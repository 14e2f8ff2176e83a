import * as z from 'zod';
import { Amount, CountryCode, IsoDate, MoneyAmount, Month, PlausibleDate, PlausibleMonth, PlausibleYear, Timestamp } from './common.ts';
import { BuyerId } from './buyers.ts';

const Period = /* @__PURE__ */ (() => Month.meta({ description: 'The month declared, YYYY-MM', example: '2026-10' }))();

export const TurnoverDeclarationBody = /* @__PURE__ */ (() => z
  .strictObject({
    period: PlausibleMonth('The month declared: not after this month, nor before the month of the policy’s inception date'),
    country: CountryCode,
    // A year sums at most 12 months × 249 countries of these: 2.988 × 10^15, still exact.
    amount: MoneyAmount('Insurable turnover of the month in that country, in the policy currency'),
  })
  .meta({ id: 'TurnoverDeclarationInput' }))();
export type TurnoverDeclarationBody = z.output<typeof TurnoverDeclarationBody>;

const Replaced = /* @__PURE__ */ (() => z.object({ amount: Amount, declaredAt: Timestamp, late: z.boolean() }))();
export const TurnoverDeclaration = /* @__PURE__ */ (() => z
  .object({
    period: Period,
    country: z.string(),
    amount: Amount,
    currency: z.string(),
    premium: Amount,
    declaredAt: Timestamp,
    late: z.boolean().meta({ description: 'Declared more than 30 days after the end of its month' }),
    version: z.int().positive(),
    history: z.array(Replaced).meta({ description: 'What corrections replaced, oldest first' }),
  })
  .meta({ id: 'TurnoverDeclaration' }))();

export const PremiumQuery = /* @__PURE__ */ (() => z
  .strictObject({
    on: PlausibleDate('Answer the policy year containing this day (default: today, or the inception date while the policy has not begun): the year the minimum premium is settled on. Not before the policy’s inception date').optional(),
    year: PlausibleYear('Answer this calendar year’s months instead (view calendar_year): the minimum premium is not settled on it, unless it is a policy year (inception on 1 January). Not before the inception’s year').optional(),
  })
  .superRefine((query, context) => {
    if (query.on === undefined || query.year === undefined) return;
    for (const field of ['on', 'year'] as const) {
      context.addIssue({ code: 'custom', path: [field], params: { code: 'exclusive' }, message: 'name on (a policy year) or year (a calendar year), not both' });
    }
  }))();
export type PremiumQuery = z.output<typeof PremiumQuery>;

const CountryPremium = /* @__PURE__ */ (() => z.object({ country: z.string(), turnover: Amount, premium: Amount }))();
const PolicyYear = /* @__PURE__ */ (() => z
  .object({ from: IsoDate.meta({ description: 'The anniversary of the inception date that begins it' }), to: IsoDate.meta({ description: 'Its last day: the day before the next anniversary' }) })
  .meta({ id: 'PolicyYear', description: 'A policy year, both days included; a month’s turnover belongs to the policy year its last day falls in' }))();

export const PremiumYear = /* @__PURE__ */ (() => z
  .object({
    view: z.enum(['policy_year', 'calendar_year']).meta({ description: 'policy_year (?on=, the default): the minimum premium is settled on it. calendar_year (?year=): the months of a calendar year' }),
    year: z.int().meta({ description: 'The calendar year asked for; in the policy view, the calendar year of policyYear.from' }),
    policyYear: PolicyYear.optional().meta({ description: 'The policy year answered: always in the policy view; in the calendar view only when the calendar year is one (inception on 1 January)' }),
    currency: z.string(),
    premiumRate: z.number(),
    months: z.array(
      z.object({
        period: Period,
        turnover: Amount,
        premium: Amount,
        byCountry: z.array(CountryPremium.extend({ late: z.boolean(), declaredAt: Timestamp })),
      }),
    ),
    byCountry: z.array(CountryPremium),
    turnover: Amount,
    premium: Amount,
    minimumPremium: Amount,
    minimumPremiumAdjustment: Amount.meta({ description: 'What the minimum premium adds, once the policy year is over; 0 in a calendar view that is no policy year' }),
    projectedMinimumPremiumAdjustment: Amount.meta({ description: 'What it would add if the policy year ended today; 0 in a calendar view that is no policy year' }),
    yearClosed: z.boolean().meta({ description: 'Today is after the last day of the year answered (policyYear.to, or 31 December)' }),
    due: Amount.meta({ description: 'Premium and adjustment: what the year costs' }),
    lateDeclarations: z.int().min(0),
    minimumPremiumNote: z.string().meta({ description: 'How the minimum premium was settled here, in a sentence; in a calendar view that is no policy year, which policy years to ask for it' }),
    declarations: z.array(TurnoverDeclaration),
  })
  .meta({ id: 'PremiumYear' }))();

const Breakdown = /* @__PURE__ */ (() => z.object({ key: z.string(), buyers: z.int().min(0), limit: Amount, exposure: Amount, headroom: Amount, expectedLoss: Amount }))();
export const Portfolio = /* @__PURE__ */ (() => z
  .object({
    asOf: IsoDate,
    currency: z.string(),
    buyers: z.int().min(0),
    limit: Amount.meta({ description: 'Σ limits in force today: the sum of GET /v1/limits' }),
    exposure: Amount.meta({ description: 'Σ outstanding + committed: the sum of GET /v1/exposure/{buyerId}' }),
    headroom: Amount,
    uncoveredExposure: Amount,
    expectedLoss: Amount.meta({ description: 'Σ PD(grade) × exposure × (1 − recovery rate)' }),
    recoveryRatePercent: z.number(),
    byGradeBand: z.array(Breakdown),
    byGrade: z.array(Breakdown),
    bySector: z.array(Breakdown),
    byCountry: z.array(
      Breakdown.extend({
        openCountryEvents: z
          .array(z.object({ eventId: z.string(), type: z.string(), occurredOn: IsoDate }))
          .meta({ description: 'Country events open there today (GET /v1/country-events/{eventId}): limit requests referred, cover checks cash in advance' }),
      }),
    ),
    byCurrency: z
      .array(
        z.object({
          currency: z.string(),
          invoices: z.int().min(0),
          outstanding: Amount.meta({ description: 'Σ unpaid, in `currency`' }),
          exposure: Amount.meta({ description: 'Σ what they add to exposure, in the portfolio’s currency (each invoice at its issue date’s rate; the insurer’s in EUR at today’s)' }),
        }),
      )
      .meta({ description: 'Unpaid invoices by their own currency, the largest exposure first; the rows’ exposure adds up to the outstanding part of `exposure`' }),
    concentration: z.object({
      top10Share: z.int().min(0).max(10_000).meta({ description: 'Share of the exposure on the 10 largest, basis points' }),
      herfindahl: z.int().min(0).max(10_000).meta({ description: 'Herfindahl-Hirschman index of exposure shares (0–10,000)' }),
      top10: z.array(z.object({ buyerId: BuyerId, exposure: Amount, shareBp: z.int() })),
    }),
    worsenedLast90Days: z.array(z.object({ buyerId: BuyerId, from: z.int().optional(), to: z.int(), on: IsoDate })),
  })
  .meta({ id: 'Portfolio' }))();

export const InsurerPortfolio = /* @__PURE__ */ (() => Portfolio.extend({
  valuedOn: IsoDate.optional().meta({
    description: 'The day every line was last revalued at that day’s reference rates and limits in force (the daily reconciliation); every change since is in the figures as it happened, valued on its own day',
  }),
  tenants: z.int().min(0),
  capacity: z.object({
    reservedEur: Amount,
    capacityEur: Amount,
    utilisationBp: z.int().min(0),
    mostUsed: z.array(z.object({ buyerId: BuyerId, grade: z.int(), reservedEur: Amount, capacityEur: Amount, utilisationBp: z.int().min(0) })),
  }),
  sectorAlerts: z.array(z.object({ alertId: z.string(), sector: z.string(), country: z.string(), buyers: z.int(), limit: Amount, exposure: Amount })),
}).meta({ id: 'InsurerPortfolio', description: 'Every tenant’s portfolio in EUR, buyers held by several tenants counted once' }))();

export const PortfolioHistory = /* @__PURE__ */ (() => z
  .object({
    items: z.array(
      z.object({
        month: z.string(),
        takenOn: IsoDate,
        currency: z.string(),
        buyers: z.int(),
        limit: Amount,
        exposure: Amount,
        headroom: Amount,
        expectedLoss: Amount,
        top10Share: z.int(),
        herfindahl: z.int(),
        byGradeBand: z.array(z.object({ key: z.string(), limit: Amount, exposure: Amount })),
      }),
    ),
  })
  .meta({ id: 'PortfolioHistory' }))();
