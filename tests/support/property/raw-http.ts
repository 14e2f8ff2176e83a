/**
 * A raw HTTP/1.1 client for property tests: fetch refuses what a fuzzer needs to send
 * (repeated headers in a chosen order, latin-1 bytes in values, any Content-Type with any
 * body, a body on GET), so requests go through node:http with the header list as given.
 *
 * Only loopback targets are accepted, every request has a deadline, and the body is framed
 * with an explicit Content-Length (node:http would otherwise send a GET or DELETE body
 * unframed, which the server then reads as a second, garbage request).
 */
import http from 'node:http';

export interface RawRequest {
  readonly method: string;
  /** Path and query exactly as sent on the request line. */
  readonly target: string;
  /** In order; a name may repeat. Values are sent as latin-1 bytes (see `headerBytes`). */
  readonly headers: readonly (readonly [string, string])[];
  readonly body?: Buffer | undefined;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** Header values travel as bytes: a non-ASCII value is sent as its UTF-8 bytes. */
export function headerBytes(value: string): string {
  return Buffer.from(value, 'utf8').toString('latin1');
}

export async function sendRaw(baseUrl: string, request: RawRequest, timeoutMs = 15_000): Promise<RawResponse> {
  const base = new URL(baseUrl);
  if (base.hostname !== '127.0.0.1') throw new Error(`sendRaw only talks to 127.0.0.1, not ${base.hostname}`);
  const headers: string[] = ['Host', base.host];
  for (const [name, value] of request.headers) headers.push(name, headerBytes(value));
  if (request.body) headers.push('Content-Length', String(request.body.length));
  return new Promise<RawResponse>((resolve, reject) => {
    const outgoing = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: request.method,
        path: request.target,
        // node:http takes the rawHeaders form too; its types only declare the object one.
        headers: headers as unknown as http.OutgoingHttpHeaders,
        agent: false,
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no response within ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}
