import * as z from 'zod';
import { Amount, CountryCode, IsoDate, MoneyAmount, Month, PlausibleDate, PlausibleMonth, PlausibleYear, Timestamp } from './common.ts';
import { BuyerId } from './buyers.ts';
import { EXAMPLE_IDS, EXAMPLE_STORY } from './examples.ts';

/**
 * The examples' premium (docs/domain.md, premium): a policy from 2026-09-01 (policy year
 * 2026-09-01 → 2027-08-31) at a rate of 0.0025 with a minimum premium of EUR 50,000.00. Each
 * declaration's premium is turnover × 0.0025, rounded half up: FR 2026-09 EUR 4,123,456.78 →
 * 10,308.64195 → EUR 10,308.64. September was declared on 5 November, after its last day in time
 * (30 October): late. October in France was declared EUR 4,289,000.00, then corrected to
 * EUR 4,389,000.00 (version 2). EUR 25,687.39 of premium so far is EUR 24,312.61 short of the
 * minimum: projected, owed only if still short after 2027-08-31.
 */
const declaration = (period: string, country: string, amount: number, premium: number, declaredAt: string, late: boolean) => ({
  period,
  country,
  amount,
  currency: EXAMPLE_STORY.currency,
  premium,
  declaredAt,
  late,
  version: 1,
  history: [] as { amount: number; declaredAt: string; late: boolean }[],
});
const FR_OCTOBER_FIRST = /* @__PURE__ */ (() => (declaration('2026-10', 'FR', 428900000, 1072250, '2026-11-09T07:55:12.380Z', false)))();
/** October in France corrected (200): what it replaced is kept. */
export const TURNOVER_CORRECTED_EXAMPLE = /* @__PURE__ */ (() => ({
  ...FR_OCTOBER_FIRST,
  amount: 438900000,
  premium: 1097250,
  declaredAt: '2026-11-26T09:40:05.921Z',
  version: 2,
  history: [{ amount: FR_OCTOBER_FIRST.amount, declaredAt: FR_OCTOBER_FIRST.declaredAt, late: false }],
}))();
const DECLARATIONS = /* @__PURE__ */ (() => ([
  declaration('2026-09', 'DE', 85000000, 212500, '2026-11-05T08:12:33.871Z', true),
  declaration('2026-09', 'FR', 412345678, 1030864, '2026-11-05T08:12:33.104Z', true),
  declaration('2026-10', 'DE', 91250050, 228125, '2026-11-09T07:55:13.002Z', false),
  TURNOVER_CORRECTED_EXAMPLE,
]))();
const line = (d: (typeof DECLARATIONS)[number]) => ({ country: d.country, turnover: d.amount, premium: d.premium, late: d.late, declaredAt: d.declaredAt });
const PREMIUM_YEAR_EXAMPLE = /* @__PURE__ */ (() => ({
  view: 'policy_year',
  year: 2026,
  policyYear: { from: '2026-09-01', to: '2027-08-31' },
  currency: EXAMPLE_STORY.currency,
  premiumRate: 0.0025,
  months: [
    { period: '2026-09', turnover: 497345678, premium: 1243364, byCountry: [line(DECLARATIONS[0]!), line(DECLARATIONS[1]!)] },
    { period: '2026-10', turnover: 530150050, premium: 1325375, byCountry: [line(DECLARATIONS[2]!), line(DECLARATIONS[3]!)] },
  ],
  byCountry: [
    { country: 'DE', turnover: 176250050, premium: 440625 },
    { country: 'FR', turnover: 851245678, premium: 2128114 },
  ],
  turnover: 1027495728,
  premium: 2568739,
  minimumPremium: 5000000,
  minimumPremiumAdjustment: 0,
  projectedMinimumPremiumAdjustment: 2431261,
  yearClosed: false,
  due: 2568739,
  lateDeclarations: 2,
  minimumPremiumNote:
    'The premium declared so far, EUR 25,687.39, is EUR 24,312.61 short of the minimum premium of EUR 50,000.00, settled on the policy year 2026-09-01 to 2027-08-31: what is still short after 2027-08-31 is owed.',
  declarations: DECLARATIONS,
}))();

/**
 * The examples' portfolio on 2026-11-26: the story's buyer (grade 4, C29, France; limit
 * EUR 150,000.00, the invoice of EUR 80,000.00), a German wholesaler (grade 2, limit EUR 250,000.00,
 * EUR 120,000.00 exposed) and a French builder regraded from 6 to 7 on 2026-10-14 (limit
 * EUR 50,000.00, EUR 60,000.00 exposed: EUR 10,000.00 uncovered, no headroom). Expected loss per
 * buyer = exposure × PD × 70 %: 80,000.00 × 0.5 % → 280.00; 120,000.00 × 0.1 % → 84.00;
 * 60,000.00 × 5 % → 2,100.00.
 */
const WHOLESALER = 'byr_01M8C4T2Z9K3D7QWX5R1HB6N0P';
const BUILDER = 'byr_01M8C6G5V3N8J2RSA4T7YE9K1F';
const row = (key: string, buyers: number, limit: number, exposure: number, headroom: number, expectedLoss: number) => ({ key, buyers, limit, exposure, headroom, expectedLoss });
const NO_BAND = (key: string) => row(key, 0, 0, 0, 0, 0);
const PORTFOLIO_EXAMPLE = /* @__PURE__ */ (() => ({
  asOf: EXAMPLE_STORY.today,
  currency: EXAMPLE_STORY.currency,
  buyers: 3,
  limit: 45000000,
  exposure: 26000000,
  headroom: 20000000,
  uncoveredExposure: 1000000,
  expectedLoss: 246400,
  recoveryRatePercent: 30,
  byGradeBand: [row('low', 1, 25000000, 12000000, 13000000, 8400), row('medium', 1, 15000000, 8000000, 7000000, 28000), row('sensitive', 1, 5000000, 6000000, 0, 210000), NO_BAND('high'), NO_BAND('defaulted')],
  byGrade: [row('2', 1, 25000000, 12000000, 13000000, 8400), row('4', 1, 15000000, 8000000, 7000000, 28000), row('7', 1, 5000000, 6000000, 0, 210000)],
  bySector: [row('G46', 1, 25000000, 12000000, 13000000, 8400), row(EXAMPLE_STORY.sector, 1, 15000000, 8000000, 7000000, 28000), row('F41', 1, 5000000, 6000000, 0, 210000)],
  byCountry: [
    { ...row(EXAMPLE_STORY.country, 2, 20000000, 14000000, 7000000, 238000), openCountryEvents: [] as unknown[] },
    { ...row('DE', 1, 25000000, 12000000, 13000000, 8400), openCountryEvents: [] as unknown[] },
  ],
  byCurrency: [{ currency: EXAMPLE_STORY.currency, invoices: 5, outstanding: 26000000, exposure: 26000000 }],
  concentration: {
    top10Share: 10000,
    herfindahl: 3609,
    top10: [
      { buyerId: WHOLESALER, exposure: 12000000, shareBp: 4615 },
      { buyerId: EXAMPLE_IDS.buyer, exposure: 8000000, shareBp: 3077 },
      { buyerId: BUILDER, exposure: 6000000, shareBp: 2308 },
    ],
  },
  worsenedLast90Days: [{ buyerId: BUILDER, from: 6, to: 7, on: '2026-10-14' }],
}))();

/**
 * The insurer's view of the same day: the same three buyers, other tenants holding
 * EUR 1,200,000.00 of limits on the story's buyer with EUR 450,000.00 exposed (EUR 530,000.00 on
 * it in all, its expected loss 530,000.00 × 0.5 % × 70 % = 1,855.00). Capacity: EUR 1,350,000.00
 * of the grade-4 buyer's EUR 5,000,000.00 reserved (27 %).
 */
const INSURER_PORTFOLIO_EXAMPLE = /* @__PURE__ */ (() => ({
  ...PORTFOLIO_EXAMPLE,
  valuedOn: EXAMPLE_STORY.today,
  tenants: 3,
  limit: 165000000,
  exposure: 71000000,
  headroom: 95000000,
  uncoveredExposure: 1000000,
  expectedLoss: 403900,
  byGradeBand: [row('low', 1, 25000000, 12000000, 13000000, 8400), row('medium', 1, 135000000, 53000000, 82000000, 185500), row('sensitive', 1, 5000000, 6000000, 0, 210000), NO_BAND('high'), NO_BAND('defaulted')],
  byGrade: [row('2', 1, 25000000, 12000000, 13000000, 8400), row('4', 1, 135000000, 53000000, 82000000, 185500), row('7', 1, 5000000, 6000000, 0, 210000)],
  bySector: [row(EXAMPLE_STORY.sector, 1, 135000000, 53000000, 82000000, 185500), row('G46', 1, 25000000, 12000000, 13000000, 8400), row('F41', 1, 5000000, 6000000, 0, 210000)],
  byCountry: [
    { ...row(EXAMPLE_STORY.country, 2, 140000000, 59000000, 82000000, 395500), openCountryEvents: [] as unknown[] },
    { ...row('DE', 1, 25000000, 12000000, 13000000, 8400), openCountryEvents: [] as unknown[] },
  ],
  byCurrency: [{ currency: EXAMPLE_STORY.currency, invoices: 14, outstanding: 71000000, exposure: 71000000 }],
  concentration: {
    top10Share: 10000,
    herfindahl: 5929,
    top10: [
      { buyerId: EXAMPLE_IDS.buyer, exposure: 53000000, shareBp: 7465 },
      { buyerId: WHOLESALER, exposure: 12000000, shareBp: 1690 },
      { buyerId: BUILDER, exposure: 6000000, shareBp: 845 },
    ],
  },
  capacity: {
    reservedEur: 165000000,
    capacityEur: 3050000000,
    utilisationBp: 541,
    mostUsed: [
      { buyerId: EXAMPLE_IDS.buyer, grade: 4, reservedEur: 135000000, capacityEur: 500000000, utilisationBp: 2700 },
      { buyerId: BUILDER, grade: 7, reservedEur: 5000000, capacityEur: 50000000, utilisationBp: 1000 },
      { buyerId: WHOLESALER, grade: 2, reservedEur: 25000000, capacityEur: 2500000000, utilisationBp: 100 },
    ],
  },
  sectorAlerts: [{ alertId: EXAMPLE_IDS.sectorAlert, sector: EXAMPLE_STORY.sector, country: EXAMPLE_STORY.country, buyers: 1, limit: 135000000, exposure: 53000000 }],
}))();

/** The monthly snapshots of October and November, before the story's limit (from 2026-11-26). */
const PORTFOLIO_HISTORY_EXAMPLE = /* @__PURE__ */ (() => ({
  items: [
    {
      month: '2026-10',
      takenOn: '2026-10-01',
      currency: EXAMPLE_STORY.currency,
      buyers: 2,
      limit: 30000000,
      exposure: 15000000,
      headroom: 15000000,
      expectedLoss: 77000,
      top10Share: 10000,
      herfindahl: 5556,
      byGradeBand: [
        { key: 'low', limit: 25000000, exposure: 10000000 },
        { key: 'medium', limit: 5000000, exposure: 5000000 },
        { key: 'sensitive', limit: 0, exposure: 0 },
        { key: 'high', limit: 0, exposure: 0 },
        { key: 'defaulted', limit: 0, exposure: 0 },
      ],
    },
    {
      month: '2026-11',
      takenOn: '2026-11-01',
      currency: EXAMPLE_STORY.currency,
      buyers: 2,
      limit: 30000000,
      exposure: 18000000,
      headroom: 13000000,
      expectedLoss: 218400,
      top10Share: 10000,
      herfindahl: 5556,
      byGradeBand: [
        { key: 'low', limit: 25000000, exposure: 12000000 },
        { key: 'medium', limit: 0, exposure: 0 },
        { key: 'sensitive', limit: 5000000, exposure: 6000000 },
        { key: 'high', limit: 0, exposure: 0 },
        { key: 'defaulted', limit: 0, exposure: 0 },
      ],
    },
  ],
}))();

const Period = /* @__PURE__ */ (() => Month.meta({ description: 'The month declared, YYYY-MM', example: '2026-10' }))();

export const TurnoverDeclarationBody = /* @__PURE__ */ (() => z
  .strictObject({
    period: PlausibleMonth('The month declared: not after this month, nor before the month of the policy’s inception date'),
    country: CountryCode,
    // A year sums at most 12 months × 249 countries of these: 2.988 × 10^15, still exact.
    amount: MoneyAmount('Insurable turnover of the month in that country, in the policy currency'),
  })
  .meta({ id: 'TurnoverDeclarationInput', example: { period: FR_OCTOBER_FIRST.period, country: FR_OCTOBER_FIRST.country, amount: FR_OCTOBER_FIRST.amount } }))();
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
  .meta({ id: 'TurnoverDeclaration', example: FR_OCTOBER_FIRST }))();

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
  .meta({ id: 'PremiumYear', example: PREMIUM_YEAR_EXAMPLE }))();

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
  .meta({ id: 'Portfolio', example: PORTFOLIO_EXAMPLE }))();

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
}).meta({ id: 'InsurerPortfolio', description: 'Every tenant’s portfolio in EUR, buyers held by several tenants counted once', example: INSURER_PORTFOLIO_EXAMPLE }))();

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
  .meta({ id: 'PortfolioHistory', example: PORTFOLIO_HISTORY_EXAMPLE }))();
