/**
 * Outbox relay: DynamoDB stream records of outbox items → PutEvents on the custom bus.
 *
 * Order matters within a shard, so entries go out in stream order, ten at a time (the
 * PutEvents maximum), and the first record that fails is reported as the batch item
 * failure: the event source mapping retries from there, and after its retry limit or
 * maximum record age the batch goes to the relay's dead-letter queue. Nothing is skipped.
 */
import { PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';
import { EventEnvelopeSchema } from '#events/envelope';
import { busName, eventBridge } from '#events/bus';
import { service } from '#topology/service';
import { unmarshallOptions } from '#data/numbers';

const PUT_EVENTS_MAX = 10;

function entryOf(record: DynamoDBRecord): PutEventsRequestEntry {
  const image = record.dynamodb?.NewImage;
  if (!image) throw new Error('stream record without a new image');
  const item = unmarshall(image as Record<string, AttributeValue>, unmarshallOptions());
  const envelope = EventEnvelopeSchema.parse(item['event']);
  return {
    EventBusName: busName(),
    Source: service.eventSource,
    DetailType: envelope.type,
    Detail: JSON.stringify(envelope),
    Time: new Date(envelope.occurredAt),
  };
}

export async function relay(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const records = event.Records;
  for (let start = 0; start < records.length; start += PUT_EVENTS_MAX) {
    const chunk = records.slice(start, start + PUT_EVENTS_MAX);
    const entries: PutEventsRequestEntry[] = [];
    let malformed: DynamoDBRecord | undefined;
    for (const record of chunk) {
      try {
        entries.push(entryOf(record));
      } catch (error) {
        // Publish what precedes it, then stop: the bad record is retried, then dead-lettered.
        logger.error('outbox record cannot be published', { sequenceNumber: record.dynamodb?.SequenceNumber, error: error as Error });
        metrics.addMetric('RelayMalformedRecords', MetricUnit.Count, 1);
        malformed = record;
        break;
      }
    }
    const firstFailure = (await publish(chunk, entries)) ?? malformed;
    if (firstFailure) {
      const sequence = firstFailure.dynamodb?.SequenceNumber;
      // Without a sequence number the failure cannot be pinned: fail the whole batch.
      if (!sequence) throw new Error('a stream record failed and carries no sequence number');
      return { batchItemFailures: [{ itemIdentifier: sequence }] };
    }
  }
  return { batchItemFailures: [] };
}

/** Publishes the entries; returns the first record that was not accepted, if any. */
async function publish(records: DynamoDBRecord[], entries: PutEventsRequestEntry[]): Promise<DynamoDBRecord | undefined> {
  if (entries.length === 0) return undefined;
  try {
    const result = await eventBridge.send(new PutEventsCommand({ Entries: entries }));
    const failedIndex = (result.Entries ?? []).findIndex((entry) => entry.ErrorCode);
    const published = failedIndex === -1 ? entries.length : failedIndex;
    metrics.addMetric('EventsRelayed', MetricUnit.Count, published);
    if (failedIndex === -1) return undefined;
    const failed = result.Entries?.[failedIndex];
    logger.warn('event bus refused an entry', { errorCode: failed?.ErrorCode, errorMessage: failed?.ErrorMessage });
    metrics.addMetric('RelayFailures', MetricUnit.Count, 1);
    return records[failedIndex];
  } catch (error) {
    logger.warn('PutEvents failed', { error: error as Error });
    metrics.addMetric('RelayFailures', MetricUnit.Count, 1);
    return records[0];
  }
}

export const handler = instrumented(relay);
