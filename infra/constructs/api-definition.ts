/**
 * The deployed API as one OpenAPI 3.0 document with API Gateway's extensions, imported into
 * the RestApi resource's `Body`. The same methods, authorizer, 405 mocks and gateway responses
 * as one CloudFormation resource per method and path would give, in one resource: with a
 * resource per method the stack held 225 API resources of CloudFormation's 500 (docs/operations.md,
 * "Resource budget").
 *
 * This is not the public OpenAPI document (GET /v1/openapi.json, with schemas and examples):
 * it carries only what API Gateway needs to route, authorize and integrate.
 */
import { PROBLEM_BASE, PROBLEM_CONTENT_TYPE } from '#contract/problems';
import { methodNotAllowedProblem } from '#http/gateway';
import type { GatewayResponseSpec, RouteSpec } from '#topology';

/** The security scheme names the document declares. */
export const AUTHORIZER_SCHEME = 'authorizer';
export const API_KEY_SCHEME = 'api_key';

export interface ApiDefinitionInput {
  readonly title: string;
  readonly description: string;
  readonly routes: readonly RouteSpec[];
  readonly gatewayResponses: readonly GatewayResponseSpec[];
  /** The Lambda invocation URI of a function (`arn:…:apigateway:…:lambda:path/…/invocations`). */
  readonly invocationUri: (functionName: string) => string;
  readonly authorizer?: { readonly function: string; readonly identityHeaders: readonly string[]; readonly cacheTtlSeconds: number };
}

type Json = Record<string, unknown>;

const lower = (method: string): string => method.toLowerCase();

function pathParameters(path: string): Json[] {
  return [...path.matchAll(/\{([^}+]+)\+?\}/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } }));
}

/** A Lambda proxy method: behind the authorizer and a usage key unless the route is public. */
function routeOperation(route: RouteSpec, input: ApiDefinitionInput): Json {
  return {
    operationId: route.operationId,
    ...(route.access === 'public' ? {} : { security: [{ [AUTHORIZER_SCHEME]: [], [API_KEY_SCHEME]: [] }] }),
    responses: {},
    'x-amazon-apigateway-integration': {
      type: 'aws_proxy',
      // Lambda's Invoke API is a POST, whatever the client's method.
      httpMethod: 'POST',
      uri: input.invocationUri(route.function),
      passthroughBehavior: 'when_no_match',
    },
  };
}

/** ANY answers only the methods a path lacks (a specific method wins): a mock 405 with Allow. */
function methodNotAllowed(path: string, methods: readonly string[]): Json {
  const allow = methods.join(', ');
  return {
    responses: {
      '405': {
        description: 'Method not allowed',
        headers: { Allow: { schema: { type: 'string' } }, 'Content-Type': { schema: { type: 'string' } }, 'x-correlation-id': { schema: { type: 'string' } } },
      },
    },
    'x-amazon-apigateway-integration': {
      type: 'mock',
      passthroughBehavior: 'when_no_templates',
      requestTemplates: { 'application/json': '{"statusCode": 405}' },
      responses: {
        default: {
          statusCode: '405',
          responseParameters: {
            'method.response.header.Allow': `'${allow}'`,
            'method.response.header.Content-Type': `'${PROBLEM_CONTENT_TYPE}'`,
            'method.response.header.x-correlation-id': 'context.requestId',
          },
          responseTemplates: { 'application/json': JSON.stringify(methodNotAllowedProblem(path, methods)) },
        },
      },
    },
  };
}

/** The gateway's own answers as problem+json, the request id as correlation id. */
function gatewayResponse(response: GatewayResponseSpec): Json {
  return {
    statusCode: response.status,
    responseParameters: {
      'gatewayresponse.header.Content-Type': `'${PROBLEM_CONTENT_TYPE}'`,
      'gatewayresponse.header.x-correlation-id': 'context.requestId',
      ...(response.retryAfterSeconds !== undefined ? { 'gatewayresponse.header.Retry-After': `'${response.retryAfterSeconds}'` } : {}),
    },
    responseTemplates: {
      'application/json': JSON.stringify({
        type: PROBLEM_BASE + response.problem,
        title: response.title,
        status: response.status,
        detail: response.detail,
        instance: '$context.path',
        correlationId: '$context.requestId',
      }),
    },
  };
}

export function apiDefinition(input: ApiDefinitionInput): Json {
  const byPath = new Map<string, RouteSpec[]>();
  for (const route of input.routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);
  const needsAuthorizer = input.routes.some((route) => route.access !== 'public');
  if (needsAuthorizer && !input.authorizer) throw new Error('routes need an authorizer but the topology has none');

  const paths: Json = {};
  for (const [path, routes] of byPath) {
    const item: Json = {};
    const parameters = pathParameters(path);
    if (parameters.length > 0) item['parameters'] = parameters;
    for (const route of routes) {
      if (item[lower(route.method)]) throw new Error(`two routes for ${route.method} ${path}`);
      item[lower(route.method)] = routeOperation(route, input);
    }
    item['x-amazon-apigateway-any-method'] = methodNotAllowed(path, routes.map((route) => route.method));
    paths[path] = item;
  }

  const securitySchemes: Json = {};
  if (needsAuthorizer && input.authorizer) {
    // The usage key comes from the authorizer's answer (usageIdentifierKey), not x-api-key.
    securitySchemes[API_KEY_SCHEME] = { type: 'apiKey', name: 'x-api-key', in: 'header' };
    securitySchemes[AUTHORIZER_SCHEME] = {
      type: 'apiKey',
      name: input.authorizer.identityHeaders[0],
      in: 'header',
      'x-amazon-apigateway-authtype': 'custom',
      'x-amazon-apigateway-authorizer': {
        type: 'request',
        identitySource: input.authorizer.identityHeaders.map((header) => `method.request.header.${header}`).join(','),
        authorizerUri: input.invocationUri(input.authorizer.function),
        authorizerResultTtlInSeconds: input.authorizer.cacheTtlSeconds,
      },
    };
  }

  return {
    openapi: '3.0.1',
    info: { title: input.title, description: input.description, version: '1' },
    paths,
    components: { securitySchemes },
    'x-amazon-apigateway-api-key-source': 'AUTHORIZER',
    'x-amazon-apigateway-gateway-responses': Object.fromEntries(input.gatewayResponses.map((response) => [response.type, gatewayResponse(response)])),
  };
}
