/** The scheduled jobs (EventBridge Scheduler in AWS, the local scheduler in the local runtime). */
import type { FunctionName } from './index.ts';
import type { ScheduleSpec } from './types.ts';

export const schedules: ScheduleSpec<FunctionName>[] = [
  {
    name: 'expire-tranches',
    description: 'Temporary limit tranches past their date end; their capacity goes back to the buyer',
    expression: 'rate(1 day)',
    function: 'limitExpiry',
  },
  {
    name: 'apply-reductions',
    description: 'Reductions notified ahead whose day has come take effect',
    expression: 'rate(1 day)',
    function: 'reductions',
  },
  {
    name: 'claim-deadlines',
    description: 'Warnings 15 and 5 days before notification deadlines; waiting periods that ended',
    expression: 'rate(1 day)',
    function: 'claimJobs',
  },
  {
    name: 'portfolio-snapshots',
    description: 'Each tenant’s portfolio figures, once a month (the first run of the month)',
    expression: 'rate(1 day)',
    function: 'portfolioSnapshots',
  },
  {
    name: 'reconcile-portfolio',
    description: 'The insurer’s and each tenant’s portfolio counters revalued at the day’s rates and limits in force, compared with the full computation, drift reported and repaired (work items)',
    expression: 'rate(1 day)',
    function: 'portfolioReconciler',
    // It checks the present: days the local clock jumps over are one check.
    coalesce: true,
  },
  {
    name: 'detect-sector-alerts',
    description: 'Insolvencies per (sector, country) over 90 days against their baseline; alerts opened',
    expression: 'rate(1 day)',
    function: 'sectorDetector',
  },
  {
    name: 'sweep-webhook-deliveries',
    description: 'Pending deliveries more than 10 minutes overdue (message lost or never sent) are enqueued again',
    expression: 'rate(5 minutes)',
    function: 'webhookSweeper',
    coalesce: true,
  },
];
