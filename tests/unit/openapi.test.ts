import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../shared/http/openapi.ts';
import { deployedRoutes, topology } from '../../shared/topology/index.ts';

type Document = { paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>; components: { schemas: Record<string, unknown> } };

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

  it('marks public routes as needing no key', () => {
    expect(local.paths['/v1/health']?.['get']?.security).toEqual([]);
  });
});
