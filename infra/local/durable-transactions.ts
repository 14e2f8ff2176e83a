/**
 * DynamoDB Local answers TransactWriteItems a moment before its engine has committed it: a
 * process killed in that moment loses a transaction it acknowledged (seen here: the last one
 * of a burst, in about half the kills). DynamoDB does not. The engine serves requests on one
 * database connection in turn, so any request sent after the transaction's answer waits for
 * that commit: the functions' client, locally, reads one item after each transaction before
 * it hands the answer on. An acknowledged write then survives kill -9, as in AWS.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';

const TRANSACT_WRITE = 'DynamoDB_20120810.TransactWriteItems';
/** An item nothing writes: the read is only there to queue behind the commit. */
const BARRIER_KEY = { pk: { S: 'LOCAL#durability-barrier' }, sk: { S: 'LOCAL#durability-barrier' } };

/** The middleware's name on the client (a benchmark of Lambda's CPU takes it off). */
export const COMMIT_BARRIER = 'bouclierAwaitTransactionCommit';

export function awaitTransactionCommits(client: DynamoDBClient, tableName: string): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const request = args.request as { headers?: Record<string, string> } | undefined;
      if (request?.headers?.['x-amz-target'] === TRANSACT_WRITE) {
        await client.send(new GetItemCommand({ TableName: tableName, Key: BARRIER_KEY }));
      }
      return result;
    },
    { step: 'finalizeRequest', name: COMMIT_BARRIER, override: true },
  );
}
