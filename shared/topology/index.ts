/**
 * The one description of the system: functions, routes, table, stream consumers, event
 * rules and schedules. The CDK stack (infra/) and the local runtime (infra/local/) both read
 * it, and so does the OpenAPI route, so a route exists in AWS and locally, or in neither.
 *
 * It lives in shared/ rather than infra/ because functions need it too (the HTTP stack
 * validates against each route's schemas, the OpenAPI document lists every route) and
 * nothing in functions/ may import infra/. It holds data only: no CDK, no SDK.
 */
import { table } from '../data/table.ts';
import { opsFunctions, opsRoutes } from './ops.ts';
import { tenancyFunctions, tenancyRoutes } from './tenancy.ts';
import { buyersFunctions, buyersRoutes } from './buyers.ts';
import { limitsFunctions, limitsRoutes } from './limits.ts';
import { coverFunctions, coverRoutes } from './cover.ts';
import { webhooksFunctions, webhooksRoutes } from './webhooks.ts';
import { monitoringFunctions, monitoringRoutes } from './monitoring.ts';
import { claimsFunctions, claimsRoutes } from './claims.ts';
import { portfolioFunctions, portfolioRoutes, portfolioStreamConsumers } from './portfolio.ts';
import { eventsFunctions, queues, rules, streamConsumers } from './events.ts';
import { jobsFunctions } from './jobs.ts';
import { schedules } from './schedules.ts';
import { gatewayResponses } from './gateway.ts';
import { service } from './service.ts';
import type { RouteSpec, Topology } from './types.ts';

export * from './types.ts';
export { table };

const functions = /* @__PURE__ */ (() => ({
  ...opsFunctions,
  ...tenancyFunctions,
  ...buyersFunctions,
  ...limitsFunctions,
  ...coverFunctions,
  ...webhooksFunctions,
  ...monitoringFunctions,
  ...claimsFunctions,
  ...portfolioFunctions,
  ...eventsFunctions,
  ...jobsFunctions,
}))();

export type FunctionName = keyof typeof functions;

const typedRoutes = /* @__PURE__ */ (() => [
  ...opsRoutes,
  ...tenancyRoutes,
  ...buyersRoutes,
  ...limitsRoutes,
  ...monitoringRoutes,
  ...claimsRoutes,
  ...portfolioRoutes,
  ...coverRoutes,
  ...webhooksRoutes,
] as const)();

/** Every route with its literal operationId and schemas (the tests' client is typed by them). */
export type ApiRoute = (typeof typedRoutes)[number];
export type OperationId = ApiRoute['operationId'];

const routes: readonly RouteSpec<FunctionName>[] = typedRoutes;

export const topology: Topology<FunctionName> = /* @__PURE__ */ (() => ({
  ...service,
  archiveRetentionDays: 365,
  table,
  functions,
  secrets: {
    // Read by the functions that answer a list (a route taking ?cursor=): a unit test holds it.
    cursor: { description: 'Encrypts and authenticates the cursors of paginated lists (AES-256-GCM key material)' },
  },
  routes,
  // Revoking a key or changing mandates flushes this cache (README, "API keys"); the TTL only
  // bounds what a failed flush would leave, and the flush is retried from the outbox event.
  authorizer: { function: 'authorizer', identityHeaders: ['Authorization'], cacheTtlSeconds: 60 },
  // Per tenant (standard, premium), per broker (partner), and for the insurer's staff.
  throttling: {
    tiers: {
      standard: { rateLimit: 25, burstLimit: 50 },
      premium: { rateLimit: 100, burstLimit: 200 },
      partner: { rateLimit: 100, burstLimit: 200 },
      internal: { rateLimit: 200, burstLimit: 400 },
    },
  },
  gatewayResponses,
  streamConsumers: [...streamConsumers, ...portfolioStreamConsumers],
  queues,
  rules,
  schedules,
  // Lambda's default retries, then the invocation record to a queue an operator redrives.
  asyncInvocation: { retryAttempts: 2, maxEventAgeSeconds: 6 * 60 * 60, onFailureQueue: 'async-failures' },
}))();

/** Routes that exist in AWS (the test clock and other local-only routes do not). */
export function deployedRoutes<F extends string>(t: Topology<F>): RouteSpec<F>[] {
  return t.routes.filter((r) => !r.localOnly);
}

/** The functions EventBridge invokes asynchronously: rule targets and scheduled jobs. */
export function asyncInvokedFunctions<F extends string>(t: Pick<Topology<F>, 'rules' | 'schedules'>): F[] {
  const names = new Set<F>();
  for (const rule of t.rules) for (const target of rule.targets) if ('function' in target) names.add(target.function);
  for (const schedule of t.schedules) names.add(schedule.function);
  return [...names];
}
