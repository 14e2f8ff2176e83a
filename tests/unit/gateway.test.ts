import type { APIGatewayAuthorizerResult, APIGatewayProxyEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePolicy, matchResource, policyAllows, requestTarget } from '../../infra/local/gateway.ts';
import { eventually } from '../support/eventually.ts';
import type { RouteSpec } from '../../shared/topology/types.ts';

const route = (method: RouteSpec['method'], path: string): RouteSpec => ({
  operationId: `${method} ${path}`,
  method,
  path,
  function: 'f',
  access: 'public',
  summary: '',
  tags: [],
  responses: { 200: { description: 'ok' } },
});

const routes = [
  route('GET', '/v1/limits'),
  route('GET', '/v1/limits/{buyerId}'),
  route('PUT', '/v1/limits/{buyerId}'),
  route('GET', '/v1/limits/summary'),
  route('POST', '/v1/claims/{claimId}/collections'),
];

describe('local gateway resource matching (API Gateway selects literal paths before parameters)', () => {
  it.each([
    ['/v1/limits', '/v1/limits', {}],
    ['/v1/limits/summary', '/v1/limits/summary', {}],
    ['/v1/limits/byr_1', '/v1/limits/{buyerId}', { buyerId: 'byr_1' }],
    ['/v1/limits/a%20b', '/v1/limits/{buyerId}', { buyerId: 'a b' }],
    ['/v1/claims/clm_9/collections', '/v1/claims/{claimId}/collections', { claimId: 'clm_9' }],
  ])('%s → %s', (path, resource, params) => {
    const match = matchResource(routes, path);
    expect(match?.path).toBe(resource);
    expect(match?.params).toEqual(params);
  });

  it('groups the methods of one resource, for 405 Allow', () => {
    expect(matchResource(routes, '/v1/limits/byr_1')?.routes.map((r) => r.method)).toEqual(['GET', 'PUT']);
  });

  it.each(['/v1', '/v1/limits/byr_1/extra', '/v2/limits', '/v1/claims/clm_9'])('%s matches no resource', (path) => {
    expect(matchResource(routes, path)).toBeUndefined();
  });

  it('finds a path without parameters as written or with empty segments, each time alike', () => {
    // The first lookup by the written path, the second by segments (empty ones skipped), as before.
    for (const path of ['/v1/limits/summary', '/v1//limits/summary', '/v1/limits/summary']) {
      const match = matchResource(routes, path);
      expect(match?.path).toBe('/v1/limits/summary');
      expect(match?.params).toEqual({});
      expect(match?.routes.map((r) => r.method)).toEqual(['GET']);
    }
    expect(matchResource(routes, '/v1/limits/Summary')?.path).toBe('/v1/limits/{buyerId}');
  });
});

describe('local gateway request target', () => {
  it('gives the path and query of the target read as a path on this host, parsed or not', () => {
    const char = fc.constantFrom('a', 'Z', '0', '-', '_', '~', '.', '/', '%', '2', 'F', '?', '=', '&', '#', ' ', 'é', ':', '@', '+');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (chars) => {
        const raw = `/${chars.join('')}`;
        const parsed = new URL(`http://localhost${raw}`);
        const target = requestTarget(raw);
        expect(target.pathname).toBe(parsed.pathname);
        expect(target.search).toBe(parsed.search);
        expect([...(target.searchParams ?? [])]).toEqual([...parsed.searchParams]);
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['/v1/cover-checks', '/v1/cover-checks'],
    ['/v1/limits/./x', '/v1/limits/x'],
    ['//v1/limits', '//v1/limits'],
    ['//', '//'],
    ['/v1/a%2Fb', '/v1/a%2Fb'],
  ])('%s has the path %s', (raw, pathname) => {
    expect(requestTarget(raw).pathname).toBe(pathname);
  });
});

const arn = 'arn:aws:execute-api:eu-west-3:000000000000:local/live/GET/v1/limits/byr_1';
const policy = (...statements: { Effect: 'Allow' | 'Deny'; Resource: string | string[]; Action?: string }[]): APIGatewayAuthorizerResult => ({
  principalId: 'p',
  policyDocument: { Version: '2012-10-17', Statement: statements.map((s) => ({ Action: s.Action ?? 'execute-api:Invoke', ...s })) },
});

describe('authorizer policy evaluation (explicit deny wins, then allow, else deny)', () => {
  it.each([
    ['an exact allow', policy({ Effect: 'Allow', Resource: arn }), true],
    ['a wildcard allow on the stage', policy({ Effect: 'Allow', Resource: 'arn:aws:execute-api:eu-west-3:000000000000:local/live/*' }), true],
    ['an allow on another method', policy({ Effect: 'Allow', Resource: 'arn:aws:execute-api:eu-west-3:000000000000:local/live/POST/*' }), false],
    ['an allow then a matching deny', policy({ Effect: 'Allow', Resource: '*' }, { Effect: 'Deny', Resource: arn }), false],
    ['no statement', policy(), false],
    ['an allow for another action', policy({ Effect: 'Allow', Resource: '*', Action: 's3:GetObject' }), false],
    ['a ? wildcard', policy({ Effect: 'Allow', Resource: 'arn:aws:execute-api:eu-west-3:000000000000:local/live/GE?/*' }), true],
  ])('%s', (_case, result, allowed) => {
    expect(policyAllows(result, arn)).toBe(allowed);
  });

  it('answers a compiled policy the same on every call, past the method ARNs it remembers', () => {
    const allows = compilePolicy(
      policy(
        { Effect: 'Allow', Resource: 'arn:aws:execute-api:eu-west-3:000000000000:local/live/GET/v1/limits/*' },
        { Effect: 'Deny', Resource: 'arn:aws:execute-api:eu-west-3:000000000000:local/live/GET/v1/limits/byr_1?' },
      ),
    );
    const methodArn = (i: number) => `arn:aws:execute-api:eu-west-3:000000000000:local/live/${i % 3 === 0 ? 'PUT' : 'GET'}/v1/limits/byr_${i}`;
    const expected = (i: number) => i % 3 !== 0 && !(i >= 10 && i <= 19);
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < 600; i++) expect(allows(methodArn(i)), methodArn(i)).toBe(expected(i));
    }
  });
});

describe('local gateway authorizer cache flush (FlushStageAuthorizersCache)', () => {
  it('forgets cached authorizations, and does not keep one the authorizer was computing when the flush came', async () => {
    const { LocalGateway } = await import('../../infra/local/gateway.ts');
    const { LocalApiManagement } = await import('../../infra/local/api-management.ts');
    const { topology } = await import('../../shared/topology/index.ts');
    const { APIGatewayClient, FlushStageAuthorizersCacheCommand } = await import('@aws-sdk/client-api-gateway');
    const { freePort } = await import('../../infra/local/ports.ts');
    const guarded: RouteSpec = { ...route('GET', '/v1/things'), access: ['policyholder'] };
    let authorizations = 0;
    let hold: Promise<void> | undefined;
    const invoker = {
      invoke: async <R,>(name: string): Promise<R> => {
        if (name === 'authorizer') {
          authorizations += 1;
          if (hold) await hold;
          return { principalId: 'k', policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: '*' }] }, context: { role: 'policyholder' } } as R;
        }
        return { statusCode: 200, body: '{}' } as R;
      },
    };
    const management = new LocalApiManagement({ service: 'bouclier', stage: 'live', throttling: topology.throttling });
    const gateway = new LocalGateway({
      topology: { ...topology, routes: [guarded], authorizer: { function: 'authorizer', identityHeaders: ['Authorization'], cacheTtlSeconds: 60 } },
      invoker,
      usagePlans: management,
    });
    const url = await gateway.listen(await freePort());
    const endpoint = await management.listen();
    const apiGateway = new APIGatewayClient({ endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const call = () => fetch(`${url}/v1/things`, { headers: { authorization: 'Bearer k' } });
    try {
      // Without a usage key the request is refused (403), after the authorizer ran: enough here.
      await call();
      await call();
      expect(authorizations).toBe(1);
      await apiGateway.send(new FlushStageAuthorizersCacheCommand({ restApiId: management.api.id, stageName: 'live' }));
      await call();
      expect(authorizations).toBe(2);

      // A flush while the authorizer runs: its result serves that request, is not cached.
      let release: () => void = () => undefined;
      hold = new Promise<void>((resolve) => (release = resolve));
      await apiGateway.send(new FlushStageAuthorizersCacheCommand({ restApiId: management.api.id, stageName: 'live' }));
      const pending = call();
      await eventually(() => expect(authorizations).toBe(3), { intervalMs: 5 });
      await apiGateway.send(new FlushStageAuthorizersCacheCommand({ restApiId: management.api.id, stageName: 'live' }));
      release();
      await pending;
      hold = undefined;
      await call();
      expect(authorizations).toBe(4);

      await expect(apiGateway.send(new FlushStageAuthorizersCacheCommand({ restApiId: 'another', stageName: 'live' }))).rejects.toMatchObject({ name: 'NotFoundException' });
    } finally {
      apiGateway.destroy();
      await gateway.close();
      await management.stop();
    }
  });
});

describe('local gateway event headers (payload format 1.0)', () => {
  it('keeps names as sent, the last value of a repeated one, and reads its own headers whatever their case', async () => {
    const http = await import('node:http');
    const { LocalGateway } = await import('../../infra/local/gateway.ts');
    const { topology } = await import('../../shared/topology/index.ts');
    const { freePort } = await import('../../infra/local/ports.ts');
    const events: APIGatewayProxyEvent[] = [];
    const invoker = {
      invoke: async <R,>(_name: string, event: unknown): Promise<R> => {
        events.push(event as APIGatewayProxyEvent);
        return { statusCode: 200, body: '{}' } as R;
      },
    };
    const gateway = new LocalGateway({ topology: { ...topology, routes: [route('POST', '/v1/things')] }, invoker });
    const port = await freePort();
    const url = await gateway.listen(port);
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const request = http.request(`${url}/v1/things`, {
          method: 'POST',
          // Raw header lines: names in the case a client chose, one name twice in two cases.
          headers: ['HOST', 'example.test', 'USER-AGENT', 'Agent/1', 'X-Multi', 'a', 'x-multi', 'b', 'CONTENT-TYPE', 'application/octet-stream'],
        });
        request.on('response', (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        });
        request.on('error', reject);
        request.end(Buffer.from([0xff, 0x00, 0x01]));
      });
      expect(status).toBe(200);
      const [event] = events;
      expect(event?.headers['USER-AGENT']).toBe('Agent/1');
      expect(event?.headers['X-Multi']).toBe('b');
      expect(event?.multiValueHeaders['X-Multi']).toEqual(['a', 'b']);
      expect(event?.headers['x-multi']).toBeUndefined();
      expect(event?.headers['X-Forwarded-Proto']).toBe('http');
      expect(event?.requestContext.domainName).toBe('example.test');
      expect(event?.requestContext.identity.userAgent).toBe('Agent/1');
      // A binary media type, whatever the case of its header's name: the body comes base64.
      expect(event?.isBase64Encoded).toBe(true);
      expect(event?.body).toBe(Buffer.from([0xff, 0x00, 0x01]).toString('base64'));
    } finally {
      await gateway.close();
    }
  });
});

describe('local gateway answers (the function’s proxy result as the HTTP response)', () => {
  it('sends a text body as its UTF-8 bytes with their length, and a base64 body decoded', async () => {
    const { LocalGateway } = await import('../../infra/local/gateway.ts');
    const { topology } = await import('../../shared/topology/index.ts');
    const { freePort } = await import('../../infra/local/ports.ts');
    const text = '{"name":"Société Générale — 5 €"}';
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    const invoker = {
      invoke: async <R,>(_name: string, event: unknown): Promise<R> => {
        const binary = (event as APIGatewayProxyEvent).path === '/v1/binary';
        return (binary
          ? { statusCode: 200, headers: { 'Content-Type': 'image/png' }, body: bytes.toString('base64'), isBase64Encoded: true }
          : { statusCode: 201, headers: { 'Content-Type': 'application/json' }, multiValueHeaders: { 'X-Many': ['a', 'b'] }, body: text }) as R;
      },
    };
    const gateway = new LocalGateway({ topology: { ...topology, routes: [route('GET', '/v1/text'), route('GET', '/v1/binary')] }, invoker });
    const url = await gateway.listen(await freePort());
    try {
      const answer = await fetch(`${url}/v1/text`);
      expect(answer.status).toBe(201);
      expect(answer.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
      expect(answer.headers.get('content-type')).toBe('application/json');
      expect(answer.headers.get('x-many')).toBe('a, b');
      expect(Buffer.from(await answer.arrayBuffer()).equals(Buffer.from(text, 'utf8'))).toBe(true);

      const binary = await fetch(`${url}/v1/binary`);
      expect(binary.headers.get('content-length')).toBe(String(bytes.length));
      expect(Buffer.from(await binary.arrayBuffer()).equals(bytes)).toBe(true);
    } finally {
      await gateway.close();
    }
  });
});
