import { Duration, Validations } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Archive, EventBus, Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction, SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { queueUrlVariable } from '#events/queue-names';
import { asyncInvokedFunctions, type QueueSpec, type Topology } from '#topology';
import type { Functions } from './functions.ts';

export interface EventsProps {
  readonly topology: Topology;
  readonly table: TableV2;
  readonly functions: Functions;
}

/** A dead-letter queue: encrypted, TLS only, kept 14 days (the SQS maximum). */
export function deadLetterQueue(scope: Construct, id: string): Queue {
  return new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
}

function acknowledgeDeadLetter(queue: Queue): Queue {
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions::AwsSolutions-SQS3',
    reason: 'This queue is itself a dead-letter queue (failure destination); its depth is alarmed.',
  });
  return queue;
}

/** The deployed name of a topology queue: operators find `bouclier-webhook-events` in the console. */
export function physicalQueueName(topology: Pick<Topology, 'service'>, name: string): string {
  return `${topology.service}-${name}`;
}

/** `webhook-dead-letters` → `webhookDeadLetters`: construct ids in the style of the others. */
const camel = (name: string): string => name.replace(/[^A-Za-z0-9]+(.)?/g, (_match, next: string | undefined) => (next ?? '').toUpperCase());

/** A topology queue and what the topology says of it. */
export interface TopologyQueue {
  readonly name: string;
  readonly spec: QueueSpec;
  readonly queue: Queue;
}

/**
 * The custom bus and its archive; the topology's queues, each with its dead-letter queue and
 * consumer; stream consumers (the outbox relay) with retries, a maximum record age and a DLQ;
 * rules and schedules from the topology, each target with retries and a DLQ, so an event that
 * cannot be handled is kept, never dropped.
 */
export class Events extends Construct {
  readonly bus: EventBus;
  /** Queues whose depth means work for a human: failure destinations and consumer-less queues. */
  readonly deadLetterQueues: Queue[] = [];
  /** Consumer-less queues of customers' failures: on the dashboard, not alarmed one by one. */
  readonly parkingQueues: TopologyQueue[] = [];
  /** Topology queues with a consumer: their backlog and oldest message are watched. */
  readonly workQueues: TopologyQueue[] = [];
  readonly streamConsumerNames: string[] = [];
  /** Every rule, on the custom bus or (schedules) the default one: their failed invocations alarm. */
  readonly rules: { readonly rule: Rule; readonly onCustomBus: boolean }[] = [];
  private readonly queues = new Map<string, TopologyQueue>();

  constructor(scope: Construct, id: string, props: { topology: Topology }) {
    super(scope, id);
    const { topology } = props;
    this.bus = new EventBus(this, 'Bus', { eventBusName: topology.busName });
    new Archive(this, 'Archive', {
      sourceEventBus: this.bus,
      eventPattern: { source: [topology.eventSource] },
      retention: Duration.days(topology.archiveRetentionDays),
      description: 'Every Bouclier event, for replay',
    });
    // Here rather than in connect: the queues need nothing else, and connect's grants need them.
    for (const spec of topology.queues) this.createQueue(topology, spec, []);
  }

  /** The queue the topology names; throws on a name it does not have. */
  queue(name: string): Queue {
    const found = this.queues.get(name);
    if (!found) throw new Error(`topology names an unknown queue '${name}'`);
    return found.queue;
  }

  /** Creates a queue after the dead-letter queue it names (the topology may list it later). */
  private createQueue(topology: Topology, spec: QueueSpec, path: readonly string[]): Queue {
    const existing = this.queues.get(spec.name);
    if (existing) return existing.queue;
    if (path.includes(spec.name)) throw new Error(`dead-letter queues form a cycle: ${[...path, spec.name].join(' → ')}`);
    const specOf = (name: string): QueueSpec => {
      const found = topology.queues.find((q) => q.name === name);
      if (!found) throw new Error(`queue '${spec.name}' names an unknown dead-letter queue '${name}'`);
      return found;
    };
    const deadLetter = spec.deadLetter
      ? { queue: this.createQueue(topology, specOf(spec.deadLetter.queue), [...path, spec.name]), maxReceiveCount: spec.deadLetter.maxReceiveCount }
      : undefined;
    const queue = new Queue(this, `${camel(spec.name)}Queue`, {
      queueName: physicalQueueName(topology, spec.name),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(spec.visibilityTimeoutSeconds),
      retentionPeriod: Duration.days(spec.retentionDays),
      ...(deadLetter ? { deadLetterQueue: deadLetter } : {}),
    });
    const entry: TopologyQueue = { name: spec.name, spec, queue };
    this.queues.set(spec.name, entry);
    if (spec.consumer) {
      this.workQueues.push(entry);
    } else if (spec.depthAlarm !== false) {
      this.deadLetterQueues.push(queue);
    } else {
      this.parkingQueues.push(entry);
    }
    // Nothing reads it and it has no DLQ: it is where failures end up, for a human to look at.
    // A consumed queue without a DLQ stays a cdk-nag finding, and synthesis fails.
    if (!spec.deadLetter && !spec.consumer) acknowledgeDeadLetter(queue);
    return queue;
  }

  /** Wires what needs the functions (which themselves need the bus name). */
  connect({ topology, table, functions }: EventsProps): void {
    for (const { spec, queue } of this.queues.values()) {
      if (!spec.consumer) continue;
      functions.get(spec.consumer.function).addEventSource(
        new SqsEventSource(queue, {
          batchSize: spec.consumer.batchSize,
          maxBatchingWindow: Duration.seconds(spec.consumer.maxBatchingWindowSeconds),
          reportBatchItemFailures: true,
          maxConcurrency: spec.consumer.maxConcurrency,
        }),
      );
    }

    // Least privilege, as for the table and the bus: the actions declared, on that queue only.
    for (const [name, spec] of Object.entries(topology.functions)) {
      for (const [queueName, actions] of Object.entries(spec.permissions.queues ?? {})) {
        const queue = this.queue(queueName);
        const fn = functions.get(name);
        fn.addToRolePolicy(new PolicyStatement({ actions: [...actions], resources: [queue.queueArn] }));
        fn.addEnvironment(queueUrlVariable(queueName), queue.queueUrl);
      }
    }

    for (const consumer of topology.streamConsumers) {
      const dlq = acknowledgeDeadLetter(deadLetterQueue(this, `${consumer.function}StreamDlq`));
      this.deadLetterQueues.push(dlq);
      this.streamConsumerNames.push(consumer.function);
      functions.get(consumer.function).addEventSource(
        new DynamoEventSource(table, {
          startingPosition: StartingPosition.TRIM_HORIZON,
          batchSize: consumer.batchSize,
          maxBatchingWindow: Duration.seconds(consumer.maxBatchingWindowSeconds),
          retryAttempts: consumer.retryAttempts,
          maxRecordAge: Duration.seconds(consumer.maxRecordAgeSeconds),
          bisectBatchOnError: consumer.bisectBatchOnError,
          parallelizationFactor: consumer.parallelizationFactor,
          reportBatchItemFailures: true,
          onFailure: new SqsDlq(dlq),
          filters: [FilterCriteria.filter(consumer.filter)],
        }),
      );
    }

    // EventBridge hands events to these functions asynchronously. Lambda retries a failed run
    // (error or timeout) as the topology says, then sends the invocation record to the
    // on-failure queue, whose depth alarms: nothing is dropped after the retries.
    const { asyncInvocation } = topology;
    const onFailure = new SqsDestination(this.queue(asyncInvocation.onFailureQueue));
    for (const name of asyncInvokedFunctions(topology)) {
      functions.get(name).configureAsyncInvoke({
        retryAttempts: asyncInvocation.retryAttempts,
        maxEventAge: Duration.seconds(asyncInvocation.maxEventAgeSeconds),
        onFailure,
      });
    }

    for (const spec of topology.rules) {
      const dlq = acknowledgeDeadLetter(deadLetterQueue(this, `${spec.name}RuleDlq`));
      this.deadLetterQueues.push(dlq);
      // EventBridge retries a handover Lambda or SQS refused (throttled, unavailable) for up to
      // a day, then keeps the event in the DLQ; a function's own failures are Lambda's to retry.
      const delivery = { deadLetterQueue: dlq, retryAttempts: 185, maxEventAge: Duration.hours(24) };
      const rule = new Rule(this, `${spec.name}Rule`, {
        eventBus: this.bus,
        description: spec.description,
        eventPattern: spec.pattern,
        targets: spec.targets.map((target) =>
          'queue' in target ? new SqsQueue(this.queue(target.queue), delivery) : new LambdaFunction(functions.get(target.function), delivery),
        ),
      });
      this.rules.push({ rule, onCustomBus: true });
    }

    for (const spec of topology.schedules) {
      const dlq = acknowledgeDeadLetter(deadLetterQueue(this, `${spec.name}ScheduleDlq`));
      this.deadLetterQueues.push(dlq);
      const rule = new Rule(this, `${spec.name}Schedule`, {
        description: spec.description,
        schedule: Schedule.expression(spec.expression),
        targets: [new LambdaFunction(functions.get(spec.function), { deadLetterQueue: dlq, retryAttempts: 2 })],
      });
      this.rules.push({ rule, onCustomBus: false });
    }
  }
}
