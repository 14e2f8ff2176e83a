import * as z from 'zod';
import { Amount, CountryCode, Currency, Id, IsoDate, MoneyAmount, Page, PlausibleDate, Text, Timestamp } from './common.ts';
import { MINOR_UNIT_EXPONENT, isSupportedCurrency } from '#domain/money';
import { DEDUCTIBLE_ORDERS } from '#domain/claims';
import { EXAMPLE_IDS, EXAMPLE_STORY } from './examples.ts';

/*
 * The examples' tenant (docs/domain.md, policy terms): the policyholder that sells to the
 * story's buyer, onboarded on 2026-08-24 with a policy from 2026-09-01. Its terms are those the
 * other contexts' examples are reckoned with: cover 90 %, no deductible, threshold nor aggregate
 * first loss (a EUR 150,000.00 covered loss pays EUR 135,000.00), at most EUR 3,000,000.00 a
 * policy year, a premium of 0.25 % of turnover with a EUR 50,000.00 minimum, self-approved
 * limits up to EUR 50,000.00, 60 days of maximum extension and a 180-day waiting period.
 */
const TENANT_NAME = 'Atelier Dupont SAS';
const ONBOARDED_AT = '2026-08-24T10:02:11.408Z';
/** The insurer's key that onboarded the tenant (the story's own key is the policyholder's). */
const INSURER_KEY_ID = 'key_01M8BHZ2K4RTX9DQ6W3N5GVJ7E';
/** What the insurer sent to onboard it: the terms that differ from the defaults. */
const POLICY_INPUT_EXAMPLE = /* @__PURE__ */ (() => ({
  policyNumber: 'POL-2026-0001',
  currency: EXAMPLE_STORY.currency,
  maxLiability: 300000000,
  premiumRate: 0.0025,
  minimumPremium: 5000000,
  discretionaryLimit: 5000000,
  coveredCountries: ['FR', 'DE'],
  inceptionDate: '2026-09-01',
}))();
/** The terms as stored: the input with every default filled in. */
const POLICY_TERMS_EXAMPLE = /* @__PURE__ */ (() => ({
  ...POLICY_INPUT_EXAMPLE,
  coverPercent: 90,
  deductible: 0,
  claimThreshold: 0,
  deductibleApplies: 'after_percent',
  aggregateFirstLoss: 0,
  maxCreditPeriodDays: 120,
  maxExtensionDays: 60,
  waitingPeriodDays: 180,
  notificationPeriodDays: 0,
  politicalRiskCovered: false,
  politicalWaitingPeriodDays: 180,
}))();
/** Version 1, in force from the onboarding (and on every date the other examples tell of). */
const POLICY_EXAMPLE = /* @__PURE__ */ (() => ({ ...POLICY_TERMS_EXAMPLE, version: 1, effectiveFrom: ONBOARDED_AT, changedBy: INSURER_KEY_ID }))();
/** The renewal's change: a lower rate from the second policy year, and Belgian buyers. */
export const POLICY_PATCH_EXAMPLE = { premiumRate: 0.0022, coveredCountries: ['FR', 'DE', 'BE'] };
export const POLICY_V2_EXAMPLE = /* @__PURE__ */ (() => ({ ...POLICY_EXAMPLE, ...POLICY_PATCH_EXAMPLE, version: 2, effectiveFrom: '2027-09-01T07:45:12.306Z' }))();
const TENANT_EXAMPLE = /* @__PURE__ */ (() => ({ tenantId: EXAMPLE_IDS.tenant, name: TENANT_NAME, tier: 'standard', status: 'active', createdAt: ONBOARDED_AT, policy: POLICY_EXAMPLE }))();
/** The tenant's first key, made with it: the story's key (32 random bytes, base64url, behind its head). */
const TENANT_KEY_EXAMPLE = /* @__PURE__ */ (() => ({
  keyId: EXAMPLE_IDS.apiKey,
  role: 'policyholder',
  prefix: 'bk_live_pol_q7Rw…',
  createdAt: ONBOARDED_AT,
  createdBy: INSURER_KEY_ID,
  updatedAt: ONBOARDED_AT,
}))();
const NEW_TENANT_KEY = /* @__PURE__ */ (() => ({ ...TENANT_KEY_EXAMPLE, key: 'bk_live_pol_q7Rw3kZp0vY2cN8hLmT5xJd9sQeUa4GbF6iKo1nWy-E' }))();
/** A second key the tenant made with its first, for another CRM instance. */
const SECOND_KEY_AT = '2026-11-26T09:42:37.620Z';
const SECOND_KEY_EXAMPLE = /* @__PURE__ */ (() => ({
  keyId: 'key_01M8BM2W5RZK3H8QDT6VXN4F7C',
  role: 'policyholder',
  prefix: 'bk_live_pol_Hc2u…',
  createdAt: SECOND_KEY_AT,
  createdBy: EXAMPLE_IDS.apiKey,
  updatedAt: SECOND_KEY_AT,
  key: 'bk_live_pol_Hc2uV8sNq4Lx0TzR7bWk1PfYe9Dm3Ga6Jo5Ei_tKrSQ',
}))();
/** The broker the tenant mandated, and the tenant it mandated later as well. */
const BROKER_NAME = 'Rhône Crédit Courtage SARL';
const BROKER_CREATED_AT = '2026-09-03T14:20:37.115Z';
const OTHER_TENANT_ID = 'ten_01M8C4TQ9RB6WN2KXH5DZ7PF3E';
const BROKER_EXAMPLE = /* @__PURE__ */ (() => ({ brokerId: EXAMPLE_IDS.broker, name: BROKER_NAME, tenantIds: [EXAMPLE_IDS.tenant], createdAt: BROKER_CREATED_AT }))();
export const MANDATES_EXAMPLE = /* @__PURE__ */ (() => ({ tenantIds: [EXAMPLE_IDS.tenant, OTHER_TENANT_ID] }))();
export const BROKER_WITH_MANDATES_EXAMPLE = /* @__PURE__ */ (() => ({ ...BROKER_EXAMPLE, ...MANDATES_EXAMPLE }))();
const BROKER_KEY_EXAMPLE = {
  keyId: 'key_01M8BK6P3RJW9TQ2VD8HXC5N4Z',
  role: 'broker',
  prefix: 'bk_live_brk_Zt9e…',
  createdAt: BROKER_CREATED_AT,
  createdBy: INSURER_KEY_ID,
  updatedAt: BROKER_CREATED_AT,
  key: 'bk_live_brk_Zt9eM1xQ5cW7hR3vB0nKj8LpY2sDf6Ga4Ti-oUw9Xe4',
};

export const TIERS = ['standard', 'premium'] as const;
export const Tier = /* @__PURE__ */ (() => z.enum(TIERS).meta({ description: 'Throttling tier (rate and burst per tier)' }))();
const Days = (min: number, max: number) => z.int().min(min).max(max);
const TenantId = /* @__PURE__ */ (() => Id('tenant', 'Tenant id (ten_…)'))();

const KNOWN = /* @__PURE__ */ (() => Object.keys(MINOR_UNIT_EXPONENT).join(', '))();
/**
 * Limits and capacity convert the policy currency to EUR at the insurer's reference rate in
 * force on the decision day: a policy outside EUR takes no limit on a day without one (422
 * fx-rate-missing), so the policy names a currency the system knows.
 */
const PolicyCurrency = /* @__PURE__ */ (() => Currency.refine(isSupportedCurrency, `a currency the system knows: ${KNOWN}`).meta({
  description: `ISO 4217 code of a currency the system knows (${KNOWN}); outside EUR, limits need the insurer's reference rate in force on the decision day`,
  example: 'EUR',
}))();

/** Every term of a policy (docs/domain.md, policy terms) with its default. Amounts in minor units. */
const policyFields = /* @__PURE__ */ (() => ({
  policyNumber: Text(1, 64),
  currency: PolicyCurrency,
  coverPercent: z.int().min(80).max(95).meta({ description: 'Share of a covered loss the insurer pays (80–95)' }),
  deductible: MoneyAmount('Deducted from each claim'),
  claimThreshold: MoneyAmount('The non-qualifying loss: covered losses at or below it are not paid and use no aggregate first loss'),
  maxLiability: MoneyAmount('Most the insurer pays per policy year, as an amount (with maxLiabilityMultiple too, the lower applies)', { positive: true }),
  maxLiabilityMultiple: z
    .int()
    .min(1)
    .max(1000)
    .meta({ description: 'Most the insurer pays per policy year, as a multiple of the policy year’s premium (e.g. 30); with maxLiability too, the lower applies' }),
  deductibleApplies: z.enum(DEDUCTIBLE_ORDERS).meta({
    description: 'after_percent (default): floor(loss × coverPercent) − deductible; before_percent: floor((loss − deductible) × coverPercent), the insured percentage of the loss in excess of the deductible',
  }),
  aggregateFirstLoss: MoneyAmount('Per policy year: covered losses above the non-qualifying loss (claimThreshold) use it up, in date-of-loss order, before any indemnity (0 = none)'),
  premiumRate: z
    .number()
    .min(0.001)
    .max(0.005)
    .refine((rate) => Math.abs(rate * 1e6 - Math.round(rate * 1e6)) < 1e-6, 'at most 6 decimals')
    .meta({ description: 'Premium as a share of insurable turnover (0.001–0.005)' }),
  minimumPremium: MoneyAmount('The least the policy year costs'),
  maxCreditPeriodDays: Days(1, 365).meta({ description: 'Longest payment term covered' }),
  maxExtensionDays: Days(1, 365).meta({ description: 'Days after the oldest unpaid due date by which an overdue must be notified' }),
  waitingPeriodDays: Days(1, 730).meta({ description: 'Protracted default: days after the overdue notification before indemnity' }),
  notificationPeriodDays: Days(0, 365).meta({
    description: 'Days after the end of the maximum extension period (mepEndsOn) by which an overdue must be notified (0: by mepEndsOn itself)',
  }),
  discretionaryLimit: MoneyAmount('Amount up to which the policyholder may self-approve a limit (0 = none)'),
  coveredCountries: z
    .array(CountryCode)
    .min(1)
    .max(250)
    .refine((codes) => new Set(codes).size === codes.length, 'each country once'),
  politicalRiskCovered: z.boolean(),
  politicalCoverPercent: z.int().min(80).max(95).meta({ description: 'Share of a political loss the insurer pays (80–95); absent = coverPercent' }),
  politicalWaitingPeriodDays: Days(1, 730).meta({ description: 'Political claims: days after the overdue notification before indemnity' }),
  inceptionDate: PlausibleDate('Start of the first policy year; turnover is declared from its month on'),
}))();

export const PolicyInput = /* @__PURE__ */ (() => z
  .strictObject({
    ...policyFields,
    coverPercent: policyFields.coverPercent.default(90),
    deductible: policyFields.deductible.default(0),
    claimThreshold: policyFields.claimThreshold.default(0),
    maxLiability: policyFields.maxLiability.optional(),
    maxLiabilityMultiple: policyFields.maxLiabilityMultiple.optional(),
    deductibleApplies: policyFields.deductibleApplies.default('after_percent'),
    aggregateFirstLoss: policyFields.aggregateFirstLoss.default(0),
    minimumPremium: policyFields.minimumPremium.default(0),
    maxCreditPeriodDays: policyFields.maxCreditPeriodDays.default(120),
    maxExtensionDays: policyFields.maxExtensionDays.default(60),
    waitingPeriodDays: policyFields.waitingPeriodDays.default(180),
    notificationPeriodDays: policyFields.notificationPeriodDays.default(0),
    discretionaryLimit: policyFields.discretionaryLimit.default(0),
    politicalRiskCovered: policyFields.politicalRiskCovered.default(false),
    politicalCoverPercent: policyFields.politicalCoverPercent.optional(),
    politicalWaitingPeriodDays: policyFields.politicalWaitingPeriodDays.default(180),
    inceptionDate: policyFields.inceptionDate.optional(),
  })
  .refine((policy) => policy.maxLiability !== undefined || policy.maxLiabilityMultiple !== undefined, {
    message: 'set maxLiability, maxLiabilityMultiple or both: the insurer’s liability per policy year has a bound',
    path: ['maxLiability'],
  })
  .meta({ id: 'PolicyInput', example: POLICY_INPUT_EXAMPLE }))();
export type PolicyInput = z.output<typeof PolicyInput>;

/**
 * The currency is named in a patch only to be refused by name: limits, exposure and claims are
 * all counted in it, so a client that sends it learns why rather than "unrecognized key".
 */
const ImmutableCurrency = /* @__PURE__ */ (() => z
  .unknown()
  .refine(() => false, { message: 'the policy currency cannot change: every limit, exposure and claim of the tenant is counted in it', params: { code: 'immutable' } })
  .optional()
  .meta({ description: 'Cannot change: sending it answers 400 validation, code immutable' }))();

/** A change to the policy in force: any field but the currency, at least one. */
export const PolicyPatch = /* @__PURE__ */ (() => z
  .strictObject({
    ...(Object.fromEntries(Object.entries(policyFields).filter(([name]) => name !== 'currency').map(([name, schema]) => [name, schema.optional()])) as {
      [K in Exclude<keyof typeof policyFields, 'currency'>]: z.ZodOptional<(typeof policyFields)[K]>;
    }),
    currency: ImmutableCurrency,
  })
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one field to change')
  .meta({ id: 'PolicyPatch', example: POLICY_PATCH_EXAMPLE }))();
/** What a valid patch holds: never the currency, which fails validation. */
export type PolicyPatch = Omit<z.output<typeof PolicyPatch>, 'currency'>;

// As answered: the requests' bounds (inception date, rated currency, amounts) judge input, not what is stored.
export const PolicyTerms = /* @__PURE__ */ (() => z
  .object({
    ...policyFields,
    currency: Currency,
    inceptionDate: IsoDate.meta({ description: 'Start of the first policy year' }),
    deductible: Amount.meta({ description: 'Deducted from each claim, minor units' }),
    claimThreshold: Amount.meta({ description: 'Losses at or below it are not paid, minor units' }),
    maxLiability: Amount.optional().meta({ description: 'Most the insurer pays per policy year, minor units (absent when only maxLiabilityMultiple bounds it)' }),
    maxLiabilityMultiple: policyFields.maxLiabilityMultiple.optional(),
    // Policies stored before these fields existed read as today's rules: deductible after the percentage, no first loss.
    deductibleApplies: policyFields.deductibleApplies.default('after_percent'),
    aggregateFirstLoss: Amount.default(0).meta({ description: 'Per policy year, used up by qualifying losses before any indemnity; minor units' }),
    minimumPremium: Amount.meta({ description: 'The least the policy year costs, minor units' }),
    discretionaryLimit: Amount.meta({ description: 'Amount up to which the policyholder may self-approve a limit (0 = none)' }),
    // Policies stored before the field existed read as 0: the deadline they were written under.
    notificationPeriodDays: policyFields.notificationPeriodDays.default(0),
    politicalCoverPercent: policyFields.politicalCoverPercent.optional(),
    // Policies stored before it read as 180, the default.
    politicalWaitingPeriodDays: policyFields.politicalWaitingPeriodDays.default(180),
  })
  .meta({ id: 'PolicyTerms', example: POLICY_TERMS_EXAMPLE }))();
export type PolicyTerms = z.output<typeof PolicyTerms>;

export const Policy = /* @__PURE__ */ (() => PolicyTerms.extend({
  version: z.int().positive().meta({ description: 'Increases by one with each change; older versions stay readable' }),
  effectiveFrom: Timestamp.meta({ description: 'When this version took effect' }),
  changedBy: z.string().meta({ description: 'Key id of who made this version' }),
}).meta({ id: 'Policy', example: POLICY_EXAMPLE }))();
export type Policy = z.output<typeof Policy>;

export const Tenant = /* @__PURE__ */ (() => z
  .object({
    tenantId: TenantId,
    name: z.string(),
    tier: Tier,
    status: z.enum(['active']),
    createdAt: Timestamp,
    policy: Policy,
  })
  .meta({ id: 'Tenant', example: TENANT_EXAMPLE }))();
export type Tenant = z.output<typeof Tenant>;

export const ROLES = ['insurer', 'policyholder', 'broker'] as const;

export const ApiKey = /* @__PURE__ */ (() => z
  .object({
    keyId: Id('apiKey', 'API key id (key_…)'),
    role: z.enum(ROLES),
    prefix: z.string().meta({ description: 'The first characters of the key, to recognise it' }),
    createdAt: Timestamp,
    createdBy: Id('apiKey', 'The key that created this one (key_…); absent for the first insurer key, which the operator made').optional(),
    revokedAt: Timestamp.optional(),
    updatedAt: Timestamp.meta({ description: 'When it last changed (created, revoked): what updatedSince sorts by' }),
  })
  .meta({ id: 'ApiKey', example: TENANT_KEY_EXAMPLE }))();
export type ApiKey = z.output<typeof ApiKey>;

export const NewApiKey = /* @__PURE__ */ (() => ApiKey.extend({
  key: z.string().meta({ description: 'The secret. Shown this once: only its hash is stored.' }),
}).meta({ id: 'NewApiKey', example: SECOND_KEY_EXAMPLE }))();
export type NewApiKey = z.output<typeof NewApiKey>;

export const CreateTenantBody = /* @__PURE__ */ (() => z
  .strictObject({ name: Text(1, 200), tier: Tier.default('standard'), policy: PolicyInput })
  .meta({ id: 'CreateTenant', example: { name: TENANT_NAME, tier: 'standard', policy: POLICY_INPUT_EXAMPLE } }))();
export const CreatedTenant = /* @__PURE__ */ (() => Tenant.extend({ apiKey: NewApiKey }).meta({ id: 'CreatedTenant', example: { ...TENANT_EXAMPLE, apiKey: NEW_TENANT_KEY } }))();

const MandateList = /* @__PURE__ */ (() => z
  .array(TenantId)
  .max(90)
  .refine((ids) => new Set(ids).size === ids.length, 'each tenant once'))();

export const Broker = /* @__PURE__ */ (() => z
  .object({ brokerId: Id('broker', 'Broker id (brk_…)'), name: z.string(), tenantIds: z.array(TenantId), createdAt: Timestamp })
  .meta({ id: 'Broker', example: BROKER_EXAMPLE }))();
export type Broker = z.output<typeof Broker>;
export const CreateBrokerBody = /* @__PURE__ */ (() => z.strictObject({ name: Text(1, 200), tenantIds: MandateList }).meta({ id: 'CreateBroker', example: { name: BROKER_NAME, tenantIds: [EXAMPLE_IDS.tenant] } }))();
export const CreatedBroker = /* @__PURE__ */ (() => Broker.extend({ apiKey: NewApiKey }).meta({ id: 'CreatedBroker', example: { ...BROKER_EXAMPLE, apiKey: BROKER_KEY_EXAMPLE } }))();
export const MandatesBody = /* @__PURE__ */ (() => z.strictObject({ tenantIds: MandateList }).meta({ id: 'Mandates', example: MANDATES_EXAMPLE }))();

export const TenantPage = /* @__PURE__ */ (() => Page(Tenant, 'TenantPage'))();
export const ApiKeyPage = /* @__PURE__ */ (() => Page(ApiKey, 'ApiKeyPage'))();
export const PolicyPage = /* @__PURE__ */ (() => Page(Policy, 'PolicyPage'))();
export const TenantIdParams = /* @__PURE__ */ (() => z.strictObject({ tenantId: TenantId }))();
export const BrokerIdParams = /* @__PURE__ */ (() => z.strictObject({ brokerId: Id('broker', 'Broker id (brk_…)') }))();
export const KeyIdParams = /* @__PURE__ */ (() => z.strictObject({ keyId: Id('apiKey', 'API key id (key_…)') }))();
