/**
 * Every answer an operation can give: the statuses its route declares (with the problem types
 * its own code raises), and those the HTTP stack and the gateway add from the route's shape.
 * The one place they are derived: the OpenAPI document renders them, and the tests (the unit
 * test of the document, the contract test over the e2e suite) check against the same list.
 */
import * as z from 'zod';
import type { ZodType } from 'zod';
import type { HeaderSpec, RouteSpec } from '#topology';
import { PROBLEM_BASE, PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, ProblemSchema, type ProblemType } from '#contract/problems';
import {
  CorrelationIdResponseHeader,
  ETagHeader,
  IdempotentReplayedHeader,
  LocationHeader,
  RetryAfterHeader,
} from '#contract/headers';
import { isCreatingPost, takesIfMatch } from './api.ts';

export interface DeclaredHeader {
  readonly description: string;
  readonly required: boolean;
  readonly schema: ZodType;
}

export interface Answer {
  readonly status: number;
  description: string;
  /** Absent for 204. A problem status has the shared Problem schema, its `type` one of `problems`. */
  readonly schema?: ZodType;
  readonly contentType?: string;
  /** The problem types behind this status, sorted; empty for a success (or the health 503, a body). */
  readonly problems: ProblemType[];
  readonly headers: Record<string, DeclaredHeader>;
}

export const CORRELATION_HEADER = 'x-correlation-id';

/** What each problem type the stack or the gateway answers means, said once for every route. */
const STACK_PROBLEMS: Partial<Record<ProblemType, string>> = {
  validation: 'a path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each',
  'malformed-json': 'the body is not JSON',
  'unsupported-media-type': 'the body is not sent as application/json',
  'tenant-required': 'a broker key did not name its tenant in Bouclier-Tenant',
  'invalid-cursor': 'the cursor was altered, truncated, or comes from another list',
  unauthorized: 'the API key is missing, unknown or revoked',
  forbidden: 'this key’s role may not call this operation',
  'not-found': 'a broker named in Bouclier-Tenant a tenant that gave it no mandate',
  'idempotency-key-in-progress': 'a request with this Idempotency-Key is still running; retry after Retry-After',
  'idempotency-key-reused': 'this Idempotency-Key was used for another request (another method, path or body); nothing ran',
  'request-too-large': 'the body exceeds 10 MB (the gateway)',
  'rate-limited': 'the caller’s rate limit is exceeded; retry after Retry-After',
  internal: 'an unexpected error on our side',
  'gateway-error': 'the gateway could not reach the service; retrying later is safe',
  'service-unavailable': 'a service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After',
  'precondition-failed': 'If-Match names an ETag the resource is no longer at: it changed since you read it, and nothing was changed; currentETag says where it is now',
};

/** Headers some problem types always carry (their status may carry other types too). */
const PROBLEM_HEADERS: Partial<Record<ProblemType, Record<string, DeclaredHeader>>> = {
  'duplicate-buyer': {
    Location: { description: 'the existing buyer', required: false, schema: LocationHeader({ required: false, description: 'On duplicate-buyer: the existing buyer', example: '/v1/buyers/byr_01JA8Z3M7K4Q2W6E9R5T1Y8U0I' }) },
  },
  'duplicate-invoice': {
    Location: { description: 'the existing invoice', required: false, schema: LocationHeader({ required: false, description: 'On duplicate-invoice: the invoice already declared under that number', example: '/v1/invoices/inv_01JA8Z3M7K4Q2W6E9R5T1Y8U0I' }) },
  },
  'idempotency-key-in-progress': {
    'Retry-After': { description: 'when to retry', required: false, schema: RetryAfterHeader({ required: false, example: 1, when: 'sent on idempotency-key-in-progress' }) },
  },
};

const problemAnswer = (status: number, description: string): Answer => ({
  status,
  description,
  schema: ProblemSchema,
  contentType: PROBLEM_CONTENT_TYPE,
  problems: [],
  headers: {},
});

/** Adds problem types to a status, creating it (as problem+json) if the route did not declare it. */
function add(out: Map<number, Answer>, types: readonly ProblemType[], text?: string): void {
  for (const type of types) {
    const status = PROBLEM_TYPES[type].status;
    let answer = out.get(status);
    if (!answer) {
      answer = problemAnswer(status, '');
      out.set(status, answer);
    }
    if (!answer.problems.includes(type)) {
      answer.problems.push(type);
      const said = text ?? STACK_PROBLEMS[type];
      if (said) answer.description = answer.description ? `${answer.description}; or ${said} (${type})` : `${capitalized(said)} (${type})`;
    }
    Object.assign(answer.headers, PROBLEM_HEADERS[type] ?? {});
  }
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const routeHeader = (spec: HeaderSpec): DeclaredHeader => {
  const schema = (spec.schema ?? z.string()).meta({ description: spec.description });
  return { description: spec.description, required: spec.required ?? false, schema: spec.required ? schema : schema.optional() };
};

/** Whether the route reads a `cursor` query parameter (a list): it may answer invalid-cursor. */
export function takesCursor(route: RouteSpec): boolean {
  return route.request?.query?.shape['cursor'] !== undefined;
}

/** A broker may call it for a tenant it names: Bouclier-Tenant is required for brokers. */
export function takesTenantHeader(route: RouteSpec): boolean {
  return route.tenantScoped === true && route.access !== 'public' && route.access.includes('broker');
}

/**
 * The answers of one operation by status. A route's own problem statuses keep their
 * description and problem types; the stack's are added after (a route's own 409 is still a
 * 409 the idempotency check may answer).
 */
export function answersOf(route: RouteSpec): Map<number, Answer> {
  const out = new Map<number, Answer>();
  for (const [key, spec] of Object.entries(route.responses)) {
    const status = Number(key);
    const isProblem = spec.problems !== undefined;
    const schema = spec.schema ?? (isProblem ? ProblemSchema : undefined);
    out.set(status, {
      status,
      description: spec.description,
      ...(schema && status !== 204 ? { schema, contentType: spec.contentType ?? (status >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json') } : {}),
      problems: [],
      headers: Object.fromEntries(Object.entries(spec.headers ?? {}).map(([name, header]) => [name, routeHeader(header)])),
    });
    if (isProblem) {
      for (const type of spec.problems ?? []) {
        if (PROBLEM_TYPES[type].status !== status) throw new Error(`${route.operationId} declares ${type} under ${status}; it is a ${PROBLEM_TYPES[type].status}`);
      }
      add(out, spec.problems ?? [], '');
    }
  }

  // Every operation: its input is parsed (unknown query parameters and unexpected bodies are
  // refused), the gateway caps bodies, and anything may fail on our side or a dependency's.
  add(out, ['validation', 'request-too-large', 'internal', 'gateway-error']);
  if (route.request?.body) add(out, ['malformed-json', 'unsupported-media-type']);
  if (takesCursor(route)) add(out, ['invalid-cursor']);
  if (route.access !== 'public') add(out, ['unauthorized', 'forbidden', 'rate-limited']);
  if (takesTenantHeader(route)) add(out, ['tenant-required', 'not-found']);
  // A route's own 503 (health) is a body it answers, not the stack's problem.
  if (!route.responses[503]) add(out, ['service-unavailable']);

  if (isCreatingPost(route)) {
    for (const [status, answer] of out) {
      if (status >= 200 && status < 300) {
        answer.headers['Idempotent-Replayed'] = { description: 'a replayed response', required: false, schema: IdempotentReplayedHeader };
      }
    }
    add(out, ['idempotency-key-in-progress', 'idempotency-key-reused']);
  }
  if (takesIfMatch(route)) add(out, ['precondition-failed']);

  for (const answer of out.values()) {
    if (answer.status === 201) {
      answer.headers['Location'] ??= { description: 'the resource created', required: true, schema: LocationHeader({ required: true, description: 'The resource this request created' }) };
    }
    if (answer.status === 429 || (answer.status === 503 && answer.problems.includes('service-unavailable'))) {
      answer.headers['Retry-After'] = {
        description: 'when to retry',
        required: true,
        // 1 s when throttled, 5 s when a dependency does not answer or the authorizer failed.
        schema: RetryAfterHeader({ required: true, example: answer.status === 429 ? 1 : 5 }),
      };
    }
    if (route.etag && answer.status === 200) {
      answer.headers['ETag'] = { description: 'the version of the resource', required: true, schema: ETagHeader };
    }
    answer.headers[CORRELATION_HEADER] = { description: 'correlation id', required: true, schema: CorrelationIdResponseHeader };
    answer.problems.sort();
    if (answer.problems.length > 0) {
      answer.description = `${answer.description}. Problem types: ${answer.problems.map((type) => `\`${type}\``).join(', ')}`;
    }
  }
  return new Map([...out].sort(([a], [b]) => a - b));
}

/** The `type` URI of a problem type. */
export const problemUri = (type: ProblemType) => PROBLEM_BASE + type;

/**
 * What the gateway answers for a path no route has (404) or a method the path lacks (405,
 * with Allow): no operation is reached, so these are the API's, not an operation's.
 */
export const GATEWAY_ANSWERS = {
  unknownPath: { status: 404, problems: ['not-found'] as ProblemType[] },
  unknownMethod: { status: 405, problems: ['method-not-allowed'] as ProblemType[] },
  /** Before any route is looked for: a head too large to read, or not HTTP/1.1 at all. */
  headersTooLarge: { status: 431, problems: ['headers-too-large'] as ProblemType[] },
  malformedRequest: { status: 400, problems: ['malformed-request'] as ProblemType[] },
} as const;
