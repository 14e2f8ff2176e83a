/**
 * Daily: reductions notified ahead whose day has come become the limit; capacity is released.
 * The coordinator of the job (shared/data/jobs.ts): the job workers apply them.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { planScheduled } from '#data/jobs';
import { applyReductionsJob } from '#data/monitoring';
import { instrumented } from '#powertools/middleware';

export const reduce = (event: ScheduledEvent) => planScheduled([applyReductionsJob], event);

export const handler = instrumented(reduce);
