/**
 * The ops dashboard and its alarms as plain data: the CDK stack maps it to CloudWatch
 * (infra/constructs/monitoring.ts, business-monitoring.ts) and the local runtime draws the same
 * widgets at GET /ops (infra/local/ops-console.ts). Nothing here imports aws-cdk-lib, so the
 * local runtime reads it without loading the CDK.
 *
 * A metric names where it comes from rather than a CloudWatch dimension set: the stack knows
 * the API's name, the functions' names and the queues; the local runtime knows what it runs.
 */
// The side-effect-free module: the local runtime reads this description before the functions' environment exists.
import { MAX_DELAY_SECONDS } from '#events/queue-names';

/** A metric the functions publish with Powertools (EMF): namespace and `service` dimension from the stack. */
export interface BusinessMetric {
  readonly source: 'business';
  readonly name: string;
  readonly statistic: string;
  readonly label?: string;
  readonly dimensions?: Readonly<Record<string, string>>;
  /** Five minutes unless said. */
  readonly periodSeconds?: number;
}

/** API Gateway's own metrics for the whole stage; locally, the gateway's requests. */
export interface ApiMetric {
  readonly source: 'api';
  readonly name: 'Latency' | 'IntegrationLatency' | 'Count' | '4XXError' | '5XXError';
  readonly statistic: string;
  readonly label?: string;
  readonly periodSeconds: number;
}

/** One series per resource of a kind: each function, each stream consumer, each queue. */
export interface PerResourceMetric {
  readonly source: 'functions' | 'streamConsumers' | 'deadLetterQueues' | 'workQueues';
  /** AWS/Lambda Errors, Throttles, Duration, IteratorAge; AWS/SQS ApproximateNumberOfMessages…, ApproximateAgeOfOldestMessage. */
  readonly name: string;
  readonly statistic: string;
  readonly periodSeconds: number;
}

export interface Expression {
  readonly source: 'expression';
  /** CloudWatch metric math over the ids of `using`. */
  readonly expression: string;
  readonly using: Readonly<Record<string, BusinessMetric | ApiMetric>>;
  readonly label: string;
  readonly periodSeconds: number;
}

export type MetricSpec = BusinessMetric | ApiMetric | PerResourceMetric | Expression;

export interface GraphSpec {
  readonly kind: 'graph';
  readonly title: string;
  readonly left: readonly MetricSpec[];
  readonly right?: readonly MetricSpec[];
  readonly width: number;
  readonly stacked?: boolean;
}

export interface TextSpec {
  readonly kind: 'text';
  readonly markdown: string;
  readonly width: number;
  readonly height: number;
}

export type WidgetSpec = GraphSpec | TextSpec;

export interface AlarmSpec {
  readonly id: string;
  readonly metric: BusinessMetric | ApiMetric | Expression;
  readonly threshold: number;
  readonly evaluationPeriods: number;
  /** Every alarm of the description compares greater than or equal to its threshold. */
  readonly comparison: 'GreaterThanOrEqualToThreshold';
  readonly description: string;
}

/** A row of widgets, and the alarms of the same concern. */
export interface DashboardSection {
  readonly name: string;
  readonly rows: readonly (readonly WidgetSpec[])[];
  readonly alarms: readonly AlarmSpec[];
}

const MINUTE = 60;
const FIVE_MINUTES = 5 * MINUTE;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const business = (name: string, statistic: string, label: string, dimensions?: Record<string, string>): BusinessMetric => ({
  source: 'business',
  name,
  statistic,
  label,
  ...(dimensions ? { dimensions } : {}),
});
/** The same metric over another period (an alarm over an hour or a day). */
const over = <M extends BusinessMetric>(metric: M, periodSeconds: number): M => ({ ...metric, periodSeconds });
const api = (name: ApiMetric['name'], statistic: string, label?: string, periodSeconds = MINUTE): ApiMetric => ({
  source: 'api',
  name,
  statistic,
  periodSeconds,
  ...(label ? { label } : {}),
});
const graph = (title: string, left: readonly MetricSpec[], width: number, more: { right?: readonly MetricSpec[]; stacked?: boolean } = {}): GraphSpec => ({
  kind: 'graph',
  title,
  left,
  width,
  ...more,
});
const alarm = (id: string, metric: AlarmSpec['metric'], threshold: number, evaluationPeriods: number, description: string): AlarmSpec => ({
  id,
  metric,
  threshold,
  evaluationPeriods,
  comparison: 'GreaterThanOrEqualToThreshold',
  description,
});
const perResource = (source: PerResourceMetric['source'], name: string, statistic: string, periodSeconds = MINUTE): PerResourceMetric => ({
  source,
  name,
  statistic,
  periodSeconds,
});

/**
 * A message may legitimately wait SQS's longest delay (a retry scheduled in hops), then a
 * few receives; older than that and still there, its consumer is not keeping up or fails.
 */
export const OLDEST_MESSAGE_ALARM_SECONDS = MAX_DELAY_SECONDS + 15 * 60;

export const WEBHOOK_DEAD_LETTERED_PER_HOUR = 100;
export const WEBHOOK_SWEPT_PER_HOUR = 10;

const requests = api('Count', 'Sum', 'requests');
const serverErrors = api('5XXError', 'Sum', '5xx');

/** API, functions, event backbone: the first rows. Work-queue rows only when the stack has work queues. */
export const platformSection = (service: string): DashboardSection => ({
  name: 'platform',
  rows: [
    [{ kind: 'text', markdown: `# ${service}\nAPI, functions, event backbone. Alarms go to the SNS topic *${service} alarms*.`, width: 24, height: 2 }],
    [
      graph('API latency (ms)', [api('Latency', 'p50', 'latency p50'), api('Latency', 'p99', 'latency p99'), api('IntegrationLatency', 'p99', 'integration p99')], 8),
      graph('API requests and errors', [requests], 8, { right: [api('4XXError', 'Sum', '4xx'), serverErrors] }),
      graph('API 5xx rate (%)', [{ source: 'expression', expression: '100 * errors / MAX([requests, 1])', using: { errors: serverErrors, requests }, label: '5xx %', periodSeconds: MINUTE }], 8),
    ],
    [
      graph('Lambda errors', [perResource('functions', 'Errors', 'Sum')], 8),
      graph('Lambda throttles', [perResource('functions', 'Throttles', 'Sum')], 8),
      graph('Lambda duration p99 (ms)', [perResource('functions', 'Duration', 'p99')], 8),
    ],
    [
      graph('Stream iterator age (ms)', [perResource('streamConsumers', 'IteratorAge', 'Maximum')], 8),
      graph('Dead-letter queue depth', [perResource('deadLetterQueues', 'ApproximateNumberOfMessagesVisible', 'Maximum')], 8),
      graph('Events relayed to the bus', [business('EventsRelayed', 'Sum', 'relayed')], 8, { right: [business('RelayFailures', 'Sum', 'relay failures')] }),
    ],
    // SQS publishes queue metrics every five minutes: finer periods only repeat the point.
    [
      graph('Queue backlog (visible messages)', [perResource('workQueues', 'ApproximateNumberOfMessagesVisible', 'Maximum', FIVE_MINUTES)], 8),
      graph('Queue delayed messages (not yet due)', [perResource('workQueues', 'ApproximateNumberOfMessagesDelayed', 'Maximum', FIVE_MINUTES)], 8),
      graph('Queue oldest message age (s)', [perResource('workQueues', 'ApproximateAgeOfOldestMessage', 'Maximum', FIVE_MINUTES)], 8),
    ],
  ],
  alarms: [
    alarm('Api5xx', api('5XXError', 'Sum', undefined, FIVE_MINUTES), 5, 1, 'The API answered 5xx five times or more in five minutes.'),
    alarm('ApiLatencyP99', api('Latency', 'p99', undefined, FIVE_MINUTES), 1_000, 3, 'API p99 latency above one second for fifteen minutes.'),
  ],
});

const refused = business('AuthorizationRefused', 'Sum', 'keys refused');
const flushFailed = business('AuthorizerCacheFlushFailed', 'Sum', 'flush failed');
const tenancy: DashboardSection = {
  name: 'tenancy',
  rows: [
    [
      graph('Tenancy: onboarding and policy changes', [business('TenantsOnboarded', 'Sum', 'tenants onboarded'), business('PolicyChanges', 'Sum', 'policy changes')], 8),
      graph('API keys created and revoked; authorizer cache flushes', [business('ApiKeysCreated', 'Sum', 'created'), business('ApiKeysRevoked', 'Sum', 'revoked')], 8, {
        right: [business('AuthorizerCacheFlushed', 'Sum', 'cache flushed'), flushFailed],
      }),
      graph('Authorization refused (unknown or revoked keys)', [refused], 8),
    ],
  ],
  alarms: [
    // Hundreds of refused keys in five minutes is someone guessing, or a client with a revoked key.
    alarm('AuthorizationRefusedSpike', refused, 200, 1, 'More than 200 API keys refused in five minutes: key guessing, or an integration using a revoked key.'),
    // A revocation whose flush failed keeps the key usable until the access.changed event's
    // flush succeeds (EventBridge retries it; its rule's dead-letter queue alarms at one).
    alarm(
      'AuthorizerCacheFlushFailed',
      flushFailed,
      1,
      1,
      'A revocation or mandate change could not flush the API Gateway authorizer cache at once: check the access rule and its dead-letter queue; the key works until a flush succeeds (60 s at most after the last cached authorization).',
    ),
  ],
};

const referrals = business('Referrals', 'Sum', 'referred');
const limits: DashboardSection = {
  name: 'limits',
  rows: [
    [
      graph(
        'Limit decisions by outcome',
        ['approved', 'partly_approved', 'conditional', 'not_approved', 'referred', 'reduced', 'cancelled'].map((decision) => business('LimitDecisions', 'Sum', decision, { decision })),
        12,
        { stacked: true },
      ),
      graph(
        'Referrals and underwriter decisions',
        [referrals, ...['approved', 'partly_approved', 'conditional', 'not_approved'].map((decision) => business('UnderwriterDecisions', 'Sum', `underwriter: ${decision}`, { decision }))],
        12,
        { right: [business('BuyersRegistered', 'Sum', 'buyers registered')] },
      ),
    ],
  ],
  // A wave of referrals means the rules send too much to underwriters, or risk is rising.
  alarms: [alarm('ReferralSurge', referrals, 100, 3, 'More than 100 limit requests referred per five minutes for fifteen minutes: underwriters will fall behind.')],
};

const byRecommendation = ['accept', 'accept_with_deposit', 'cash_in_advance', 'decline'].map((recommendation) => business('CoverChecks', 'Sum', recommendation, { recommendation }));
const cover: DashboardSection = {
  name: 'cover',
  rows: [
    [
      graph('Cover checks by recommendation', byRecommendation, 12, { stacked: true }),
      // Export sales: invoices and cover checks converted from the buyers' currencies.
      graph('Invoices declared; invoices and cover checks in another currency', [business('InvoicesDeclared', 'Sum', 'invoices')], 12, {
        right: [business('InvoicesInOtherCurrency', 'Sum', 'invoices in another currency'), business('CoverChecksInOtherCurrency', 'Sum', 'cover checks in another currency')],
      }),
      // Sales on longer terms than a conditional limit allows: cover refused at the order, and
      // invoices left out of indemnities paid. A rise means tenants do not read their conditions.
      graph(
        "Beyond a limit's payment-terms condition: cover checks, invoices left out of indemnities",
        [business('CoverChecksBeyondCondition', 'Sum', 'cover checks'), business('InvoicesBeyondCondition', 'Sum', 'invoices left out')],
        12,
      ),
    ],
  ],
  // Declines are the moments a seller loses an order: a surge means a buyer or sector turned.
  alarms: [alarm('CoverDeclineSurge', byRecommendation[3]!, 200, 2, 'More than 200 orders declined per five minutes for ten minutes: check downgrades and sector alerts.')],
};

const succeeded = business('WebhookDeliveriesSucceeded', 'Sum', 'delivered');
const failed = business('WebhookAttemptsFailed', 'Sum', 'attempts failed');
const deadLettered = business('WebhookDeliveriesDeadLettered', 'Sum', 'dead-lettered');
const eventAge = (statistic: string) => business('WebhookEventAge', statistic, `event age ${statistic}`);
const swept = business('WebhookDeliveriesSwept', 'Sum', 'swept (message lost, sent again)');
// Failed attempts among all attempts; below 20 attempts in five minutes it reads 0, so a
// single endpoint failing at night is not a page (its deliveries dead-letter, alarmed below).
const failureRate: Expression = {
  source: 'expression',
  expression: 'IF(FILL(failed, 0) + FILL(succeeded, 0) >= 20, 100 * FILL(failed, 0) / MAX([FILL(failed, 0) + FILL(succeeded, 0), 1]), 0)',
  using: { failed, succeeded },
  label: 'failed attempts %',
  periodSeconds: FIVE_MINUTES,
};
const webhooks: DashboardSection = {
  name: 'webhooks',
  rows: [
    [
      graph('Webhook deliveries: created, delivered, failed attempts', [business('WebhookDeliveriesCreated', 'Sum', 'created'), succeeded, failed], 6, { right: [failureRate] }),
      graph(
        'Webhooks given up: dead-lettered, abandoned, endpoints disabled',
        [
          deadLettered,
          business('WebhookDeliveriesAbandoned', 'Sum', 'abandoned (endpoint disabled or deleted)'),
          business('WebhookEndpointsDisabled', 'Sum', 'endpoints disabled'),
          business('WebhookEventsUnreadable', 'Sum', 'events unreadable'),
        ],
        6,
        { right: [swept] },
      ),
      graph(
        'Webhook delivery latency and event age (ms)',
        ['p50', 'p99'].map((statistic) => business('WebhookDeliveryLatency', statistic, `endpoint latency ${statistic}`)),
        6,
        { right: [eventAge('p99')] },
      ),
      graph('Webhook endpoints created and deliveries replayed', [business('WebhookEndpointsCreated', 'Sum', 'endpoints created'), business('WebhookDeliveriesReplayed', 'Sum', 'replays')], 6),
    ],
  ],
  alarms: [
    // Each one is an event a tenant or broker did not receive after three days of retries. One
    // customer's endpoint down is theirs to fix (its owner sees it in the delivery log, and is
    // told when the endpoint is disabled); a hundred in an hour is a pattern worth a look.
    alarm(
      'WebhookDeadLettered',
      over(deadLettered, HOUR),
      WEBHOOK_DEAD_LETTERED_PER_HOUR,
      1,
      `${WEBHOOK_DEAD_LETTERED_PER_HOUR} or more webhook deliveries exhausted their retries in the last hour: see webhook-failed-deliveries for the endpoints, and whether one cause (a broker, a region) explains them.`,
    ),
    alarm('WebhookFailureRate', failureRate, 50, 3, 'Half or more of webhook attempts failed for fifteen minutes (20 attempts per five minutes at least): outbound network, signing, or many endpoints down.'),
    // A swept delivery is one whose message went missing: a crash between the write and the
    // send, or SQS refusing it. A few happen (a function timing out at the wrong moment); a
    // steady stream means the path itself drops messages.
    alarm(
      'WebhookDeliveriesSwept',
      over(swept, HOUR),
      WEBHOOK_SWEPT_PER_HOUR,
      1,
      `${WEBHOOK_SWEPT_PER_HOUR} or more webhook deliveries had to be enqueued again by the sweeper in the last hour (overdue with no message): look at the fan-out and delivery functions' errors and timeouts, and SQS send failures.`,
    ),
    // p90, not p99: a delivery that succeeds on a retry is minutes to hours old by design, and
    // a few of those would keep p99 high; a lag of the pipeline itself moves p90.
    alarm('WebhookEventAge', eventAge('p90'), 60_000, 3, 'One delivered webhook in ten reached its endpoint more than a minute after the event, for fifteen minutes: relay, bus or queues lag.'),
  ],
};

const detected = business('SectorAlertsRaised', 'Sum', 'detected', { source: 'detector' });
const opened = ['war', 'transfer_restriction', 'payment_moratorium', 'expropriation', 'import_licence_cancelled', 'other'].map((type) =>
  business('CountryEventsOpened', 'Sum', `opened: ${type}`, { type }),
);
const anyOpened: Expression = {
  source: 'expression',
  expression: `FILL(${opened.map((_, index) => `e${index}`).join(', 0) + FILL(')}, 0)`,
  using: Object.fromEntries(opened.map((metric, index) => [`e${index}`, over(metric, HOUR)])),
  label: 'country events opened',
  periodSeconds: HOUR,
};
const risk: DashboardSection = {
  name: 'risk',
  rows: [
    [
      graph(
        'Risk events by type, and buyers downgraded',
        ['insolvency_opened', 'payment_incident', 'rating_change', 'financials', 'closure'].map((type) => business('RiskEvents', 'Sum', type, { type })),
        8,
        { right: [business('BuyerDowngrades', 'Sum', 'buyers downgraded')], stacked: true },
      ),
      graph(
        'Limits downgraded, notices, reductions taking effect',
        [
          business('LimitsDowngraded', 'Sum', 'limits cut or cancelled (regrades)'),
          business('LimitsCancelledBackdated', 'Sum', 'cancelled from an insolvency recorded late'),
          business('SectorAlertLimitsCut', 'Sum', 'limits cut (sector alerts)'),
          business('ReductionsApplied', 'Sum', 'reductions taking effect'),
        ],
        8,
        { right: [business('GradeChangeNotices', 'Sum', 'grade-change notices')] },
      ),
      // A fan-out that stalls shows as items planned and not done (and in the queue's backlog);
      // failed tries show before the dead-letter queue's alarm (five receives).
      graph('Sector alerts raised, and their work items (planned, done, failed)', [detected, business('SectorAlertsRaised', 'Sum', 'raised by hand', { source: 'manual' })], 8, {
        right: [
          business('SectorAlertWorkItems', 'Sum', 'cut items planned'),
          business('SectorAlertWorkItemsDone', 'Sum', 'items done'),
          business('SectorAlertWorkItemsFailed', 'Sum', 'item tries failed'),
        ],
      }),
    ],
    // Political risk: country events opened and closed, the notices they sent, and what they
    // changed at order time and in claims (political claims are on the claims row too).
    [
      graph('Country events: opened by type, closed; notices, cover checks refused, political claims', [...opened, business('CountryEventsClosed', 'Sum', 'closed')], 12, {
        right: [
          ...['event_opened', 'event_closed', 'category_raised'].map((change) => business('CountryRiskNotices', 'Sum', `tenants told: ${change}`, { change })),
          business('CoverChecksCountryEvent', 'Sum', 'cover checks: cash in advance (country event)'),
          business('ClaimsOpened', 'Sum', 'political claims opened', { riskType: 'political' }),
        ],
      }),
    ],
  ],
  alarms: [
    // A country event makes every limit request there a referral: underwriters should know at once.
    alarm(
      'CountryEventOpened',
      anyOpened,
      1,
      1,
      'A country event was opened: limit requests on its buyers go to underwriters (country_event) and exposed tenants were told; review the exposure there (GET /v1/insurer/portfolio, byCountry).',
    ),
    // An alert cuts limits across tenants: an underwriter reviews each one the detector raises.
    alarm('SectorAlertDetected', over(detected, HOUR), 1, 1, 'The detector raised a sector alert: review it (GET /v1/sector-alerts) and close it if the wave is not real.'),
  ],
};

const lateNotifications = business('LateNotificationsRefused', 'Sum', 'late notifications refused');
const beyondLoss = business('RecoveriesBeyondLoss', 'Sum', 'recoveries refused beyond the loss');
const waitingForRates = business('ClaimsWaitingForRates', 'Sum', 'claims waiting for a reference rate');
const claims: DashboardSection = {
  name: 'claims',
  rows: [
    [
      graph(
        'Overdues: claims opened (commercial, political), invoices added to open claims, late notifications refused, deadline warnings',
        [
          ...['commercial', 'political'].map((riskType) => business('ClaimsOpened', 'Sum', `claims opened: ${riskType}`, { riskType })),
          business('ClaimInvoicesAdded', 'Sum', 'invoices added to open claims'),
          lateNotifications,
        ],
        8,
        { right: [business('DeadlineWarnings', 'Sum', 'deadline warnings sent')] },
      ),
      graph(
        'Claims: indemnifiable, indemnified, recovered; waiting for a reference rate',
        [
          business('ClaimsIndemnifiable', 'Sum', 'became indemnifiable'),
          business('ClaimsIndemnified', 'Sum', 'indemnified'),
          business('ClaimsRecovered', 'Sum', 'recovered before the loss'),
          business('RecoveriesRecorded', 'Sum', 'recoveries after indemnity'),
        ],
        8,
        { right: [waitingForRates] },
      ),
      graph('Indemnities paid (minor units of the policy currency)', [business('IndemnitiesPaid', 'Sum', 'indemnities paid')], 8),
      graph(
        'Due-date extensions and the stop of cover',
        [
          ...['approved', 'referred'].map((outcome) => business('ExtensionRequests', 'Sum', `requested: ${outcome}`, { outcome })),
          ...['approved', 'refused'].map((decision) => business('ExtensionDecisions', 'Sum', `insurer: ${decision}`, { decision })),
        ],
        12,
        { right: [business('CoverChecksAfterStopOfCover', 'Sum', 'cover checks after the stop of cover')] },
      ),
      graph('Claims money: collection costs, aggregate first loss, recoveries refused beyond the loss', [business('CollectionCostsRecorded', 'Sum', 'collection costs recorded'), beyondLoss], 12, {
        right: [
          business('CollectionCostsPaid', 'Sum', 'cost shares paid after indemnity (minor units)'),
          business('AggregateFirstLossUsed', 'Sum', 'aggregate first loss used by paid claims (minor units)'),
        ],
      }),
    ],
  ],
  alarms: [
    // Money came back that cannot be booked on the claim: a handler must look at it (a wrong claim, a duplicate entry).
    alarm(
      'RecoveriesBeyondLoss',
      over(beyondLoss, HOUR),
      1,
      1,
      'A recovery was refused because it would pass the claim’s loss: find the money’s claim (GET /v1/claims/{claimId}) and book it there.',
    ),
    // A claim on invoices in another currency cannot be valued without a rate in force on its date of loss.
    alarm(
      'ClaimsWaitingForRates',
      over(waitingForRates, DAY),
      1,
      1,
      'A claim whose waiting period ended could not be valued: its invoices’ currency has no reference rate in force on the date of loss. Publish one (PUT /v1/fx-rates/{date}); the next daily run values it.',
    ),
    // Late notifications lose policyholders their cover: many of them mean the warnings are not heard.
    alarm(
      'LateNotificationsSurge',
      over(lateNotifications, HOUR),
      10,
      1,
      '10 or more overdue notifications refused as late in an hour: check that deadline warnings are delivered (webhook failures) and tell the brokers.',
    ),
  ],
};

const lateDeclarations = business('LateTurnoverDeclarations', 'Sum', 'late declarations');
// The insurer's portfolio is read from counters the stream keeps; the daily reconciliation checks them.
const drift = business('PortfolioDrift', 'Maximum', 'figures drifted');
const driftAfterRepair = business('PortfolioDriftAfterRepair', 'Maximum', 'still drifted after repair');
const unvalued = business('PortfolioLinesUnvalued', 'Sum', 'lines without a rate');
const portfolio: DashboardSection = {
  name: 'portfolio',
  rows: [
    [
      graph('Turnover declarations: declared, corrected, late', [business('TurnoverDeclared', 'Sum', 'declared'), business('TurnoverCorrected', 'Sum', 'corrected'), lateDeclarations], 12),
      graph('Portfolio snapshots taken', [business('PortfolioSnapshots', 'Sum', 'snapshots')], 12),
    ],
    [
      graph(
        'Insurer portfolio counters: changes kept, failures, lines without a rate',
        [business('PortfolioPiecesChanged', 'Sum', 'pieces changed'), business('PortfolioLinesRevalued', 'Sum', 'revalued daily')],
        12,
        { right: [business('PortfolioAggregationFailures', 'Sum', 'pieces failed'), unvalued] },
      ),
      graph('Insurer portfolio drift (daily reconciliation)', [drift, driftAfterRepair], 12),
    ],
  ],
  alarms: [
    alarm(
      'PortfolioDrift',
      over(drift, DAY),
      1,
      1,
      'The insurer’s portfolio counters differed from the full computation: the reconciliation logged each figure (“portfolio counters drifted”) and rebuilt them. Look for a write path whose items the aggregator does not follow.',
    ),
    alarm(
      'PortfolioDriftAfterRepair',
      over(driftAfterRepair, DAY),
      1,
      1,
      'The portfolio counters still differ after the reconciliation rebuilt them (writes raced the rebuild, or the rebuild is wrong): the next day’s run repairs what raced; if it persists, the rebuild is wrong (the job worker’s log names each figure).',
    ),
    alarm('PortfolioLinesUnvalued', over(unvalued, DAY), 1, 1, 'Portfolio lines in a policy currency without an EUR reference rate keep their last value: publish the rate (PUT /v1/fx-rates/{date}).'),
    // The premium is declared monthly; a wave of late declarations is a billing run at risk.
    alarm('LateTurnoverDeclarations', over(lateDeclarations, DAY), 50, 1, '50 or more turnover declarations came in late today: remind the policyholders (and their brokers) before the premium run.'),
  ],
};

const jobs: DashboardSection = {
  name: 'jobs',
  rows: [
    [
      // A run that stalls shows as items planned and not done (and in the job-work backlog);
      // failed tries show before the dead-letter queue's alarm (five receives).
      graph('Daily jobs: work items planned, done, failed tries', [business('JobItemsPlanned', 'Sum', 'items planned'), business('JobWorkItemsDone', 'Sum', 'items done')], 12, {
        right: [business('JobWorkItemsFailed', 'Sum', 'item tries failed')],
      }),
    ],
  ],
  alarms: [],
};

const fx: DashboardSection = {
  name: 'fx',
  rows: [[graph('Reference rates published (a date published again counts again)', [business('FxRatesPublished', 'Sum', 'published')], 12)]],
  alarms: [],
};

/** The capabilities' sections, in the dashboard's order. */
export const businessSections: readonly DashboardSection[] = [tenancy, limits, cover, webhooks, risk, claims, portfolio, jobs, fx];

/** The whole description, platform first. */
export const dashboardSections = (service: string): readonly DashboardSection[] => [platformSection(service), ...businessSections];
