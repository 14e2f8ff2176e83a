/**
 * The daily jobs that run as work items (shared/data/jobs.ts), by name: what the job worker
 * looks a message's job up in. Each definition lives beside the rules it applies.
 */
import { endWaitingPeriodsJob, warnDeadlinesJob } from './claims.ts';
import type { JobDefinition } from './jobs.ts';
import { expireTranchesJob } from './limits.ts';
import { applyReductionsJob } from './monitoring.ts';
import { snapshotsJob } from './portfolio.ts';
import { reconcileJob } from './portfolio-reconcile.ts';
import { detectSectorAlertsJob } from './sector-alerts.ts';

export const DAILY_JOBS: readonly JobDefinition[] = [expireTranchesJob, applyReductionsJob, warnDeadlinesJob, endWaitingPeriodsJob, snapshotsJob, reconcileJob, detectSectorAlertsJob] as JobDefinition[];

export function dailyJob(name: string): JobDefinition | undefined {
  return DAILY_JOBS.find((job) => job.name === name);
}
