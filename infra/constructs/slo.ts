/**
 * Service level objectives over 30 days, watched with multi-window burn-rate alarms (the
 * method of Google's SRE workbook): an alarm fires when the error budget burns fast over a long
 * window *and* still burns over a short one, so it pages soon for a real outage and stops soon
 * after it ends. A dashboard row shows the budget left over the last 30 days.
 */
import { Duration } from 'aws-cdk-lib';
import type { RestApiBase } from 'aws-cdk-lib/aws-apigateway';
import {
  Alarm,
  AlarmRule,
  AlarmState,
  ComparisonOperator,
  CompositeAlarm,
  GraphWidget,
  MathExpression,
  Metric,
  SingleValueWidget,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Monitoring } from './monitoring.ts';

export const SLO_WINDOW_DAYS = 30;

export interface Objective {
  readonly name: string;
  readonly description: string;
  /** Percent of good events over the window. */
  readonly targetPercent: number;
}

export const AVAILABILITY: Objective = { name: 'Availability', description: 'API answers that are not 5xx', targetPercent: 99.9 };
export const COVER_CHECK_LATENCY: Objective & { readonly thresholdMs: number } = {
  name: 'CoverCheckLatency',
  description: 'cover checks answered within 300 ms (p99 ≤ 300 ms)',
  targetPercent: 99,
  thresholdMs: 300,
};

/** The error budget in percent: 0.1 for 99.9 (rounded, as 100 − 99.9 is not exact in binary). */
export const budgetOf = (objective: Objective): number => Number((100 - objective.targetPercent).toFixed(6));

/** A burn rate of 1 spends the budget in exactly the window; 14.4 spends 2 % of it in an hour. */
export const BURN_RATES = [
  { name: 'Fast', burnRate: 14.4, long: Duration.hours(1), short: Duration.minutes(5) },
  { name: 'Slow', burnRate: 6, long: Duration.hours(6), short: Duration.minutes(30) },
] as const;

export interface SloProps {
  readonly api: RestApiBase;
  readonly apiName: string;
  readonly stage: string;
  /** The cover check's method: its latency is the second objective. */
  readonly coverCheck: { readonly method: string; readonly path: string };
}

/** Bad events in percent of all, over `period`, for an objective. */
type BadPercent = (period: Duration) => MathExpression;

export function serviceLevelObjectives(monitoring: Monitoring, props: SloProps): void {
  // Metric ids carry the period: one graph shows several windows, and ids must be unique there.
  const availabilityBad: BadPercent = (period) =>
    new MathExpression({
      expression: `100 * errors${period.toSeconds()} / MAX([requests${period.toSeconds()}, 1])`,
      usingMetrics: {
        [`errors${period.toSeconds()}`]: props.api.metricServerError({ statistic: 'Sum', period }),
        [`requests${period.toSeconds()}`]: props.api.metricCount({ statistic: 'Sum', period }),
      },
      period,
      label: '5xx %',
    });
  // PR(:300): the percent of cover checks that took 300 ms or less (percentile rank).
  const latencyBad: BadPercent = (period) =>
    new MathExpression({
      expression: `100 - fast${period.toSeconds()}`,
      usingMetrics: {
        [`fast${period.toSeconds()}`]: new Metric({
          namespace: 'AWS/ApiGateway',
          metricName: 'Latency',
          dimensionsMap: { ApiName: props.apiName, Stage: props.stage, Method: props.coverCheck.method, Resource: props.coverCheck.path },
          statistic: `PR(:${COVER_CHECK_LATENCY.thresholdMs})`,
          period,
        }),
      },
      period,
      label: `cover checks over ${COVER_CHECK_LATENCY.thresholdMs} ms %`,
    });

  const objectives = [
    { objective: AVAILABILITY, bad: availabilityBad },
    { objective: COVER_CHECK_LATENCY, bad: latencyBad },
  ];
  for (const { objective, bad } of objectives) burnRateAlarms(monitoring, objective, bad);

  // Ids unique across the widget: two expressions there may not share one.
  const budgetLeft = ({ objective, bad }: (typeof objectives)[number]) => {
    const budget = budgetOf(objective);
    const id = `spent${objective.name}`;
    return new MathExpression({
      expression: `100 * (1 - ${id} / ${budget})`,
      usingMetrics: { [id]: bad(Duration.days(SLO_WINDOW_DAYS)) },
      period: Duration.days(SLO_WINDOW_DAYS),
      label: `${objective.name}: error budget left (%)`,
    });
  };
  monitoring.addBusinessWidgets(
    new TextWidget({
      markdown: `## Service level objectives (${SLO_WINDOW_DAYS} days)\n${objectives.map(({ objective }) => `**${objective.name}**: ${objective.targetPercent} % of ${objective.description}.`).join(' ')} Burn-rate alarms: fast (1 h and 5 min at 14.4×), slow (6 h and 30 min at 6×).`,
      width: 24,
      height: 2,
    }),
  );
  monitoring.addBusinessWidgets(
    new SingleValueWidget({
      title: `Error budget left over ${SLO_WINDOW_DAYS} days (%)`,
      metrics: objectives.map(budgetLeft),
      start: `-P${SLO_WINDOW_DAYS}D`,
      setPeriodToTimeRange: true,
      width: 8,
    }),
    ...objectives.map(
      ({ objective, bad }) =>
        new GraphWidget({
          title: `${objective.name}: burn rate (1 = budget spent in exactly ${SLO_WINDOW_DAYS} days)`,
          left: [Duration.hours(1), Duration.hours(6)].map((period) =>
            new MathExpression({
              expression: `bad${period.toHours()}h / ${budgetOf(objective)}`,
              usingMetrics: { [`bad${period.toHours()}h`]: bad(period) },
              period,
              label: `over ${period.toHours()} h`,
            }),
          ),
          leftAnnotations: BURN_RATES.map((rate) => ({ value: rate.burnRate, label: `${rate.name.toLowerCase()} burn` })),
          width: 8,
        }),
    ),
  );
}

/**
 * Two alarms per burn rate, without actions (one long window, one short), and a composite
 * that notifies when both are in alarm: the budget burns at that rate and still does.
 */
function burnRateAlarms(monitoring: Monitoring, objective: Objective, bad: BadPercent): void {
  const budget = budgetOf(objective);
  for (const rate of BURN_RATES) {
    const threshold = Number((rate.burnRate * budget).toFixed(4));
    const window = (which: 'Long' | 'Short', period: Duration) =>
      new Alarm(monitoring, `${objective.name}${rate.name}Burn${which}`, {
        metric: bad(period),
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: `${objective.name}: more than ${threshold} % bad over ${period.toHumanString()} (${rate.burnRate}× the budget of ${budget} %).`,
      });
    const long = window('Long', rate.long);
    const short = window('Short', rate.short);
    const composite = new CompositeAlarm(monitoring, `${objective.name}${rate.name}Burn`, {
      alarmRule: AlarmRule.allOf(AlarmRule.fromAlarm(long, AlarmState.ALARM), AlarmRule.fromAlarm(short, AlarmState.ALARM)),
      alarmDescription: `${objective.name} SLO (${objective.targetPercent} % of ${objective.description} over ${SLO_WINDOW_DAYS} days): the error budget burns at ${rate.burnRate}× over ${rate.long.toHumanString()} and still over ${rate.short.toHumanString()}.`,
    });
    composite.addAlarmAction(new SnsAction(monitoring.alarmTopic));
    composite.addOkAction(new SnsAction(monitoring.alarmTopic));
  }
}
