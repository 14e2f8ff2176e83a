/** What each capability adds to the stack: throttling per tenant, and its dashboard widgets and alarms. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import { deployedRoutes, topology } from '../../shared/topology/index.ts';
import { REPO_ROOT } from '../../infra/constructs/functions.ts';
import { METRICS_NAMESPACE } from '../../infra/stack.ts';
import { alarmMetrics, apiBody, asArray, dashboardWidgets, lambdaOf, methodsByPath, render, roleIdOf, statementsOf, synthTemplate, widgetMetrics, type AlarmProps, type MetricRef } from './helpers.ts';
import { JOB_METRICS } from '../../functions/jobs/metrics.ts';

const { template, cfn } = synthTemplate(topology, 'Throttled');

describe('revocation flushes the authorizer cache', () => {
  const { cfn: revocation } = synthTemplate(topology, 'Revocation');
  const flushers = Object.entries(topology.functions).filter(([, spec]) => spec.permissions.apiManagement?.includes('apigateway:DELETE'));

  it('lets the tenancy function and the access.changed consumer flush, and no other', () => {
    expect(flushers.map(([name]) => name).sort()).toEqual(['accessChanges', 'tenancy']);
  });

  it.each(flushers)('%s knows the API and stage and may DELETE only its authorizer cache', (_name, spec) => {
    const fn = lambdaOf(revocation, spec.description);
    const env = fn.props.Environment?.Variables ?? {};
    expect(render(env['API_STAGE'])).toBe(topology.stage);
    expect(render(env['REST_API_ID'])).toMatch(/^\$\{\w+\}$/);
    const deletes = statementsOf(revocation, roleIdOf(fn)).filter((statement) => asArray(statement.Action).includes('apigateway:DELETE'));
    expect(deletes.flatMap((statement) => asArray(statement.Resource).map(render))).toEqual([
      `arn:\${AWS::Partition}:apigateway:\${AWS::Region}::/restapis/${render(env['REST_API_ID'])}/stages/${topology.stage}/cache/authorizers`,
    ]);
  });

  it('routes access.changed to the flush, not to the monitoring fan-out', () => {
    const access = topology.rules.find((rule) => rule.name === 'access');
    expect(access?.pattern).toEqual({ source: ['bouclier'], 'detail-type': ['access.changed'] });
    expect(access?.targets).toEqual([{ function: 'accessChanges' }]);
    const monitoring = topology.rules.find((rule) => rule.name === 'monitoring');
    expect(monitoring?.pattern['detail-type']).not.toContain('access.changed');
  });

  it('reads the calling key again on every route that mints credentials, grants access or redirects events', () => {
    expect(topology.routes.filter((route) => route.recheckKey).map((route) => route.operationId).sort()).toEqual(
      ['createApiKey', 'createBroker', 'createTenant', 'createWebhook', 'deleteWebhook', 'putBrokerMandates', 'revokeApiKey', 'rotateWebhookSecret', 'updateWebhook'].sort(),
    );
  });
});

describe('throttling per tenant with usage plans', () => {
  it('takes usage keys from the authorizer', () => {
    expect(apiBody(cfn)['x-amazon-apigateway-api-key-source']).toBe('AUTHORIZER');
  });

  it.each(Object.entries(topology.throttling.tiers))('has a usage plan for the %s tier with its rate and burst', (tier, limits) => {
    const plans = template.findResources('AWS::ApiGateway::UsagePlan', { Properties: { UsagePlanName: `${topology.service}-${tier}` } });
    expect(Object.values(plans).map((plan) => (plan as { Properties: { Throttle?: unknown } }).Properties.Throttle)).toEqual([
      expect.objectContaining({ RateLimit: limits.rateLimit, BurstLimit: limits.burstLimit }),
    ]);
  });

  it('requires a usage key on every route behind the authorizer, none on public ones', () => {
    const methods = methodsByPath(cfn).filter((method) => method.props.HttpMethod !== 'ANY');
    const guarded = deployedRoutes(topology).filter((route) => route.access !== 'public');
    const custom = methods.filter((method) => method.props.AuthorizationType === 'CUSTOM');
    expect(custom).toHaveLength(guarded.length);
    for (const method of custom) expect(method.props.ApiKeyRequired).toBe(true);
    expect(methods.filter((method) => method.props.AuthorizationType === 'NONE' && method.props.ApiKeyRequired)).toEqual([]);
  });

  it('gives the insurer staff one usage key in the internal plan, known to the authorizer', () => {
    expect(Object.keys(template.findResources('AWS::ApiGateway::ApiKey'))).toHaveLength(1);
    expect(Object.keys(template.findResources('AWS::ApiGateway::UsagePlanKey'))).toHaveLength(1);
    expect(() =>
      template.hasResourceProperties('AWS::Lambda::Function', {
        Description: topology.functions.authorizer.description,
        Environment: { Variables: Match.objectLike({ INSURER_USAGE_KEY: Match.stringLikeRegexp('insurer-staff-usage-key') }) },
      }),
    ).not.toThrow();
  });

  it('tells the functions that register usage keys the plan of each tier', () => {
    const variables = Object.fromEntries(Object.keys(topology.throttling.tiers).map((tier) => [`USAGE_PLAN_${tier.toUpperCase()}`, `${topology.service}-${tier}`]));
    expect(() =>
      template.hasResourceProperties('AWS::Lambda::Function', {
        Description: topology.functions.tenancy.description,
        Environment: { Variables: Match.objectLike(variables) },
      }),
    ).not.toThrow();
  });
});

describe('tenancy on the dashboard', () => {
  const { template: t } = synthTemplate(topology, 'Dashboards');
  it('graphs onboarding, keys and refused authorizations, and alarms on a spike of refusals', () => {
    const dashboards = t.findResources('AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(Object.values(dashboards)[0]);
    for (const metric of ['TenantsOnboarded', 'PolicyChanges', 'ApiKeysCreated', 'ApiKeysRevoked', 'AuthorizationRefused']) expect(body).toContain(metric);
    const alarms = Object.values(t.findResources('AWS::CloudWatch::Alarm')).map((alarm) => JSON.stringify(alarm));
    const refusals = alarms.filter((alarm) => alarm.includes('"AuthorizationRefused"') && alarm.includes('"Namespace":"Bouclier"'));
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toContain('"Threshold":200');
  });
});

describe('limits on the dashboard', () => {
  const { template: t } = synthTemplate(topology, 'LimitDashboards');
  it('graphs decisions by outcome and referrals, and alarms on a surge of referrals', () => {
    const body = JSON.stringify(Object.values(t.findResources('AWS::CloudWatch::Dashboard'))[0]).replaceAll('\\"', '"');
    for (const decision of ['approved', 'partly_approved', 'not_approved', 'referred']) expect(body).toContain(`"LimitDecisions","decision","${decision}"`);
    expect(body).toContain('UnderwriterDecisions');
    const alarms = Object.values(t.findResources('AWS::CloudWatch::Alarm')).map((alarm) => JSON.stringify(alarm));
    expect(alarms.filter((alarm) => alarm.includes('"Referrals"'))).toHaveLength(1);
  });
});

describe('cover checks on the dashboard', () => {
  const { template: t } = synthTemplate(topology, 'CoverDashboards');
  it('graphs cover checks by recommendation and alarms on a surge of declines', () => {
    const body = JSON.stringify(Object.values(t.findResources('AWS::CloudWatch::Dashboard'))[0]).replaceAll('\\"', '"');
    for (const recommendation of ['accept', 'accept_with_deposit', 'cash_in_advance', 'decline']) expect(body).toContain(`"CoverChecks","recommendation","${recommendation}"`);
    const alarms = Object.values(t.findResources('AWS::CloudWatch::Alarm')).map((alarm) => JSON.stringify(alarm));
    expect(alarms.filter((alarm) => alarm.includes('"CoverChecks"') && alarm.includes('"decline"'))).toHaveLength(1);
  });

  it('graphs invoices declared and the invoices and cover checks in another currency, all published by the cover function', () => {
    const shown = dashboardWidgets(synthTemplate(topology, 'CoverDashboards').cfn.one<{ DashboardBody: unknown }>('AWS::CloudWatch::Dashboard').props.DashboardBody)
      .flatMap(widgetMetrics)
      .filter((m) => m.namespace === METRICS_NAMESPACE);
    const handler = readFileSync(path.join(REPO_ROOT, 'functions', 'cover', 'handler.ts'), 'utf8');
    for (const name of ['InvoicesDeclared', 'InvoicesInOtherCurrency', 'CoverChecksInOtherCurrency']) {
      expect(shown.some((m) => m.name === name), name).toBe(true);
      expect(handler, name).toContain(`addMetric('${name}'`);
    }
  });
});

describe('webhooks on the dashboard', () => {
  const { cfn } = synthTemplate(topology, 'WebhookDashboards');
  const widgets = dashboardWidgets(cfn.one<{ DashboardBody: unknown }>('AWS::CloudWatch::Dashboard').props.DashboardBody);
  interface WebhookAlarmProps extends Omit<AlarmProps, 'Metrics'> {
    readonly Threshold?: number;
    readonly EvaluationPeriods?: number;
    readonly ComparisonOperator?: string;
    readonly Metrics?: { Id: string; Expression?: string; MetricStat?: NonNullable<AlarmProps['Metrics']>[number]['MetricStat'] & { Period?: number } }[];
  }
  const alarms = cfn.ofType<WebhookAlarmProps>('AWS::CloudWatch::Alarm');
  /** Period and statistic of an alarm on one metric (CDK renders it as a one-metric query when labelled). */
  const single = (alarm: WebhookAlarmProps | undefined) => {
    const stat = alarm?.Metrics?.length === 1 ? alarm.Metrics[0]?.MetricStat : undefined;
    return { period: stat?.Period, stat: stat?.Stat };
  };
  const webhookMetrics = (metrics: readonly MetricRef[]) => metrics.filter((m) => m.namespace === METRICS_NAMESPACE && m.name.startsWith('Webhook'));
  const shown = webhookMetrics(widgets.flatMap(widgetMetrics));
  const shows = (name: string, stat: string) => shown.some((m) => m.name === name && m.stat === stat);
  const alarmsOn = (name: string) => alarms.filter((alarm) => alarmMetrics(alarm.props).some((m) => m.namespace === METRICS_NAMESPACE && m.name === name));

  // What the functions publish: Powertools' namespace and its one default dimension, service.
  const emitted = readdirSync(path.join(REPO_ROOT, 'functions', 'webhooks'))
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(path.join(REPO_ROOT, 'functions', 'webhooks', file), 'utf8').matchAll(/addMetric\('(\w+)'/g)].map((m) => m[1]));

  it('watches metrics the webhook functions publish, under their namespace and service dimension', () => {
    for (const name of ['webhooks', 'webhookFanout', 'webhookDelivery'] as const) {
      const env = lambdaOf(cfn, topology.functions[name].description).props.Environment?.Variables ?? {};
      expect(render(env['POWERTOOLS_METRICS_NAMESPACE'])).toBe(METRICS_NAMESPACE);
      expect(render(env['POWERTOOLS_SERVICE_NAME'])).toBe(topology.service);
    }
    const watched = [...shown, ...webhookMetrics(alarms.flatMap((alarm) => alarmMetrics(alarm.props)))];
    expect(watched.length).toBeGreaterThan(0);
    for (const metric of watched) {
      expect(emitted, metric.name).toContain(metric.name);
      expect(metric.dimensions, metric.name).toEqual({ service: topology.service });
    }
  });

  it('graphs deliveries delivered against failed attempts, what was given up, latency p50/p99 and event age p99', () => {
    expect(shows('WebhookDeliveriesSucceeded', 'Sum')).toBe(true);
    expect(shows('WebhookAttemptsFailed', 'Sum')).toBe(true);
    expect(shows('WebhookDeliveriesDeadLettered', 'Sum')).toBe(true);
    expect(shows('WebhookEndpointsDisabled', 'Sum')).toBe(true);
    expect(shows('WebhookDeliveryLatency', 'p50')).toBe(true);
    expect(shows('WebhookDeliveryLatency', 'p99')).toBe(true);
    expect(shows('WebhookEventAge', 'p99')).toBe(true);
    const delivered = widgets.find((w) => widgetMetrics(w).some((m) => m.name === 'WebhookDeliveriesSucceeded'));
    expect(widgetMetrics(delivered ?? { type: '', properties: {} }).map((m) => m.name)).toContain('WebhookAttemptsFailed');
  });

  it('alarms on a hundred dead-lettered deliveries within an hour (one is its owner’s to fix)', () => {
    const deadLettered = alarmsOn('WebhookDeliveriesDeadLettered');
    expect(deadLettered).toHaveLength(1);
    expect(deadLettered[0]?.props).toMatchObject({ Threshold: 100, EvaluationPeriods: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    expect(single(deadLettered[0]?.props)).toEqual({ period: 3600, stat: 'Sum' });
  });

  it('alarms when half the attempts fail for fifteen minutes, from 20 attempts per five minutes', () => {
    const ratio = alarmsOn('WebhookAttemptsFailed');
    expect(ratio).toHaveLength(1);
    expect(alarmsOn('WebhookDeliveriesSucceeded').map((a) => a.id)).toEqual(ratio.map((a) => a.id));
    expect(ratio[0]?.props).toMatchObject({ Threshold: 50, EvaluationPeriods: 3 });
    const expression = ratio[0]?.props.Metrics?.find((m) => m.Expression)?.Expression;
    expect(expression).toBe('IF(FILL(failed, 0) + FILL(succeeded, 0) >= 20, 100 * FILL(failed, 0) / MAX([FILL(failed, 0) + FILL(succeeded, 0), 1]), 0)');
    for (const metric of ratio[0]?.props.Metrics ?? []) if (metric.MetricStat) expect(metric.MetricStat.Period, metric.Id).toBe(300);
  });

  it('graphs and alarms on deliveries the sweeper had to enqueue again (ten within an hour)', () => {
    expect(shows('WebhookDeliveriesSwept', 'Sum')).toBe(true);
    const swept = alarmsOn('WebhookDeliveriesSwept');
    expect(swept).toHaveLength(1);
    expect(swept[0]?.props).toMatchObject({ Threshold: 10, EvaluationPeriods: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    expect(single(swept[0]?.props)).toEqual({ period: 3600, stat: 'Sum' });
  });

  it('runs the sweeper every five minutes, allowed only to query, update deliveries and send to the deliveries queue', () => {
    const schedule = topology.schedules.find((candidate) => candidate.function === 'webhookSweeper');
    expect(schedule?.expression).toBe('rate(5 minutes)');
    expect(topology.functions.webhookSweeper.permissions).toEqual({
      table: ['dynamodb:Query', 'dynamodb:UpdateItem'],
      queues: { 'webhook-deliveries': ['sqs:SendMessage'] },
    });
  });

  it('alarms when one delivery in ten arrives more than a minute after its event, three periods running', () => {
    const age = alarmsOn('WebhookEventAge');
    expect(age).toHaveLength(1);
    expect(age[0]?.props).toMatchObject({ Threshold: 60_000, EvaluationPeriods: 3 });
    expect(single(age[0]?.props)).toEqual({ period: 300, stat: 'p90' });
  });
});

/** What the daily job workers publish: each job's counts, under the names in functions/jobs/metrics.ts. */
const jobMetrics = Object.values(JOB_METRICS).flatMap((counts) => Object.values(counts).map((metric) => metric.name));

describe('buyer monitoring on the dashboard', () => {
  const { cfn } = synthTemplate(topology, 'RiskDashboards');
  const widgets = dashboardWidgets(cfn.one<{ DashboardBody: unknown }>('AWS::CloudWatch::Dashboard').props.DashboardBody);
  const shown = widgets.flatMap(widgetMetrics).filter((m) => m.namespace === METRICS_NAMESPACE);
  const alarms = cfn.ofType<AlarmProps>('AWS::CloudWatch::Alarm');
  // What the monitoring functions publish, directly or by outcome (countByOutcome).
  const emitted = readdirSync(path.join(REPO_ROOT, 'functions', 'monitoring'))
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(path.join(REPO_ROOT, 'functions', 'monitoring', file), 'utf8').matchAll(/(?:addMetric|countByOutcome)\('(\w+)'/g)].map((m) => m[1]))
    .concat(jobMetrics);

  it('graphs risk events by type, downgrades, notices, reductions and sector alerts, all published by the functions', () => {
    for (const type of ['insolvency_opened', 'payment_incident', 'rating_change', 'financials', 'closure']) {
      expect(shown.some((m) => m.name === 'RiskEvents' && m.dimensions['type'] === type), type).toBe(true);
    }
    for (const name of ['BuyerDowngrades', 'LimitsDowngraded', 'LimitsCancelledBackdated', 'SectorAlertLimitsCut', 'ReductionsApplied', 'GradeChangeNotices', 'SectorAlertsRaised', 'SectorAlertWorkItems', 'SectorAlertWorkItemsDone', 'SectorAlertWorkItemsFailed']) {
      expect(shown.some((m) => m.name === name), name).toBe(true);
      expect(emitted, name).toContain(name);
    }
  });

  it('graphs country events by type, closings, the notices sent, cover checks sent cash in advance and political claims; alarms on an event opened', () => {
    const published = ['monitoring', 'cover'].flatMap((folder) =>
      readdirSync(path.join(REPO_ROOT, 'functions', folder))
        .filter((file) => file.endsWith('.ts'))
        .flatMap((file) => [...readFileSync(path.join(REPO_ROOT, 'functions', folder, file), 'utf8').matchAll(/(?:addMetric|countByOutcome)\('(\w+)'/g)].map((m) => m[1])),
    );
    for (const type of ['war', 'transfer_restriction', 'payment_moratorium', 'expropriation', 'import_licence_cancelled', 'other']) {
      expect(shown.some((m) => m.name === 'CountryEventsOpened' && m.dimensions['type'] === type), type).toBe(true);
    }
    for (const name of ['CountryEventsOpened', 'CountryEventsClosed', 'CountryRiskNotices', 'CoverChecksCountryEvent']) {
      expect(shown.some((m) => m.name === name), name).toBe(true);
      expect(published, name).toContain(name);
    }
    expect(shown.some((m) => m.name === 'ClaimsOpened' && m.dimensions['riskType'] === 'political')).toBe(true);
    const opened = alarms.filter((alarm) => alarmMetrics(alarm.props).some((m) => m.name === 'CountryEventsOpened'));
    expect(opened).toHaveLength(1);
    expect(opened[0]?.props).toMatchObject({ Threshold: 1 });
    expect(alarmMetrics(opened[0]!.props).filter((m) => m.name === 'CountryEventsOpened')).toHaveLength(6);
  });

  it('alarms when the detector raises a sector alert, for an underwriter to review', () => {
    const detected = alarms.filter((alarm) => alarmMetrics(alarm.props).some((m) => m.name === 'SectorAlertsRaised' && m.dimensions['source'] === 'detector'));
    expect(detected).toHaveLength(1);
    expect(detected[0]?.props).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });
});

describe('claims on the dashboard', () => {
  const { cfn } = synthTemplate(topology, 'ClaimDashboards');
  const widgets = dashboardWidgets(cfn.one<{ DashboardBody: unknown }>('AWS::CloudWatch::Dashboard').props.DashboardBody);
  const shown = widgets.flatMap(widgetMetrics).filter((m) => m.namespace === METRICS_NAMESPACE);
  const alarms = cfn.ofType<AlarmProps>('AWS::CloudWatch::Alarm');
  const emitted = ['claims', 'monitoring'].flatMap((folder) =>
    readdirSync(path.join(REPO_ROOT, 'functions', folder))
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...readFileSync(path.join(REPO_ROOT, 'functions', folder, file), 'utf8').matchAll(/(?:addMetric|countByOutcome)\('(\w+)'/g)].map((m) => m[1])),
  ).concat(jobMetrics);

  it('graphs claims opened, late notifications, warnings, indemnities and recoveries, all published by the functions', () => {
    for (const name of [
      'ClaimsOpened',
      'ClaimInvoicesAdded',
      'LateNotificationsRefused',
      'DeadlineWarnings',
      'ClaimsIndemnifiable',
      'ClaimsIndemnified',
      'ClaimsRecovered',
      'RecoveriesRecorded',
      'IndemnitiesPaid',
      'CollectionCostsRecorded',
      'CollectionCostsPaid',
      'AggregateFirstLossUsed',
      'RecoveriesBeyondLoss',
      'ClaimsWaitingForRates',
    ]) {
      expect(shown.some((m) => m.name === name), name).toBe(true);
      expect(emitted, name).toContain(name);
    }
  });

  it('alarms on a surge of late notifications', () => {
    const late = alarms.filter((alarm) => alarmMetrics(alarm.props).some((m) => m.name === 'LateNotificationsRefused'));
    expect(late).toHaveLength(1);
    expect(late[0]?.props).toMatchObject({ Threshold: 10 });
  });

  it('alarms on a claim waiting for a reference rate', () => {
    const waiting = alarms.filter((alarm) => alarmMetrics(alarm.props).some((m) => m.name === 'ClaimsWaitingForRates'));
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.props).toMatchObject({ Threshold: 1 });
    expect(JSON.stringify(waiting[0]?.props)).toContain('"Period":86400');
  });

  it('alarms on the first recovery refused beyond a claim’s loss', () => {
    const beyond = alarms.filter((alarm) => alarmMetrics(alarm.props).some((m) => m.name === 'RecoveriesBeyondLoss'));
    expect(beyond).toHaveLength(1);
    expect(beyond[0]?.props).toMatchObject({ Threshold: 1 });
  });
});

describe('premium and portfolio on the dashboard', () => {
  const { cfn } = synthTemplate(topology, 'PortfolioDashboards');
  const shown = dashboardWidgets(cfn.one<{ DashboardBody: unknown }>('AWS::CloudWatch::Dashboard').props.DashboardBody)
    .flatMap(widgetMetrics)
    .filter((m) => m.namespace === METRICS_NAMESPACE);
  const emitted = readdirSync(path.join(REPO_ROOT, 'functions', 'portfolio'))
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(path.join(REPO_ROOT, 'functions', 'portfolio', file), 'utf8').matchAll(/addMetric\((?:created \? )?'(\w+)'(?: : '(\w+)')?/g)].flatMap((m) => [m[1], m[2]]))
    .concat(jobMetrics);

  it('graphs declarations (declared, corrected, late) and snapshots, all published by the functions; alarms on late declarations', () => {
    for (const name of ['TurnoverDeclared', 'TurnoverCorrected', 'LateTurnoverDeclarations', 'PortfolioSnapshots']) {
      expect(shown.some((m) => m.name === name), name).toBe(true);
      expect(emitted, name).toContain(name);
    }
    const alarms = cfn.ofType<AlarmProps>('AWS::CloudWatch::Alarm').filter((alarm) => alarmMetrics(alarm.props).some((m) => m.name === 'LateTurnoverDeclarations'));
    expect(alarms).toHaveLength(1);
  });
});

describe('reference rates on the dashboard', () => {
  const { cfn } = synthTemplate(topology, 'FxDashboards');
  const shown = dashboardWidgets(cfn.one<{ DashboardBody: unknown }>('AWS::CloudWatch::Dashboard').props.DashboardBody)
    .flatMap(widgetMetrics)
    .filter((m) => m.namespace === METRICS_NAMESPACE);
  const handler = readFileSync(path.join(REPO_ROOT, 'functions', 'buyers', 'handler.ts'), 'utf8');

  it('graphs the publications the buyers function counts', () => {
    expect(shown.some((m) => m.name === 'FxRatesPublished')).toBe(true);
    expect(handler).toContain("addMetric('FxRatesPublished'");
  });
});
