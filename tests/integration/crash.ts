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
 * 'Update', 'Put'): `before` it is sent, or `after` DynamoDB answered it.
 */
export function crashOn(client: DynamoDBClient, command: string, options: { nth?: number; when?: 'before' | 'after' } = {}): Injected {
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
      if (when === 'before') throw new Crash(`crash before ${String(context.commandName)} #${nth}`);
      await next(args);
      throw new Crash(`crash after ${String(context.commandName)} #${nth}`);
    },
    { step: 'initialize', name },
  );
  return { calls: () => count, fired: () => fired, remove: () => void client.middlewareStack.remove(name) };
}
