/**
 * DynamoDB Local acknowledges TransactWriteItems a moment before it commits it: killed with
 * SIGKILL in that moment, it loses the last transaction it acknowledged (about one kill in two).
 * The local runtime's client waits for the commit (infra/local/durable-transactions.ts): after
 * a burst and a kill -9 of the engine, every acknowledged transaction is there.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CreateTableCommand, DynamoDBClient, GetItemCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal } from '../../infra/local/dynamodb.ts';
import { awaitTransactionCommits } from '../../infra/local/durable-transactions.ts';

const TABLE = 'durability';
const ROUNDS = 4;

async function acknowledgedThenKilled(dataDir: string): Promise<string[]> {
  const engine = await startDynamoDbLocal({ dataDir });
  const client = new DynamoDBClient({ endpoint: engine.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  awaitTransactionCommits(client, TABLE);
  await client.send(
    new CreateTableCommand({
      TableName: TABLE,
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  const acknowledged: string[] = [];
  for (let n = 0; n < 20; n += 1) {
    const id = `tx${n}`;
    await client.send(new TransactWriteItemsCommand({ TransactItems: ['a', 'b', 'c'].map((part) => ({ Put: { TableName: TABLE, Item: { pk: { S: id }, sk: { S: part } } } })) }));
    acknowledged.push(id);
  }
  // At once after the last answer: the moment the engine used to lose.
  process.kill(engine.pid, 'SIGKILL');
  client.destroy();
  // Gone for sure (files released) before the next engine opens the same data directory.
  await engine.exited;
  return acknowledged;
}

describe('local DynamoDB transactions survive kill -9 once acknowledged', () => {
  it(`keeps every acknowledged transaction, whole, over ${ROUNDS} kills`, async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-durable-'));
      try {
        const acknowledged = await acknowledgedThenKilled(dataDir);
        const engine = await startDynamoDbLocal({ dataDir });
        const client = new DynamoDBClient({ endpoint: engine.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
        try {
          const missing: string[] = [];
          for (const id of acknowledged) {
            for (const part of ['a', 'b', 'c']) {
              const { Item } = await client.send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: id }, sk: { S: part } } }));
              if (!Item) missing.push(`${id}/${part}`);
            }
          }
          expect(missing, `round ${round}`).toEqual([]);
        } finally {
          client.destroy();
          await engine.stop();
        }
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    }
    // Four starts of DynamoDB Local (a JVM each): 15 s alone, over a minute on a loaded machine.
  }, 240_000);
});
