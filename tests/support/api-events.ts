import type { APIGatewayProxyEvent, Context } from 'aws-lambda';

/** A Lambda-proxy event as API Gateway builds it, for handler-level tests. */
export function proxyEvent(args: {
  method: string;
  resource: string;
  path: string;
  pathParameters?: Record<string, string>;
  query?: Record<string, string[]>;
  headers?: Record<string, string>;
  body?: string;
}): APIGatewayProxyEvent {
  const headers = args.headers ?? {};
  return {
    resource: args.resource,
    path: args.path,
    httpMethod: args.method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: args.query ? Object.fromEntries(Object.entries(args.query).map(([k, v]) => [k, v.at(-1) as string])) : null,
    multiValueQueryStringParameters: args.query ?? null,
    pathParameters: args.pathParameters ?? null,
    stageVariables: null,
    body: args.body ?? null,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      authorizer: null,
      httpMethod: args.method,
      identity: { sourceIp: '127.0.0.1' } as APIGatewayProxyEvent['requestContext']['identity'],
      path: args.path,
      protocol: 'HTTP/1.1',
      requestId: 'req-1',
      requestTimeEpoch: 0,
      resourceId: 'r',
      resourcePath: args.resource,
      stage: 'live',
    },
  };
}

export const lambdaContext = (name = 'test'): Context => ({
  callbackWaitsForEmptyEventLoop: false,
  functionName: name,
  functionVersion: '$LATEST',
  invokedFunctionArn: `arn:aws:lambda:eu-west-3:000000000000:function:${name}`,
  memoryLimitInMB: '512',
  awsRequestId: 'aws-req-1',
  logGroupName: `/aws/lambda/${name}`,
  logStreamName: 'test',
  getRemainingTimeInMillis: () => 10_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
});
