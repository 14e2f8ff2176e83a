import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { isCreatingPost } from '../../shared/http/api.ts';
import { checkIdempotencyKey } from '../../shared/http/idempotency.ts';
import { openApiDocument } from '../../shared/http/openapi.ts';
import { deployedRoutes, topology, type RouteSpec } from '../../shared/topology/index.ts';

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
  content?: Record<string, unknown>;
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
}
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

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
});
