import * as z from 'zod';
import { DEFAULT_DOWNGRADE_RULES, RISK_EVENT_TYPES, SEVERITIES } from '#domain/monitoring';
import { DEFAULT_SECTOR_ALERT_RULES } from '#domain/sector-alerts';
import { BuyerId, BuyerStatus, Grade, Sector } from './buyers.ts';
import { CountryCode, Id, IsoDate, Page, PageQuery, PlausibleDate, Timestamp } from './common.ts';
import { EXAMPLE_INSURER_KEY_ID } from './country-events.ts';
import { EXAMPLE_IDS, EXAMPLE_STORY } from './examples.ts';

/*
 * The examples' risk event: a low-severity payment incident on the story's buyer (grade 4), which
 * moves it to grade 5 (a low incident worsens the grade by 1); grade 5 keeps its limits.
 */
const RISK_EVENT_EXAMPLE = /* @__PURE__ */ (() => ({
  buyerId: EXAMPLE_IDS.buyer,
  type: 'payment_incident',
  occurredOn: '2026-11-25',
  severity: 'low',
  details: 'Invoice 2026-0871 of EUR 42,300.00 paid 38 days after its due date.',
}))();

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
  .meta({ id: 'RiskEventInput', example: RISK_EVENT_EXAMPLE }))();
export type RiskEventInput = z.output<typeof RiskEventInput>;

export const RiskEventsBody = /* @__PURE__ */ (() => z
  .union([RiskEventInput, z.strictObject({ events: z.array(RiskEventInput).min(1).max(500) })])
  .meta({ id: 'RiskEvents', description: 'One risk event, or up to 500 in {events: […]}, applied in order', example: RISK_EVENT_EXAMPLE }))();
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
export const RecordedRiskEvents = /* @__PURE__ */ (() => z.object({ items: z.array(RecordedRiskEvent) }).meta({
  id: 'RecordedRiskEvents',
  example: {
    items: [
      {
        riskEventId: EXAMPLE_IDS.riskEvent,
        buyerId: EXAMPLE_IDS.buyer,
        type: 'payment_incident',
        occurredOn: '2026-11-25',
        from: { grade: 4, status: 'active' },
        to: { grade: 5, status: 'active' },
        reasons: [
          { code: 'payment_incident', message: `A low-severity payment incident on buyer ${EXAMPLE_IDS.buyer} on 2026-11-25: it moves from grade 4 to grade 5.` },
        ],
        recordedAt: '2026-11-26T16:02:51.306Z',
      },
    ],
  },
}))();

export const WatchParams = /* @__PURE__ */ (() => z.strictObject({ buyerId: BuyerId }))();
export const Watch = /* @__PURE__ */ (() => z
  .object({
    buyerId: BuyerId,
    since: Timestamp,
    updatedAt: Timestamp.meta({ description: 'The same as since: a watch never changes (stopping it deletes it); what updatedSince sorts by' }),
  })
  .meta({ id: 'Watch', example: { buyerId: EXAMPLE_IDS.buyer, since: '2026-11-26T09:20:41.733Z', updatedAt: '2026-11-26T09:20:41.733Z' } }))();
export const WatchPage = /* @__PURE__ */ (() => Page(Watch, 'WatchPage'))();

/*
 * The examples' sector alerts. The detector's, on the story's pair (C29 in France): 6 insolvencies
 * in 90 days against 2 in the 12 months before, under the default rules (grades 6–9 cut, 30 days'
 * notice); the story's grade-4 buyer is not targeted. And one an insurer raised by hand elsewhere.
 */
const ALERT_TARGETS = /* @__PURE__ */ (() => ({ minGrade: 6, keepPercentByGrade: DEFAULT_SECTOR_ALERT_RULES.keepPercentByGrade, noticeDays: DEFAULT_SECTOR_ALERT_RULES.noticeDays }))();
const SECTOR_ALERT_EXAMPLE = /* @__PURE__ */ (() => ({
  alertId: EXAMPLE_IDS.sectorAlert,
  sector: EXAMPLE_STORY.sector,
  country: EXAMPLE_STORY.country,
  status: 'open',
  source: 'detector',
  reason:
    '6 insolvencies in C29 in FR over the 90 days from 2026-08-27 to 2026-11-24, against 2 in the 12 months before (0.49 per 90 days): 12.17 times the usual pace, at least 2 with at least 5 insolvencies, so an alert is raised.',
  detection: { count: 6, baselinePerWindow: 0.49, ratio: 12.17, windowStart: '2026-08-27', windowEnd: '2026-11-24' },
  ...ALERT_TARGETS,
  openedAt: '2026-11-24T02:00:14.892Z',
  openedBy: 'system:sector-alerts',
  applied: { limitsChanged: 3, tenantsNotified: 2, at: '2026-11-24T02:01:03.517Z' },
  progress: { phase: 'done', cutItems: 1, cutDone: 1, notifyItems: 1, notifyDone: 1, startedAt: '2026-11-24T02:00:15.230Z', finishedAt: '2026-11-24T02:01:03.517Z' },
}))();

/** The same alert closed (POST …/close, 200): its cuts stay. */
export const CLOSED_SECTOR_ALERT_EXAMPLE = /* @__PURE__ */ (() => ({ ...SECTOR_ALERT_EXAMPLE, status: 'closed', closedAt: '2026-11-26T17:45:30.004Z' }))();

/** An alert raised by hand (POST /v1/sector-alerts, 201): open, its cuts not yet applied. */
export const RAISED_ALERT_EXAMPLE = /* @__PURE__ */ (() => ({
  alertId: 'sal_01M8BK5VQ2N7XRGT4D9HEW3ZCA',
  sector: 'F41',
  country: 'ES',
  status: 'open',
  source: 'manual',
  reason: 'Three of the largest residential builders in Spain filed for insolvency this month; payment delays are spreading to their subcontractors.',
  ...ALERT_TARGETS,
  openedAt: '2026-11-26T10:48:12.661Z',
  openedBy: EXAMPLE_INSURER_KEY_ID,
}))();

export const SectorAlertId = /* @__PURE__ */ (() => Id('sectorAlert', 'Sector alert id (sal_…)'))();
export const SectorAlertParams = /* @__PURE__ */ (() => z.strictObject({ alertId: SectorAlertId }))();
export const SectorAlertQuery = /* @__PURE__ */ (() => PageQuery.extend({ status: z.enum(['open', 'closed']).optional().meta({ description: 'Only open or only closed alerts' }) }))();
export type SectorAlertQuery = z.output<typeof SectorAlertQuery>;
export const RaiseSectorAlertBody = /* @__PURE__ */ (() => z
  .strictObject({ sector: Sector, country: CountryCode, reason: z.string().min(1).max(2000).optional() })
  .meta({ id: 'RaiseSectorAlert', example: { sector: RAISED_ALERT_EXAMPLE.sector, country: RAISED_ALERT_EXAMPLE.country, reason: RAISED_ALERT_EXAMPLE.reason } }))();
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
  .meta({ id: 'SectorAlert', example: SECTOR_ALERT_EXAMPLE }))();
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
  .meta({ id: 'MonitoringRules', example: { downgrades: DEFAULT_DOWNGRADE_RULES, sectorAlerts: DEFAULT_SECTOR_ALERT_RULES } }))();
export type MonitoringRulesBody = z.output<typeof MonitoringRulesSchema>;
export const MonitoringRulesResponse = /* @__PURE__ */ (() => MonitoringRulesSchema.extend({ updatedAt: Timestamp.optional() }).meta({
  id: 'MonitoringRulesResponse',
  example: { downgrades: DEFAULT_DOWNGRADE_RULES, sectorAlerts: DEFAULT_SECTOR_ALERT_RULES, updatedAt: '2026-11-02T10:47:55.208Z' },
}))();
