/**
 * The Idempotency-Key fingerprint: what Powertools keys the record by (the caller and its
 * key) and what it validates a retry against (method, path as sent, body), hashed by
 * Powertools' own persistence layer with the configuration the HTTP stack uses.
 */
import { IdempotencyConfig } from '@aws-lambda-powertools/idempotency';
import { BasePersistenceLayer, type IdempotencyRecord } from '@aws-lambda-powertools/idempotency/persistence';
import type { JSONValue } from '@aws-lambda-powertools/commons/types';
import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_KEY_PREFIX, IDEMPOTENCY_OPTIONS, fingerprintOf, idempotencyScope, type IdempotentRequest } from '../../shared/http/idempotency.ts';

/** Powertools' own hashing: the record it would write for a request, kept instead of stored. */
class Hashes extends BasePersistenceLayer {
  private written: IdempotencyRecord | undefined;
  constructor() {
    super();
    this.configure({ config: new IdempotencyConfig(IDEMPOTENCY_OPTIONS), keyPrefix: IDEMPOTENCY_KEY_PREFIX });
  }
  private async record(request: IdempotentRequest): Promise<IdempotencyRecord> {
    await this.saveInProgress(fingerprintOf(request) as unknown as JSONValue, 10_000);
    if (!this.written) throw new Error('nothing written');
    return this.written;
  }
  async recordKey(request: IdempotentRequest): Promise<string> {
    return (await this.record(request)).idempotencyKey;
  }
  async payloadHash(request: IdempotentRequest): Promise<string | undefined> {
    return (await this.record(request)).payloadHash;
  }
  protected _putRecord(record: IdempotencyRecord): Promise<void> {
    this.written = record;
    return Promise.resolve();
  }
  protected _deleteRecord(): Promise<void> {
    throw new Error('not stored');
  }
  protected _getRecord(): Promise<IdempotencyRecord> {
    throw new Error('not stored');
  }
  protected _updateRecord(): Promise<void> {
    throw new Error('not stored');
  }
}

const hashes = new Hashes();
const payA: IdempotentRequest = {
  scope: 'tenant:ten_A',
  key: 'payment-2026-11-20',
  method: 'POST',
  path: '/v1/invoices/inv_01AAAAAAAAAAAAAAAAAAAAAAAA/payments',
  body: { amount: 400_000, paidOn: '2026-11-20' },
};
const payB: IdempotentRequest = { ...payA, path: '/v1/invoices/inv_01BBBBBBBBBBBBBBBBBBBBBBBB/payments' };

describe('Idempotency-Key fingerprint', () => {
  it('keys the record by the caller and its key only: the same key for another resource finds the same record', async () => {
    expect(fingerprintOf(payA).key).toBe('tenant:ten_A:payment-2026-11-20');
    expect(await hashes.recordKey(payB)).toBe(await hashes.recordKey(payA));
    expect(await hashes.recordKey({ ...payA, method: 'PUT', path: '/v1/webhooks', body: null })).toBe(await hashes.recordKey(payA));
    // One prefix for the whole API, not the Lambda function's name.
    expect((await hashes.recordKey(payA)).startsWith(`${IDEMPOTENCY_KEY_PREFIX}#`)).toBe(true);
  });

  it('another caller with the same key has a record of its own', async () => {
    expect(await hashes.recordKey({ ...payA, scope: 'tenant:ten_B' })).not.toBe(await hashes.recordKey(payA));
    expect(await hashes.recordKey({ ...payA, scope: 'tenant:ten_A:via:brk_1' })).not.toBe(await hashes.recordKey(payA));
  });

  it.each<[string, Partial<IdempotentRequest>]>([
    ['another invoice in the path', { path: payB.path }],
    ['another method', { method: 'PUT' }],
    ['another body', { body: { amount: 400_001, paidOn: '2026-11-20' } }],
    ['no body', { body: null }],
    ['a path differing only in case', { path: payA.path.toUpperCase() }],
    ['a path with a trailing slash', { path: `${payA.path}/` }],
  ])('validates the request: %s is another request', async (_, change) => {
    expect(await hashes.payloadHash({ ...payA, ...change })).not.toBe(await hashes.payloadHash(payA));
  });

  it('the same request is the same SHA-256 fingerprint, whatever the order of the body’s fields', async () => {
    expect(await hashes.payloadHash({ ...payA, body: { paidOn: '2026-11-20', amount: 400_000 } })).toBe(await hashes.payloadHash(payA));
    expect(await hashes.payloadHash({ ...payA })).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('a request without a body is fingerprinted with a null body, two such requests on one path alike', async () => {
    const rotate: IdempotentRequest = { scope: 'tenant:ten_A', key: 'rotate', method: 'POST', path: '/v1/webhooks/wh_1/rotate-secret', body: undefined };
    expect(fingerprintOf(rotate).request).toEqual({ method: 'POST', path: '/v1/webhooks/wh_1/rotate-secret', body: null });
    expect(await hashes.payloadHash({ ...rotate, body: null })).toBe(await hashes.payloadHash(rotate));
    expect(await hashes.payloadHash({ ...rotate, path: '/v1/webhooks/wh_2/rotate-secret' })).not.toBe(await hashes.payloadHash(rotate));
  });

  it.each([
    ['a policyholder', { role: 'policyholder', keyId: 'k', tenantId: 'ten_A', tier: 'standard' }, undefined, 'tenant:ten_A'],
    ['a policyholder on a tenant route', { role: 'policyholder', keyId: 'k', tenantId: 'ten_A', tier: 'standard' }, 'ten_A', 'tenant:ten_A'],
    ['a broker for a tenant', { role: 'broker', keyId: 'k', brokerId: 'brk_1', tenantIds: ['ten_A'] }, 'ten_A', 'tenant:ten_A:via:brk_1'],
    ['a broker for itself', { role: 'broker', keyId: 'k', brokerId: 'brk_1', tenantIds: [] }, undefined, 'broker:brk_1'],
    ['the insurer', { role: 'insurer', keyId: 'k' }, undefined, 'insurer'],
  ] as const)('scopes %s', (_, principal, tenantId, scope) => {
    expect(idempotencyScope(principal as never, tenantId)).toBe(scope);
  });
});
