/**
 * A small JSON client for tests that drive the runtime over HTTP. Every answer is checked
 * against the OpenAPI document (tests/support/contract.ts): one that breaks it throws here,
 * in the test that received it.
 */
import { assertContract } from './contract.ts';

export interface JsonResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  readonly text: string;
}

export function client(baseUrl: string) {
  return async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: { key?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<JsonResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.key) headers['authorization'] = `Bearer ${options.key}`;
    if (options.body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      ...(options.body !== undefined ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    assertContract({ method, target: path, status: response.status, headers: response.headers, text });
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    return { status: response.status, headers: response.headers, body: body as T, text };
  };
}

export type Call = ReturnType<typeof client>;

/** fetch, for tests that need the Response itself: its answer is checked against the contract first. */
export async function checkedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, init);
  const text = await response.text();
  const target = new URL(url);
  assertContract({ method: init.method ?? 'GET', target: target.pathname + target.search, status: response.status, headers: response.headers, text });
  return new Response(text === '' ? null : text, { status: response.status, statusText: response.statusText, headers: response.headers });
}

export const samplePolicy = (overrides: Record<string, unknown> = {}) => ({
  policyNumber: 'POL-2026-0001',
  currency: 'EUR',
  maxLiability: 300_000_000,
  premiumRate: 0.0025,
  minimumPremium: 500_000,
  coveredCountries: ['FR', 'DE', 'IT'],
  ...overrides,
});
