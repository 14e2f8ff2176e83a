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

/**
 * The environment the functions' data layer reads (table, endpoints, usage plans), set for
 * this test file before the data modules are imported: their clients read it when created.
 */
export async function dataLayerEnvironment(prefix: string) {
  const { LocalApiManagement } = await import('../../infra/local/api-management.ts');
  const { LocalSecrets } = await import('../../infra/local/secrets.ts');
  const { topology } = await import('../../shared/topology/index.ts');
  const table = await freshTable(prefix);
  const usagePlans = new LocalApiManagement({ service: topology.service, throttling: topology.throttling });
  const secrets = new LocalSecrets({ service: topology.service, names: Object.keys(topology.secrets ?? {}) });
  await secrets.load();
  Object.assign(process.env, {
    ...usagePlans.planEnvironment(topology.service),
    ...secrets.environment(),
    AWS_ENDPOINT_URL_SECRETS_MANAGER: await secrets.listen(),
    AWS_ENDPOINT_URL_API_GATEWAY: await usagePlans.listen(),
    TABLE_NAME: table.name,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: table.endpoint,
  });
  return {
    table,
    stop: async () => {
      await usagePlans.stop();
      await secrets.stop();
      await table.drop();
    },
  };
}
