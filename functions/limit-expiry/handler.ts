/**
 * Daily: temporary tranches past their date end, and their capacity goes back to the buyer.
 * The coordinator of the job (shared/data/jobs.ts): it plans the day's tranches as work items
 * on the job-work queue, which the job workers expire; the day is the scheduled event's, so a
 * replayed or late run settles the right day.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { planScheduled } from '#data/jobs';
import { expireTranchesJob } from '#data/limits';
import { instrumented } from '#powertools/middleware';

export const expire = (event: ScheduledEvent) => planScheduled([expireTranchesJob], event);

export const handler = instrumented(expire);
