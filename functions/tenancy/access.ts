/**
 * Access withdrawn (`access.changed`: a key revoked, a broker's mandates changed): the request
 * that withdrew it flushed the authorizer cache already; this flush, from its outbox event,
 * covers a flush that failed and an authorization that was being evaluated at that very moment
 * and was cached just after it. It tries for 8 of its 10 seconds, then throws: Lambda retries
 * an asynchronous invocation twice (about one and two minutes later); past that, the cached
 * authorization ends with its TTL (60 s) at the latest, and AuthorizerCacheFlushFailed counts it.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import { flushAuthorizerCache } from '#data/api-gateway';
import { logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';

export async function flushOnAccessChange(event: EventBridgeEvent<string, { id?: string; data?: Record<string, unknown> }>): Promise<void> {
  try {
    await flushAuthorizerCache({ deadlineMs: 8_000 });
  } catch (error) {
    metrics.addMetric('AuthorizerCacheFlushFailed', MetricUnit.Count, 1);
    throw error;
  }
  metrics.addMetric('AuthorizerCacheFlushed', MetricUnit.Count, 1);
  logger.info('authorizer cache flushed', { eventId: event.detail?.id, reason: event.detail?.data?.['reason'] });
}

export const handler = instrumented(flushOnAccessChange);
