/**
 * The topology's SQS queues. A function finds a queue's URL in QUEUE_URL_<NAME> (the CDK
 * stack sets it with the grant; the local runtime points it at its SQS stand-in, which
 * AWS_ENDPOINT_URL_SQS names).
 */
import type { SQSClient } from '@aws-sdk/client-sqs';
import { tracer } from '#powertools';
import { CLIENT_TIMEOUTS } from '#data/timeouts';
import { MAX_DELAY_SECONDS, queueUrlVariable } from './queue-names.ts';

/**
 * The SDK module, loaded on first send: the request path's bundles (cover, limits) carry the
 * daily jobs' and deliveries' code that sends, but a cover check or a limit request never sends,
 * and the SQS client is some 15 ms of a cold start (docs/operations.md, "Cold starts").
 */
const sqsSdk = () => import('@aws-sdk/client-sqs');

let client: SQSClient | undefined;
async function sqs(): Promise<SQSClient> {
  const { SQSClient } = await sqsSdk();
  return (client ??= tracer.captureAWSv3Client(new SQSClient({ requestHandler: CLIENT_TIMEOUTS })));
}

export { MAX_DELAY_SECONDS };
const BATCH = 10;

export { queueUrlVariable };

export function queueUrl(queue: string): string {
  const url = process.env[queueUrlVariable(queue)];
  if (!url) throw new Error(`${queueUrlVariable(queue)} is not set`);
  return url;
}

export interface OutgoingMessage {
  readonly body: string;
  readonly delaySeconds?: number;
}

/** Sends every message, ten per call; throws if any is still refused after one more try. */
export async function sendMessages(queue: string, messages: readonly OutgoingMessage[]): Promise<void> {
  const url = queueUrl(queue);
  if (messages.length === 0) return;
  const { SendMessageBatchCommand } = await sqsSdk();
  const sender = await sqs();
  for (let start = 0; start < messages.length; start += BATCH) {
    let pending = messages.slice(start, start + BATCH).map((message, index) => ({ id: String(index), message }));
    for (let round = 0; round < 2 && pending.length > 0; round += 1) {
      const result = await sender.send(
        new SendMessageBatchCommand({
          QueueUrl: url,
          Entries: pending.map(({ id, message }) => ({
            Id: id,
            MessageBody: message.body,
            ...(message.delaySeconds ? { DelaySeconds: Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.ceil(message.delaySeconds))) } : {}),
          })),
        }),
      );
      const failed = new Set((result.Failed ?? []).map((entry) => entry.Id));
      pending = pending.filter(({ id }) => failed.has(id));
    }
    if (pending.length > 0) throw new Error(`${pending.length} message(s) refused by ${queue}`);
  }
}
