/**
 * Where a function finds a queue's URL: QUEUE_URL_<NAME>. Free of side effects (no SDK client,
 * no Powertools), so the CDK stack and the local runtime can import it before the functions'
 * environment exists.
 */
export function queueUrlVariable(queue: string): string {
  return `QUEUE_URL_${queue.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
