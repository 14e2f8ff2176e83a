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

export const dynamodb = tracer.captureAWSv3Client(new DynamoDBClient({ requestHandler: CLIENT_TIMEOUTS }));

export const documents = DynamoDBDocumentClient.from(dynamodb, {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  unmarshallOptions: unmarshallOptions(),
});
