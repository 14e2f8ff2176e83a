import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/dynamodb.ts';
import { ensureTable } from '../../infra/local/table.ts';
import { table as definition } from '../../shared/data/table.ts';

export function localClient(endpoint = inject('dynamodbEndpoint')): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
}

/** A fresh table from the real definition, for one test file. */
export async function freshTable(prefix: string) {
  const endpoint = inject('dynamodbEndpoint');
  const client = localClient(endpoint);
  const name = `${prefix}-${randomUUID().slice(0, 8)}`;
  const created = await ensureTable(client, name, definition);
  return {
    endpoint,
    client,
    documents: DynamoDBDocumentClient.from(client),
    name,
    streamArn: created.streamArn,
    drop: async () => {
      await client.send(new DeleteTableCommand({ TableName: name }));
      client.destroy();
    },
  };
}
