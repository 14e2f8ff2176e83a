/**
 * The daily jobs' work items (shared/data/jobs.ts), from the job-work queue, several workers at
 * once: each item a chunk of one job's due entries (tranches to expire, reductions to apply,
 * invoices to warn about, claims to make indemnifiable, tenants to snapshot, pairs to check).
 * What a chunk changed is counted under the job's business metric (the same names the daily
 * functions counted before); a failed item is logged with its job, day and number, counted
 * (JobWorkItemsFailed) and reported alone (partial batch response): it comes back; after five
 * receives it waits on the dead-letter queue, alarmed.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import { dailyJob } from '#data/daily-jobs';
import { JOB_METRICS } from './metrics.ts';
import { runJobItem } from '#data/jobs';
import { countByOutcome, logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';

const WorkItem = z.strictObject({ job: z.string().min(1), day: z.iso.date(), item: z.int().min(0) });

const processor = new BatchProcessor(EventType.SQS);

async function record(message: SQSRecord): Promise<void> {
  let item: z.infer<typeof WorkItem>;
  try {
    item = WorkItem.parse(JSON.parse(message.body));
    if (!dailyJob(item.job)) throw new Error(`no daily job named ${item.job}`);
  } catch (error) {
    // Not a work item we can read: it comes back, then waits on the dead-letter queue.
    logger.error('job work item unreadable', { messageId: message.messageId, error: error as Error });
    metrics.addMetric('JobWorkItemsFailed', MetricUnit.Count, 1);
    throw error;
  }
  try {
    const { counts, completed } = await runJobItem(dailyJob(item.job)!, item);
    metrics.addMetric('JobWorkItemsDone', MetricUnit.Count, 1);
    for (const [count, value] of Object.entries(counts)) {
      const metric = JOB_METRICS[item.job]?.[count];
      if (!metric || value === 0) continue;
      if (metric.dimension) countByOutcome(metric.name, metric.dimension[0], metric.dimension[1], value);
      else metrics.addMetric(metric.name, MetricUnit.Count, value);
    }
    logger.info('job work item done', { ...item, counts, completed });
    // A claim on invoices whose currency has no reference rate in force on its date of loss waits: the insurer publishes one.
    if ((counts['waitingForRates'] ?? 0) > 0) logger.warn('claims waiting for a reference rate', { ...item, waitingForRates: counts['waitingForRates'] });
  } catch (error) {
    // Reported alone (partial batch response): the item comes back after the visibility timeout.
    logger.warn('job work item failed, the message comes back', { ...item, messageId: message.messageId, receiveCount: Number(message.attributes.ApproximateReceiveCount), error: error as Error });
    metrics.addMetric('JobWorkItemsFailed', MetricUnit.Count, 1);
    throw error;
  }
}

export async function worker(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  return processPartialResponse(event, record, processor, { context, throwOnFullBatchFailure: false });
}

export const handler = instrumented(worker);
