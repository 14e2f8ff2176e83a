/**
 * What each capability adds to the ops dashboard: its business metrics (published by the
 * functions through Powertools) and the alarms that matter. One function per capability.
 */
import { Duration } from 'aws-cdk-lib';
import { GraphWidget, MathExpression } from 'aws-cdk-lib/aws-cloudwatch';
import type { Monitoring } from './monitoring.ts';

export function tenancyMonitoring(monitoring: Monitoring): void {
  const refused = monitoring.businessMetric('AuthorizationRefused', 'Sum', 'keys refused');
  const flushFailed = monitoring.businessMetric('AuthorizerCacheFlushFailed', 'Sum', 'flush failed');
  monitoring.addBusinessWidgets(
    new GraphWidget({
      title: 'Tenancy: onboarding and policy changes',
      left: [monitoring.businessMetric('TenantsOnboarded', 'Sum', 'tenants onboarded'), monitoring.businessMetric('PolicyChanges', 'Sum', 'policy changes')],
      width: 8,
    }),
    new GraphWidget({
      title: 'API keys created and revoked; authorizer cache flushes',
      left: [monitoring.businessMetric('ApiKeysCreated', 'Sum', 'created'), monitoring.businessMetric('ApiKeysRevoked', 'Sum', 'revoked')],
      right: [monitoring.businessMetric('AuthorizerCacheFlushed', 'Sum', 'cache flushed'), flushFailed],
      width: 8,
    }),
    new GraphWidget({ title: 'Authorization refused (unknown or revoked keys)', left: [refused], width: 8 }),
  );
  // Hundreds of refused keys in five minutes is someone guessing, or a client with a revoked key.
  monitoring.addAlarm('AuthorizationRefusedSpike', {
    metric: refused,
    threshold: 200,
    evaluationPeriods: 1,
    description: 'More than 200 API keys refused in five minutes: key guessing, or an integration using a revoked key.',
  });
  // A revocation whose flush failed keeps the key usable until the access.changed event's
  // flush succeeds (EventBridge retries it; its rule's dead-letter queue alarms at one).
  monitoring.addAlarm('AuthorizerCacheFlushFailed', {
    metric: flushFailed,
    threshold: 1,
    evaluationPeriods: 1,
    description: 'A revocation or mandate change could not flush the API Gateway authorizer cache at once: check the access rule and its dead-letter queue; the key works until a flush succeeds (60 s at most after the last cached authorization).',
  });
}

export function limitsMonitoring(monitoring: Monitoring): void {
  const decisions = ['approved', 'partly_approved', 'conditional', 'not_approved', 'referred', 'reduced', 'cancelled'].map((decision) =>
    monitoring.businessMetric('LimitDecisions', 'Sum', decision, { decision }),
  );
  const referrals = monitoring.businessMetric('Referrals', 'Sum', 'referred');
  monitoring.addBusinessWidgets(
    new GraphWidget({ title: 'Limit decisions by outcome', left: decisions, stacked: true, width: 12 }),
    new GraphWidget({
      title: 'Referrals and underwriter decisions',
      left: [
        referrals,
        ...['approved', 'partly_approved', 'conditional', 'not_approved'].map((decision) =>
          monitoring.businessMetric('UnderwriterDecisions', 'Sum', `underwriter: ${decision}`, { decision }),
        ),
      ],
      right: [monitoring.businessMetric('BuyersRegistered', 'Sum', 'buyers registered')],
      width: 12,
    }),
  );
  // A wave of referrals means the rules send too much to underwriters, or risk is rising.
  monitoring.addAlarm('ReferralSurge', {
    metric: referrals,
    threshold: 100,
    evaluationPeriods: 3,
    description: 'More than 100 limit requests referred per five minutes for fifteen minutes: underwriters will fall behind.',
  });
}

export function coverMonitoring(monitoring: Monitoring): void {
  const byRecommendation = ['accept', 'accept_with_deposit', 'cash_in_advance', 'decline'].map((recommendation) =>
    monitoring.businessMetric('CoverChecks', 'Sum', recommendation, { recommendation }),
  );
  monitoring.addBusinessWidgets(
    new GraphWidget({ title: 'Cover checks by recommendation', left: byRecommendation, stacked: true, width: 12 }),
    // Export sales: invoices and cover checks converted from the buyers' currencies.
    new GraphWidget({
      title: 'Invoices declared; invoices and cover checks in another currency',
      left: [monitoring.businessMetric('InvoicesDeclared', 'Sum', 'invoices')],
      right: [monitoring.businessMetric('InvoicesInOtherCurrency', 'Sum', 'invoices in another currency'), monitoring.businessMetric('CoverChecksInOtherCurrency', 'Sum', 'cover checks in another currency')],
      width: 12,
    }),
    // Sales on longer terms than a conditional limit allows: cover refused at the order, and
    // invoices left out of indemnities paid. A rise means tenants do not read their conditions.
    new GraphWidget({
      title: "Beyond a limit's payment-terms condition: cover checks, invoices left out of indemnities",
      left: [monitoring.businessMetric('CoverChecksBeyondCondition', 'Sum', 'cover checks'), monitoring.businessMetric('InvoicesBeyondCondition', 'Sum', 'invoices left out')],
      width: 12,
    }),
  );
  // Declines are the moments a seller loses an order: a surge means a buyer or sector turned.
  monitoring.addAlarm('CoverDeclineSurge', {
    metric: byRecommendation[3]!,
    threshold: 200,
    evaluationPeriods: 2,
    description: 'More than 200 orders declined per five minutes for ten minutes: check downgrades and sector alerts.',
  });
}

export const WEBHOOK_DEAD_LETTERED_PER_HOUR = 100;
export const WEBHOOK_SWEPT_PER_HOUR = 10;

export function webhookMonitoring(monitoring: Monitoring): void {
  const succeeded = monitoring.businessMetric('WebhookDeliveriesSucceeded', 'Sum', 'delivered');
  const failed = monitoring.businessMetric('WebhookAttemptsFailed', 'Sum', 'attempts failed');
  const deadLettered = monitoring.businessMetric('WebhookDeliveriesDeadLettered', 'Sum', 'dead-lettered');
  const eventAge = (statistic: string) => monitoring.businessMetric('WebhookEventAge', statistic, `event age ${statistic}`);
  const swept = monitoring.businessMetric('WebhookDeliveriesSwept', 'Sum', 'swept (message lost, sent again)');
  // Failed attempts among all attempts; below 20 attempts in five minutes it reads 0, so a
  // single endpoint failing at night is not a page (its deliveries dead-letter, alarmed below).
  const failureRate = new MathExpression({
    expression: 'IF(FILL(failed, 0) + FILL(succeeded, 0) >= 20, 100 * FILL(failed, 0) / MAX([FILL(failed, 0) + FILL(succeeded, 0), 1]), 0)',
    usingMetrics: { failed, succeeded },
    label: 'failed attempts %',
    period: Duration.minutes(5),
  });
  monitoring.addBusinessWidgets(
    new GraphWidget({
      title: 'Webhook deliveries: created, delivered, failed attempts',
      left: [monitoring.businessMetric('WebhookDeliveriesCreated', 'Sum', 'created'), succeeded, failed],
      right: [failureRate],
      width: 6,
    }),
    new GraphWidget({
      title: 'Webhooks given up: dead-lettered, abandoned, endpoints disabled',
      left: [
        deadLettered,
        monitoring.businessMetric('WebhookDeliveriesAbandoned', 'Sum', 'abandoned (endpoint disabled or deleted)'),
        monitoring.businessMetric('WebhookEndpointsDisabled', 'Sum', 'endpoints disabled'),
        monitoring.businessMetric('WebhookEventsUnreadable', 'Sum', 'events unreadable'),
      ],
      right: [swept],
      width: 6,
    }),
    new GraphWidget({
      title: 'Webhook delivery latency and event age (ms)',
      left: ['p50', 'p99'].map((statistic) => monitoring.businessMetric('WebhookDeliveryLatency', statistic, `endpoint latency ${statistic}`)),
      right: [eventAge('p99')],
      width: 6,
    }),
    new GraphWidget({
      title: 'Webhook endpoints created and deliveries replayed',
      left: [
        monitoring.businessMetric('WebhookEndpointsCreated', 'Sum', 'endpoints created'),
        monitoring.businessMetric('WebhookDeliveriesReplayed', 'Sum', 'replays'),
      ],
      width: 6,
    }),
  );
  // Each one is an event a tenant or broker did not receive after three days of retries. One
  // customer's endpoint down is theirs to fix (its owner sees it in the delivery log, and is
  // told when the endpoint is disabled); a hundred in an hour is a pattern worth a look.
  monitoring.addAlarm('WebhookDeadLettered', {
    metric: deadLettered.with({ period: Duration.hours(1) }),
    threshold: WEBHOOK_DEAD_LETTERED_PER_HOUR,
    evaluationPeriods: 1,
    description: `${WEBHOOK_DEAD_LETTERED_PER_HOUR} or more webhook deliveries exhausted their retries in the last hour: see webhook-failed-deliveries for the endpoints, and whether one cause (a broker, a region) explains them.`,
  });
  monitoring.addAlarm('WebhookFailureRate', {
    metric: failureRate,
    threshold: 50,
    evaluationPeriods: 3,
    description: 'Half or more of webhook attempts failed for fifteen minutes (20 attempts per five minutes at least): outbound network, signing, or many endpoints down.',
  });
  // A swept delivery is one whose message went missing: a crash between the write and the
  // send, or SQS refusing it. A few happen (a function timing out at the wrong moment); a
  // steady stream means the path itself drops messages.
  monitoring.addAlarm('WebhookDeliveriesSwept', {
    metric: swept.with({ period: Duration.hours(1) }),
    threshold: WEBHOOK_SWEPT_PER_HOUR,
    evaluationPeriods: 1,
    description: `${WEBHOOK_SWEPT_PER_HOUR} or more webhook deliveries had to be enqueued again by the sweeper in the last hour (overdue with no message): look at the fan-out and delivery functions' errors and timeouts, and SQS send failures.`,
  });
  // p90, not p99: a delivery that succeeds on a retry is minutes to hours old by design, and
  // a few of those would keep p99 high; a lag of the pipeline itself moves p90.
  monitoring.addAlarm('WebhookEventAge', {
    metric: eventAge('p90'),
    threshold: 60_000,
    evaluationPeriods: 3,
    description: 'One delivered webhook in ten reached its endpoint more than a minute after the event, for fifteen minutes: relay, bus or queues lag.',
  });
}

export function riskMonitoring(monitoring: Monitoring): void {
  const eventTypes = ['insolvency_opened', 'payment_incident', 'rating_change', 'financials', 'closure'].map((type) =>
    monitoring.businessMetric('RiskEvents', 'Sum', type, { type }),
  );
  const detected = monitoring.businessMetric('SectorAlertsRaised', 'Sum', 'detected', { source: 'detector' });
  monitoring.addBusinessWidgets(
    new GraphWidget({ title: 'Risk events by type, and buyers downgraded', left: eventTypes, right: [monitoring.businessMetric('BuyerDowngrades', 'Sum', 'buyers downgraded')], stacked: true, width: 8 }),
    new GraphWidget({
      title: 'Limits downgraded, notices, reductions taking effect',
      left: [
        monitoring.businessMetric('LimitsDowngraded', 'Sum', 'limits cut or cancelled (regrades)'),
        monitoring.businessMetric('LimitsCancelledBackdated', 'Sum', 'cancelled from an insolvency recorded late'),
        monitoring.businessMetric('SectorAlertLimitsCut', 'Sum', 'limits cut (sector alerts)'),
        monitoring.businessMetric('ReductionsApplied', 'Sum', 'reductions taking effect'),
      ],
      right: [monitoring.businessMetric('GradeChangeNotices', 'Sum', 'grade-change notices')],
      width: 8,
    }),
    new GraphWidget({
      title: 'Sector alerts raised, and their work items (planned, done, failed)',
      left: [detected, monitoring.businessMetric('SectorAlertsRaised', 'Sum', 'raised by hand', { source: 'manual' })],
      // A fan-out that stalls shows as items planned and not done (and in the queue's backlog);
      // failed tries show before the dead-letter queue's alarm (five receives).
      right: [
        monitoring.businessMetric('SectorAlertWorkItems', 'Sum', 'cut items planned'),
        monitoring.businessMetric('SectorAlertWorkItemsDone', 'Sum', 'items done'),
        monitoring.businessMetric('SectorAlertWorkItemsFailed', 'Sum', 'item tries failed'),
      ],
      width: 8,
    }),
  );
  // Political risk: country events opened and closed, the notices they sent, and what they
  // changed at order time and in claims (political claims are on the claims row too).
  const opened = ['war', 'transfer_restriction', 'payment_moratorium', 'expropriation', 'import_licence_cancelled', 'other'].map((type) =>
    monitoring.businessMetric('CountryEventsOpened', 'Sum', `opened: ${type}`, { type }),
  );
  const anyOpened = new MathExpression({
    expression: `FILL(${opened.map((_, index) => `e${index}`).join(', 0) + FILL(')}, 0)`,
    usingMetrics: Object.fromEntries(opened.map((metric, index) => [`e${index}`, metric.with({ period: Duration.hours(1) })])),
    label: 'country events opened',
    period: Duration.hours(1),
  });
  monitoring.addBusinessWidgets(
    new GraphWidget({
      title: 'Country events: opened by type, closed; notices, cover checks refused, political claims',
      left: [...opened, monitoring.businessMetric('CountryEventsClosed', 'Sum', 'closed')],
      right: [
        ...['event_opened', 'event_closed', 'category_raised'].map((change) => monitoring.businessMetric('CountryRiskNotices', 'Sum', `tenants told: ${change}`, { change })),
        monitoring.businessMetric('CoverChecksCountryEvent', 'Sum', 'cover checks: cash in advance (country event)'),
        monitoring.businessMetric('ClaimsOpened', 'Sum', 'political claims opened', { riskType: 'political' }),
      ],
      width: 12,
    }),
  );
  // A country event makes every limit request there a referral: underwriters should know at once.
  monitoring.addAlarm('CountryEventOpened', {
    metric: anyOpened,
    threshold: 1,
    evaluationPeriods: 1,
    description: 'A country event was opened: limit requests on its buyers go to underwriters (country_event) and exposed tenants were told; review the exposure there (GET /v1/insurer/portfolio, byCountry).',
  });
  // An alert cuts limits across tenants: an underwriter reviews each one the detector raises.
  monitoring.addAlarm('SectorAlertDetected', {
    metric: detected.with({ period: Duration.hours(1) }),
    threshold: 1,
    evaluationPeriods: 1,
    description: 'The detector raised a sector alert: review it (GET /v1/sector-alerts) and close it if the wave is not real.',
  });
}

export function claimsMonitoring(monitoring: Monitoring): void {
  const late = monitoring.businessMetric('LateNotificationsRefused', 'Sum', 'late notifications refused');
  const beyondLoss = monitoring.businessMetric('RecoveriesBeyondLoss', 'Sum', 'recoveries refused beyond the loss');
  const waitingForRates = monitoring.businessMetric('ClaimsWaitingForRates', 'Sum', 'claims waiting for a reference rate');
  monitoring.addBusinessWidgets(
    new GraphWidget({
      title: 'Overdues: claims opened (commercial, political), invoices added to open claims, late notifications refused, deadline warnings',
      left: [
        ...['commercial', 'political'].map((riskType) => monitoring.businessMetric('ClaimsOpened', 'Sum', `claims opened: ${riskType}`, { riskType })),
        monitoring.businessMetric('ClaimInvoicesAdded', 'Sum', 'invoices added to open claims'),
        late,
      ],
      right: [monitoring.businessMetric('DeadlineWarnings', 'Sum', 'deadline warnings sent')],
      width: 8,
    }),
    new GraphWidget({
      title: 'Claims: indemnifiable, indemnified, recovered; waiting for a reference rate',
      left: [
        monitoring.businessMetric('ClaimsIndemnifiable', 'Sum', 'became indemnifiable'),
        monitoring.businessMetric('ClaimsIndemnified', 'Sum', 'indemnified'),
        monitoring.businessMetric('ClaimsRecovered', 'Sum', 'recovered before the loss'),
        monitoring.businessMetric('RecoveriesRecorded', 'Sum', 'recoveries after indemnity'),
      ],
      right: [waitingForRates],
      width: 8,
    }),
    new GraphWidget({ title: 'Indemnities paid (minor units of the policy currency)', left: [monitoring.businessMetric('IndemnitiesPaid', 'Sum', 'indemnities paid')], width: 8 }),
    new GraphWidget({
      title: 'Due-date extensions and the stop of cover',
      left: [
        ...['approved', 'referred'].map((outcome) => monitoring.businessMetric('ExtensionRequests', 'Sum', `requested: ${outcome}`, { outcome })),
        ...['approved', 'refused'].map((decision) => monitoring.businessMetric('ExtensionDecisions', 'Sum', `insurer: ${decision}`, { decision })),
      ],
      right: [monitoring.businessMetric('CoverChecksAfterStopOfCover', 'Sum', 'cover checks after the stop of cover')],
      width: 12,
    }),
    new GraphWidget({
      title: 'Claims money: collection costs, aggregate first loss, recoveries refused beyond the loss',
      left: [monitoring.businessMetric('CollectionCostsRecorded', 'Sum', 'collection costs recorded'), beyondLoss],
      right: [
        monitoring.businessMetric('CollectionCostsPaid', 'Sum', 'cost shares paid after indemnity (minor units)'),
        monitoring.businessMetric('AggregateFirstLossUsed', 'Sum', 'aggregate first loss used by paid claims (minor units)'),
      ],
      width: 12,
    }),
  );
  // Money came back that cannot be booked on the claim: a handler must look at it (a wrong claim, a duplicate entry).
  monitoring.addAlarm('RecoveriesBeyondLoss', {
    metric: beyondLoss.with({ period: Duration.hours(1) }),
    threshold: 1,
    evaluationPeriods: 1,
    description: 'A recovery was refused because it would pass the claim’s loss: find the money’s claim (GET /v1/claims/{claimId}) and book it there.',
  });
  // A claim on invoices in another currency cannot be valued without a rate in force on its date of loss.
  monitoring.addAlarm('ClaimsWaitingForRates', {
    metric: waitingForRates.with({ period: Duration.days(1) }),
    threshold: 1,
    evaluationPeriods: 1,
    description: 'A claim whose waiting period ended could not be valued: its invoices’ currency has no reference rate in force on the date of loss. Publish one (PUT /v1/fx-rates/{date}); the next daily run values it.',
  });
  // Late notifications lose policyholders their cover: many of them mean the warnings are not heard.
  monitoring.addAlarm('LateNotificationsSurge', {
    metric: late.with({ period: Duration.hours(1) }),
    threshold: 10,
    evaluationPeriods: 1,
    description: '10 or more overdue notifications refused as late in an hour: check that deadline warnings are delivered (webhook failures) and tell the brokers.',
  });
}

export function portfolioMonitoring(monitoring: Monitoring): void {
  const late = monitoring.businessMetric('LateTurnoverDeclarations', 'Sum', 'late declarations');
  monitoring.addBusinessWidgets(
    new GraphWidget({
      title: 'Turnover declarations: declared, corrected, late',
      left: [monitoring.businessMetric('TurnoverDeclared', 'Sum', 'declared'), monitoring.businessMetric('TurnoverCorrected', 'Sum', 'corrected'), late],
      width: 12,
    }),
    new GraphWidget({ title: 'Portfolio snapshots taken', left: [monitoring.businessMetric('PortfolioSnapshots', 'Sum', 'snapshots')], width: 12 }),
  );
  // The insurer's portfolio is read from counters the stream keeps; the daily reconciliation checks them.
  const drift = monitoring.businessMetric('PortfolioDrift', 'Maximum', 'figures drifted');
  const driftAfterRepair = monitoring.businessMetric('PortfolioDriftAfterRepair', 'Maximum', 'still drifted after repair');
  const failures = monitoring.businessMetric('PortfolioAggregationFailures', 'Sum', 'pieces failed');
  const unvalued = monitoring.businessMetric('PortfolioLinesUnvalued', 'Sum', 'lines without a rate');
  monitoring.addBusinessWidgets(
    new GraphWidget({
      title: 'Insurer portfolio counters: changes kept, failures, lines without a rate',
      left: [monitoring.businessMetric('PortfolioPiecesChanged', 'Sum', 'pieces changed'), monitoring.businessMetric('PortfolioLinesRevalued', 'Sum', 'revalued daily')],
      right: [failures, unvalued],
      width: 12,
    }),
    new GraphWidget({ title: 'Insurer portfolio drift (daily reconciliation)', left: [drift, driftAfterRepair], width: 12 }),
  );
  monitoring.addAlarm('PortfolioDrift', {
    metric: drift.with({ period: Duration.days(1) }),
    threshold: 1,
    evaluationPeriods: 1,
    description:
      'The insurer’s portfolio counters differed from the full computation: the reconciliation logged each figure (“portfolio counters drifted”) and rebuilt them. Look for a write path whose items the aggregator does not follow.',
  });
  monitoring.addAlarm('PortfolioDriftAfterRepair', {
    metric: driftAfterRepair.with({ period: Duration.days(1) }),
    threshold: 1,
    evaluationPeriods: 1,
    description: 'The portfolio counters still differ after the reconciliation rebuilt them (writes raced the rebuild, or the rebuild is wrong): the next day’s run repairs what raced; if it persists, the rebuild is wrong (the job worker’s log names each figure).',
  });
  monitoring.addAlarm('PortfolioLinesUnvalued', {
    metric: unvalued.with({ period: Duration.days(1) }),
    threshold: 1,
    evaluationPeriods: 1,
    description: 'Portfolio lines in a policy currency without an EUR reference rate keep their last value: publish the rate (PUT /v1/fx-rates/{date}).',
  });
  // The premium is declared monthly; a wave of late declarations is a billing run at risk.
  monitoring.addAlarm('LateTurnoverDeclarations', {
    metric: late.with({ period: Duration.days(1) }),
    threshold: 50,
    evaluationPeriods: 1,
    description: '50 or more turnover declarations came in late today: remind the policyholders (and their brokers) before the premium run.',
  });
}

export function fxMonitoring(monitoring: Monitoring): void {
  monitoring.addBusinessWidgets(
    new GraphWidget({
      title: 'Reference rates published (a date published again counts again)',
      left: [monitoring.businessMetric('FxRatesPublished', 'Sum', 'published')],
      width: 12,
    }),
  );
}

export function jobsMonitoring(monitoring: Monitoring): void {
  monitoring.addBusinessWidgets(
    new GraphWidget({
      title: 'Daily jobs: work items planned, done, failed tries',
      // A run that stalls shows as items planned and not done (and in the job-work backlog);
      // failed tries show before the dead-letter queue's alarm (five receives).
      left: [monitoring.businessMetric('JobItemsPlanned', 'Sum', 'items planned'), monitoring.businessMetric('JobWorkItemsDone', 'Sum', 'items done')],
      right: [monitoring.businessMetric('JobWorkItemsFailed', 'Sum', 'item tries failed')],
      width: 12,
    }),
  );
}
