/**
 * The contract test: every answer the e2e suite receives is checked against the OpenAPI
 * document (built here from the topology, local-only routes included, as the local runtime
 * serves it). Its status must be declared on its operation, its body must match the schema
 * of that status (JSON Schema 2020-12, the document's components resolved), a problem's
 * `type` must be one the status declares, and the headers the status requires must be there.
 * A path no route has, or a method a path lacks, is checked against the gateway's answers.
 *
 * tests/support/http-client.ts checks every call through `client()`; tests that send raw
 * requests call `contractViolations` themselves. What was checked is recorded per test file
 * and summed up at the end of the run (tests/support/contract-global-setup.ts).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { matchResource } from '../../infra/local/gateway.ts';
import { openApiDocument } from '../../shared/http/openapi.ts';
import { topology } from '../../shared/topology/index.ts';

interface HeaderObject {
  readonly required?: boolean;
}
interface ResponseObject {
  readonly headers?: Record<string, HeaderObject>;
  readonly content?: Record<string, { readonly schema: unknown }>;
}
interface OperationObject {
  readonly operationId: string;
  readonly responses: Record<string, ResponseObject>;
}
interface Document {
  readonly paths: Record<string, Record<string, OperationObject>>;
  readonly components: { readonly schemas: Record<string, unknown>; readonly responses: Record<string, ResponseObject> };
}

/** One answer as received: the status, the headers (any case) and the raw body. */
export interface ReceivedAnswer {
  readonly method: string;
  /** Path and query as sent. */
  readonly target: string;
  readonly status: number;
  readonly headers: Headers | Readonly<Record<string, string | string[] | undefined>>;
  readonly text: string;
}

/** Answers checked in this process, by operation ("GET /v1/x" for the gateway's own) → status → count. */
export const checked = new Map<string, Map<number, number>>();


let document: Document | undefined;
let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

function load(): { document: Document; ajv: Ajv2020 } {
  document ??= openApiDocument(topology, { includeLocalOnly: true, version: 'contract' }) as unknown as Document;
  if (!ajv) {
    // OpenAPI's own keywords (example, …) beside JSON Schema's: not strict about unknown ones.
    ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    // ajv-formats is CommonJS: its default export is the plugin, under `default` once more in ESM.
    const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => void;
    addFormats(ajv);
  }
  return { document, ajv };
}

/** A response schema, compiled with the components beside it so that its `#/components/…` refs resolve. */
function validatorOf(key: string, schema: unknown): ValidateFunction {
  const { document: doc, ajv: compiler } = load();
  let validate = validators.get(key);
  if (!validate) {
    validate = compiler.compile({ ...(schema as object), components: { schemas: doc.components.schemas } });
    validators.set(key, validate);
  }
  return validate;
}

function headerOf(headers: ReceivedAnswer['headers'], name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  return Array.isArray(found) ? found.join(', ') : found;
}

function count(operation: string, status: number): void {
  const statuses = checked.get(operation) ?? new Map<number, number>();
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  checked.set(operation, statuses);
}

/** What the answer breaks of the contract, with the operation it was checked against; empty when it holds. */
export function contractViolations(answer: ReceivedAnswer): { operation: string; violations: string[] } {
  const { document: doc } = load();
  const path = new URL(answer.target, 'http://localhost').pathname;
  const match = matchResource(topology.routes, path);
  const method = answer.method.toUpperCase();
  const route = match?.routes.find((r) => r.method === method);
  let operation: string;
  let response: ResponseObject | undefined;
  let key: string;
  const apiWide = answer.status === 431 ? 'HeadersTooLarge' : answer.status === 400 && /\/malformed-request"/.test(answer.text) ? 'MalformedRequest' : undefined;
  if (apiWide) {
    // Refused before any route is looked for: the gateway's answer for the API as a whole.
    operation = `(gateway) ${apiWide}`;
    key = apiWide;
    response = doc.components.responses[apiWide];
  } else if (!match) {
    operation = `(gateway) unknown path`;
    key = 'UnknownPath';
    response = answer.status === 404 ? doc.components.responses['UnknownPath'] : undefined;
  } else if (!route) {
    operation = `(gateway) ${method} ${match.path}`;
    key = 'MethodNotAllowed';
    response = answer.status === 405 ? doc.components.responses['MethodNotAllowed'] : undefined;
  } else {
    operation = route.operationId;
    key = `${route.operationId} ${answer.status}`;
    response = doc.paths[route.path]?.[route.method.toLowerCase()]?.responses[String(answer.status)];
  }
  count(operation, answer.status);
  if (!response) return { operation, violations: [`status ${answer.status} is not declared`] };

  const violations: string[] = [];
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    if (!header.required || headerOf(answer.headers, name) !== undefined) continue;
    violations.push(`header ${name} is required and missing`);
  }
  const contentType = (headerOf(answer.headers, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const media = Object.entries(response.content ?? {});
  if (media.length === 0) {
    if (answer.text !== '') violations.push(`no body is declared, and one came: ${answer.text.slice(0, 200)}`);
    return { operation, violations };
  }
  const declared = media.find(([type]) => type === contentType);
  if (!declared) {
    violations.push(`content-type '${contentType}' is not one declared (${media.map(([type]) => type).join(', ')})`);
    return { operation, violations };
  }
  let body: unknown;
  if (contentType.startsWith('text/')) {
    // A page or a file: the text itself is what its schema describes.
    body = answer.text;
  } else {
    try {
      body = JSON.parse(answer.text);
    } catch {
      violations.push(`the body is not JSON: ${answer.text.slice(0, 200)}`);
      return { operation, violations };
    }
  }
  // The schemas let objects carry more than they name; never how an item is stored in the table.
  for (const path of storageAttributesIn(body)) violations.push(`body${path} is a storage attribute of the table: it must not reach a client`);
  const validate = validatorOf(`${key} ${declared[0]}`, declared[1].schema);
  if (!validate(body)) {
    for (const error of validate.errors ?? []) {
      violations.push(`body${error.instancePath || ''} ${error.message ?? 'is invalid'}${error.params && Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : ''}`);
    }
  }
  return { operation, violations };
}

const STORAGE_ATTRIBUTE = /^(pk|sk|gsi\d+(pk|sk))$/;

/** JSON pointers of the table's key attributes anywhere in a body. */
function storageAttributesIn(node: unknown, path = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => storageAttributesIn(item, `${path}/${index}`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([name, value]) => [...(STORAGE_ATTRIBUTE.test(name) ? [`${path}/${name}`] : []), ...storageAttributesIn(value, `${path}/${name}`)]);
}

/** Throws, naming the operation, the status and the body, when the answer breaks the contract. */
export function assertContract(answer: ReceivedAnswer): void {
  const { operation, violations } = contractViolations(answer);
  if (violations.length === 0) return;
  throw new Error(
    [
      `contract: ${answer.method} ${answer.target.slice(0, 200)} (${operation}) answered ${answer.status}, which breaks the OpenAPI document:`,
      ...violations.slice(0, 20).map((v) => `  - ${v}`),
      `  body: ${answer.text.slice(0, 1_000) || '(empty)'}`,
    ].join('\n'),
  );
}
