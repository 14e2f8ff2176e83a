/**
 * Helpers for the infra suite: synthesize a BouclierStack without bundling, read its
 * template with types, render CloudFormation intrinsics as strings, and run cdk-nag.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Topology } from '#topology';
import { physicalQueueName } from '../../infra/constructs/events.ts';
import { BouclierStack } from '../../infra/stack.ts';

/**
 * `aws:cdk:bundling-stacks` (cxapi.BUNDLING_STACKS) lists the stack paths whose assets are
 * bundled; `Stack.bundlingRequired` matches the stack path against it (default `['**']`)
 * and AssetStaging skips esbuild when it does not match. An empty list: no bundling.
 */
export function testApp(context: Record<string, unknown> = {}): App {
  return new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
}

export function buildStack(topology: Topology, id = 'Bouclier'): { app: App; stack: BouclierStack } {
  const app = testApp();
  const stack = new BouclierStack(app, id, { topology, description: 'Bouclier: trade credit insurance backend' });
  return { app, stack };
}

export function synthTemplate(topology: Topology, id = 'Bouclier'): { stack: BouclierStack; template: Template; cfn: Cfn } {
  const { stack } = buildStack(topology, id);
  const template = Template.fromStack(stack);
  return { stack, template, cfn: new Cfn(template) };
}

// ---------------------------------------------------------------------------------------
// Template access
// ---------------------------------------------------------------------------------------

export type Props = Record<string, unknown>;

export interface CfnResource<P = Props> {
  readonly Type: string;
  readonly Properties: P;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

export interface Found<P = Props> {
  readonly id: string;
  readonly resource: CfnResource<P>;
  readonly props: P;
}

export interface PolicyStatementJson {
  readonly Effect: 'Allow' | 'Deny';
  readonly Action: string | string[];
  readonly Resource?: unknown;
  readonly Principal?: unknown;
  readonly Condition?: unknown;
}

export interface PolicyDocumentJson {
  readonly Statement: PolicyStatementJson[];
}

/** A typed view of a synthesized template. */
export class Cfn {
  readonly resources: Record<string, CfnResource>;
  readonly template: Template;

  constructor(template: Template) {
    this.template = template;
    this.resources = (template.toJSON() as { Resources: Record<string, CfnResource> }).Resources;
  }

  ofType<P = Props>(type: string): Found<P>[] {
    return Object.entries(this.resources)
      .filter(([, resource]) => resource.Type === type)
      .map(([id, resource]) => ({ id, resource: resource as CfnResource<P>, props: (resource.Properties ?? {}) as P }));
  }

  /** How many resources the template holds (CloudFormation allows 500 per stack). */
  count(): number {
    return Object.keys(this.resources).length;
  }

  /** The one resource of a type; throws (failing the test) when there are none or several. */
  one<P = Props>(type: string): Found<P> {
    const found = this.ofType<P>(type);
    if (found.length !== 1) throw new Error(`expected exactly one ${type}, found ${found.length}`);
    return found[0] as Found<P>;
  }

  get<P = Props>(id: string): Found<P> {
    const resource = this.resources[id];
    if (!resource) throw new Error(`no resource ${id}`);
    return { id, resource: resource as CfnResource<P>, props: (resource.Properties ?? {}) as P };
  }

  typeOf(id: string): string | undefined {
    return this.resources[id]?.Type;
  }
}

export function asArray<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

/**
 * Renders an intrinsic as a readable string: `{Ref: X}` is `${X}`, `{Fn::GetAtt: [X, A]}` is
 * `${X.A}`, `Fn::Join` joins its rendered parts; anything else is its JSON.
 */
export function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length === 1) {
      const [key, arg] = entries[0] as [string, unknown];
      if (key === 'Ref' && typeof arg === 'string') return `\${${arg}}`;
      if (key === 'Fn::GetAtt' && Array.isArray(arg)) return `\${${arg.map(render).join('.')}}`;
      if (key === 'Fn::Join' && Array.isArray(arg)) {
        const [separator, parts] = arg as [string, unknown[]];
        return parts.map(render).join(separator);
      }
    }
  }
  return JSON.stringify(value);
}

export const refOf = (logicalId: string): string => `\${${logicalId}}`;
export const attOf = (logicalId: string, attribute: string): string => `\${${logicalId}.${attribute}}`;

/** Logical id from `{Ref: X}` or `{Fn::GetAtt: [X, ...]}`. */
export function logicalIdOf(value: unknown): string | undefined {
  const match = /^\$\{([^.}]+)(?:\.[^}]+)?\}$/.exec(render(value));
  return match?.[1];
}

// ---------------------------------------------------------------------------------------
// Functions and their roles
// ---------------------------------------------------------------------------------------

export interface LambdaProps {
  readonly Description?: string;
  readonly FunctionName?: string;
  readonly Runtime?: string;
  readonly Handler?: string;
  readonly Architectures?: string[];
  readonly MemorySize?: number;
  readonly Timeout?: number;
  readonly TracingConfig?: { Mode?: string };
  readonly Role?: unknown;
  readonly Environment?: { Variables?: Record<string, unknown> };
  readonly LoggingConfig?: { LogGroup?: unknown; LogFormat?: string };
}

export interface RoleProps {
  readonly AssumeRolePolicyDocument?: PolicyDocumentJson;
  readonly ManagedPolicyArns?: unknown[];
  readonly Policies?: { PolicyName: string; PolicyDocument: PolicyDocumentJson }[];
  readonly Description?: string;
}

/** A topology function's Lambda, found by its Description (unique across the stack). */
export function lambdaOf(cfn: Cfn, description: string): Found<LambdaProps> {
  const found = cfn.ofType<LambdaProps>('AWS::Lambda::Function').filter((fn) => fn.props.Description === description);
  if (found.length !== 1) throw new Error(`expected one function described '${description}', found ${found.length}`);
  return found[0] as Found<LambdaProps>;
}

export function roleIdOf(fn: Found<LambdaProps>): string {
  const roleId = logicalIdOf(fn.props.Role);
  if (!roleId) throw new Error(`${fn.id} has no role in this stack`);
  return roleId;
}

/** Every statement granted to a role: its inline policies and every AWS::IAM::Policy attached to it. */
export function statementsOf(cfn: Cfn, roleId: string): PolicyStatementJson[] {
  const role = cfn.get<RoleProps>(roleId);
  const inline = (role.props.Policies ?? []).flatMap((policy) => policy.PolicyDocument.Statement);
  const attached = cfn
    .ofType<{ Roles?: unknown[]; PolicyDocument: PolicyDocumentJson }>('AWS::IAM::Policy')
    .filter((policy) => (policy.props.Roles ?? []).some((r) => logicalIdOf(r) === roleId))
    .flatMap((policy) => policy.props.PolicyDocument.Statement);
  const managed = cfn
    .ofType<{ Roles?: unknown[]; PolicyDocument: PolicyDocumentJson }>('AWS::IAM::ManagedPolicy')
    .filter((policy) => (policy.props.Roles ?? []).some((r) => logicalIdOf(r) === roleId))
    .flatMap((policy) => policy.props.PolicyDocument.Statement);
  return [...inline, ...attached, ...managed];
}

const STREAM_READ_ACTIONS = new Set([
  'dynamodb:ListStreams',
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
]);

/**
 * What an SQS event source mapping needs on its queue. CDK grants these to the consumer
 * (`grantConsumeMessages`), so they come from the queue spec, not from `permissions.queues`.
 */
const QUEUE_CONSUME_ACTIONS = new Set([
  'sqs:ReceiveMessage',
  'sqs:ChangeMessageVisibility',
  'sqs:GetQueueUrl',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
]);
/** What an event source mapping needs to put a failed batch's record on its on-failure queue. */
const QUEUE_FAILURE_DESTINATION_ACTIONS = new Set(['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl']);
/** Without these Lambda cannot poll the queue (the others are conveniences CDK adds). */
const QUEUE_CONSUME_REQUIRED = ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage'];

const sorted = (values: Iterable<string>): string[] => [...values].sort();

/**
 * Least privilege, derived from the topology: for each function, the DynamoDB actions on the
 * table and the EventBridge actions on the bus are exactly those it declares, on exactly the
 * table ARN plus each index ARN by name (resp. the bus ARN). Stream consumers may also read
 * the table stream, on the stream ARN only. SQS actions: per topology queue, exactly those of
 * `permissions.queues`, each statement on that queue's ARN alone; a queue's consumer may also
 * receive and delete on that queue (and needs to); a stream consumer may send to the on-failure
 * queue of its mapping, an asynchronously invoked function to its on-failure destination. Logs go to the function's own log group only.
 * Returns one line per violation (empty when the stack complies).
 */
export function permissionProblems(cfn: Cfn, topology: Topology): string[] {
  const problems: string[] = [];
  const table = tableOf(cfn);
  const bus = busOf(cfn, topology);
  const tableArn = attOf(table.id, 'Arn');
  const expectedTableResources = sorted([tableArn, ...topology.table.indexes.map((index) => `${tableArn}/index/${index.name}`)]);
  const streamArn = attOf(table.id, 'StreamArn');
  const busArn = attOf(bus.id, 'Arn');
  const consumers = new Set(topology.streamConsumers.map((consumer) => consumer.function));
  const queueByArn = new Map(topology.queues.map((spec) => [attOf(queueOf(cfn, topology, spec.name).id, 'Arn'), spec.name]));
  // A secret's Ref is its ARN.
  const secretByArn = new Map(Object.keys(topology.secrets ?? {}).map((secret) => [refOf(secretOf(cfn, topology, secret).id), secret]));
  // Stream consumers send what they could not process to their mapping's on-failure queue.
  const failureDestinations = new Map<string, string[]>();
  for (const mapping of cfn.ofType<{ FunctionName: unknown; DestinationConfig?: { OnFailure?: { Destination?: unknown } } }>('AWS::Lambda::EventSourceMapping')) {
    const fnId = logicalIdOf(mapping.props.FunctionName);
    const destination = mapping.props.DestinationConfig?.OnFailure?.Destination;
    if (fnId && destination !== undefined) failureDestinations.set(fnId, [...(failureDestinations.get(fnId) ?? []), render(destination)]);
  }
  // Asynchronously invoked functions send the invocation record of a failed run to theirs.
  for (const config of cfn.ofType<{ FunctionName: unknown; DestinationConfig?: { OnFailure?: { Destination?: unknown } } }>('AWS::Lambda::EventInvokeConfig')) {
    const fnId = logicalIdOf(config.props.FunctionName);
    const destination = config.props.DestinationConfig?.OnFailure?.Destination;
    if (fnId && destination !== undefined) failureDestinations.set(fnId, [...(failureDestinations.get(fnId) ?? []), render(destination)]);
  }

  for (const [name, spec] of Object.entries(topology.functions)) {
    const fn = lambdaOf(cfn, spec.description);
    const statements = statementsOf(cfn, roleIdOf(fn)).filter((statement) => statement.Effect === 'Allow');
    const logGroup = logicalIdOf(fn.props.LoggingConfig?.LogGroup);
    const grantedTable = new Set<string>();
    const grantedBus = new Set<string>();
    const grantedApi = new Set<string>();
    const grantedQueues = new Map<string, Set<string>>();
    const grantedSecrets = new Set<string>();
    const consumedQueues = new Map<string, Set<string>>();
    const consumes = new Set(topology.queues.filter((q) => q.consumer?.function === name).map((q) => q.name));
    for (const statement of statements) {
      const actions = asArray(statement.Action);
      const resources = sorted(asArray(statement.Resource).map(render));
      if (resources.some((resource) => resource.includes('/index/*'))) {
        problems.push(`${name}: wildcard index resource in ${JSON.stringify(resources)}`);
      }
      for (const action of actions) {
        if (action === '*' || action.endsWith(':*')) problems.push(`${name}: wildcard action ${action}`);
        const where = `${name}: ${action} on ${JSON.stringify(resources)}`;
        if (action.startsWith('dynamodb:')) {
          if (STREAM_READ_ACTIONS.has(action)) {
            if (!consumers.has(name)) problems.push(`${where}: not a stream consumer`);
            if (resources.some((resource) => resource !== streamArn)) problems.push(`${where}: expected only ${streamArn}`);
            continue;
          }
          grantedTable.add(action);
          if (JSON.stringify(resources) !== JSON.stringify(expectedTableResources)) {
            problems.push(`${where}: expected ${JSON.stringify(expectedTableResources)}`);
          }
        } else if (action.startsWith('events:')) {
          grantedBus.add(action);
          if (JSON.stringify(resources) !== JSON.stringify([busArn])) problems.push(`${where}: expected [${busArn}]`);
        } else if (action.startsWith('apigateway:')) {
          grantedApi.add(action);
          // GET finds plans, POST registers keys, DELETE flushes the stage's authorizer cache.
          const allowed =
            action === 'apigateway:DELETE'
              ? /:apigateway:.*::\/restapis\/\$\{\w+\}\/stages\/[\w-]+\/cache\/authorizers$/
              : /:apigateway:.*::\/(apikeys|usageplans(\/\*\/keys)?)$/;
          if (resources.some((resource) => !allowed.test(resource))) {
            problems.push(`${where}: expected only ${action === 'apigateway:DELETE' ? "the stage's authorizer cache" : '/apikeys and /usageplans resources'}`);
          }
        } else if (action.startsWith('sqs:')) {
          if (resources.length === 0) problems.push(`${where}: no resource`);
          for (const resource of resources) {
            const queue = queueByArn.get(resource);
            if (failureDestinations.get(fn.id)?.includes(resource)) {
              if (!QUEUE_FAILURE_DESTINATION_ACTIONS.has(action)) problems.push(`${name}: ${action} on its on-failure queue ${resource}`);
            } else if (!queue) {
              problems.push(`${name}: ${action} on ${resource}: not a topology queue`);
            } else if (QUEUE_CONSUME_ACTIONS.has(action) && consumes.has(queue)) {
              consumedQueues.set(queue, (consumedQueues.get(queue) ?? new Set()).add(action));
            } else {
              grantedQueues.set(queue, (grantedQueues.get(queue) ?? new Set()).add(action));
            }
          }
        } else if (action.startsWith('secretsmanager:')) {
          if (action !== 'secretsmanager:GetSecretValue') problems.push(`${where}: reading a secret needs GetSecretValue only`);
          if (resources.length === 0) problems.push(`${where}: no resource`);
          for (const resource of resources) {
            const secret = secretByArn.get(resource);
            if (secret) grantedSecrets.add(secret);
            else problems.push(`${name}: ${action} on ${resource}: not a topology secret`);
          }
        } else if (action.startsWith('logs:')) {
          if (!logGroup || resources.some((resource) => resource !== attOf(logGroup, 'Arn'))) {
            problems.push(`${where}: expected only its own log group`);
          }
        }
      }
    }
    const declaredTable = sorted(spec.permissions.table ?? []);
    const declaredBus = sorted(spec.permissions.bus ?? []);
    if (JSON.stringify(sorted(grantedTable)) !== JSON.stringify(declaredTable)) {
      problems.push(`${name}: table actions ${JSON.stringify(sorted(grantedTable))}, declared ${JSON.stringify(declaredTable)}`);
    }
    if (JSON.stringify(sorted(grantedBus)) !== JSON.stringify(declaredBus)) {
      problems.push(`${name}: bus actions ${JSON.stringify(sorted(grantedBus))}, declared ${JSON.stringify(declaredBus)}`);
    }
    const declaredQueues = Object.fromEntries(Object.entries(spec.permissions.queues ?? {}).map(([queue, actions]) => [queue, sorted(actions)]));
    const actualQueues = Object.fromEntries([...grantedQueues].map(([queue, actions]) => [queue, sorted(actions)]));
    const byName = (record: Record<string, string[]>) => JSON.stringify(Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b))));
    if (byName(actualQueues) !== byName(declaredQueues)) {
      problems.push(`${name}: queue actions ${byName(actualQueues)}, declared ${byName(declaredQueues)}`);
    }
    for (const queue of consumes) {
      const missing = QUEUE_CONSUME_REQUIRED.filter((action) => !consumedQueues.get(queue)?.has(action));
      if (missing.length > 0) problems.push(`${name}: consumes ${queue} but may not ${missing.join(', ')} there`);
    }
    const declaredSecrets = sorted(spec.permissions.secrets ?? []);
    if (JSON.stringify(sorted(grantedSecrets)) !== JSON.stringify(declaredSecrets)) {
      problems.push(`${name}: secrets ${JSON.stringify(sorted(grantedSecrets))}, declared ${JSON.stringify(declaredSecrets)}`);
    }
    const declaredApi = sorted(spec.permissions.apiManagement ?? []);
    if (JSON.stringify(sorted(grantedApi)) !== JSON.stringify(declaredApi)) {
      problems.push(`${name}: API Gateway actions ${JSON.stringify(sorted(grantedApi))}, declared ${JSON.stringify(declaredApi)}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------
// Well-known resources
// ---------------------------------------------------------------------------------------

/** The single table, TableV2 (AWS::DynamoDB::GlobalTable) or Table (AWS::DynamoDB::Table). */
export function tableOf(cfn: Cfn): Found {
  const tables = [...cfn.ofType('AWS::DynamoDB::GlobalTable'), ...cfn.ofType('AWS::DynamoDB::Table')];
  if (tables.length !== 1) throw new Error(`expected exactly one DynamoDB table, found ${tables.length}`);
  return tables[0] as Found;
}

export function busOf(cfn: Cfn, topology: Topology): Found<{ Name?: string }> {
  const buses = cfn.ofType<{ Name?: string }>('AWS::Events::EventBus').filter((bus) => bus.props.Name === topology.busName);
  if (buses.length !== 1) throw new Error(`expected one event bus named ${topology.busName}, found ${buses.length}`);
  return buses[0] as Found<{ Name?: string }>;
}

export interface QueueProps {
  readonly QueueName?: string;
  readonly SqsManagedSseEnabled?: boolean;
  readonly KmsMasterKeyId?: unknown;
  readonly VisibilityTimeout?: number;
  readonly MessageRetentionPeriod?: number;
  readonly RedrivePolicy?: { deadLetterTargetArn?: unknown; maxReceiveCount?: number };
}

/** A topology queue, found by the name it is deployed with. */
export interface SecretProps {
  readonly Description?: string;
  readonly SecretString?: unknown;
  readonly GenerateSecretString?: { readonly PasswordLength?: number; readonly ExcludePunctuation?: boolean };
}

/** A topology secret's AWS::SecretsManager::Secret, found by its description. */
export function secretOf(cfn: Cfn, topology: Topology, name: string): Found<SecretProps> {
  const spec = topology.secrets?.[name];
  if (!spec) throw new Error(`no secret ${name} in the topology`);
  const found = cfn.ofType<SecretProps>('AWS::SecretsManager::Secret').filter((secret) => secret.props.Description === `${topology.service}: ${spec.description}`);
  if (found.length !== 1) throw new Error(`expected one secret '${name}', found ${found.length}`);
  return found[0] as Found<SecretProps>;
}

export function queueOf(cfn: Cfn, topology: Topology, name: string): Found<QueueProps> {
  const queueName = physicalQueueName(topology, name);
  const found = cfn.ofType<QueueProps>('AWS::SQS::Queue').filter((queue) => queue.props.QueueName === queueName);
  if (found.length !== 1) throw new Error(`expected one queue named ${queueName}, found ${found.length}`);
  return found[0] as Found<QueueProps>;
}

/** Every statement of the resource policies attached to a queue. */
export function queuePolicyStatements(cfn: Cfn, queueId: string): PolicyStatementJson[] {
  return cfn
    .ofType<{ Queues: unknown[]; PolicyDocument: PolicyDocumentJson }>('AWS::SQS::QueuePolicy')
    .filter((policy) => policy.props.Queues.some((q) => logicalIdOf(q) === queueId))
    .flatMap((policy) => policy.props.PolicyDocument.Statement);
}

/** The queue refuses every request not made over TLS (enforceSSL, cdk-nag SQS4). */
export function queueRefusesPlainHttp(cfn: Cfn, queueId: string): boolean {
  return queuePolicyStatements(cfn, queueId).some(
    (s) =>
      s.Effect === 'Deny' &&
      asArray(s.Action).includes('sqs:*') &&
      JSON.stringify(s.Principal) === JSON.stringify({ AWS: '*' }) &&
      JSON.stringify(s.Condition) === JSON.stringify({ Bool: { 'aws:SecureTransport': 'false' } }) &&
      asArray(s.Resource).map(render).includes(attOf(queueId, 'Arn')),
  );
}

export interface MethodProps {
  readonly HttpMethod: string;
  readonly OperationName?: string;
  /** CUSTOM behind the Lambda authorizer, NONE otherwise (the import's `security`). */
  readonly AuthorizationType: 'CUSTOM' | 'NONE';
  /** The security schemes the method requires, by name. */
  readonly Security: string[];
  readonly ApiKeyRequired: boolean;
  readonly Integration?: {
    readonly Type?: string;
    readonly Uri?: unknown;
    readonly RequestTemplates?: Record<string, string>;
    readonly IntegrationResponses?: {
      readonly StatusCode: string;
      readonly ResponseParameters?: Record<string, string>;
      readonly ResponseTemplates?: Record<string, string>;
    }[];
  };
  readonly MethodResponses?: { StatusCode: string }[];
}

interface ImportedOperation {
  operationId?: string;
  security?: Record<string, unknown>[];
  responses?: Record<string, unknown>;
  'x-amazon-apigateway-integration'?: {
    type?: string;
    uri?: unknown;
    requestTemplates?: Record<string, string>;
    responses?: Record<string, { statusCode: string; responseParameters?: Record<string, string>; responseTemplates?: Record<string, string> }>;
  };
}

/** The OpenAPI definition the REST API is imported from (its `Body`). */
export function apiBody(cfn: Cfn): {
  paths: Record<string, Record<string, unknown>>;
  components?: { securitySchemes?: Record<string, Record<string, unknown>> };
  'x-amazon-apigateway-api-key-source'?: string;
  'x-amazon-apigateway-gateway-responses'?: Record<string, { statusCode: number; responseParameters?: Record<string, string>; responseTemplates?: Record<string, string> }>;
} {
  const api = cfn.one<{ Body?: unknown }>('AWS::ApiGateway::RestApi');
  if (!api.props.Body) throw new Error('the REST API has no inline definition');
  return api.props.Body as ReturnType<typeof apiBody>;
}

/** Every method of the imported definition with its path, in the shape of a Method resource. */
export function methodsByPath(cfn: Cfn): { path: string; props: MethodProps }[] {
  const methods: { path: string; props: MethodProps }[] = [];
  for (const [path, item] of Object.entries(apiBody(cfn).paths)) {
    for (const [key, value] of Object.entries(item)) {
      if (key === 'parameters') continue;
      const operation = value as ImportedOperation;
      const integration = operation['x-amazon-apigateway-integration'];
      const security = Object.keys(operation.security?.[0] ?? {});
      methods.push({
        path,
        props: {
          HttpMethod: key === 'x-amazon-apigateway-any-method' ? 'ANY' : key.toUpperCase(),
          ...(operation.operationId ? { OperationName: operation.operationId } : {}),
          AuthorizationType: security.includes('authorizer') ? 'CUSTOM' : 'NONE',
          Security: security,
          ApiKeyRequired: security.includes('api_key'),
          ...(integration
            ? {
                Integration: {
                  ...(integration.type ? { Type: integration.type.toUpperCase() } : {}),
                  ...(integration.uri !== undefined ? { Uri: integration.uri } : {}),
                  ...(integration.requestTemplates ? { RequestTemplates: integration.requestTemplates } : {}),
                  ...(integration.responses
                    ? {
                        IntegrationResponses: Object.values(integration.responses).map((r) => ({
                          StatusCode: r.statusCode,
                          ...(r.responseParameters ? { ResponseParameters: r.responseParameters } : {}),
                          ...(r.responseTemplates ? { ResponseTemplates: r.responseTemplates } : {}),
                        })),
                      }
                    : {}),
                },
              }
            : {}),
          MethodResponses: Object.keys(operation.responses ?? {}).map((status) => ({ StatusCode: status })),
        },
      });
    }
  }
  return methods;
}

// ---------------------------------------------------------------------------------------
// Metrics (dashboard bodies and alarms)
// ---------------------------------------------------------------------------------------

export interface MetricRef {
  readonly namespace: string;
  readonly name: string;
  readonly dimensions: Record<string, string>;
  readonly stat?: string;
}

interface AlarmMetricStat {
  Metric?: { Namespace: string; MetricName: string; Dimensions?: { Name: string; Value: unknown }[] };
  Stat?: string;
  Period?: number;
}

export interface AlarmProps {
  readonly MetricName?: string;
  readonly Namespace?: string;
  readonly Statistic?: string;
  readonly ExtendedStatistic?: string;
  readonly Dimensions?: { Name: string; Value: unknown }[];
  readonly Metrics?: { Id?: string; Expression?: string; MetricStat?: AlarmMetricStat }[];
  readonly AlarmActions?: unknown[];
}

const dims = (dimensions: { Name: string; Value: unknown }[] | undefined): Record<string, string> =>
  Object.fromEntries((dimensions ?? []).map((d) => [d.Name, render(d.Value)]));

/** The metrics an alarm watches, whether rendered as a single metric or a `Metrics` list. */
export function alarmMetrics(alarm: AlarmProps): MetricRef[] {
  if (alarm.MetricName && alarm.Namespace) {
    const stat = alarm.Statistic ?? alarm.ExtendedStatistic;
    return [{ namespace: alarm.Namespace, name: alarm.MetricName, dimensions: dims(alarm.Dimensions), ...(stat ? { stat } : {}) }];
  }
  return (alarm.Metrics ?? []).flatMap(({ MetricStat }) =>
    MetricStat?.Metric
      ? [
          {
            namespace: MetricStat.Metric.Namespace,
            name: MetricStat.Metric.MetricName,
            dimensions: dims(MetricStat.Metric.Dimensions),
            ...(MetricStat.Stat ? { stat: MetricStat.Stat } : {}),
          },
        ]
      : [],
  );
}

export interface DashboardWidget {
  readonly type: string;
  readonly properties: { title?: string; markdown?: string; metrics?: unknown[][] };
}

/** The dashboard body parsed as JSON, with intrinsics rendered as `${Id}` / `${Id.Attr}`. */
export function dashboardWidgets(body: unknown): DashboardWidget[] {
  return (JSON.parse(render(body)) as { widgets: DashboardWidget[] }).widgets;
}

/** Metric lines of a dashboard widget: `[namespace, name, dimName, dimValue, ..., {options}]`. */
export function widgetMetrics(widget: DashboardWidget): MetricRef[] {
  return (widget.properties.metrics ?? []).flatMap((line) => {
    const options = line.find((item) => typeof item === 'object' && item !== null) as { stat?: string } | undefined;
    const strings = line.filter((item): item is string => typeof item === 'string');
    if (strings.length < 2) return []; // a math expression
    const [namespace, name, ...rest] = strings as [string, string, ...string[]];
    const dimensions: Record<string, string> = {};
    for (let i = 0; i + 1 < rest.length; i += 2) dimensions[rest[i] as string] = rest[i + 1] as string;
    return [{ namespace, name, dimensions, ...(options?.stat ? { stat: options.stat } : {}) }];
  });
}

// ---------------------------------------------------------------------------------------
// cdk-nag
// ---------------------------------------------------------------------------------------

/** One rule finding as CDK's validation report lists it. */
export interface NagFinding {
  readonly rule: string;
  readonly severity: string;
  readonly description: string;
  readonly paths: string[];
}

export interface AcknowledgedFinding extends NagFinding {
  readonly acknowledgedId: string;
  readonly reason?: string;
  readonly acknowledgedAt?: string;
}

export interface NagOutcome {
  /** Findings nobody acknowledged: errors and warnings alike. */
  readonly unacknowledged: NagFinding[];
  readonly acknowledged: AcknowledgedFinding[];
  /** Set when the plugin itself failed (its report then has no violations but `success: false`). */
  readonly pluginError?: string;
  /** What `app.synth()` threw: unacknowledged errors fail synthesis in-memory (NODE_ENV=test). */
  readonly synthError?: Error;
  readonly reportPath: string;
}

interface ReportConstruct {
  constructPath: string;
}
interface ReportViolation {
  ruleName: string;
  description: string;
  severity: string;
  violatingConstructs: ReportConstruct[];
}
interface ReportSuppressed extends ReportViolation {
  acknowledgedId: string;
  reason?: string;
  acknowledgedAt?: string;
}
interface ValidationReport {
  pluginReports: {
    pluginName: string;
    conclusion: 'success' | 'failure';
    metadata?: Record<string, string>;
    violations: ReportViolation[];
    suppressedViolations?: ReportSuppressed[];
  }[];
}

const NAG_PLUGIN = 'AwsSolutions';

/**
 * Registers AwsSolutionsChecks as a CDK validation plugin (cdk-nag v3), synthesizes, and reads
 * the findings from the cloud assembly's `validation-report.json` (cxapi.VALIDATION_REPORT_FILE),
 * which aws-cdk-lib writes on every synthesis with plugins, before deciding whether to throw.
 * Reading the report rather than relying on the throw matters: synthesis fails on
 * unacknowledged *errors* only, while cdk-nag *warnings* pass silently. CDK itself moves
 * acknowledged findings (`Validations.of(x).acknowledge`) to `suppressedViolations`, with the
 * reason. A plugin report with no violations and no suppressions is left out of the file.
 */
export function runNag(app: App): NagOutcome {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  let synthError: Error | undefined;
  try {
    app.synth();
  } catch (error) {
    synthError = error as Error;
  }
  const reportPath = path.join(app.outdir, 'validation-report.json');
  if (!existsSync(reportPath)) {
    throw new Error(`synthesis wrote no validation report (${reportPath}); it threw: ${synthError?.message ?? 'nothing'}`);
  }
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as ValidationReport;
  const nag = report.pluginReports.filter((plugin) => plugin.pluginName === NAG_PLUGIN);
  const finding = (v: ReportViolation): NagFinding => ({
    rule: v.ruleName,
    severity: v.severity,
    description: v.description,
    paths: v.violatingConstructs.map((c) => c.constructPath),
  });
  const pluginError = nag.map((plugin) => plugin.metadata?.['error']).find((error) => error !== undefined);
  return {
    unacknowledged: nag.flatMap((plugin) => plugin.violations.map(finding)),
    acknowledged: nag.flatMap((plugin) =>
      (plugin.suppressedViolations ?? []).map((v) => ({
        ...finding(v),
        acknowledgedId: v.acknowledgedId,
        ...(v.reason !== undefined ? { reason: v.reason } : {}),
        ...(v.acknowledgedAt !== undefined ? { acknowledgedAt: v.acknowledgedAt } : {}),
      })),
    ),
    ...(pluginError !== undefined ? { pluginError } : {}),
    ...(synthError !== undefined ? { synthError } : {}),
    reportPath,
  };
}

/** One line per finding, for readable assertion failures. */
export function describeFindings(findings: readonly NagFinding[]): string[] {
  return findings.flatMap((f) => f.paths.map((p) => `${f.severity} ${f.rule} at ${p}`)).sort();
}
