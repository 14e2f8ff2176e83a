/**
 * The webhook bodies, one schema per subscribable event type (EVENT_TYPES): what a tenant's or
 * a broker's endpoint receives, as shared/data/deliveries.ts writes it from the event —
 * Standard Webhooks' `{type, timestamp, data}` plus the tenant the event is about, `data`
 * repeating that `tenantId` beside the fields its emitter wrote (docs/events.md, the catalogue).
 *
 * They give the OpenAPI document its `webhooks` section (shared/http/openapi-webhooks.ts), each
 * with an example; the e2e receiver parses every real delivery with them, and an e2e story
 * compares the keys of real deliveries with the examples', so neither can drift from what is sent.
 * Objects are open (not strict): new fields may be added to `data`, receivers ignore them.
 */
import * as z from 'zod';
import type { EventType } from '#events/types';
import { DECISIONS } from '#domain/limits';
import { RISK_EVENT_TYPES } from '#domain/monitoring';
import { RISK_TYPES } from '#domain/claims';
import { BuyerId, BuyerStatus, Grade, Sector } from './buyers.ts';
import { CLAIM_INDEMNIFIED_EXAMPLE, ClaimId, Indemnity } from './claims.ts';
import { Amount, Id, IsoDate, Timestamp } from './common.ts';
import { CountryEventId, CountryEventType } from './country-events.ts';
import { ExtensionId } from './extensions.ts';
import { ConditionSchema, ReasonSchema } from './limits.ts';
import { SectorAlertId } from './monitoring.ts';
import { InvoiceId } from './orders.ts';
import { WebhookId } from './webhooks.ts';

const TenantId = /* @__PURE__ */ (() => Id('tenant', 'The tenant the event is about (ten_…)'))();
const BrokerId = /* @__PURE__ */ (() => Id('broker', 'Broker id (brk_…)'))();
const LimitRequestId = /* @__PURE__ */ (() => Id('limitRequest', 'Limit request id (lrq_…)'))();
const ReferralId = /* @__PURE__ */ (() => Id('referral', 'Referral id (ref_…)'))();
const RiskEventId = /* @__PURE__ */ (() => Id('riskEvent', 'Risk event id (rev_…)'))();
// Response-side, like the contract's other answers: the code is the policy's, not checked against ICU here.
const CurrencyCode = /* @__PURE__ */ (() => z.string().regex(/^[A-Z]{3}$/).meta({ description: 'ISO 4217 code of the currency the amounts beside it are in', example: 'EUR' }))();
const CountryCode = /* @__PURE__ */ (() => z.string().regex(/^[A-Z]{2}$/).meta({ description: 'ISO 3166-1 alpha-2 country code', example: 'BR' }))();
const Reasons = /* @__PURE__ */ (() => z.array(ReasonSchema))();

/** A limit as events carry it: the permanent amount and a temporary tranche, if any. */
const LimitAmounts = /* @__PURE__ */ (() => z
  .object({
    amount: Amount.meta({ description: 'The permanent limit, in minor units of the currency' }),
    temporary: z.object({ amount: Amount, expiresOn: IsoDate }).optional().meta({ description: 'A temporary tranche on top, until its last day' }),
  })
  .meta({ id: 'EventLimitAmounts', description: 'A limit: the permanent amount, and a temporary tranche when there is one' }))();
const OwnerRef = /* @__PURE__ */ (() => z
  .union([z.object({ tenantId: TenantId }), z.object({ brokerId: BrokerId })])
  .meta({ id: 'WebhookOwner', description: 'Who owns the endpoint: a tenant or a broker' }))();

const timestampField = /* @__PURE__ */ (() => Timestamp.meta({ description: 'When the event happened (its state change was committed), ISO 8601 UTC; webhook-timestamp is the attempt’s' }))();
const tenantField = /* @__PURE__ */ (() => TenantId.meta({ description: 'The tenant the event is about; data.tenantId repeats it' }))();

/** A tenant's event: `tenantId` at the top and in `data`. */
function tenantEvent<const T extends EventType, S extends z.core.$ZodLooseShape>(type: T, data: S) {
  return z.object({
    type: z.literal(type),
    timestamp: timestampField,
    tenantId: tenantField,
    data: z.object({ tenantId: tenantField, ...data }),
  });
}

/** A webhook owner's own notice: no `tenantId` when the owner is a broker. */
function ownerEvent<const T extends EventType, S extends z.core.$ZodLooseShape>(type: T, data: S) {
  const tenantId = TenantId.optional().meta({ description: 'The owner, when it is a tenant; absent for a broker’s endpoint' });
  return z.object({ type: z.literal(type), timestamp: timestampField, tenantId, data: z.object({ tenantId, ...data }) });
}

const TENANT = 'ten_01JDQ7W3M6Y8B9C2D3E4F5G6H7';
const BUYER = 'byr_01JBZK4N5P6Q7R8S9T0V1W2X3Y';
const CLAIM = 'clm_01JDQBD1E2F3G4H5J6K7M8N9P0';
const INVOICE = 'inv_01JD00A1B2C3D4E5F6G7H8J9K0';
const WEBHOOK = 'wh_01JDQCE1F2G3H4J5K6M7N8P9Q0';

export const LimitDecidedEvent = /* @__PURE__ */ (() => tenantEvent('limit.decided', {
  requestId: LimitRequestId.optional().meta({ description: 'The limit request; absent when a temporary tranche expired' }),
  referralId: ReferralId.optional().meta({ description: 'Present when an underwriter decided a referral' }),
  buyerId: BuyerId,
  decision: z.enum(DECISIONS).exclude(['referred']),
  code: z.string().meta({ description: 'UN/EDIFACT 4507 code of the decision' }),
  currency: CurrencyCode,
  from: LimitAmounts.meta({ description: 'The limit in force before' }),
  to: LimitAmounts.meta({ description: 'The whole limit after the decision' }),
  reasons: Reasons,
  conditions: z.array(ConditionSchema),
  source: z.enum(['automatic', 'discretionary', 'underwriter', 'system']).meta({ description: 'Who decided: system for a tranche’s expiry' }),
}).meta({
  id: 'LimitDecidedEvent',
  description: 'A limit on a buyer was decided: at once (every decision but referred), by an underwriter on a referral, or by the expiry of a temporary tranche.',
  example: {
    type: 'limit.decided',
    timestamp: '2026-11-26T14:03:00.000Z',
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      requestId: 'lrq_01JDQ7X0A1B2C3D4E5F6G7H8J9',
      buyerId: BUYER,
      decision: 'conditional',
      code: '4',
      currency: 'EUR',
      from: { amount: 0 },
      to: { amount: 5000000 },
      reasons: [{ code: 'sensitive_grade', message: 'Buyer byr_01JBZK4N5P6Q7R8S9T0V1W2X3Y is grade 7, so the cover is granted on conditions.' }],
      conditions: [{ code: 'max_payment_terms', message: 'Deliveries to buyer byr_01JBZK4N5P6Q7R8S9T0V1W2X3Y are covered only on payment terms of at most 60 days.', maxPaymentTermsDays: 60 }],
      source: 'automatic',
    },
  },
}))();

export const LimitDowngradedEvent = /* @__PURE__ */ (() => tenantEvent('limit.downgraded', {
  buyerId: BuyerId,
  cause: z.string().meta({ description: 'The risk event (rev_…) or the sector alert (sal_…) that caused it' }),
  kind: z.enum(['reduced', 'cancelled']),
  currency: CurrencyCode,
  from: LimitAmounts.meta({ description: 'The limit before' }),
  to: LimitAmounts.meta({ description: 'The limit once the cut applies' }),
  effectiveOn: IsoDate.meta({ description: 'The first delivery day the cut applies to' }),
  immediate: z.boolean().meta({ description: 'True when it applies at once; otherwise the limit shows pendingReduction until effectiveOn' }),
  reasons: Reasons,
}).meta({
  id: 'LimitDowngradedEvent',
  description: 'Monitoring cut or cancelled a limit, after a risk event regraded the buyer or under a sector alert; once per limit and cause.',
  example: {
    type: 'limit.downgraded',
    timestamp: '2026-11-26T08:15:02.000Z',
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      buyerId: BUYER,
      cause: 'rev_01JDQ9B1C2D3E4F5G6H7J8K9M0',
      kind: 'reduced',
      currency: 'EUR',
      from: { amount: 10000000 },
      to: { amount: 5000000 },
      effectiveOn: '2026-12-26',
      immediate: false,
      reasons: [
        { code: 'limit_reduced', message: 'Buyer byr_01JBZK4N5P6Q7R8S9T0V1W2X3Y is now grade 8, where 50 % of the limit is kept, so the limit of EUR 100,000.00 is reduced to EUR 50,000.00 for deliveries from 2026-12-26, 30 days after this notice.' },
        { code: 'payment_incident', message: 'A high-severity payment incident on buyer byr_01JBZK4N5P6Q7R8S9T0V1W2X3Y on 2026-11-25: it moves from grade 5 to grade 8.' },
      ],
    },
  },
}))();

const GradeAndStatus = /* @__PURE__ */ (() => z.object({ grade: Grade, status: BuyerStatus }))();
export const BuyerGradeChangedEvent = /* @__PURE__ */ (() => tenantEvent('buyer.grade_changed', {
  buyerId: BuyerId,
  riskEventId: RiskEventId,
  riskEventType: z.enum(RISK_EVENT_TYPES),
  occurredOn: IsoDate,
  from: GradeAndStatus.meta({ description: 'Before the risk event' }),
  to: GradeAndStatus.meta({ description: 'After it' }),
  reasons: Reasons,
  holdsLimit: z.boolean().meta({ description: 'This tenant holds a limit on the buyer' }),
  watching: z.boolean().meta({ description: 'This tenant watches the buyer' }),
}).meta({
  id: 'BuyerGradeChangedEvent',
  description: 'A risk event changed a buyer’s grade or status; once per risk event to each tenant holding a limit on the buyer or watching it.',
  example: {
    type: 'buyer.grade_changed',
    timestamp: '2026-11-26T08:15:02.000Z',
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      buyerId: BUYER,
      riskEventId: 'rev_01JDQ9B1C2D3E4F5G6H7J8K9M0',
      riskEventType: 'payment_incident',
      occurredOn: '2026-11-25',
      from: { grade: 5, status: 'active' },
      to: { grade: 8, status: 'active' },
      reasons: [{ code: 'payment_incident', message: 'A high-severity payment incident on buyer byr_01JBZK4N5P6Q7R8S9T0V1W2X3Y on 2026-11-25: it moves from grade 5 to grade 8.' }],
      holdsLimit: true,
      watching: false,
    },
  },
}))();

export const SectorAlertRaisedEvent = /* @__PURE__ */ (() => tenantEvent('sector.alert_raised', {
  alertId: SectorAlertId,
  sector: Sector,
  country: CountryCode,
  source: z.enum(['detector', 'manual']),
  minGrade: Grade.meta({ description: 'The best grade the alert targets' }),
  reason: z.string().nullable().meta({ description: 'The insurer’s reason, for a manual alert' }),
  detection: z
    .object({ count: z.int(), baselinePerWindow: z.number(), ratio: z.number().nullable(), windowStart: IsoDate, windowEnd: IsoDate })
    .nullable()
    .meta({ description: 'The figures that raised it, for a detected alert' }),
  limits: z
    .array(z.object({ buyerId: BuyerId, from: LimitAmounts, to: LimitAmounts, effectiveOn: IsoDate }))
    .meta({ description: 'This tenant’s limits the alert cut (possibly none); each also had its own limit.downgraded' }),
}).meta({
  id: 'SectorAlertRaisedEvent',
  description: 'A sector alert was opened on a (NACE division, country) pair; once per alert to each tenant holding a limit on a buyer of that pair, after its cuts.',
  example: {
    type: 'sector.alert_raised',
    timestamp: '2026-11-26T06:00:41.000Z',
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      alertId: 'sal_01JDQAC1D2E3F4G5H6J7K8M9N0',
      sector: 'C29',
      country: 'FR',
      source: 'detector',
      minGrade: 6,
      reason: null,
      detection: { count: 7, baselinePerWindow: 2.5, ratio: 2.8, windowStart: '2026-08-29', windowEnd: '2026-11-26' },
      limits: [{ buyerId: BUYER, from: { amount: 10000000 }, to: { amount: 6000000 }, effectiveOn: '2026-12-26' }],
    },
  },
}))();

export const ReferralCreatedEvent = /* @__PURE__ */ (() => tenantEvent('referral.created', {
  referralId: ReferralId,
  requestId: LimitRequestId,
  buyerId: BuyerId,
  type: z.enum(['new', 'increase', 'reduce', 'cancel']).meta({ description: 'The request’s type' }),
  amount: Amount.meta({ description: 'The permanent amount asked for' }),
  currency: CurrencyCode,
  reasons: Reasons.meta({ description: 'Why it was referred' }),
}).meta({
  id: 'ReferralCreatedEvent',
  description: 'A limit request was referred to an underwriter; the decision comes as limit.decided with the referralId.',
  example: {
    type: 'referral.created',
    timestamp: '2026-11-26T14:05:12.000Z',
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      referralId: 'ref_01JDQ8A2B3C4D5E6F7G8H9J0K1',
      requestId: 'lrq_01JDQ8A2B3C4D5E6F7G8H9J0K0',
      buyerId: BUYER,
      type: 'new',
      amount: 200000000,
      currency: 'EUR',
      reasons: [{ code: 'above_auto_ceiling', message: 'The EUR 2,000,000.00 requested is above the automatic decision ceiling of EUR 1,000,000.00 for grade 3, so an underwriter must decide.' }],
    },
  },
}))();

const overdueFields = /* @__PURE__ */ (() => ({
  claimId: ClaimId.meta({ description: 'The claim opened' }),
  buyerId: BuyerId,
  riskType: z.enum(RISK_TYPES).meta({ description: 'commercial, or political' }),
  invoiceIds: z.array(InvoiceId).meta({ description: 'The invoices notified' }),
  outstanding: Amount.meta({ description: 'What is unpaid on them' }),
  currency: CurrencyCode,
  notifiedOn: IsoDate,
  deadline: IsoDate.meta({ description: 'The notification deadline it met' }),
  waitingPeriodEndsOn: IsoDate.meta({ description: 'When the claim becomes indemnifiable without an insolvency' }),
}))();

export const OverdueNotifiedEvent = /* @__PURE__ */ (() => tenantEvent('overdue.notified', overdueFields).meta({
  id: 'OverdueNotifiedEvent',
  description: 'The tenant notified an overdue in time; sent with claim.opened.',
  example: {
    type: 'overdue.notified',
    timestamp: '2026-11-26T09:30:00.000Z',
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      claimId: CLAIM,
      buyerId: BUYER,
      riskType: 'commercial',
      invoiceIds: [INVOICE],
      outstanding: 2500000,
      currency: 'EUR',
      notifiedOn: '2026-11-26',
      deadline: '2026-12-30',
      waitingPeriodEndsOn: '2027-05-25',
    },
  },
}))();

export const ClaimOpenedEvent = /* @__PURE__ */ (() => tenantEvent('claim.opened', { ...overdueFields, status: z.literal('in_collection') }).meta({
  id: 'ClaimOpenedEvent',
  description: 'The claim opened by an overdue notification: the fields of overdue.notified, and its status.',
  example: {
    type: 'claim.opened',
    timestamp: '2026-11-26T09:30:00.000Z',
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      claimId: CLAIM,
      buyerId: BUYER,
      riskType: 'commercial',
      invoiceIds: [INVOICE],
      outstanding: 2500000,
      currency: 'EUR',
      notifiedOn: '2026-11-26',
      deadline: '2026-12-30',
      waitingPeriodEndsOn: '2027-05-25',
      status: 'in_collection',
    },
  },
}))();

export const ClaimInvoicesAddedEvent = /* @__PURE__ */ (() => tenantEvent('claim.invoices_added', {
  claimId: ClaimId,
  buyerId: BuyerId,
  invoiceIds: z.array(InvoiceId).meta({ description: 'The invoices added' }),
  outstanding: Amount.meta({ description: 'What is unpaid on all the claim’s invoices now, these included' }),
  currency: CurrencyCode,
}).meta({
  id: 'ClaimInvoicesAddedEvent',
  description: 'More invoices joined an open claim, before its indemnity.',
  example: {
    type: 'claim.invoices_added',
    timestamp: '2026-12-03T10:12:00.000Z',
    tenantId: TENANT,
    data: { tenantId: TENANT, claimId: CLAIM, buyerId: BUYER, invoiceIds: ['inv_01JD00A1B2C3D4E5F6G7H8J9K3'], outstanding: 12000000, currency: 'EUR' },
  },
}))();

export const ClaimDeadlineApproachingEvent = /* @__PURE__ */ (() => tenantEvent('claim.deadline_approaching', {
  buyerId: BuyerId,
  invoiceId: InvoiceId,
  number: z.string().meta({ description: 'The invoice number' }),
  dueDate: IsoDate,
  outstanding: Amount,
  currency: CurrencyCode,
  deadline: IsoDate.meta({ description: 'The last day to notify the overdue' }),
  daysLeft: z.union([z.literal(15), z.literal(5)]).meta({ description: 'The threshold reached' }),
  oldestUnpaidDueDate: IsoDate.meta({ description: 'The original due date of the buyer’s oldest unpaid invoice' }),
  mepEndsOn: IsoDate.meta({ description: 'The end of the maximum extension period; the deadline is it + notificationPeriodDays' }),
}).meta({
  id: 'ClaimDeadlineApproachingEvent',
  description: 'An unpaid, past-due invoice not yet notified nears its notification deadline: 15 and 5 days before it, once per invoice and threshold.',
  example: {
    type: 'claim.deadline_approaching',
    timestamp: '2026-12-15T05:00:03.000Z',
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      buyerId: BUYER,
      invoiceId: INVOICE,
      number: 'F-2026-0912',
      dueDate: '2026-10-31',
      outstanding: 2500000,
      currency: 'EUR',
      deadline: '2026-12-30',
      daysLeft: 15,
      oldestUnpaidDueDate: '2026-10-31',
      mepEndsOn: '2026-12-30',
    },
  },
}))();

export const ClaimIndemnifiedEvent = /* @__PURE__ */ (() => tenantEvent('claim.indemnified', {
  claimId: ClaimId,
  buyerId: BuyerId,
  currency: CurrencyCode,
  dateOfLoss: IsoDate.meta({ description: 'The insolvency’s date, or the end of the waiting period' }),
  lossCause: z.enum(['insolvency', 'protracted_default', 'political']),
  indemnity: Indemnity,
  collectionCostsShare: Amount.meta({ description: 'The insurer’s share of the collection costs recorded before the payment, paid with the indemnity' }),
  payment: Amount.meta({ description: 'What the insurer pays: indemnity.amount + collectionCostsShare' }),
}).meta({
  id: 'ClaimIndemnifiedEvent',
  description: 'The insurer paid a claim’s indemnity, valued again at payment.',
  // The story's claim paid (shared/contract/claims.ts): the same indemnity, and the payment the
  // relay sends, indemnity.amount + collectionCostsShare = EUR 135,000.00 + EUR 10,125.00.
  example: {
    type: 'claim.indemnified',
    timestamp: CLAIM_INDEMNIFIED_EXAMPLE.updatedAt,
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      claimId: CLAIM_INDEMNIFIED_EXAMPLE.claimId,
      buyerId: CLAIM_INDEMNIFIED_EXAMPLE.buyerId,
      currency: CLAIM_INDEMNIFIED_EXAMPLE.currency,
      dateOfLoss: CLAIM_INDEMNIFIED_EXAMPLE.dateOfLoss,
      lossCause: CLAIM_INDEMNIFIED_EXAMPLE.lossCause,
      indemnity: CLAIM_INDEMNIFIED_EXAMPLE.indemnity,
      collectionCostsShare: CLAIM_INDEMNIFIED_EXAMPLE.indemnity.collectionCostsShare,
      payment: CLAIM_INDEMNIFIED_EXAMPLE.indemnity.amount + CLAIM_INDEMNIFIED_EXAMPLE.indemnity.collectionCostsShare,
    },
  },
}))();

const recoveredBase = /* @__PURE__ */ (() => ({ claimId: ClaimId, buyerId: BuyerId, currency: CurrencyCode, receivedOn: IsoDate }))();
// Two stages, told apart by `stage`: its data is a union, so the envelope is written out here.
export const ClaimRecoveredEvent = /* @__PURE__ */ (() => z.object({
  type: z.literal('claim.recovered'),
  timestamp: timestampField,
  tenantId: tenantField,
  data: z.discriminatedUnion('stage', [
    z.object({
      tenantId: tenantField,
      ...recoveredBase,
      stage: z.literal('collection'),
      amount: Amount.meta({ description: 'The last collection, which cleared everything notified' }),
      status: z.literal('closed'),
    }),
    z.object({
      tenantId: tenantField,
      ...recoveredBase,
      stage: z.literal('after_indemnity'),
      amount: Amount.meta({ description: 'The recovery' }),
      insurerShare: Amount.meta({ description: 'Its increment of floor(Σ recoveries × indemnity / loss)' }),
      policyholderShare: Amount.meta({ description: 'The rest' }),
    }),
  ]),
}).meta({
  id: 'ClaimRecoveredEvent',
  description: 'Money came back on a claim: collections that cleared it before the date of loss (stage collection, the claim closed), or a recovery after the indemnity, shared (stage after_indemnity).',
  example: {
    type: 'claim.recovered',
    timestamp: '2027-09-15T16:20:00.000Z',
    tenantId: TENANT,
    data: { tenantId: TENANT, claimId: CLAIM, buyerId: BUYER, stage: 'after_indemnity', currency: 'EUR', amount: 2400000, receivedOn: '2027-09-15', insurerShare: 2160000, policyholderShare: 240000 },
  },
}))();

export const WebhookTestEvent = /* @__PURE__ */ (() => ownerEvent('webhook.test', {
  webhookId: WebhookId.meta({ description: 'The endpoint tested' }),
  owner: OwnerRef,
  message: z.string().meta({ description: 'A fixed sentence' }),
}).meta({
  id: 'WebhookTestEvent',
  description: 'A test event the endpoint’s owner asked for (POST /v1/webhooks/{webhookId}/test), to that endpoint only, whatever it subscribes to.',
  example: {
    type: 'webhook.test',
    timestamp: '2026-11-26T14:10:00.000Z',
    tenantId: TENANT,
    data: { tenantId: TENANT, webhookId: WEBHOOK, owner: { tenantId: TENANT }, message: 'A test event from Bouclier: your endpoint receives and verifies our webhooks.' },
  },
}))();

export const WebhookEndpointDisabledEvent = /* @__PURE__ */ (() => ownerEvent('webhook.endpoint_disabled', {
  webhookId: WebhookId.meta({ description: 'The endpoint disabled' }),
  url: z.string().meta({ description: 'Its URL' }),
  owner: OwnerRef,
  reason: z.string().meta({ description: 'the endpoint answered 410 Gone on …, or every delivery failed from … to …' }),
  failingSince: Timestamp.meta({ description: 'The first failure of the run' }),
  disabledAt: Timestamp,
}).meta({
  id: 'WebhookEndpointDisabledEvent',
  description: 'One of the owner’s endpoints was disabled (410 Gone, or five days of failures); to the owner’s other endpoints subscribed to it.',
  example: {
    type: 'webhook.endpoint_disabled',
    timestamp: '2026-11-26T08:00:05.000Z',
    data: {
      webhookId: WEBHOOK,
      url: 'https://erp.example.com/hooks/bouclier',
      owner: { brokerId: 'brk_01JDQ0F1G2H3J4K5M6N7P8Q9R0' },
      reason: 'every delivery failed from 2026-11-21T08:00:00.000Z to 2026-11-26T08:00:05.000Z',
      failingSince: '2026-11-21T08:00:00.000Z',
      disabledAt: '2026-11-26T08:00:05.000Z',
    },
  },
}))();

const extensionFields = /* @__PURE__ */ (() => ({
  extensionId: ExtensionId,
  buyerId: BuyerId,
  invoiceId: InvoiceId,
  originalDueDate: IsoDate.meta({ description: 'The invoice’s due date as declared' }),
  previousDueDate: IsoDate.meta({ description: 'The due date in force before' }),
  newDueDate: IsoDate,
  mepEndsOn: IsoDate.meta({ description: 'The end of the maximum extension period on the buyer when asked' }),
}))();

export const ExtensionRequestedEvent = /* @__PURE__ */ (() => tenantEvent('extension.requested', {
  ...extensionFields,
  status: z.enum(['approved', 'referred']).meta({ description: 'approved at once up to mepEndsOn (the policyholder’s to grant), else referred to the insurer' }),
  decidedBy: z.literal('policyholder').optional().meta({ description: 'Only when approved' }),
}).meta({
  id: 'ExtensionRequestedEvent',
  description: 'The tenant asked to move an invoice’s due date: approved at once, or referred to the insurer.',
  example: {
    type: 'extension.requested',
    timestamp: '2026-11-20T10:00:00.000Z',
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      extensionId: 'ext_01JDQBE1F2G3H4J5K6M7N8P9Q0',
      buyerId: BUYER,
      invoiceId: INVOICE,
      originalDueDate: '2026-10-31',
      previousDueDate: '2026-10-31',
      newDueDate: '2027-01-15',
      mepEndsOn: '2026-12-30',
      status: 'referred',
    },
  },
}))();

export const ExtensionDecidedEvent = /* @__PURE__ */ (() => tenantEvent('extension.decided', {
  ...extensionFields,
  status: z.enum(['approved', 'refused']),
  decidedBy: z.literal('insurer'),
  note: z.string().optional().meta({ description: 'The insurer’s note, when it gave one' }),
}).meta({
  id: 'ExtensionDecidedEvent',
  description: 'The insurer decided a referred extension: approved makes the new due date the buyer’s mepEndsOn while the invoice is its oldest unpaid one; refused changes nothing.',
  example: {
    type: 'extension.decided',
    timestamp: '2026-11-21T15:45:00.000Z',
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      extensionId: 'ext_01JDQBE1F2G3H4J5K6M7N8P9Q0',
      buyerId: BUYER,
      invoiceId: INVOICE,
      originalDueDate: '2026-10-31',
      previousDueDate: '2026-10-31',
      newDueDate: '2027-01-15',
      mepEndsOn: '2026-12-30',
      status: 'approved',
      decidedBy: 'insurer',
      note: 'Payment plan agreed with the buyer',
    },
  },
}))();

export const ClaimCostsPaidEvent = /* @__PURE__ */ (() => tenantEvent('claim.costs_paid', {
  claimId: ClaimId,
  buyerId: BuyerId,
  currency: CurrencyCode,
  amount: Amount.meta({ description: 'The cost, excluding VAT' }),
  incurredOn: IsoDate,
  description: z.string(),
  recordedAt: Timestamp,
  insurerShare: Amount.meta({ description: 'Its increment of floor(Σ costs × indemnity / loss)' }),
  policyholderShare: Amount.meta({ description: 'The rest' }),
  paidOn: IsoDate.meta({ description: 'The day the insurer paid it' }),
}).meta({
  id: 'ClaimCostsPaidEvent',
  description: 'A collection cost recorded on a claim after its indemnity: the insurer pays its share at once.',
  example: {
    type: 'claim.costs_paid',
    timestamp: '2027-10-03T09:12:44.000Z',
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      claimId: CLAIM,
      buyerId: BUYER,
      currency: 'EUR',
      amount: 1200000,
      incurredOn: '2027-10-02',
      description: 'Collection agency fee',
      recordedAt: '2027-10-03T09:12:44.000Z',
      insurerShare: 1080000,
      policyholderShare: 120000,
      paidOn: '2027-10-03',
    },
  },
}))();

const ConcernedBuyers = /* @__PURE__ */ (() => z
  .array(z.object({ buyerId: BuyerId, legalName: z.string() }))
  .meta({ description: 'This tenant’s buyers in the country (those it holds a limit on), by id' }))();

export const CountryEventOpenedEvent = /* @__PURE__ */ (() => tenantEvent('country.event_opened', {
  cause: z.enum(['country_event', 'category_raised']),
  country: CountryCode,
  eventId: CountryEventId.nullable().meta({ description: 'The country event (cev_…); null for a category raise' }),
  type: CountryEventType.nullable().meta({ description: 'The event’s type; null for a category raise' }),
  occurredOn: IsoDate.meta({ description: 'The first day the event is open; for a raise, the day it was set' }),
  description: z.string().nullable().meta({ description: 'The insurer’s description of the event' }),
  category: z.object({ from: z.int().min(0).max(7), to: z.int().min(0).max(7) }).nullable().meta({ description: 'A category raise: the OECD category before and after' }),
  buyers: ConcernedBuyers,
}).meta({
  id: 'CountryEventOpenedEvent',
  description: 'A country event was opened, or the country’s OECD category raised by 2 or more (or to 7); once per event to each tenant holding a limit on a buyer of that country.',
  example: {
    type: 'country.event_opened',
    timestamp: '2026-02-10T12:00:04.000Z',
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      cause: 'country_event',
      country: 'BR',
      eventId: 'cev_01JDQAC1D2E3F4G5H6J7K8M9N0',
      type: 'transfer_restriction',
      occurredOn: '2026-02-10',
      description: 'Central bank suspends transfers abroad',
      category: null,
      buyers: [{ buyerId: BUYER, legalName: 'Importadora Paulista Ltda' }],
    },
  },
}))();

export const CountryEventClosedEvent = /* @__PURE__ */ (() => tenantEvent('country.event_closed', {
  country: CountryCode,
  eventId: CountryEventId,
  type: CountryEventType,
  occurredOn: IsoDate,
  closedOn: IsoDate.nullable().meta({ description: 'The first day it is no longer open' }),
  buyers: ConcernedBuyers,
}).meta({
  id: 'CountryEventClosedEvent',
  description: 'The insurer closed a country event; once per event to the tenants holding a limit there when it closed.',
  example: {
    type: 'country.event_closed',
    timestamp: '2026-09-01T07:30:00.000Z',
    tenantId: TENANT,
    data: {
      tenantId: TENANT,
      country: 'BR',
      eventId: 'cev_01JDQAC1D2E3F4G5H6J7K8M9N0',
      type: 'transfer_restriction',
      occurredOn: '2026-02-10',
      closedOn: '2026-09-01',
      buyers: [{ buyerId: BUYER, legalName: 'Importadora Paulista Ltda' }],
    },
  },
}))();

/** Each subscribable type's webhook body: the document's `webhooks` section and the receivers' check. */
export const WEBHOOK_EVENTS = /* @__PURE__ */ (() => ({
  'limit.decided': LimitDecidedEvent,
  'limit.downgraded': LimitDowngradedEvent,
  'buyer.grade_changed': BuyerGradeChangedEvent,
  'sector.alert_raised': SectorAlertRaisedEvent,
  'referral.created': ReferralCreatedEvent,
  'overdue.notified': OverdueNotifiedEvent,
  'claim.opened': ClaimOpenedEvent,
  'claim.invoices_added': ClaimInvoicesAddedEvent,
  'claim.deadline_approaching': ClaimDeadlineApproachingEvent,
  'claim.indemnified': ClaimIndemnifiedEvent,
  'claim.recovered': ClaimRecoveredEvent,
  'webhook.test': WebhookTestEvent,
  'webhook.endpoint_disabled': WebhookEndpointDisabledEvent,
  'extension.requested': ExtensionRequestedEvent,
  'extension.decided': ExtensionDecidedEvent,
  'claim.costs_paid': ClaimCostsPaidEvent,
  'country.event_opened': CountryEventOpenedEvent,
  'country.event_closed': CountryEventClosedEvent,
}) satisfies Record<EventType, z.ZodType>)();
export type WebhookEventBody = z.output<(typeof WEBHOOK_EVENTS)[EventType]>;
