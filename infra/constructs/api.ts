import { Aws, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  AccessLogFormat,
  ApiDefinition,
  EndpointType,
  LogGroupLogDestination,
  MethodLoggingLevel,
  SpecRestApi,
} from 'aws-cdk-lib/aws-apigateway';
import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { deployedRoutes, type Topology } from '#topology';
import { apiDefinition } from './api-definition.ts';
import type { Functions } from './functions.ts';

/**
 * One JSON line per request: the standard fields, the caller from the authorizer's context
 * (tenant, broker, role, key), its usage key's id, and the latencies. Numbers unquoted where
 * API Gateway always has one, so Contributor Insights and Logs Insights compare them.
 */
export const ACCESS_LOG_FIELDS: Readonly<Record<string, string>> = {
  requestId: '"$context.requestId"',
  requestTime: '"$context.requestTime"',
  ip: '"$context.identity.sourceIp"',
  httpMethod: '"$context.httpMethod"',
  resourcePath: '"$context.resourcePath"',
  path: '"$context.path"',
  status: '$context.status',
  protocol: '"$context.protocol"',
  responseLength: '"$context.responseLength"',
  responseLatency: '$context.responseLatency',
  integrationLatency: '"$context.integrationLatency"',
  tenantId: '"$context.authorizer.tenantId"',
  brokerId: '"$context.authorizer.brokerId"',
  role: '"$context.authorizer.role"',
  keyId: '"$context.authorizer.keyId"',
  usageKeyId: '"$context.identity.apiKeyId"',
  errorType: '"$context.error.responseType"',
};

export interface ApiProps {
  readonly topology: Topology;
  readonly functions: Functions;
}

/**
 * REST API Gateway from the topology's routes, imported as one OpenAPI definition
 * (api-definition.ts): Lambda proxy integrations, a Lambda authorizer on every non-public
 * route, problem+json gateway responses, 405 answers for known paths with unknown methods;
 * access logs and a WAF web ACL on the stage.
 */
export class Api extends Construct {
  readonly api: SpecRestApi;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const { topology, functions } = props;
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_YEAR });
    this.accessLogs = accessLogs;
    const routes = deployedRoutes(topology);
    const invocationUri = (name: string) => `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}:lambda:path/2015-03-31/functions/${functions.arnOf(name)}/invocations`;
    const definition = apiDefinition({
      title: topology.service,
      description: 'Bouclier trade credit insurance API',
      routes,
      gatewayResponses: topology.gatewayResponses,
      invocationUri,
      ...(topology.authorizer ? { authorizer: topology.authorizer } : {}),
    });

    this.api = new SpecRestApi(this, 'Api', {
      restApiName: topology.service,
      apiDefinition: ApiDefinition.fromInline(definition),
      endpointTypes: [EndpointType.REGIONAL],
      cloudWatchRole: true,
      deployOptions: {
        stageName: topology.stage,
        tracingEnabled: true,
        metricsEnabled: true,
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.custom(`{${Object.entries(ACCESS_LOG_FIELDS).map(([name, value]) => `"${name}":${value}`).join(',')}}`),
        throttlingRateLimit: 1000,
        throttlingBurstLimit: 2000,
      },
    });
    // A new deployment whenever the definition changes: the stage serves a deployment's snapshot.
    this.api.latestDeployment?.addToLogicalId(definition);

    // One invoke permission per function for this API (not one per method), and one for the
    // authorizer; API Gateway still invokes a function only through the methods integrated with it.
    const principal = new ServicePrincipal('apigateway.amazonaws.com');
    for (const name of new Set(routes.map((route) => route.function))) {
      functions.get(name).addPermission('InvokedByApi', { principal, sourceArn: this.api.arnForExecuteApi('*', '/*', '*') });
    }
    if (topology.authorizer && routes.some((route) => route.access !== 'public')) {
      functions.get(topology.authorizer.function).addPermission('InvokedByApiAuthorizer', {
        principal,
        sourceArn: `arn:${Aws.PARTITION}:execute-api:${Aws.REGION}:${Aws.ACCOUNT_ID}:${this.api.restApiId}/authorizers/*`,
      });
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
