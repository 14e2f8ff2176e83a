/**
 * The HTTP stack every API function shares: Powertools logger/metrics/tracer through middy,
 * a correlation id, zod validation of path, query and body against the route's schemas in
 * the topology, and one mapping of errors to RFC 9457 problem+json.
 *
 * A function module implements its routes by operationId; the route itself (path, method,
 * schemas, roles) is only ever written in the topology.
 */
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import * as z from 'zod';
import type { ZodType } from 'zod';
import { logger, tracer } from '#powertools';
import { instrumented } from '#powertools/middleware';
import type { DeclaredStatus, RequestPart, ResponseSchema, Role, RouteSpec, RoutesOfFunction } from '#topology';
import { PROBLEM_CONTENT_TYPE, ProblemError, fieldError, problems, type FieldError } from '#contract/problems';
import { etagOf, parseIfMatch, type IfMatch } from '#contract/preconditions';
import { TenantContext, type Principal } from '#access';
import { principalOf } from './auth.ts';
import { IDEMPOTENCY_HEADER, checkIdempotencyKey, idempotencyScope, runIdempotently } from './idempotency.ts';
import { RETRY_AFTER_SECONDS, unavailabilityOf } from '#data/unavailable';
import { requireActiveKey } from './active-key.ts';

/** What a schema gives the operation once the stack has parsed the request, or `Absent`. */
type Parsed<S, Absent> = S extends ZodType ? z.output<S> : Absent;

/** Who calls: set on every route that is not public. */
type Caller<R extends RouteSpec> = [R['access']] extends ['public']
  ? { readonly principal?: undefined }
  : [R['access']] extends [readonly Role[]]
    ? { readonly principal: Principal }
    : { readonly principal?: Principal };

/** For whom: set on tenant-scoped routes (a policyholder's tenant, a broker's chosen one). */
type ForTenant<R extends RouteSpec> = R extends { readonly tenantScoped: true }
  ? { readonly tenant: TenantContext }
  : // A route typed as the wide RouteSpec may be either; one that says false or nothing is not.
    boolean extends R['tenantScoped' & keyof R]
    ? { readonly tenant?: TenantContext }
    : { readonly tenant?: undefined };

/**
 * The request an operation of route R receives, typed by R's schemas (their output: defaults
 * applied, coercions done). `ApiRequest` alone is any route's.
 */
export type ApiRequest<R extends RouteSpec = RouteSpec> = {
  readonly route: RouteSpec;
  readonly params: Parsed<RequestPart<R, 'params'>, Readonly<Record<string, never>>>;
  readonly query: Parsed<RequestPart<R, 'query'>, Readonly<Record<string, never>>>;
  readonly body: Parsed<RequestPart<R, 'body'>, undefined>;
  /** Header names lower-cased; the last value of repeated headers. */
  readonly headers: Readonly<Record<string, string>>;
  readonly correlationId: string;
  readonly event: APIGatewayProxyEvent;
  /** A change of an `etag` route: the If-Match sent, for the repository's conditional write. */
  readonly ifMatch?: IfMatch;
} & Caller<R> &
  ForTenant<R>;

/** The principal of a non-public route (its request type has one: the stack sets it). */
export function principal(request: { readonly principal: Principal }): Principal {
  return request.principal;
}

/** The tenant of a tenant-scoped route (its request type has one: the stack sets it). */
export function tenant(request: { readonly tenant: TenantContext }): TenantContext {
  return request.tenant;
}

export interface ApiResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** The stored revision of an `etag` route's resource: sent as its ETag. */
  readonly etag?: number;
}

/**
 * A status the operation answers itself: a 2xx, or another status the route declares with a
 * content type of its own (health's 503). Problems are thrown (ProblemError), never returned.
 */
type Answered<R extends RouteSpec, S extends number> = `${S}` extends `2${string}`
  ? true
  : R['responses'][S] extends { readonly contentType: infer C }
    ? C extends typeof PROBLEM_CONTENT_TYPE
      ? false
      : true
    : false;

type AnswerWith<R extends RouteSpec, S extends number> =
  Answered<R, S> extends true
    ? S extends 204
      ? { readonly status: S; readonly body?: undefined; readonly headers?: Readonly<Record<string, string>> }
      : {
          readonly status: S;
          // What the response schema accepts (its input): the stack serialises it as is.
          readonly body: ResponseSchema<R, S> extends infer Schema extends ZodType ? z.input<Schema> : unknown;
          readonly headers?: Readonly<Record<string, string>>;
        } & Revised<R, S>
    : never;

/** An `etag` route's answer names the revision it shows; no other route's does. */
type Revised<R extends RouteSpec, S extends number> = R extends { readonly etag: true } ? (S extends 200 ? { readonly etag: number } : { readonly etag?: undefined }) : { readonly etag?: undefined };

/** What an operation of route R returns: one of its declared statuses with that status's body. */
export type Answer<R extends RouteSpec = RouteSpec> = number extends DeclaredStatus<R>
  ? ApiResult
  : { [S in DeclaredStatus<R>]: AnswerWith<R, S> }[DeclaredStatus<R>];

export type Operation<R extends RouteSpec = RouteSpec> = (request: ApiRequest<R>) => Promise<Answer<R>>;

/** Exactly one operation per route of function F, by operationId. */
export type Operations<Rs extends readonly RouteSpec[], F extends string> = {
  readonly [Id in RoutesOfFunction<Rs, F>['operationId']]: Operation<Extract<RoutesOfFunction<Rs, F>, { readonly operationId: Id }>>;
};

const CORRELATION_HEADER = 'x-correlation-id';
const NO_QUERY = z.strictObject({});
const CORRELATION_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json\b/i;

/** Without a prototype: request-supplied names such as __proto__ stay plain keys. */
const dictionary = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export function lowerCaseHeaders(event: Pick<APIGatewayProxyEvent, 'headers' | 'multiValueHeaders'>): Record<string, string> {
  const out = dictionary<string>();
  for (const [name, values] of Object.entries(event.multiValueHeaders ?? {})) {
    const last = values?.at(-1);
    if (last !== undefined) out[name.toLowerCase()] = last;
  }
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) out[name.toLowerCase()] = value;
  }
  return out;
}

/** Query values: a string, or an array when the parameter is repeated. */
function queryOf(event: APIGatewayProxyEvent): Record<string, string | string[]> {
  const out = dictionary<string | string[]>();
  const multi = event.multiValueQueryStringParameters ?? {};
  for (const [name, values] of Object.entries(multi)) {
    if (!values || values.length === 0) continue;
    out[name] = values.length === 1 ? (values[0] as string) : values;
  }
  for (const [name, value] of Object.entries(event.queryStringParameters ?? {})) {
    if (value !== undefined && !Object.hasOwn(out, name)) out[name] = value;
  }
  return out;
}

type ZodIssue = z.core.$ZodIssue;

/** How many of the input's own keys a union branch did not know: the branch the body was not meant for knows fewest. */
const unknownKeysAtRoot = (issues: readonly ZodIssue[]) =>
  issues.reduce((count, issue) => count + (issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys.length : 0), 0);

/**
 * Zod's issues as the fields a client fixes: a union (one invoice | {invoices: […]}) reports
 * the failing fields of the branch the input was meant for, the one that knows most of its
 * keys (the first on a tie), never a bare `invalid_union`; each unknown key is its own error.
 * Union branches carry paths relative to the union: they are prefixed with its own.
 */
function leafIssues(issues: readonly ZodIssue[], prefix: readonly PropertyKey[]): { path: PropertyKey[]; code: string; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const scores = issue.errors.map(unknownKeysAtRoot);
      const best = issue.errors[scores.indexOf(Math.min(...scores))] ?? [];
      return leafIssues(best, path);
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], code: issue.code, message: `Unrecognized key: "${key}"` }));
    }
    // A refinement names its own rule (`immutable`…) in params.code; zod calls them all `custom`.
    const code = issue.code === 'custom' && typeof issue.params?.['code'] === 'string' ? issue.params['code'] : issue.code;
    return [{ path, code, message: issue.message }];
  });
}

export function zodFieldErrors(where: FieldError['in'], error: z.ZodError): FieldError[] {
  return leafIssues(error.issues, []).map((issue) => fieldError(where, issue.path, issue.code, issue.message));
}

function parsePart<T>(schema: ZodType<T> | undefined, value: unknown, where: FieldError['in'], errors: FieldError[]): T {
  if (!schema) return value as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  errors.push(...zodFieldErrors(where, result.error));
  return value as T;
}

function parseBody(route: RouteSpec, event: APIGatewayProxyEvent, headers: Record<string, string>): unknown {
  const schema = route.request?.body;
  const raw = event.body == null ? '' : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (raw.trim() === '') return undefined;
  const contentType = headers['content-type'] ?? '';
  const json = JSON_TYPE.test(contentType);
  if (!schema) {
    // Most HTTP clients send `{}` with a POST: it says nothing, so it is taken as no body. Any
    // other body where none is expected is refused rather than ignored: input never goes unread.
    if (json && isEmptyObject(raw)) return undefined;
    throw problems.validation([fieldError('body', [], 'unexpected_body', `${route.method} ${route.path} takes no body (an empty object {} is accepted)`)]);
  }
  if (!json) throw problems.unsupportedMediaType(contentType);
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw problems.malformedJson(error instanceof Error ? error.message : 'Unexpected input');
  }
}

function isEmptyObject(raw: string): boolean {
  try {
    const value = JSON.parse(raw) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
  } catch {
    return false;
  }
}

const forbidden = (route: RouteSpec, role: string) =>
  new ProblemError({
    slug: 'forbidden',
    detail: `A ${role} key may not call ${route.method} ${route.path}.`,
  });

/** Who calls and for whom, before anything of the request is looked at (401, 403, 404). */
function authenticate(route: RouteSpec, event: APIGatewayProxyEvent, headers: Record<string, string>) {
  if (route.access === 'public') return {};
  const caller = principalOf(event);
  // The gateway's authorizer policy already refuses other roles; this keeps it true if not.
  if (!route.access.includes(caller.role)) throw forbidden(route, caller.role);
  return { principal: caller, ...(route.tenantScoped ? { tenant: TenantContext.forCaller(caller, headers) } : {}) };
}

/** A creating POST (one that answers 201) honours Idempotency-Key. */
export function isCreatingPost(route: RouteSpec): boolean {
  return route.method === 'POST' && route.responses[201] !== undefined;
}

export function parseRequest(route: RouteSpec, event: APIGatewayProxyEvent, correlationId: string): ApiRequest {
  const headers = lowerCaseHeaders(event);
  const auth = authenticate(route, event, headers);
  const errors: FieldError[] = [];
  const params = parsePart(route.request?.params, event.pathParameters ?? {}, 'path', errors);
  // A route without a query schema takes no query parameters: unknown input is refused, not ignored.
  const query = parsePart(route.request?.query ?? NO_QUERY, queryOf(event), 'query', errors);
  const rawBody = parseBody(route, event, headers);
  const body = parsePart(route.request?.body, rawBody, 'body', errors);
  const ifMatch = takesIfMatch(route) ? ifMatchOf(headers, errors) : undefined;
  if (errors.length > 0) throw problems.validation(errors);
  return { route, params, query, body, headers, correlationId, event, ...auth, ...(ifMatch ? { ifMatch } : {}) };
}

/** A change of a resource people edit: PUT or PATCH of an `etag` route. */
export function takesIfMatch(route: RouteSpec): boolean {
  return route.etag === true && (route.method === 'PUT' || route.method === 'PATCH');
}

function ifMatchOf(headers: Record<string, string>, errors: FieldError[]): IfMatch | undefined {
  try {
    return parseIfMatch(headers['if-match']);
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    errors.push(...((error.extensions['errors'] as FieldError[] | undefined) ?? []));
    return undefined;
  }
}

function problemResponse(error: ProblemError, event: APIGatewayProxyEvent, correlationId: string): APIGatewayProxyResult {
  return {
    statusCode: error.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...error.headers },
    body: JSON.stringify(error.toProblem(event.path, correlationId)),
  };
}

/** Off in AWS; on locally and in tests, so the OpenAPI document cannot lie about a response. */
function checkResponse(route: RouteSpec, result: ApiResult): void {
  if (process.env['BOUCLIER_VALIDATE_RESPONSES'] !== 'true') return;
  const spec = route.responses[result.status];
  if (!spec) throw new Error(`${route.operationId} answered ${result.status}, which its route does not declare`);
  // Every 201 says where the created resource is read back (the e2e suite sees them all).
  if (result.status === 201 && !result.headers?.['location']) throw new Error(`${route.operationId} answered 201 without a Location`);
  if ((result.etag !== undefined) !== (route.etag === true && result.status === 200)) {
    throw new Error(`${route.operationId} answered ${result.status} ${result.etag === undefined ? 'without' : 'with'} an ETag`);
  }
  if (spec.schema && result.status !== 204) {
    const parsed = spec.schema.safeParse(result.body);
    if (!parsed.success) {
      throw new Error(`${route.operationId} ${result.status} does not match its schema: ${parsed.error.message}`);
    }
  }
}

interface Internal extends Record<string, unknown> {
  correlationId: string;
}

/** The caller's x-correlation-id when well formed, else the gateway's request id. */
export function correlationIdOf(event: APIGatewayProxyEvent): string {
  const given = lowerCaseHeaders(event)[CORRELATION_HEADER];
  return given && CORRELATION_PATTERN.test(given) ? given : (event.requestContext?.requestId ?? 'unknown');
}

/** Correlation id and problem+json: the last middleware before the router. */
function httpContext(): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult, Error, Context, Internal> {
  const idOf = correlationIdOf;
  return {
    before: (request) => {
      const correlationId = idOf(request.event);
      request.internal.correlationId = correlationId;
      logger.appendKeys({ correlationId });
    },
    after: (request) => {
      const response = request.response;
      if (response) response.headers = { ...response.headers, [CORRELATION_HEADER]: request.internal.correlationId };
    },
    onError: (request) => {
      const correlationId = request.internal.correlationId ?? idOf(request.event);
      const error = request.error;
      let problem: ProblemError;
      if (error instanceof ProblemError) {
        problem = error;
        if (problem.status >= 500) logger.error('request failed', { problem: problem.slug, error });
        else logger.info('request refused', { status: problem.status, problem: problem.slug });
      } else {
        const unavailable = unavailabilityOf(error);
        if (unavailable) {
          // Not a defect: the table, the bus or another service did not answer. Clients retry.
          logger.error('dependency unavailable', { unavailable, error: error as Error });
          problem = problems.serviceUnavailable(
            unavailable === 'throttled'
              ? 'A service this request needs is over its capacity right now. Retry after the delay in Retry-After.'
              : 'A service this request needs does not answer right now. Retry after the delay in Retry-After.',
            RETRY_AFTER_SECONDS[unavailable],
          );
        } else {
          logger.error('unhandled error', error as Error);
          problem = problems.internal();
        }
      }
      request.response = problemResponse(problem, request.event, correlationId);
      request.response.headers = { ...request.response.headers, [CORRELATION_HEADER]: correlationId };
    },
  };
}

/**
 * Builds the Lambda handler of one API function from its operations and its context's routes
 * (`#topology/<context>`, not the whole topology: a function's bundle holds its own routes'
 * schemas only). Every route the topology gives this function must be implemented: with routes
 * declared `as const`, a missing or unknown operation does not compile, and the check at import
 * stays for routes typed as the wide RouteSpec (a unit test imports every handler).
 */
export function apiHandler<Rs extends readonly RouteSpec[], F extends Rs[number]['function']>(
  functionName: F,
  // Before the operations: their contextual types come from these routes, which TypeScript
  // must have inferred when it types an operation that takes no request.
  routes: Rs,
  operations: NoInfer<Operations<Rs, F>>,
) {
  // parseRequest has checked each request against its route's schemas: what the operation of
  // that route declares it receives.
  const implementations = operations as unknown as Readonly<Record<string, Operation | undefined>>;
  const byKey = new Map<string, { route: RouteSpec; operation: Operation; idempotent: boolean }>();
  for (const route of routes) {
    if (route.function !== functionName) continue;
    const operation = implementations[route.operationId];
    if (!operation) throw new Error(`${functionName} does not implement ${route.operationId}`);
    byKey.set(`${route.method} ${route.path}`, { route, operation, idempotent: isCreatingPost(route) });
  }

  const router = async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    const correlationId = correlationIdOf(event);
    const match = byKey.get(`${event.httpMethod} ${event.resource}`);
    if (!match) throw problems.notFound(`No route ${event.httpMethod} ${event.resource} in ${functionName}.`);
    logger.appendKeys({ operation: match.route.operationId });
    // X-Ray annotations, indexed for filter expressions: one tenant's traces, one operation's.
    tracer.putAnnotation('operation', match.route.operationId);
    const request = parseRequest(match.route, event, correlationId);
    if (request.principal) {
      logger.appendKeys({ role: request.principal.role, keyId: request.principal.keyId, ...(request.tenant ? { tenantId: request.tenant.tenantId } : {}) });
      tracer.putAnnotation('role', request.principal.role);
      if (request.tenant) tracer.putAnnotation('tenantId', request.tenant.tenantId);
    }
    if (match.route.recheckKey && request.principal) await requireActiveKey(request.principal);
    const idempotencyKey = match.idempotent ? checkIdempotencyKey(request.headers[IDEMPOTENCY_HEADER]) : undefined;
    let result: ApiResult;
    if (idempotencyKey) {
      const scope = idempotencyScope(request.principal, request.tenant?.tenantId);
      // The path as sent, ids included: the same key for another resource is another request.
      const fingerprint = { scope, key: idempotencyKey, method: event.httpMethod, path: event.path, body: request.body ?? null };
      const outcome = await runIdempotently(fingerprint, () => match.operation(request), context);
      result = outcome.replayed ? { ...outcome.result, headers: { ...outcome.result.headers, 'idempotent-replayed': 'true' } } : outcome.result;
    } else {
      result = await match.operation(request);
    }
    checkResponse(match.route, result);
    const status = result.status;
    const isProblem = status >= 400;
    const declared = match.route.responses[status]?.contentType ?? (isProblem ? PROBLEM_CONTENT_TYPE : 'application/json');
    // A page or a file (text/html, text/css…) is its own text, in UTF-8; everything else is JSON.
    const asText = declared.startsWith('text/') && typeof result.body === 'string';
    const contentType = declared.startsWith('text/') ? `${declared}; charset=utf-8` : declared;
    return {
      statusCode: status,
      headers: {
        ...(status === 204 ? {} : { 'content-type': contentType }),
        ...(result.etag !== undefined ? { etag: etagOf(result.etag) } : {}),
        ...result.headers,
      },
      body: status === 204 || result.body === undefined ? '' : asText ? (result.body as string) : JSON.stringify(result.body),
    };
  };

  return instrumented<APIGatewayProxyEvent, APIGatewayProxyResult>(router).use(httpContext());
}
