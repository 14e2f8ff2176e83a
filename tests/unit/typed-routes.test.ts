/**
 * Handlers and the e2e client are typed by their routes. Most of what this file proves is
 * checked by the compiler: `npm run typecheck` (the first step of `npm test`) fails when an
 * `expectTypeOf` does not hold, or when a line under `@ts-expect-error` compiles after all.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { TenantContext, Principal } from '../../shared/access/index.ts';
import { apiHandler, principal, tenant, type Operations } from '../../shared/http/api.ts';
import type { InvoiceParams, InvoiceQuery, PaymentBody, PaymentResult } from '../../shared/contract/orders.ts';
import { LimitRulesSchema } from '../../shared/contract/limits.ts';
import type { HealthSchema } from '../../shared/contract/ops.ts';
import type { Problem } from '../../shared/contract/problems.ts';
import type { Grade } from '../../shared/domain/grades.ts';
import type { coverRoutes } from '../../shared/topology/cover.ts';
import type { limitsRoutes } from '../../shared/topology/limits.ts';
import type { opsRoutes } from '../../shared/topology/ops.ts';
import type { RouteSpec } from '../../shared/topology/types.ts';
import { checkedByTheCompiler } from '../support/compile-time.ts';
import type { Call, JsonResponse } from '../support/http-client.ts';
import { expectStatus, op, type OpResponse, type RouteOf } from '../support/op.ts';

type CoverOperations = Operations<typeof coverRoutes, 'cover'>;
type RequestOf<O> = O extends (request: infer R) => unknown ? R : never;

const Thing = z.object({ id: z.string(), name: z.string() });
const things = [
  {
    operationId: 'createThing',
    method: 'POST',
    path: '/v1/things',
    function: 'things',
    access: ['policyholder'],
    tenantScoped: true,
    summary: 'Create',
    tags: ['t'],
    request: { body: z.strictObject({ name: z.string().trim(), size: z.int().default(1) }) },
    responses: { 201: { description: 'created', schema: Thing }, 409: { description: 'taken', schema: z.object({ type: z.string() }) } },
  },
  {
    operationId: 'getThing',
    method: 'GET',
    path: '/v1/things/{thingId}',
    function: 'things',
    access: 'public',
    summary: 'Get',
    tags: ['t'],
    request: { params: z.strictObject({ thingId: z.string() }) },
    responses: { 200: { description: 'ok', schema: Thing } },
  },
  {
    operationId: 'removeThing',
    method: 'DELETE',
    path: '/v1/things/{thingId}',
    function: 'things',
    access: ['insurer'],
    summary: 'Remove',
    tags: ['t'],
    request: { params: z.strictObject({ thingId: z.string() }) },
    responses: { 204: { description: 'removed' } },
  },
  {
    operationId: 'otherThing',
    method: 'GET',
    path: '/v1/other',
    function: 'other',
    access: 'public',
    summary: 'Another function’s',
    tags: ['t'],
    responses: { 200: { description: 'ok', schema: Thing } },
  },
] as const satisfies readonly RouteSpec[];

const thing = { id: 'thg_1', name: 'A' };

describe('an operation’s request is typed by its route’s schemas', () => {
  it('params, query and body are the output of their schemas (defaults applied, coercions done)', () => {
    checkedByTheCompiler();
    type RecordPayment = RequestOf<CoverOperations['recordPayment']>;
    expectTypeOf<RecordPayment['body']>().toEqualTypeOf<z.output<typeof PaymentBody>>();
    expectTypeOf<RecordPayment['params']>().toEqualTypeOf<z.output<typeof InvoiceParams>>();
    expectTypeOf<RequestOf<CoverOperations['listInvoices']>['query']>().toEqualTypeOf<z.output<typeof InvoiceQuery>>();
    expectTypeOf<RequestOf<CoverOperations['listInvoices']>['query']['limit']>().toEqualTypeOf<number>();
    expectTypeOf<RequestOf<CoverOperations['listInvoices']>['body']>().toEqualTypeOf<undefined>();
    type Create = RequestOf<Operations<typeof things, 'things'>['createThing']>;
    expectTypeOf<Create['body']>().toEqualTypeOf<{ name: string; size: number }>();
  });

  it('a tenant-scoped route has its tenant, a non-public one its principal, a public one neither', () => {
    checkedByTheCompiler();
    type Create = RequestOf<Operations<typeof things, 'things'>['createThing']>;
    type Get = RequestOf<Operations<typeof things, 'things'>['getThing']>;
    type Remove = RequestOf<Operations<typeof things, 'things'>['removeThing']>;
    expectTypeOf<Create['tenant']>().toEqualTypeOf<TenantContext>();
    expectTypeOf<Create['principal']>().toEqualTypeOf<Principal>();
    expectTypeOf<Remove['principal']>().toEqualTypeOf<Principal>();
    expectTypeOf<Remove['tenant']>().toEqualTypeOf<undefined>();
    expectTypeOf<Get['principal']>().toEqualTypeOf<undefined>();
    expectTypeOf<Get['tenant']>().toEqualTypeOf<undefined>();
  });

  it('the rules’ conditional grade is a Grade, as LimitRules takes it (it was a number), and out of range it is one issue', () => {
    expectTypeOf<RequestOf<Operations<typeof limitsRoutes, 'limits'>['putLimitRules']>['body']['conditionalFromGrade']>().toEqualTypeOf<Grade>();
    const perGrade = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), 0]));
    const rules = { buyerCapacityEur: perGrade, autoDecisionCeilingEur: perGrade, conditionalMaxPaymentTermsDays: 60 };
    expect(LimitRulesSchema.safeParse({ ...rules, conditionalFromGrade: 7 }).success).toBe(true);
    const outOfRange = LimitRulesSchema.safeParse({ ...rules, conditionalFromGrade: 11 });
    expect(outOfRange.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([['conditionalFromGrade', 'too_big']]);
  });
});

describe('apiHandler demands exactly the operations of its function, answering as declared', () => {
  const operations = {
    createThing: async (request) => {
      tenant(request);
      principal(request);
      return { status: 201, body: { id: 'thg_1', name: request.body.name } };
    },
    getThing: async (request) => ({ status: 200, body: { id: request.params.thingId, name: 'x' } }),
    removeThing: async () => ({ status: 204 }),
  } satisfies Operations<typeof things, 'things'>;

  it('builds from exactly its operations, well typed', () => {
    expect(typeof apiHandler('things', things, operations)).toBe('function');
  });

  it('a missing operation does not compile (and throws at import)', () => {
    const { removeThing: _removed, ...missing } = operations;
    // @ts-expect-error -- removeThing is missing
    expect(() => apiHandler('things', things, missing)).toThrow(/does not implement removeThing/);
  });

  it('an unknown operation, or another function’s, does not compile', () => {
    checkedByTheCompiler();
    apiHandler('things', things, {
      ...operations,
      // @ts-expect-error -- no route of this function has this id
      destroyThing: async () => ({ status: 204 }),
    });
    apiHandler('things', things, {
      ...operations,
      // @ts-expect-error -- otherThing belongs to the function "other"
      otherThing: async () => ({ status: 200, body: thing }),
    });
  });

  it('a body off the response schema does not compile', () => {
    checkedByTheCompiler();
    apiHandler('things', things, {
      ...operations,
      // @ts-expect-error -- id is a string
      getThing: async () => ({ status: 200, body: { id: 1, name: 'x' } }),
    });
    apiHandler('things', things, {
      ...operations,
      // @ts-expect-error -- name is required
      getThing: async () => ({ status: 200, body: { id: 'thg_1' } }),
    });
    apiHandler('things', things, {
      ...operations,
      // @ts-expect-error -- a 204 has no body
      removeThing: async () => ({ status: 204, body: thing }),
    });
  });

  it('a status the route does not declare, or a problem status, does not compile', () => {
    checkedByTheCompiler();
    apiHandler('things', things, {
      ...operations,
      // @ts-expect-error -- createThing declares 201, not 200
      createThing: async () => ({ status: 200, body: thing }),
    });
    apiHandler('things', things, {
      ...operations,
      // @ts-expect-error -- a 409 is a problem: thrown (ProblemError), never returned
      createThing: async () => ({ status: 409, body: { type: 'taken' } }),
    });
  });

  it('tenant() needs a tenant-scoped route, principal() a non-public one', () => {
    checkedByTheCompiler();
    apiHandler('things', things, {
      ...operations,
      getThing: async (request) => {
        // @ts-expect-error -- getThing is public: no principal
        principal(request);
        // @ts-expect-error -- getThing is not tenant-scoped
        tenant(request);
        return { status: 200, body: thing };
      },
    });
  });

  it('a non-problem status a route declares with its own content type is answered (health’s 503)', () => {
    checkedByTheCompiler();
    type Health = Operations<typeof opsRoutes, 'ops'>['getHealth'];
    type Answer = Awaited<ReturnType<Health>>;
    expectTypeOf<Answer['status']>().toEqualTypeOf<200 | 503>();
    expectTypeOf<Extract<Answer, { status: 503 }>['body']>().toEqualTypeOf<z.input<typeof HealthSchema>>();
  });
});

describe('op(): the e2e client by operation id', () => {
  const sent: { method: string; path: string; options: unknown }[] = [];
  const answer = (status: number, body: unknown): JsonResponse => ({ status, headers: new Headers(), body: body as Record<string, unknown>, text: JSON.stringify(body) });
  const fake = (status: number, body: unknown): Call =>
    (async (method: string, path: string, options: unknown = {}) => {
      sent.push({ method, path, options });
      return answer(status, body);
    }) as Call;

  it('builds the path from the template, its params and the query, and sends the body', async () => {
    const payment = { paymentId: 'pay_1', amount: 5, paidOn: '2026-01-02' };
    const response = await op(fake(201, payment), 'recordPayment', { key: 'k', params: { invoiceId: 'inv_a/b' }, body: { amount: 5, paidOn: '2026-01-02' } });
    expect(sent.at(-1)).toEqual({ method: 'POST', path: '/v1/invoices/inv_a%2Fb/payments', options: { key: 'k', body: { amount: 5, paidOn: '2026-01-02' } } });
    expectStatus(response, 201);
    expectTypeOf(response.body).toEqualTypeOf<z.output<typeof PaymentResult>>();
    await op(fake(200, { items: [] }), 'listInvoices', { query: { buyerId: 'buy_1', status: 'open', limit: 10 } });
    expect(sent.at(-1)?.path).toBe('/v1/invoices?buyerId=buy_1&status=open&limit=10');
  });

  it('narrows on the status: a declared one gives its schema’s output, a problem one a Problem', () => {
    checkedByTheCompiler();
    type Check = OpResponse<RouteOf<'recordPayment'>>;
    expectTypeOf<Extract<Check, { status: 201 }>['body']>().toEqualTypeOf<z.output<typeof PaymentResult>>();
    expectTypeOf<(Check & { status: 404 })['body']>().toEqualTypeOf<Problem>();
    expectTypeOf<Extract<OpResponse<RouteOf<'deleteWebhook'>>, { status: 204 }>['body']>().toEqualTypeOf<undefined>();
  });

  it('refuses at compile time what the route would refuse by type', async () => {
    const call = fake(201, {});
    // @ts-expect-error -- recordPayment needs its invoiceId
    await expect(op(call, 'recordPayment', { body: { amount: 5, paidOn: '2026-01-02' } })).rejects.toThrow(/no value for \{invoiceId\}/);
    // @ts-expect-error -- amount is a number
    await op(call, 'recordPayment', { params: { invoiceId: 'inv_1' }, body: { amount: '5', paidOn: '2026-01-02' } });
    // @ts-expect-error -- no such operation
    await expect(op(call, 'payEverything', {})).rejects.toThrow(/No operation payEverything/);
    const response = await op(call, 'recordPayment', { params: { invoiceId: 'inv_1' }, body: { amount: 5, paidOn: '2026-01-02' } });
    // @ts-expect-error -- recordPayment answers 201, never 200
    expect(() => expectStatus(response, 200)).toThrow(/expected 201 to be 200/);
  });
});
