/**
 * A sector alert's fan-out as work items on an SQS queue, so it scales with the number of
 * limits instead of running in one invocation (a million limits would not fit in 15 minutes).
 *
 * - **Plan** (the `downgrades` function, on `sector.alert_opened`): the pair's buyers, sorted, in
 *   chunks of BUYERS_PER_ITEM, each chunk an item of the alert's partition (`WORK#cut#n`); the
 *   alert's `progress` says how many; one message per chunk on `sector-alert-work`.
 * - **Cut** (the `sectorAlertWorker` function, many at once): a chunk's buyers, their holders,
 *   each targeted limit cut in its own transaction marked with the alert (never twice), each
 *   exposed tenant recorded; then, in one transaction, the chunk marked done and the alert's
 *   `progress.cutDone` counted: a chunk counts once, however often its message comes.
 * - **Notify**: the worker that finds every cut chunk done plans the notices (the exposed
 *   tenants in chunks of TENANTS_PER_ITEM, `WORK#notify#n`; the phase moved on in a write
 *   conditioned on it): the one whose write goes through sends the notify items, then marks the
 *   alert (`notifyItemsSent`); each notify chunk sends each of its tenants its one
 *   `sector.alert_raised` (a marker per tenant and alert).
 * - **Done**: the worker that finds every notify chunk done records `applied` and writes the
 *   internal `sector.alert_applied` event, once (conditioned on the phase).
 *
 * Any step may run again (a redelivered message, a retried plan, a restart): limits carry the
 * alert that cut them, notices their marker, chunks their `done`. A retried plan re-sends the cut
 * items while the alert is cutting; the notify items are sent by the worker that planned them,
 * and again only by a redelivered item (its chunk done before it ran) that finds them planned
 * and not marked sent: the planner stopped between planning and marking. Every item is
 * idempotent, so a copy sent twice only costs a message.
 */
import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TenantContext, type Principal } from '#access';
import { isoDay } from '#clock';
import { sectorAlertCut, type SectorAlertRules } from '#domain/sector-alerts';
import { newEvent } from '#events/envelope';
import { outboxPut } from '#events/outbox';
import { sendMessages } from '#events/queues';
import { documents } from './client.ts';
import { countAll, failedConditions, isConditionFailed, queryAll, retryOnConflict, withPrefix } from './items.ts';
import { applyLimitAction, holdersAndWatchers, inParallel, noticeOnce, FANOUT_CONCURRENCY } from './monitoring.ts';
import { sectorAlertRules } from './monitoring-rules.ts';
import { sectorAlertKeys } from './sector-alert-keys.ts';
import { buyersOf, getSectorAlert, NOTIFY_ITEMS_SENT, type SectorAlert, type SectorAlertProgress } from './sector-alerts.ts';
import { tableName } from './table.ts';
import { byCodeUnits } from '#domain/order';

export const SECTOR_ALERT_QUEUE = 'sector-alert-work';
/**
 * Buyers per cut item: each has its holders (tens of limits, sometimes hundreds), so an item is a
 * few hundred limits. Small enough that an item is done well within the worker's timeout even
 * when 16 of them share one process and DynamoDB Local (the local runtime, `npm run bench --
 * sector-alerts`): 10 buyers of 50 holders each took longer than the 120 s there.
 */
export const BUYERS_PER_ITEM = 4;
/** Tenants per notify item: one notice each, after reading its changes. */
export const TENANTS_PER_ITEM = 100;

const SYSTEM: Principal = { role: 'insurer', keyId: 'system:sector-alerts' };

export interface WorkItem {
  readonly alertId: string;
  readonly phase: 'cut' | 'notify';
  readonly chunk: number;
}

interface ChunkItem {
  readonly buyers?: { buyerId: string; grade: number }[];
  readonly tenants?: string[];
  readonly done?: boolean;
}

const chunked = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

async function send(items: readonly WorkItem[]): Promise<void> {
  await sendMessages(SECTOR_ALERT_QUEUE, items.map((item) => ({ body: JSON.stringify(item) })));
}

/** The alert's progress, and whether its notify items are known to be on the queue. */
async function readState(alertId: string): Promise<{ progress: SectorAlertProgress; notifyItemsSent: boolean } | undefined> {
  const { Item } = await documents.send(
    new GetCommand({ TableName: tableName(), Key: sectorAlertKeys.alert(alertId), ConsistentRead: true, ProjectionExpression: `progress, ${NOTIFY_ITEMS_SENT}` }),
  );
  const progress = Item?.['progress'] as SectorAlertProgress | undefined;
  return progress ? { progress, notifyItemsSent: Item?.[NOTIFY_ITEMS_SENT] === true } : undefined;
}

async function readProgress(alertId: string): Promise<SectorAlertProgress | undefined> {
  return (await readState(alertId))?.progress;
}

/** Writes the chunks of a phase (the same content if written again) and returns their count. */
async function writeChunks(alertId: string, phase: 'cut' | 'notify', chunks: readonly ChunkItem[]): Promise<void> {
  await inParallel(
    chunks.map((content, chunk) => ({ content, chunk })),
    FANOUT_CONCURRENCY,
    async ({ content, chunk }) => {
      await documents.send(new PutCommand({ TableName: tableName(), Item: { ...sectorAlertKeys.work(alertId, phase, chunk), kind: 'sectorAlertWork', ...content } }));
    },
  );
}

const itemsOf = (alertId: string, phase: 'cut' | 'notify', count: number): WorkItem[] => Array.from({ length: count }, (_, chunk) => ({ alertId, phase, chunk }));

/**
 * The coordinator, on `sector.alert_opened`: plans the cut chunks once and sends their items
 * (again, when run again: the items are idempotent). An alert with no buyer goes straight on.
 */
export async function planSectorAlert(alertId: string, now: Date): Promise<{ workItems: number }> {
  const alert = await getSectorAlert(alertId);
  if (alert.status !== 'open' || alert.applied) return { workItems: 0 };
  let progress = await readProgress(alertId);
  if (!progress) {
    const buyers = (await buyersOf(alert.sector, alert.country)).sort((a, b) => byCodeUnits(a.buyerId, b.buyerId));
    const chunks = chunked(buyers, BUYERS_PER_ITEM).map((group) => ({ buyers: group.map(({ buyerId, grade }) => ({ buyerId, grade })) }));
    await writeChunks(alertId, 'cut', chunks);
    const planned: SectorAlertProgress = { phase: 'cutting', cutItems: chunks.length, cutDone: 0, notifyItems: 0, notifyDone: 0, startedAt: now.toISOString() };
    try {
      await documents.send(
        new UpdateCommand({
          TableName: tableName(),
          Key: sectorAlertKeys.alert(alertId),
          UpdateExpression: 'SET progress = :progress',
          ConditionExpression: 'attribute_not_exists(progress)',
          ExpressionAttributeValues: { ':progress': planned },
        }),
      );
      progress = planned;
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      // Another run planned it first: its chunks are the plan.
      progress = await readProgress(alertId);
      if (!progress) throw error;
    }
  }
  if (progress.phase === 'cutting') {
    await send(itemsOf(alertId, 'cut', progress.cutItems));
    if (progress.cutItems === 0) await advance(alertId, now);
  } else {
    await advance(alertId, now);
  }
  return { workItems: progress.cutItems };
}

/** A cut chunk: each buyer's holders, each targeted limit cut, each exposed tenant recorded. */
async function cutChunk(alert: SectorAlert, buyers: readonly { buyerId: string; grade: number }[], now: Date): Promise<number> {
  const rules: SectorAlertRules = { ...(await sectorAlertRules()), keepPercentByGrade: alert.keepPercentByGrade, noticeDays: alert.noticeDays };
  const today = isoDay(now);
  const pairs: { buyer: { buyerId: string; grade: number }; tenantId: string }[] = [];
  await inParallel(buyers, FANOUT_CONCURRENCY, async (buyer) => {
    for (const tenantId of (await holdersAndWatchers(buyer.buyerId)).holders) pairs.push({ buyer, tenantId });
  });
  const recorded = new Set<string>();
  let changed = 0;
  await inParallel(pairs, FANOUT_CONCURRENCY, async ({ buyer, tenantId }) => {
    if (!recorded.has(tenantId)) {
      recorded.add(tenantId);
      await documents.send(new PutCommand({ TableName: tableName(), Item: { ...sectorAlertKeys.exposed(alert.alertId, tenantId), kind: 'sectorAlertExposure', tenantId } }));
    }
    if (buyer.grade < alert.minGrade) return;
    const done = await applyLimitAction(
      TenantContext.forInsurer(SYSTEM, tenantId),
      buyer.buyerId,
      alert.alertId,
      (limit) =>
        sectorAlertCut({
          alertId: alert.alertId,
          sector: alert.sector,
          country: alert.country,
          grade: buyer.grade,
          limit: { amount: limit.amount, ...(limit.temporary ? { temporary: limit.temporary } : {}) },
          currency: limit.currency,
          today,
          rules,
          buyerId: buyer.buyerId,
        }),
      now,
      (change) => [
        {
          Put: {
            TableName: tableName(),
            Item: { ...sectorAlertKeys.change(alert.alertId, tenantId, buyer.buyerId), kind: 'sectorAlertChange', tenantId, buyerId: buyer.buyerId, from: change.from, to: change.to, effectiveOn: change.effectiveOn },
          },
        },
      ],
    );
    if (done) changed += 1;
  });
  return changed;
}

/** A notify chunk: each tenant's changes under the alert, in its one notice. */
async function notifyChunk(alert: SectorAlert, tenants: readonly string[], now: Date): Promise<number> {
  let sent = 0;
  await inParallel(tenants, FANOUT_CONCURRENCY, async (tenantId) => {
    const changes = await queryAll<{ buyerId: string; from: unknown; to: unknown; effectiveOn: string }>({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': sectorAlertKeys.alertPartition(alert.alertId).pk, ':prefix': sectorAlertKeys.changesOf(alert.alertId, tenantId).sk },
    });
    const limits = changes.map(({ buyerId, from, to, effectiveOn }) => ({ buyerId, from, to, effectiveOn }));
    const told = await noticeOnce(
      TenantContext.forInsurer(SYSTEM, tenantId),
      alert.alertId,
      'sector.alert_raised',
      { alertId: alert.alertId, sector: alert.sector, country: alert.country, source: alert.source, minGrade: alert.minGrade, reason: alert.reason ?? null, detection: alert.detection ?? null, limits },
      now,
    );
    if (told) sent += 1;
  });
  return sent;
}

/**
 * The worker, for one item: does its chunk unless done, counts it once, then moves the alert
 * on if that was the last. Returns what this run changed (a redelivery changes nothing).
 */
export async function runSectorAlertWork(item: WorkItem, now: Date): Promise<{ limitsChanged: number; tenantsNotified: number }> {
  const alert = await getSectorAlert(item.alertId);
  const key = sectorAlertKeys.work(item.alertId, item.phase, item.chunk);
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }));
  if (!Item) throw new Error(`no ${item.phase} chunk ${item.chunk} for ${item.alertId}`);
  const chunk = Item as ChunkItem;
  let outcome = { limitsChanged: 0, tenantsNotified: 0 };
  if (!chunk.done) {
    // A closed alert still completes: its chunks count, without cutting or telling.
    if (alert.status === 'open') {
      outcome = item.phase === 'cut' ? { limitsChanged: await cutChunk(alert, chunk.buyers ?? [], now), tenantsNotified: 0 } : { limitsChanged: 0, tenantsNotified: await notifyChunk(alert, chunk.tenants ?? [], now) };
    }
    await countOnce(item, key);
  }
  // A chunk done before this run read it: this is a redelivery, whose earlier run may have
  // stopped after counting and before moving the alert on.
  await advance(item.alertId, now, { redelivered: chunk.done === true });
  return outcome;
}

/**
 * Marks the chunk done and counts it on the alert, in one transaction: once, however often
 * its message comes. Workers finishing together conflict on the alert's item (DynamoDB cancels
 * all but one with TransactionConflict): those try again, after a short random wait.
 */
async function countOnce(item: WorkItem, key: { pk: string; sk: string }): Promise<void> {
  try {
    await retryOnConflict(() =>
      documents.send(
        new TransactWriteCommand({
          TransactItems: [
            { Update: { TableName: tableName(), Key: key, UpdateExpression: 'SET done = :yes', ConditionExpression: 'attribute_not_exists(done)', ExpressionAttributeValues: { ':yes': true } } },
            {
              Update: {
                TableName: tableName(),
                Key: sectorAlertKeys.alert(item.alertId),
                UpdateExpression: item.phase === 'cut' ? 'ADD progress.cutDone :one' : 'ADD progress.notifyDone :one',
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
          ],
        }),
      ),
    );
  } catch (error) {
    // Counted already, by an earlier delivery of the same message.
    if (failedConditions(error).includes(0)) return;
    throw error;
  }
}

/**
 * Moves the alert to its next phase when the current one is complete; safe to call again. A
 * redelivered item that finds the notices planned and their items not known to be sent sends
 * them: the run that planned them stopped before it could (or before it said so).
 */
async function advance(alertId: string, now: Date, { redelivered = false } = {}): Promise<void> {
  const state = await readState(alertId);
  if (!state) return;
  const { progress } = state;
  if (progress.phase === 'cutting' && progress.cutDone >= progress.cutItems) {
    await planNotices(alertId, progress, now);
  } else if (progress.phase === 'notifying' && progress.notifyDone >= progress.notifyItems) {
    await finish(alertId, progress, now);
  } else if (progress.phase === 'notifying' && redelivered && !state.notifyItemsSent) {
    await sendNotices(alertId, progress.notifyItems);
  }
}

/** The notify items on the queue, then the alert marked so: a crash between leaves it unmarked, and a redelivery sends them again. */
async function sendNotices(alertId: string, count: number): Promise<void> {
  await send(itemsOf(alertId, 'notify', count));
  await documents.send(
    new UpdateCommand({ TableName: tableName(), Key: sectorAlertKeys.alert(alertId), UpdateExpression: `SET ${NOTIFY_ITEMS_SENT} = :yes`, ExpressionAttributeValues: { ':yes': true } }),
  );
}

async function planNotices(alertId: string, progress: SectorAlertProgress, now: Date): Promise<void> {
  const tenants = (
    await queryAll<{ tenantId: string }>({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': sectorAlertKeys.alertPartition(alertId).pk, ':prefix': sectorAlertKeys.exposedPrefix().sk },
      ProjectionExpression: 'tenantId',
    })
  )
    .map((item) => item.tenantId)
    .sort();
  const chunks = chunked(tenants, TENANTS_PER_ITEM).map((group) => ({ tenants: group }));
  await writeChunks(alertId, 'notify', chunks);
  try {
    await documents.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: sectorAlertKeys.alert(alertId),
        UpdateExpression: 'SET progress.phase = :notifying, progress.notifyItems = :items',
        ConditionExpression: 'progress.phase = :cutting',
        ExpressionAttributeValues: { ':notifying': 'notifying', ':cutting': 'cutting', ':items': chunks.length },
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    // Planned by another worker: it sends the items, or its message, redelivered, does.
    return;
  }
  const planned: SectorAlertProgress = { ...progress, phase: 'notifying', notifyItems: chunks.length };
  if (planned.notifyItems === 0) return finish(alertId, planned, now);
  await sendNotices(alertId, planned.notifyItems);
}

/** Records what the alert did and emits `sector.alert_applied`, once. */
async function finish(alertId: string, progress: SectorAlertProgress, now: Date): Promise<void> {
  // Counted in the alert's partition: its exposed tenants and its changes (one per limit cut).
  const inAlert = (prefix: { sk: string }) => withPrefix({ ...sectorAlertKeys.alertPartition(alertId), skPrefix: prefix.sk });
  const tenantsNotified = await countAll(inAlert(sectorAlertKeys.exposedPrefix()));
  const limitsChanged = await countAll(inAlert(sectorAlertKeys.changesPrefix()));
  const applied = { limitsChanged, tenantsNotified, at: now.toISOString() };
  try {
    await retryOnConflict(() =>
      documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName(),
                Key: sectorAlertKeys.alert(alertId),
                UpdateExpression: 'SET applied = :applied, progress.phase = :done, progress.finishedAt = :at',
                ConditionExpression: 'progress.phase = :notifying',
                ExpressionAttributeValues: { ':applied': applied, ':done': 'done', ':at': now.toISOString(), ':notifying': 'notifying' },
              },
            },
            outboxPut(tableName(), newEvent({ type: 'sector.alert_applied', tenantId: null, data: { alertId, ...applied, workItems: progress.cutItems + progress.notifyItems }, now })),
          ],
        }),
      ),
    );
  } catch (error) {
    // Finished by another worker.
    if (failedConditions(error).includes(0)) return;
    throw error;
  }
}
