import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Aws, Duration, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { EventBus } from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';
import type { Topology } from '#topology';
import { BUNDLE, REQUIRE_BANNER, RUNTIME_PROVIDED_MODULES, copyFilesCommands, tracerFileCommand } from './bundling.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface FunctionsProps {
  readonly topology: Topology;
  readonly table: TableV2;
  readonly bus: EventBus;
  readonly metricsNamespace: string;
}

/** One NodejsFunction per topology function, each granted only the actions it declares. */
export class Functions extends Construct {
  readonly byName = new Map<string, NodejsFunction>();
  private readonly physicalNames = new Map<string, string>();

  constructor(scope: Construct, id: string, props: FunctionsProps) {
    super(scope, id);
    const { topology, table, bus } = props;
    const tableArn = table.tableArn;
    // Each index by name rather than index/*: least privilege, and no wildcard to explain.
    const tableResources = [tableArn, ...topology.table.indexes.map((index) => `${tableArn}/index/${index.name}`)];

    for (const [name, spec] of Object.entries(topology.functions)) {
      // A name of our own (stack name + topology name) so the API's definition can refer to a
      // function by ARN without depending on it: the function that flushes the API's
      // authorizer cache depends on the API, and the API on the functions it integrates.
      const functionName = `${Stack.of(this).stackName}-${name}`;
      if (functionName.length > 64) throw new Error(`function name '${functionName}' is longer than Lambda's 64 characters: shorten the stack name`);
      this.physicalNames.set(name, functionName);
      const logGroup = new LogGroup(this, `${name}Logs`, { retention: RetentionDays.THREE_MONTHS });
      // Our own role instead of AWSLambdaBasicExecutionRole: it may write to its log group only.
      const role = new Role(this, `${name}Role`, {
        assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
        description: `Bouclier ${name} function`,
      });
      logGroup.grantWrite(role);
      const fn = new NodejsFunction(this, name, {
        role,
        functionName,
        description: spec.description,
        entry: path.join(REPO_ROOT, spec.entry),
        handler: spec.handler,
        projectRoot: REPO_ROOT,
        depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
        runtime: Runtime.NODEJS_24_X,
        architecture: Architecture.ARM_64,
        memorySize: spec.memoryMb,
        timeout: Duration.seconds(spec.timeoutSeconds),
        tracing: Tracing.ACTIVE,
        logGroup,
        loggingFormat: LoggingFormat.JSON,
        environment: {
          TABLE_NAME: table.tableName,
          EVENT_BUS_NAME: bus.eventBusName,
          POWERTOOLS_SERVICE_NAME: topology.service,
          POWERTOOLS_METRICS_NAMESPACE: props.metricsNamespace,
          POWERTOOLS_LOG_LEVEL: 'INFO',
          // No --enable-source-maps: parsing the map costs every cold start about 20 ms. The map
          // ships beside the bundle; scripts/decode-stack.ts reads a logged stack trace with it.
        },
        bundling: {
          format: OutputFormat.ESM,
          target: BUNDLE.target,
          minify: BUNDLE.minify,
          sourceMap: true,
          sourcesContent: false,
          mainFields: [...BUNDLE.mainFields],
          define: { ...BUNDLE.define },
          // The runtime's AWS SDK (bundling.ts says why, operations.md has the figures).
          externalModules: [...RUNTIME_PROVIDED_MODULES],
          banner: REQUIRE_BANNER,
          // The Tracer and the X-Ray SDK as their own file beside the bundle, loaded by the first
          // sampled invocation (shared/powertools/tracing.ts, TRACER_FILE).
          commandHooks: {
            beforeBundling: () => [],
            beforeInstall: () => [],
            afterBundling: (inputDir: string, outputDir: string) => [tracerFileCommand(inputDir, outputDir), ...copyFilesCommands(spec.files ?? {}, inputDir, outputDir)],
          },
        },
      });

      const tableActions = spec.permissions.table ?? [];
      if (tableActions.length > 0) {
        fn.addToRolePolicy(
          new PolicyStatement({
            actions: [...tableActions],
            resources: tableResources,
          }),
        );
      }
      const busActions = spec.permissions.bus ?? [];
      if (busActions.length > 0) {
        fn.addToRolePolicy(new PolicyStatement({ actions: [...busActions], resources: [bus.eventBusArn] }));
      }
      Validations.of(role).acknowledge({
        id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions; every other action is scoped.',
      });
      this.byName.set(name, fn);
    }
  }

  /** The ARN of a function from its name alone: no dependency on the function resource. */
  arnOf(name: string): string {
    const functionName = this.physicalNames.get(name);
    if (!functionName) throw new Error(`topology names an unknown function '${name}'`);
    return `arn:${Aws.PARTITION}:lambda:${Aws.REGION}:${Aws.ACCOUNT_ID}:function:${functionName}`;
  }

  get(name: string): IFunction & NodejsFunction {
    const fn = this.byName.get(name);
    if (!fn) throw new Error(`topology names an unknown function '${name}'`);
    return fn;
  }
}
