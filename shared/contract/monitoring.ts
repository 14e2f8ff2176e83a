import * as z from 'zod';
import { RISK_EVENT_TYPES, SEVERITIES } from '#domain/monitoring';
import { BuyerId, BuyerStatus, Grade, Sector } from './buyers.ts';
import { CountryCode, Id, IsoDate, Page, PageQuery, PlausibleDate, Timestamp } from './common.ts';

export const RiskEventInput = /* @__PURE__ */ (() => z
  .strictObject({
    buyerId: BuyerId,
    type: z.enum(RISK_EVENT_TYPES),
    occurredOn: PlausibleDate('When it happened (an insolvency: the date of the judgment, from which it cancels the limits, even recorded later); not after today'),
    severity: z.enum(SEVERITIES).optional().meta({ description: 'Payment incidents and financial statements: how bad (default medium)' }),
    urgent: z.boolean().optional().meta({ description: 'Cuts take effect at once instead of 30 days after the notice (a buyer insolvent, closed or graded 10 loses its limits at once anyway)' }),
    newGrade: Grade.optional().meta({ description: 'Required for rating_change; optional for financials' }),
    details: z.string().min(1).max(2000).optional(),
  })
  .refine((event) => event.type !== 'rating_change' || event.newGrade !== undefined, { message: 'a rating change names newGrade', path: ['newGrade'] })
  .meta({ id: 'RiskEventInput' }))();
export type RiskEventInput = z.output<typeof RiskEventInput>;

export const RiskEventsBody = /* @__PURE__ */ (() => z
  .union([RiskEventInput, z.strictObject({ events: z.array(RiskEventInput).min(1).max(500) })])
  .meta({ id: 'RiskEvents', description: 'One risk event, or up to 500 in {events: […]}, applied in order' }))();
export type RiskEventsBody = z.output<typeof RiskEventsBody>;

const GradeAndStatus = /* @__PURE__ */ (() => z.object({ grade: Grade, status: BuyerStatus }))();
export const RecordedRiskEvent = /* @__PURE__ */ (() => z
  .object({
    riskEventId: z.string(),
    buyerId: BuyerId,
    type: z.enum(RISK_EVENT_TYPES),
    occurredOn: IsoDate,
    from: GradeAndStatus,
    to: GradeAndStatus,
    reasons: z.array(z.object({ code: z.string(), message: z.string() })),
    recordedAt: Timestamp,
  })
  .meta({ id: 'RecordedRiskEvent' }))();
export type RecordedRiskEvent = z.output<typeof RecordedRiskEvent>;
export const RecordedRiskEvents = /* @__PURE__ */ (() => z.object({ items: z.array(RecordedRiskEvent) }).meta({ id: 'RecordedRiskEvents' }))();

export const WatchParams = /* @__PURE__ */ (() => z.strictObject({ buyerId: BuyerId }))();
export const Watch = /* @__PURE__ */ (() => z
  .object({
    buyerId: BuyerId,
    since: Timestamp,
    updatedAt: Timestamp.meta({ description: 'The same as since: a watch never changes (stopping it deletes it); what updatedSince sorts by' }),
  })
  .meta({ id: 'Watch' }))();
export const WatchPage = /* @__PURE__ */ (() => Page(Watch, 'WatchPage'))();

export const SectorAlertId = /* @__PURE__ */ (() => Id('sectorAlert', 'Sector alert id (sal_…)'))();
export const SectorAlertParams = /* @__PURE__ */ (() => z.strictObject({ alertId: SectorAlertId }))();
export const SectorAlertQuery = /* @__PURE__ */ (() => PageQuery.extend({ status: z.enum(['open', 'closed']).optional().meta({ description: 'Only open or only closed alerts' }) }))();
export type SectorAlertQuery = z.output<typeof SectorAlertQuery>;
export const RaiseSectorAlertBody = /* @__PURE__ */ (() => z
  .strictObject({ sector: Sector, country: CountryCode, reason: z.string().min(1).max(2000).optional() })
  .meta({ id: 'RaiseSectorAlert' }))();
export type RaiseSectorAlertBody = z.output<typeof RaiseSectorAlertBody>;

const KeepPercents = /* @__PURE__ */ (() => z
  .record(z.string().regex(/^([1-9]|10)$/, 'a grade 1–10'), z.int().min(0).max(100))
  .meta({ description: 'Grade → percent of the limit kept (grades not listed keep their limits)' }))();
// What the rules' domain checks demand (shared/domain/monitoring.ts, sector-alerts.ts), said
// here so that a PUT outside them is a 400 naming the field, not a RangeError.
const DowngradeKeepPercents = /* @__PURE__ */ (() => z
  .record(z.string().regex(/^[1-9]$/, 'a grade 1–9 (a regrade to 10 always cancels)'), z.int().min(0).max(100))
  .meta({ description: 'Grade 1–9 → percent of the limit kept on a regrade to it (a regrade to 10 always cancels)' }))();
const SectorKeepPercents = /* @__PURE__ */ (() => KeepPercents.refine((keep) => Object.keys(keep).length > 0, 'name at least one grade: an alert must target some').meta({
  description: 'Grade → percent of the limit kept under an alert; at least one grade (the lowest is the alert’s minGrade)',
}))();
export const SectorAlert = /* @__PURE__ */ (() => z
  .object({
    alertId: SectorAlertId,
    sector: Sector,
    country: CountryCode,
    status: z.enum(['open', 'closed']),
    source: z.enum(['detector', 'manual']),
    reason: z.string().optional(),
    detection: z
      .object({ count: z.int(), baselinePerWindow: z.number(), ratio: z.number().nullable(), windowStart: IsoDate, windowEnd: IsoDate })
      .optional()
      .meta({ description: 'What the detector counted: insolvencies in the window, the baseline per window, their ratio' }),
    minGrade: Grade.meta({ description: 'Limits on buyers of this grade and worse are cut' }),
    keepPercentByGrade: KeepPercents,
    noticeDays: z.int().min(0),
    openedAt: Timestamp,
    openedBy: z.string(),
    closedAt: Timestamp.optional(),
    applied: z
      .object({ limitsChanged: z.int().min(0), tenantsNotified: z.int().min(0), at: Timestamp })
      .optional()
      .meta({ description: 'Once its cuts are applied: how many limits changed, how many tenants were told' }),
    progress: z
      .object({
        phase: z.enum(['cutting', 'notifying', 'done']),
        cutItems: z.int().min(0),
        cutDone: z.int().min(0),
        notifyItems: z.int().min(0),
        notifyDone: z.int().min(0),
        startedAt: Timestamp,
        finishedAt: Timestamp.optional(),
      })
      .optional()
      .meta({ description: 'The fan-out, as work items run by several workers: chunks of buyers to cut and of tenants to tell, planned and done' }),
  })
  .meta({ id: 'SectorAlert' }))();
export const SectorAlertPage = /* @__PURE__ */ (() => Page(SectorAlert, 'SectorAlertPage'))();

export const MonitoringRulesSchema = /* @__PURE__ */ (() => z
  .strictObject({
    downgrades: z.strictObject({ keepPercentByGrade: DowngradeKeepPercents, noticeDays: z.int().min(0).max(365) }),
    sectorAlerts: z.strictObject({
      windowDays: z.int().min(7).max(365),
      baselineMonths: z.int().min(1).max(60),
      minCount: z.int().min(1).max(1_000_000),
      minRatio: z
        .number()
        .min(1)
        .max(100)
        .refine((ratio) => Math.round(ratio * 10_000) / 10_000 === ratio, 'at most 4 decimals'),
      keepPercentByGrade: SectorKeepPercents,
      noticeDays: z.int().min(0).max(365),
    }),
  })
  .meta({ id: 'MonitoringRules' }))();
export type MonitoringRulesBody = z.output<typeof MonitoringRulesSchema>;
export const MonitoringRulesResponse = /* @__PURE__ */ (() => MonitoringRulesSchema.extend({ updatedAt: Timestamp.optional() }).meta({ id: 'MonitoringRulesResponse' }))();
