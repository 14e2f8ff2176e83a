import { CreateTableCommand, DescribeTableCommand, DescribeTimeToLiveCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../infra/local/table.ts';
import { table as definition } from '../../shared/data/table.ts';
import { localClient } from '../support/dynamodb.ts';

const client = localClient();
afterAll(() => client.destroy());

describe('ensureTable against DynamoDB Local', () => {
  it('creates the table of the shared definition: keys, every index, stream and TTL', async () => {
    const name = `ensure-create-${Date.now()}`;
    const result = await ensureTable(client, name, definition);
    expect(result.created).toBe(true);
    expect(result.streamArn).toMatch(/stream/);

    const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
    expect(Table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    const indexes = (Table?.GlobalSecondaryIndexes ?? []).map((index) => ({
      name: index.IndexName,
      keys: index.KeySchema?.map((k) => k.AttributeName),
      projection: index.Projection?.ProjectionType,
    }));
    expect(indexes.sort((a, b) => String(a.name).localeCompare(String(b.name)))).toEqual(
      definition.indexes.map((index) => ({ name: index.name, keys: [index.partitionKey, index.sortKey], projection: 'ALL' })),
    );
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: name }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe(definition.ttlAttribute);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const name = `ensure-twice-${Date.now()}`;
    await ensureTable(client, name, definition);
    const again = await ensureTable(client, name, definition);
    expect(again).toMatchObject({ created: false, indexesAdded: [], indexesRemoved: [] });
  });

  it('brings an older table up to date without losing its items', async () => {
    const name = `ensure-upgrade-${Date.now()}`;
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'oldpk'].map((n) => ({ AttributeName: n, AttributeType: 'S' })),
        GlobalSecondaryIndexes: [
          { IndexName: 'gsi1', KeySchema: [{ AttributeName: 'gsi1pk', KeyType: 'HASH' }, { AttributeName: 'gsi1sk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } },
          { IndexName: 'retired', KeySchema: [{ AttributeName: 'oldpk', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
        ],
      }),
    );
    await client.send(new PutItemCommand({ TableName: name, Item: { pk: { S: 'KEEP#1' }, sk: { S: 'A' }, note: { S: 'still here' } } }));

    const result = await ensureTable(client, name, definition);
    expect(result.created).toBe(false);
    expect(result.indexesAdded.sort()).toEqual(['gsi2', 'gsi3', 'gsi4']);
    expect(result.indexesRemoved).toEqual(['retired']);

    const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
    expect(Table?.StreamSpecification?.StreamViewType).toBe('NEW_AND_OLD_IMAGES');
    expect((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).sort()).toEqual(['gsi1', 'gsi2', 'gsi3', 'gsi4']);
    const { Item } = await client.send(new GetItemCommand({ TableName: name, Key: { pk: { S: 'KEEP#1' }, sk: { S: 'A' } } }));
    expect(Item?.['note']).toEqual({ S: 'still here' });
  });
});
