/**
 * The API Gateway management client, shared by what the functions ask of the gateway: usage
 * keys for throttling, and flushing the authorizer cache when access is withdrawn. Locally the
 * runtime's API Gateway stand-in answers the same calls (AWS_ENDPOINT_URL_API_GATEWAY).
 */
import { APIGatewayClient, FlushStageAuthorizersCacheCommand } from '@aws-sdk/client-api-gateway';
import { tracer } from '#powertools';

let client: APIGatewayClient | undefined;
export const apiGateway = () => (client ??= tracer.captureAWSv3Client(new APIGatewayClient({})));

/**
 * Forgets every authorizer result the stage has cached, so the next request of every key is
 * authorized afresh: a revoked key or a withdrawn mandate stops working now rather than when
 * its cached result expires. The stage is REST_API_ID / API_STAGE, as the stack sets them.
 */
export async function flushAuthorizerCache(): Promise<void> {
  const restApiId = process.env['REST_API_ID'];
  const stageName = process.env['API_STAGE'];
  if (!restApiId || !stageName) throw new Error('REST_API_ID and API_STAGE are not set');
  await apiGateway().send(new FlushStageAuthorizersCacheCommand({ restApiId, stageName }));
}
