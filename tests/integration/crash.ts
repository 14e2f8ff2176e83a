/**
 * A crash halfway through a data operation, for the races tests: the Nth DynamoDB call of a
 * kind fails, either before it reaches the table (the process died before the write) or after
 * the table answered (the write happened, the process died before it could go on).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export class Crash extends Error {
  override name = 'Crash';
}

export interface Injected {
  /** How many calls of that kind went through the client since the injection. */
  calls(): number;
  /** Whether the crash happened. */
  fired(): boolean;
  remove(): void;
}

/**
 * Fails the `nth` call (1-based) whose command name starts with `command` (e.g. 'TransactWrite',
 * 'Update', 'Put'): `before` it is sent, or `after` DynamoDB answered it. With `error`, the call
 * fails with that error (shaped as the SDK gives a service's refusal) instead of a Crash.
 */
export function crashOn(client: DynamoDBClient, command: string, options: { nth?: number; when?: 'before' | 'after'; error?: () => Error } = {}): Injected {
  const nth = options.nth ?? 1;
  const when = options.when ?? 'before';
  const name = `crash-${Math.random().toString(36).slice(2)}`;
  let count = 0;
  let fired = false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!String(context.commandName ?? '').startsWith(command)) return next(args);
      count += 1;
      if (count !== nth) return next(args);
      fired = true;
      if (when === 'before') throw options.error?.() ?? new Crash(`crash before ${String(context.commandName)} #${nth}`);
      await next(args);
      throw options.error?.() ?? new Crash(`crash after ${String(context.commandName)} #${nth}`);
    },
    { step: 'initialize', name },
  );
  return { calls: () => count, fired: () => fired, remove: () => void client.middlewareStack.remove(name) };
}

/**
 * Holds the first `n` calls whose command name starts with `command` until all `n` are there,
 * then lets them go together: each racer has read before any of them writes, the widest race.
 * Gives up holding after `timeoutMs` (a racer that refused before writing never arrives).
 */
export function barrier(client: DynamoDBClient, command: string, n: number, timeoutMs = 2_000): { remove(): void } {
  const name = `barrier-${Math.random().toString(36).slice(2)}`;
  let arrived = 0;
  let release: () => void = () => undefined;
  const all = new Promise<void>((resolve) => {
    release = resolve;
    setTimeout(resolve, timeoutMs).unref();
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!String(context.commandName ?? '').startsWith(command) || arrived >= n) return next(args);
      arrived += 1;
      if (arrived === n) release();
      await all;
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { remove: () => void client.middlewareStack.remove(name) };
}
