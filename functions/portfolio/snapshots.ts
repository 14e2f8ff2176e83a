/**
 * Daily: the month's portfolio snapshot of every tenant that has none yet. The coordinator of
 * the job (shared/data/jobs.ts): the job workers take the snapshots.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { planScheduled } from '#data/jobs';
import { snapshotsJob } from '#data/portfolio';
import { instrumented } from '#powertools/middleware';

export const snapshots = (event: ScheduledEvent) => planScheduled([snapshotsJob], event);

export const handler = instrumented(snapshots);
