/**
 * What the functions, the CDK stack and the local runtime share about queues, free of side
 * effects (no SDK client, no Powertools), so the stack and the local runtime can import it
 * before the functions' environment exists.
 */

/** SQS's longest per-message delay: longer waits are made of several hops. */
export const MAX_DELAY_SECONDS = 900;

/** Where a function finds a queue's URL: QUEUE_URL_<NAME>. */
export function queueUrlVariable(queue: string): string {
  return `QUEUE_URL_${queue.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
