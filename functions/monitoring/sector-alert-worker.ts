/**
 * A sector alert's work items (shared/data/sector-alert-work.ts), from the sector-alert-work
 * queue, several workers at once: each item a chunk of buyers to cut or of tenants to tell.
 * A failed item is logged with its alertId, phase and chunk, counted (SectorAlertWorkItemsFailed)
 * and reported alone (partial batch response): it comes back; after five receives it waits on
 * the dead-letter queue, alarmed.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import { now } from '#clock';
import { runSectorAlertWork } from '#data/sector-alert-work';
import { logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';

const WorkItem = z.strictObject({ alertId: z.string().min(1), phase: z.enum(['cut', 'notify']), chunk: z.int().min(0) });

const processor = new BatchProcessor(EventType.SQS);

async function record(message: SQSRecord): Promise<void> {
  let item: z.infer<typeof WorkItem>;
  try {
    item = WorkItem.parse(JSON.parse(message.body));
  } catch (error) {
    // Not a work item we can read: it comes back, then waits on the dead-letter queue.
    logger.error('sector alert work item unreadable', { messageId: message.messageId, error: error as Error });
    metrics.addMetric('SectorAlertWorkItemsFailed', MetricUnit.Count, 1);
    throw error;
  }
  try {
    const done = await runSectorAlertWork(item, now());
    metrics.addMetric('SectorAlertWorkItemsDone', MetricUnit.Count, 1);
    if (done.limitsChanged > 0) metrics.addMetric('SectorAlertLimitsCut', MetricUnit.Count, done.limitsChanged);
    logger.info('sector alert work item done', { ...item, ...done });
  } catch (error) {
    // Reported alone (partial batch response): the item comes back after the visibility timeout.
    logger.warn('sector alert work item failed, the message comes back', {
      ...item,
      messageId: message.messageId,
      receiveCount: Number(message.attributes.ApproximateReceiveCount),
      error: error as Error,
    });
    metrics.addMetric('SectorAlertWorkItemsFailed', MetricUnit.Count, 1);
    throw error;
  }
}

export async function worker(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  return processPartialResponse(event, record, processor, { context, throwOnFullBatchFailure: false });
}

export const handler = instrumented(worker);
