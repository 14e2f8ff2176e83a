/**
 * Daily: the portfolio reconciliation (shared/data/portfolio-reconcile.ts). The coordinator of
 * the job (shared/data/jobs.ts): it plans every tenant and buyer as work items, the job workers
 * revalue, compare and repair them, and the worker that finishes the run checks the insurer's
 * counters. Drift is counted there (PortfolioDrift, PortfolioDriftAfterRepair).
 */
import type { ScheduledEvent } from 'aws-lambda';
import { planScheduled } from '#data/jobs';
import { reconcileJob } from '#data/portfolio-reconcile';
import { instrumented } from '#powertools/middleware';

export const reconcile = (event: ScheduledEvent) => planScheduled([reconcileJob], event);

export const handler = instrumented(reconcile);
