/**
 * What a function's tracer file holds (TRACER_FILE in tracing.ts): Powertools Tracer, and with it
 * the X-Ray SDK. infra/constructs/bundling.ts bundles it as its own CommonJS file beside each
 * function's bundle, loaded by the first invocation X-Ray samples.
 */
export { Tracer } from '@aws-lambda-powertools/tracer';
