import { Duration, Stack } from 'aws-cdk-lib';
import type { RestApiBase } from 'aws-cdk-lib/aws-apigateway';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
  type IWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Operation, type TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Rule } from 'aws-cdk-lib/aws-events';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { OLDEST_MESSAGE_ALARM_SECONDS, platformSection, type DashboardSection, type MetricSpec, type WidgetSpec } from '../dashboard/widgets.ts';
import type { TopologyQueue } from './events.ts';
import type { Functions } from './functions.ts';

export interface MonitoringProps {
  readonly service: string;
  readonly metricsNamespace: string;
  readonly api: RestApiBase;
  readonly functions: Functions;
  readonly streamConsumers: readonly string[];
  readonly deadLetterQueues: readonly Queue[];
  /** Queues of customers' failures: their depth on the dashboard, no alarm per message. */
  readonly parkingQueues: readonly TopologyQueue[];
  /** Queues with a consumer: backlog on the dashboard, oldest message alarmed. */
  readonly workQueues: readonly TopologyQueue[];
  readonly table: TableV2;
  /** Rules on the custom bus and schedules (default bus): their permanently failed invocations. */
  readonly rules: readonly { readonly rule: Rule; readonly onCustomBus: boolean }[];
  readonly busName: string;
}

/** The table operations the functions call: throttling and system errors are summed over them. */
export const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
];

const FIVE_MINUTES = Duration.minutes(5);
/** CloudWatch: an alarm on a math expression uses at most 10 metrics. */
const MAX_ALARM_METRICS = 10;

export { OLDEST_MESSAGE_ALARM_SECONDS };

/**
 * The ops dashboard and the alarms that page. Capabilities add their business widgets and
 * alarms through addBusinessWidgets/addAlarm so everything the ops team watches is here.
 */
export class Monitoring extends Construct {
  readonly dashboard: Dashboard;
  readonly alarmTopic: Topic;
  private readonly props: MonitoringProps;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.props = props;

    // A key of our own: CloudWatch must encrypt with it to notify, and the AWS-managed
    // alias/aws/sns key's policy cannot grant it that, so alarms would never arrive.
    const alarmKey = new Key(this, 'AlarmKey', { enableKeyRotation: true, description: `${props.service} alarm topic` });
    const cloudWatch = new ServicePrincipal('cloudwatch.amazonaws.com');
    alarmKey.grant(cloudWatch, 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: `${props.service} alarms`,
      enforceSSL: true,
      masterKey: alarmKey,
    });
    // enforceSSL replaces the default topic policy: CloudWatch (this account only) may publish.
    this.alarmTopic.addToResourcePolicy(
      new PolicyStatement({
        principals: [cloudWatch],
        actions: ['sns:Publish'],
        resources: [this.alarmTopic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `${props.service}-operations`,
      defaultInterval: Duration.hours(3),
    });

    // The widgets and the alarms that are not one per resource come from the description the
    // local ops console reads too (infra/dashboard/widgets.ts).
    this.addSection(platformSection(props.service));
    props.deadLetterQueues.forEach((queue) =>
      this.addAlarm(`${queue.node.id}Depth`, {
        metric: queue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period: FIVE_MINUTES }),
        threshold: 1,
        evaluationPeriods: 1,
        description: `Messages wait in ${queue.node.id}: an event or batch could not be processed; inspect and redrive.`,
      }),
    );
    props.workQueues.forEach(({ queue }) =>
      this.addAlarm(`${queue.node.id}OldestMessage`, {
        metric: queue.metricApproximateAgeOfOldestMessage({ statistic: 'Maximum', period: FIVE_MINUTES }),
        threshold: OLDEST_MESSAGE_ALARM_SECONDS,
        evaluationPeriods: 1,
        description: `A message has waited in ${queue.node.id} for ${OLDEST_MESSAGE_ALARM_SECONDS / 60} minutes or more: its consumer is throttled, failing or stopped.`,
      }),
    );
    this.platformAlarms(props);
    props.streamConsumers.forEach((name) =>
      this.addAlarm(`${name}IteratorAge`, {
        metric: this.iteratorAge(name).with({ period: FIVE_MINUTES }),
        threshold: 60_000,
        evaluationPeriods: 3,
        description: 'The outbox relay lags more than a minute behind the table stream: events are late.',
      }),
    );
  }

  /**
   * What fails below the business: a function error (an unhandled exception or a timeout; the
   * API's handlers answer problem+json for what they expect), DynamoDB throttling or system
   * errors on the operations the functions call, and rule invocations EventBridge gave up on.
   */
  private platformAlarms(props: MonitoringProps): void {
    // One alarm per 10 functions (an alarm's expression may use 10 metrics at most), not one
    // each: 25 alarms were a tenth of the stack's resource budget. The dashboard's errors graph
    // says which function it was.
    const functions = [...props.functions.byName];
    for (let start = 0; start < functions.length; start += MAX_ALARM_METRICS) {
      const group = functions.slice(start, start + MAX_ALARM_METRICS);
      const usingMetrics = Object.fromEntries(group.map(([, fn], index) => [`e${start + index}`, fn.metricErrors({ statistic: 'Sum', period: FIVE_MINUTES })]));
      this.addAlarm(start === 0 ? 'FunctionErrors' : `FunctionErrors${start / MAX_ALARM_METRICS + 1}`, {
        // SUM of the series present: a function not invoked in the period publishes no Errors.
        metric: new MathExpression({ expression: `SUM([${Object.keys(usingMetrics).join(', ')}])`, usingMetrics, period: FIVE_MINUTES, label: 'function errors' }),
        threshold: 1,
        evaluationPeriods: 1,
        description: `One of ${group.map(([name]) => name).join(', ')} failed (an error or a timeout): the dashboard's function errors graph says which; see its log group. An asynchronous job's event is retried, then kept on the async-failures queue.`,
      });
    }
    const operations = { operations: TABLE_OPERATIONS, period: FIVE_MINUTES };
    this.addAlarm('TableThrottles', {
      metric: props.table.metricThrottledRequestsForOperations(operations) as MathExpression,
      threshold: 1,
      evaluationPeriods: 2,
      description: 'DynamoDB throttled requests for ten minutes: a hot partition or an account limit; the SDK retries, callers see latency and 503s.',
    });
    this.addAlarm('TableSystemErrors', {
      metric: props.table.metricSystemErrorsForOperations(operations) as MathExpression,
      threshold: 5,
      evaluationPeriods: 1,
      description: 'DynamoDB answered 500 five times or more in five minutes: check the AWS Health Dashboard.',
    });
    const failed = props.rules.map(
      ({ rule, onCustomBus }) =>
        new Metric({
          namespace: 'AWS/Events',
          metricName: 'FailedInvocations',
          // Rules on a custom bus publish with the bus name too; schedules are on the default bus.
          dimensionsMap: onCustomBus ? { EventBusName: props.busName, RuleName: rule.ruleName } : { RuleName: rule.ruleName },
          statistic: 'Sum',
          period: FIVE_MINUTES,
        }),
    );
    // An alarm's expression may use 10 metrics at most: one alarm per 10 rules.
    for (let start = 0; start < failed.length; start += MAX_ALARM_METRICS) {
      const chunk = Object.fromEntries(failed.slice(start, start + MAX_ALARM_METRICS).map((metric, index) => [`r${start + index}`, metric]));
      this.addAlarm(start === 0 ? 'RuleFailedInvocations' : `RuleFailedInvocations${start / MAX_ALARM_METRICS + 1}`, {
        // SUM of the series present: EventBridge publishes FailedInvocations only when not zero.
        metric: new MathExpression({ expression: `SUM([${Object.keys(chunk).join(', ')}])`, usingMetrics: chunk, period: FIVE_MINUTES, label: 'failed invocations' }),
        threshold: 1,
        evaluationPeriods: 1,
        description: 'EventBridge gave up invoking a rule target (its dead-letter queue holds the event when it could put it there).',
      });
    }
  }

  /** A metric the functions publish with Powertools (namespace and service dimension). */
  businessMetric(name: string, statistic: string, label: string | undefined, dimensions: Record<string, string> = {}, period = Duration.minutes(5)): Metric {
    return new Metric({
      namespace: this.props.metricsNamespace,
      metricName: name,
      dimensionsMap: { service: this.props.service, ...dimensions },
      statistic,
      period,
      ...(label !== undefined ? { label } : {}),
    });
  }

  private iteratorAge(name: string): Metric {
    return new Metric({
      namespace: 'AWS/Lambda',
      metricName: 'IteratorAge',
      dimensionsMap: { FunctionName: this.props.functions.get(name).functionName },
      statistic: 'Maximum',
      period: Duration.minutes(1),
      label: `${name} iterator age`,
    });
  }

  /** The CloudWatch metrics of one metric of the description: one per resource for per-resource metrics. */
  private metricsOf(spec: MetricSpec): (Metric | MathExpression)[] {
    const { api, functions } = this.props;
    switch (spec.source) {
      case 'business':
        return [this.businessMetric(spec.name, spec.statistic, spec.label, spec.dimensions, spec.periodSeconds === undefined ? undefined : Duration.seconds(spec.periodSeconds))];
      case 'api': {
        const options = { statistic: spec.statistic, period: Duration.seconds(spec.periodSeconds), ...(spec.label !== undefined ? { label: spec.label } : {}) };
        const byName = {
          Latency: () => api.metricLatency(options),
          IntegrationLatency: () => api.metricIntegrationLatency(options),
          Count: () => api.metricCount(options),
          '4XXError': () => api.metricClientError(options),
          '5XXError': () => api.metricServerError(options),
        } as const;
        return [byName[spec.name]()];
      }
      case 'expression':
        return [
          new MathExpression({
            expression: spec.expression,
            usingMetrics: Object.fromEntries(Object.entries(spec.using).map(([id, metric]) => [id, this.metricsOf(metric)[0]!])),
            label: spec.label,
            period: Duration.seconds(spec.periodSeconds),
          }),
        ];
      case 'functions':
        return [...functions.byName.entries()].map(([name, fn]) => {
          const options = { statistic: spec.statistic, period: Duration.seconds(spec.periodSeconds), label: name };
          return spec.name === 'Errors' ? fn.metricErrors(options) : spec.name === 'Throttles' ? fn.metricThrottles(options) : fn.metricDuration(options);
        });
      case 'streamConsumers':
        return this.props.streamConsumers.map((name) => this.iteratorAge(name));
      case 'deadLetterQueues':
        return [
          ...this.props.deadLetterQueues.map((queue) => ({ queue, label: queue.node.id })),
          ...this.props.parkingQueues.map(({ name, queue }) => ({ queue, label: `${name} (not alarmed)` })),
        ].map(({ queue, label }) => queue.metric(spec.name, { statistic: spec.statistic, period: Duration.seconds(spec.periodSeconds), label }));
      case 'workQueues':
        return this.props.workQueues.map(({ name, queue }) => queue.metric(spec.name, { statistic: spec.statistic, period: Duration.seconds(spec.periodSeconds), label: name }));
    }
  }

  private widgetOf(spec: WidgetSpec): IWidget | undefined {
    if (spec.kind === 'text') return new TextWidget({ markdown: spec.markdown, width: spec.width, height: spec.height });
    const left = spec.left.flatMap((metric) => this.metricsOf(metric));
    const right = (spec.right ?? []).flatMap((metric) => this.metricsOf(metric));
    // A graph of per-resource metrics with no such resource (no work queue) is left out.
    if (left.length + right.length === 0) return undefined;
    return new GraphWidget({
      title: spec.title,
      left,
      ...(right.length > 0 ? { right } : {}),
      width: spec.width,
      ...(spec.stacked ? { stacked: true } : {}),
    });
  }

  /** A section of the description: its rows on the dashboard, its alarms. */
  addSection(section: DashboardSection): void {
    for (const row of section.rows) {
      const widgets = row.map((spec) => this.widgetOf(spec)).filter((widget) => widget !== undefined);
      if (widgets.length > 0) this.dashboard.addWidgets(...widgets);
    }
    for (const alarm of section.alarms) {
      this.addAlarm(alarm.id, { metric: this.metricsOf(alarm.metric)[0]!, threshold: alarm.threshold, evaluationPeriods: alarm.evaluationPeriods, description: alarm.description });
    }
  }

  addBusinessWidgets(...widgets: IWidget[]): void {
    this.dashboard.addWidgets(...widgets);
  }

  addAlarm(
    id: string,
    args: { metric: Metric | MathExpression; threshold: number; evaluationPeriods: number; description: string },
  ): Alarm {
    const alarm = new Alarm(this, id, {
      metric: args.metric,
      threshold: args.threshold,
      evaluationPeriods: args.evaluationPeriods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: args.description,
    });
    alarm.addAlarmAction(new SnsAction(this.alarmTopic));
    alarm.addOkAction(new SnsAction(this.alarmTopic));
    return alarm;
  }
}
