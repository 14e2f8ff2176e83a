import { Duration, Validations } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Archive, EventBus, Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Topology } from '#topology';
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

/**
 * The custom bus and its archive; stream consumers (the outbox relay) with retries, a
 * maximum record age and a DLQ; rules and schedules from the topology, each target with
 * retries and a DLQ, so an event that cannot be handled is kept, never dropped.
 */
export class Events extends Construct {
  readonly bus: EventBus;
  readonly deadLetterQueues: Queue[] = [];
  readonly streamConsumerNames: string[] = [];

  constructor(scope: Construct, id: string, props: { topology: Topology }) {
    super(scope, id);
    this.bus = new EventBus(this, 'Bus', { eventBusName: props.topology.busName });
    new Archive(this, 'Archive', {
      sourceEventBus: this.bus,
      eventPattern: { source: [props.topology.eventSource] },
      retention: Duration.days(props.topology.archiveRetentionDays),
      description: 'Every Bouclier event, for replay',
    });
  }

  /** Wires what needs the functions (which themselves need the bus name). */
  connect({ topology, table, functions }: EventsProps): void {
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

    for (const spec of topology.rules) {
      const dlq = acknowledgeDeadLetter(deadLetterQueue(this, `${spec.name}RuleDlq`));
      this.deadLetterQueues.push(dlq);
      new Rule(this, `${spec.name}Rule`, {
        eventBus: this.bus,
        description: spec.description,
        eventPattern: spec.pattern,
        targets: spec.targets.map(
          (target) =>
            new LambdaFunction(functions.get(target.function), {
              deadLetterQueue: dlq,
              retryAttempts: 185,
              maxEventAge: Duration.hours(24),
            }),
        ),
      });
    }

    for (const spec of topology.schedules) {
      const dlq = acknowledgeDeadLetter(deadLetterQueue(this, `${spec.name}ScheduleDlq`));
      this.deadLetterQueues.push(dlq);
      new Rule(this, `${spec.name}Schedule`, {
        description: spec.description,
        schedule: Schedule.expression(spec.expression),
        targets: [new LambdaFunction(functions.get(spec.function), { deadLetterQueue: dlq, retryAttempts: 2 })],
      });
    }
  }
}
