/**
 * The document's `webhooks` section: one entry per subscribable event type, each with its body
 * schema, the Standard Webhooks headers and an example that its own schema accepts — read as
 * JSON Schema 2020-12 from the document (what integrators generate code from) and as zod.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENTS } from '../../shared/contract/events.ts';
import { EVENT_TYPES } from '../../shared/events/types.ts';
import { openApiDocument } from '../../shared/http/openapi.ts';
import { exampleOfEvent, webhookOperationId } from '../../shared/http/openapi-webhooks.ts';
import { topology } from '../../shared/topology/index.ts';

interface Media {
  schema: unknown;
  example?: unknown;
}
interface WebhookOperation {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { required?: boolean; content: Record<string, Media> };
  responses: Record<string, unknown>;
}
interface Document {
  webhooks?: Record<string, Record<string, WebhookOperation>>;
  components: { schemas: Record<string, unknown> };
}

const deployed = openApiDocument(topology, { includeLocalOnly: false, version: 'test' }) as unknown as Document;
const local = openApiDocument(topology, { includeLocalOnly: true, version: 'test' }) as unknown as Document;

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
// ajv-formats is CommonJS: its default export is the plugin, under `default` once more in ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => void;
addFormats(ajv);

function bodyOf(type: string): Media {
  const media = deployed.webhooks?.[type]?.['post']?.requestBody?.content['application/json'];
  if (!media) throw new Error(`no application/json body for webhook ${type}`);
  return media;
}

const validators = new Map<string, ValidateFunction>();
function validatorOf(type: string): ValidateFunction {
  let validate = validators.get(type);
  if (!validate) {
    validate = ajv.compile({ ...(bodyOf(type).schema as object), components: { schemas: deployed.components.schemas } });
    validators.set(type, validate);
  }
  return validate;
}

describe('the OpenAPI document’s webhooks', () => {
  it('is still valid OpenAPI 3.1 with them, locally and as deployed', async () => {
    const validated = (await SwaggerParser.validate(structuredClone(deployed) as never)) as unknown as Document;
    expect(Object.keys(validated.webhooks ?? {})).toHaveLength(EVENT_TYPES.length);
    await expect(SwaggerParser.validate(structuredClone(local) as never)).resolves.toBeDefined();
  });

  it('has exactly one entry per subscribable event type, a POST, and nothing else', () => {
    expect(Object.keys(deployed.webhooks ?? {}).sort()).toEqual([...EVENT_TYPES].sort());
    expect(Object.keys(local.webhooks ?? {}).sort()).toEqual([...EVENT_TYPES].sort());
    for (const type of EVENT_TYPES) expect(Object.keys(deployed.webhooks?.[type] ?? {}), type).toEqual(['post']);
    expect(new Set(EVENT_TYPES.map(webhookOperationId)).size).toBe(EVENT_TYPES.length);
  });

  it.each([...EVENT_TYPES])('%s: signed with the three Standard Webhooks headers, answered 2XX', (type) => {
    const operation = deployed.webhooks?.[type]?.['post'];
    expect(operation?.operationId).toBe(webhookOperationId(type));
    const headers = (operation?.parameters ?? []).filter((parameter) => parameter.in === 'header');
    expect(headers.map((header) => [header.name, header.required])).toEqual([
      ['webhook-id', true],
      ['webhook-timestamp', true],
      ['webhook-signature', true],
    ]);
    expect(operation?.requestBody?.required).toBe(true);
    expect(Object.keys(operation?.responses ?? {})).toContain('2XX');
  });

  it.each([...EVENT_TYPES])('%s: its media-type example is the schema’s, of this type, valid as JSON Schema and as zod', (type) => {
    const media = bodyOf(type);
    expect(media.example).toBeDefined();
    expect(media.example).toEqual(exampleOfEvent(type));
    expect((media.example as { type?: string }).type).toBe(type);
    const validate = validatorOf(type);
    expect(validate(media.example), JSON.stringify(validate.errors)).toBe(true);
    expect(WEBHOOK_EVENTS[type].safeParse(media.example).error?.issues ?? []).toEqual([]);
  });

  it.each([...EVENT_TYPES])('%s: the body schema refuses another type and a missing required data field', (type) => {
    const example = structuredClone(exampleOfEvent(type)) as { type: string; data: Record<string, unknown> };
    const validate = validatorOf(type);
    expect(validate({ ...example, type: type === 'limit.decided' ? 'limit.downgraded' : 'limit.decided' })).toBe(false);
    const { buyerId: _b, webhookId: _w, country: _c, ...rest } = example.data;
    expect(Object.keys(rest).length).toBeLessThan(Object.keys(example.data).length);
    expect(validate({ ...example, data: rest })).toBe(false);
  });
});
