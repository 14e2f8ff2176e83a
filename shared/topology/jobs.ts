/**
 * The daily jobs' workers: each scheduled coordinator (tranche expiry, reductions, claim
 * deadlines and waiting periods, portfolio snapshots, sector detection) plans its day's due
 * entries as work items on the `job-work` queue (shared/topology/events.ts); this function
 * does them, several at once.
 */
import type { FunctionSpec } from './types.ts';

export const jobsFunctions = {
  dailyJobWorker: {
    entry: 'functions/jobs/worker.ts',
    handler: 'handler',
    description: 'The daily jobs’ work items: a chunk of due tranches, reductions, invoices, claims, tenants, buyers or sector pairs',
    // What the portfolio snapshots had alone: a tenant's snapshot holds its whole book in memory.
    memoryMb: 1769,
    // An item is held this long (JOB_ITEM_CLAIM_SECONDS in shared/data/jobs.ts).
    timeoutSeconds: 300,
    // What the daily jobs did themselves, together: each item is one job's chunk.
    // The portfolio reconciliation removes a line whose limit and exposure are gone (DeleteItem).
    permissions: { table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'] },
  },
} as const satisfies Record<string, FunctionSpec>;
