import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePattern } from '../../infra/local/event-pattern.ts';
import { REPO_ROOT } from '../../infra/local/runtime.ts';
import { rateMs } from '../../infra/local/scheduler.ts';
import { queueUrlVariable } from '../../shared/events/queue-names.ts';
import { asyncInvokedFunctions, deployedRoutes, topology, type QueueSpec, type RouteSpec } from '../../shared/topology/index.ts';

const functionNames = Object.keys(topology.functions);
const queueNames = topology.queues.map((q) => q.name);
const queueNamed = (name: string): QueueSpec | undefined => topology.queues.find((q) => q.name === name);
const paramsInPath = (route: RouteSpec) => [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();

describe('topology invariants', () => {
  it.each(Object.entries(topology.functions))('function %s has a handler file that exports its handler', async (_name, spec) => {
    const file = path.join(REPO_ROOT, spec.entry);
    expect(existsSync(file), `${spec.entry} exists`).toBe(true);
    const module = (await import(file)) as Record<string, unknown>;
    expect(typeof module[spec.handler]).toBe('function');
  });

  it.each(topology.routes.map((r) => [`${r.method} ${r.path}`, r] as const))('route %s names a known function that implements it', async (_key, route) => {
    expect(functionNames).toContain(route.function);
    // apiHandler() throws at import when an operation of the function is missing.
    const spec = topology.functions[route.function];
    await expect(import(path.join(REPO_ROOT, spec.entry))).resolves.toBeDefined();
  });

  it('operation ids and method + path pairs are unique', () => {
    const ids = topology.routes.map((r) => r.operationId);
    const keys = topology.routes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(topology.routes.map((r) => [r.operationId, r] as const))('%s declares exactly the path parameters of its path', (_id, route) => {
    const declared = Object.keys(route.request?.params?.shape ?? {}).sort();
    expect(declared).toEqual(paramsInPath(route));
  });

  it.each(topology.routes.map((r) => [r.operationId, r] as const))('%s lives under /v1 (the reference page under /docs), declares a 2xx response and valid roles', (_id, route) => {
    // The reference page and its files are for people, not a versioned operation of the API.
    expect(route.path.startsWith('/v1/') || (route.function === 'docs' && route.access === 'public' && /^\/docs(\/|$)/.test(route.path))).toBe(true);
    expect(Object.keys(route.responses).some((status) => status.startsWith('2'))).toBe(true);
    if (route.access !== 'public') {
      expect(route.access.length).toBeGreaterThan(0);
      expect(topology.authorizer, 'a non-public route needs the authorizer').toBeDefined();
    }
    if (route.tenantScoped) expect(route.access).not.toBe('public');
  });

  it('every rule has at least one target, a valid pattern and known target functions or queues', () => {
    expect(topology.rules.length).toBeGreaterThan(0);
    for (const rule of topology.rules) {
      expect(rule.targets.length, rule.name).toBeGreaterThan(0);
      expect(() => validatePattern(rule.pattern)).not.toThrow();
      for (const target of rule.targets) {
        if ('queue' in target) expect(queueNames, rule.name).toContain(target.queue);
        else expect(functionNames, rule.name).toContain(target.function);
      }
    }
  });

  it('queue names, and the QUEUE_URL_ variables made from them, are unique', () => {
    expect(new Set(queueNames).size).toBe(queueNames.length);
    expect(new Set(queueNames.map(queueUrlVariable)).size).toBe(queueNames.length);
  });

  // Only the queues that redrive somewhere: a dead-letter queue itself has nothing to check here.
  it.each(topology.queues.flatMap((q) => (q.deadLetter ? [[q.name, q, q.deadLetter] as const] : [])))(
    'queue %s: its dead-letter queue exists, is another queue and keeps messages longer',
    (name, queue, redrive) => {
      // SQS keeps a message's first enqueue time when it moves it: a DLQ that keeps messages no
      // longer than its source would expire them at once.
      const deadLetter = queueNamed(redrive.queue);
      expect(deadLetter, `${name} → ${redrive.queue}`).toBeDefined();
      expect(redrive.queue).not.toBe(name);
      expect(deadLetter?.retentionDays).toBeGreaterThan(queue.retentionDays);
      expect(redrive.maxReceiveCount).toBeGreaterThanOrEqual(1);
      expect(redrive.maxReceiveCount).toBeLessThanOrEqual(1000);
    },
  );

  it.each(topology.queues.map((q) => [q.name, q] as const))('queue %s: SQS limits on visibility and retention', (_name, queue) => {
    expect(queue.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(0);
    expect(queue.visibilityTimeoutSeconds).toBeLessThanOrEqual(12 * 3600);
    expect(queue.retentionDays).toBeGreaterThanOrEqual(1);
    expect(queue.retentionDays).toBeLessThanOrEqual(14);
  });

  it.each(topology.queues.flatMap((q) => (q.consumer ? [[q.name, q, q.consumer] as const] : [])))(
    'queue %s: a known consumer, a dead-letter queue, a visibility of 6 × its timeout at least, valid batching',
    (name, queue, consumer) => {
      expect(functionNames).toContain(consumer.function);
      // Without one, a message its consumer cannot handle comes back until retention ends.
      expect(queue.deadLetter, `${name} has a consumer and no dead-letter queue`).toBeDefined();
      // AWS's advice for SQS event sources: room for the function to run and Lambda to retry throttled batches.
      const timeout = topology.functions[consumer.function].timeoutSeconds;
      expect(queue.visibilityTimeoutSeconds, `${name}: ${queue.visibilityTimeoutSeconds} s for a ${timeout} s function`).toBeGreaterThanOrEqual(6 * timeout);
      expect(consumer.batchSize).toBeGreaterThanOrEqual(1);
      expect(consumer.batchSize).toBeLessThanOrEqual(consumer.maxBatchingWindowSeconds > 0 ? 10_000 : 10);
      expect(consumer.maxBatchingWindowSeconds).toBeGreaterThanOrEqual(0);
      expect(consumer.maxBatchingWindowSeconds).toBeLessThanOrEqual(300);
      expect(consumer.maxConcurrency).toBeGreaterThanOrEqual(2);
      expect(consumer.maxConcurrency).toBeLessThanOrEqual(1000);
    },
  );

  it('every queue is fed: by the redrive of another queue, a rule, a function allowed to send to it, or Lambda (on-failure records)', () => {
    expect(topology.queues.length).toBeGreaterThan(0);
    for (const queue of topology.queues) {
      const fed =
        topology.queues.some((q) => q.deadLetter?.queue === queue.name) ||
        topology.rules.some((rule) => rule.targets.some((target) => 'queue' in target && target.queue === queue.name)) ||
        Object.values(topology.functions).some((spec) => spec.permissions.queues?.[queue.name]?.includes('sqs:SendMessage')) ||
        (topology.asyncInvocation.onFailureQueue === queue.name && asyncInvokedFunctions(topology).length > 0);
      expect(fed, queue.name).toBe(true);
    }
  });

  // Only the functions with queue permissions: the others have nothing to check.
  it.each(Object.entries(topology.functions).flatMap(([name, spec]) => (spec.permissions.queues ? [[name, spec.permissions.queues] as const] : [])))(
    'function %s may send only to queues of the topology',
    (_name, queues) => {
      expect(Object.keys(queues).length).toBeGreaterThan(0);
      for (const [queue, actions] of Object.entries(queues)) {
        expect(queueNames).toContain(queue);
        expect(actions.length, queue).toBeGreaterThan(0);
      }
    },
  );

  it('every stream consumer has a valid filter, a known function and bounded retries', () => {
    expect(topology.streamConsumers.length).toBeGreaterThan(0);
    for (const consumer of topology.streamConsumers) {
      expect(functionNames).toContain(consumer.function);
      expect(() => validatePattern(consumer.filter)).not.toThrow();
      expect(consumer.retryAttempts).toBeGreaterThan(0);
      expect(consumer.maxRecordAgeSeconds).toBeLessThanOrEqual(7 * 24 * 3600);
      expect(consumer.batchSize).toBeLessThanOrEqual(10_000);
    }
  });

  it('every schedule uses a rate() expression the local runtime can run and a known function', () => {
    expect(topology.schedules.length).toBeGreaterThan(0);
    for (const schedule of topology.schedules) {
      expect(() => rateMs(schedule.expression)).not.toThrow();
      expect(functionNames).toContain(schedule.function);
    }
  });

  it('gateway responses cover unknown routes, auth failures, throttling and gateway errors', () => {
    const types = topology.gatewayResponses.map((r) => r.type);
    for (const type of ['MISSING_AUTHENTICATION_TOKEN', 'UNAUTHORIZED', 'ACCESS_DENIED', 'THROTTLED', 'DEFAULT_5XX']) {
      expect(types).toContain(type);
    }
    expect(topology.gatewayResponses.find((r) => r.type === 'MISSING_AUTHENTICATION_TOKEN')?.status).toBe(404);
    // An authorizer that cannot check the key (its table does not answer) is not a 500.
    for (const type of ['AUTHORIZER_CONFIGURATION_ERROR', 'AUTHORIZER_FAILURE']) {
      expect(topology.gatewayResponses.find((r) => r.type === type), type).toMatchObject({ status: 503, problem: 'service-unavailable', retryAfterSeconds: expect.any(Number) as number });
    }
    expect(topology.gatewayResponses.find((r) => r.type === 'THROTTLED')?.retryAfterSeconds).toBe(1);
  });

  it('exactly the functions that answer a paginated list read the cursor secret; every secret granted is declared', () => {
    const listing = new Set(topology.routes.filter((route) => route.request?.query && 'cursor' in route.request.query.shape).map((route) => route.function));
    const reading = new Set(Object.entries(topology.functions).filter(([, spec]) => spec.permissions.secrets?.includes('cursor')).map(([name]) => name));
    expect([...reading].sort()).toEqual([...listing].sort());
    for (const [name, spec] of Object.entries(topology.functions)) {
      for (const secret of spec.permissions.secrets ?? []) expect(topology.secrets?.[secret], `${name}: ${secret}`).toBeDefined();
    }
  });

  it('local-only routes are not deployed', () => {
    const deployed = deployedRoutes(topology);
    expect(deployed.every((r) => !r.localOnly)).toBe(true);
    expect(deployed.length).toBe(topology.routes.filter((r) => !r.localOnly).length);
  });

  it('table indexes have distinct names and key attributes', () => {
    const names = topology.table.indexes.map((i) => i.name);
    const keys = topology.table.indexes.flatMap((i) => [i.partitionKey, i.sortKey]);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain(topology.table.partitionKey);
  });
});
