/**
 * The IAM policy the Lambda authorizer returns. API Gateway caches it per API key and
 * applies it to every method the key then calls, so it lists every route the key's role
 * may call (path parameters as *), not just the one being called: a cached policy is then
 * right for the next route too, and a route of another role is refused with 403.
 */
import type { APIGatewayAuthorizerResult } from 'aws-lambda';
import type { Role, RouteAccess } from '#topology/types';

/** arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path} → the part before METHOD. */
export function apiArnPrefix(methodArn: string): string {
  const [arnWithApiId, stage] = methodArn.split('/');
  if (!arnWithApiId?.startsWith('arn:') || !stage) throw new Error(`not a method ARN: ${methodArn}`);
  return `${arnWithApiId}/${stage}`;
}

export function routeArn(prefix: string, route: RouteAccess): string {
  return `${prefix}/${route.method}${route.path.replace(/\{[^}]+\}/g, '*')}`;
}

export function policyFor(
  principalId: string,
  role: Role,
  methodArn: string,
  routes: readonly RouteAccess[],
  context: Record<string, string>,
): APIGatewayAuthorizerResult {
  const prefix = apiArnPrefix(methodArn);
  const allowed = routes.filter((route) => route.access !== 'public' && route.access.includes(role)).map((route) => routeArn(prefix, route));
  return {
    principalId,
    policyDocument: {
      Version: '2012-10-17',
      Statement: allowed.length > 0
        ? [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: allowed }]
        : [{ Action: 'execute-api:Invoke', Effect: 'Deny', Resource: `${prefix}/*` }],
    },
    context,
  };
}
