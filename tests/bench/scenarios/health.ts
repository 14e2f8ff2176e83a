/**
 * GET /v1/health through the local gateway, against the raw calls the handler makes.
 *
 * The handler runs DescribeTable (DynamoDB Local) and DescribeEventBus (the local bus) in
 * parallel, so raw DescribeTable on the same table is the baseline, and the raw pair in
 * parallel shows how much of the gap is the bus call rather than gateway + handler.
 *
 * The gateway row is measured with the harness loop and fetch, not autocannon: autocannon
 * truncates latencies to whole milliseconds, too coarse for a ~1-2 ms request divided by a
 * sub-millisecond baseline, and the loop times the baseline and the request the same way
 * (performance.now() around one call, same workers). The autocannon row is a cross-check of
 * throughput and of the HTTP helper later scenarios use; read its c=1 ratio with care.
 */
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeEventBusCommand, EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/dynamodb.ts';
import { httpCase, loopCase, type Scenario } from '../harness.ts';

export const health: Scenario = {
  name: 'health',
  async setup({ runtime }) {
    // The runtime points the functions at its bus through this variable; the raw client follows it.
    const busEndpoint = process.env['AWS_ENDPOINT_URL_EVENTBRIDGE'];
    if (!busEndpoint) throw new Error('the local runtime did not set AWS_ENDPOINT_URL_EVENTBRIDGE');
    const config = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
    const dynamodb = new DynamoDBClient({ ...config, endpoint: runtime.dynamodb.endpoint });
    const eventBridge = new EventBridgeClient({ ...config, endpoint: busEndpoint });
    const describeTable = () => dynamodb.send(new DescribeTableCommand({ TableName: runtime.tableName }));
    const describeBus = () => eventBridge.send(new DescribeEventBusCommand({ Name: runtime.bus.name }));
    const url = `${runtime.url}/v1/health`;

    return {
      cases: [
        loopCase('DescribeTable', describeTable),
        loopCase('DescribeTable ‖ DescribeEventBus', () => Promise.all([describeTable(), describeBus()]), { baseline: 'DescribeTable' }),
        loopCase(
          'GET /v1/health (fetch)',
          async () => {
            const response = await fetch(url);
            // Read the body: the handler's work is only done once it is sent, and the socket is reused only after.
            await response.arrayBuffer();
            if (response.status !== 200) throw new Error(`GET /v1/health answered ${response.status}`);
          },
          { baseline: 'DescribeTable' },
        ),
        httpCase('GET /v1/health (autocannon)', { url }, { baseline: 'DescribeTable' }),
      ],
      async teardown() {
        dynamodb.destroy();
        eventBridge.destroy();
      },
    };
  },
};
