/**
 * The synthesized BouclierStack against the topology it is built from. Every expectation is
 * derived from the topology (shared/topology) and the table definition (shared/data/table.ts),
 * so the same checks run on the real topology and on a fixture that uses the features the
 * real one does not use yet (authorizer, local-only route, rules, schedules, table writes).
 */
import { describe, it, expect } from 'vitest';
import { Template } from 'aws-cdk-lib/assertions';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { asyncInvokedFunctions, deployedRoutes, topology, type Topology } from '#topology';
import { queueUrlVariable } from '#events/queue-names';
import { secretArnVariable } from '#data/secret-names';
import { OLDEST_MESSAGE_ALARM_SECONDS, TABLE_OPERATIONS } from '../../infra/constructs/monitoring.ts';
import { AVAILABILITY, BURN_RATES, COVER_CHECK_LATENCY } from '../../infra/constructs/slo.ts';
import { ACCESS_LOG_FIELDS } from '../../infra/constructs/api.ts';
import { CONTRIBUTOR_RULES, TENANT_PLACEHOLDER } from '../../infra/constructs/tenant-observability.ts';
import { PROBLEM_BASE, PROBLEM_CONTENT_TYPE } from '#contract/problems';
import { methodNotAllowedProblem } from '#http/gateway';
import { fixtureTopology } from './fixtures/topology.ts';
import {
  alarmMetrics,
  apiBody,
  asArray,
  attOf,
  buildStack,
  busOf,
  Cfn,
  dashboardWidgets,
  lambdaOf,
  logicalIdOf,
  methodsByPath,
  permissionProblems,
  queueOf,
  queuePolicyStatements,
  queueRefusesPlainHttp,
  refOf,
  render,
  roleIdOf,
  secretOf,
  synthTemplate,
  tableOf,
  widgetMetrics,
  type AlarmProps,
  type LambdaProps,
  type MetricRef,
  type PolicyDocumentJson,
  type QueueProps,
  type RoleProps,
} from './helpers.ts';

/** Resources the stack may hold: CloudFormation allows 500; the rest is headroom. */
const RESOURCE_BUDGET = 300;

/** `${Id.Arn}` → `Id`. */
const lambdaIdName = (rendered: string): string => /^\$\{(\w+)\.Arn\}$/.exec(rendered)?.[1] ?? rendered;

describe.each([
  ['real topology', topology as Topology, 'Bouclier'],
  ['fixture topology', fixtureTopology, 'Fixture'],
])('BouclierStack from the %s', (_label, topo, stackId) => {
  const { stack, cfn } = synthTemplate(topo, stackId);
  const definition = topo.table;
  const table = tableOf(cfn);
  const bus = busOf(cfn, topo);
  const functionId = (name: string): string => {
    const spec = topo.functions[name];
    if (!spec) throw new Error(`no function ${name} in the topology`);
    return lambdaOf(cfn, spec.description).id;
  };
  const queues = cfn.ofType<QueueProps>('AWS::SQS::Queue');
  const queueId = (name: string): string => queueOf(cfn, topo, name).id;
  // Queues a consumer reads; every other queue holds failures and waits for a human.
  const workQueueIds = new Set(topo.queues.filter((q) => q.consumer).map((q) => queueId(q.name)));
  // Queues of customers' failures (depthAlarm: false) are shown, not alarmed one message at a time.
  const parkingQueueIds = new Set(topo.queues.filter((q) => !q.consumer && q.depthAlarm === false).map((q) => queueId(q.name)));
  const deadLetterQueues = queues.filter((queue) => !workQueueIds.has(queue.id) && !parkingQueueIds.has(queue.id));
  const topologyQueueIds = new Set(topo.queues.map((q) => queueId(q.name)));

  it('skips bundling (the suite stays fast)', () => {
    expect(stack.bundlingRequired).toBe(false);
  });

  describe('table', () => {
    interface TableProps {
      KeySchema: { AttributeName: string; KeyType: string }[];
      AttributeDefinitions: { AttributeName: string; AttributeType: string }[];
      GlobalSecondaryIndexes?: { IndexName: string; KeySchema: { AttributeName: string; KeyType: string }[] }[];
      StreamSpecification?: { StreamViewType?: string };
      TimeToLiveSpecification?: { AttributeName?: string; Enabled?: boolean };
      SSESpecification?: { SSEEnabled?: boolean };
      PointInTimeRecoverySpecification?: { PointInTimeRecoveryEnabled?: boolean };
      DeletionProtectionEnabled?: boolean;
      Replicas?: {
        PointInTimeRecoverySpecification?: { PointInTimeRecoveryEnabled?: boolean };
        DeletionProtectionEnabled?: boolean;
      }[];
    }
    const props = table.props as unknown as TableProps;
    // TableV2 (GlobalTable) carries PITR and deletion protection per replica; Table at the top.
    const replicas = table.resource.Type === 'AWS::DynamoDB::GlobalTable' ? (props.Replicas ?? []) : [props];

    it('has the key schema of the definition, string-typed', () => {
      expect(props.KeySchema).toEqual([
        { AttributeName: definition.partitionKey, KeyType: 'HASH' },
        { AttributeName: definition.sortKey, KeyType: 'RANGE' },
      ]);
      const keyAttributes = [definition.partitionKey, definition.sortKey, ...definition.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
      expect(props.AttributeDefinitions).toEqual(
        expect.arrayContaining(keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' }))),
      );
    });

    it('has exactly the GSIs of the definition, each with its keys', () => {
      const indexes = props.GlobalSecondaryIndexes ?? [];
      expect(indexes.map((index) => index.IndexName).sort()).toEqual(definition.indexes.map((index) => index.name).sort());
      for (const index of definition.indexes) {
        expect(indexes.find((i) => i.IndexName === index.name)?.KeySchema, index.name).toEqual([
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ]);
      }
    });

    it('streams new and old images', () => {
      expect(props.StreamSpecification?.StreamViewType).toBe(definition.stream);
      expect(props.StreamSpecification?.StreamViewType).toBe('NEW_AND_OLD_IMAGES');
    });

    it('expires items on the TTL attribute of the definition', () => {
      expect(props.TimeToLiveSpecification).toEqual({ AttributeName: definition.ttlAttribute, Enabled: true });
    });

    it('has point-in-time recovery, deletion protection and server-side encryption on, and is retained', () => {
      expect(replicas.length).toBeGreaterThan(0);
      for (const replica of replicas) {
        expect(replica.PointInTimeRecoverySpecification?.PointInTimeRecoveryEnabled).toBe(true);
        expect(replica.DeletionProtectionEnabled).toBe(true);
      }
      expect(props.SSESpecification?.SSEEnabled).toBe(true);
      expect(table.resource.DeletionPolicy).toBe('Retain');
      expect(table.resource.UpdateReplacePolicy).toBe('Retain');
    });
  });

  describe('functions', () => {
    const entries = Object.entries(topo.functions);

    it('deploys exactly the topology functions', () => {
      const deployed = cfn.ofType<LambdaProps>('AWS::Lambda::Function').map((fn) => fn.props.Description);
      expect(deployed.sort()).toEqual(entries.map(([, spec]) => spec.description).sort());
    });

    it.each(entries)('%s: nodejs24.x on arm64, traced, sized and configured from the topology', (_name, spec) => {
      const fn = lambdaOf(cfn, spec.description).props;
      expect(fn.Runtime).toBe('nodejs24.x');
      expect(fn.Architectures).toEqual(['arm64']);
      expect(fn.TracingConfig?.Mode).toBe('Active');
      expect(fn.MemorySize).toBe(spec.memoryMb);
      expect(fn.Timeout).toBe(spec.timeoutSeconds);
      expect(fn.Handler).toBe(`index.${spec.handler}`);
      const env = fn.Environment?.Variables ?? {};
      expect(render(env['TABLE_NAME'])).toBe(refOf(table.id));
      expect(render(env['EVENT_BUS_NAME'])).toBe(refOf(bus.id));
      // Source maps are not parsed at cold start (docs/operations.md, "Cold starts").
      expect(JSON.stringify(env['NODE_OPTIONS'] ?? '')).not.toContain('--enable-source-maps');
    });

    it('gives every function a role of its own', () => {
      const roles = entries.map(([, spec]) => roleIdOf(lambdaOf(cfn, spec.description)));
      expect(new Set(roles).size).toBe(entries.length);
      for (const role of roles) expect(cfn.typeOf(role)).toBe('AWS::IAM::Role');
    });

    it('uses no AWSLambdaBasicExecutionRole (nor any managed policy) on Lambda roles', () => {
      const lambdaRoles = cfn
        .ofType<RoleProps>('AWS::IAM::Role')
        .filter((role) => JSON.stringify(role.props.AssumeRolePolicyDocument ?? {}).includes('lambda.amazonaws.com'));
      expect(lambdaRoles.length).toBeGreaterThanOrEqual(entries.length);
      for (const role of lambdaRoles) {
        const managed = asArray(role.props.ManagedPolicyArns).map(render);
        expect(managed.filter((arn) => arn.includes('AWSLambdaBasicExecutionRole')), role.id).toEqual([]);
        expect(managed, role.id).toEqual([]);
      }
    });

    it('grants each function exactly the table, bus and queue actions it declares, on the table and each index by name, the bus, each queue', () => {
      expect(permissionProblems(cfn, topo)).toEqual([]);
    });

    it.each(entries)('%s finds the URL of exactly the queues it may send to in QUEUE_URL_<NAME>', (_name, spec) => {
      const env = lambdaOf(cfn, spec.description).props.Environment?.Variables ?? {};
      const declared = Object.keys(spec.permissions.queues ?? {});
      const urls = Object.fromEntries(Object.entries(env).filter(([key]) => key.startsWith('QUEUE_URL_')).map(([key, value]) => [key, render(value)]));
      // A queue's URL is its Ref.
      expect(urls).toEqual(Object.fromEntries(declared.map((queue) => [queueUrlVariable(queue), refOf(queueId(queue))])));
    });

    it('keeps each topology secret in Secrets Manager, generated there: its value is never in the template', () => {
      const secrets = cfn.ofType('AWS::SecretsManager::Secret');
      expect(secrets).toHaveLength(Object.keys(topo.secrets ?? {}).length);
      for (const name of Object.keys(topo.secrets ?? {})) {
        const secret = secretOf(cfn, topo, name).props;
        expect(secret.SecretString, name).toBeUndefined();
        expect(secret.GenerateSecretString?.PasswordLength, name).toBeGreaterThanOrEqual(43);
      }
    });

    it.each(entries)('%s finds the ARN of exactly the secrets it may read in SECRET_ARN_<NAME>, and no secret value', (_name, spec) => {
      const env = lambdaOf(cfn, spec.description).props.Environment?.Variables ?? {};
      const arns = Object.fromEntries(Object.entries(env).filter(([key]) => key.startsWith('SECRET_ARN_')).map(([key, value]) => [key, render(value)]));
      expect(arns).toEqual(Object.fromEntries((spec.permissions.secrets ?? []).map((secret) => [secretArnVariable(secret), refOf(secretOf(cfn, topo, secret).id)])));
      // Only references: nothing resolves to the value (Fn::Sub/GetAtt of SecretString, dynamic references).
      expect(JSON.stringify(env)).not.toMatch(/resolve:secretsmanager|SecretString/);
    });
  });

  describe('event backbone', () => {
    it('has the custom bus and an archive of its events', () => {
      const archive = cfn.one<{ SourceArn: unknown; RetentionDays?: number; EventPattern?: unknown }>('AWS::Events::Archive');
      expect(render(archive.props.SourceArn)).toBe(attOf(bus.id, 'Arn'));
      expect(archive.props.RetentionDays).toBe(topo.archiveRetentionDays);
      expect(archive.props.EventPattern).toEqual({ source: [topo.eventSource] });
    });

    interface MappingProps {
      FunctionName: unknown;
      EventSourceArn: unknown;
      FunctionResponseTypes?: string[];
      MaximumRetryAttempts?: number;
      MaximumRecordAgeInSeconds?: number;
      BisectBatchOnFunctionError?: boolean;
      BatchSize?: number;
      MaximumBatchingWindowInSeconds?: number;
      ParallelizationFactor?: number;
      StartingPosition?: string;
      FilterCriteria?: { Filters: { Pattern: string }[] };
      DestinationConfig?: { OnFailure?: { Destination?: unknown } };
      ScalingConfig?: { MaximumConcurrency?: number };
    }
    const mappings = cfn.ofType<MappingProps>('AWS::Lambda::EventSourceMapping');

    it('has one event source mapping per stream consumer and per consumed queue, and no other', () => {
      const streamArn = attOf(table.id, 'StreamArn');
      const fromStream = mappings.filter((m) => render(m.props.EventSourceArn) === streamArn);
      expect(fromStream.map((m) => logicalIdOf(m.props.FunctionName)).sort()).toEqual(
        topo.streamConsumers.map((consumer) => functionId(consumer.function)).sort(),
      );
      const fromQueues = mappings.filter((m) => render(m.props.EventSourceArn) !== streamArn);
      expect(fromQueues.map((m) => `${render(m.props.EventSourceArn)} -> ${render(m.props.FunctionName)}`).sort()).toEqual(
        topo.queues.flatMap((q) => (q.consumer ? [`${attOf(queueId(q.name), 'Arn')} -> ${refOf(functionId(q.consumer.function))}`] : [])).sort(),
      );
    });

    it.each(topo.queues.flatMap((q) => (q.consumer ? [[q.name, q.consumer] as const] : [])))(
      '%s is read by its consumer as the topology says, with partial batch failures and a maximum concurrency',
      (name, consumer) => {
        const mapping = mappings.find((m) => render(m.props.EventSourceArn) === attOf(queueId(name), 'Arn'));
        expect(mapping).toBeDefined();
        const props = mapping?.props as MappingProps;
        expect(render(props.FunctionName)).toBe(refOf(functionId(consumer.function)));
        expect(props.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
        expect(props.BatchSize).toBe(consumer.batchSize);
        expect(props.MaximumBatchingWindowInSeconds ?? 0).toBe(consumer.maxBatchingWindowSeconds);
        expect(props.ScalingConfig?.MaximumConcurrency).toBe(consumer.maxConcurrency);
      },
    );

    it.each(topo.streamConsumers.map((c) => [c.function, c] as const))(
      '%s reads the table stream as the topology says, with partial batch failures and a DLQ',
      (name, consumer) => {
        const mapping = mappings.find((m) => logicalIdOf(m.props.FunctionName) === functionId(name));
        expect(mapping).toBeDefined();
        const props = mapping?.props as MappingProps;
        expect(render(props.EventSourceArn)).toBe(attOf(table.id, 'StreamArn'));
        expect(props.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
        expect(props.MaximumRetryAttempts).toBe(consumer.retryAttempts);
        expect(props.MaximumRecordAgeInSeconds).toBe(consumer.maxRecordAgeSeconds);
        expect(props.BisectBatchOnFunctionError).toBe(consumer.bisectBatchOnError);
        expect(props.BatchSize).toBe(consumer.batchSize);
        expect(props.MaximumBatchingWindowInSeconds).toBe(consumer.maxBatchingWindowSeconds);
        expect(props.ParallelizationFactor).toBe(consumer.parallelizationFactor);
        expect(props.StartingPosition).toBe('TRIM_HORIZON');
        expect(props.FilterCriteria?.Filters.map((filter) => JSON.parse(filter.Pattern) as unknown)).toEqual([consumer.filter]);
        const destination = logicalIdOf(props.DestinationConfig?.OnFailure?.Destination);
        expect(destination && cfn.typeOf(destination)).toBe('AWS::SQS::Queue');
        expect(render(props.DestinationConfig?.OnFailure?.Destination)).toBe(attOf(destination ?? '', 'Arn'));
      },
    );

    it('encrypts every queue and refuses requests over plain HTTP', () => {
      expect(queues.length).toBeGreaterThan(0);
      for (const queue of queues) {
        expect(queue.props.SqsManagedSseEnabled ?? queue.props.KmsMasterKeyId, queue.id).toBeTruthy();
        expect(queueRefusesPlainHttp(cfn, queue.id), queue.id).toBe(true);
      }
    });

    it('keeps the dead letters of stream consumers, rules and schedules for the SQS maximum of 14 days', () => {
      const failureDestinations = queues.filter((queue) => !topologyQueueIds.has(queue.id));
      expect(failureDestinations).toHaveLength(topo.streamConsumers.length + topo.rules.length + topo.schedules.length);
      for (const queue of failureDestinations) expect(queue.props.MessageRetentionPeriod, queue.id).toBe(14 * 24 * 60 * 60);
    });

    it.each(topo.queues.map((q) => [q.name, q] as const))('%s: deployed by name with the visibility, retention and redrive of its spec', (name, spec) => {
      const queue = queueOf(cfn, topo, name);
      expect(queue.props.VisibilityTimeout).toBe(spec.visibilityTimeoutSeconds);
      expect(queue.props.MessageRetentionPeriod).toBe(spec.retentionDays * 24 * 60 * 60);
      if (spec.deadLetter) {
        expect(render(queue.props.RedrivePolicy?.deadLetterTargetArn)).toBe(attOf(queueId(spec.deadLetter.queue), 'Arn'));
        expect(queue.props.RedrivePolicy?.maxReceiveCount).toBe(spec.deadLetter.maxReceiveCount);
      } else {
        expect(queue.props.RedrivePolicy).toBeUndefined();
      }
    });

    interface RuleProps {
      EventBusName?: unknown;
      Description?: string;
      Targets: { Arn: unknown; DeadLetterConfig?: { Arn?: unknown }; RetryPolicy?: { MaximumRetryAttempts?: number; MaximumEventAgeInSeconds?: number } }[];
    }
    const rules = cfn.ofType<RuleProps>('AWS::Events::Rule');
    const queueTargets = topo.rules.flatMap((rule) => rule.targets.flatMap((target) => ('queue' in target ? [[rule.name, rule, target.queue] as const] : [])));

    it.each(queueTargets)('rule %s sends its events to its queue, with retries for a day and a dead-letter queue', (_name, spec, queueName) => {
      const matching = rules.filter((rule) => rule.props.Description === spec.description);
      expect(matching).toHaveLength(1);
      const rule = matching[0];
      expect(render(rule?.props.EventBusName)).toBe(refOf(bus.id));
      const target = rule?.props.Targets.find((t) => render(t.Arn) === attOf(queueId(queueName), 'Arn'));
      expect(target).toBeDefined();
      expect(target?.RetryPolicy).toEqual({ MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 24 * 60 * 60 });
      const dlq = logicalIdOf(target?.DeadLetterConfig?.Arn);
      expect(dlq && cfn.typeOf(dlq)).toBe('AWS::SQS::Queue');
      expect(dlq).not.toBe(queueId(queueName));
      expect(render(target?.DeadLetterConfig?.Arn)).toBe(attOf(dlq ?? '', 'Arn'));
      // EventBridge may send to the queue, for this rule only.
      const allowed = queuePolicyStatements(cfn, queueId(queueName)).filter(
        (s) =>
          s.Effect === 'Allow' &&
          asArray(s.Action).includes('sqs:SendMessage') &&
          JSON.stringify(s.Principal) === JSON.stringify({ Service: 'events.amazonaws.com' }),
      );
      expect(allowed.map((s) => JSON.stringify(s.Condition))).toEqual([JSON.stringify({ ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [rule?.id, 'Arn'] } } })]);
    });
  });

  // The deployed topology only: the fixture adds test functions and queues to it.
  it.runIf(topo === topology)('stays within the resource budget: at most 300 of CloudFormation\'s 500 resources per stack', () => {
    // The API is one resource (its imported definition), so a new route costs no resource;
    // what grows the stack is functions, queues and alarms. Past 300, split or consolidate.
    expect(cfn.count()).toBeLessThanOrEqual(RESOURCE_BUDGET);
  });

  describe('API', () => {
    const api = cfn.one('AWS::ApiGateway::RestApi');
    const body = apiBody(cfn);
    const methods = methodsByPath(cfn);
    const routes = deployedRoutes(topo);
    const paths = [...new Set(routes.map((route) => route.path))];
    const schemes = body.components?.securitySchemes ?? {};
    const specOf = (name: string) => {
      const spec = (topo.functions as Record<string, { description: string }>)[name];
      if (!spec) throw new Error(`no function ${name}`);
      return spec;
    };
    const functionArn = (name: string) => `arn:\${AWS::Partition}:lambda:\${AWS::Region}:\${AWS::AccountId}:function:${stackId}-${name}`;

    it('is one REST API imported from a definition whose methods are exactly the deployed routes plus an ANY per path', () => {
      const expected = [...routes.map((r) => `${r.method} ${r.path}`), ...paths.map((p) => `ANY ${p}`)].sort();
      expect(methods.map((m) => `${m.props.HttpMethod} ${m.path}`).sort()).toEqual(expected);
      // Nothing of the API as resources of their own: the definition holds it all (resource budget).
      for (const type of ['Method', 'Resource', 'Authorizer', 'GatewayResponse']) expect(cfn.ofType(`AWS::ApiGateway::${type}`), type).toEqual([]);
      expect(cfn.ofType('AWS::ApiGateway::RestApi').map((found) => found.id)).toEqual([api.id]);
    });

    it('declares every path parameter of a path', () => {
      for (const path of paths) {
        const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
        const declared = ((body.paths[path]?.['parameters'] ?? []) as { name: string; in: string; required: boolean }[]).map((p) => `${p.in}:${p.name}:${p.required}`);
        expect(declared, path).toEqual(names.map((name) => `path:${name}:true`));
      }
    });

    it.each(routes.map((route) => [route.operationId, route] as const))(
      '%s: a Lambda proxy method with the access of the topology',
      (_operationId, route) => {
        const method = methods.find((m) => m.path === route.path && m.props.HttpMethod === route.method);
        expect(method).toBeDefined();
        const props = method?.props;
        expect(props?.OperationName).toBe(route.operationId);
        expect(props?.Integration?.Type).toBe('AWS_PROXY');
        expect(render(props?.Integration?.Uri)).toBe(`arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/${functionArn(route.function)}/invocations`);
        // The ARN names the function the topology gives the route.
        expect(lambdaOf(cfn, specOf(route.function).description).props.FunctionName).toBe(`${stackId}-${route.function}`);
        if (route.access === 'public') {
          expect(props?.AuthorizationType).toBe('NONE');
          expect(props?.Security).toEqual([]);
        } else {
          expect(props?.AuthorizationType).toBe('CUSTOM');
          expect(props?.Security.sort()).toEqual(['api_key', 'authorizer']);
        }
      },
    );

    it('has an authorizer exactly when a deployed route needs one', () => {
      const needed = routes.some((route) => route.access !== 'public');
      expect(Object.keys(schemes).sort()).toEqual(needed ? ['api_key', 'authorizer'] : []);
      if (!needed || !topo.authorizer) return;
      const authorizer = schemes['authorizer']?.['x-amazon-apigateway-authorizer'] as Record<string, unknown>;
      expect(schemes['authorizer']?.['x-amazon-apigateway-authtype']).toBe('custom');
      expect(authorizer['type']).toBe('request');
      expect(authorizer['identitySource']).toBe(topo.authorizer.identityHeaders.map((h) => `method.request.header.${h}`).join(','));
      expect(authorizer['authorizerResultTtlInSeconds']).toBe(topo.authorizer.cacheTtlSeconds);
      expect(render(authorizer['authorizerUri'])).toContain(`/functions/${functionArn(topo.authorizer.function)}/invocations`);
    });

    it('lets API Gateway invoke each integrated function through this API only, with one permission per function', () => {
      interface PermissionProps { FunctionName: unknown; Principal: string; SourceArn?: unknown }
      const permissions = cfn.ofType<PermissionProps>('AWS::Lambda::Permission').filter((p) => p.props.Principal === 'apigateway.amazonaws.com');
      const integrated = [...new Set(routes.map((route) => route.function))].sort();
      const byApi = permissions.filter((p) => render(p.props.SourceArn).endsWith('/*/*/*'));
      expect(byApi.map((p) => lambdaIdName(render(p.props.FunctionName))).sort()).toEqual(integrated.map((name) => lambdaOf(cfn, specOf(name).description).id).sort());
      for (const p of byApi) expect(render(p.props.SourceArn)).toBe(`arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:${refOf(api.id)}/*/*/*`);
      if (topo.authorizer) {
        const byAuthorizer = permissions.filter((p) => render(p.props.SourceArn).endsWith('/authorizers/*'));
        expect(byAuthorizer.map((p) => lambdaIdName(render(p.props.FunctionName)))).toEqual([lambdaOf(cfn, specOf(topo.authorizer.function).description).id]);
      }
    });

    it.each(paths)('%s answers other methods 405 from a MOCK ANY method', (path) => {
      const allowed = routes.filter((route) => route.path === path).map((route) => route.method);
      const any = methods.find((m) => m.path === path && m.props.HttpMethod === 'ANY');
      expect(any).toBeDefined();
      const props = any?.props;
      expect(props?.AuthorizationType).toBe('NONE');
      expect(props?.Integration?.Type).toBe('MOCK');
      expect(props?.Integration?.RequestTemplates?.['application/json']).toContain('405');
      const responses = props?.Integration?.IntegrationResponses ?? [];
      expect(responses.map((r) => r.StatusCode)).toEqual(['405']);
      expect(responses[0]?.ResponseParameters).toEqual({
        'method.response.header.Allow': `'${allowed.join(', ')}'`,
        'method.response.header.Content-Type': `'${PROBLEM_CONTENT_TYPE}'`,
        // Every answer carries x-correlation-id: here the gateway's request id.
        'method.response.header.x-correlation-id': 'context.requestId',
      });
      expect(JSON.parse(responses[0]?.ResponseTemplates?.['application/json'] ?? 'null')).toEqual(methodNotAllowedProblem(path, allowed));
      expect(props?.MethodResponses?.map((r) => r.StatusCode)).toEqual(['405']);
    });

    it('renders every gateway response of the topology as problem+json with its status', () => {
      const responses = body['x-amazon-apigateway-gateway-responses'] ?? {};
      expect(Object.keys(responses).sort()).toEqual(topo.gatewayResponses.map((r) => r.type).sort());
      for (const spec of topo.gatewayResponses) {
        const response = responses[spec.type];
        expect(response?.statusCode, spec.type).toBe(spec.status);
        expect(response?.responseParameters?.['gatewayresponse.header.Content-Type'], spec.type).toBe(`'${PROBLEM_CONTENT_TYPE}'`);
        // The request id, as the body's correlationId: every answer carries x-correlation-id.
        expect(response?.responseParameters?.['gatewayresponse.header.x-correlation-id'], spec.type).toBe('context.requestId');
        expect(response?.responseParameters?.['gatewayresponse.header.Retry-After'], spec.type).toBe(spec.retryAfterSeconds === undefined ? undefined : `'${spec.retryAfterSeconds}'`);
        expect(JSON.parse(response?.responseTemplates?.['application/json'] ?? 'null'), spec.type).toMatchObject({
          type: PROBLEM_BASE + spec.problem,
          title: spec.title,
          status: spec.status,
          detail: spec.detail,
        });
      }
    });

    it('redeploys the stage when the definition changes', () => {
      const deployments = cfn.ofType('AWS::ApiGateway::Deployment');
      expect(deployments).toHaveLength(1);
      const changed = synthTemplate({ ...topo, gatewayResponses: topo.gatewayResponses.map((r) => (r.type === 'THROTTLED' ? { ...r, detail: 'Changed.' } : r)) }, stackId).cfn;
      expect(changed.ofType('AWS::ApiGateway::Deployment').map((d) => d.id)).not.toEqual(deployments.map((d) => d.id));
    });

    it('deploys the stage of the topology with tracing and access logs', () => {
      const stage = cfn.one<{
        StageName: string;
        RestApiId: unknown;
        TracingEnabled?: boolean;
        AccessLogSetting?: { DestinationArn?: unknown; Format?: string };
      }>('AWS::ApiGateway::Stage');
      expect(stage.props.StageName).toBe(topo.stage);
      expect(render(stage.props.RestApiId)).toBe(refOf(api.id));
      expect(stage.props.TracingEnabled).toBe(true);
      const logGroup = logicalIdOf(stage.props.AccessLogSetting?.DestinationArn);
      expect(logGroup && cfn.typeOf(logGroup)).toBe('AWS::Logs::LogGroup');
      expect(stage.props.AccessLogSetting?.Format).toContain('$context.requestId');
    });

    describe('per tenant', () => {
      const stage = cfn.one<{ AccessLogSetting?: { DestinationArn?: unknown; Format?: string } }>('AWS::ApiGateway::Stage');
      const accessLogs = logicalIdOf(stage.props.AccessLogSetting?.DestinationArn) ?? '?';

      it('logs each request as one JSON line with the tenant, broker, role, key, usage key and latencies', () => {
        // A request's line, with the values API Gateway would put in: it must parse as JSON.
        const sample = (stage.props.AccessLogSetting?.Format ?? '').replace(/\$context\.[\w.]+/g, (variable) => (['$context.status', '$context.responseLatency'].includes(variable) ? '200' : 'x'));
        const line = JSON.parse(sample) as Record<string, unknown>;
        expect(Object.keys(line)).toEqual(expect.arrayContaining(['requestId', 'status', 'tenantId', 'brokerId', 'role', 'keyId', 'usageKeyId', 'responseLatency', 'integrationLatency']));
        expect(ACCESS_LOG_FIELDS).toMatchObject({
          tenantId: '"$context.authorizer.tenantId"',
          role: '"$context.authorizer.role"',
          usageKeyId: '"$context.identity.apiKeyId"',
          // Numbers, so the rules and queries compare them.
          status: '$context.status',
          responseLatency: '$context.responseLatency',
        });
      });

      it('ranks callers in Contributor Insights by requests, 4xx, 5xx and 429 over the access log', () => {
        const rules = cfn.ofType<{ RuleName: string; RuleState: string; RuleBody: unknown }>('AWS::CloudWatch::InsightRule');
        expect(rules.map((r) => r.props.RuleName).sort()).toEqual(CONTRIBUTOR_RULES.map((r) => `${stackId}-top-callers-by-${r.name}`).sort());
        for (const rule of rules) {
          const body = JSON.parse(render(rule.props.RuleBody)) as { LogGroupNames: string[]; LogFormat: string; Contribution: { Keys: string[]; Filters: Record<string, unknown>[] }; AggregateOn: string };
          expect(rule.props.RuleState).toBe('ENABLED');
          expect(body.LogGroupNames).toEqual([refOf(accessLogs)]);
          expect(body.LogFormat).toBe('JSON');
          expect(body.Contribution.Keys).toEqual(['$.tenantId', '$.brokerId', '$.role']);
          expect(body.AggregateOn).toBe('Count');
        }
        const filters = Object.fromEntries(rules.map((r) => [r.props.RuleName.split('-by-')[1], (JSON.parse(render(r.props.RuleBody)) as { Contribution: { Filters: unknown[] } }).Contribution.Filters]));
        expect(filters).toEqual({
          requests: [],
          '4xx': [{ Match: '$.status', GreaterThan: 399, LessThan: 500 }],
          '5xx': [{ Match: '$.status', GreaterThan: 499 }],
          '429': [{ Match: '$.status', EqualTo: 429 }],
        });
      });

      it('ships saved Logs Insights queries for one tenant\'s requests and errors', () => {
        const queries = cfn.ofType<{ Name: string; QueryString: string; LogGroupNames: unknown[] }>('AWS::Logs::QueryDefinition');
        expect(queries.map((q) => q.props.Name).sort()).toEqual([`${stackId}/one tenant's errors`, `${stackId}/one tenant's requests`]);
        const requests = queries.find((q) => q.props.Name.endsWith('requests'))!;
        expect(requests.props.LogGroupNames.map(render)).toEqual([refOf(accessLogs)]);
        expect(requests.props.QueryString).toContain(`filter tenantId = "${TENANT_PLACEHOLDER}"`);
        const errors = queries.find((q) => q.props.Name.endsWith('errors'))!;
        // The access log and every function's log group.
        expect(errors.props.LogGroupNames.map(render).sort()).toEqual(
          [refOf(accessLogs), ...Object.keys(topo.functions).map((name) => refOf(logicalIdOf(lambdaOf(cfn, (topo.functions as Record<string, { description: string }>)[name]!.description).props.LoggingConfig?.LogGroup) ?? '?'))].sort(),
        );
        expect(errors.props.QueryString).toContain('status >= 400 or level = "ERROR"');
      });
    });

    it('puts the stage behind a regional WAF web ACL', () => {
      const stage = cfn.one('AWS::ApiGateway::Stage');
      const acl = cfn.one<{ Scope: string }>('AWS::WAFv2::WebACL');
      const association = cfn.one<{ ResourceArn: unknown; WebACLArn: unknown }>('AWS::WAFv2::WebACLAssociation');
      expect(acl.props.Scope).toBe('REGIONAL');
      expect(render(association.props.WebACLArn)).toBe(attOf(acl.id, 'Arn'));
      expect(render(association.props.ResourceArn)).toMatch(
        new RegExp(`:apigateway:.*::/restapis/\\$\\{${api.id}\\}/stages/\\$\\{${stage.id}\\}$`),
      );
    });
  });

  describe('monitoring', () => {
    const dashboard = cfn.one<{ DashboardBody: unknown }>('AWS::CloudWatch::Dashboard');
    const widgets = dashboardWidgets(dashboard.props.DashboardBody);
    const shown = widgets.flatMap(widgetMetrics);
    const alarms = cfn.ofType<AlarmProps>('AWS::CloudWatch::Alarm');
    const watched = alarms.flatMap((alarm) => alarmMetrics(alarm.props).map((metric) => ({ alarm: alarm.id, metric })));
    const apiDimensions = { ApiName: topo.service };
    const has = (metrics: readonly MetricRef[], wanted: Partial<MetricRef>): boolean =>
      metrics.some(
        (m) =>
          (wanted.namespace === undefined || m.namespace === wanted.namespace) &&
          (wanted.name === undefined || m.name === wanted.name) &&
          (wanted.stat === undefined || m.stat === wanted.stat) &&
          Object.entries(wanted.dimensions ?? {}).every(([k, v]) => m.dimensions[k] === v),
      );

    it('shows API latency p50 and p99, 4xx and 5xx', () => {
      expect(has(shown, { namespace: 'AWS/ApiGateway', name: 'Latency', stat: 'p50', dimensions: apiDimensions })).toBe(true);
      expect(has(shown, { namespace: 'AWS/ApiGateway', name: 'Latency', stat: 'p99', dimensions: apiDimensions })).toBe(true);
      expect(has(shown, { namespace: 'AWS/ApiGateway', name: '4XXError', dimensions: apiDimensions })).toBe(true);
      expect(has(shown, { namespace: 'AWS/ApiGateway', name: '5XXError', dimensions: apiDimensions })).toBe(true);
    });

    it.each(Object.keys(topo.functions))('shows errors, throttles and duration of %s', (name) => {
      const dimensions = { FunctionName: refOf(functionId(name)) };
      for (const metric of ['Errors', 'Throttles', 'Duration']) {
        expect(has(shown, { namespace: 'AWS/Lambda', name: metric, dimensions }), metric).toBe(true);
      }
    });

    it('shows the iterator age of every stream consumer, the depth of every queue, the delayed messages and oldest message of every consumed queue', () => {
      for (const consumer of topo.streamConsumers) {
        const dimensions = { FunctionName: refOf(functionId(consumer.function)) };
        expect(has(shown, { namespace: 'AWS/Lambda', name: 'IteratorAge', dimensions }), consumer.function).toBe(true);
      }
      for (const queue of queues) {
        const dimensions = { QueueName: attOf(queue.id, 'QueueName') };
        expect(has(shown, { namespace: 'AWS/SQS', name: 'ApproximateNumberOfMessagesVisible', dimensions }), queue.id).toBe(true);
      }
      expect(workQueueIds.size).toBeGreaterThan(0);
      for (const id of workQueueIds) {
        const dimensions = { QueueName: attOf(id, 'QueueName') };
        expect(has(shown, { namespace: 'AWS/SQS', name: 'ApproximateNumberOfMessagesDelayed', dimensions }), id).toBe(true);
        expect(has(shown, { namespace: 'AWS/SQS', name: 'ApproximateAgeOfOldestMessage', dimensions }), id).toBe(true);
      }
    });

    it('alarms on API 5xx', () => {
      expect(has(watched.map((w) => w.metric), { namespace: 'AWS/ApiGateway', name: '5XXError', dimensions: apiDimensions })).toBe(true);
    });

    it('gives every asynchronously invoked function Lambda\'s bounded retries and an on-failure queue whose depth alarms', () => {
      interface InvokeConfigProps {
        FunctionName: unknown;
        Qualifier: string;
        MaximumRetryAttempts?: number;
        MaximumEventAgeInSeconds?: number;
        DestinationConfig?: { OnFailure?: { Destination?: unknown } };
      }
      const configs = cfn.ofType<InvokeConfigProps>('AWS::Lambda::EventInvokeConfig');
      const invoked = asyncInvokedFunctions(topo);
      // Every rule target that is a function, and every scheduled job; no other function.
      expect(invoked.length).toBe(new Set([...topo.schedules.map((s) => s.function), ...topo.rules.flatMap((r) => r.targets.flatMap((t) => ('function' in t ? [t.function] : [])))]).size);
      expect(configs.map((c) => logicalIdOf(c.props.FunctionName)).sort()).toEqual(invoked.map((name) => functionId(name)).sort());
      const failures = queueOf(cfn, topo, topo.asyncInvocation.onFailureQueue);
      for (const config of configs) {
        expect(config.props).toMatchObject({ Qualifier: '$LATEST', MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 6 * 60 * 60 });
        expect(render(config.props.DestinationConfig?.OnFailure?.Destination)).toBe(attOf(failures.id, 'Arn'));
      }
      expect(topo.asyncInvocation.retryAttempts).toBe(2);
      expect(failures.props.SqsManagedSseEnabled).toBe(true);
      expect(queueRefusesPlainHttp(cfn, failures.id)).toBe(true);
      // Nothing consumes it: a record there is for a human to read and redrive.
      expect(topo.queues.find((q) => q.name === topo.asyncInvocation.onFailureQueue)?.consumer).toBeUndefined();
      const depth = queueAlarms(failures.id, 'ApproximateNumberOfMessagesVisible');
      expect(depth).toHaveLength(1);
      expect(depth[0]?.props).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    });

    /** The alarms on one SQS metric of one queue. */
    const queueAlarms = (id: string, metric: string) =>
      alarms.filter((alarm) => has(alarmMetrics(alarm.props), { namespace: 'AWS/SQS', name: metric, dimensions: { QueueName: attOf(id, 'QueueName') } }));

    it('shows, without a depth alarm, the queues of customers’ failures', () => {
      expect(parkingQueueIds.size).toBeGreaterThan(0);
      for (const id of parkingQueueIds) {
        const dimensions = { QueueName: attOf(id, 'QueueName') };
        expect(has(shown, { namespace: 'AWS/SQS', name: 'ApproximateNumberOfMessagesVisible', dimensions }), id).toBe(true);
        expect(queueAlarms(id, 'ApproximateNumberOfMessagesVisible'), id).toEqual([]);
      }
    });

    it('alarms on the first message in every dead-letter queue, topology ones included', () => {
      expect(deadLetterQueues.some((queue) => topologyQueueIds.has(queue.id))).toBe(true);
      for (const queue of deadLetterQueues) {
        const depth = queueAlarms(queue.id, 'ApproximateNumberOfMessagesVisible');
        expect(depth, queue.id).toHaveLength(1);
        expect(depth[0]?.props).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
      }
    });

    it('alarms when a message waits in a consumed queue beyond the longest SQS delay plus a quarter of an hour', () => {
      expect(OLDEST_MESSAGE_ALARM_SECONDS).toBe(30 * 60);
      expect(workQueueIds.size).toBeGreaterThan(0);
      for (const id of workQueueIds) {
        const age = queueAlarms(id, 'ApproximateAgeOfOldestMessage');
        expect(age, id).toHaveLength(1);
        expect(age[0]?.props).toMatchObject({ Threshold: 30 * 60, ComparisonOperator: 'GreaterThanOrEqualToThreshold', Period: 300 });
        // Messages are expected there: their number alone is no alarm.
        expect(queueAlarms(id, 'ApproximateNumberOfMessagesVisible'), id).toEqual([]);
      }
    });

    it('alarms on the iterator age of every stream consumer', () => {
      expect(topo.streamConsumers.length).toBeGreaterThan(0);
      for (const consumer of topo.streamConsumers) {
        const dimensions = { FunctionName: refOf(functionId(consumer.function)) };
        expect(has(watched.map((w) => w.metric), { namespace: 'AWS/Lambda', name: 'IteratorAge', dimensions }), consumer.function).toBe(true);
      }
    });

    /** The windows of a burn-rate alarm notify through their composite alarm, not on their own. */
    const burnWindow = (id: string): boolean => /BurnLong|BurnShort/.test(id);
    const compositeAlarms = cfn.ofType<{ AlarmRule: unknown; AlarmActions?: unknown[]; OKActions?: unknown[]; AlarmDescription?: string }>('AWS::CloudWatch::CompositeAlarm');

    it('sends every alarm to an SNS topic of the stack (burn-rate windows through their composite alarm)', () => {
      expect(alarms.length).toBeGreaterThan(0);
      for (const alarm of [...alarms.filter((a) => !burnWindow(a.id)), ...compositeAlarms]) {
        const actions = asArray(alarm.props.AlarmActions);
        expect(actions.length, alarm.id).toBeGreaterThan(0);
        for (const action of actions) {
          const topic = logicalIdOf(action);
          expect(topic && cfn.typeOf(topic), `${alarm.id} -> ${render(action)}`).toBe('AWS::SNS::Topic');
        }
      }
      for (const alarm of alarms.filter((a) => burnWindow(a.id))) expect(asArray(alarm.props.AlarmActions), alarm.id).toEqual([]);
    });

    it.each(Object.keys(topo.functions))('alarms on the first error of %s in five minutes', (name) => {
      const dimensions = { FunctionName: refOf(functionId(name)) };
      const mine = alarms.filter((alarm) => has(alarmMetrics(alarm.props), { namespace: 'AWS/Lambda', name: 'Errors', dimensions }));
      expect(mine).toHaveLength(1);
      const alarm = mine[0]!.props;
      // One alarm per 10 functions: the sum of their errors (the series present), over five minutes.
      expect(alarm).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', EvaluationPeriods: 1 });
      const metrics = alarm.Metrics ?? [];
      const expression = metrics.find((metric) => metric.Expression)?.Expression ?? '';
      const ids = metrics.filter((metric) => metric.MetricStat).map((metric) => metric.Id);
      expect(ids.length).toBeLessThanOrEqual(10);
      expect(expression).toBe(`SUM([${ids.join(', ')}])`);
      for (const metric of metrics.filter((candidate) => candidate.MetricStat)) expect(metric.MetricStat).toMatchObject({ Stat: 'Sum', Period: 300 });
    });

    it('alarms on function errors with as few alarms as the metric math limit allows', () => {
      const errorAlarms = alarms.filter((alarm) => alarmMetrics(alarm.props).some((metric) => metric.namespace === 'AWS/Lambda' && metric.name === 'Errors'));
      expect(errorAlarms).toHaveLength(Math.ceil(Object.keys(topo.functions).length / 10));
    });

    it('alarms on DynamoDB throttled requests and system errors of every operation the functions call', () => {
      const tableName = refOf(tableOf(cfn).id);
      expect(TABLE_OPERATIONS.length).toBeLessThanOrEqual(10);
      for (const metric of ['ThrottledRequests', 'SystemErrors']) {
        const mine = alarms.filter((alarm) => has(alarmMetrics(alarm.props), { namespace: 'AWS/DynamoDB', name: metric }));
        expect(mine, metric).toHaveLength(1);
        const operations = alarmMetrics(mine[0]!.props).filter((m) => m.name === metric);
        expect(operations.every((m) => m.dimensions['TableName'] === tableName), metric).toBe(true);
        expect(operations.map((m) => m.dimensions['Operation']).sort(), metric).toEqual([...TABLE_OPERATIONS].sort());
      }
      // The operations the code uses are the ones watched (a new kind of call must be added there).
      const used = new Set(['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);
      expect(new Set(TABLE_OPERATIONS)).toEqual(used);
    });

    it('alarms when EventBridge gives up on any rule or schedule of the stack', () => {
      const ruleIds = cfn.ofType<{ EventBusName?: unknown }>('AWS::Events::Rule');
      expect(ruleIds.length).toBe(topo.rules.length + topo.schedules.length);
      const failed = watched.filter((w) => w.metric.namespace === 'AWS/Events' && w.metric.name === 'FailedInvocations');
      for (const rule of ruleIds) {
        const mine = failed.filter((w) => w.metric.dimensions['RuleName'] === refOf(rule.id));
        expect(mine, rule.id).toHaveLength(1);
        // A rule on the custom bus publishes with the bus name; a schedule (default bus) without.
        expect(mine[0]?.metric.dimensions['EventBusName'], rule.id).toBe(rule.props.EventBusName === undefined ? undefined : topo.busName);
      }
    });

    describe('service level objectives', () => {
      const coverCheck = topo.routes.find((route) => route.operationId === 'coverCheck');
      const windowSeconds = (alarm: AlarmProps & { Period?: number }) => alarm.Period ?? (alarm.Metrics ?? []).find((m) => m.MetricStat)?.MetricStat?.Period;

      it.each(
        [AVAILABILITY, COVER_CHECK_LATENCY].flatMap((objective) => BURN_RATES.map((rate) => [`${objective.name} ${rate.name}`, objective, rate] as const)),
      )('%s burn: a composite alarm on a long and a short window over the burn rate times the budget', (_label, objective, rate) => {
        const composite = compositeAlarms.filter((c) => c.id.startsWith(`Monitoring${objective.name}${rate.name}Burn`) && !burnWindow(c.id));
        expect(composite).toHaveLength(1);
        const long = alarms.find((a) => a.id.startsWith(`Monitoring${objective.name}${rate.name}BurnLong`));
        const short = alarms.find((a) => a.id.startsWith(`Monitoring${objective.name}${rate.name}BurnShort`));
        expect(render(composite[0]?.props.AlarmRule)).toBe(`(ALARM("${attOf(long?.id ?? '?', 'Arn')}") AND ALARM("${attOf(short?.id ?? '?', 'Arn')}"))`);
        const budget = Number((100 - objective.targetPercent).toFixed(6));
        for (const [alarm, seconds] of [[long, rate.long.toSeconds()], [short, rate.short.toSeconds()]] as const) {
          expect(alarm?.props, alarm?.id).toMatchObject({ Threshold: Number((rate.burnRate * budget).toFixed(4)), ComparisonOperator: 'GreaterThanThreshold', EvaluationPeriods: 1 });
          expect(windowSeconds(alarm!.props as AlarmProps & { Period?: number })).toBe(seconds);
          const metrics = alarmMetrics(alarm!.props);
          if (objective === AVAILABILITY) {
            expect(has(metrics, { namespace: 'AWS/ApiGateway', name: '5XXError', dimensions: apiDimensions })).toBe(true);
            expect(has(metrics, { namespace: 'AWS/ApiGateway', name: 'Count', dimensions: apiDimensions })).toBe(true);
          } else {
            expect(has(metrics, {
              namespace: 'AWS/ApiGateway',
              name: 'Latency',
              stat: 'PR(:300)',
              dimensions: { ...apiDimensions, Stage: topo.stage, Method: coverCheck?.method ?? '?', Resource: coverCheck?.path ?? '?' },
            })).toBe(true);
          }
        }
      });

      it('holds the objectives and burn rates of the SRE method', () => {
        expect([AVAILABILITY.targetPercent, COVER_CHECK_LATENCY.targetPercent, COVER_CHECK_LATENCY.thresholdMs]).toEqual([99.9, 99, 300]);
        expect(BURN_RATES.map((r) => [r.burnRate, r.long.toMinutes(), r.short.toMinutes()])).toEqual([[14.4, 60, 5], [6, 360, 30]]);
      });

      it('shows the error budget left over 30 days and the burn rates on the dashboard', () => {
        const body = JSON.parse(render(dashboard.props.DashboardBody)) as { widgets: { type: string; properties: { title?: string; start?: string; setPeriodToTimeRange?: boolean; metrics?: unknown[][] } }[] };
        const budget = body.widgets.find((w) => w.properties.title?.startsWith('Error budget left'));
        expect(budget?.properties).toMatchObject({ start: '-P30D', setPeriodToTimeRange: true });
        expect(JSON.stringify(budget?.properties.metrics)).toContain('100 * (1 - spentAvailability / 0.1');
        expect(JSON.stringify(budget?.properties.metrics)).toContain('100 * (1 - spentCoverCheckLatency / 1)');
        expect(body.widgets.filter((w) => w.properties.title?.includes('burn rate'))).toHaveLength(2);
      });
    });
  });
});

describe('the permission check itself', () => {
  it('reports a secret granted to a function that does not declare it, and more than GetSecretValue', () => {
    const { stack } = buildStack(topology, 'OvergrantedSecrets');
    const cursor = stack.secrets.byName.get('cursor');
    if (!cursor) throw new Error('the topology has no cursor secret');
    cursor.grantRead(stack.functions.get('relay'));
    const problems = permissionProblems(new Cfn(Template.fromStack(stack)), topology);
    expect(problems.some((p) => p.startsWith('relay: secrets ["cursor"], declared []'))).toBe(true);
    expect(problems.some((p) => p.startsWith('relay: secretsmanager:DescribeSecret') && p.includes('GetSecretValue only'))).toBe(true);
  });

  it('reports an undeclared action, a wildcard index and a foreign resource', () => {
    const { stack } = buildStack(topology, 'Overgranted');
    const tableArn = stack.table.table.tableArn;
    stack.functions.get('ops').addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: [tableArn, `${tableArn}/index/*`] }));
    stack.functions.get('relay').addToRolePolicy(new PolicyStatement({ actions: ['events:PutEvents'], resources: ['*'] }));
    const problems = permissionProblems(new Cfn(Template.fromStack(stack)), topology);
    expect(problems.some((p) => p.startsWith('ops: table actions') && p.includes('dynamodb:Query'))).toBe(true);
    expect(problems.some((p) => p.startsWith('ops: wildcard index'))).toBe(true);
    expect(problems.some((p) => p.startsWith('relay: events:PutEvents on ["*"]'))).toBe(true);
  });

  it('reports a send to an undeclared queue, one on any queue, receiving by a non-consumer, and a consumer that cannot receive', () => {
    expect(permissionProblems(synthTemplate(topology, 'Granted').cfn, topology)).toEqual([]);
    const { stack } = buildStack(topology, 'OvergrantedQueues');
    stack.events.queue('webhook-events').grantSendMessages(stack.functions.get('ops'));
    stack.functions.get('relay').addToRolePolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));
    stack.events.queue('webhook-deliveries').grantConsumeMessages(stack.functions.get('webhooks'));
    const problems = permissionProblems(new Cfn(Template.fromStack(stack)), topology);
    expect(problems.filter((p) => p.startsWith('ops: queue actions'))).toEqual([
      'ops: queue actions {"webhook-events":["sqs:GetQueueAttributes","sqs:GetQueueUrl","sqs:SendMessage"]}, declared {}',
    ]);
    expect(problems).toContain('relay: sqs:SendMessage on *: not a topology queue');
    expect(problems.some((p) => p.startsWith('webhooks: queue actions') && p.includes('sqs:ReceiveMessage'))).toBe(true);

    // The topology names a consumer the stack did not wire: it could not poll its queue.
    const rewired: Topology = {
      ...topology,
      queues: topology.queues.map((q) => (q.name === 'webhook-dead-letters' ? { ...q, consumer: { function: 'ops', batchSize: 1, maxBatchingWindowSeconds: 0, maxConcurrency: 2 } } : q)),
    };
    expect(permissionProblems(synthTemplate(topology, 'Unwired').cfn, rewired)).toEqual([
      'ops: consumes webhook-dead-letters but may not sqs:ChangeMessageVisibility, sqs:DeleteMessage, sqs:GetQueueAttributes, sqs:ReceiveMessage there',
    ]);
  });
});

describe('alarm delivery', () => {
  const { cfn } = synthTemplate(topology, 'Bouclier');
  const alarmTopics = [
    ...new Set(
      cfn
        .ofType<AlarmProps>('AWS::CloudWatch::Alarm')
        .flatMap((alarm) => asArray(alarm.props.AlarmActions).map(logicalIdOf))
        .filter((id): id is string => id !== undefined),
    ),
  ];

  // CloudWatch calls KMS itself when it publishes an alarm to an encrypted topic: the key
  // policy must let cloudwatch.amazonaws.com Decrypt and GenerateDataKey*. The AWS managed
  // key alias/aws/sns does not and cannot (its policy is not editable), so alarm
  // notifications would be dropped.
  it('CloudWatch may use the key that encrypts the alarm topic', () => {
    expect(alarmTopics.length).toBeGreaterThan(0);
    for (const topicId of alarmTopics) {
      const key = cfn.get<{ KmsMasterKeyId?: unknown }>(topicId).props.KmsMasterKeyId;
      if (key === undefined) continue;
      const keyId = logicalIdOf(key);
      expect(keyId && cfn.typeOf(keyId), `${topicId} is encrypted with ${render(key)}`).toBe('AWS::KMS::Key');
      const statements = cfn.get<{ KeyPolicy: PolicyDocumentJson }>(keyId ?? '').props.KeyPolicy.Statement;
      const cloudWatch = statements.filter(
        (s) => s.Effect === 'Allow' && JSON.stringify(s.Principal ?? {}).includes('cloudwatch.amazonaws.com'),
      );
      const actions = cloudWatch.flatMap((s) => asArray(s.Action));
      expect(actions).toContain('kms:Decrypt');
      expect(actions.some((a) => a.startsWith('kms:GenerateDataKey'))).toBe(true);
    }
  });
});
