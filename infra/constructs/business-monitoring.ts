/**
 * The business part of the ops dashboard, drawn from its one description (infra/dashboard.ts):
 * each graph a CloudWatch GraphWidget, each series a metric of the functions' namespace (with
 * the service dimension) or a metric math expression, each alarm one of the Monitoring's.
 */
import { Duration } from 'aws-cdk-lib';
import { GraphWidget, MathExpression, type IMetric, type Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { businessDashboard, type MetricSeries, type Series } from '../dashboard.ts';
import type { Monitoring } from './monitoring.ts';

function metricOf(monitoring: Monitoring, series: MetricSeries): Metric {
  return monitoring.businessMetric(series.name, series.statistic, series.label, { ...series.dimensions }).with({ period: Duration.seconds(series.periodSeconds) });
}

function seriesOf(monitoring: Monitoring, series: Series): Metric | MathExpression {
  if (series.kind === 'metric') return metricOf(monitoring, series);
  return new MathExpression({
    expression: series.expression,
    usingMetrics: Object.fromEntries(Object.entries(series.usingMetrics).map(([name, used]) => [name, metricOf(monitoring, used)])),
    label: series.label,
    period: Duration.seconds(series.periodSeconds),
  });
}

export function businessMonitoring(monitoring: Monitoring): void {
  for (const section of businessDashboard()) {
    monitoring.addBusinessWidgets(
      ...section.widgets.map(
        (graph) =>
          new GraphWidget({
            title: graph.title,
            left: graph.left.map((series): IMetric => seriesOf(monitoring, series)),
            ...(graph.right ? { right: graph.right.map((series): IMetric => seriesOf(monitoring, series)) } : {}),
            width: graph.width,
            ...(graph.stacked ? { stacked: true } : {}),
          }),
      ),
    );
    for (const alarm of section.alarms) {
      monitoring.addAlarm(alarm.id, { metric: seriesOf(monitoring, alarm.metric), threshold: alarm.threshold, evaluationPeriods: alarm.evaluationPeriods, description: alarm.description });
    }
  }
}
