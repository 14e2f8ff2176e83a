/**
 * The e2e client by operation id: `op(call, 'coverCheck', { key, body })` finds the route in
 * the topology, builds its path from the template and params, sends what its schemas accept
 * (their input) and returns a response typed by status (each declared status with its
 * schema's output, any problem status with a Problem). Tests narrow with `expectStatus` rather
 * than writing `body as T`. It goes through `call` (tests/support/http-client.ts), so whatever
 * that client records or checks, it does for every op() too.
 */
import { expect } from 'vitest';
import type * as z from 'zod';
import type { ZodType } from 'zod';
import { topology, type ApiRoute, type DeclaredStatus, type OperationId, type RequestPart, type ResponseSchema, type RouteSpec } from '../../shared/topology/index.ts';
import type { Problem, PROBLEM_TYPES } from '../../shared/contract/problems.ts';
import type { Call } from './http-client.ts';

export type RouteOf<Id extends OperationId> = Extract<ApiRoute, { readonly operationId: Id }>;

type Input<S> = S extends ZodType ? z.input<S> : never;

/** A part the route declares must be given (params, body); the query is optional. */
type Part<R extends RouteSpec, K extends 'params' | 'body'> = [RequestPart<R, K>] extends [undefined] ? { readonly [P in K]?: never } : { readonly [P in K]: Input<RequestPart<R, K>> };
type QueryPart<R extends RouteSpec> = [RequestPart<R, 'query'>] extends [undefined] ? { readonly query?: never } : { readonly query?: Input<RequestPart<R, 'query'>> };

/** What an operation's body schema accepts: `BodyOf<'coverCheck'>`. */
export type BodyOf<Id extends OperationId> = Input<RequestPart<RouteOf<Id>, 'body'>>;

export type OpRequest<R extends RouteSpec> = {
  /** The API key, sent as a bearer token. */
  readonly key?: string;
  readonly headers?: Record<string, string>;
} & Part<R, 'params'> &
  QueryPart<R> &
  Part<R, 'body'>;

interface Received<S extends number, B> {
  readonly status: S;
  readonly body: B;
  readonly headers: Headers;
  readonly text: string;
}

type ProblemStatus = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES]['status'];

/**
 * What the route may answer: each declared status with its schema's output (a declared problem
 * status without a schema of its own: a Problem; no body on 204), and any status of the
 * problem catalogue with a Problem (the stack and the gateway refuse on
 * every route: 400, 401, 403, 404, 429, 503…).
 */
export type OpResponse<R extends RouteSpec> =
  | { [S in DeclaredStatus<R>]: Received<S, ResponseSchema<R, S> extends infer Schema extends ZodType ? z.output<Schema> : S extends ProblemStatus ? Problem : undefined> }[DeclaredStatus<R>]
  | Received<ProblemStatus, Problem>;

const routesById = new Map<string, RouteSpec>(topology.routes.map((route) => [route.operationId, route]));

type Scalar = string | number | boolean;

function pathOf(route: RouteSpec, params: Readonly<Record<string, Scalar>> = {}, query: Readonly<Record<string, Scalar | readonly Scalar[] | undefined>> = {}): string {
  const path = route.path.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route.operationId}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? (value as readonly Scalar[]) : [value as Scalar | undefined]) if (one !== undefined) search.append(name, String(one));
  }
  const rendered = search.toString();
  return rendered ? `${path}?${rendered}` : path;
}

/** Calls an operation by id through `call`. */
export async function op<Id extends OperationId>(call: Call, operationId: Id, request: OpRequest<RouteOf<Id>>): Promise<OpResponse<RouteOf<Id>>> {
  const route = routesById.get(operationId);
  if (!route) throw new Error(`No operation ${operationId} in the topology`);
  const { key, headers, params, query, body } = request as { key?: string; headers?: Record<string, string>; params?: Record<string, Scalar>; query?: Record<string, Scalar | readonly Scalar[] | undefined>; body?: unknown };
  const response = await call(route.method, pathOf(route, params, query), {
    ...(key !== undefined ? { key } : {}),
    ...(headers !== undefined ? { headers } : {}),
    ...(body !== undefined ? { body } : {}),
  });
  // The status says which body it is: the declared ones are validated against their schemas
  // by the stack (locally), and problems are what the catalogue lists.
  return response as unknown as OpResponse<RouteOf<Id>>;
}

/** Fails the test unless the response has this status, and narrows its body to that status's. */
export function expectStatus<R extends { readonly status: number; readonly text: string }, S extends R['status']>(response: R, status: S): asserts response is R & { readonly status: S } {
  expect(response.status, response.text).toBe(status);
}

/** The invoice a single-invoice POST /v1/invoices answers (a batch answers {items}). */
export function single<T extends object>(body: T | { readonly items: readonly T[] }): T {
  if ('items' in body && Array.isArray(body.items)) throw new Error('expected one invoice, got a batch');
  return body as T;
}
