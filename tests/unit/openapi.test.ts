import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { PROBLEM_BASE, PROBLEM_TYPES, type ProblemType } from '../../shared/contract/problems.ts';
import { isCreatingPost } from '../../shared/http/api.ts';
import { answersOf, takesCursor, takesTenantHeader } from '../../shared/http/answers.ts';
import { checkIdempotencyKey } from '../../shared/http/idempotency.ts';
import { openApiDocument } from '../../shared/http/openapi.ts';
import { deployedRoutes, topology, type RouteSpec } from '../../shared/topology/index.ts';
import { TAGS } from '../../shared/topology/tags.ts';
import { COVER_REASON_CODES } from '../../shared/domain/cover.ts';
import { CLAIM_REASON_CODES } from '../../shared/domain/claims.ts';

interface Schema {
  type?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  example?: unknown;
}
interface Header {
  required?: boolean;
  description?: string;
  schema: Schema;
}
interface Response {
  description: string;
  headers?: Record<string, Header>;
  content?: Record<string, { schema: { allOf?: { properties?: { type?: { enum?: string[] } } }[] } }>;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Schema;
}
interface Operation {
  responses: Record<string, Response>;
  parameters?: Parameter[];
  security?: unknown[];
  description?: string;
  requestBody?: { content: Record<string, { schema: unknown }> };
}
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, Response> };
};

describe('OpenAPI document', () => {
  const local = openApiDocument(topology, { includeLocalOnly: true, version: 'test', serverUrl: 'http://127.0.0.1:3000' }) as unknown as Document;
  const deployed = openApiDocument(topology, { includeLocalOnly: false, version: 'test' }) as unknown as Document;

  it('is valid OpenAPI 3.1', async () => {
    await expect(SwaggerParser.validate(structuredClone(local) as never)).resolves.toBeDefined();
    await expect(SwaggerParser.validate(structuredClone(deployed) as never)).resolves.toBeDefined();
  });

  it('documents every route, and in AWS only the deployed ones', () => {
    const count = (doc: Document) => Object.values(doc.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    expect(count(local)).toBe(topology.routes.length);
    expect(count(deployed)).toBe(deployedRoutes(topology).length);
  });

  it('describes errors as problem+json with the shared Problem schema', () => {
    expect(local.components.schemas['Problem']).toBeDefined();
    for (const methods of Object.values(local.paths)) {
      for (const operation of Object.values(methods)) {
        expect(JSON.stringify(operation.responses['500'])).toContain('application/problem+json');
        // A dependency that does not answer: any operation may answer it.
        expect(operation.responses['503']).toBeDefined();
      }
    }
  });

  const operationOf = (route: RouteSpec): Operation => {
    const operation = local.paths[route.path]?.[route.method.toLowerCase()];
    if (!operation) throw new Error(`${route.operationId} is not in the document`);
    return operation;
  };
  const creatingPosts = topology.routes.filter(isCreatingPost);

  it('declares Retry-After, an integer of seconds with an example, on every 429 and 503 the stack or the gateway answers', () => {
    for (const route of topology.routes) {
      const operation = operationOf(route);
      // A route's own 503 (health) is its body, not the stack's problem: it sends no Retry-After.
      const statuses = [...(route.access === 'public' ? [] : ['429']), ...(route.responses[503] ? [] : ['503'])];
      for (const status of statuses) {
        const retryAfter = operation.responses[status]?.headers?.['Retry-After'];
        expect(retryAfter, `${route.operationId} ${status}`).toMatchObject({ required: true, schema: { type: 'integer', minimum: 1 } });
        expect(retryAfter?.schema.example, `${route.operationId} ${status}`).toBeTypeOf('number');
      }
    }
  });

  it('says a revoked key answers 401, as routes that re-read the calling key answer it themselves', () => {
    for (const route of topology.routes.filter((r) => r.access !== 'public')) {
      expect(operationOf(route).responses['401']?.description, route.operationId).toMatch(/revoked/);
    }
  });

  it('declares Idempotency-Key on every creating POST, and only there, with the pattern the stack checks', () => {
    expect(creatingPosts.length).toBeGreaterThan(10);
    for (const route of topology.routes) {
      const header = operationOf(route).parameters?.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
      if (!isCreatingPost(route)) {
        expect(header, route.operationId).toBeUndefined();
        continue;
      }
      expect(header, route.operationId).toMatchObject({ required: false, schema: { type: 'string', minLength: 1, maxLength: 255 } });
      expect(header?.schema.example).toBeTypeOf('string');
      const documented = new RegExp(header?.schema.pattern ?? '');
      for (const candidate of ['k', 'x'.repeat(255), 'x'.repeat(256), '', 'with space', 'tab\tkey', 'clé', '~!{}', header?.schema.example as string]) {
        const accepted = (() => {
          try {
            checkIdempotencyKey(candidate);
            return true;
          } catch {
            return false;
          }
        })();
        expect(documented.test(candidate), JSON.stringify(candidate)).toBe(accepted);
      }
    }
  });

  it('declares what Idempotency-Key can answer on every creating POST: 400, 409 with Retry-After, 422, Idempotent-Replayed on success', () => {
    for (const route of creatingPosts) {
      const { responses } = operationOf(route);
      expect(responses['400'], route.operationId).toBeDefined();
      expect(responses['409']?.description, route.operationId).toContain('idempotency-key-in-progress');
      expect(responses['409']?.headers?.['Retry-After'], route.operationId).toMatchObject({ schema: { type: 'integer' } });
      expect(responses['422']?.description, route.operationId).toContain('idempotency-key-reused');
      expect(JSON.stringify(responses['422']?.content), route.operationId).toContain('application/problem+json');
      for (const status of Object.keys(route.responses).filter((s) => s.startsWith('2'))) {
        expect(responses[status]?.headers?.['Idempotent-Replayed'], `${route.operationId} ${status}`).toMatchObject({ required: false, schema: { example: 'true' } });
      }
    }
  });

  it('keeps a route’s own 409 and 422 beside the idempotency ones', () => {
    const invoices = operationOf(topology.routes.find((r) => r.operationId === 'createInvoices') as RouteSpec);
    expect(invoices.responses['409']?.description).toContain('duplicate-invoice');
    expect(invoices.responses['409']?.description).toContain('idempotency-key-in-progress');
    for (const operationId of ['createWebhook', 'updateWebhook']) {
      expect(operationOf(topology.routes.find((r) => r.operationId === operationId) as RouteSpec).responses['422']?.description, operationId).toContain('webhook-url-refused');
    }
  });

  it('marks public routes as needing no key', () => {
    expect(local.paths['/v1/health']?.['get']?.security).toEqual([]);
  });

  const problemTypesOf = (response: Response | undefined): string[] =>
    response?.content?.['application/problem+json']?.schema.allOf?.[1]?.properties?.type?.enum ?? [];
  const uri = (type: ProblemType) => PROBLEM_BASE + type;

  it('narrows every problem status to the problem types it may carry, each of that status, named in its description', () => {
    for (const route of topology.routes) {
      for (const [status, response] of Object.entries(operationOf(route).responses)) {
        if (!response.content?.['application/problem+json']) continue;
        const types = problemTypesOf(response);
        expect(types.length, `${route.operationId} ${status}`).toBeGreaterThan(0);
        for (const type of types) {
          const slug = type.slice(PROBLEM_BASE.length) as ProblemType;
          expect(PROBLEM_TYPES[slug]?.status, `${route.operationId} ${status} ${slug}`).toBe(Number(status));
          expect(response.description, `${route.operationId} ${status}`).toContain(`\`${slug}\``);
        }
      }
    }
  });

  it('declares every problem type of the catalogue somewhere: on an operation, or among the gateway’s own answers', () => {
    const declared = new Set<string>();
    for (const methods of Object.values(local.paths)) {
      for (const operation of Object.values(methods)) for (const response of Object.values(operation.responses)) problemTypesOf(response).forEach((t) => declared.add(t));
    }
    for (const response of Object.values(local.components.responses)) problemTypesOf(response).forEach((t) => declared.add(t));
    expect([...declared].sort()).toEqual(Object.keys(PROBLEM_TYPES).map((slug) => uri(slug as ProblemType)).sort());
  });

  it('declares 404 not-found on every route with an id in its path, and on tenant routes a broker calls', () => {
    const withId = topology.routes.filter((route) => /\{[a-zA-Z]+Id\}/.test(route.path));
    expect(withId.length).toBeGreaterThan(25);
    for (const route of [...withId, ...topology.routes.filter(takesTenantHeader)]) {
      expect(problemTypesOf(operationOf(route).responses['404']), route.operationId).toContain(uri('not-found'));
    }
  });

  it('declares the idempotency answers on every creating POST, and on no other route', () => {
    for (const route of topology.routes) {
      const { responses } = operationOf(route);
      const idempotent = isCreatingPost(route);
      expect(problemTypesOf(responses['409']).includes(uri('idempotency-key-in-progress')), route.operationId).toBe(idempotent);
      expect(problemTypesOf(responses['422']).includes(uri('idempotency-key-reused')), route.operationId).toBe(idempotent);
    }
  });

  it('declares what the stack answers from the route’s shape: validation everywhere, bodies, cursors, brokers, keys', () => {
    for (const route of topology.routes) {
      const { responses, parameters } = operationOf(route);
      const has = (status: string, type: ProblemType) => problemTypesOf(responses[status]).includes(uri(type));
      expect(has('400', 'validation'), route.operationId).toBe(true);
      expect(has('413', 'request-too-large') && has('500', 'internal') && has('502', 'gateway-error'), route.operationId).toBe(true);
      expect(has('400', 'malformed-json') && has('415', 'unsupported-media-type'), route.operationId).toBe(route.request?.body !== undefined);
      expect(has('400', 'invalid-cursor'), route.operationId).toBe(takesCursor(route));
      expect(has('400', 'tenant-required'), route.operationId).toBe(takesTenantHeader(route));
      const tenantHeader = parameters?.find((p) => p.in === 'header' && p.name === 'Bouclier-Tenant');
      expect(tenantHeader !== undefined, route.operationId).toBe(takesTenantHeader(route));
      if (tenantHeader) expect(tenantHeader.required, route.operationId).toBe(false);
      const keyed = route.access !== 'public';
      expect(has('401', 'unauthorized') && has('403', 'forbidden') && has('429', 'rate-limited'), route.operationId).toBe(keyed);
    }
  });

  it('declares x-correlation-id: read (optional) on every operation, sent on every response', () => {
    for (const route of topology.routes) {
      const operation = operationOf(route);
      expect(operation.parameters?.find((p) => p.in === 'header' && p.name === 'x-correlation-id'), route.operationId).toMatchObject({ required: false });
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(response.headers?.['x-correlation-id'], `${route.operationId} ${status}`).toMatchObject({ required: true });
      }
    }
    for (const [name, response] of Object.entries(local.components.responses)) {
      expect(response.headers?.['x-correlation-id'], name).toMatchObject({ required: true });
    }
    expect(local.components.responses['MethodNotAllowed']?.headers?.['Allow']).toMatchObject({ required: true });
  });

  it('declares Location on every 201, and on the 409 of a duplicate (which names the existing resource)', () => {
    let created = 0;
    for (const route of topology.routes) {
      const { responses } = operationOf(route);
      if (responses['201']) {
        created += 1;
        expect(responses['201'].headers?.['Location'], route.operationId).toMatchObject({ required: true, schema: { type: 'string' } });
      }
      const conflicts = problemTypesOf(responses['409']);
      if (conflicts.includes(uri('duplicate-invoice')) || conflicts.includes(uri('duplicate-buyer'))) {
        expect(responses['409']?.headers?.['Location'], route.operationId).toMatchObject({ required: false });
      }
    }
    expect(created).toBeGreaterThan(15);
  });

  it('declares Retry-After on a 409 concurrent-update where the code sends it', () => {
    for (const operationId of ['requestLimit', 'coverCheck']) {
      const route = topology.routes.find((r) => r.operationId === operationId) as RouteSpec;
      expect(problemTypesOf(operationOf(route).responses['409'])).toContain(uri('concurrent-update'));
      expect(operationOf(route).responses['409']?.headers?.['Retry-After'], operationId).toMatchObject({ required: false, schema: { type: 'integer' } });
    }
  });

  it('renders the answers shared/http/answers.ts derives, status for status', () => {
    for (const route of topology.routes) {
      expect(Object.keys(operationOf(route).responses).map(Number), route.operationId).toEqual([...answersOf(route).keys()]);
    }
  });

  it('renders a route’s description: the rules its schemas cannot say', () => {
    const requestLimit = topology.routes.find((r) => r.operationId === 'requestLimit') as RouteSpec;
    expect(requestLimit.description).toMatch(/amount/);
    expect(operationOf(requestLimit).description).toBe(`${requestLimit.description}\n\n**Roles**: policyholder, broker.`);
  });

  it('says who may call each operation in its description, and groups them by described tags', () => {
    for (const route of topology.routes) {
      const description = operationOf(route).description ?? '';
      expect(description.endsWith(route.access === 'public' ? '**Public**: no API key.' : `**Roles**: ${route.access.join(', ')}.`), route.operationId).toBe(true);
      for (const tag of route.tags) expect(Object.keys(TAGS), `${route.operationId}'s tag ${tag} has a description`).toContain(tag);
    }
    expect((local as unknown as { tags: { name: string; description: string }[] }).tags.map((tag) => tag.name)).toEqual(Object.keys(TAGS));
  });

  it('gives each problem status an example of its type, valid against its schema, and lifts schema examples to the media type', () => {
    const document = local as unknown as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { example?: unknown }> }; responses: Record<string, { content?: Record<string, { example?: { type?: string; status?: number } }> }> }>> };
    const putRules = document.paths['/v1/underwriting/rules']!['put']!;
    expect(putRules.responses['412']!.content!['application/problem+json']!.example).toMatchObject({ type: 'https://bouclier.dev/problems/precondition-failed', status: 412, currentETag: '"4"' });
    expect(putRules.responses['400']!.content!['application/problem+json']!.example).toMatchObject({ type: 'https://bouclier.dev/problems/validation', status: 400 });
    let problems = 0;
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          const media = response.content?.['application/problem+json'];
          if (!media) continue;
          problems += 1;
          expect(media.example?.status, `${method} ${path} ${status}`).toBe(Number(status));
        }
      }
    }
    expect(problems).toBeGreaterThan(500);
  });
});

/** Every field of a request schema that has a zod default, as the keys of its object and its own key. */
function defaultedFields(schema: ZodType, found: { keys: string[]; key: string; value: unknown }[] = [], seen = new Set<unknown>()): typeof found {
  if (seen.has(schema)) return found;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const inner = (value: unknown) => defaultedFields(value as ZodType, found, seen);
  switch (def.type) {
    case 'object': {
      const shape = def['shape'] as Record<string, ZodType>;
      for (const [key, field] of Object.entries(shape)) {
        let unwrapped = field as unknown as { _zod: { def: Record<string, unknown> & { type: string } } };
        while (unwrapped._zod.def.type === 'optional' || unwrapped._zod.def.type === 'nullable') unwrapped = unwrapped._zod.def['innerType'] as typeof unwrapped;
        if (unwrapped._zod.def.type === 'default') {
          const raw = unwrapped._zod.def['defaultValue'];
          found.push({ keys: Object.keys(shape).sort(), key, value: typeof raw === 'function' ? (raw as () => unknown)() : raw });
        }
        inner(field);
      }
      return found;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return inner(def['innerType']);
    case 'pipe':
      return inner(def['in']);
    case 'array':
      return inner(def['element']);
    case 'union':
      (def['options'] as ZodType[]).forEach(inner);
      return found;
    case 'intersection':
      inner(def['left']);
      return inner(def['right']);
    case 'record':
      return inner(def['valueType']);
    default:
      return found;
  }
}

describe('request schemas in input mode', () => {
  const document = openApiDocument(topology, { includeLocalOnly: true, version: 'test' }) as unknown as Document;
  type JsonObject = { properties?: Record<string, Record<string, unknown>>; required?: string[] };

  /** Every object schema a request reaches (refs followed), and each operation's parameters as one object. */
  function requestObjects(): JsonObject[] {
    const objects: JsonObject[] = [];
    const seen = new Set<unknown>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object' || seen.has(node)) return;
      seen.add(node);
      const schema = node as Record<string, unknown>;
      if (typeof schema['$ref'] === 'string') return visit(document.components.schemas[schema['$ref'].split('/').at(-1) as string]);
      if (schema['properties']) objects.push(schema);
      Object.values(schema).forEach(visit);
    };
    for (const methods of Object.values(document.paths)) {
      for (const operation of Object.values(methods)) {
        visit(operation.requestBody);
        const params = (operation.parameters ?? []).filter((p) => p.in === 'query' || p.in === 'path');
        objects.push({
          properties: Object.fromEntries(params.map((p) => [p.name, p.schema as Record<string, unknown>])),
          required: params.filter((p) => p.required).map((p) => p.name),
        });
      }
    }
    return objects;
  }

  it('leaves out of `required`, and of the `default` keyword generators read as “always present”, every field with a default', () => {
    const fields = topology.routes.flatMap((route) =>
      [route.request?.body, route.request?.query, route.request?.params].filter((s): s is NonNullable<typeof s> => s !== undefined).flatMap((s) => defaultedFields(s)),
    );
    const distinct = new Map(fields.map((f) => [`${f.keys.join(',')}:${f.key}`, f]));
    // tier, nine policy terms, a buyer's status, a decision's conditions, a cover check's importance and commit; and ?limit=.
    expect(distinct.size).toBeGreaterThanOrEqual(15);
    const objects = requestObjects();
    for (const [name, field] of distinct) {
      const matching = objects.filter((o) => Object.keys(o.properties ?? {}).sort().join(',') === field.keys.join(','));
      expect(matching.length, `${name} is in no request schema of the document`).toBeGreaterThan(0);
      for (const object of matching) {
        expect(object.required ?? [], name).not.toContain(field.key);
        expect(object.properties?.[field.key] ?? {}, name).not.toHaveProperty('default');
      }
      // Two request objects may share their keys (a policy and a patch of it, which has no defaults):
      // the default is said in words on at least one of them.
      const said = matching.map((object) => String(object.properties?.[field.key]?.['description']));
      expect(said.some((description) => description.includes(`Default when left out: ${JSON.stringify(field.value)}`)), `${name}: ${said.join(' | ')}`).toBe(true);
    }
  });
});

describe('reason codes in the OpenAPI document', () => {
  const local = openApiDocument(topology, { includeLocalOnly: true, version: 'test', serverUrl: 'http://127.0.0.1:3000' }) as unknown as Document;
  it.each([
    ['CoverReason', COVER_REASON_CODES],
    ['ClaimReason', CLAIM_REASON_CODES],
  ] as const)('lists every reason code of %s, so a client can handle each', (schema, codes) => {
    const reason = local.components.schemas[schema] as { properties: { code: { enum?: string[] } } } | undefined;
    expect(reason?.properties.code.enum).toEqual([...codes]);
  });
});
