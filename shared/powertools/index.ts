/**
 * The Powertools instances every function shares. Service name, namespace and log level
 * come from the environment (POWERTOOLS_SERVICE_NAME, POWERTOOLS_METRICS_NAMESPACE,
 * POWERTOOLS_LOG_LEVEL) that the CDK stack and the local runtime both set.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, Metrics } from '@aws-lambda-powertools/metrics';
import { SampledTracer } from './tracing.ts';

export const logger = new Logger();
export const metrics = new Metrics();
/** Powertools Tracer, loaded by the first invocation X-Ray samples (./tracing.ts says why). */
export const tracer = new SampledTracer({ onLoadError: (error) => logger.warn('X-Ray tracing could not be loaded; this invocation is not traced', { error }) });

export { MetricUnit } from '@aws-lambda-powertools/metrics';

/**
 * Counts one occurrence by outcome (decisions by decision, checks by recommendation). A
 * metric of its own, so the outcome dimension touches no other metric of the invocation.
 */
export function countByOutcome(name: string, dimension: string, outcome: string, count = 1): void {
  // One single-metric instance, made on first use and kept: each addMetric publishes its line at
  // once and clears the dimension it carried (Powertools' single-metric mode), so nothing leaks
  // into the next count, and a check does not pay for building a Metrics (about 50 µs) each time.
  outcomes ??= metrics.singleMetric();
  outcomes.addDimension(dimension, outcome);
  outcomes.addMetric(name, MetricUnit.Count, count);
}

let outcomes: Metrics | undefined;
