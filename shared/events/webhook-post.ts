/**
 * One webhook attempt: a POST with the Standard Webhooks headers, a 10 s budget for the whole
 * exchange, no redirects followed (a 3xx is a failure: the endpoint must be registered where
 * it answers), and at most 512 characters of the answer kept for the delivery log.
 *
 * In AWS the address is checked again when connecting, not only at registration: a name
 * that resolved to a public address then may point inside a network now (DNS rebinding).
 */
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from './webhook-url.ts';

export const WEBHOOK_TIMEOUT_MS = 10_000;
const RESPONSE_EXCERPT = 512;

export interface AttemptResult {
  /** The HTTP status, when the endpoint answered. */
  readonly status?: number;
  readonly ok: boolean;
  readonly latencyMs: number;
  readonly error?: string;
  readonly retryAfter?: string;
  readonly responseBody?: string;
}

/** A lookup that refuses names resolving to a non-public address (AWS only). */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused || addresses.length === 0) {
      const denied = Object.assign(new Error(`${hostname} resolves to a non-public address (${refused?.address ?? 'none'})`), { code: 'EADDRNOTPUBLIC' });
      return callback(denied, '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0] as LookupAddress;
    return callback(null, first.address, first.family);
  });
};

export function postWebhook(url: string, headers: Record<string, string>, body: string, options: { local: boolean; timeoutMs?: number }): Promise<AttemptResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const target = new URL(url);
  const literal = target.hostname.replace(/^\[|\]$/g, '');
  // An address written as such is never looked up: check it here.
  if (!options.local && isIP(literal) !== 0 && !isPublicAddress(literal)) {
    return Promise.resolve({ ok: false, latencyMs: 0, error: `EADDRNOTPUBLIC: ${literal} is not a public address` });
  }
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = transport.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Bouclier-Webhooks/1' },
        ...(options.local ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on('data', (chunk: Buffer) => {
          if (kept < RESPONSE_EXCERPT) {
            chunks.push(chunk);
            kept += chunk.length;
          }
        });
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          const ok = status >= 200 && status < 300;
          const excerpt = Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_EXCERPT);
          const retryAfter = response.headers['retry-after'];
          finish({
            status,
            ok,
            latencyMs: latency(),
            ...(ok ? {} : { error: `HTTP ${status}` }),
            ...(retryAfter ? { retryAfter } : {}),
            ...(excerpt ? { responseBody: excerpt } : {}),
          });
        });
        response.on('error', (error) => finish({ ok: false, status: response.statusCode ?? 0, latencyMs: latency(), error: error.message }));
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish({ ok: false, latencyMs: latency(), error: `no answer within ${(options.timeoutMs ?? WEBHOOK_TIMEOUT_MS) / 1000} s` });
    }, options.timeoutMs ?? WEBHOOK_TIMEOUT_MS);
    request.on('error', (error: NodeJS.ErrnoException) => finish({ ok: false, latencyMs: latency(), error: error.code ? `${error.code}: ${error.message}` : error.message }));
    request.end(body);
  });
}
