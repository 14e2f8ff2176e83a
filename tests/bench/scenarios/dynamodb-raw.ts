/**
 * Raw DynamoDB Local operations through the SDK: the floor every API operation stands on,
 * and so the baselines other scenarios divide by ("dynamodb-raw/PutItem"...).
 *
 * They run against a fresh table of their own built from the app's definition (same keys,
 * GSIs and stream), so writes pay for the same index and stream upkeep as the app's, while
 * the app's table and its stream consumer see none of this traffic.
 */
import { randomUUID } from 'node:crypto';
import {
  DeleteTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/dynamodb.ts';
import { ensureTable } from '../../../infra/local/table.ts';
import { table as definition } from '../../../shared/data/table.ts';
import { loopCase, type Scenario } from '../harness.ts';

const READ_KEYS = 100;
const QUERY_ITEMS = 20;
/** Puts cycle over this many keys so the table stops growing after a while. */
const WRITE_KEYS = 1_000;

/** An item of a plausible size (~0.5 KB) that also feeds gsi1, as the app's entities do. */
function item(pk: string, sk: string): Record<string, AttributeValue> {
  return {
    pk: { S: pk },
    sk: { S: sk },
    gsi1pk: { S: `${pk}#BY-STATUS` },
    gsi1sk: { S: `active#${sk}` },
    kind: { S: 'bench' },
    amount: { N: '125000' },
    currency: { S: 'EUR' },
    status: { S: 'active' },
    updatedAt: { S: new Date().toISOString() },
    note: { S: 'x'.repeat(320) },
  };
}

export const dynamodbRaw: Scenario = {
  name: 'dynamodb-raw',
  async setup({ runtime }) {
    const client = new DynamoDBClient({ endpoint: runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const TableName = `bench-raw-${randomUUID().slice(0, 8)}`;
    await ensureTable(client, TableName, definition);

    for (let i = 0; i < READ_KEYS; i++) await client.send(new PutItemCommand({ TableName, Item: item(`READ#${i}`, 'ITEM') }));
    for (let i = 0; i < QUERY_ITEMS; i++) {
      await client.send(new PutItemCommand({ TableName, Item: item('QUERY#1', `ITEM#${String(i).padStart(3, '0')}`) }));
    }

    let reads = 0;
    let writes = 0;
    // Each transaction writes two new keys: the condition is checked for real, yet concurrent
    // workers never touch the same item, so there is no TransactionConflict to retry.
    let transactions = 0;
    const conditionalPut = (pk: string) => ({
      Put: { TableName, Item: item(pk, 'ITEM'), ConditionExpression: 'attribute_not_exists(pk)' },
    });

    return {
      cases: [
        loopCase('GetItem', () =>
          client.send(new GetItemCommand({ TableName, Key: { pk: { S: `READ#${reads++ % READ_KEYS}` }, sk: { S: 'ITEM' } } })),
        ),
        loopCase('PutItem', () => client.send(new PutItemCommand({ TableName, Item: item(`WRITE#${writes++ % WRITE_KEYS}`, 'ITEM') }))),
        loopCase('Query 20', async () => {
          const { Count } = await client.send(
            new QueryCommand({ TableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'QUERY#1' } }, Limit: 20 }),
          );
          if (Count !== QUERY_ITEMS) throw new Error(`Query returned ${Count} items, expected ${QUERY_ITEMS}`);
        }),
        loopCase('TransactWrite 2 Puts', () => {
          const n = transactions++;
          return client.send(new TransactWriteItemsCommand({ TransactItems: [conditionalPut(`TX#${n}#A`), conditionalPut(`TX#${n}#B`)] }));
        }),
      ],
      async teardown() {
        await client.send(new DeleteTableCommand({ TableName }));
        client.destroy();
      },
    };
  },
};
