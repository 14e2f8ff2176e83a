/**
 * What the real topology does not use yet, from the fixture topology: the Lambda REQUEST
 * authorizer on role-restricted routes, local-only routes, event rules and schedules.
 */
import { describe, it, expect } from 'vitest';
import {
  fixtureAuthorizer,
  fixtureFunctions,
  fixtureRule,
  fixtureSchedule,
  fixtureTopology,
  localOnlyRoute,
  protectedRoute,
} from './fixtures/topology.ts';
import { asArray, attOf, busOf, lambdaOf, logicalIdOf, methodsByPath, refOf, render, synthTemplate, type PolicyDocumentJson } from './helpers.ts';

const { cfn } = synthTemplate(fixtureTopology, 'Fixture');
const api = cfn.one('AWS::ApiGateway::RestApi');
const bus = busOf(cfn, fixtureTopology);
const fnId = (name: keyof typeof fixtureFunctions): string => lambdaOf(cfn, fixtureFunctions[name].description).id;

interface RuleProps {
  Description?: string;
  EventBusName?: unknown;
  EventPattern?: unknown;
  ScheduleExpression?: string;
  State?: string;
  Targets: {
    Arn: unknown;
    DeadLetterConfig?: { Arn?: unknown };
    RetryPolicy?: { MaximumRetryAttempts?: number; MaximumEventAgeInSeconds?: number };
  }[];
}
const rules = cfn.ofType<RuleProps>('AWS::Events::Rule');

interface PermissionProps {
  Action: string;
  FunctionName: unknown;
  Principal: string;
  SourceArn?: unknown;
}
const permissions = cfn.ofType<PermissionProps>('AWS::Lambda::Permission');

/** The queue's resource policy lets EventBridge deliver dead letters from this rule. */
function queueAcceptsDeadLettersFrom(queueId: string, ruleId: string): boolean {
  return cfn
    .ofType<{ Queues: unknown[]; PolicyDocument: PolicyDocumentJson }>('AWS::SQS::QueuePolicy')
    .filter((policy) => policy.props.Queues.some((q) => logicalIdOf(q) === queueId))
    .flatMap((policy) => policy.props.PolicyDocument.Statement)
    .some(
      (s) =>
        s.Effect === 'Allow' &&
        asArray(s.Action).includes('sqs:SendMessage') &&
        JSON.stringify(s.Principal) === JSON.stringify({ Service: 'events.amazonaws.com' }) &&
        render(s.Resource) === attOf(queueId, 'Arn') &&
        JSON.stringify(s.Condition ?? {}).includes(`"${ruleId}"`),
    );
}

function expectLambdaTargetWithDlq(rule: { id: string; props: RuleProps }, functionId: string): void {
  expect(rule.props.Targets).toHaveLength(1);
  const target = rule.props.Targets[0];
  expect(render(target?.Arn)).toBe(attOf(functionId, 'Arn'));
  const dlq = logicalIdOf(target?.DeadLetterConfig?.Arn);
  expect(dlq && cfn.typeOf(dlq)).toBe('AWS::SQS::Queue');
  expect(render(target?.DeadLetterConfig?.Arn)).toBe(attOf(dlq ?? '', 'Arn'));
  expect(target?.RetryPolicy?.MaximumRetryAttempts).toBeGreaterThan(0);
  expect(queueAcceptsDeadLettersFrom(dlq ?? '', rule.id)).toBe(true);
  expect(
    permissions.some(
      (p) =>
        p.props.Principal === 'events.amazonaws.com' &&
        p.props.Action === 'lambda:InvokeFunction' &&
        render(p.props.FunctionName) === attOf(functionId, 'Arn') &&
        render(p.props.SourceArn) === attOf(rule.id, 'Arn'),
    ),
  ).toBe(true);
}

describe('authorizer (fixture)', () => {
  const authorizer = cfn.one<{
    Type: string;
    IdentitySource?: string;
    AuthorizerResultTtlInSeconds?: number;
    AuthorizerUri?: unknown;
    RestApiId: unknown;
  }>('AWS::ApiGateway::Authorizer');

  it('is a REQUEST authorizer on the topology function, cached on the identity headers for the TTL of the spec', () => {
    expect(authorizer.props.Type).toBe('REQUEST');
    expect(authorizer.props.IdentitySource).toBe('method.request.header.Authorization');
    expect(authorizer.props.IdentitySource).toBe(fixtureAuthorizer.identityHeaders.map((h) => `method.request.header.${h}`).join(','));
    expect(authorizer.props.AuthorizerResultTtlInSeconds).toBe(fixtureAuthorizer.cacheTtlSeconds);
    expect(render(authorizer.props.AuthorizerUri)).toContain(`/functions/${attOf(fnId('authorizer'), 'Arn')}/invocations`);
    expect(render(authorizer.props.RestApiId)).toBe(refOf(api.id));
  });

  it('may be invoked by API Gateway', () => {
    expect(
      permissions.some(
        (p) =>
          p.props.Principal === 'apigateway.amazonaws.com' &&
          render(p.props.FunctionName) === attOf(fnId('authorizer'), 'Arn') &&
          render(p.props.SourceArn).endsWith(`/authorizers/${refOf(authorizer.id)}`),
      ),
    ).toBe(true);
  });

  it('guards the role-restricted route: AuthorizationType CUSTOM', () => {
    const method = methodsByPath(cfn).find((m) => m.path === protectedRoute.path && m.props.HttpMethod === protectedRoute.method);
    expect(protectedRoute.access).toEqual(['insurer']);
    expect(method?.props.AuthorizationType).toBe('CUSTOM');
    expect(render(method?.props.AuthorizerId)).toBe(refOf(authorizer.id));
  });
});

describe('local-only routes (fixture)', () => {
  it('are not deployed', () => {
    const methods = methodsByPath(cfn);
    expect(methods.some((m) => m.path === localOnlyRoute.path)).toBe(false);
    expect(methods.some((m) => m.props.OperationName === localOnlyRoute.operationId)).toBe(false);
    const lastPart = localOnlyRoute.path.split('/').pop();
    expect(cfn.ofType<{ PathPart: string }>('AWS::ApiGateway::Resource').some((r) => r.props.PathPart === lastPart)).toBe(false);
  });
});

describe('event rule (fixture)', () => {
  const patterned = rules.filter((rule) => rule.props.EventPattern !== undefined);

  it('is a rule on the custom bus with the pattern rendered as given', () => {
    expect(patterned).toHaveLength(1);
    const rule = patterned[0];
    expect(render(rule?.props.EventBusName)).toBe(refOf(bus.id));
    expect(rule?.props.EventPattern).toEqual(fixtureRule.pattern);
    expect(rule?.props.Description).toBe(fixtureRule.description);
    expect(rule?.props.State ?? 'ENABLED').toBe('ENABLED');
  });

  it('targets the function with retries and a dead-letter queue EventBridge may write to', () => {
    const rule = patterned[0];
    expect(rule).toBeDefined();
    if (rule) expectLambdaTargetWithDlq(rule, fnId(fixtureRule.targets[0].function));
  });
});

describe('schedule (fixture)', () => {
  const scheduled = rules.filter((rule) => rule.props.ScheduleExpression !== undefined);
  // The real topology's schedules come along; the fixture's is the one with its description.
  const mine = scheduled.filter((rule) => (rule.props as { Description?: string }).Description === fixtureSchedule.description);

  it('is a rule with the expression of the spec, on the default bus', () => {
    expect(scheduled).toHaveLength(fixtureTopology.schedules.length);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.props.ScheduleExpression).toBe('rate(1 day)');
    expect(mine[0]?.props.ScheduleExpression).toBe(fixtureSchedule.expression);
    expect(mine[0]?.props.EventBusName).toBeUndefined();
  });

  it('targets the function with retries and a dead-letter queue EventBridge may write to', () => {
    const rule = mine[0];
    expect(rule).toBeDefined();
    if (rule) expectLambdaTargetWithDlq(rule, fnId(fixtureSchedule.function));
  });
});
