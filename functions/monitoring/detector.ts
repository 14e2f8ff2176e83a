/**
 * Daily: the sector-alert detector over every (sector, country) with recent insolvencies. The
 * coordinator of the job (shared/data/jobs.ts): the job workers check the pairs.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { planScheduled } from '#data/jobs';
import { detectSectorAlertsJob } from '#data/sector-alerts';
import { instrumented } from '#powertools/middleware';

export const detect = (event: ScheduledEvent) => planScheduled([detectSectorAlertsJob], event);

export const handler = instrumented(detect);
