/**
 * Events: the outbox relay that puts the table's outbox items on the bus, the rules that route
 * them (to functions or queues), and the queues of webhook work.
 */
import { ACCESS_EVENT_TYPES, EVENT_TYPES, MONITORING_EVENT_TYPES } from '../events/types.ts';
import type { FunctionName } from './index.ts';
import type { FunctionSpec, QueueSpec, RuleSpec, StreamConsumerSpec } from './types.ts';

export const eventsFunctions = {
  relay: {
    entry: 'functions/events/relay.ts',
    handler: 'handler',
    description: 'Outbox relay: DynamoDB stream records of outbox events to the event bus',
    memoryMb: 512,
    timeoutSeconds: 30,
    permissions: { bus: ['events:PutEvents'] },
  },

} as const satisfies Record<string, FunctionSpec>;

export const streamConsumers: StreamConsumerSpec<FunctionName>[] = [
  {
    function: 'relay',
    // Only outbox items, and only when written: their TTL expiry (REMOVE) is not an event.
    filter: { eventName: ['INSERT'], dynamodb: { NewImage: { kind: { S: ['outbox'] } } } },
    batchSize: 100,
    maxBatchingWindowSeconds: 0,
    retryAttempts: 10,
    maxRecordAgeSeconds: 24 * 60 * 60,
    bisectBatchOnError: true,
    parallelizationFactor: 1,
  },
];

export const queues: QueueSpec<FunctionName>[] = [
  {
    name: 'webhook-events',
    description: 'Events for webhooks, from the bus; the fan-out turns each into deliveries',
    visibilityTimeoutSeconds: 6 * 30,
    retentionDays: 4,
    deadLetter: { queue: 'webhook-dead-letters', maxReceiveCount: 10 },
    consumer: { function: 'webhookFanout', batchSize: 10, maxBatchingWindowSeconds: 0, maxConcurrency: 5 },
  },
  {
    name: 'webhook-deliveries',
    description: 'One message per delivery attempt, delayed by its retry schedule (at most 15 min per hop)',
    visibilityTimeoutSeconds: 6 * 30,
    retentionDays: 4,
    deadLetter: { queue: 'webhook-dead-letters', maxReceiveCount: 10 },
    consumer: { function: 'webhookDelivery', batchSize: 10, maxBatchingWindowSeconds: 0, maxConcurrency: 20 },
  },
  {
    name: 'webhook-dead-letters',
    description: 'Messages the fan-out or the delivery worker could not handle ten times: our failures',
    visibilityTimeoutSeconds: 30,
    retentionDays: 14,
  },
  {
    name: 'webhook-failed-deliveries',
    description: 'Deliveries whose endpoint never took them (retries exhausted, or disabled): the customers’ failures',
    visibilityTimeoutSeconds: 30,
    retentionDays: 14,
    // One customer's endpoint down for three days is not an incident; a wave of them shows in
    // WebhookFailureRate and WebhookDeadLettered.
    depthAlarm: false,
  },
  {
    name: 'sector-alert-work',
    description: 'A sector alert’s work items (chunks of buyers to cut, of tenants to tell), consumed by several workers at once',
    // Six times the worker's timeout: a message is not seen again while a worker still runs it.
    visibilityTimeoutSeconds: 6 * 120,
    retentionDays: 4,
    deadLetter: { queue: 'sector-alert-work-dead-letters', maxReceiveCount: 5 },
    consumer: { function: 'sectorAlertWorker', batchSize: 1, maxBatchingWindowSeconds: 0, maxConcurrency: 16 },
  },
  {
    name: 'sector-alert-work-dead-letters',
    description: 'Sector alert work items that failed five times: the alert stays unfinished until they are redriven',
    visibilityTimeoutSeconds: 30,
    retentionDays: 14,
  },
  {
    name: 'job-work',
    description: 'The daily jobs’ work items (chunks of due tranches, reductions, invoices, claims, tenants, sector pairs), consumed by several workers at once',
    // Six times the worker's timeout: a message is not seen again while a worker still runs it.
    visibilityTimeoutSeconds: 6 * 300,
    retentionDays: 4,
    deadLetter: { queue: 'job-work-dead-letters', maxReceiveCount: 5 },
    consumer: { function: 'dailyJobWorker', batchSize: 1, maxBatchingWindowSeconds: 0, maxConcurrency: 8 },
  },
  {
    name: 'job-work-dead-letters',
    description: 'Daily job work items that failed five times: their run stays unfinished until they are redriven',
    visibilityTimeoutSeconds: 30,
    retentionDays: 14,
  },
  {
    name: 'async-failures',
    description: 'Invocation records of rule targets and scheduled jobs that failed after Lambda’s retries: redrive them',
    visibilityTimeoutSeconds: 30,
    retentionDays: 14,
  },
];

export const rules: RuleSpec<FunctionName>[] = /* @__PURE__ */ (() => [
  {
    name: 'webhooks',
    description: 'Every event a tenant or broker can subscribe to goes to the webhook fan-out',
    pattern: { source: ['bouclier'], 'detail-type': [...EVENT_TYPES] },
    targets: [{ queue: 'webhook-events' }],
  },
  {
    name: 'monitoring',
    description: 'A regrade or an opened sector alert: the downgrades function applies it to limits and tells tenants',
    pattern: { source: ['bouclier'], 'detail-type': [...MONITORING_EVENT_TYPES] },
    targets: [{ function: 'downgrades' }],
  },
  {
    name: 'access',
    description: 'A key revoked or a broker’s mandates changed: flush the authorizer cache again (the request flushed it once)',
    pattern: { source: ['bouclier'], 'detail-type': [...ACCESS_EVENT_TYPES] },
    targets: [{ function: 'accessChanges' }],
  },
])();
