/**
 * Idempotency-Key on creating POSTs, with Powertools idempotency (makeIdempotent) and its
 * DynamoDB persistence in the single table.
 *
 * The record is keyed by who is calling (tenant, broker or insurer), the operation and the
 * caller's key, so two tenants may use the same key. Same key and body → the first
 * response (with `Idempotent-Replayed: true`); same key, another body → 422; the same
 * request still running → 409. A request that fails leaves no record: a retry runs again.
 */
import { IdempotencyConfig, makeIdempotent, IdempotencyAlreadyInProgressError, IdempotencyValidationError } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { dynamodb } from '#data/client';
import { insurerKeys } from '#data/keys';
import { tableName, table } from '#data/table';
import type { Principal } from './auth.ts';
import { ProblemError } from './problems.ts';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const RETENTION_SECONDS = 24 * 60 * 60;

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

export interface IdempotentInput {
  readonly key: string;
  readonly body: unknown;
}

export function idempotencyScope(principal: Principal | undefined, tenantId: string | undefined): string {
  if (!principal) return 'public';
  if (tenantId) return `tenant:${tenantId}${principal.role === 'broker' ? `:via:${principal.brokerId}` : ''}`;
  return principal.role === 'broker' ? `broker:${principal.brokerId}` : principal.role === 'policyholder' ? `tenant:${principal.tenantId}` : 'insurer';
}

export function checkIdempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!KEY_PATTERN.test(value)) {
    throw new ProblemError({
      status: 400,
      slug: 'validation',
      title: 'Your request is not valid',
      detail: "header field 'Idempotency-Key': 1 to 255 printable ASCII characters, no spaces",
      extensions: { errors: [{ in: 'header', field: 'Idempotency-Key', pointer: '#', code: 'invalid_string', detail: '1 to 255 printable ASCII characters' }] },
    });
  }
  return value;
}

/**
 * Wraps one operation. `run` receives the second argument (the request) and executes only
 * when the call is not a replay; only `input` (key and body) is hashed.
 */
export function idempotentOperation<A, R>(operationId: string, run: (argument: A) => Promise<R>) {
  const config = new IdempotencyConfig({
    eventKeyJmesPath: 'key',
    payloadValidationJmesPath: 'body',
    expiresAfterSeconds: RETENTION_SECONDS,
  });
  const execute = async (_input: IdempotentInput, call: { argument: A; executed: boolean }): Promise<R> => {
    call.executed = true;
    return run(call.argument);
  };
  let wrapped: typeof execute | undefined;
  return async (input: IdempotentInput, argument: A, context: Context): Promise<{ result: R; replayed: boolean }> => {
    wrapped ??= makeIdempotent(execute, { persistenceStore: persistenceStore(), config });
    config.registerLambdaContext(context);
    const call = { argument, executed: false };
    try {
      const result = await wrapped({ key: `${operationId}:${input.key}`, body: input.body }, call);
      return { result, replayed: !call.executed };
    } catch (error) {
      if (error instanceof IdempotencyValidationError) {
        throw new ProblemError({
          status: 422,
          slug: 'idempotency-key-reused',
          title: 'Idempotency key reused',
          detail: 'This Idempotency-Key was used with another request body. Use a new key for a new request.',
        });
      }
      if (error instanceof IdempotencyAlreadyInProgressError) {
        throw new ProblemError({
          status: 409,
          slug: 'idempotency-key-in-progress',
          title: 'Request in progress',
          detail: 'A request with this Idempotency-Key is still being processed. Retry in a moment to get its response.',
          headers: { 'retry-after': '1' },
        });
      }
      throw error;
    }
  };
}
