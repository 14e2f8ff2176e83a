/**
 * Webhook deliveries: one item per (endpoint, event), under the endpoint owner's partition,
 * made by the fan-out and moved along by the delivery worker, one SQS message per attempt.
 *
 * Crash safety: the fan-out writes a delivery before it enqueues it, and enqueues it again if
 * it finds it written (SQS redelivered the event). The worker enqueues the follow-up (retry,
 * or the dead letter) before it records the attempt, and records it only if the attempt count
 * is still the one its message carries, so a duplicate message is dropped, and a crash at any
 * point leaves either a message that will act or a record that says what happened.
 *
 * What neither covers, the sweeper does: a delivery written whose message was never sent (a
 * crash between the two, SQS refusing the send) or was lost. A pending delivery sits in a
 * sparse index by its next attempt, so a scheduled sweep finds those overdue by more than
 * SWEEP_GRACE_MS and enqueues them again; the worker's attempt-count check drops extras.
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailed, queryAll, withPrefix } from './items.ts';
import { documents } from './client.ts';
import { ID_PREFIXES } from './ids.ts';
import { deliveryKeys, DUE_SHARDS, eventLogKeys, syncKeys, tenantKeys } from './keys.ts';
import { changesOr, prefixQuery, queryPage, type PageResult } from './pagination.ts';
import { tableName } from './table.ts';
import {
  DISABLE_AFTER_FAILING_MS,
  endpointsOf,
  failureDisables,
  keyOwnerOfRef,
  noteEndpointOutcome,
  ownerOf,
  ownerRefOf,
  readEndpoint,
  requireEndpoint,
  signingSecrets,
  type OwnerRef,
  type WebhookItem,
} from './webhooks.ts';
import { TenantContext, type KeyOwner, type Principal } from '#access';
import { ProblemError, problems } from '#contract/problems';
import type { Delivery, DeliveryQuery, DeliverySummary, EventLogQuery, LoggedEvent } from '#contract/webhooks';
import { newEvent, type EventEnvelope } from '#events/envelope';
import type { OutboxItem } from '#events/outbox';
import { encodeTime } from 'ulid';
import { outboxPut } from '#events/outbox';
import type { EventType } from '#events/types';
import { sendMessages } from '#events/queues';
import { signatureHeaders } from '#events/webhook-signing';
import { postWebhook, type AttemptResult } from '#events/webhook-post';
import { nextAttemptDelayMs, parseRetryAfter } from '#events/retry-schedule';
import { parseStored, parseStoredItems } from './stored.ts';

export const DELIVERY_QUEUE = 'webhook-deliveries';
/** Where deliveries that never got through are parked (the issue's "then the DLQ"). */
export const DEAD_LETTER_QUEUE = 'webhook-failed-deliveries';
/** The delivery log keeps each delivery this long. */
export const DELIVERY_RETENTION_DAYS = 30;
const ATTEMPT_LOG_SIZE = 20;
/**
 * A due delivery's message is normally taken within seconds (a hop of a long wait lands on
 * the due time); one overdue by this much has none in flight, or one stuck behind failures.
 */
export const SWEEP_GRACE_MS = 10 * 60_000;
/** At most this many deliveries re-sent, and this many read, per shard per sweep; the next sweep goes on. */
const SWEEP_PAGE = 250;
const SWEEP_READ = 1_000;
/** The grace doubles with each re-send of the same delivery (a backlog, a delivery that fails in the worker), up to a day. */
const SWEEP_GRACE_MAX_MS = 24 * 60 * 60_000;

/** How overdue a delivery must be before the sweeper sends it again, after `sweeps` re-sends. */
export function sweepGraceMs(sweeps: number): number {
  return Math.min(SWEEP_GRACE_MS * 2 ** sweeps, SWEEP_GRACE_MAX_MS);
}

const SYSTEM: Principal = { role: 'insurer', keyId: 'system:webhooks' };

/** One event to one endpoint: `dlv_` + the event's ULID, so each pair has one delivery. */
export function deliveryIdOf(eventId: string): string {
  return `${ID_PREFIXES.delivery}_${eventId.slice(eventId.indexOf('_') + 1)}`;
}



type Status = 'pending' | 'succeeded' | 'failed';

interface AttemptEntry {
  attempt: number;
  at: string;
  outcome: 'succeeded' | 'failed';
  responseStatus?: number;
  latencyMs: number;
  error?: string;
  responseBody?: string;
}

export interface DeliveryItem {
  pk: string;
  sk: string;
  kind: 'delivery';
  deliveryId: string;
  webhookId: string;
  owner: OwnerRef;
  eventId: string;
  eventType: EventType;
  tenantId: string | null;
  occurredAt: string;
  /** The exact body sent, signed as is. */
  payload: string;
  status: Status;
  attempts: number;
  /** Attempts made before the current round (a replay starts a round with a fresh schedule). */
  roundStart: number;
  attemptLog: AttemptEntry[];
  nextAttemptAt?: string;
  failedReason?: string;
  createdAt: string;
  updatedAt: string;
  expiresAt: number;
  gsi3pk?: string;
  gsi3sk?: string;
  /** Re-sends by the sweeper since the last attempt was recorded (each doubles the grace). */
  sweeps?: number;
}

/** The SQS message of one attempt: which delivery, and the attempt count it expects. */
export interface DeliveryMessage {
  readonly owner: OwnerRef;
  readonly webhookId: string;
  readonly deliveryId: string;
  readonly attempt: number;
}

/** The body sent: Standard Webhooks' {type, timestamp, data}, and the tenant it is about. */
export function payloadOf(event: EventEnvelope): string {
  return JSON.stringify(webhookBodyOf(event));
}

function webhookBodyOf(event: EventEnvelope) {
  return {
    type: event.type,
    timestamp: event.occurredAt,
    ...(event.tenantId ? { tenantId: event.tenantId } : {}),
    data: { ...(event.tenantId ? { tenantId: event.tenantId } : {}), ...event.data },
  };
}

const LOG_END = 'evt_~';

/**
 * The tenant's event log from `since` (a moment, or the id of the last event read: the events
 * after it), oldest first: each as its webhooks receive it, with its ids.
 */
export async function listEvents(context: TenantContext, query: EventLogQuery): Promise<PageResult<LoggedEvent>> {
  const after = query.since?.startsWith('evt_') ? query.since : undefined;
  const from = after ?? (query.since ? `evt_${encodeTime(Date.parse(query.since), 10)}` : 'evt_');
  const page = await queryPage<OutboxItem>(
    { partition: eventLogKeys.partition(context), index: 'gsi1', sortKeyBetween: { attribute: 'gsi1sk', from, to: LOG_END } },
    query,
  );
  return {
    ...page,
    items: page.items
      .filter((item) => item.event.id !== after)
      .map(({ event }) => ({ id: event.id, ...webhookBodyOf(event), tenantId: context.tenantId }) as LoggedEvent),
  };
}

function summaryOf(item: DeliveryItem): DeliverySummary {
  const last = item.attemptLog.at(-1);
  return {
    deliveryId: item.deliveryId,
    webhookId: item.webhookId,
    eventId: item.eventId,
    eventType: item.eventType,
    tenantId: item.tenantId,
    status: item.status,
    attempts: item.attempts,
    // The last attempt's figures are the log's last entry, not copies kept beside it.
    ...(last?.responseStatus !== undefined ? { responseStatus: last.responseStatus } : {}),
    ...(last ? { latencyMs: last.latencyMs, lastAttemptAt: last.at } : {}),
    ...(item.status === 'pending' && item.nextAttemptAt ? { nextAttemptAt: item.nextAttemptAt } : {}),
    ...(item.failedReason ? { failedReason: item.failedReason } : {}),
    attemptLog: item.attemptLog,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

function deliveryOf(item: DeliveryItem): Delivery {
  return { ...summaryOf(item), payload: JSON.parse(item.payload) as Record<string, unknown> };
}

function messageOf(item: Pick<DeliveryItem, 'owner' | 'webhookId' | 'deliveryId' | 'attempts'>, delayMs = 0) {
  const message: DeliveryMessage = { owner: item.owner, webhookId: item.webhookId, deliveryId: item.deliveryId, attempt: item.attempts };
  return { body: JSON.stringify(message), ...(delayMs > 0 ? { delaySeconds: Math.ceil(delayMs / 1000) } : {}) };
}

// ---------------------------------------------------------------------------------------
// Fan-out: who receives an event

function isOwnerRef(value: unknown): value is OwnerRef {
  if (typeof value !== 'object' || value === null) return false;
  const ref = value as Record<string, unknown>;
  return typeof ref['tenantId'] === 'string' || typeof ref['brokerId'] === 'string';
}

async function mandatedBrokers(tenantId: string): Promise<string[]> {
  const { pk, skPrefix } = tenantKeys.mandatePrefix(TenantContext.forInsurer(SYSTEM, tenantId));
  const mandates = await queryAll<{ sk: string }>({ ...withPrefix({ pk, skPrefix }), ProjectionExpression: 'sk' });
  return mandates.map((item) => item.sk.slice(skPrefix.length));
}

/** The endpoints an event goes to, each with its owner. */
export async function recipientsOf(event: EventEnvelope): Promise<{ owner: OwnerRef; endpoint: WebhookItem }[]> {
  const type = event.type as EventType;
  if (type === 'webhook.test' || type === 'webhook.endpoint_disabled') {
    // The owner's own notices: the endpoint tested, or the owner's other endpoints.
    const owner = event.data['owner'];
    const webhookId = event.data['webhookId'];
    if (!isOwnerRef(owner) || typeof webhookId !== 'string') return [];
    const endpoints = await endpointsOf(keyOwnerOfRef(owner));
    const chosen =
      type === 'webhook.test'
        ? endpoints.filter((endpoint) => endpoint.webhookId === webhookId && endpoint.status === 'enabled')
        : endpoints.filter((endpoint) => endpoint.webhookId !== webhookId && endpoint.status === 'enabled' && endpoint.eventTypes.includes(type));
    return chosen.map((endpoint) => ({ owner, endpoint }));
  }
  if (!event.tenantId) return [];
  const owners: OwnerRef[] = [{ tenantId: event.tenantId }, ...(await mandatedBrokers(event.tenantId)).map((brokerId) => ({ brokerId }))];
  const perOwner = await Promise.all(
    owners.map(async (owner) =>
      (await endpointsOf(keyOwnerOfRef(owner)))
        .filter((endpoint) => endpoint.status === 'enabled' && endpoint.eventTypes.includes(type))
        .map((endpoint) => ({ owner, endpoint })),
    ),
  );
  return perOwner.flat();
}

/** Writes one delivery per recipient (once, whatever the retries) and enqueues each. */
export async function fanOut(event: EventEnvelope, now: Date): Promise<number> {
  const recipients = await recipientsOf(event);
  const deliveryId = deliveryIdOf(event.id);
  const payload = payloadOf(event);
  const at = now.toISOString();
  const messages: { body: string }[] = [];
  await Promise.all(
    recipients.map(async ({ owner, endpoint }) => {
      const item: DeliveryItem = {
        ...deliveryKeys.delivery(keyOwnerOfRef(owner), endpoint.webhookId, deliveryId),
        kind: 'delivery',
        deliveryId,
        webhookId: endpoint.webhookId,
        owner,
        eventId: event.id,
        eventType: event.type as EventType,
        tenantId: event.tenantId,
        occurredAt: event.occurredAt,
        payload,
        status: 'pending',
        attempts: 0,
        roundStart: 0,
        attemptLog: [],
        nextAttemptAt: at,
        createdAt: at,
        updatedAt: at,
        expiresAt: Math.floor(now.getTime() / 1000) + DELIVERY_RETENTION_DAYS * 86_400,
        ...deliveryKeys.due(endpoint.webhookId, deliveryId, at),
        ...deliveryKeys.byStatus(keyOwnerOfRef(owner), endpoint.webhookId, 'pending', deliveryId),
        ...syncKeys.owner(keyOwnerOfRef(owner), `deliveries#${endpoint.webhookId}`),
      };
      try {
        await documents.send(new PutCommand({ TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
      } catch (error) {
        // Written by an earlier try of this event: enqueue it again, the worker drops extras.
        if (!isConditionFailed(error)) throw error;
      }
      messages.push(messageOf(item));
    }),
  );
  await sendMessages(DELIVERY_QUEUE, messages);
  return messages.length;
}

// ---------------------------------------------------------------------------------------
// The worker: one attempt per message

export type AttemptOutcome =
  | { kind: 'stale' }
  | { kind: 'waiting'; dueAt: string }
  | { kind: 'abandoned'; reason: string }
  | { kind: 'attempted'; status: Status; result: AttemptResult; endpointDisabled: boolean; eventAgeMs: number };

/** A delivery that is no longer pending leaves the due index. */
const DUE_ENTRY: (keyof DeliveryItem)[] = ['gsi3pk', 'gsi3sk'];
/** Recording an attempt is progress: the sweeper's count starts again. */
const SWEEP_COUNT: (keyof DeliveryItem)[] = ['sweeps'];

async function readDelivery(owner: KeyOwner, webhookId: string, deliveryId: string): Promise<DeliveryItem | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: deliveryKeys.delivery(owner, webhookId, deliveryId), ConsistentRead: true }));
  return Item ? parseStored<DeliveryItem>(Item) : undefined;
}

/** Writes the attempt, if the delivery is still where the message found it. */
async function record(item: DeliveryItem, expectedAttempts: number, changes: Partial<DeliveryItem>, remove: (keyof DeliveryItem)[]): Promise<boolean> {
  // A status is written with its list key: the log by status selects by key.
  const sets = Object.entries(changes.status ? { ...changes, ...deliveryKeys.statusPartition(keyOwnerOfRef(item.owner), item.webhookId, changes.status) } : changes);
  const names: Record<string, string> = { '#attempts': 'attempts', '#status': 'status' };
  const values: Record<string, unknown> = { ':expected': expectedAttempts, ':pending': 'pending' };
  const assignments = sets.map(([name, value], index) => {
    names[`#s${index}`] = name;
    values[`:s${index}`] = value;
    return `#s${index} = :s${index}`;
  });
  const removals = remove.map((name, index) => {
    names[`#r${index}`] = name;
    return `#r${index}`;
  });
  try {
    await documents.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: { pk: item.pk, sk: item.sk },
        UpdateExpression: `SET ${assignments.join(', ')}${removals.length > 0 ? ` REMOVE ${removals.join(', ')}` : ''}`,
        ConditionExpression: '#attempts = :expected AND #status = :pending',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

export async function attemptDelivery(message: DeliveryMessage, now: Date, options: { local: boolean; random?: () => number }): Promise<AttemptOutcome> {
  const owner = keyOwnerOfRef(message.owner);
  const item = await readDelivery(owner, message.webhookId, message.deliveryId);
  if (!item || item.status !== 'pending' || item.attempts !== message.attempt) return { kind: 'stale' };

  const dueAt = item.nextAttemptAt ? Date.parse(item.nextAttemptAt) : 0;
  if (dueAt > now.getTime() + 500) {
    // Longer than one SQS delay: hop again until it is due.
    await sendMessages(DELIVERY_QUEUE, [messageOf(item, dueAt - now.getTime())]);
    return { kind: 'waiting', dueAt: item.nextAttemptAt as string };
  }

  const at = now.toISOString();
  const endpoint = await readEndpoint(owner, item.webhookId);
  if (!endpoint || endpoint.status !== 'enabled') {
    const reason = endpoint ? `endpoint disabled (${endpoint.disabledReason ?? 'by its owner'})` : 'endpoint deleted';
    await record(item, message.attempt, { status: 'failed', failedReason: reason, updatedAt: at }, ['nextAttemptAt', ...DUE_ENTRY, ...SWEEP_COUNT]);
    return { kind: 'abandoned', reason };
  }

  // The signature's timestamp is the wall clock's: receivers check it against theirs.
  const headers = signatureHeaders(item.eventId, new Date(), item.payload, signingSecrets(endpoint.secrets, now));
  const result = await postWebhook(endpoint.url, headers, item.payload, { local: options.local });
  const attempt = item.attempts + 1;
  const entry: AttemptEntry = {
    attempt,
    at,
    outcome: result.ok ? 'succeeded' : 'failed',
    ...(result.status !== undefined ? { responseStatus: result.status } : {}),
    latencyMs: result.latencyMs,
    ...(result.error ? { error: result.error } : {}),
    ...(result.responseBody ? { responseBody: result.responseBody } : {}),
  };
  const common: Partial<DeliveryItem> = {
    attempts: attempt,
    attemptLog: [...item.attemptLog, entry].slice(-ATTEMPT_LOG_SIZE),
    updatedAt: at,
  };

  let status: Status;
  let recorded: boolean;
  if (result.ok) {
    status = 'succeeded';
    recorded = await record(item, message.attempt, { ...common, status }, ['nextAttemptAt', 'failedReason', ...DUE_ENTRY, ...SWEEP_COUNT]);
  } else {
    const gone = result.status === 410;
    const disables = failureDisables(endpoint, { gone, now });
    const throttled = result.status === 429 || result.status === 503;
    const delay = disables
      ? undefined
      : nextAttemptDelayMs(attempt - item.roundStart, {
          random: (options.random ?? Math.random)(),
          ...(throttled ? { retryAfterMs: parseRetryAfter(result.retryAfter, now) ?? 0 } : {}),
        });
    if (delay === undefined) {
      status = 'failed';
      const failedReason = gone
        ? 'the endpoint answered 410 Gone: it is disabled'
        : disables
          ? `the endpoint failed for ${Math.floor(DISABLE_AFTER_FAILING_MS / 86_400_000)} days: it is disabled`
          : `no success after ${attempt - item.roundStart} attempts`;
      // Dead-lettered first: a crash before the record leaves the message to try again.
      await sendMessages(DEAD_LETTER_QUEUE, [{ body: JSON.stringify({ ...message, failedReason, eventId: item.eventId, eventType: item.eventType }) }]);
      recorded = await record(item, message.attempt, { ...common, status, failedReason }, ['nextAttemptAt', ...DUE_ENTRY, ...SWEEP_COUNT]);
    } else {
      status = 'pending';
      const nextAttemptAt = new Date(now.getTime() + delay).toISOString();
      await sendMessages(DELIVERY_QUEUE, [messageOf({ ...item, attempts: attempt }, delay)]);
      recorded = await record(item, message.attempt, { ...common, status, nextAttemptAt, ...deliveryKeys.due(item.webhookId, item.deliveryId, nextAttemptAt) }, SWEEP_COUNT);
    }
  }
  if (!recorded) return { kind: 'stale' };
  const endpointDisabled = await noteEndpointOutcome(owner, endpoint, { ok: result.ok, gone: result.status === 410, now });
  return { kind: 'attempted', status, result, endpointDisabled, eventAgeMs: Math.max(0, now.getTime() - Date.parse(item.occurredAt)) };
}

// ---------------------------------------------------------------------------------------
// The sweeper: due deliveries that no message will ever bring

/**
 * Re-enqueues every pending delivery whose next attempt is more than its grace past: 10 minutes,
 * doubled with each re-send that brought no recorded attempt (so a delivery waiting behind a
 * backlog, or failing in the worker, is not sent again every few minutes), up to a day.
 * Each is first moved to "due now" under the condition that nothing touched it since it was
 * read (attempt count, status, next attempt), so two sweeps never enqueue the same one, and a
 * crash between the move and the send leaves it to the next sweep after the grace period.
 * The worker drops a message whose attempt count is stale: at worst a delivery is sent
 * twice, with the same webhook-id.
 */
export async function sweepDeliveries(now: Date): Promise<{ swept: number; oldestDueAt?: string }> {
  const cutoff = new Date(now.getTime() - SWEEP_GRACE_MS).toISOString();
  const at = now.toISOString();
  let oldestDueAt: string | undefined;
  const perShard = await Promise.all(
    Array.from({ length: DUE_SHARDS }, async (_, shard) => {
      const moved: DeliveryItem[] = [];
      let read = 0;
      let start: Record<string, unknown> | undefined;
      do {
        const page = await documents.send(
          new QueryCommand({
            TableName: tableName(),
            IndexName: 'gsi3',
            KeyConditionExpression: 'gsi3pk = :shard AND gsi3sk < :cutoff',
            ExpressionAttributeValues: { ':shard': deliveryKeys.dueShard(shard), ':cutoff': cutoff },
            Limit: SWEEP_PAGE,
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        start = page.LastEvaluatedKey;
        for (const item of parseStoredItems<DeliveryItem>(page.Items)) {
          read += 1;
          if (item.kind !== 'delivery' || item.status !== 'pending' || !item.nextAttemptAt) continue;
          // Sent again before and still not attempted: a backlog or a failing worker, not a lost message.
          const sweeps = item.sweeps ?? 0;
          if (Date.parse(item.nextAttemptAt) > now.getTime() - sweepGraceMs(sweeps)) continue;
          if (!oldestDueAt || item.nextAttemptAt < oldestDueAt) oldestDueAt = item.nextAttemptAt;
          const due = deliveryKeys.due(item.webhookId, item.deliveryId, at);
          try {
            await documents.send(
              new UpdateCommand({
                TableName: tableName(),
                Key: { pk: item.pk, sk: item.sk },
                UpdateExpression: 'SET nextAttemptAt = :at, updatedAt = :at, gsi3pk = :duePk, gsi3sk = :dueSk, sweeps = :sweeps',
                ConditionExpression: '#attempts = :attempts AND #status = :pending AND nextAttemptAt = :next',
                ExpressionAttributeNames: { '#attempts': 'attempts', '#status': 'status' },
                ExpressionAttributeValues: {
                  ':at': at,
                  ':duePk': due.gsi3pk,
                  ':dueSk': due.gsi3sk,
                  ':sweeps': sweeps + 1,
                  ':attempts': item.attempts,
                  ':pending': 'pending',
                  ':next': item.nextAttemptAt,
                },
              }),
            );
            moved.push(item);
          } catch (error) {
            // Attempted, replayed or swept meanwhile: its own message is on its way.
            if (!isConditionFailed(error)) throw error;
          }
        }
      } while (start && moved.length < SWEEP_PAGE && read < SWEEP_READ);
      await sendMessages(DELIVERY_QUEUE, moved.map((item) => messageOf(item)));
      return moved.length;
    }),
  );
  const swept = perShard.reduce((sum, count) => sum + count, 0);
  return { swept, ...(oldestDueAt ? { oldestDueAt } : {}) };
}

// ---------------------------------------------------------------------------------------
// The API: the delivery log, replays


function refuseDisabled(endpoint: WebhookItem, action: string): void {
  if (endpoint.status === 'enabled') return;
  throw new ProblemError({
    slug: 'webhook-disabled',
    detail: `Webhook ${endpoint.webhookId} is disabled (${endpoint.disabledReason ?? 'by its owner'}): enable it (PATCH status: enabled) before you ${action}.`,
  });
}

export async function listDeliveries(principal: Principal, webhookId: string, query: DeliveryQuery): Promise<PageResult<DeliverySummary>> {
  const owner = ownerOf(principal);
  await requireEndpoint(owner, webhookId);
  // Selected by key, never filtered after the page (which would make short pages).
  const usual = query.status ? { partition: deliveryKeys.statusPartition(owner, webhookId, query.status), index: 'gsi1', newestFirst: true } : prefixQuery(deliveryKeys.prefix(owner, webhookId), { newestFirst: true });
  const result = await queryPage<DeliveryItem>(changesOr(usual, syncKeys.owner(owner, `deliveries#${webhookId}`), query, { status: query.status }), {
    limit: query.limit,
    ...(query.cursor ? { cursor: query.cursor } : {}),
  });
  return { ...result, items: result.items.map(summaryOf) };
}

export async function getDelivery(principal: Principal, webhookId: string, deliveryId: string): Promise<Delivery> {
  const owner = ownerOf(principal);
  const item = await readDelivery(owner, webhookId, deliveryId);
  if (!item) throw problems.notFound(`No delivery ${deliveryId} on webhook ${webhookId}.`);
  return deliveryOf(item);
}

/** Pending again now, same webhook-id, a fresh retry schedule; the attempt count goes on. */
export async function replayDelivery(principal: Principal, webhookId: string, deliveryId: string, now: Date): Promise<Delivery> {
  const owner = ownerOf(principal);
  refuseDisabled(await requireEndpoint(owner, webhookId), 'replay a delivery');
  const item = await readDelivery(owner, webhookId, deliveryId);
  if (!item) throw problems.notFound(`No delivery ${deliveryId} on webhook ${webhookId}.`);
  const at = now.toISOString();
  const due = deliveryKeys.due(item.webhookId, item.deliveryId, at);
  const replayed: DeliveryItem = { ...item, status: 'pending', roundStart: item.attempts, nextAttemptAt: at, updatedAt: at, ...due };
  delete replayed.failedReason;
  try {
    await documents.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: { pk: item.pk, sk: item.sk },
        UpdateExpression: 'SET #status = :pending, roundStart = :round, nextAttemptAt = :at, updatedAt = :at, gsi3pk = :duePk, gsi3sk = :dueSk, gsi1pk = :statusPk REMOVE failedReason, sweeps',
        ConditionExpression: 'attempts = :attempts',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':pending': 'pending',
          ':round': item.attempts,
          ':at': at,
          ':attempts': item.attempts,
          ':duePk': due.gsi3pk,
          ':dueSk': due.gsi3sk,
          ':statusPk': deliveryKeys.statusPartition(owner, webhookId, 'pending').gsi1pk,
        },
      }),
    );
  } catch (error) {
    if (isConditionFailed(error)) {
      throw new ProblemError({ slug: 'concurrent-update', detail: `Delivery ${deliveryId} is being attempted right now. Read it again and retry.` });
    }
    throw error;
  }
  await sendMessages(DELIVERY_QUEUE, [messageOf(replayed)]);
  return deliveryOf(replayed);
}

/** A webhook.test event, through the outbox like any other, to this endpoint only. */
export async function sendTestEvent(principal: Principal, webhookId: string, now: Date): Promise<{ webhookId: string; eventId: string; deliveryId: string }> {
  const owner = ownerOf(principal);
  refuseDisabled(await requireEndpoint(owner, webhookId), 'send it a test event');
  const ref = ownerRefOf(owner);
  const event = newEvent({
    type: 'webhook.test',
    tenantId: 'tenantId' in ref ? ref.tenantId : null,
    data: { webhookId, owner: ref, message: 'A test event from Bouclier: your endpoint receives and verifies our webhooks.' },
    now,
  });
  await documents.send(new PutCommand({ ...outboxPut(tableName(), event).Put }));
  return { webhookId, eventId: event.id, deliveryId: deliveryIdOf(event.id) };
}

