/**
 * A local stand-in for the REST API Gateway: each HTTP request becomes an API Gateway
 * Lambda-proxy event (payload format 1.0: resource, path and query parameters, single- and
 * multi-value headers, requestContext with the authorizer's context), invokes the same
 * handler module the Lambda runs, and the proxy result goes back as the HTTP response.
 *
 * Gateway-level answers follow the deployed API: unknown paths 404 and unknown methods 405
 * (with Allow) as problem+json, a REQUEST Lambda authorizer with a result cache on the
 * identity headers, 413 over 10 MB, 502 when a function fails or answers malformed.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type {
  APIGatewayAuthorizerResult,
  APIGatewayProxyEvent,
  APIGatewayProxyResult,
  APIGatewayRequestAuthorizerEvent,
} from 'aws-lambda';
import { gatewayProblem, methodNotAllowedProblem } from '#http/gateway';
import { PROBLEM_CONTENT_TYPE, ProblemError, type Problem } from '#contract/problems';
import type { RouteSpec, Topology } from '#topology';
import { LOCAL_REGION } from './dynamodb.ts';
import { LOCAL_ACCOUNT } from './event-bus.ts';
import type { LocalApiManagement } from './api-management.ts';
import type { Invoker } from './lambda.ts';

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const API_ID = 'local';
const TEXT_TYPES = /^(text\/|application\/([a-z0-9.+-]*\+)?(json|xml)|application\/x-www-form-urlencoded)/i;

interface CompiledRoute {
  readonly route: RouteSpec;
  readonly segments: readonly string[];
  /** Per segment: the parameter's name, or undefined for a literal. */
  readonly params: readonly (string | undefined)[];
  /** One char per segment: 'l' literal, 'p' parameter; literals sort first, as API Gateway prefers them. */
  readonly shape: string;
  /** Every route of the same resource (its methods, for 405 Allow). */
  readonly siblings: readonly RouteSpec[];
}

export interface RouteMatch {
  readonly path: string;
  readonly routes: readonly RouteSpec[];
  readonly params: Record<string, string>;
}

/** The routes by segment count, literal-first within each, and the all-literal paths: built once per route list. */
interface RouteTable {
  readonly bySize: ReadonlyMap<number, readonly CompiledRoute[]>;
  /** Paths without a parameter, as written: such a path is its own most specific match. */
  readonly literal: ReadonlyMap<string, RouteMatch>;
}

const tables = new WeakMap<readonly RouteSpec[], RouteTable>();

function routeTable(routes: readonly RouteSpec[]): RouteTable {
  let table = tables.get(routes);
  if (table) return table;
  const byPath = new Map<string, RouteSpec[]>();
  for (const route of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);
  const compiled: CompiledRoute[] = routes.map((route) => {
    const segments = route.path.split('/').filter(Boolean);
    const params = segments.map((s) => (s.startsWith('{') ? s.slice(1, -1) : undefined));
    return { route, segments, params, shape: params.map((p) => (p === undefined ? 'l' : 'p')).join(''), siblings: byPath.get(route.path) as RouteSpec[] };
  });
  compiled.sort((a, b) => (a.shape < b.shape ? -1 : a.shape > b.shape ? 1 : 0));
  const bySize = new Map<number, CompiledRoute[]>();
  for (const candidate of compiled) bySize.set(candidate.segments.length, [...(bySize.get(candidate.segments.length) ?? []), candidate]);
  const literal = new Map<string, RouteMatch>();
  for (const { route, params, siblings } of compiled) {
    if (params.every((param) => param === undefined)) literal.set(route.path, Object.freeze({ path: route.path, routes: siblings, params: Object.freeze({}) }));
  }
  table = { bySize, literal };
  tables.set(routes, table);
  return table;
}

/**
 * Resolves a request path to the topology resource API Gateway would select. The route list is
 * compiled once (the topology's is the same array on every request), not per request.
 */
export function matchResource(routes: readonly RouteSpec[], requestPath: string): RouteMatch | undefined {
  const table = routeTable(routes);
  const literal = table.literal.get(requestPath);
  if (literal) return literal;
  const parts = requestPath.split('/').filter(Boolean);
  for (const candidate of table.bySize.get(parts.length) ?? []) {
    let ok = true;
    for (let i = 0; ok && i < parts.length; i++) {
      const param = candidate.params[i];
      ok = param === undefined ? candidate.segments[i] === parts[i] : (parts[i] as string).length > 0;
    }
    if (!ok) continue;
    const params: Record<string, string> = {};
    candidate.params.forEach((param, i) => {
      if (param === undefined) return;
      const part = parts[i] as string;
      try {
        params[param] = decodeURIComponent(part);
      } catch {
        params[param] = part;
      }
    });
    return { path: candidate.route.path, routes: candidate.siblings, params };
  }
  return undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

function requestTime(date: Date): string {
  return `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/** A dictionary without a prototype: request-supplied names such as __proto__ are plain keys. */
const dictionary = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

interface RequestHeaders {
  /** Names as sent (the first spelling of a repeated name), last value: the event's `headers`. */
  readonly single: Record<string, string>;
  /** Names as sent, every value: the event's `multiValueHeaders`. */
  readonly multi: Record<string, string[]>;
  /** Lower-cased names, last value: for the gateway's own lookups (identity sources, content type). */
  readonly lower: Map<string, string>;
}

function headersOf(request: http.IncomingMessage): RequestHeaders {
  const multi = dictionary<string[]>();
  const single = dictionary<string>();
  const canonical = new Map<string, string>();
  const lower = new Map<string, string>();
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i] as string;
    const value = request.rawHeaders[i + 1] as string;
    const lowerName = name.toLowerCase();
    let key = canonical.get(lowerName);
    if (key === undefined) {
      key = name;
      canonical.set(lowerName, key);
    }
    (multi[key] ??= []).push(value);
    single[key] = value;
    lower.set(lowerName, value);
  }
  return { single, multi, lower };
}

/** Sets a header the gateway adds (X-Forwarded-*) in all three views. */
function setHeader(headers: RequestHeaders, name: string, value: string): void {
  headers.single[name] = value;
  headers.multi[name] = [value];
  headers.lower.set(name.toLowerCase(), value);
}

/** The request target's path and query; the query's parameters only where it has one. */
interface RequestTarget {
  readonly pathname: string;
  readonly search: string;
  readonly searchParams?: URLSearchParams;
}

/** A path of unreserved characters and slashes, without a query: URL would give it back as it is (nothing to encode, no dot segment). */
const PLAIN_TARGET = /^\/[A-Za-z0-9_~/-]*$/;

/**
 * The request target's path and query. A target in origin form (the path, as clients send it) is
 * a path even when it starts with '//', which URL resolved against a base reads as a host (and
 * `GET //` as no URL at all); the absolute form keeps its path.
 */
export function requestTarget(raw: string): RequestTarget {
  if (PLAIN_TARGET.test(raw)) return { pathname: raw, search: '' };
  return raw.startsWith('/') ? new URL(`http://localhost${raw}`) : new URL(raw, 'http://localhost');
}

function queryOf(target: RequestTarget): { single: Record<string, string> | null; multi: Record<string, string[]> | null } {
  if (target.search === '' || !target.searchParams) return { single: null, multi: null };
  const multi = dictionary<string[]>();
  for (const [name, value] of target.searchParams) (multi[name] ??= []).push(value);
  if (Object.keys(multi).length === 0) return { single: null, multi: null };
  const single = dictionary<string>();
  for (const [name, values] of Object.entries(multi)) single[name] = values.at(-1) as string;
  return { single, multi };
}

/** Resource ARNs in IAM policies use * and ? wildcards: one pattern, as a regular expression source. */
function arnPattern(pattern: string): string {
  return pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
    .join('');
}

/** The method ARNs a compiled policy remembers its answer for (path parameters make them many). */
const POLICY_ANSWERS = 256;

/** Whether a policy lets its principal call a method ARN. */
export type CompiledPolicy = (methodArn: string) => boolean;

/**
 * An authorizer's policy as one test per effect: the resources of every statement that grants
 * execute-api:Invoke, joined into one regular expression. Compiled once per authorization (the
 * gateway caches it with the result), not once per resource on every request.
 */
export function compilePolicy(result: APIGatewayAuthorizerResult): CompiledPolicy {
  const statements = result.policyDocument?.Statement ?? [];
  const resourcesOf = (effect: 'Allow' | 'Deny'): RegExp | undefined => {
    const patterns = statements
      .filter((statement) => statement.Effect === effect)
      .flatMap((statement) => {
        const s = statement as { Action?: string | string[]; Resource?: string | string[] };
        const invokes = ([] as string[]).concat(s.Action ?? []).some((a) => a === 'execute-api:Invoke' || a === 'execute-api:*' || a === '*');
        return invokes ? ([] as string[]).concat(s.Resource ?? []).map(arnPattern) : [];
      });
    return patterns.length > 0 ? new RegExp(`^(?:${patterns.join('|')})$`) : undefined;
  };
  const allow = resourcesOf('Allow');
  const deny = resourcesOf('Deny');
  // A principal calls few distinct methods, over and over: each one's answer is kept (up to
  // POLICY_ANSWERS, then they start afresh) instead of running the expression on every request.
  const answers = new Map<string, boolean>();
  return (methodArn) => {
    let allowed = answers.get(methodArn);
    if (allowed === undefined) {
      // Explicit deny wins, then allow, else deny.
      allowed = !deny?.test(methodArn) && allow !== undefined && allow.test(methodArn);
      if (answers.size >= POLICY_ANSWERS) answers.clear();
      answers.set(methodArn, allowed);
    }
    return allowed;
  };
}

export function policyAllows(result: APIGatewayAuthorizerResult, methodArn: string): boolean {
  return compilePolicy(result)(methodArn);
}

interface CachedAuthorization {
  readonly result: APIGatewayAuthorizerResult;
  readonly allows: CompiledPolicy;
  readonly expiresAt: number;
}

export interface LocalGatewayOptions {
  readonly topology: Topology;
  readonly invoker: Invoker;
  readonly log?: (message: string, extra?: Record<string, unknown>) => void;
  readonly authorizerCacheSeconds?: number;
  /** Usage plans: when given, non-public routes are throttled per usage key. */
  readonly usagePlans?: LocalApiManagement;
  /** Each answer's status and duration (the ops console's API widgets). */
  readonly onAnswer?: (status: number, durationMs: number) => void;
  /** The ops console, local runtime only: its page and assets, and its data for insurer keys. */
  readonly ops?: { readonly assets: () => Record<string, { type: string; body: string }>; readonly data: () => Promise<unknown> };
}

export class LocalGateway {
  private readonly topology: Topology;
  private readonly invoker: Invoker;
  private readonly log: (message: string, extra?: Record<string, unknown>) => void;
  private readonly authorizations = new Map<string, CachedAuthorization>();
  private readonly cacheSeconds: number | undefined;
  private readonly usagePlans: LocalApiManagement | undefined;
  /** Flushes so far: an authorization that started before a flush is not cached after it. */
  private flushes = 0;
  private server?: http.Server;
  private readonly onAnswer: LocalGatewayOptions['onAnswer'];
  private readonly ops: LocalGatewayOptions['ops'];

  constructor(options: LocalGatewayOptions) {
    this.onAnswer = options.onAnswer;
    this.ops = options.ops;
    this.cacheSeconds = options.authorizerCacheSeconds;
    this.usagePlans = options.usagePlans;
    options.usagePlans?.onAuthorizerCacheFlush(() => this.flushAuthorizerCache());
    this.topology = options.topology;
    this.invoker = options.invoker;
    this.log = options.log ?? (() => undefined);
  }

  /** FlushStageAuthorizersCache: every key is authorized afresh on its next request. */
  flushAuthorizerCache(): void {
    this.authorizations.clear();
    this.flushes += 1;
  }

  async listen(port: number, host = '127.0.0.1'): Promise<string> {
    this.server = http.createServer((request, response) => void this.serve(request, response));
    this.server.keepAliveTimeout = 5_000;
    // Requests Node cannot parse (a head over 16 KB, a malformed line) still get problem+json.
    this.server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
      if (!socket.writable) return;
      const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
      const slug = tooLarge ? 'headers-too-large' : 'malformed-request';
      const requestId = randomUUID();
      const problem = new ProblemError({ slug, detail: tooLarge ? 'The request line and headers exceed 16 KB.' : 'The request could not be parsed as HTTP/1.1.' });
      const { status } = problem;
      const body = JSON.stringify(problem.toProblem(undefined, requestId));
      socket.end(
        `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\ncontent-type: ${PROBLEM_CONTENT_TYPE}\r\nx-correlation-id: ${requestId}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    const address = this.server.address();
    if (typeof address !== 'object' || !address) throw new Error('gateway has no address');
    return `http://${host}:${address.port}`;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    const closed = new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server.closeIdleConnections();
    setTimeout(() => this.server?.closeAllConnections(), 2_000).unref();
    await closed;
  }

  private gatewayResponse(type: string, instance: string, requestId: string): { status: number; problem: Problem; headers: Record<string, string> } {
    const spec = this.topology.gatewayResponses.find((r) => r.type === type);
    if (!spec) throw new Error(`the topology defines no gateway response ${type}`);
    const headers: Record<string, string> = spec.retryAfterSeconds !== undefined ? { 'retry-after': String(spec.retryAfterSeconds) } : {};
    return { status: spec.status, problem: gatewayProblem(spec, instance, requestId), headers };
  }

  private async serve(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const started = performance.now();
    const requestId = randomUUID();
    const raw = request.url ?? '/';
    let url: RequestTarget | undefined;
    try {
      url = requestTarget(raw);
    } catch {
      // An absolute-form target that is no URL (`GET http://`): answered 400 below.
    }
    const method = (request.method ?? 'GET').toUpperCase();
    const path = !url ? raw : url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
    let status = 500;
    try {
      const result = url ? await this.handle(request, url, method, path, requestId) : await this.malformedTarget(request, path, requestId);
      status = result.statusCode;
      const headers: Record<string, string | string[]> = { 'x-amzn-requestid': requestId };
      for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = String(value);
      for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) headers[name.toLowerCase()] = values.map(String);
      // A text body goes out as the string: Node writes it with the head in one write, with no Buffer in between.
      const body = result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? '');
      headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
      response.writeHead(status, headers);
      if (method === 'HEAD') response.end();
      else if (typeof body === 'string') response.end(body, 'utf8');
      else response.end(body);
    } catch (error) {
      this.log('gateway failure', { error: error instanceof Error ? error.stack : String(error) });
      if (!response.headersSent) response.writeHead(500, { 'content-type': PROBLEM_CONTENT_TYPE });
      response.end();
    } finally {
      const durationMs = performance.now() - started;
      if (!path.startsWith('/ops')) this.onAnswer?.(status, durationMs);
      this.log(`${method} ${url ? `${url.pathname}${url.search}` : raw} ${status}`, { durationMs: Math.round(durationMs), requestId });
    }
  }

  private async malformedTarget(request: http.IncomingMessage, path: string, requestId: string): Promise<APIGatewayProxyResult> {
    await drainBody(request);
    const problem = new ProblemError({ slug: 'malformed-request', detail: 'The request target is not a URL.' });
    return this.problem(problem.status, problem.toProblem(path, requestId));
  }

  /** What the gateway answers itself carries the request id as x-correlation-id, as in AWS (infra/constructs/api.ts). */
  private problem(status: number, problem: Problem, extraHeaders: Record<string, string> = {}): APIGatewayProxyResult {
    const correlation: Record<string, string> = problem.correlationId ? { 'x-correlation-id': problem.correlationId } : {};
    return { statusCode: status, headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...correlation, ...extraHeaders }, body: JSON.stringify(problem) };
  }

  private async handle(
    request: http.IncomingMessage,
    url: RequestTarget,
    method: string,
    path: string,
    requestId: string,
  ): Promise<APIGatewayProxyResult> {
    if (this.ops && (path === '/ops' || path.startsWith('/ops/')) && method === 'GET') {
      await drainBody(request);
      return this.serveOps(request, path, requestId);
    }
    const routes = this.topology.routes;
    const match = matchResource(routes, path);
    if (!match) {
      const { status, problem, headers } = this.gatewayResponse('MISSING_AUTHENTICATION_TOKEN', path, requestId);
      await drainBody(request);
      return this.problem(status, problem, headers);
    }
    const route = match.routes.find((r) => r.method === method);
    if (!route) {
      await drainBody(request);
      const methods = match.routes.map((r) => r.method);
      return this.problem(405, { ...methodNotAllowedProblem(match.path, methods), instance: path, correlationId: requestId }, { allow: methods.join(', ') });
    }

    const body = await readBody(request);
    if (body === undefined) {
      const { status, problem, headers } = this.gatewayResponse('REQUEST_TOO_LARGE', path, requestId);
      return this.problem(status, problem, headers);
    }

    const headers = headersOf(request);
    const forwardedFor = [headers.single['X-Forwarded-For'], request.socket.remoteAddress].filter(Boolean).join(', ');
    setHeader(headers, 'X-Forwarded-For', forwardedFor);
    setHeader(headers, 'X-Forwarded-Proto', 'http');
    const query = queryOf(url);
    const now = new Date();
    const contentType = headers.lower.get('content-type') ?? '';
    const isBase64Encoded = body.length > 0 && contentType !== '' && !TEXT_TYPES.test(contentType);
    const methodArn = `arn:aws:execute-api:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${API_ID}/${this.topology.stage}/${method}${path}`;

    const requestContext: APIGatewayProxyEvent['requestContext'] = {
      accountId: LOCAL_ACCOUNT,
      apiId: API_ID,
      authorizer: null,
      domainName: headers.lower.get('host') ?? 'localhost',
      domainPrefix: 'localhost',
      extendedRequestId: requestId,
      httpMethod: method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        user: null,
        userAgent: headers.lower.get('user-agent') ?? null,
        userArn: null,
      },
      path,
      protocol: `HTTP/${request.httpVersion}`,
      requestId,
      requestTime: requestTime(now),
      requestTimeEpoch: now.getTime(),
      resourceId: route.operationId,
      resourcePath: route.path,
      stage: this.topology.stage,
    };

    if (route.access !== 'public') {
      const denied = await this.authorize(route, { headers, query, match, path, method, methodArn, requestContext });
      if (denied) return denied;
    }

    const event: APIGatewayProxyEvent = {
      resource: route.path,
      path,
      httpMethod: method,
      headers: headers.single,
      multiValueHeaders: headers.multi,
      queryStringParameters: query.single,
      multiValueQueryStringParameters: query.multi,
      pathParameters: Object.keys(match.params).length > 0 ? match.params : null,
      stageVariables: null,
      requestContext,
      body: body.length === 0 ? null : isBase64Encoded ? body.toString('base64') : body.toString('utf8'),
      isBase64Encoded,
    };

    try {
      const result = await this.invoker.invoke<APIGatewayProxyResult>(route.function, event);
      if (!result || typeof result.statusCode !== 'number') throw new Error(`${route.function} returned no statusCode`);
      return result;
    } catch (error) {
      this.log('function failed', { function: route.function, error: error instanceof Error ? error.stack : String(error) });
      const { status, problem, headers } = this.gatewayResponse('DEFAULT_5XX', path, requestId);
      return this.problem(status, problem, headers);
    }
  }

  /**
   * The page and its assets are public (they hold no data); /ops/data asks the topology's
   * authorizer, as a route would, and answers only an insurer key.
   */
  private async serveOps(request: http.IncomingMessage, path: string, requestId: string): Promise<APIGatewayProxyResult> {
    const asset = this.ops!.assets()[path];
    if (asset) return { statusCode: 200, headers: { 'content-type': asset.type, 'cache-control': 'no-store' }, body: asset.body };
    if (path !== '/ops/data') {
      const { status, problem, headers } = this.gatewayResponse('MISSING_AUTHENTICATION_TOKEN', path, requestId);
      return this.problem(status, problem, headers);
    }
    const spec = this.topology.authorizer;
    const headers = headersOf(request);
    const unauthorized = () => {
      const { status, problem, headers: extra } = this.gatewayResponse('UNAUTHORIZED', path, requestId);
      return this.problem(status, problem, extra);
    };
    if (!spec || spec.identityHeaders.some((name) => !headers.lower.get(name.toLowerCase()))) return unauthorized();
    let result: APIGatewayAuthorizerResult;
    try {
      result = await this.invoker.invoke<APIGatewayAuthorizerResult>(spec.function, {
        type: 'REQUEST',
        methodArn: `arn:aws:execute-api:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${API_ID}/${this.topology.stage}/GET${path}`,
        resource: path,
        path,
        httpMethod: 'GET',
        headers: headers.single,
        multiValueHeaders: headers.multi,
        pathParameters: null,
        queryStringParameters: null,
        multiValueQueryStringParameters: null,
        stageVariables: null,
        requestContext: { requestId, stage: this.topology.stage, path, httpMethod: 'GET', resourcePath: path } as APIGatewayRequestAuthorizerEvent['requestContext'],
      } satisfies APIGatewayRequestAuthorizerEvent);
    } catch (error) {
      if (error instanceof Error && error.message === 'Unauthorized') return unauthorized();
      throw error;
    }
    if (result.context?.['role'] !== 'insurer') {
      const { status, problem, headers: extra } = this.gatewayResponse('ACCESS_DENIED', path, requestId);
      return this.problem(status, problem, extra);
    }
    return { statusCode: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: JSON.stringify(await this.ops!.data()) };
  }

  private async authorize(
    route: RouteSpec,
    args: {
      headers: RequestHeaders;
      query: { single: Record<string, string> | null; multi: Record<string, string[]> | null };
      match: RouteMatch;
      path: string;
      method: string;
      methodArn: string;
      requestContext: APIGatewayProxyEvent['requestContext'];
    },
  ): Promise<APIGatewayProxyResult | undefined> {
    const spec = this.topology.authorizer;
    const requestId = args.requestContext.requestId;
    const unauthorized = () => {
      const { status, problem, headers } = this.gatewayResponse('UNAUTHORIZED', args.path, requestId);
      return this.problem(status, problem, headers);
    };
    const denied = () => {
      const { status, problem, headers } = this.gatewayResponse('ACCESS_DENIED', args.path, requestId);
      return this.problem(status, problem, headers);
    };
    if (!spec) throw new Error(`${route.operationId} needs an authorizer and the topology has none`);
    const identity = spec.identityHeaders.map((name) => args.headers.lower.get(name.toLowerCase()));
    // API Gateway answers 401 without calling the authorizer when an identity source is missing.
    if (identity.some((value) => !value)) return unauthorized();

    const cacheKey = identity.join('\u0000');
    let cached = this.authorizations.get(cacheKey);
    if (!cached || cached.expiresAt <= Date.now()) {
      const event: APIGatewayRequestAuthorizerEvent = {
        type: 'REQUEST',
        methodArn: args.methodArn,
        resource: route.path,
        path: args.path,
        httpMethod: args.method,
        headers: args.headers.single,
        multiValueHeaders: args.headers.multi,
        pathParameters: Object.keys(args.match.params).length > 0 ? args.match.params : null,
        queryStringParameters: args.query.single,
        multiValueQueryStringParameters: args.query.multi,
        stageVariables: null,
        requestContext: args.requestContext as APIGatewayRequestAuthorizerEvent['requestContext'],
      };
      const generation = this.flushes;
      try {
        const result = await this.invoker.invoke<APIGatewayAuthorizerResult>(spec.function, event);
        const ttl = this.cacheSeconds ?? spec.cacheTtlSeconds;
        cached = { result, allows: compilePolicy(result), expiresAt: Date.now() + ttl * 1000 };
        // A flush while the authorizer ran may be a revocation it did not see: use, not keep.
        if (ttl > 0 && generation === this.flushes) this.authorizations.set(cacheKey, cached);
      } catch (error) {
        if (error instanceof Error && error.message === 'Unauthorized') return unauthorized();
        this.log('authorizer failed', { error: error instanceof Error ? error.stack : String(error) });
        // What API Gateway answers when the authorizer function fails (500 unless mapped).
        const { status, problem, headers } = this.gatewayResponse('AUTHORIZER_CONFIGURATION_ERROR', args.path, requestId);
        return this.problem(status, problem, headers);
      }
    }
    if (!cached.allows(args.methodArn)) return denied();
    // Methods behind the authorizer require a usage key (apiKeySource AUTHORIZER).
    if (this.usagePlans) {
      const verdict = this.usagePlans.take(cached.result.usageIdentifierKey);
      if (!verdict) {
        const { status, problem, headers } = this.gatewayResponse('INVALID_API_KEY', args.path, requestId);
        return this.problem(status, problem, headers);
      }
      if (!verdict.allowed) {
        const { status, problem, headers } = this.gatewayResponse('THROTTLED', args.path, requestId);
        return this.problem(status, problem, { ...headers, 'retry-after': String(verdict.retryAfterSeconds) });
      }
    }
    args.requestContext.authorizer = { principalId: cached.result.principalId, integrationLatency: 0, ...(cached.result.context ?? {}) };
    return undefined;
  }
}

/**
 * The request's body, or undefined past MAX_BODY_BYTES (read to its end all the same, so the
 * connection can answer). Listeners rather than an async iterator: one promise per request
 * instead of a few per chunk.
 */
function readBody(request: http.IncomingMessage, keep = true): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (keep && size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    let ended = false;
    request.once('end', () => {
      ended = true;
      resolve(size > MAX_BODY_BYTES || !keep ? undefined : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    });
    request.once('error', reject);
    // A client that goes away mid-body: 'close' without 'end' (and not always an 'error').
    request.once('close', () => {
      if (!ended) reject(new Error('the request closed before its body ended'));
    });
  });
}

async function drainBody(request: http.IncomingMessage): Promise<void> {
  await readBody(request, false);
}
