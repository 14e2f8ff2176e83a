/** One webhook attempt against a real local server: statuses, timeouts, redirects, SSRF at connect time. */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook } from '../../shared/events/webhook-post.ts';

let server: http.Server;
let base = '';
const seen: { headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      switch (request.url) {
        case '/ok':
          return response.writeHead(204).end();
        case '/busy':
          return response.writeHead(429, { 'retry-after': '120' }).end('slow down');
        case '/long':
          return response.writeHead(500).end('x'.repeat(5_000));
        case '/moved':
          return response.writeHead(302, { location: '/ok' }).end();
        case '/slow':
          return setTimeout(() => response.writeHead(200).end(), 1_000);
        default:
          return response.writeHead(404).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const headers = { 'webhook-id': 'evt_1', 'webhook-timestamp': '1', 'webhook-signature': 'v1,abc' };

describe('postWebhook', () => {
  it('POSTs the body as JSON with the signature headers; any 2xx succeeds', async () => {
    const result = await postWebhook(`${base}/ok`, headers, '{"type":"webhook.test"}', { local: true });
    expect(result).toMatchObject({ ok: true, status: 204 });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    const request = seen.at(-1)!;
    expect(request.body).toBe('{"type":"webhook.test"}');
    expect(request.headers).toMatchObject({ 'content-type': 'application/json', 'webhook-id': 'evt_1', 'webhook-signature': 'v1,abc' });
  });

  it('keeps Retry-After and at most 512 characters of the answer', async () => {
    expect(await postWebhook(`${base}/busy`, headers, '{}', { local: true })).toMatchObject({ ok: false, status: 429, retryAfter: '120', responseBody: 'slow down', error: 'HTTP 429' });
    const long = await postWebhook(`${base}/long`, headers, '{}', { local: true });
    expect(long.responseBody).toHaveLength(512);
  });

  it('does not follow a redirect: the endpoint must answer where it is registered', async () => {
    const before = seen.length;
    expect(await postWebhook(`${base}/moved`, headers, '{}', { local: true })).toMatchObject({ ok: false, status: 302 });
    expect(seen.length).toBe(before + 1);
  });

  it('gives up when no answer comes within the budget', async () => {
    const result = await postWebhook(`${base}/slow`, headers, '{}', { local: true, timeoutMs: 100 });
    expect(result.ok).toBe(false);
    expect(result.status).toBeUndefined();
    expect(result.error).toMatch(/no answer within 0.1 s/);
  });

  it('reports a refused connection', async () => {
    const result = await postWebhook('http://127.0.0.1:9/hooks', headers, '{}', { local: true });
    expect(result).toMatchObject({ ok: false });
    expect(result.error).toMatch(/ECONNREFUSED/);
  });

  it('outside the local runtime, refuses at connect time a name that resolves to a private address', async () => {
    const before = seen.length;
    const result = await postWebhook(`${base.replace('127.0.0.1', 'localhost')}/ok`, headers, '{}', { local: false });
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/EADDRNOTPUBLIC/);
    expect(seen.length).toBe(before);
    const literal = await postWebhook(`${base}/ok`, headers, '{}', { local: false });
    expect(literal.error).toMatch(/EADDRNOTPUBLIC: 127.0.0.1/);
    expect(seen.length).toBe(before);
  });

  // The same judgement as at registration (isPublicAddress): an IPv6 literal that carries a
  // loopback or metadata IPv4 address is refused before any connection is tried.
  it.each(['[::127.0.0.1]', '[64:ff9b::7f00:1]', '[64:ff9b::a9fe:a9fe]', '[2002:7f00:1::]', '[::ffff:0:7f00:1]', '[64:ff9b:1::808:808]'])(
    'outside the local runtime, refuses the literal %s before connecting',
    async (host) => {
      const port = new URL(base).port;
      const result = await postWebhook(`http://${host}:${port}/ok`, headers, '{}', { local: false, timeoutMs: 1_000 });
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/^EADDRNOTPUBLIC: .+ is not a public address$/);
      expect(result.latencyMs).toBe(0);
    },
  );
});
