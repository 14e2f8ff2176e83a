import { Aws, Duration, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Method } from 'aws-cdk-lib/aws-apigateway';
import {
  AccessLogFormat,
  ApiKeySourceType,
  AuthorizationType,
  EndpointType,
  IdentitySource,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  MockIntegration,
  PassthroughBehavior,
  RequestAuthorizer,
  ResponseType,
  RestApi,
  type IResource,
} from 'aws-cdk-lib/aws-apigateway';
import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PROBLEM_BASE, PROBLEM_CONTENT_TYPE } from '#contract/problems';
import { deployedRoutes, type Topology } from '#topology';
import { methodNotAllowedProblem } from '#http/gateway';
import type { Functions } from './functions.ts';

export interface ApiProps {
  readonly topology: Topology;
  readonly functions: Functions;
}

/**
 * REST API Gateway from the topology's routes: Lambda proxy integrations, a Lambda
 * authorizer on every non-public route, problem+json gateway responses, 405 answers
 * for known paths with unknown methods, access logs and a WAF web ACL.
 */
export class Api extends Construct {
  readonly api: RestApi;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const { topology, functions } = props;
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_YEAR });

    this.api = new RestApi(this, 'Api', {
      restApiName: topology.service,
      description: 'Bouclier trade credit insurance API',
      endpointTypes: [EndpointType.REGIONAL],
      cloudWatchRole: true,
      // Throttling identities come from the authorizer (usageIdentifierKey), not x-api-key.
      apiKeySourceType: ApiKeySourceType.AUTHORIZER,
      deployOptions: {
        stageName: topology.stage,
        tracingEnabled: true,
        metricsEnabled: true,
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
        throttlingRateLimit: 1000,
        throttlingBurstLimit: 2000,
      },
    });

    const routes = deployedRoutes(topology);
    const needsAuthorizer = routes.some((route) => route.access !== 'public');
    const authorizer = needsAuthorizer && topology.authorizer
      ? new RequestAuthorizer(this, 'Authorizer', {
          handler: functions.get(topology.authorizer.function),
          identitySources: topology.authorizer.identityHeaders.map((header) => IdentitySource.header(header)),
          resultsCacheTtl: Duration.seconds(topology.authorizer.cacheTtlSeconds),
        })
      : undefined;
    if (needsAuthorizer && !authorizer) throw new Error('routes need an authorizer but the topology has none');

    const integrations = new Map<string, LambdaIntegration>();
    const methodsByResource = new Map<string, { resource: IResource; methods: string[] }>();
    for (const route of routes) {
      let integration = integrations.get(route.function);
      if (!integration) {
        // One invoke permission per function for this API, not one per method: a permission per
        // method (77 of them) took the stack past CloudFormation's 500 resources. API Gateway
        // still invokes a function only through the methods integrated with it.
        integration = new LambdaIntegration(functions.get(route.function), { proxy: true, scopePermissionToMethod: false });
        integrations.set(route.function, integration);
      }
      const resource = this.api.root.resourceForPath(route.path);
      const method = resource.addMethod(route.method, integration, {
        operationName: route.operationId,
        ...(route.access === 'public'
          ? { authorizationType: AuthorizationType.NONE }
          : { authorizer, authorizationType: AuthorizationType.CUSTOM, apiKeyRequired: true }),
      });
      if (route.access === 'public') acknowledgeUnauthenticated(method, `${route.operationId} is public by design.`);
      else {
        Validations.of(method).acknowledge({
          id: 'AwsSolutions::AwsSolutions-COG4',
          reason: 'Callers authenticate with API keys checked by the Lambda REQUEST authorizer, not Cognito.',
        });
      }
      const entry = methodsByResource.get(route.path) ?? { resource, methods: [] };
      entry.methods.push(route.method);
      methodsByResource.set(route.path, entry);
    }

    // A specific method wins over ANY, so ANY answers only the methods a path lacks: 405.
    for (const [path, { resource, methods }] of methodsByResource) {
      const allow = methods.join(', ');
      const any = resource.addMethod(
        'ANY',
        new MockIntegration({
          passthroughBehavior: PassthroughBehavior.WHEN_NO_TEMPLATES,
          requestTemplates: { 'application/json': '{"statusCode": 405}' },
          integrationResponses: [
            {
              statusCode: '405',
              responseParameters: {
                'method.response.header.Allow': `'${allow}'`,
                'method.response.header.Content-Type': `'${PROBLEM_CONTENT_TYPE}'`,
                'method.response.header.x-correlation-id': 'context.requestId',
              },
              responseTemplates: { 'application/json': JSON.stringify(methodNotAllowedProblem(path, methods)) },
            },
          ],
        }),
        {
          authorizationType: AuthorizationType.NONE,
          methodResponses: [
            {
              statusCode: '405',
              responseParameters: { 'method.response.header.Allow': true, 'method.response.header.Content-Type': true, 'method.response.header.x-correlation-id': true },
            },
          ],
        },
      );
      acknowledgeUnauthenticated(any, 'A mock that answers 405 Method Not Allowed; it reaches no function or data.');
    }

    this.usagePlans(topology, functions);

    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions::AwsSolutions-APIG2',
      reason: 'Every function validates path, query and body with the zod schemas the OpenAPI document is generated from, and answers problem+json naming each failing field; gateway validation would answer a different shape.',
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      reason: 'The account-level role API Gateway needs to write access and execution logs; AWS maintains this policy for exactly that.',
    });

    for (const response of topology.gatewayResponses) {
      this.api.addGatewayResponse(response.type, {
        type: ResponseType.of(response.type),
        statusCode: String(response.status),
        responseHeaders: {
          'Content-Type': `'${PROBLEM_CONTENT_TYPE}'`,
          // The request id, as the body's correlationId: every answer carries x-correlation-id.
          'x-correlation-id': 'context.requestId',
          ...(response.retryAfterSeconds !== undefined ? { 'Retry-After': `'${response.retryAfterSeconds}'` } : {}),
        },
        templates: {
          'application/json': JSON.stringify({
            type: PROBLEM_BASE + response.problem,
            title: response.title,
            status: response.status,
            detail: response.detail,
            instance: '$context.path',
            correlationId: '$context.requestId',
          }),
        },
      });
    }

    const webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: `${topology.service}-waf`, sampledRequestsEnabled: true },
      rules: [
        {
          name: 'aws-common',
          priority: 0,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              // Batches (100 invoices, 500 risk events) exceed the rule's 8 KB body cap.
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
          visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'aws-common', sampledRequestsEnabled: true },
        },
        {
          name: 'aws-bad-inputs',
          priority: 1,
          overrideAction: { none: {} },
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesKnownBadInputsRuleSet' } },
          visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'aws-bad-inputs', sampledRequestsEnabled: true },
        },
      ],
    });
    new CfnWebACLAssociation(this, 'WebAclAssociation', {
      resourceArn: this.api.deploymentStage.stageArn,
      webAclArn: webAcl.attrArn,
    });
  }

  /**
   * One usage plan per tier of the topology; tenants and brokers get their usage key in
   * their tier's plan when they are created (functions granted apigateway:POST register
   * them), the insurer's staff share one key made here.
   */
  private usagePlans(topology: Topology, functions: Functions): void {
    const stack = Stack.of(this);
    const planNames: Record<string, string> = {};
    for (const [tier, limits] of Object.entries(topology.throttling.tiers)) {
      const name = `${topology.service}-${tier}`;
      const plan = this.api.addUsagePlan(`${tier}Plan`, {
        name,
        description: `${tier}: ${limits.rateLimit} requests/s, bursts of ${limits.burstLimit}`,
        throttle: { rateLimit: limits.rateLimit, burstLimit: limits.burstLimit },
        apiStages: [{ api: this.api, stage: this.api.deploymentStage }],
      });
      planNames[tier] = name;
      if (tier === 'internal') {
        // Not a credential (API keys are checked by the authorizer): a throttling identity.
        const value = `${stack.stackName}-insurer-staff-usage-key`;
        plan.addApiKey(this.api.addApiKey('InsurerUsageKey', { apiKeyName: `${topology.service}-insurer-staff`, value }));
        if (topology.authorizer) functions.get(topology.authorizer.function).addEnvironment('INSURER_USAGE_KEY', value);
      }
    }
    // Functions find plans by name at run time: referring to plan ids here would make a
    // cycle (plan → stage → methods → function → its environment → plan). The API's id makes
    // none: the RestApi resource depends on no method.
    for (const [name, spec] of Object.entries(topology.functions)) {
      const actions = spec.permissions.apiManagement ?? [];
      if (actions.length === 0) continue;
      const fn = functions.get(name);
      // Aws.* tokens, not the stack's resolved region: the acknowledgement names the pattern.
      const base = `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}::`;
      if (actions.includes('apigateway:GET') || actions.includes('apigateway:POST')) {
        for (const [tier, planName] of Object.entries(planNames)) fn.addEnvironment(`USAGE_PLAN_${tier.toUpperCase()}`, planName);
      }
      if (actions.includes('apigateway:GET')) {
        fn.addToRolePolicy(new PolicyStatement({ actions: ['apigateway:GET'], resources: [`${base}/usageplans`] }));
      }
      if (actions.includes('apigateway:POST')) {
        fn.addToRolePolicy(new PolicyStatement({ actions: ['apigateway:POST'], resources: [`${base}/apikeys`, `${base}/usageplans/*/keys`] }));
        Validations.of(fn.role!).acknowledge({
          id: `AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:apigateway:<AWS::Region>::/usageplans/*/keys]`,
          reason: 'Usage plan ids exist only once deployed; the function registers keys in the plans it finds by name.',
        });
      }
      if (actions.includes('apigateway:DELETE')) {
        // FlushStageAuthorizersCache on this API's stage, and nothing else it could delete.
        fn.addEnvironment('REST_API_ID', this.api.restApiId);
        fn.addEnvironment('API_STAGE', topology.stage);
        fn.addToRolePolicy(
          new PolicyStatement({ actions: ['apigateway:DELETE'], resources: [`${base}/restapis/${this.api.restApiId}/stages/${topology.stage}/cache/authorizers`] }),
        );
      }
    }
  }

}

/** Methods without an API key (health, OpenAPI, 405 mocks) are meant to be open. */
function acknowledgeUnauthenticated(method: Method, reason: string): void {
  Validations.of(method).acknowledge({ id: 'AwsSolutions::AwsSolutions-APIG4', reason });
  Validations.of(method).acknowledge({
    id: 'AwsSolutions::AwsSolutions-COG4',
    reason: `${reason} Callers authenticate with API keys checked by the Lambda authorizer, not Cognito.`,
  });
}
