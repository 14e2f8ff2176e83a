/**
 * The API Gateway management client, shared by what the functions ask of the gateway: usage
 * keys for throttling, and flushing the authorizer cache when access is withdrawn. Locally the
 * runtime's API Gateway stand-in answers the same calls (AWS_ENDPOINT_URL_API_GATEWAY).
 */
import type { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { tracer } from '#powertools';
import { CLIENT_TIMEOUTS } from './timeouts.ts';

/** The SDK module, loaded on first use: onboarding and revocation need it, the request path not. */
export const apiGatewaySdk = () => import('@aws-sdk/client-api-gateway');

let client: APIGatewayClient | undefined;
export async function apiGateway(): Promise<APIGatewayClient> {
  const { APIGatewayClient } = await apiGatewaySdk();
  return (client ??= tracer.captureAWSv3Client(new APIGatewayClient({ requestHandler: CLIENT_TIMEOUTS })));
}

/**
 * Forgets every authorizer result the stage has cached, so the next request of every key is
 * authorized afresh: a revoked key or a withdrawn mandate stops working now rather than when
 * its cached result expires. The stage is REST_API_ID / API_STAGE, as the stack sets them.
 */
export async function flushAuthorizerCache(options: { deadlineMs: number }): Promise<void> {
  const restApiId = process.env['REST_API_ID'];
  const stageName = process.env['API_STAGE'];
  if (!restApiId || !stageName) throw new Error('REST_API_ID and API_STAGE are not set');
  // Each try is the SDK's own (three attempts on throttling and faults, within the client's
  // timeouts); more tries, spaced, ride out a management API briefly unavailable, all within
  // the caller's deadline so that a request answers before its function's timeout.
  const deadline = Date.now() + options.deadlineMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const { FlushStageAuthorizersCacheCommand } = await apiGatewaySdk();
      await (await apiGateway()).send(new FlushStageAuthorizersCacheCommand({ restApiId, stageName }), { abortSignal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
      return;
    } catch (error) {
      const pause = 200 * 2 ** (attempt - 1);
      if (Date.now() + pause >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
