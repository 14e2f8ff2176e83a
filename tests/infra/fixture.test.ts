/**
 * What the real topology does not use yet, from the fixture topology: the Lambda REQUEST
 * authorizer on role-restricted routes, local-only routes, event rules and schedules, and a
 * queue pair of its own, with the numbers of the fixture written out.
 */
import { describe, it, expect } from 'vitest';
import {
  fixtureAuthorizer,
  fixtureFunctions,
  fixtureQueueRule,
  fixtureRule,
  fixtureSchedule,
  fixtureTopology,
  localOnlyRoute,
  protectedRoute,
} from './fixtures/topology.ts';
import {
  apiBody,
  asArray,
  attOf,
  busOf,
  lambdaOf,
  logicalIdOf,
  methodsByPath,
  permissionProblems,
  queueOf,
  refOf,
  render,
  roleIdOf,
  statementsOf,
  synthTemplate,
  type PolicyDocumentJson,
} from './helpers.ts';

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
  const scheme = apiBody(cfn).components?.securitySchemes?.['authorizer'];
  const authorizer = scheme?.['x-amazon-apigateway-authorizer'] as
    | { type: string; identitySource?: string; authorizerResultTtlInSeconds?: number; authorizerUri?: unknown }
    | undefined;

  it('is a REQUEST authorizer on the topology function, cached on the identity headers for the TTL of the spec', () => {
    expect(authorizer?.type).toBe('request');
    expect(authorizer?.identitySource).toBe('method.request.header.Authorization');
    expect(authorizer?.identitySource).toBe(fixtureAuthorizer.identityHeaders.map((h) => `method.request.header.${h}`).join(','));
    expect(authorizer?.authorizerResultTtlInSeconds).toBe(fixtureAuthorizer.cacheTtlSeconds);
    expect(render(authorizer?.authorizerUri)).toContain(`/functions/arn:\${AWS::Partition}:lambda:\${AWS::Region}:\${AWS::AccountId}:function:Fixture-authorizer/invocations`);
    expect(lambdaOf(cfn, fixtureFunctions.authorizer.description).props.FunctionName).toBe('Fixture-authorizer');
  });

  it('may be invoked by API Gateway for the authorizers of this API', () => {
    expect(
      permissions.some(
        (p) =>
          p.props.Principal === 'apigateway.amazonaws.com' &&
          render(p.props.FunctionName) === attOf(fnId('authorizer'), 'Arn') &&
          render(p.props.SourceArn) === `arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:${refOf(api.id)}/authorizers/*`,
      ),
    ).toBe(true);
  });

  it('guards the role-restricted route: AuthorizationType CUSTOM', () => {
    const method = methodsByPath(cfn).find((m) => m.path === protectedRoute.path && m.props.HttpMethod === protectedRoute.method);
    expect(protectedRoute.access).toEqual(['insurer']);
    expect(method?.props.AuthorizationType).toBe('CUSTOM');
    expect(method?.props.Security.sort()).toEqual(['api_key', 'authorizer']);
  });
});

describe('local-only routes (fixture)', () => {
  it('are not deployed', () => {
    const methods = methodsByPath(cfn);
    expect(methods.some((m) => m.path === localOnlyRoute.path)).toBe(false);
    expect(methods.some((m) => m.props.OperationName === localOnlyRoute.operationId)).toBe(false);
    expect(Object.keys(apiBody(cfn).paths)).not.toContain(localOnlyRoute.path);
  });
});

describe('event rule (fixture)', () => {
  // The real topology's rules come along; the fixture's is the one with its description.
  const patterned = rules.filter((rule) => rule.props.EventPattern !== undefined && rule.props.Description === fixtureRule.description);

  it('is a rule on the custom bus with the pattern rendered as given', () => {
    expect(rules.filter((rule) => rule.props.EventPattern !== undefined)).toHaveLength(fixtureTopology.rules.length);
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

describe('queues (fixture)', () => {
  const jobs = queueOf(cfn, fixtureTopology, 'fixture-jobs');
  const parked = queueOf(cfn, fixtureTopology, 'fixture-parked');
  const sqsGrants = (name: keyof typeof fixtureFunctions) =>
    statementsOf(cfn, roleIdOf(lambdaOf(cfn, fixtureFunctions[name].description)))
      .filter((s) => asArray(s.Action).some((action) => action.startsWith('sqs:')))
      .map((s) => ({ actions: asArray(s.Action).sort(), resources: asArray(s.Resource).map(render) }));

  it('are deployed under the service name, the job queue redriving to the parked one after 3 receives', () => {
    expect(jobs.props.QueueName).toBe('bouclier-fixture-jobs');
    expect(jobs.props.VisibilityTimeout).toBe(120);
    expect(jobs.props.MessageRetentionPeriod).toBe(2 * 86_400);
    expect(jobs.props.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [parked.id, 'Arn'] }, maxReceiveCount: 3 });
    expect(parked.props.QueueName).toBe('bouclier-fixture-parked');
    expect(parked.props.MessageRetentionPeriod).toBe(14 * 86_400);
    expect(parked.props.RedrivePolicy).toBeUndefined();
  });

  it('feed jobWorker 5 at a time, within 2 s, at most 3 batches at once, reporting failed items', () => {
    const mapping = cfn
      .ofType<{ EventSourceArn: unknown; FunctionName: unknown; BatchSize?: number; MaximumBatchingWindowInSeconds?: number; FunctionResponseTypes?: string[]; ScalingConfig?: unknown }>(
        'AWS::Lambda::EventSourceMapping',
      )
      .filter((m) => render(m.props.EventSourceArn) === attOf(jobs.id, 'Arn'));
    expect(mapping).toHaveLength(1);
    expect(render(mapping[0]?.props.FunctionName)).toBe(refOf(fnId('jobWorker')));
    expect(mapping[0]?.props).toMatchObject({
      BatchSize: 5,
      MaximumBatchingWindowInSeconds: 2,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 3 },
    });
  });

  it('let fixtureLimits send to the job queue and nothing else; jobWorker only consume it', () => {
    expect(sqsGrants('fixtureLimits')).toEqual([{ actions: ['sqs:SendMessage'], resources: [attOf(jobs.id, 'Arn')] }]);
    const worker = sqsGrants('jobWorker');
    expect(worker.flatMap((grant) => grant.resources)).toEqual(worker.map(() => attOf(jobs.id, 'Arn')));
    expect(worker.flatMap((grant) => grant.actions)).toEqual(expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility']));
    expect(worker.flatMap((grant) => grant.actions)).not.toContain('sqs:SendMessage');
    // The rule's target may only send a failed run's invocation record to the on-failure queue.
    const asyncFailures = queueOf(cfn, fixtureTopology, fixtureTopology.asyncInvocation.onFailureQueue);
    expect(sqsGrants('notifier')).toEqual([{ actions: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'], resources: [attOf(asyncFailures.id, 'Arn')] }]);
    expect(permissionProblems(cfn, fixtureTopology)).toEqual([]);
  });

  it('give the job queue URL to fixtureLimits only, as QUEUE_URL_FIXTURE_JOBS', () => {
    const env = (name: keyof typeof fixtureFunctions) => lambdaOf(cfn, fixtureFunctions[name].description).props.Environment?.Variables ?? {};
    expect(render(env('fixtureLimits')['QUEUE_URL_FIXTURE_JOBS'])).toBe(refOf(jobs.id));
    for (const name of ['jobWorker', 'notifier', 'sweeper', 'authorizer'] as const) {
      expect(Object.keys(env(name)).filter((key) => key.startsWith('QUEUE_URL_')), name).toEqual([]);
    }
  });
});

describe('rule with a queue target (fixture)', () => {
  const mine = rules.filter((rule) => rule.props.Description === fixtureQueueRule.description);

  it('sends matching events to the job queue, with 185 retries over 24 h and a dead-letter queue of its own', () => {
    expect(mine).toHaveLength(1);
    const rule = mine[0];
    expect(rule?.props.EventPattern).toEqual(fixtureQueueRule.pattern);
    expect(render(rule?.props.EventBusName)).toBe(refOf(bus.id));
    expect(rule?.props.Targets).toHaveLength(1);
    const target = rule?.props.Targets[0];
    const jobs = queueOf(cfn, fixtureTopology, 'fixture-jobs').id;
    expect(render(target?.Arn)).toBe(attOf(jobs, 'Arn'));
    expect(target?.RetryPolicy).toEqual({ MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86_400 });
    const dlq = logicalIdOf(target?.DeadLetterConfig?.Arn) ?? '';
    expect(cfn.typeOf(dlq)).toBe('AWS::SQS::Queue');
    expect([jobs, queueOf(cfn, fixtureTopology, 'fixture-parked').id]).not.toContain(dlq);
    expect(queueAcceptsDeadLettersFrom(dlq, rule?.id ?? '')).toBe(true);
  });
});
