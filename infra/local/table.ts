/**
 * Creates the table from the shared definition, or brings an existing one up to date
 * (missing indexes added, indexes no longer defined removed, stream and TTL switched on),
 * so a restart on old data keeps the data and follows the topology.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type DynamoDBClient,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import type { IndexDefinition, TableDefinition } from '#data/table';

const keySchema = (partitionKey: string, sortKey: string) => [
  { AttributeName: partitionKey, KeyType: 'HASH' as const },
  { AttributeName: sortKey, KeyType: 'RANGE' as const },
];

function attributeDefinitions(definition: TableDefinition, indexes: readonly IndexDefinition[]) {
  const names = new Set([definition.partitionKey, definition.sortKey]);
  for (const index of indexes) {
    names.add(index.partitionKey);
    names.add(index.sortKey);
  }
  return [...names].map((AttributeName) => ({ AttributeName, AttributeType: 'S' as const }));
}

async function describe(client: DynamoDBClient, name: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

async function waitForActive(client: DynamoDBClient, name: string): Promise<TableDescription> {
  for (;;) {
    const table = await describe(client, name);
    const busy = !table || table.TableStatus !== 'ACTIVE' || (table.GlobalSecondaryIndexes ?? []).some((i) => i.IndexStatus !== 'ACTIVE');
    if (!busy) return table;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface EnsureTableResult {
  readonly created: boolean;
  readonly indexesAdded: string[];
  readonly indexesRemoved: string[];
  readonly streamArn: string;
}

export async function ensureTable(client: DynamoDBClient, name: string, definition: TableDefinition): Promise<EnsureTableResult> {
  let table = await describe(client, name);
  const created = !table;
  const indexesAdded: string[] = [];
  const indexesRemoved: string[] = [];

  if (!table) {
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: keySchema(definition.partitionKey, definition.sortKey),
        AttributeDefinitions: attributeDefinitions(definition, definition.indexes),
        GlobalSecondaryIndexes: definition.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: keySchema(index.partitionKey, index.sortKey),
          Projection: { ProjectionType: 'ALL' },
        })),
        StreamSpecification: { StreamEnabled: true, StreamViewType: definition.stream },
      }),
    );
    await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: name });
    indexesAdded.push(...definition.indexes.map((index) => index.name));
  } else {
    const existing = new Set((table.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
    const wanted = new Set(definition.indexes.map((index) => index.name));
    for (const index of definition.indexes) {
      if (existing.has(index.name)) continue;
      await client.send(
        new UpdateTableCommand({
          TableName: name,
          AttributeDefinitions: attributeDefinitions(definition, [index]),
          GlobalSecondaryIndexUpdates: [
            { Create: { IndexName: index.name, KeySchema: keySchema(index.partitionKey, index.sortKey), Projection: { ProjectionType: 'ALL' } } },
          ],
        }),
      );
      await waitForActive(client, name);
      indexesAdded.push(index.name);
    }
    for (const indexName of existing) {
      if (!indexName || wanted.has(indexName)) continue;
      await client.send(new UpdateTableCommand({ TableName: name, GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: indexName } }] }));
      await waitForActive(client, name);
      indexesRemoved.push(indexName);
    }
    if (!table.StreamSpecification?.StreamEnabled || table.StreamSpecification.StreamViewType !== definition.stream) {
      if (table.StreamSpecification?.StreamEnabled) {
        await client.send(new UpdateTableCommand({ TableName: name, StreamSpecification: { StreamEnabled: false } }));
        await waitForActive(client, name);
      }
      await client.send(
        new UpdateTableCommand({ TableName: name, StreamSpecification: { StreamEnabled: true, StreamViewType: definition.stream } }),
      );
    }
  }

  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: name }));
  if (ttl.TimeToLiveDescription?.AttributeName !== definition.ttlAttribute) {
    await client.send(
      new UpdateTimeToLiveCommand({ TableName: name, TimeToLiveSpecification: { AttributeName: definition.ttlAttribute, Enabled: true } }),
    );
  }

  table = await waitForActive(client, name);
  if (!table.LatestStreamArn) throw new Error(`table ${name} has no stream`);
  return { created, indexesAdded, indexesRemoved, streamArn: table.LatestStreamArn };
}
