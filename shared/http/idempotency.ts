/**
 * Idempotency-Key on creating POSTs, with Powertools idempotency (makeIdempotent) and its
 * DynamoDB persistence in the single table.
 *
 * A key stands for one request: the record is keyed by who is calling (tenant, broker via a
 * tenant, broker or insurer) and the caller's key only, and the request it stands for (method,
 * the path as the client sent it, with its ids, and the body) is the payload Powertools
 * validates. Same key, method, path and body → the first response (with
 * `Idempotent-Replayed: true`); the same key with another path, method or body → 422, so a
 * key reused for invoice B never replays invoice A's payment and skips B's. The same request
 * still running → 409. A request that fails leaves no record: a retry runs again.
 */
import { IdempotencyConfig, makeIdempotent, IdempotencyAlreadyInProgressError, IdempotencyValidationError } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { dynamodb } from '#data/client';
import { insurerKeys } from '#data/keys';
import { tableName, table } from '#data/table';
import type { Principal } from '#access';
import { ProblemError } from '#contract/problems';
import { IDEMPOTENCY_KEY_PATTERN } from '#contract/headers';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const RETENTION_SECONDS = 24 * 60 * 60;

/**
 * One prefix for every function, instead of Powertools' default (the Lambda function's name):
 * a key is the caller's across the whole API, so reusing it on an operation served by
 * another function is refused like any other reuse rather than starting a second record.
 */
export const IDEMPOTENCY_KEY_PREFIX = 'api';

/** What Powertools hashes: `key` names the record, `request` is validated against it. */
export const IDEMPOTENCY_OPTIONS = {
  eventKeyJmesPath: 'key',
  payloadValidationJmesPath: 'request',
  // The hash is the record's key and the request's fingerprint: no MD5 for either.
  hashFunction: 'sha256',
  expiresAfterSeconds: RETENTION_SECONDS,
} as const;

/** Idempotency records live under their own key template (IDEMPOTENCY#…) in the one table. */
class SingleTablePersistence extends DynamoDBPersistenceLayer {
  protected override getKey(idempotencyKey: string): Record<string, AttributeValue> {
    return marshall(insurerKeys.idempotency(idempotencyKey));
  }
}

let persistence: SingleTablePersistence | undefined;
function persistenceStore(): SingleTablePersistence {
  persistence ??= new SingleTablePersistence({
    tableName: tableName(),
    keyAttr: table.partitionKey,
    sortKeyAttr: table.sortKey,
    expiryAttr: table.ttlAttribute,
    awsSdkV3Client: dynamodb,
  });
  return persistence;
}

/** One request with an Idempotency-Key, as the HTTP stack saw it. */
export interface IdempotentRequest {
  /** Who calls: see idempotencyScope. */
  readonly scope: string;
  /** The caller's Idempotency-Key. */
  readonly key: string;
  readonly method: string;
  /** The path the client sent (event.path), ids included; never the route's template. */
  readonly path: string;
  /** The parsed body; null for a request without one. */
  readonly body: unknown;
}

export interface Fingerprint {
  readonly key: string;
  readonly request: { readonly method: string; readonly path: string; readonly body: unknown };
}

/** The payload handed to Powertools (IDEMPOTENCY_OPTIONS says which part does what). */
export function fingerprintOf(request: IdempotentRequest): Fingerprint {
  return {
    key: `${request.scope}:${request.key}`,
    request: { method: request.method, path: request.path, body: request.body ?? null },
  };
}

export function idempotencyScope(principal: Principal | undefined, tenantId: string | undefined): string {
  if (!principal) return 'public';
  if (tenantId) return `tenant:${tenantId}${principal.role === 'broker' ? `:via:${principal.brokerId}` : ''}`;
  return principal.role === 'broker' ? `broker:${principal.brokerId}` : principal.role === 'policyholder' ? `tenant:${principal.tenantId}` : 'insurer';
}

export function checkIdempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!IDEMPOTENCY_KEY_PATTERN.test(value)) {
    throw new ProblemError({
      slug: 'validation',
      detail: "header field 'Idempotency-Key': 1 to 255 printable ASCII characters, no spaces",
      extensions: { errors: [{ in: 'header', field: 'Idempotency-Key', pointer: '#', code: 'invalid_string', detail: '1 to 255 printable ASCII characters' }] },
    });
  }
  return value;
}

interface Call {
  readonly run: () => Promise<unknown>;
  executed: boolean;
}

const config = new IdempotencyConfig(IDEMPOTENCY_OPTIONS);
// `run` executes only when the call is not a replay; only the fingerprint is hashed.
const execute = async (_fingerprint: Fingerprint, call: Call): Promise<unknown> => {
  call.executed = true;
  return call.run();
};
let wrapped: ((fingerprint: Fingerprint, call: Call) => Promise<unknown>) | undefined;

/**
 * Runs `run` once per fingerprint: a retry of the same request gets the first result back
 * (`replayed`), the same key on another request a 422, a retry while the first runs a 409.
 */
export async function runIdempotently<R>(request: IdempotentRequest, run: () => Promise<R>, context: Context): Promise<{ result: R; replayed: boolean }> {
  wrapped ??= makeIdempotent(execute, { persistenceStore: persistenceStore(), config, keyPrefix: IDEMPOTENCY_KEY_PREFIX });
  config.registerLambdaContext(context);
  const call: Call = { run, executed: false };
  try {
    const result = (await wrapped(fingerprintOf(request), call)) as R;
    return { result, replayed: !call.executed };
  } catch (error) {
    if (error instanceof IdempotencyValidationError) {
      throw new ProblemError({
        slug: 'idempotency-key-reused',
        detail: 'This Idempotency-Key was used for another request (another method, path or body). Use a new key for a new request.',
      });
    }
    if (error instanceof IdempotencyAlreadyInProgressError) {
      throw new ProblemError({
        slug: 'idempotency-key-in-progress',
        detail: 'A request with this Idempotency-Key is still being processed. Retry in a moment to get its response.',
        headers: { 'retry-after': '1' },
      });
    }
    throw error;
  }
}
