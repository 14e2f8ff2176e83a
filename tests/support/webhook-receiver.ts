/**
 * A real webhook receiver on 127.0.0.1: records every request, answers what the test says,
 * and verifies signatures with the standardwebhooks package, as a customer would. Each body is
 * checked against the schema and the example of its type (tests/support/webhook-contract.ts):
 * a body that does not match fails `waitFor`, and the running test.
 */
import http from 'node:http';
import { Webhook } from 'standardwebhooks';
import { checkWebhookDelivery } from './webhook-contract.ts';

export interface Received {
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly raw: string;
  readonly body: { type: string; timestamp: string; tenantId?: string; data: Record<string, unknown> };
  readonly at: number;
  /** What the body gets wrong against the document's webhook of its type, each naming type and field. */
  readonly violations: readonly string[];
}

export type Responder = (request: Received, count: number) => { status: number; headers?: Record<string, string>; body?: string };

export interface Receiver {
  readonly url: string;
  readonly received: Received[];
  /** Changes what the receiver answers from now on (default 200). */
  respond(responder: Responder): void;
  /** Resolves with the requests matching `predicate` once there are `count` of them. */
  waitFor(predicate: (request: Received) => boolean, count?: number, timeoutMs?: number): Promise<Received[]>;
  /** True if `secret` verifies the request (standardwebhooks, 5-minute tolerance). */
  verifies(request: Received, secret: string): boolean;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const violations: string[] = [];
  const waiters = new Set<() => void>();
  let responder: Responder = () => ({ status: 200 });
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Received['body'];
      try {
        body = JSON.parse(raw) as Received['body'];
      } catch {
        body = { type: 'unparseable', timestamp: '', data: {} };
      }
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]));
      const entry: Received = { path: request.url ?? '/', headers, raw, body, at: performance.now(), violations: checkWebhookDelivery(raw, headers['webhook-id']) };
      violations.push(...entry.violations);
      received.push(entry);
      const answer = responder(entry, received.length);
      response.writeHead(answer.status, answer.headers ?? {});
      response.end(answer.body ?? '');
      for (const wake of waiters) wake();
    });
  });
  server.keepAliveTimeout = 1_000;
  // A receiver left open (a shared fixture) does not keep the test process alive.
  server.unref();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('receiver has no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    received,
    respond: (next) => {
      responder = next;
    },
    waitFor: (predicate, count = 1, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (violations.length > 0) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`a delivery does not match the OpenAPI document's webhooks:\n${violations.join('\n')}`));
            return;
          }
          const matching = received.filter(predicate);
          if (matching.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(matching);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`waited ${timeoutMs} ms for ${count} matching webhook(s); got ${received.filter(predicate).length} of ${received.length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    verifies: (request, secret) => {
      try {
        new Webhook(secret).verify(request.raw, request.headers);
        return true;
      } catch {
        return false;
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
