/**
 * DynamoDB clients, created once per execution environment. The endpoint is the SDK's
 * own: in AWS the regional one; locally AWS_ENDPOINT_URL_DYNAMODB points at DynamoDB Local.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tracer } from '#powertools';
import { CLIENT_TIMEOUTS } from './timeouts.ts';
import { unmarshallOptions } from './numbers.ts';

export { CLIENT_TIMEOUTS };

/**
 * Sockets in the client's pool: the SDK's default, named because the fan-outs are sized by it
 * (SHARED_FANOUT_LANES, shared/data/monitoring.ts). A call that finds them all busy waits for
 * one, and that wait counts against CLIENT_TIMEOUTS' 1 s connection timeout.
 */
export const MAX_SOCKETS = 50;

export const dynamodb = tracer.captureAWSv3Client(
  new DynamoDBClient({ requestHandler: { ...CLIENT_TIMEOUTS, httpAgent: { maxSockets: MAX_SOCKETS }, httpsAgent: { maxSockets: MAX_SOCKETS } } }),
);

export const documents = DynamoDBDocumentClient.from(dynamodb, {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  unmarshallOptions: unmarshallOptions(),
});
