/** Connection and answer timeouts of every AWS client the functions make. */

/**
 * The SDK's defaults never give up on a connection (the OS decides, after minutes) and wait
 * five minutes for an answer: a table that does not answer would hold a request until the
 * function's timeout and a 502. A connection takes milliseconds in a region and a call well
 * under a second, so an attempt that has not connected in 1 s or answered in 3 s is dropped
 * and retried; the SDK's three attempts end within the API functions' 10 s, and the HTTP
 * stack answers 503 with Retry-After (which failures are unavailability: unavailable.ts).
 */
export const CLIENT_TIMEOUTS = { connectionTimeout: 1_000, requestTimeout: 3_000, throwOnRequestTimeout: true } as const;
