/**
 * Polls a condition until it holds or a deadline passes, in place of sleeping a fixed time
 * and then asserting: the test goes on as soon as the system is ready, and a slow machine
 * gets until the deadline rather than a guess.
 */
export interface EventuallyOptions {
  /** How long the condition has to hold, from the first try. */
  readonly timeoutMs?: number;
  /** The pause between two tries. */
  readonly intervalMs?: number;
}

/**
 * Calls `check` until it returns without throwing (its assertions pass) and returns what it
 * returned. Past the deadline, throws the last failure, saying how long it waited and how often it tried.
 */
export async function eventually<T>(check: () => T | Promise<T>, { timeoutMs = 5_000, intervalMs = 50 }: EventuallyOptions = {}): Promise<T> {
  const started = Date.now();
  let attempts = 0;
  for (;;) {
    attempts += 1;
    try {
      return await check();
    } catch (error) {
      const waited = Date.now() - started;
      if (waited + intervalMs > timeoutMs) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`still failing after ${waited} ms (${attempts} tries, deadline ${timeoutMs} ms): ${reason}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
