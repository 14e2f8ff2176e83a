import type * as z from 'zod';
import type { ZodType } from 'zod';
import type { TableDefinition } from '../data/table.ts';
import type { ProblemType } from '../contract/problems.ts';

/** Who may call a route: `public` needs no key; the others come from the authorizer. */
export type Role = 'insurer' | 'policyholder' | 'broker';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** DynamoDB actions a function may be granted on the table and its indexes. */
export type TableAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:BatchGetItem'
  | 'dynamodb:Query'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem'
  | 'dynamodb:BatchWriteItem'
  | 'dynamodb:ConditionCheckItem'
  | 'dynamodb:DescribeTable';

export type BusAction = 'events:PutEvents' | 'events:DescribeEventBus';

/** SQS actions a function may be granted on a queue the topology names. */
export type QueueAction = 'sqs:SendMessage';

/**
 * API Gateway management actions: GET finds usage plans, POST registers usage keys, DELETE
 * flushes the stage's authorizer cache (each granted on those resources only).
 */
export type ApiManagementAction = 'apigateway:GET' | 'apigateway:POST' | 'apigateway:DELETE';

/**
 * A secret of the deployment: its value is generated where it lives (Secrets Manager in AWS,
 * the data directory locally), never written in the template nor in a function's environment;
 * a function granted it finds its ARN in SECRET_ARN_<NAME> and may only GetSecretValue it.
 */
export interface SecretSpec {
  readonly description: string;
}

export interface FunctionSpec {
  /** Path of the handler module from the repository root. */
  readonly entry: string;
  /** Exported handler name in that module. */
  readonly handler: string;
  readonly description: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  /**
   * Files shipped beside the bundle, destination (relative to it) → source (relative to the
   * repository): what a function reads from disk, such as a renderer's script it serves.
   */
  readonly files?: Readonly<Record<string, string>>;
  /** Least privilege: the only table and bus actions the function receives. */
  readonly permissions: {
    readonly table?: readonly TableAction[];
    readonly bus?: readonly BusAction[];
    readonly apiManagement?: readonly ApiManagementAction[];
    /** Per queue name: the queue's URL is in QUEUE_URL_<NAME> (see shared/events/queues.ts). */
    readonly queues?: Readonly<Record<string, readonly QueueAction[]>>;
    /** Names of the topology's secrets it reads (see shared/data/secrets.ts). */
    readonly secrets?: readonly string[];
  };
}

/** A response header a route sets itself (the stack's own are derived in shared/http/answers.ts). */
export interface HeaderSpec {
  readonly description: string;
  /** Sent on every response of that status; else only in the cases the description names. */
  readonly required?: boolean;
  readonly schema?: ZodType;
}

export interface ResponseSpec<S extends ZodType = ZodType> {
  readonly description: string;
  /** A problem status: defaults to the shared Problem schema. */
  readonly schema?: S;
  /** Defaults to application/json (application/problem+json for 4xx/5xx). */
  readonly contentType?: string;
  /**
   * The problem types this route's own code (handler and the data layer it calls) answers
   * with this status; what the stack and the gateway add is derived from the route's shape.
   */
  readonly problems?: readonly ProblemType[];
  readonly headers?: Readonly<Record<string, HeaderSpec>>;
  /**
   * This status's example, where the schema's own (`.meta({ example })` in shared/contract) is
   * not the case it answers: a referred decision (202) beside an approved one (201).
   */
  readonly example?: unknown;
}

/** What a route reads besides headers: each part, when present, is validated against its schema. */
export interface RequestSpec<P extends z.ZodObject = z.ZodObject, Q extends z.ZodObject = z.ZodObject, B extends ZodType = ZodType> {
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
}

export type ResponsesSpec = Readonly<Record<number, ResponseSpec>>;

/** A route as the authorizer's policy sees it: who may call which method on which path. */
export interface RouteAccess {
  readonly method: HttpMethod;
  readonly path: string;
  readonly access: 'public' | readonly Role[];
}

/**
 * A route. A context declares its routes `as const satisfies readonly RouteSpec<…>[]`, so each
 * keeps its literal operationId, access and schemas: the handler's request and answer types
 * and the tests' client are derived from them (RequestPart, ResponseSchema below).
 */
export interface RouteSpec<F extends string = string, Req extends RequestSpec = RequestSpec, Res extends ResponsesSpec = ResponsesSpec> {
  /** Unique, stable; the handler module implements routes by this id. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** API Gateway resource path, e.g. `/v1/limits/{buyerId}`. */
  readonly path: string;
  readonly function: F;
  /** `public`, or the roles the authorizer must have resolved. */
  readonly access: 'public' | readonly Role[];
  /** Tenant-owned data: the caller acts for exactly one tenant (isolation test walks these). */
  readonly tenantScoped?: boolean;
  /** The caller's own data (its tenant's or its broker firm's API keys): another's id is 404. */
  readonly ownerScoped?: boolean;
  /**
   * Mints credentials, grants access or redirects events: the calling key is read again from
   * the table (a revoked key is refused even while the gateway's cached authorization of it
   * lives, which a flush shortens to seconds but cannot make zero).
   */
  readonly recheckKey?: boolean;
  /**
   * A resource people edit (a policy, rules, a webhook endpoint, a buyer): its 200 answers
   * carry an ETag, the stored revision (the operation returns it as `etag`); on a PUT or PATCH
   * the stack reads If-Match and the repository applies the change only at a revision it names,
   * else 412 precondition-failed (shared/contract/preconditions.ts).
   */
  readonly etag?: true;
  /** Exists only in the local runtime (test clock): never deployed. */
  readonly localOnly?: boolean;
  readonly summary: string;
  /** Rules a schema cannot say (a field required when another has some value…), for the document. */
  readonly description?: string;
  readonly tags: readonly string[];
  readonly request?: Req;
  readonly responses: Res;
}

/**
 * The schema of one part of a route's request, or undefined when the route declares none (a
 * route typed as the wide RouteSpec gives `ZodObject | ZodType | undefined`).
 */
export type RequestPart<R extends RouteSpec, K extends keyof RequestSpec> = R extends { readonly request?: infer Q }
  ? NonNullable<Q> extends infer D
    ? K extends keyof D
      ? D[K]
      : undefined
    : never
  : undefined;

/** The statuses a route declares: number literals, or `number` for a route typed as the wide RouteSpec. */
export type DeclaredStatus<R extends RouteSpec> = keyof R['responses'] & number;

/** The schema of a route's response with status S, or undefined when it declares none (204). */
export type ResponseSchema<R extends RouteSpec, S extends number> = R['responses'] extends infer Res
  ? S extends keyof Res
    ? 'schema' extends keyof Res[S]
      ? Res[S]['schema' & keyof Res[S]]
      : undefined
    : undefined
  : never;

/** The routes of one function, among a context's routes (all of them for a wide RouteSpec[]). */
export type RoutesOfFunction<Rs extends readonly RouteSpec[], F extends string> = Rs[number] extends infer R
  ? R extends RouteSpec
    ? F extends R['function']
      ? R
      : never
    : never
  : never;

/** Stream filter and batching for the relay: same semantics in AWS (ESM) and locally. */
export interface StreamConsumerSpec<F extends string = string> {
  readonly function: F;
  /** EventBridge-pattern syntax, as Lambda event-source filter criteria use it. */
  readonly filter: Record<string, unknown>;
  readonly batchSize: number;
  readonly maxBatchingWindowSeconds: number;
  readonly retryAttempts: number;
  readonly maxRecordAgeSeconds: number;
  readonly bisectBatchOnError: boolean;
  readonly parallelizationFactor: number;
}

/** A rule invokes a function, or sends the event (as JSON) to a queue of the topology. */
export type RuleTarget<F extends string = string> = { readonly function: F } | { readonly queue: string };

/**
 * An SQS queue (a local stand-in runs it in the local runtime): standard, encrypted, with
 * its consumer as an event source mapping that reports batch item failures. A message
 * received `maxReceiveCount` times without success moves to the dead-letter queue named.
 */
export interface QueueSpec<F extends string = string> {
  readonly name: string;
  readonly description: string;
  readonly visibilityTimeoutSeconds: number;
  readonly retentionDays: number;
  readonly deadLetter?: { readonly queue: string; readonly maxReceiveCount: number };
  /**
   * A queue without a consumer is where failures end up: its depth alarms at 1, unless this is
   * false (a queue of our customers' failures, such as webhooks their endpoints never took).
   */
  readonly depthAlarm?: boolean;
  readonly consumer?: {
    readonly function: F;
    readonly batchSize: number;
    readonly maxBatchingWindowSeconds: number;
    /** Concurrent batches at most (the mapping's maximum concurrency, 2 or more). */
    readonly maxConcurrency: number;
  };
}

export interface RuleSpec<F extends string = string> {
  readonly name: string;
  readonly description: string;
  /** EventBridge event pattern on the custom bus. */
  readonly pattern: Record<string, unknown>;
  readonly targets: readonly RuleTarget<F>[];
}

export interface ScheduleSpec<F extends string = string> {
  readonly name: string;
  readonly description: string;
  /** EventBridge Scheduler expression; the local runtime supports `rate(...)`. */
  readonly expression: string;
  readonly function: F;
  /**
   * The job looks only at the present (a sweep), so runs that fall due together are one run:
   * the local test clock, jumping forty days, runs it once rather than 11,520 times. AWS,
   * whose clock does not jump, ignores it.
   */
  readonly coalesce?: boolean;
}

/** API Gateway gateway responses, rendered as problem+json in AWS and locally. */
export interface GatewayResponseSpec {
  /** API Gateway ResponseType, e.g. MISSING_AUTHENTICATION_TOKEN. */
  readonly type: string;
  readonly status: number;
  readonly problem: ProblemType;
  readonly title: string;
  readonly detail: string;
  /** Sent as Retry-After (seconds): the client may try again, later. */
  readonly retryAfterSeconds?: number;
}

/** API Gateway throttling (token bucket): steady requests per second and bucket size. */
export interface ThrottleSpec {
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/**
 * Usage plans: every tenant and broker gets an API Gateway usage key in its tier's plan,
 * which the authorizer returns as usageIdentifierKey; the insurer shares one key.
 */
export interface ThrottlingSpec {
  readonly tiers: Readonly<Record<'standard' | 'premium' | 'partner' | 'internal', ThrottleSpec>>;
}

export interface AuthorizerSpec<F extends string = string> {
  readonly function: F;
  /** Request headers the authorizer result is cached on. */
  readonly identityHeaders: readonly string[];
  readonly cacheTtlSeconds: number;
}

/**
 * How Lambda treats the functions EventBridge invokes asynchronously (rule targets, schedules):
 * retries of a failed run, the oldest event still run, and the queue that receives the
 * invocation record once they are spent (never dropped).
 */
export interface AsyncInvocationSpec {
  /** Lambda's own retries of a function error or timeout: 0 to 2. */
  readonly retryAttempts: number;
  /** 60 s to 6 h. */
  readonly maxEventAgeSeconds: number;
  /** A topology queue without consumer: its depth alarms. */
  readonly onFailureQueue: string;
}

export interface Topology<F extends string = string> {
  readonly service: string;
  /** Events carry this EventBridge `source`; the custom bus has this name. */
  readonly eventSource: string;
  readonly busName: string;
  readonly archiveRetentionDays: number;
  readonly stage: string;
  readonly table: TableDefinition;
  readonly functions: Readonly<Record<F, FunctionSpec>>;
  readonly secrets?: Readonly<Record<string, SecretSpec>>;
  readonly routes: readonly RouteSpec<F>[];
  readonly authorizer?: AuthorizerSpec<F>;
  readonly throttling: ThrottlingSpec;
  readonly gatewayResponses: readonly GatewayResponseSpec[];
  readonly streamConsumers: readonly StreamConsumerSpec<F>[];
  readonly queues: readonly QueueSpec<F>[];
  readonly rules: readonly RuleSpec<F>[];
  readonly schedules: readonly ScheduleSpec<F>[];
  readonly asyncInvocation: AsyncInvocationSpec;
}
