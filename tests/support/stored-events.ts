/**
 * Every outbox event a runtime process's table holds (a consistent scan of DynamoDB Local on its
 * port): what the crash tests count, after a restart, to show each change happened once.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/dynamodb.ts';
import { topology } from '../../shared/topology/index.ts';

export interface StoredEvent {
  readonly type: string;
  readonly tenantId: string | null;
  readonly data: Record<string, unknown>;
}

export async function storedEvents(dynamoDbPort: number): Promise<StoredEvent[]> {
  const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: `http://127.0.0.1:${dynamoDbPort}`, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }));
  const events: StoredEvent[] = [];
  let start: Record<string, unknown> | undefined;
  try {
    do {
      const page = await documents.send(
        new ScanCommand({ TableName: topology.table.logicalName, FilterExpression: 'kind = :outbox', ExpressionAttributeValues: { ':outbox': 'outbox' }, ConsistentRead: true, ...(start ? { ExclusiveStartKey: start } : {}) }),
      );
      for (const item of page.Items ?? []) events.push(item['event'] as StoredEvent);
      start = page.LastEvaluatedKey;
    } while (start);
  } finally {
    documents.destroy();
  }
  return events;
}
