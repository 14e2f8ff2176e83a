/**
 * inParallel (shared/data/monitoring.ts), the fan-outs' pool: every item once, at most
 * `concurrency` at once; after a failure no new item, the ones in flight settled, then the
 * first error. The fan-outs of one process share SHARED_FANOUT_LANES beyond each one's first,
 * so that locally, where every function runs in one process, they stay within the DynamoDB
 * client's sockets.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SOCKETS } from '../../shared/data/client.ts';
import { FANOUT_CONCURRENCY, inParallel, SHARED_FANOUT_LANES } from '../../shared/data/monitoring.ts';
import { SECTOR_ALERT_QUEUE } from '../../shared/data/sector-alert-work.ts';
import { topology } from '../../shared/topology/index.ts';

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

describe('fan-outs sharing one process', () => {
  it(`share ${SHARED_FANOUT_LANES} lanes beyond each one's first: 4 fan-outs of ${FANOUT_CONCURRENCY} run ${4 + SHARED_FANOUT_LANES} items at once, one alone its ${FANOUT_CONCURRENCY}`, async () => {
    const alone = controlled(FANOUT_CONCURRENCY);
    const aloneDone = inParallel([...alone.gates.keys()], FANOUT_CONCURRENCY, alone.work);
    await settle();
    expect(alone.running.now).toBe(FANOUT_CONCURRENCY);
    for (const gate of alone.gates) gate.resolve();
    await aloneDone;

    const fanOuts = Array.from({ length: 4 }, () => controlled(FANOUT_CONCURRENCY));
    const running = () => fanOuts.reduce((sum, fanOut) => sum + fanOut.running.now, 0);
    const done = Promise.all(fanOuts.map((fanOut) => inParallel([...fanOut.gates.keys()], FANOUT_CONCURRENCY, fanOut.work)));
    await settle();
    expect(running()).toBe(4 + SHARED_FANOUT_LANES);
    for (let item = 0; item < FANOUT_CONCURRENCY; item += 1) {
      for (const fanOut of fanOuts) fanOut.gates[item]!.resolve();
      await settle();
      expect(running()).toBeLessThanOrEqual(4 + SHARED_FANOUT_LANES);
    }
    await done;
    expect(fanOuts.map((fanOut) => fanOut.started.length)).toEqual([16, 16, 16, 16]);
  });

  it('a fan-out moves on with its own lane while every shared one is taken, nested in another one too', async () => {
    const holder = controlled(1 + SHARED_FANOUT_LANES);
    const held = inParallel([...holder.gates.keys()], 1 + SHARED_FANOUT_LANES, holder.work);
    await settle();
    expect(holder.running.now).toBe(1 + SHARED_FANOUT_LANES);
    const seen: number[] = [];
    await inParallel([1, 2, 3], FANOUT_CONCURRENCY, async (n) => {
      await inParallel([n * 10, n * 10 + 1], FANOUT_CONCURRENCY, async (m) => {
        seen.push(m);
      });
    });
    expect(seen.sort((a, b) => a - b)).toEqual([10, 11, 20, 21, 30, 31]);
    for (const gate of holder.gates) gate.resolve();
    await held;
  });

  it('keep the sector alert workers of one process within the client’s sockets, and a fan-out alone whole', () => {
    const workers = topology.queues.find((queue) => queue.name === SECTOR_ALERT_QUEUE)?.consumer?.maxConcurrency;
    expect(workers).toBeDefined();
    expect(workers! + SHARED_FANOUT_LANES).toBeLessThanOrEqual(MAX_SOCKETS);
    expect(SHARED_FANOUT_LANES).toBeGreaterThanOrEqual(FANOUT_CONCURRENCY - 1);
  });
});
