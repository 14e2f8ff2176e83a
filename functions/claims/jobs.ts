/**
 * Daily claim jobs, on the scheduled event's day (a late or replayed run settles the right
 * day): deadline warnings 15 and 5 days before notification deadlines, and the claims whose
 * waiting period ended become indemnifiable. The coordinator of both jobs (shared/data/jobs.ts):
 * the job workers do them.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { endWaitingPeriodsJob, warnDeadlinesJob } from '#data/claims';
import { planScheduled } from '#data/jobs';
import { instrumented } from '#powertools/middleware';

export const daily = (event: ScheduledEvent) => planScheduled([warnDeadlinesJob, endWaitingPeriodsJob], event);

export const handler = instrumented(daily);
