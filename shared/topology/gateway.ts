/** The API's edge in API Gateway: the answers the gateway itself gives, rendered as problem+json. */
import type { GatewayResponseSpec } from './types.ts';

export const gatewayResponses: GatewayResponseSpec[] = [
  {
    type: 'MISSING_AUTHENTICATION_TOKEN',
    status: 404,
    problem: 'not-found',
    title: 'Not found',
    detail: 'No route matches this path. See GET /v1/openapi.json for the routes.',
  },
  {
    type: 'UNAUTHORIZED',
    status: 401,
    problem: 'unauthorized',
    title: 'Unauthorized',
    detail: 'Send a valid API key as Authorization: Bearer <key>.',
  },
  {
    type: 'ACCESS_DENIED',
    status: 403,
    problem: 'forbidden',
    title: 'Forbidden',
    detail: 'Your API key is not allowed to call this route.',
  },
  {
    type: 'THROTTLED',
    status: 429,
    problem: 'rate-limited',
    title: 'Too many requests',
    detail: 'Slow down: your rate limit is exceeded. Retry after the delay in Retry-After.',
    retryAfterSeconds: 1,
  },
  {
    type: 'REQUEST_TOO_LARGE',
    status: 413,
    problem: 'request-too-large',
    title: 'Request too large',
    detail: 'The request body exceeds 10 MB.',
  },
  {
    type: 'INVALID_API_KEY',
    status: 403,
    problem: 'forbidden',
    title: 'Forbidden',
    detail: 'Your API key has no usage plan. Ask the insurer to check your account.',
  },
  // The authorizer could not check the key (it threw: its table did not answer; or it timed
  // out). API Gateway answers AUTHORIZER_CONFIGURATION_ERROR when the authorizer function
  // fails, AUTHORIZER_FAILURE for its other failures: 500 by default, 503 here.
  {
    type: 'AUTHORIZER_CONFIGURATION_ERROR',
    status: 503,
    problem: 'service-unavailable',
    title: 'Service unavailable',
    detail: 'Your API key could not be checked right now. Retry after the delay in Retry-After.',
    retryAfterSeconds: 5,
  },
  {
    type: 'AUTHORIZER_FAILURE',
    status: 503,
    problem: 'service-unavailable',
    title: 'Service unavailable',
    detail: 'Your API key could not be checked right now. Retry after the delay in Retry-After.',
    retryAfterSeconds: 5,
  },
  {
    type: 'DEFAULT_5XX',
    status: 502,
    problem: 'gateway-error',
    title: 'Gateway error',
    detail: 'The API gateway could not reach the service. Retrying later is safe.',
  },
];
