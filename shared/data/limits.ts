/**
 * Credit limits (agrément): decisions by the pure engine (shared/domain/limits.ts), written
 * with the buyer's capacity reservation, the limit, its history and the outbox event in ONE
 * transaction. The capacity item's condition makes a race for the last capacity safe: the
 * loser's transaction is cancelled, it reads the new exposure and decides again.
 */
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { attributesOf, failedConditions, getItem, isRace, queryAll, retryOnConflict, withPrefix } from './items.ts';
import { limitKeys, syncKeys } from './keys.ts';
import { newId } from './ids.ts';
import { changesOr, partitionPages, queryPage, type PageRequest, type PageResult } from './pagination.ts';
import { tableName } from './table.ts';
import { getBuyerItem } from './buyers.ts';
import { countryRiskOn } from './country-events.ts';
import { getPolicy } from './tenancy.ts';
import { limitRules } from './limit-rules.ts';
import { activeAlertsFor } from './sector-alert-keys.ts';
import { TenantContext, type Principal } from '#access';
import { ProblemError, fieldError, problems } from '#contract/problems';
import type { HistoryEntry, Limit, LimitDecisionResponse, LimitRequestBody, Referral, UnderwriterDecisionBody } from '#contract/limits';
import type { Grade } from '#domain/grades';
import { EDIFACT_4507, decideLimit, limitInForce, totalOf, type Condition, type Decision, type Reason } from '#domain/limits';
import { formatMoney, isUnitMultiple, minorUnitExponent, unitFor } from '#domain/money';
import { reservationAfter, reservationKept } from '#domain/fx';
import { eurRateOn } from './fx.ts';
import { newEvent } from '#events/envelope';
import { isoDay } from '#clock';
import { outboxPut } from '#events/outbox';
import { dueUntil, PLAN_PAGE_SIZE, runJobInProcess, type JobDefinition } from './jobs.ts';
import { FANOUT_CONCURRENCY, inParallel } from './parallel.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type Source = 'automatic' | 'discretionary' | 'underwriter' | 'monitoring';
type Tranche = { amount: number; expiresOn: string };

const MAX_ATTEMPTS = 6;


export interface LimitItem {
  pk: string;
  sk: string;
  kind: 'limit';
  tenantId: string;
  buyerId: string;
  currency: string;
  amount: number;
  temporary?: Tranche;
  expiresOn?: string;
  /** A reduction notified ahead: deliveries from `effectiveOn` count against `amount` (monitoring). */
  reduction?: { amount: number; effectiveOn: string };
  /** Risk events and sector alerts already applied to this limit: a replay never cuts twice. */
  monitoringCauses?: string[];
  decision: Decision;
  code: string;
  conditions: Condition[];
  source: Source;
  /** Any insurer decision on the buyer ends the tenant's discretionary limits. */
  insurerDecided: boolean;
  /**
   * What this limit reserves on the buyer's capacity, EUR minor units: valued at the reference
   * rate of the day it was last raised (shared/domain/fx.ts reservationAfter). Absent on limits
   * stored before it was kept: `reservedOf` reads them.
   */
  reservedEur?: number;
  version: number;
  updatedAt: string;
}

interface ReferralItem extends Referral {
  pk: string;
  sk: string;
  kind: 'referral';
}

const inForce = limitInForce;


function limitOf(item: LimitItem, day: string): Limit {
  const force = inForce(item, day);
  return {
    buyerId: item.buyerId,
    currency: item.currency,
    amount: totalOf(force),
    permanent: force.amount,
    ...(force.temporary ? { temporary: force.temporary } : {}),
    decision: item.decision,
    code: item.code,
    conditions: item.conditions,
    ...(item.expiresOn ? { expiresOn: item.expiresOn } : {}),
    ...(item.reduction && item.reduction.effectiveOn > day ? { pendingReduction: item.reduction } : {}),
    updatedAt: item.updatedAt,
  };
}

const read = getItem;

function wrongUnit(field: string, currency: string): ProblemError {
  const unit = unitFor(currency);
  return problems.validation([
    fieldError('body', field.split('.'), 'not_a_unit_multiple', `a positive multiple of ${formatMoney(unit, currency)} (${unit} in minor units)`),
  ]);
}

/** The capacity change, guarded so that reserved + delta never passes the buyer's capacity. */
export function capacityUpdate(buyerId: string, deltaEur: number, capacityEur: number): TransactItem {
  if (deltaEur > 0) {
    return {
      Update: {
        TableName: tableName(),
        Key: limitKeys.capacity(buyerId),
        UpdateExpression: 'ADD reservedEur :delta SET kind = :kind, buyerId = :buyer',
        ConditionExpression: 'attribute_not_exists(reservedEur) OR reservedEur <= :max',
        ExpressionAttributeValues: { ':delta': deltaEur, ':max': capacityEur - deltaEur, ':kind': 'capacity', ':buyer': buyerId },
      },
    };
  }
  return {
    Update: {
      TableName: tableName(),
      Key: limitKeys.capacity(buyerId),
      UpdateExpression: 'ADD reservedEur :delta SET kind = :kind, buyerId = :buyer',
      ExpressionAttributeValues: { ':delta': deltaEur, ':kind': 'capacity', ':buyer': buyerId },
    },
  };
}

/**
 * Limits stored before the insurer published rates reserved their EUR value at these fixed
 * reference rates (EUR value of one unit, ppm), rounded up. Read only to release exactly what
 * such a limit reserved; every decision since stores its `reservedEur`.
 */
const RESERVED_BEFORE_PUBLISHED_RATES_PPM: Readonly<Record<string, number>> = { USD: 920_000, GBP: 1_170_000, CHF: 1_050_000, PLN: 230_000, SEK: 88_000, JPY: 6_100 };

/** What the capacity ledger holds for a stored limit (its tranche included, expired or not). */
export function reservedOf(item: Pick<LimitItem, 'amount' | 'temporary' | 'currency' | 'reservedEur'> | undefined): number {
  if (!item) return 0;
  if (item.reservedEur !== undefined) return item.reservedEur;
  const total = totalOf(item);
  if (item.currency === 'EUR') return total;
  const ppm = BigInt(RESERVED_BEFORE_PUBLISHED_RATES_PPM[item.currency] ?? 0);
  if (ppm === 0n) throw new RangeError(`limit in ${item.currency} stored without reservedEur`);
  const denominator = 1_000_000n * 10n ** BigInt(minorUnitExponent(item.currency));
  return Number((BigInt(total) * ppm * 100n + denominator - 1n) / denominator);
}

/** The limit item, written only if nobody changed it since it was read. */
export function limitPut(context: TenantContext, item: Omit<LimitItem, 'pk' | 'sk' | 'kind' | 'version' | 'reservedEur'> & { reservedEur: number }, previousVersion: number | undefined): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...limitKeys.limit(context, item.buyerId),
        kind: 'limit',
        ...item,
        version: (previousVersion ?? 0) + 1,
        ...limitKeys.byBuyer(item.buyerId, context.tenantId),
        ...syncKeys.tenant(context, 'limits'),
        ...(item.temporary ? limitKeys.expiringTranche(item.temporary.expiresOn, context.tenantId, item.buyerId) : {}),
        ...(item.reduction ? limitKeys.pendingReduction(item.reduction.effectiveOn, context.tenantId, item.buyerId) : {}),
      },
      ...(previousVersion === undefined
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': previousVersion } }),
    },
  };
}

/**
 * What of a stored limit the history keeps with each change, beside its amounts: the conditions
 * and the end of a time-limited approval bind the deliveries made under it (the indemnity reads
 * them from the history, delivery by delivery).
 */
export function termsOf(limit: { conditions?: Condition[] | undefined; expiresOn?: string | undefined }): Pick<HistoryEntry, 'conditions' | 'expiresOn'> {
  return { conditions: limit.conditions ?? [], ...(limit.expiresOn ? { expiresOn: limit.expiresOn } : {}) };
}

export function historyPut(context: TenantContext, buyerId: string, entry: HistoryEntry, id: string): TransactItem {
  return { Put: { TableName: tableName(), Item: { ...limitKeys.history(context, buyerId, entry.at, id), kind: 'limitHistory', ...entry } } };
}


/** A tenant asks for a limit on a buyer: decided now, or referred to an underwriter. */
export async function requestLimit(context: TenantContext, body: LimitRequestBody, now: Date): Promise<{ status: 201 | 202; body: LimitDecisionResponse }> {
  const day = isoDay(now);
  const readLimitAndCapacity = () =>
    Promise.all([read<LimitItem>(limitKeys.limit(context, body.buyerId)), read<{ reservedEur?: number }>(limitKeys.capacity(body.buyerId))]);
  // Everything that depends only on the request in one round trip; the country needs the buyer.
  const [policy, buyer, { rules }, firstReads] = await Promise.all([getPolicy(context), getBuyerItem(body.buyerId), limitRules(), readLimitAndCapacity()]);
  if (!buyer) throw problems.notFound(`No buyer ${body.buyerId}.`);
  const unit = unitFor(policy.currency);
  if (body.amount !== undefined && !isUnitMultiple(body.amount, unit)) throw wrongUnit('amount', policy.currency);
  if (body.temporary && !isUnitMultiple(body.temporary.amount, unit)) throw wrongUnit('temporary.amount', policy.currency);
  // A limit may rise only on new or increase requests: only they compare the policy currency with EUR capacity.
  const rises = body.type === 'new' || body.type === 'increase';
  const [{ country, openEvents: openCountryEvents }, activeSectorAlerts, eurRate] = await Promise.all([
    // The category and, for a rise, the open country events: both on the country's item.
    countryRiskOn(buyer.country, day, rises),
    activeAlertsFor(buyer.sector, buyer.country),
    rises ? eurRateOn(policy.currency, day) : Promise.resolve(undefined),
  ]);
  const requestId = newId('limitRequest', now);

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const [current, capacity] = attempt === 1 ? firstReads : await readLimitAndCapacity();
    const force = current ? inForce(current, day) : undefined;
    const adverseSince = isoDay(new Date(now.getTime() - 365 * 86_400_000));
    const decision = decideLimit({
      request: {
        type: body.type,
        amount: body.type === 'cancel' ? 0 : (body.amount as number),
        ...(body.temporary ? { temporary: body.temporary } : {}),
      },
      buyer: { buyerId: buyer.buyerId, grade: buyer.grade, status: buyer.status, country: buyer.country, sector: buyer.sector },
      countryCategory: country.category,
      activeSectorAlerts,
      openCountryEvents: openCountryEvents.map((event) => ({ eventId: event.eventId, type: event.type, occurredOn: event.occurredOn })),
      policy: {
        currency: policy.currency,
        discretionaryLimit: policy.discretionaryLimit,
        coveredCountries: policy.coveredCountries,
        politicalRiskCovered: policy.politicalRiskCovered,
        maxCreditPeriodDays: policy.maxCreditPeriodDays,
      },
      // As stored, an expired tranche included: the engine releases what the capacity ledger holds.
      current: current ? { amount: current.amount, ...(current.temporary ? { temporary: current.temporary } : {}), reservedEur: reservedOf(current) } : null,
      ...(eurRate ? { eurRate } : {}),
      buyerExposureEur: capacity?.reservedEur ?? 0,
      discretionary: {
        insurerDecisionExists: current?.insurerDecided ?? false,
        adverseEventWithin12Months: Boolean(buyer.lastAdverseEventOn && buyer.lastAdverseEventOn >= adverseSince),
      },
      today: day,
      rules,
    });
    const decidedAt = now.toISOString();
    const from = force ?? { amount: 0 };

    if (decision.decision === 'referred') {
      const referralId = newId('referral', now);
      const referral: Referral = {
        referralId,
        tenantId: context.tenantId,
        buyerId: buyer.buyerId,
        requestId,
        type: body.type,
        amount: body.amount ?? 0,
        currency: policy.currency,
        ...(body.temporary ? { temporary: body.temporary } : {}),
        reasons: decision.reasons,
        status: 'pending',
        createdAt: decidedAt,
      };
      await documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName(),
                Item: { ...limitKeys.referral(referralId), kind: 'referral', ...referral, ...limitKeys.pendingReferral(decidedAt, referralId) },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            outboxPut(
              tableName(),
              newEvent({
                type: 'referral.created',
                tenantId: context.tenantId,
                data: { referralId, requestId, buyerId: buyer.buyerId, type: body.type, amount: referral.amount, currency: policy.currency, reasons: decision.reasons },
                now,
              }),
            ),
          ],
        }),
      );
      return {
        status: 202,
        body: {
          requestId,
          buyerId: buyer.buyerId,
          type: body.type,
          decision: 'referred',
          code: decision.code,
          amount: from.amount,
          requestedAmount: referral.amount,
          currentAmount: from.amount,
          currency: policy.currency,
          ...(from.temporary ? { temporary: from.temporary } : {}),
          reasons: decision.reasons,
          conditions: [],
          referralId,
          source: 'automatic',
          decidedAt,
        },
      };
    }

    const to = { amount: decision.amount, ...(decision.temporary ? { temporary: decision.temporary } : {}) };
    const source: Source = decision.source;
    // A refusal leaves the limit in force as it was, and a reduction only lowers it: neither
    // lifts its conditions or the end of a time-limited approval (else asking for a refused
    // increase or a small cut would free the tenant of them). A grant decides them anew.
    const terms =
      decision.decision === 'not_approved' || decision.decision === 'reduced'
        ? termsOf(current ?? {})
        : termsOf({ conditions: decision.conditions });
    const entry: HistoryEntry = {
      at: decidedAt,
      by: { role: context.principal.role, keyId: context.principal.keyId },
      from,
      to,
      decision: decision.decision,
      code: decision.code,
      source,
      reasons: decision.reasons,
      requestId,
      ...terms,
    };
    const items: TransactItem[] = [
      ...(decision.capacityDeltaEur !== 0 ? [capacityUpdate(buyer.buyerId, decision.capacityDeltaEur, rules.buyerCapacityEur[buyer.grade as Grade])] : []),
      limitPut(
        context,
        {
          tenantId: context.tenantId,
          buyerId: buyer.buyerId,
          currency: policy.currency,
          amount: to.amount,
          ...(to.temporary ? { temporary: to.temporary } : {}),
          ...(terms.expiresOn ? { expiresOn: terms.expiresOn } : {}),
          decision: decision.decision,
          code: decision.code,
          conditions: terms.conditions ?? [],
          source,
          insurerDecided: (current?.insurerDecided ?? false) || source !== 'discretionary',
          reservedEur: reservedOf(current) + decision.capacityDeltaEur,
          // A downgrade notified ahead still applies to what the tenant holds now, unless the
          // tenant itself went below it.
          ...(current?.reduction && current.reduction.amount < totalOf(to) ? { reduction: current.reduction } : {}),
          ...(current?.monitoringCauses ? { monitoringCauses: current.monitoringCauses } : {}),
          updatedAt: decidedAt,
        },
        current?.version,
      ),
      historyPut(context, buyer.buyerId, entry, requestId),
      outboxPut(
        tableName(),
        newEvent({
          type: 'limit.decided',
          tenantId: context.tenantId,
          data: { requestId, buyerId: buyer.buyerId, decision: decision.decision, code: decision.code, currency: policy.currency, from, to, reasons: decision.reasons, conditions: decision.conditions, source },
          now,
        }),
      ),
    ];
    try {
      await documents.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      // Another request took capacity or changed this limit meanwhile: decide again on fresh reads.
      if (isRace(error) && attempt < MAX_ATTEMPTS) continue;
      if (isRace(error)) {
        throw new ProblemError({ slug: 'concurrent-update', detail: 'This buyer’s limits changed while deciding. Retry the request.', headers: { 'retry-after': '1' } });
      }
      throw error;
    }
    return {
      status: 201,
      body: {
        requestId,
        buyerId: buyer.buyerId,
        type: body.type,
        decision: decision.decision,
        code: decision.code,
        amount: to.amount,
        requestedAmount: body.type === 'cancel' ? 0 : (body.amount ?? 0),
        currentAmount: from.amount,
        currency: policy.currency,
        ...(to.temporary ? { temporary: to.temporary, expiresOn: to.temporary.expiresOn } : {}),
        reasons: decision.reasons,
        conditions: decision.conditions,
        source,
        decidedAt,
      },
    };
  }
  throw new Error('unreachable');
}

export async function getLimit(context: TenantContext, buyerId: string, now: Date): Promise<Limit & { history: HistoryEntry[] }> {
  const item = await read<LimitItem>(limitKeys.limit(context, buyerId));
  if (!item) throw problems.notFound(`No limit on buyer ${buyerId}.`);
  return { ...limitOf(item, isoDay(now)), history: await limitHistory(context, buyerId) };
}

/** Every change of a tenant's limit on a buyer, oldest first. */
export async function limitHistory(context: TenantContext, buyerId: string): Promise<HistoryEntry[]> {
  return (await queryAll(withPrefix(limitKeys.historyPrefix(context, buyerId)))).map((raw) => attributesOf<HistoryEntry>(raw));
}

export async function listLimits(context: TenantContext, page: PageRequest, now: Date): Promise<PageResult<Limit>> {
  const { pk, skPrefix } = limitKeys.limitPrefix(context);
  const result = await queryPage<LimitItem>(changesOr({ partition: { pk }, sortKeyPrefix: { attribute: 'sk', prefix: skPrefix } }, syncKeys.tenant(context, 'limits'), page), page);
  return { ...result, items: result.items.map((item) => limitOf(item, isoDay(now))) };
}

// ---------------------------------------------------------------------------------------
// Underwriting
// ---------------------------------------------------------------------------------------

const referralOf = (item: ReferralItem): Referral => attributesOf<Referral>(item);

export async function listPendingReferrals(page: PageRequest): Promise<PageResult<Referral>> {
  const result = await queryPage<ReferralItem>({ partition: limitKeys.pendingReferralPartition(), index: 'gsi3' }, page);
  return { ...result, items: result.items.map(referralOf) };
}

/** An underwriter decides a referral: the tenant's limit changes as for any decision. */
export async function decideReferral(principal: Principal, referralId: string, body: UnderwriterDecisionBody, now: Date): Promise<LimitDecisionResponse> {
  const referralItem = await read<ReferralItem>(limitKeys.referral(referralId));
  if (!referralItem) throw problems.notFound(`No referral ${referralId}.`);
  if (referralItem.status !== 'pending') {
    throw new ProblemError({ slug: 'referral-decided', detail: `Referral ${referralId} was decided on ${String(referralItem.decidedAt)}.` });
  }
  const context = TenantContext.forInsurer(principal, referralItem.tenantId);
  const [buyer, { rules }] = await Promise.all([getBuyerItem(referralItem.buyerId), limitRules()]);
  if (!buyer) throw problems.notFound(`No buyer ${referralItem.buyerId}.`);
  if (!isUnitMultiple(body.amount, unitFor(referralItem.currency)) && body.amount !== 0) throw wrongUnit('amount', referralItem.currency);
  const day = isoDay(now);
  const decidedAt = now.toISOString();
  const eurRate = await eurRateOn(referralItem.currency, day);

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const current = await read<LimitItem>(limitKeys.limit(context, buyer.buyerId));
    const from = current ? inForce(current, day) : { amount: 0 };
    const to = { amount: body.amount };
    // Against what the capacity ledger holds for this limit: the stored total, expired parts included.
    const heldTotal = current ? totalOf(current) : 0;
    const reservedEur = reservationAfter({ reservedEur: reservedOf(current), heldTotal, total: totalOf(to), currency: referralItem.currency, ratePpm: eurRate?.ratePpm ?? 1_000_000 });
    const deltaEur = reservedEur - reservedOf(current);
    const capacityEur = rules.buyerCapacityEur[buyer.grade as Grade];
    const reasons: Reason[] = body.reasons;
    const code = EDIFACT_4507[body.decision];
    const entry: HistoryEntry = {
      at: decidedAt,
      by: { role: principal.role, keyId: principal.keyId },
      from,
      to,
      decision: body.decision,
      code,
      source: 'underwriter',
      reasons,
      requestId: referralItem.requestId,
      referralId,
      ...termsOf({ conditions: body.conditions, expiresOn: body.expiresOn }),
    };
    try {
      await documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName(),
                Key: limitKeys.referral(referralId),
                UpdateExpression: 'SET #status = :decided, decidedAt = :at, decision = :decision REMOVE gsi3pk, gsi3sk',
                ConditionExpression: '#status = :pending',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':decided': 'decided', ':pending': 'pending', ':at': decidedAt, ':decision': body.decision },
              },
            },
            ...(deltaEur !== 0 ? [capacityUpdate(buyer.buyerId, deltaEur, capacityEur)] : []),
            limitPut(
              context,
              {
                tenantId: context.tenantId,
                buyerId: buyer.buyerId,
                currency: referralItem.currency,
                amount: to.amount,
                ...(body.expiresOn ? { expiresOn: body.expiresOn } : {}),
                decision: body.decision,
                code,
                conditions: body.conditions,
                source: 'underwriter',
                insurerDecided: true,
                reservedEur,
                updatedAt: decidedAt,
              },
              current?.version,
            ),
            historyPut(context, buyer.buyerId, entry, referralId),
            outboxPut(
              tableName(),
              newEvent({
                type: 'limit.decided',
                tenantId: context.tenantId,
                data: { requestId: referralItem.requestId, referralId, buyerId: buyer.buyerId, decision: body.decision, code, currency: referralItem.currency, from, to, reasons, conditions: body.conditions, source: 'underwriter' },
                now,
              }),
            ),
          ],
        }),
      );
    } catch (error) {
      const failed = failedConditions(error);
      if (failed.includes(0)) {
        throw new ProblemError({ slug: 'referral-decided', detail: `Referral ${referralId} was decided meanwhile.` });
      }
      if (deltaEur !== 0 && failed.includes(1)) {
        throw new ProblemError({
          slug: 'no-capacity',
          detail: `Granting ${formatMoney(body.amount, referralItem.currency)} would pass the insurer’s capacity on buyer ${buyer.buyerId}.`,
        });
      }
      if (isRace(error) && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
    return {
      requestId: referralItem.requestId,
      buyerId: buyer.buyerId,
      type: referralItem.type,
      decision: body.decision,
      code,
      amount: to.amount,
      requestedAmount: referralItem.amount,
      currentAmount: from.amount,
      currency: referralItem.currency,
      reasons,
      conditions: body.conditions,
      ...(body.expiresOn ? { expiresOn: body.expiresOn } : {}),
      referralId,
      source: 'underwriter',
      decidedAt,
    };
  }
  throw new Error('unreachable');
}


// ---------------------------------------------------------------------------------------
// Daily: temporary tranches past their date give back their capacity
// ---------------------------------------------------------------------------------------

const SYSTEM: Principal = { role: 'insurer', keyId: 'system:tranche-expiry' };

/**
 * Ends every temporary tranche whose `expiresOn` is before `day`: the limit keeps its
 * permanent part, the buyer's capacity gets the tranche back, the history and limit.decided
 * say so. Each limit is its own transaction, guarded by its version: a second run, or a run
 * racing a tenant's request, never releases twice.
 */
export const expireTranchesJob: JobDefinition<{ tenantId: string; buyerId: string }> = {
  name: 'expire-tranches',
  entriesPerItem: 200,
  counts: ['expired'],
  // The expiry index holds only limits with a tranche, by end date.
  due: (day) =>
    dueUntil(
      partitionPages<{ tenantId: string; buyerId: string; gsi3sk?: string }>({ partition: limitKeys.expiringTranchePartition(), index: 'gsi3' }, PLAN_PAGE_SIZE),
      (item) => (item.gsi3sk ?? '').slice(0, 10) < day,
      ({ tenantId, buyerId }) => ({ tenantId, buyerId }),
    ),
  // Side by side: each limit is its own transaction (conflicts on a buyer's capacity are retried).
  run: async (entries, day, at) => {
    let expired = 0;
    await inParallel(entries, FANOUT_CONCURRENCY, async ({ tenantId, buyerId }) => {
      if (await expireOne(TenantContext.forInsurer(SYSTEM, tenantId), buyerId, day, at)) expired += 1;
    });
    return { expired };
  },
};

export async function expireTranches(day: string, now: Date): Promise<number> {
  return (await runJobInProcess(expireTranchesJob, day, now)).expired ?? 0;
}

async function expireOne(context: TenantContext, buyerId: string, day: string, now: Date): Promise<boolean> {
  const current = await read<LimitItem>(limitKeys.limit(context, buyerId));
  if (!current?.temporary || current.temporary.expiresOn >= day) return false;
  const tranche = current.temporary;
  const reservedEur = reservationKept({ reservedEur: reservedOf(current), heldTotal: totalOf(current), total: current.amount });
  const deltaEur = reservedEur - reservedOf(current);
  const at = now.toISOString();
  const id = newId('limitRequest', now);
  const reasons: Reason[] = [
    { code: 'temporary_expired', message: `The temporary tranche of ${formatMoney(tranche.amount, current.currency)} ended on ${tranche.expiresOn}; its capacity is released.` },
  ];
  const entry: HistoryEntry = {
    at,
    by: { role: 'system', keyId: SYSTEM.keyId },
    from: { amount: current.amount, temporary: tranche },
    to: { amount: current.amount },
    decision: 'reduced',
    code: EDIFACT_4507.reduced,
    source: current.source,
    reasons,
    ...termsOf(current),
  };
  // The stored limit without its tranche: limitPut writes the keys again (no tranche, so off the expiry index).
  const { version, temporary: _t, ...limit } = attributesOf<Omit<LimitItem, 'pk' | 'sk' | 'kind'>>(current);
  try {
    // Conflicts with another entry's transaction on the buyer's capacity are tried again: only a
    // changed limit is an answer.
    await retryOnConflict(() =>
      documents.send(
        new TransactWriteCommand({
          TransactItems: [
            capacityUpdate(buyerId, deltaEur, 0),
            limitPut(context, { ...limit, reservedEur, decision: 'reduced', code: EDIFACT_4507.reduced, updatedAt: at }, version),
            historyPut(context, buyerId, entry, id),
            outboxPut(
              tableName(),
              newEvent({
                type: 'limit.decided',
                tenantId: context.tenantId,
                data: { buyerId, decision: 'reduced', code: EDIFACT_4507.reduced, currency: current.currency, from: entry.from, to: entry.to, reasons, conditions: current.conditions, source: 'system' },
                now,
              }),
            ),
          ],
        }),
      ),
    );
  } catch (error) {
    // The tenant changed this limit meanwhile: its own decision already settled the tranche. A
    // conflict still there after the retries is not an answer: the item fails and comes back.
    if (failedConditions(error).length > 0) return false;
    throw error;
  }
  return true;
}
