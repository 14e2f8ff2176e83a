/**
 * The Powertools middy stack every function uses: logger context (cleared per invocation),
 * metrics and tracing. One place, so a handler cannot forget one of them.
 */
import middy, { type MiddlewareObj } from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Context } from 'aws-lambda';
import { logger, metrics, tracer } from './index.ts';
import { captureSampledHandler } from './tracing.ts';

/**
 * Like Powertools' logMetrics with the cold-start metric, but it publishes only when the
 * invocation recorded something: logMetrics warns on every empty flush, and most reads
 * (health, lists) record no business metric.
 */
export function publishMetrics(): MiddlewareObj<unknown, unknown, Error, Context> {
  const flush = () => {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  };
  return {
    before: (request) => {
      metrics.captureColdStartMetric(request.context.functionName);
    },
    after: flush,
    onError: flush,
  };
}

export function instrumented<E, R>(handler: (event: E, context: Context) => Promise<R>) {
  return middy<E, R, Error, Context>()
    .use(injectLambdaContext(logger, { clearState: true }))
    .use(publishMetrics())
    .use(captureSampledHandler<E, R, Context>(tracer))
    .handler(handler);
}
