/**
 * inParallel (shared/data/monitoring.ts), the fan-outs' pool: every item once, at most
 * `concurrency` at once; after a failure no new item, the ones in flight settled, then the
 * first error.
 */
import { describe, expect, it } from 'vitest';
import { inParallel } from '../../shared/data/monitoring.ts';

/** A promise settled from outside. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every callback already due run (each hop of an async function takes one). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Work whose items finish when the test says: which started, how many ran at once. */
function controlled(count: number) {
  const gates = Array.from({ length: count }, deferred);
  const started: number[] = [];
  const running = { now: 0, most: 0 };
  const work = async (item: number) => {
    started.push(item);
    running.now += 1;
    running.most = Math.max(running.most, running.now);
    try {
      await gates[item]!.promise;
    } finally {
      running.now -= 1;
    }
  };
  return { gates, started, running, work };
}

/** Whether a promise has settled yet, without waiting for it. */
function watch(promise: Promise<unknown>) {
  const state = { settled: false, error: undefined as unknown };
  promise.then(
    () => (state.settled = true),
    (error: unknown) => {
      state.settled = true;
      state.error = error;
    },
  );
  return state;
}

describe('inParallel', () => {
  it('runs every item once, 3 at most at once', async () => {
    const { gates, started, running, work } = controlled(10);
    const done = inParallel([...gates.keys()], 3, work);
    for (let item = 0; item < 10; item += 1) {
      await settle();
      gates[item]!.resolve();
    }
    await done;
    expect([...started].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(running.most).toBe(3);
  });

  it('after a failure hands out no new item, waits for the ones in flight, then rejects with the first error', async () => {
    const { gates, started, running, work } = controlled(10);
    const outcome = watch(inParallel([...gates.keys()], 3, work));
    await settle();
    expect(started).toEqual([0, 1, 2]);

    const first = new Error('item 1 failed');
    gates[1]!.reject(first);
    await settle();
    // Items 0 and 2 still run: the call has not answered, and no lane took item 3.
    expect(outcome.settled).toBe(false);
    expect(started).toEqual([0, 1, 2]);

    gates[2]!.reject(new Error('item 2 failed too'));
    gates[0]!.resolve();
    await settle();
    expect(outcome).toEqual({ settled: true, error: first });
    expect(started).toEqual([0, 1, 2]);
    expect(running.now).toBe(0);
  });

  it('with nothing to do, does nothing', async () => {
    const { started, work } = controlled(0);
    await inParallel([], 16, work);
    expect(started).toEqual([]);
  });
});
