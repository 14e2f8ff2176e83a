/**
 * DynamoDB clients, created once per execution environment. The endpoint is the SDK's
 * own: in AWS the regional one; locally AWS_ENDPOINT_URL_DYNAMODB points at DynamoDB Local.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tracer } from '#powertools';
import { unmarshallOptions } from './numbers.ts';

export const dynamodb = tracer.captureAWSv3Client(new DynamoDBClient({}));

export const documents = DynamoDBDocumentClient.from(dynamodb, {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  unmarshallOptions: unmarshallOptions(),
});
