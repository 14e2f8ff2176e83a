/** Monitoring: risk events and regrades, watchlists, sector alerts, the downgrades they cause and the daily jobs. */
import { SyncPageQuery } from '../contract/common.ts';
import { CLOSED_SECTOR_ALERT_EXAMPLE, MonitoringRulesResponse, RAISED_ALERT_EXAMPLE, MonitoringRulesSchema, RaiseSectorAlertBody, RecordedRiskEvents, RiskEventsBody, SectorAlert, SectorAlertPage, SectorAlertParams, SectorAlertQuery, Watch, WatchPage, WatchParams } from '../contract/monitoring.ts';
import { CLOSED_COUNTRY_EVENT_EXAMPLE, CloseCountryEventBody, CountryEvent, CountryEventPage, CountryEventParams, CountryEventQuery, CreateCountryEventBody } from '../contract/country-events.ts';
import type { FunctionSpec, RouteSpec } from './types.ts';

export const monitoringFunctions = {
  monitoring: {
    entry: 'functions/monitoring/handler.ts',
    handler: 'handler',
    description: 'Risk events and regrades, watchlists, sector alerts and the monitoring rules',
    memoryMb: 1024,
    timeoutSeconds: 29,
    permissions: {
      secrets: ['cursor'],
      table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
    },
  },
  downgrades: {
    entry: 'functions/monitoring/downgrades.ts',
    handler: 'handler',
    description: 'After a regrade, a sector alert or a country risk change: cut the limits the rules say, tell holders and watchers once',
    memoryMb: 1024,
    timeoutSeconds: 900,
    permissions: {
      table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
      // A sector alert is planned here and cut by the workers.
      queues: { 'sector-alert-work': ['sqs:SendMessage'] },
    },
  },
  sectorAlertWorker: {
    entry: 'functions/monitoring/sector-alert-worker.ts',
    handler: 'handler',
    description: 'A sector alert’s work items: a chunk of buyers whose targeted limits are cut, or of tenants told once',
    memoryMb: 1024,
    timeoutSeconds: 120,
    permissions: {
      table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
      // The last cut chunk plans the notices.
      queues: { 'sector-alert-work': ['sqs:SendMessage'] },
    },
  },
  sectorDetector: {
    entry: 'functions/monitoring/detector.ts',
    handler: 'handler',
    description: 'Daily: insolvencies per (sector, country) against their baseline; opens sector alerts',
    memoryMb: 512,
    timeoutSeconds: 300,
    permissions: {
      table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:ConditionCheckItem', 'dynamodb:UpdateItem'],
      // Plans the day's run as work items (shared/data/jobs.ts); the job workers do them.
      queues: { 'job-work': ['sqs:SendMessage'] },
    },
  },
  reductions: {
    entry: 'functions/monitoring/reductions.ts',
    handler: 'handler',
    description: 'Daily: reductions notified ahead take effect; their capacity goes back to the buyer',
    memoryMb: 512,
    timeoutSeconds: 300,
    permissions: {
      table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'],
      // Plans the day's run as work items (shared/data/jobs.ts); the job workers do them.
      queues: { 'job-work': ['sqs:SendMessage'] },
    },
  },
} as const satisfies Record<string, FunctionSpec>;

export const monitoringRoutes = [
  {
    operationId: 'recordRiskEvents',
    method: 'POST',
    path: '/v1/risk-events',
    function: 'monitoring',
    access: ['insurer'],
    summary: 'Record risk events on buyers (one, or up to 500 in order): each regrades its buyer; the limit rules follow',
    description:
      '`newGrade` is required for rating_change. Every buyerId must exist and no `occurredOn` may be after today: otherwise 400 naming each event, and nothing is stored. An insolvency cancels every limit on the buyer from its `occurredOn` (the history entry: `effectiveOn`); a closure or a regrade to 10 cancels them at once, without notice.',
    tags: ['monitoring'],
    request: { body: RiskEventsBody },
    responses: {
      201: { description: 'The events recorded, each with the buyer’s grade and status before and after', schema: RecordedRiskEvents },
      409: { description: 'A buyer changed while its events were applied (concurrent-update): retry', problems: ['concurrent-update'] },
    },
  },
  {
    operationId: 'getMonitoringRules',
    etag: true,
    method: 'GET',
    path: '/v1/underwriting/monitoring-rules',
    function: 'monitoring',
    access: ['insurer'],
    summary: 'What a downgrade keeps, the notice, and the sector-alert thresholds and targeted cuts',
    description:
      'Until the insurer replaces them these are the defaults: a regrade to 8 keeps 50 % of a limit and to 9 25 %, on 30 days’ notice; an alert needs at least 5 insolvencies in 90 days and twice the pace of the 12 months before. The ETag is their revision, for If-Match on a replacement.',
    tags: ['underwriting'],
    responses: { 200: { description: 'The rules', schema: MonitoringRulesResponse } },
  },
  {
    operationId: 'putMonitoringRules',
    etag: true,
    method: 'PUT',
    path: '/v1/underwriting/monitoring-rules',
    function: 'monitoring',
    access: ['insurer'],
    summary: 'Replace the monitoring rules (every function uses them within a minute)',
    description:
      'Send both parts whole. A regrade to 10 always cancels, so downgrade shares name grades 1–9 only; a sector alert targets at least one grade. Cuts already notified and alerts already open keep the rules they were made with.',
    tags: ['underwriting'],
    request: { body: MonitoringRulesSchema },
    responses: { 200: { description: 'The rules', schema: MonitoringRulesResponse } },
  },
  {
    operationId: 'watchBuyer',
    method: 'PUT',
    path: '/v1/watchlist/{buyerId}',
    function: 'monitoring',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Watch a buyer: its grade changes come as buyer.grade_changed, with or without a limit on it',
    description:
      'Idempotent: watching a buyer already watched answers 200 with the watch as it was, a new watch 201. The watch is your tenant’s and changes nothing for the buyer or your limits.',
    tags: ['watchlist'],
    request: { params: WatchParams },
    responses: {
      200: { description: 'Already watched', schema: Watch }, 201: { description: 'Now watched', schema: Watch },
      404: { description: 'No buyer with this id', problems: ['not-found'] },
    },
  },
  {
    operationId: 'unwatchBuyer',
    method: 'DELETE',
    path: '/v1/watchlist/{buyerId}',
    function: 'monitoring',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Stop watching a buyer',
    description:
      'Its grade changes no longer reach you as buyer.grade_changed unless you hold a limit on it (holders are told anyway). A buyer you do not watch answers 404.',
    tags: ['watchlist'],
    request: { params: WatchParams },
    responses: {
      204: { description: 'No longer watched' },
      404: { description: 'No buyer with this id on your watchlist', problems: ['not-found'] },
    },
  },
  {
    operationId: 'listWatchlist',
    method: 'GET',
    path: '/v1/watchlist',
    function: 'monitoring',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'The buyers you watch',
    description:
      'Each watch with the time it started. With `updatedSince` the list returns the watches started since then, to keep a CRM copy in step; a stopped watch is gone from the list.',
    tags: ['watchlist'],
    request: { query: SyncPageQuery },
    responses: { 200: { description: 'A page of watched buyers', schema: WatchPage } },
  },
  {
    operationId: 'listSectorAlerts',
    method: 'GET',
    path: '/v1/sector-alerts',
    function: 'monitoring',
    access: ['insurer', 'policyholder', 'broker'],
    summary: 'Sector alerts, newest first',
    description:
      'Alerts are insurer-wide, each on one NACE division in one country, raised by the detector (daily and after each insolvency) or by the insurer. `status` keeps only open or only closed ones; while an alert is open, new or increased limits on the grades it targets are referred.',
    tags: ['sector-alerts'],
    request: { query: SectorAlertQuery },
    responses: { 200: { description: 'A page of alerts', schema: SectorAlertPage } },
  },
  {
    operationId: 'getSectorAlert',
    method: 'GET',
    path: '/v1/sector-alerts/{alertId}',
    function: 'monitoring',
    access: ['insurer', 'policyholder', 'broker'],
    summary: 'A sector alert: what the detector counted, whom it targets, what it changed',
    description:
      'Limits on buyers of `minGrade` and worse keep the share `keepPercentByGrade` says, from `noticeDays` after the notice; `applied` and `progress` show how far its cuts and notices have gone.',
    tags: ['sector-alerts'],
    request: { params: SectorAlertParams },
    responses: {
      200: { description: 'The alert', schema: SectorAlert },
      404: { description: 'No sector alert with this id', problems: ['not-found'] },
    },
  },
  {
    operationId: 'raiseSectorAlert',
    method: 'POST',
    path: '/v1/sector-alerts',
    function: 'monitoring',
    access: ['insurer'],
    summary: 'Raise a sector alert by hand; its targeted cuts and notices follow as for a detected one',
    description:
      'One alert per sector and country at a time: 409 sector-alert-open names the open one. The grades targeted, their shares and the notice come from the monitoring rules in force; each tenant with a limit in the sector gets one sector.alert_raised, and each limit cut its limit.downgraded.',
    tags: ['sector-alerts'],
    request: { body: RaiseSectorAlertBody },
    responses: {
      201: { description: 'The alert, open', schema: SectorAlert, example: RAISED_ALERT_EXAMPLE },
      409: { description: 'An alert is already open on this sector and country (sector-alert-open)', problems: ['sector-alert-open'] },
    },
  },
  {
    operationId: 'closeSectorAlert',
    method: 'POST',
    path: '/v1/sector-alerts/{alertId}/close',
    function: 'monitoring',
    access: ['insurer'],
    summary: 'Close a sector alert: requests in that sector are decided as usual again (cuts made stay)',
    description:
      'Idempotent: closing an alert already closed answers it as it is. Limits cut under the alert are not restored; a tenant asks again for more.',
    tags: ['sector-alerts'],
    request: { params: SectorAlertParams },
    responses: {
      200: { description: 'The alert, closed', schema: SectorAlert, example: CLOSED_SECTOR_ALERT_EXAMPLE },
      404: { description: 'No sector alert with this id', problems: ['not-found'] },
    },
  },
  {
    operationId: 'createCountryEvent',
    method: 'POST',
    path: '/v1/country-events',
    function: 'monitoring',
    access: ['insurer'],
    summary: 'Record a country event (war, transfer restriction, payment moratorium, expropriation, import licence cancelled, other)',
    description:
      'While it is open (occurredOn ≤ day < closedOn), limit requests on the country’s buyers are referred (country_event), cover checks for delivery then recommend cash_in_advance (country_event), and an overdue on an invoice due then may be notified as political. ' +
      'Every tenant holding a limit on a buyer there gets country.event_opened once, listing those buyers. `occurredOn` is not after today (in_the_future).',
    tags: ['country-events'],
    request: { body: CreateCountryEventBody },
    responses: { 201: { description: 'The event, open', schema: CountryEvent } },
  },
  {
    operationId: 'listCountryEvents',
    method: 'GET',
    path: '/v1/country-events',
    function: 'monitoring',
    access: ['insurer', 'policyholder', 'broker'],
    summary: 'Country events: by status and country, by country or by status (oldest first), or all by the day they occurred',
    description:
      'Every caller sees every country’s events. An event is open on a day from its `occurredOn` until the day before its `closedOn`; `status=open` lists those not yet closed.',
    tags: ['country-events'],
    request: { query: CountryEventQuery },
    responses: { 200: { description: 'A page of country events', schema: CountryEventPage } },
  },
  {
    operationId: 'getCountryEvent',
    method: 'GET',
    path: '/v1/country-events/{eventId}',
    function: 'monitoring',
    access: ['insurer', 'policyholder', 'broker'],
    summary: 'A country event',
    description:
      'What stops the money in the country, since when, and once closed, from which day it no longer applies (`closedOn`). While it is open, limit requests on the country’s buyers are referred.',
    tags: ['country-events'],
    request: { params: CountryEventParams },
    responses: {
      200: { description: 'The event', schema: CountryEvent },
      404: { description: 'No country event with this id', problems: ['not-found'] },
    },
  },
  {
    operationId: 'closeCountryEvent',
    method: 'POST',
    path: '/v1/country-events/{eventId}/close',
    function: 'monitoring',
    access: ['insurer'],
    summary: 'Close a country event from a day: it is no longer open from closedOn on; tenants told are told again (country.event_closed)',
    description: '`closedOn` is not before occurredOn (before_occurred_on) nor after today (in_the_future).',
    tags: ['country-events'],
    request: { params: CountryEventParams, body: CloseCountryEventBody },
    responses: {
      200: { description: 'The event, closed', schema: CountryEvent, example: CLOSED_COUNTRY_EVENT_EXAMPLE },
      404: { description: 'No country event with this id', problems: ['not-found'] },
      409: { description: 'Already closed (country-event-closed, with closedOn)', problems: ['country-event-closed'] },
    },
  },
] as const satisfies readonly RouteSpec<keyof typeof monitoringFunctions>[];
