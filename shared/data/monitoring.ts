/**
 * Buyer monitoring: risk events regrade buyers; the regrade then reaches every tenant that
 * holds a limit on the buyer (cut or cancelled, with notice or at once: limit.downgraded) or
 * watches it (buyer.grade_changed).
 *
 * Two steps, each crash-safe. The risk event, the buyer's new grade and an internal
 * `buyer.regraded` event are ONE transaction. The bus hands that event to the downgrades
 * function, which EventBridge retries until it is done: each limit changes in its own
 * transaction with its limit.downgraded event, guarded by the limit's version and marked with
 * the risk event id (a replay never cuts twice), and each tenant's notice is written once
 * (a marker item in the same transaction as its event).
 */
import { DeleteCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { FANOUT_CONCURRENCY, inParallel } from './parallel.ts';

export { FANOUT_CONCURRENCY, SHARED_FANOUT_LANES, inParallel } from './parallel.ts';
import { batchGetItems, failedConditions, getItem, isConditionFailed, isRace, queryAll, retryOnConflict } from './items.ts';
import { buyerKeys, insurerKeys, limitKeys, monitoringKeys, syncKeys } from './keys.ts';
import { newId } from './ids.ts';
import { changesOr, partitionPages, queryPage, type PageRequest, type PageResult } from './pagination.ts';
import { tableName } from './table.ts';
import { buyerKindOf, buyerRevision, getBuyerItem } from './buyers.ts';
import { capacityUpdate, historyPut, limitPut, reservedOf, termsOf, type LimitItem, type TransactItem } from './limits.ts';
import { downgradeRules } from './monitoring-rules.ts';
import { TenantContext, type Principal } from '#access';
import { ProblemError, fieldError, problems } from '#contract/problems';
import type { HistoryEntry } from '#contract/limits';
import type { RecordedRiskEvent, RiskEventInput, RiskEventsBody } from '#contract/monitoring';
import { EDIFACT_4507, totalOf, type Reason, type Tranche } from '#domain/limits';
import { limitActionAfterRegrade, mergeReduction, regrade, type BuyerStatus, type LimitAction, type RiskEventType } from '#domain/monitoring';
import { reservationKept } from '#domain/fx';
import { newEvent } from '#events/envelope';
import { outboxPut } from '#events/outbox';
import { dueUntil, PLAN_PAGE_SIZE, runJobInProcess, type JobDefinition } from './jobs.ts';
import { isoDay } from '#clock';

const SYSTEM: Principal = { role: 'insurer', keyId: 'system:monitoring' };
/** Notice markers expire: a replay comes within days, not months. */
const NOTICE_RETENTION_DAYS = 90;



/** What the internal buyer.regraded event carries to the fan-out. */
export interface RegradedData {
  riskEventId: string;
  buyerId: string;
  type: RiskEventType;
  occurredOn: string;
  urgent: boolean;
  severity?: RiskEventInput['severity'];
  newGrade?: number;
  from: { grade: number; status: BuyerStatus };
  to: { grade: number; status: BuyerStatus };
  reasons: Reason[];
  sector: string;
  country: string;
}

// ---------------------------------------------------------------------------------------
// Risk events

function eventsOf(body: RiskEventsBody): RiskEventInput[] {
  return 'events' in body ? body.events : [body];
}

/** Records risk events in order (per buyer), each with the buyer's regrade, in one transaction. */
export async function recordRiskEvents(body: RiskEventsBody, now: Date): Promise<RecordedRiskEvent[]> {
  const events = eventsOf(body);
  const buyerIds = [...new Set(events.map((event) => event.buyerId))];
  const stored = await batchGetItems<{ buyerId: string; buyerKind?: string }>(buyerIds.map((id) => buyerKeys.buyer(id)));
  const found = new Set(stored.map((buyer) => buyer.buyerId));
  const publicBuyers = new Set(stored.filter((buyer) => buyerKindOf(buyer) === 'public').map((buyer) => buyer.buyerId));
  // Every refusal at once, each naming its event: `events.3.buyerId`, or `buyerId` for one event.
  const batch = 'events' in body;
  const at = (index: number, field: string, code: string, detail: string) => fieldError('body', batch ? ['events', index, field] : [field], code, detail);
  const today = isoDay(now);
  const unknown = events.flatMap((event, index) => (found.has(event.buyerId) ? [] : [at(index, 'buyerId', 'unknown_buyer', `no buyer ${event.buyerId}`)]));
  if (unknown.length > 0) throw problems.validation(unknown);
  // A public body is not subject to insolvency proceedings: the event is refused, never recorded.
  const publicInsolvent = events.flatMap((event, index) =>
    event.type === 'insolvency_opened' && publicBuyers.has(event.buyerId)
      ? [at(index, 'type', 'public_buyer_not_insolvent', `buyer ${event.buyerId} is a public buyer, which cannot be insolvent: record a payment incident or a closure instead`)]
      : [],
  );
  if (publicInsolvent.length > 0) throw problems.validation(publicInsolvent);
  const future = events.flatMap((event, index) =>
    event.occurredOn > today ? [at(index, 'occurredOn', 'in_the_future', `${event.occurredOn} is after today (${today})`)] : [],
  );
  if (future.length > 0) throw problems.validation(future);
  // One buyer's events in the order given; different buyers side by side.
  const byBuyer = new Map<string, { event: RiskEventInput; index: number }[]>();
  events.forEach((event, index) => byBuyer.set(event.buyerId, [...(byBuyer.get(event.buyerId) ?? []), { event, index }]));
  const recorded: RecordedRiskEvent[] = new Array<RecordedRiskEvent>(events.length);
  await inParallel([...byBuyer.values()], FANOUT_CONCURRENCY, async (queue) => {
    for (const { event, index } of queue) recorded[index] = await recordOne(event, now);
  });
  return recorded;
}

async function recordOne(event: RiskEventInput, now: Date): Promise<RecordedRiskEvent> {
  const riskEventId = newId('riskEvent', now);
  const at = now.toISOString();
  for (let attempt = 1; ; attempt += 1) {
    const buyer = await getBuyerItem(event.buyerId);
    if (!buyer) throw problems.notFound(`No buyer ${event.buyerId}.`);
    const result = regrade({ buyerId: buyer.buyerId, grade: buyer.grade, status: buyer.status }, event);
    const from = { grade: buyer.grade, status: buyer.status };
    const to = { grade: result.grade, status: result.status };
    const adverse = event.type !== 'financials' || result.grade > buyer.grade;
    const newlyInsolvent = event.type === 'insolvency_opened' && buyer.status !== 'insolvent';
    const data: RegradedData = {
      riskEventId,
      buyerId: buyer.buyerId,
      type: event.type,
      occurredOn: event.occurredOn,
      urgent: event.urgent ?? false,
      ...(event.severity ? { severity: event.severity } : {}),
      ...(event.newGrade !== undefined ? { newGrade: event.newGrade } : {}),
      from,
      to,
      reasons: result.reasons,
      sector: buyer.sector,
      country: buyer.country,
    };
    const sectorKey = buyerKeys.bySector(buyer.sector, buyer.country, result.grade, buyer.buyerId);
    const guard = buyerRevision(buyer.revision);
    const items: TransactItem[] = [
      {
        Update: {
          TableName: tableName(),
          Key: buyerKeys.buyer(buyer.buyerId),
          UpdateExpression: `SET grade = :grade, #status = :status, updatedAt = :at, gsi2sk = :g2s, ${guard.set}${adverse ? ', lastAdverseEventOn = :adverse' : ''}${newlyInsolvent ? ', insolventOn = :insolvent' : ''}${result.grade > buyer.grade ? ', gradeWorsenedOn = :worsened, previousGrade = :previous' : ''}`,
          ConditionExpression: `updatedAt = :before AND ${guard.condition}`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ...guard.values,
            ':grade': result.grade,
            ':status': result.status,
            ':at': at,
            ':g2s': sectorKey.gsi2sk,
            ':before': buyer.updatedAt,
            ...(adverse ? { ':adverse': event.occurredOn > (buyer.lastAdverseEventOn ?? '') ? event.occurredOn : (buyer.lastAdverseEventOn as string) } : {}),
            ...(newlyInsolvent ? { ':insolvent': event.occurredOn } : {}),
            ...(result.grade > buyer.grade ? { ':worsened': event.occurredOn, ':previous': buyer.grade } : {}),
          },
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: { ...monitoringKeys.riskEvent(buyer.buyerId, event.occurredOn, riskEventId), kind: 'riskEvent', riskEventId, ...event, from, to, reasons: result.reasons, recordedAt: at },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      outboxPut(tableName(), newEvent({ type: 'buyer.regraded', tenantId: null, data: { ...data }, now })),
      ...(newlyInsolvent
        ? [
            { Put: { TableName: tableName(), Item: { ...monitoringKeys.insolvency(buyer.sector, buyer.country, event.occurredOn, buyer.buyerId), kind: 'insolvency', buyerId: buyer.buyerId, occurredOn: event.occurredOn } } },
            { Put: { TableName: tableName(), Item: { ...monitoringKeys.insolvencyPair(buyer.sector, buyer.country), kind: 'insolvencyPair', sector: buyer.sector, country: buyer.country } } },
          ]
        : []),
    ];
    try {
      await documents.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      // Someone else changed the buyer meanwhile: regrade from its new state.
      if (isRace(error) && attempt < 6) continue;
      if (isRace(error)) throw new ProblemError({ slug: 'concurrent-update', detail: `Buyer ${buyer.buyerId} changed meanwhile. Retry.` });
      throw error;
    }
    return { riskEventId, buyerId: buyer.buyerId, type: event.type, occurredOn: event.occurredOn, from, to, reasons: result.reasons, recordedAt: at };
  }
}

// ---------------------------------------------------------------------------------------
// The fan-out of a regrade

/** The tenants holding a limit on the buyer, and those watching it: one index query. */
export async function holdersAndWatchers(buyerId: string): Promise<{ holders: string[]; watchers: string[] }> {
  const keys = await queryAll<{ gsi2sk: string }>({
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': insurerKeys.buyerFanOutPartition(buyerId).gsi2pk },
    ProjectionExpression: 'gsi2sk',
  });
  const after = (prefix: string) => keys.filter((item) => item.gsi2sk.startsWith(prefix)).map((item) => item.gsi2sk.slice(prefix.length));
  return { holders: after(limitKeys.holderPrefix), watchers: after(monitoringKeys.watcherPrefix) };
}

/**
 * One tenant's limit after an action (a downgrade or a sector alert's cut), in one
 * transaction with its history and limit.downgraded; returns false when nothing changed
 * (already applied under this cause, no limit, nothing to cut).
 */
export async function applyLimitAction(
  context: TenantContext,
  buyerId: string,
  cause: string,
  decide: (limit: LimitItem) => LimitAction | undefined,
  now: Date,
  extraItems: (change: { from: { amount: number; temporary?: Tranche }; to: { amount: number; temporary?: Tranche }; effectiveOn: string; kind: string }) => TransactItem[] = () => [],
): Promise<{ from: { amount: number; temporary?: Tranche }; to: { amount: number; temporary?: Tranche }; effectiveOn: string; kind: 'reduced' | 'cancelled' } | undefined> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await getItem<LimitItem>(limitKeys.limit(context, buyerId));
    if (!current || current.monitoringCauses?.includes(cause)) return undefined;
    const action = decide(current);
    if (!action) return undefined;
    const at = now.toISOString();
    const from = { amount: current.amount, ...(current.temporary ? { temporary: current.temporary } : {}) };
    const { version, pk: _pk, sk: _sk, kind: _kind, ...stored } = current;
    const causes = [...(current.monitoringCauses ?? []), cause].slice(-50);
    const decision = action.kind === 'cancelled' ? 'cancelled' : 'reduced';
    let next: Omit<LimitItem, 'pk' | 'sk' | 'kind' | 'version'>;
    let capacityDeltaEur = 0;
    let reservedEur = reservedOf(current);
    if (action.immediate) {
      const { reduction: _r, temporary: _t, ...rest } = stored;
      const pending = current.reduction && current.reduction.amount < totalOf(action.to) ? { reduction: current.reduction } : {};
      next = { ...rest, amount: action.to.amount, ...(action.to.temporary ? { temporary: action.to.temporary } : {}), ...pending };
      reservedEur = reservationKept({ reservedEur: reservedOf(current), heldTotal: totalOf(current), total: totalOf(action.to) });
      capacityDeltaEur = reservedEur - reservedOf(current);
    } else {
      next = { ...stored, reduction: mergeReduction(current.reduction, { amount: totalOf(action.to), effectiveOn: action.effectiveOn }) };
    }
    next = { ...next, decision, code: EDIFACT_4507[decision], source: 'monitoring', insurerDecided: true, monitoringCauses: causes, updatedAt: at };
    const entry: HistoryEntry = {
      at,
      by: { role: 'system', keyId: SYSTEM.keyId },
      from,
      to: action.to,
      decision,
      code: EDIFACT_4507[decision],
      source: 'monitoring',
      reasons: action.reasons,
      // `at` is when the change was recorded; `effectiveOn` the first delivery day it applies to
      // when that is another day: later for a cut notified ahead, earlier for an insolvency
      // recorded after the day it was opened.
      ...(action.effectiveOn !== at.slice(0, 10) ? { effectiveOn: action.effectiveOn } : {}),
      ...termsOf(current),
    };
    const change = { from, to: action.to, effectiveOn: action.effectiveOn, kind: action.kind };
    const items: TransactItem[] = [
      ...(capacityDeltaEur !== 0 ? [capacityUpdate(buyerId, capacityDeltaEur, 0)] : []),
      limitPut(context, { ...next, reservedEur }, version),
      historyPut(context, buyerId, entry, `${cause}`),
      outboxPut(
        tableName(),
        newEvent({
          type: 'limit.downgraded',
          tenantId: context.tenantId,
          data: { buyerId, cause, kind: action.kind, currency: current.currency, from, to: action.to, effectiveOn: action.effectiveOn, immediate: action.immediate, reasons: action.reasons },
          now,
        }),
      ),
      ...extraItems(change),
    ];
    try {
      await documents.send(new TransactWriteCommand({ TransactItems: items }));
      return change;
    } catch (error) {
      if (isRace(error) && attempt < 6) continue;
      throw error;
    }
  }
}

/** Tells one tenant once per cause: a marker item and the event in one transaction. */
export async function noticeOnce(context: TenantContext, cause: string, type: 'buyer.grade_changed' | 'sector.alert_raised' | 'country.event_opened' | 'country.event_closed', data: Record<string, unknown>, now: Date): Promise<boolean> {
  try {
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: { ...monitoringKeys.notice(context, cause), kind: 'notice', type, expiresAt: Math.floor(now.getTime() / 1000) + NOTICE_RETENTION_DAYS * 86_400 },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          outboxPut(tableName(), newEvent({ type, tenantId: context.tenantId, data, now })),
        ],
      }),
    );
    return true;
  } catch (error) {
    if (isRace(error)) return false;
    throw error;
  }
}

/** After buyer.regraded: cut or cancel every holder's limit as the rules say, tell holders and watchers. */
export async function applyRegrade(data: RegradedData, now: Date): Promise<{ limitsChanged: number; noticesSent: number }> {
  const [{ holders, watchers }, rules] = await Promise.all([holdersAndWatchers(data.buyerId), downgradeRules()]);
  const today = isoDay(now);
  let limitsChanged = 0;
  let noticesSent = 0;
  // With `from`, a regrade that does not worsen the grade cuts nothing, and 7 → 8 → 9 ends where 7 → 9 does.
  const regraded = {
    grade: data.to.grade,
    status: data.to.status,
    from: data.from,
    changed: data.to.grade !== data.from.grade || data.to.status !== data.from.status,
    reasons: data.reasons,
  } as Parameters<typeof limitActionAfterRegrade>[0]['regrade'];
  const event = {
    type: data.type,
    occurredOn: data.occurredOn,
    urgent: data.urgent,
    ...(data.severity ? { severity: data.severity } : {}),
    ...(data.newGrade !== undefined ? { newGrade: data.newGrade } : {}),
  };
  await inParallel(holders, FANOUT_CONCURRENCY, async (tenantId) => {
    const context = TenantContext.forInsurer(SYSTEM, tenantId);
    const changed = await applyLimitAction(
      context,
      data.buyerId,
      data.riskEventId,
      (limit) =>
        limitActionAfterRegrade({
          regrade: regraded,
          event,
          limit: { amount: limit.amount, ...(limit.temporary ? { temporary: limit.temporary } : {}) },
          currency: limit.currency,
          today,
          rules,
          buyerId: data.buyerId,
        }),
      now,
    );
    if (changed) limitsChanged += 1;
  });
  if (regraded.changed) {
    const holding = new Set(holders);
    const tenants = [...new Set([...holders, ...watchers])];
    await inParallel(tenants, FANOUT_CONCURRENCY, async (tenantId) => {
      const sent = await noticeOnce(
        TenantContext.forInsurer(SYSTEM, tenantId),
        data.riskEventId,
        'buyer.grade_changed',
        { buyerId: data.buyerId, riskEventId: data.riskEventId, riskEventType: data.type, occurredOn: data.occurredOn, from: data.from, to: data.to, reasons: data.reasons, holdsLimit: holding.has(tenantId), watching: watchers.includes(tenantId) },
        now,
      );
      if (sent) noticesSent += 1;
    });
  }
  return { limitsChanged, noticesSent };
}

// ---------------------------------------------------------------------------------------
// Reductions notified ahead take effect

/**
 * Daily: every reduction whose day has come becomes the limit itself, and the buyer's capacity
 * gets the difference back. Guarded by the limit's version: a second run changes nothing.
 */
export const applyReductionsJob: JobDefinition<{ tenantId: string; buyerId: string }> = {
  name: 'apply-reductions',
  entriesPerItem: 200,
  counts: ['applied'],
  // The pending-reduction index holds only limits with a reduction, by the day it takes effect.
  due: (day) =>
    dueUntil(
      partitionPages<{ tenantId: string; buyerId: string; gsi1sk?: string }>({ partition: limitKeys.pendingReductionPartition(), index: 'gsi1' }, PLAN_PAGE_SIZE),
      (item) => (item.gsi1sk ?? '').slice(0, 10) <= day,
      ({ tenantId, buyerId }) => ({ tenantId, buyerId }),
    ),
  // Side by side: each limit is its own transaction (conflicts on a buyer's capacity are retried).
  run: async (entries, day, at) => {
    let applied = 0;
    await inParallel(entries, FANOUT_CONCURRENCY, async ({ tenantId, buyerId }) => {
      if (await applyOneReduction(TenantContext.forInsurer(SYSTEM, tenantId), buyerId, day, at)) applied += 1;
    });
    return { applied };
  },
};

export async function applyDueReductions(day: string, now: Date): Promise<number> {
  return (await runJobInProcess(applyReductionsJob, day, now)).applied ?? 0;
}

async function applyOneReduction(context: TenantContext, buyerId: string, day: string, now: Date): Promise<boolean> {
  const current = await getItem<LimitItem>(limitKeys.limit(context, buyerId));
  if (!current?.reduction || current.reduction.effectiveOn > day) return false;
  const allowed = current.reduction.amount;
  const amount = Math.min(current.amount, allowed);
  const temporaryAmount = Math.min(current.temporary?.amount ?? 0, allowed - amount);
  const to = { amount, ...(current.temporary && temporaryAmount > 0 ? { temporary: { ...current.temporary, amount: temporaryAmount } } : {}) };
  const from = { amount: current.amount, ...(current.temporary ? { temporary: current.temporary } : {}) };
  const reservedEur = reservationKept({ reservedEur: reservedOf(current), heldTotal: totalOf(current), total: totalOf(to) });
  const deltaEur = reservedEur - reservedOf(current);
  const at = now.toISOString();
  const { version, reduction, pk: _pk, sk: _sk, kind: _kind, temporary: _t, ...rest } = current;
  const decision = totalOf(to) === 0 ? 'cancelled' : 'reduced';
  const reasons: Reason[] = [{ code: 'reduction_effective', message: `The reduction notified for deliveries from ${reduction.effectiveOn} takes effect: the limit on buyer ${buyerId} is now ${totalOf(to)} (minor units of ${current.currency}); the capacity it no longer needs is released.` }];
  const entry: HistoryEntry = { at, by: { role: 'system', keyId: SYSTEM.keyId }, from, to, decision, code: EDIFACT_4507[decision], source: 'monitoring', reasons, ...termsOf(current) };
  try {
    // Conflicts with another entry's transaction on the buyer's capacity are tried again: only a
    // changed limit is an answer.
    await retryOnConflict(() =>
      documents.send(
        new TransactWriteCommand({
          TransactItems: [
            ...(deltaEur !== 0 ? [capacityUpdate(buyerId, deltaEur, 0)] : []),
            limitPut(context, { ...rest, ...to, reservedEur, decision, code: EDIFACT_4507[decision], updatedAt: at }, version),
            historyPut(context, buyerId, entry, `effective-${reduction.effectiveOn}`),
          ],
        }),
      ),
    );
  } catch (error) {
    // The limit changed meanwhile; a conflict still there after the retries fails the item, which comes back.
    if (failedConditions(error).length > 0) return false;
    throw error;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// Watchlist

export async function watch(context: TenantContext, buyerId: string, now: Date): Promise<{ buyerId: string; since: string; created: boolean }> {
  if (!(await getBuyerItem(buyerId))) throw problems.notFound(`No buyer ${buyerId}.`);
  const since = now.toISOString();
  try {
    await documents.send(
      new PutCommand({
        TableName: tableName(),
        // A watch never changes: it is "changed" when it starts (a stop deletes it).
        Item: { ...monitoringKeys.watch(context, buyerId), kind: 'watch', buyerId, since, updatedAt: since, ...monitoringKeys.watcherOf(buyerId, context.tenantId), ...syncKeys.tenant(context, 'watchlist') },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return { buyerId, since, created: true };
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    const existing = await getItem<{ since: string }>(monitoringKeys.watch(context, buyerId));
    return { buyerId, since: existing?.since ?? since, created: false };
  }
}

export async function unwatch(context: TenantContext, buyerId: string): Promise<void> {
  try {
    await documents.send(new DeleteCommand({ TableName: tableName(), Key: monitoringKeys.watch(context, buyerId), ConditionExpression: 'attribute_exists(pk)' }));
  } catch (error) {
    if (isConditionFailed(error)) throw problems.notFound(`You do not watch buyer ${buyerId}.`);
    throw error;
  }
}

export async function listWatchlist(context: TenantContext, page: PageRequest): Promise<PageResult<{ buyerId: string; since: string; updatedAt: string }>> {
  const { pk, skPrefix } = monitoringKeys.watchPrefix(context);
  const result = await queryPage<{ buyerId: string; since: string }>(changesOr({ partition: { pk }, sortKeyPrefix: { attribute: 'sk', prefix: skPrefix } }, syncKeys.tenant(context, 'watchlist'), page), page);
  return { ...result, items: result.items.map((item) => ({ buyerId: item.buyerId, since: item.since, updatedAt: item.since })) };
}

