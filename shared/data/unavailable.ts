/**
 * Which failures mean "a dependency does not answer" (503 `service-unavailable`, retry later)
 * rather than "a defect on our side" (500 `internal`): the table, the bus, the queues or API
 * Gateway's management API unreachable, timing out, failing on their side or throttling us.
 *
 * Read from the shapes the AWS SDK v3 gives its errors (`name`, `$fault`, `$metadata`,
 * `$retryable`), the Node system errors its HTTP handler rejects with (`code`), and the
 * wrappers around them (Powertools' idempotency errors keep the SDK's error as `cause`;
 * connecting to several addresses fails with an AggregateError). A request the service
 * refused for what it says (validation, a failed condition, a missing table, access denied)
 * is not unavailability: it stays a 500 and is a defect to fix.
 */

export type Unavailability = 'throttled' | 'unreachable';

/** Seconds a client should wait before retrying, by kind. */
export const RETRY_AFTER_SECONDS: Readonly<Record<Unavailability, number>> = { throttled: 1, unreachable: 5 };

/** Node system errors of a connection that could not be made or was lost. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENETRESET',
]);

/** The SDK's timeouts (its request handler names them TimeoutError) and services' own. */
const TIMEOUT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);

/** Throttling, as the SDK's retry strategy classifies it, and DynamoDB's own names for it. */
const THROTTLING_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'LimitExceededException',
  'BandwidthLimitExceeded',
  'SlowDown',
]);

/** Failures on the service's side, whatever their status says. */
const SERVER_NAMES = new Set(['ServiceUnavailable', 'ServiceUnavailableException', 'InternalServerError', 'InternalServerException', 'InternalFailure', 'InternalError']);

/** Reasons DynamoDB cancels a transaction for that are capacity, not the request's conditions. */
const THROTTLED_CANCELLATIONS = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded']);

interface ErrorShape {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly $fault?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: unknown };
  readonly $retryable?: { readonly throttling?: unknown };
  readonly CancellationReasons?: unknown;
  readonly cause?: unknown;
  readonly errors?: unknown;
}

function classifyOne(error: ErrorShape): Unavailability | undefined {
  const name = typeof error.name === 'string' ? error.name : '';
  const status = typeof error.$metadata?.httpStatusCode === 'number' ? error.$metadata.httpStatusCode : undefined;
  if (THROTTLING_NAMES.has(name) || status === 429 || error.$retryable?.throttling === true) return 'throttled';
  if (name === 'TransactionCanceledException' && Array.isArray(error.CancellationReasons)) {
    const codes = (error.CancellationReasons as { Code?: unknown }[]).map((reason) => reason?.Code);
    if (codes.some((code) => typeof code === 'string' && THROTTLED_CANCELLATIONS.has(code))) return 'throttled';
  }
  if (typeof error.code === 'string' && NETWORK_CODES.has(error.code)) return 'unreachable';
  if (TIMEOUT_NAMES.has(name) || SERVER_NAMES.has(name)) return 'unreachable';
  if (error.$fault === 'server' || (status !== undefined && status >= 500 && status <= 599)) return 'unreachable';
  // The service's model says this error is worth retrying: it is transient by definition.
  if (error.$retryable !== undefined && error.$retryable !== null) return 'unreachable';
  return undefined;
}

/** Whether `error` (or what it wraps) says a dependency is unavailable, and how. */
export function unavailabilityOf(error: unknown, depth = 0): Unavailability | undefined {
  if (depth > 5 || typeof error !== 'object' || error === null) return undefined;
  const shape = error as ErrorShape;
  const own = classifyOne(shape);
  if (own) return own;
  if (Array.isArray(shape.errors)) {
    for (const inner of shape.errors as unknown[]) {
      const found = unavailabilityOf(inner, depth + 1);
      if (found) return found;
    }
  }
  return unavailabilityOf(shape.cause, depth + 1);
}
