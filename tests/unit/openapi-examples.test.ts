/**
 * The reference page is only as good as the document: every operation says what it does and
 * who may call it, and shows a request example and a response example per status, each valid
 * against the schema it illustrates (an example that the API would refuse, or could never
 * answer, misleads more than none).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_IDS } from '../../shared/contract/examples.ts';
import { idPattern, type IdKind } from '../../shared/data/ids.ts';
import { openApiDocument } from '../../shared/http/openapi.ts';
import { topology } from '../../shared/topology/index.ts';

interface Media {
  schema: object;
  example?: unknown;
}
interface Operation {
  operationId: string;
  summary?: string;
  description?: string;
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
}

const document = openApiDocument(topology, { includeLocalOnly: true, version: 'test' }) as unknown as Document;
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
);

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => void;
addFormats(ajv);

/** Why an example does not fit its schema, or undefined when it does. */
function misfit(media: Media): string | undefined {
  const validate = ajv.compile({ ...media.schema, components: { schemas: document.components.schemas } });
  if (validate(media.example)) return undefined;
  return ajv.errorsText(validate.errors, { separator: '; ' });
}

/** JSON media only: the page's own script and stylesheet (text/*) are files, not data. */
const isJson = (type: string) => type === 'application/json' || type.endsWith('+json');

const requests = operations.flatMap(({ name, operation }) =>
  Object.entries(operation.requestBody?.content ?? {})
    .filter(([type]) => isJson(type))
    .map(([, media]) => ({ name, media })),
);
const responses = operations.flatMap(({ name, operation }) =>
  Object.entries(operation.responses).flatMap(([status, response]) =>
    Object.entries(response.content ?? {})
      .filter(([type]) => isJson(type))
      .map(([type, media]) => ({ name: `${name} → ${status} ${type}`, media })),
  ),
);

describe('the OpenAPI document, as the reference page shows it', () => {
  it('describes every operation in its own words, beyond its summary and roles', () => {
    const bare = operations.filter(({ operation }) => {
      const own = (operation.description ?? '').split('\n\n**')[0]!.trim();
      return own.length < 40 || own.replace(/\.$/, '') === operation.summary;
    });
    expect(bare.map(({ name }) => name)).toEqual([]);
  });

  it('has a request example for every request body', () => {
    expect(requests.length).toBeGreaterThan(25);
    expect(requests.filter(({ media }) => media.example === undefined).map(({ name }) => name)).toEqual([]);
  });

  it('has a response example for every status that answers JSON', () => {
    expect(responses.length).toBeGreaterThan(300);
    expect(responses.filter(({ media }) => media.example === undefined).map(({ name }) => name)).toEqual([]);
  });

  it('shows only examples valid against the schema they illustrate', () => {
    const wrong = [...requests.map((r) => ({ ...r, name: `${r.name} request` })), ...responses]
      .filter(({ media }) => media.example !== undefined)
      .map(({ name, media }) => ({ name, why: misfit(media) }))
      .filter(({ why }) => why !== undefined);
    expect(wrong).toEqual([]);
  }, 60_000);

  it('uses ids of the real shape', () => {
    for (const [kind, id] of Object.entries(EXAMPLE_IDS)) expect(id).toMatch(idPattern(kind as IdKind));
  });

  it('lists pages with their item example and a cursor', () => {
    const page = document.components.schemas['LimitPage'] as { example?: { items: unknown[]; cursor: string } };
    const limit = document.components.schemas['Limit'] as { example?: unknown };
    expect(limit.example).toBeDefined();
    expect(page.example).toEqual({ items: [limit.example], cursor: expect.any(String) });
  });

  it('shows a referred limit decision on 202 and an approved one on 201', () => {
    const answers = document.paths['/v1/limit-requests']!['post']!.responses;
    const example = (status: string) => answers[status]!.content!['application/json']!.example as { decision?: string };
    expect(example('201').decision).toBe('approved');
    expect(example('202').decision).toBe('referred');
  });
});
