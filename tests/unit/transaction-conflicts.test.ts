/**
 * retryOnConflict (shared/data/items.ts): a transaction cancelled only for a concurrent one is
 * tried again, up to CONFLICT_ATTEMPTS times; a failed condition or any other error is the
 * caller's at once.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONFLICT_ATTEMPTS, retryOnConflict } from '../../shared/data/items.ts';

const cancelled = (...codes: string[]) => new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: codes.map((Code) => ({ Code })) });

/** A transaction that throws `errors` in turn, then answers 'written'; counts its tries. */
function transaction(errors: unknown[]) {
  const tries = { count: 0 };
  const run = async () => {
    tries.count += 1;
    if (errors.length > 0) throw errors.shift();
    return 'written';
  };
  return { run, tries };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a transaction cancelled by a concurrent one', () => {
  it('is tried again until it goes through', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { run, tries } = transaction([cancelled('None', 'TransactionConflict'), cancelled('TransactionConflict', 'None')]);
    await expect(retryOnConflict(run)).resolves.toBe('written');
    expect(tries.count).toBe(3);
  });

  it(`gives the last conflict to the caller after ${CONFLICT_ATTEMPTS} tries`, async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { run, tries } = transaction(Array.from({ length: CONFLICT_ATTEMPTS + 1 }, () => cancelled('None', 'TransactionConflict')));
    await expect(retryOnConflict(run)).rejects.toBeInstanceOf(TransactionCanceledException);
    expect(tries.count).toBe(CONFLICT_ATTEMPTS);
  });

  it.each([
    ['a failed condition', cancelled('ConditionalCheckFailed', 'None')],
    ['a failed condition beside a conflict', cancelled('ConditionalCheckFailed', 'TransactionConflict')],
    ['another cancellation', cancelled('ValidationError', 'None')],
    ['any other error', new Error('socket hang up')],
  ])('gives %s to the caller at once', async (_, error) => {
    const { run, tries } = transaction([error]);
    await expect(retryOnConflict(run)).rejects.toBe(error);
    expect(tries.count).toBe(1);
  });
});
