/**
 * What each capability adds to the ops dashboard, as data: its business metrics (published by
 * the functions through Powertools, EMF), the graphs that show them and the alarms that matter.
 * One description read twice: the CDK stack draws it as CloudWatch widgets and alarms
 * (infra/constructs/business-monitoring.ts), and the local runtime's ops console (GET /ops,
 * infra/local/ops-console.ts) draws the same graphs from the EMF lines the functions print and
 * evaluates the same alarms. No aws-cdk-lib here, so the local runtime reads it cheaply.
 */

/** A metric the functions publish (namespace and the `service` dimension are the deployment's). */
export interface MetricSeries {
  readonly kind: 'metric';
  readonly name: string;
  /** CloudWatch statistic: Sum, Maximum, Average, p50, p90, p99. */
  readonly statistic: string;
  readonly label: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly periodSeconds: number;
}

/** A CloudWatch metric math expression over named metrics (FILL, IF, MAX and + - * / as used here). */
export interface ExpressionSeries {
  readonly kind: 'expression';
  readonly expression: string;
  readonly usingMetrics: Readonly<Record<string, MetricSeries>>;
  readonly label: string;
  readonly periodSeconds: number;
}

export type Series = MetricSeries | ExpressionSeries;

export interface GraphSpec {
  readonly title: string;
  readonly left: readonly Series[];
  readonly right?: readonly Series[];
  /** Of the dashboard's 24 columns. */
  readonly width: number;
  readonly stacked?: boolean;
}

/** Alarms when the series reaches the threshold for that many periods (missing data is not breaching). */
export interface AlarmSpec {
  readonly id: string;
  readonly metric: Series;
  readonly threshold: number;
  readonly evaluationPeriods: number;
  readonly description: string;
}

export interface DashboardSection {
  readonly widgets: GraphSpec[];
  readonly alarms: AlarmSpec[];
}

/** Five minutes, the period of business metrics unless an alarm looks at a longer one. */
const FIVE_MINUTES = 300;

function metric(name: string, statistic: string, label: string, dimensions: Record<string, string> = {}): MetricSeries {
  return { kind: 'metric', name, statistic, label, dimensions, periodSeconds: FIVE_MINUTES };
}

function withPeriod<S extends Series>(series: S, periodSeconds: number): S {
  return { ...series, periodSeconds };
}

function expression(spec: Omit<ExpressionSeries, 'kind'>): ExpressionSeries {
  return { kind: 'expression', ...spec };
}

const graph = (spec: GraphSpec): GraphSpec => spec;

function tenancyMonitoring(board: DashboardSection): void {
  const refused = metric('AuthorizationRefused', 'Sum', 'keys refused');
  const flushFailed = metric('AuthorizerCacheFlushFailed', 'Sum', 'flush failed');
  board.widgets.push(
    graph({
      title: 'Tenancy: onboarding and policy changes',
      left: [metric('TenantsOnboarded', 'Sum', 'tenants onboarded'), metric('PolicyChanges', 'Sum', 'policy changes')],
      width: 8,
    }),
    graph({
      title: 'API keys created and revoked; authorizer cache flushes',
      left: [metric('ApiKeysCreated', 'Sum', 'created'), metric('ApiKeysRevoked', 'Sum', 'revoked')],
      right: [metric('AuthorizerCacheFlushed', 'Sum', 'cache flushed'), flushFailed],
      width: 8,
    }),
    graph({ title: 'Authorization refused (unknown or revoked keys)', left: [refused], width: 8 }),
  );
  // Hundreds of refused keys in five minutes is someone guessing, or a client with a revoked key.
  board.alarms.push({
    id: 'AuthorizationRefusedSpike',
    metric: refused,
    threshold: 200,
    evaluationPeriods: 1,
    description: 'More than 200 API keys refused in five minutes: key guessing, or an integration using a revoked key.',
  });
  // A revocation whose flush failed keeps the key usable until the access.changed event's
  // flush succeeds (EventBridge retries it; its rule's dead-letter queue alarms at one).
  board.alarms.push({
    id: 'AuthorizerCacheFlushFailed',
    metric: flushFailed,
    threshold: 1,
    evaluationPeriods: 1,
    description: 'A revocation or mandate change could not flush the API Gateway authorizer cache at once: check the access rule and its dead-letter queue; the key works until a flush succeeds (60 s at most after the last cached authorization).',
  });
}

function limitsMonitoring(board: DashboardSection): void {
  const decisions = ['approved', 'partly_approved', 'conditional', 'not_approved', 'referred', 'reduced', 'cancelled'].map((decision) =>
    metric('LimitDecisions', 'Sum', decision, { decision }),
  );
  const referrals = metric('Referrals', 'Sum', 'referred');
  board.widgets.push(
    graph({ title: 'Limit decisions by outcome', left: decisions, stacked: true, width: 12 }),
    graph({
      title: 'Referrals and underwriter decisions',
      left: [
        referrals,
        ...['approved', 'partly_approved', 'conditional', 'not_approved'].map((decision) =>
          metric('UnderwriterDecisions', 'Sum', `underwriter: ${decision}`, { decision }),
        ),
      ],
      right: [metric('BuyersRegistered', 'Sum', 'buyers registered')],
      width: 12,
    }),
  );
  // A wave of referrals means the rules send too much to underwriters, or risk is rising.
  board.alarms.push({
    id: 'ReferralSurge',
    metric: referrals,
    threshold: 100,
    evaluationPeriods: 3,
    description: 'More than 100 limit requests referred per five minutes for fifteen minutes: underwriters will fall behind.',
  });
}

function coverMonitoring(board: DashboardSection): void {
  const byRecommendation = ['accept', 'accept_with_deposit', 'cash_in_advance', 'decline'].map((recommendation) =>
    metric('CoverChecks', 'Sum', recommendation, { recommendation }),
  );
  board.widgets.push(
    graph({ title: 'Cover checks by recommendation', left: byRecommendation, stacked: true, width: 12 }),
    // Export sales: invoices and cover checks converted from the buyers' currencies.
    graph({
      title: 'Invoices declared; invoices and cover checks in another currency',
      left: [metric('InvoicesDeclared', 'Sum', 'invoices')],
      right: [metric('InvoicesInOtherCurrency', 'Sum', 'invoices in another currency'), metric('CoverChecksInOtherCurrency', 'Sum', 'cover checks in another currency')],
      width: 12,
    }),
    // Sales on longer terms than a conditional limit allows: cover refused at the order, and
    // invoices left out of indemnities paid. A rise means tenants do not read their conditions.
    graph({
      title: "Beyond a limit's payment-terms condition: cover checks, invoices left out of indemnities",
      left: [metric('CoverChecksBeyondCondition', 'Sum', 'cover checks'), metric('InvoicesBeyondCondition', 'Sum', 'invoices left out')],
      width: 12,
    }),
  );
  // Declines are the moments a seller loses an order: a surge means a buyer or sector turned.
  board.alarms.push({
    id: 'CoverDeclineSurge',
    metric: byRecommendation[3]!,
    threshold: 200,
    evaluationPeriods: 2,
    description: 'More than 200 orders declined per five minutes for ten minutes: check downgrades and sector alerts.',
  });
}

export const WEBHOOK_DEAD_LETTERED_PER_HOUR = 100;
export const WEBHOOK_SWEPT_PER_HOUR = 10;

function webhookMonitoring(board: DashboardSection): void {
  const succeeded = metric('WebhookDeliveriesSucceeded', 'Sum', 'delivered');
  const failed = metric('WebhookAttemptsFailed', 'Sum', 'attempts failed');
  const deadLettered = metric('WebhookDeliveriesDeadLettered', 'Sum', 'dead-lettered');
  const eventAge = (statistic: string) => metric('WebhookEventAge', statistic, `event age ${statistic}`);
  const swept = metric('WebhookDeliveriesSwept', 'Sum', 'swept (message lost, sent again)');
  // Failed attempts among all attempts; below 20 attempts in five minutes it reads 0, so a
  // single endpoint failing at night is not a page (its deliveries dead-letter, alarmed below).
  const failureRate = expression({
    expression: 'IF(FILL(failed, 0) + FILL(succeeded, 0) >= 20, 100 * FILL(failed, 0) / MAX([FILL(failed, 0) + FILL(succeeded, 0), 1]), 0)',
    usingMetrics: { failed, succeeded },
    label: 'failed attempts %',
    periodSeconds: 300,
  });
  board.widgets.push(
    graph({
      title: 'Webhook deliveries: created, delivered, failed attempts',
      left: [metric('WebhookDeliveriesCreated', 'Sum', 'created'), succeeded, failed],
      right: [failureRate],
      width: 6,
    }),
    graph({
      title: 'Webhooks given up: dead-lettered, abandoned, endpoints disabled',
      left: [
        deadLettered,
        metric('WebhookDeliveriesAbandoned', 'Sum', 'abandoned (endpoint disabled or deleted)'),
        metric('WebhookEndpointsDisabled', 'Sum', 'endpoints disabled'),
        metric('WebhookEventsUnreadable', 'Sum', 'events unreadable'),
      ],
      right: [swept],
      width: 6,
    }),
    graph({
      title: 'Webhook delivery latency and event age (ms)',
      left: ['p50', 'p99'].map((statistic) => metric('WebhookDeliveryLatency', statistic, `endpoint latency ${statistic}`)),
      right: [eventAge('p99')],
      width: 6,
    }),
    graph({
      title: 'Webhook endpoints created and deliveries replayed',
      left: [
        metric('WebhookEndpointsCreated', 'Sum', 'endpoints created'),
        metric('WebhookDeliveriesReplayed', 'Sum', 'replays'),
      ],
      width: 6,
    }),
  );
  // Each one is an event a tenant or broker did not receive after three days of retries. One
  // customer's endpoint down is theirs to fix (its owner sees it in the delivery log, and is
  // told when the endpoint is disabled); a hundred in an hour is a pattern worth a look.
  board.alarms.push({
    id: 'WebhookDeadLettered',
    metric: withPeriod(deadLettered, 3600),
    threshold: WEBHOOK_DEAD_LETTERED_PER_HOUR,
    evaluationPeriods: 1,
    description: `${WEBHOOK_DEAD_LETTERED_PER_HOUR} or more webhook deliveries exhausted their retries in the last hour: see webhook-failed-deliveries for the endpoints, and whether one cause (a broker, a region) explains them.`,
  });
  board.alarms.push({
    id: 'WebhookFailureRate',
    metric: failureRate,
    threshold: 50,
    evaluationPeriods: 3,
    description: 'Half or more of webhook attempts failed for fifteen minutes (20 attempts per five minutes at least): outbound network, signing, or many endpoints down.',
  });
  // A swept delivery is one whose message went missing: a crash between the write and the
  // send, or SQS refusing it. A few happen (a function timing out at the wrong moment); a
  // steady stream means the path itself drops messages.
  board.alarms.push({
    id: 'WebhookDeliveriesSwept',
    metric: withPeriod(swept, 3600),
    threshold: WEBHOOK_SWEPT_PER_HOUR,
    evaluationPeriods: 1,
    description: `${WEBHOOK_SWEPT_PER_HOUR} or more webhook deliveries had to be enqueued again by the sweeper in the last hour (overdue with no message): look at the fan-out and delivery functions' errors and timeouts, and SQS send failures.`,
  });
  // p90, not p99: a delivery that succeeds on a retry is minutes to hours old by design, and
  // a few of those would keep p99 high; a lag of the pipeline itself moves p90.
  board.alarms.push({
    id: 'WebhookEventAge',
    metric: eventAge('p90'),
    threshold: 60_000,
    evaluationPeriods: 3,
    description: 'One delivered webhook in ten reached its endpoint more than a minute after the event, for fifteen minutes: relay, bus or queues lag.',
  });
}

function riskMonitoring(board: DashboardSection): void {
  const eventTypes = ['insolvency_opened', 'payment_incident', 'rating_change', 'financials', 'closure'].map((type) =>
    metric('RiskEvents', 'Sum', type, { type }),
  );
  const detected = metric('SectorAlertsRaised', 'Sum', 'detected', { source: 'detector' });
  board.widgets.push(
    graph({ title: 'Risk events by type, and buyers downgraded', left: eventTypes, right: [metric('BuyerDowngrades', 'Sum', 'buyers downgraded')], stacked: true, width: 8 }),
    graph({
      title: 'Limits downgraded, notices, reductions taking effect',
      left: [
        metric('LimitsDowngraded', 'Sum', 'limits cut or cancelled (regrades)'),
        metric('LimitsCancelledBackdated', 'Sum', 'cancelled from an insolvency recorded late'),
        metric('SectorAlertLimitsCut', 'Sum', 'limits cut (sector alerts)'),
        metric('ReductionsApplied', 'Sum', 'reductions taking effect'),
      ],
      right: [metric('GradeChangeNotices', 'Sum', 'grade-change notices')],
      width: 8,
    }),
    graph({
      title: 'Sector alerts raised, and their work items (planned, done, failed)',
      left: [detected, metric('SectorAlertsRaised', 'Sum', 'raised by hand', { source: 'manual' })],
      // A fan-out that stalls shows as items planned and not done (and in the queue's backlog);
      // failed tries show before the dead-letter queue's alarm (five receives).
      right: [
        metric('SectorAlertWorkItems', 'Sum', 'cut items planned'),
        metric('SectorAlertWorkItemsDone', 'Sum', 'items done'),
        metric('SectorAlertWorkItemsFailed', 'Sum', 'item tries failed'),
      ],
      width: 8,
    }),
  );
  // Political risk: country events opened and closed, the notices they sent, and what they
  // changed at order time and in claims (political claims are on the claims row too).
  const opened = ['war', 'transfer_restriction', 'payment_moratorium', 'expropriation', 'import_licence_cancelled', 'other'].map((type) =>
    metric('CountryEventsOpened', 'Sum', `opened: ${type}`, { type }),
  );
  const anyOpened = expression({
    expression: `FILL(${opened.map((_, index) => `e${index}`).join(', 0) + FILL(')}, 0)`,
    usingMetrics: Object.fromEntries(opened.map((metric, index) => [`e${index}`, withPeriod(metric, 3600)])),
    label: 'country events opened',
    periodSeconds: 3600,
  });
  board.widgets.push(
    graph({
      title: 'Country events: opened by type, closed; notices, cover checks refused, political claims',
      left: [...opened, metric('CountryEventsClosed', 'Sum', 'closed')],
      right: [
        ...['event_opened', 'event_closed', 'category_raised'].map((change) => metric('CountryRiskNotices', 'Sum', `tenants told: ${change}`, { change })),
        metric('CoverChecksCountryEvent', 'Sum', 'cover checks: cash in advance (country event)'),
        metric('ClaimsOpened', 'Sum', 'political claims opened', { riskType: 'political' }),
      ],
      width: 12,
    }),
  );
  // A country event makes every limit request there a referral: underwriters should know at once.
  board.alarms.push({
    id: 'CountryEventOpened',
    metric: anyOpened,
    threshold: 1,
    evaluationPeriods: 1,
    description: 'A country event was opened: limit requests on its buyers go to underwriters (country_event) and exposed tenants were told; review the exposure there (GET /v1/insurer/portfolio, byCountry).',
  });
  // An alert cuts limits across tenants: an underwriter reviews each one the detector raises.
  board.alarms.push({
    id: 'SectorAlertDetected',
    metric: withPeriod(detected, 3600),
    threshold: 1,
    evaluationPeriods: 1,
    description: 'The detector raised a sector alert: review it (GET /v1/sector-alerts) and close it if the wave is not real.',
  });
}

function claimsMonitoring(board: DashboardSection): void {
  const late = metric('LateNotificationsRefused', 'Sum', 'late notifications refused');
  const beyondLoss = metric('RecoveriesBeyondLoss', 'Sum', 'recoveries refused beyond the loss');
  const waitingForRates = metric('ClaimsWaitingForRates', 'Sum', 'claims waiting for a reference rate');
  board.widgets.push(
    graph({
      title: 'Overdues: claims opened (commercial, political), invoices added to open claims, late notifications refused, deadline warnings',
      left: [
        ...['commercial', 'political'].map((riskType) => metric('ClaimsOpened', 'Sum', `claims opened: ${riskType}`, { riskType })),
        metric('ClaimInvoicesAdded', 'Sum', 'invoices added to open claims'),
        late,
      ],
      right: [metric('DeadlineWarnings', 'Sum', 'deadline warnings sent')],
      width: 8,
    }),
    graph({
      title: 'Claims: indemnifiable, indemnified, recovered; waiting for a reference rate',
      left: [
        metric('ClaimsIndemnifiable', 'Sum', 'became indemnifiable'),
        metric('ClaimsIndemnified', 'Sum', 'indemnified'),
        metric('ClaimsRecovered', 'Sum', 'recovered before the loss'),
        metric('RecoveriesRecorded', 'Sum', 'recoveries after indemnity'),
      ],
      right: [waitingForRates],
      width: 8,
    }),
    graph({ title: 'Indemnities paid (minor units of the policy currency)', left: [metric('IndemnitiesPaid', 'Sum', 'indemnities paid')], width: 8 }),
    graph({
      title: 'Due-date extensions and the stop of cover',
      left: [
        ...['approved', 'referred'].map((outcome) => metric('ExtensionRequests', 'Sum', `requested: ${outcome}`, { outcome })),
        ...['approved', 'refused'].map((decision) => metric('ExtensionDecisions', 'Sum', `insurer: ${decision}`, { decision })),
      ],
      right: [metric('CoverChecksAfterStopOfCover', 'Sum', 'cover checks after the stop of cover')],
      width: 12,
    }),
    graph({
      title: 'Claims money: collection costs, aggregate first loss, recoveries refused beyond the loss',
      left: [metric('CollectionCostsRecorded', 'Sum', 'collection costs recorded'), beyondLoss],
      right: [
        metric('CollectionCostsPaid', 'Sum', 'cost shares paid after indemnity (minor units)'),
        metric('AggregateFirstLossUsed', 'Sum', 'aggregate first loss used by paid claims (minor units)'),
      ],
      width: 12,
    }),
  );
  // Money came back that cannot be booked on the claim: a handler must look at it (a wrong claim, a duplicate entry).
  board.alarms.push({
    id: 'RecoveriesBeyondLoss',
    metric: withPeriod(beyondLoss, 3600),
    threshold: 1,
    evaluationPeriods: 1,
    description: 'A recovery was refused because it would pass the claim’s loss: find the money’s claim (GET /v1/claims/{claimId}) and book it there.',
  });
  // A claim on invoices in another currency cannot be valued without a rate in force on its date of loss.
  board.alarms.push({
    id: 'ClaimsWaitingForRates',
    metric: withPeriod(waitingForRates, 86_400),
    threshold: 1,
    evaluationPeriods: 1,
    description: 'A claim whose waiting period ended could not be valued: its invoices’ currency has no reference rate in force on the date of loss. Publish one (PUT /v1/fx-rates/{date}); the next daily run values it.',
  });
  // Late notifications lose policyholders their cover: many of them mean the warnings are not heard.
  board.alarms.push({
    id: 'LateNotificationsSurge',
    metric: withPeriod(late, 3600),
    threshold: 10,
    evaluationPeriods: 1,
    description: '10 or more overdue notifications refused as late in an hour: check that deadline warnings are delivered (webhook failures) and tell the brokers.',
  });
}

function portfolioMonitoring(board: DashboardSection): void {
  const late = metric('LateTurnoverDeclarations', 'Sum', 'late declarations');
  board.widgets.push(
    graph({
      title: 'Turnover declarations: declared, corrected, late',
      left: [metric('TurnoverDeclared', 'Sum', 'declared'), metric('TurnoverCorrected', 'Sum', 'corrected'), late],
      width: 12,
    }),
    graph({ title: 'Portfolio snapshots taken', left: [metric('PortfolioSnapshots', 'Sum', 'snapshots')], width: 12 }),
  );
  // The insurer's portfolio is read from counters the stream keeps; the daily reconciliation checks them.
  const drift = metric('PortfolioDrift', 'Maximum', 'figures drifted');
  const driftAfterRepair = metric('PortfolioDriftAfterRepair', 'Maximum', 'still drifted after repair');
  const failures = metric('PortfolioAggregationFailures', 'Sum', 'pieces failed');
  const unvalued = metric('PortfolioLinesUnvalued', 'Sum', 'lines without a rate');
  board.widgets.push(
    graph({
      title: 'Insurer portfolio counters: changes kept, failures, lines without a rate',
      left: [metric('PortfolioPiecesChanged', 'Sum', 'pieces changed'), metric('PortfolioLinesRevalued', 'Sum', 'revalued daily')],
      right: [failures, unvalued],
      width: 12,
    }),
    graph({ title: 'Insurer portfolio drift (daily reconciliation)', left: [drift, driftAfterRepair], width: 12 }),
  );
  board.alarms.push({
    id: 'PortfolioDrift',
    metric: withPeriod(drift, 86_400),
    threshold: 1,
    evaluationPeriods: 1,
    description:
      'The insurer’s portfolio counters differed from the full computation: the reconciliation logged each figure (“portfolio counters drifted”) and rebuilt them. Look for a write path whose items the aggregator does not follow.',
  });
  board.alarms.push({
    id: 'PortfolioDriftAfterRepair',
    metric: withPeriod(driftAfterRepair, 86_400),
    threshold: 1,
    evaluationPeriods: 1,
    description: 'The portfolio counters still differ after the reconciliation rebuilt them (writes raced the rebuild, or the rebuild is wrong): the next day’s run repairs what raced; if it persists, the rebuild is wrong (the job worker’s log names each figure).',
  });
  board.alarms.push({
    id: 'PortfolioLinesUnvalued',
    metric: withPeriod(unvalued, 86_400),
    threshold: 1,
    evaluationPeriods: 1,
    description: 'Portfolio lines in a policy currency without an EUR reference rate keep their last value: publish the rate (PUT /v1/fx-rates/{date}).',
  });
  // The premium is declared monthly; a wave of late declarations is a billing run at risk.
  board.alarms.push({
    id: 'LateTurnoverDeclarations',
    metric: withPeriod(late, 86_400),
    threshold: 50,
    evaluationPeriods: 1,
    description: '50 or more turnover declarations came in late today: remind the policyholders (and their brokers) before the premium run.',
  });
}

function fxMonitoring(board: DashboardSection): void {
  board.widgets.push(
    graph({
      title: 'Reference rates published (a date published again counts again)',
      left: [metric('FxRatesPublished', 'Sum', 'published')],
      width: 12,
    }),
  );
}

function jobsMonitoring(board: DashboardSection): void {
  board.widgets.push(
    graph({
      title: 'Daily jobs: work items planned, done, failed tries',
      // A run that stalls shows as items planned and not done (and in the job-work backlog);
      // failed tries show before the dead-letter queue's alarm (five receives).
      left: [metric('JobItemsPlanned', 'Sum', 'items planned'), metric('JobWorkItemsDone', 'Sum', 'items done')],
      right: [metric('JobWorkItemsFailed', 'Sum', 'item tries failed')],
      width: 12,
    }),
  );
}

/** Every capability's section, in the order the dashboard shows them. */
export function businessDashboard(): DashboardSection[] {
  return [tenancyMonitoring, limitsMonitoring, coverMonitoring, webhookMonitoring, riskMonitoring, claimsMonitoring, portfolioMonitoring, jobsMonitoring, fxMonitoring].map((add) => {
    const section: DashboardSection = { widgets: [], alarms: [] };
    add(section);
    return section;
  });
}
