/**
 * Work on many items at once, bounded: the one mechanism every fan-out, job and consumer uses
 * (`inParallel`), with the lanes the fan-outs of one process share.
 */
import { MAX_SOCKETS } from './client.ts';

/** Limits changed side by side in a fan-out: enough to go fast, few enough to stay polite. */
export const FANOUT_CONCURRENCY = 16;
/**
 * Lanes the fan-outs running in one process share beyond each one's first. In Lambda a process
 * runs one invocation at a time, so its fan-out always finds its other FANOUT_CONCURRENCY - 1.
 * Locally every function runs in one process: 16 sector alert workers (their queue's
 * maxConcurrency) of 16 lanes each put 256 calls on the client's MAX_SOCKETS, and a call that
 * waits over the 1 s connection timeout for a socket fails; the SDK's retry quota runs dry and
 * work items fail. Bounded here, the lanes wait for a lane, not for a socket: 16 first lanes
 * and these 32 make at most 48 calls in flight, within the 50 sockets (tests/unit/in-parallel).
 */
export const SHARED_FANOUT_LANES = MAX_SOCKETS - FANOUT_CONCURRENCY - 2;

/** A claim on one of the SHARED_FANOUT_LANES: granted (true), or withdrawn while it waited (false). */
interface LaneClaim {
  readonly granted: Promise<boolean>;
  withdraw(): void;
}

/** SHARED_FANOUT_LANES, handed out in the order claimed, one item at a time. */
const sharedLanes = (() => {
  let free = SHARED_FANOUT_LANES;
  const waiting: ((granted: boolean) => void)[] = [];
  return {
    claim(): LaneClaim {
      if (free > 0) {
        free -= 1;
        return { granted: Promise.resolve(true), withdraw: () => undefined };
      }
      let answer!: (granted: boolean) => void;
      const granted = new Promise<boolean>((resolve) => (answer = resolve));
      waiting.push(answer);
      return {
        granted,
        withdraw() {
          const at = waiting.indexOf(answer);
          if (at < 0) return;
          waiting.splice(at, 1);
          answer(false);
        },
      };
    },
    give(): void {
      const next = waiting.shift();
      if (next) next(true);
      else free += 1;
    },
  };
})();

/**
 * `work` on every item, at most `concurrency` at once: the fan-out's own lane, and lanes claimed
 * from the process's SHARED_FANOUT_LANES one item at a time. The own lane always moves on, even
 * when every shared lane is taken (by a fan-out around this one too); once it finds no item
 * left, the claims still waiting are withdrawn. Once one item's work fails no lane takes
 * another; the call waits for the ones in flight to settle, then rejects with the first error:
 * nothing it started still runs when the caller hears of it.
 */
export async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const more = () => !failure && next < items.length;
  const runNext = async () => {
    const item = items[next] as T;
    next += 1;
    try {
      await work(item);
    } catch (error) {
      failure ??= { error };
    }
  };
  const claims = new Set<LaneClaim>();
  const own = async () => {
    while (more()) await runNext();
    for (const claim of claims) claim.withdraw();
  };
  const shared = async () => {
    while (more()) {
      const claim = sharedLanes.claim();
      claims.add(claim);
      const granted = await claim.granted;
      claims.delete(claim);
      if (!granted) return;
      try {
        if (more()) await runNext();
      } finally {
        sharedLanes.give();
      }
    }
  };
  const lanes = Math.min(concurrency, items.length);
  if (lanes === 0) return;
  await Promise.all([own(), ...Array.from({ length: lanes - 1 }, shared)]);
  if (failure) throw failure.error;
}
