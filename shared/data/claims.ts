/**
 * Overdues and claims. A notification inside its deadline opens a claim case (in collection)
 * with overdue.notified and claim.opened, in one transaction with the invoices it names and a
 * marker that turns cover checks on that buyer to cash in advance; more invoices on the buyer
 * join the open claim until its indemnity (on an insolvent buyer, the whole account: invoices not
 * yet due too). The claim becomes indemnifiable at the buyer's insolvency or at the end of the
 * waiting period, with its computed breakdown (shared/domain/claims.ts); the insurer records the
 * indemnity, the money collected before the loss and the recoveries after it.
 *
 * Every change of a claim is guarded by its version; the money moves (invoices, exposure, the
 * policy year's indemnities) are in the same transaction as the claim and its event.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { attributesOf, batchGetItems, CONFLICT_ATTEMPTS, getItem, isRace, queryAll, retryOnConflict, withPrefix } from './items.ts';
import { claimKeys, insurerKeys, limitKeys, orderKeys, syncKeys } from './keys.ts';
import { newId } from './ids.ts';
import { changesOr, partitionPages, prefixQuery, queryPage, type PageRequest, type PageResult, type PartitionQuery } from './pagination.ts';
import { tableName } from './table.ts';
import { getBuyerItem } from './buyers.ts';
import { getPolicy, policyHistory } from './tenancy.ts';
import { limitHistory, termsOf, type LimitItem, type TransactItem } from './limits.ts';
import { policyYearPremium } from './premium.ts';
import { countryEventsOf } from './country-events.ts';
import { isOpenOn } from '#domain/country-events';
import { exposureAdd, invoiceChanged, oldestUnpaidInvoice, stopOfCover, type InvoiceItem, type OldestUnpaid } from './orders.ts';
import { TenantContext, type Principal } from '#access';
import type { Policy } from '#contract/tenancy';
import { ProblemError, fieldError, problems } from '#contract/problems';
import {
  aggregateFirstLossLeft,
  allocateCollection,
  computeIndemnity,
  outstandingInPolicy,
  deadlineWarningsDue,
  politicalCauseRefusal,
  policyYearOf,
  splitCosts,
  splitRecovery,
  totalOutstanding,
  type ClaimInvoice,
  type ClaimStatus,
  type IndemnityBreakdown,
  type LimitStep,
  type PolicyYearLoss,
  type RiskType,
} from '#domain/claims';
import { formatMoney } from '#domain/money';
import { addDays } from '#domain/dates';
import { maxPaymentTermsOf, totalOf } from '#domain/limits';
import { newEvent } from '#events/envelope';
import { outboxPut } from '#events/outbox';
import { dueUntil, PLAN_PAGE_SIZE, runJobInProcess, type JobDefinition } from './jobs.ts';
import { isoDay } from '#clock';
import { fxRateMissing, ratesOn } from './fx.ts';
import { FxRateMissingError } from '#domain/fx';
import { byCodeUnits } from '#domain/order';

const SYSTEM: Principal = { role: 'insurer', keyId: 'system:claims' };
const MAX_INVOICES = 90;

export type DocumentKind = 'invoices' | 'proof_of_delivery' | 'correspondence' | 'statement_of_account';

interface TimelineEntry {
  at: string;
  event: string;
  detail: string;
}

export interface ClaimItem {
  pk: string;
  sk: string;
  kind: 'claim';
  claimId: string;
  tenantId: string;
  buyerId: string;
  currency: string;
  status: ClaimStatus;
  invoices: ClaimInvoice[];
  notifiedOn: string;
  deadline: string;
  /** The end of the maximum extension period when notified (absent on claims notified before it was kept). */
  mepEndsOn?: string;
  waitingPeriodEndsOn: string;
  dateOfLoss?: string;
  /** Absent on claims from before political claims: commercial. */
  riskType?: RiskType;
  lossCause?: 'insolvency' | 'protracted_default' | 'political';
  indemnity?: IndemnityBreakdown;
  indemnifiedOn?: string;
  collections: { amount: number; receivedOn: string; allocations: { invoiceId: string; amount: number }[] }[];
  recoveries: { amount: number; receivedOn: string; insurerShare: number; policyholderShare: number }[];
  /** Collection costs; their shares are set when the insurer pays them (with the indemnity, or at once after it). Absent on claims from before costs were kept. */
  costs?: CollectionCost[];
  documents: Record<DocumentKind, { status: 'missing' | 'provided'; updatedAt?: string; note?: string }>;
  timeline: TimelineEntry[];
  version: number;
  createdAt: string;
  updatedAt: string;
}


export interface CollectionCost {
  amount: number;
  incurredOn: string;
  description: string;
  recordedAt: string;
  /** Set once paid: the insurer's share (floor(Σ costs × indemnity / loss), this cost's increment) and the rest. */
  insurerShare?: number;
  policyholderShare?: number;
  paidOn?: string;
}

/** A claim's entry in its policy year's ledger of losses (claimKeys.policyYearLoss). */
interface LossItem extends PolicyYearLoss {
  pk: string;
  sk: string;
  kind: 'policyYearLoss';
}

const DOCUMENT_KINDS: DocumentKind[] = ['invoices', 'proof_of_delivery', 'correspondence', 'statement_of_account'];

/** What the API shows: the item, and what is outstanding (derived from its invoices, never stored beside them). */
export type Claim = Omit<ClaimItem, 'pk' | 'sk' | 'kind' | 'version' | 'tenantId' | 'costs' | 'riskType'> & { riskType: RiskType; costs: CollectionCost[]; outstanding: number };
const claimOf = (item: ClaimItem): Claim => {
  const { tenantId: _t, version: _v, ...claim } = attributesOf<ClaimItem>(item);
  return {
    ...claim,
    riskType: item.riskType ?? 'commercial',
    ...(item.indemnity ? { indemnity: asValuedToday(item.indemnity) } : {}),
    costs: item.costs ?? [],
    outstanding: totalOutstanding(item.invoices),
  };
};

/**
 * A breakdown stored before the retentions were kept in it reads with the values its rules had:
 * the deductible after the percentage, no aggregate first loss, no collection costs. (The
 * non-qualifying loss and the policy version it was valued with were not kept: they stay absent.)
 */
function asValuedToday(indemnity: IndemnityBreakdown): IndemnityBreakdown {
  const stored: Partial<IndemnityBreakdown> = indemnity;
  return {
    ...indemnity,
    deductibleApplies: stored.deductibleApplies ?? 'after_percent',
    aggregateFirstLoss: stored.aggregateFirstLoss ?? 0,
    aggregateFirstLossUsed: stored.aggregateFirstLossUsed ?? 0,
    aggregateFirstLossLeft: stored.aggregateFirstLossLeft ?? 0,
    collectionCosts: stored.collectionCosts ?? 0,
    collectionCostsShare: stored.collectionCostsShare ?? 0,
  };
}


function conflict(detail: string): ProblemError {
  return new ProblemError({ slug: 'concurrent-update', detail });
}

/** Writes a claim's new state with the other items of the change, if nobody changed it since it was read. */
async function saveClaim(context: TenantContext, claim: ClaimItem, next: Partial<ClaimItem>, others: TransactItem[], remove: string[] = []): Promise<ClaimItem> {
  // The status is written with its list key: the list by status selects by key.
  const updated: ClaimItem = {
    ...claim,
    ...next,
    ...claimKeys.byStatus(context, next.status ?? claim.status, claim.buyerId, claim.claimId),
    ...syncKeys.tenant(context, 'claims'),
    version: claim.version + 1,
  };
  for (const attribute of remove) delete (updated as unknown as Record<string, unknown>)[attribute];
  try {
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName(), Item: updated, ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': claim.version } } },
          ...others,
        ],
      }),
    );
  } catch (error) {
    if (isRace(error)) throw conflict(`Claim ${claim.claimId} changed meanwhile. Read it again and retry.`);
    throw error;
  }
  return updated;
}

// ---------------------------------------------------------------------------------------
// Overdue notification

/**
 * What a notification and an addition to an open claim both check, and the reads they share:
 * the buyer (404), and each invoice named (400 naming it): the tenant's, on that buyer, unpaid,
 * past due — any unpaid one on an insolvent buyer (whole account: the date of loss is the
 * insolvency, every invoice is lost with it) — and in no claim yet.
 */
async function checkedInvoices(context: TenantContext, buyerId: string, ids: readonly string[], today: string) {
  const [policy, buyer, found, oldest] = await Promise.all([
    getPolicy(context),
    getBuyerItem(buyerId),
    batchGetItems<InvoiceItem>(ids.map((id) => orderKeys.invoice(context, id))),
    oldestUnpaidInvoice(context, buyerId),
  ]);
  if (!buyer) throw problems.notFound(`No buyer ${buyerId}.`);
  const insolvent = buyer.status === 'insolvent';
  const byId = new Map(found.map((invoice) => [invoice.invoiceId, invoice]));
  const errors = ids.flatMap((id, index) => {
    const invoice = byId.get(id);
    const at = (code: string, detail: string) => fieldError('body', ['invoiceIds', index], code, detail);
    if (!invoice || invoice.buyerId !== buyerId) return [at('unknown_invoice', 'no such invoice of yours on this buyer')];
    if (invoice.outstanding === 0) return [at('paid', `invoice ${invoice.number} is paid`)];
    if (!insolvent && invoice.dueDate >= today) return [at('not_overdue', `invoice ${invoice.number} is due on ${invoice.dueDate}: not overdue yet`)];
    if (invoice.claimId) return [at('already_notified', `invoice ${invoice.number} is already in claim ${invoice.claimId}`)];
    return [];
  });
  if (errors.length > 0) throw problems.validation(errors);
  return { policy, buyer, byId, oldest, insolvent };
}

/**
 * The notification deadline on the buyer (its oldest unpaid invoice's), met today or refused
 * with 422 notification-late, nothing stored.
 */
function notifiedInTime(buyerId: string, oldest: OldestUnpaid | undefined, named: ReadonlyMap<string, InvoiceItem>, policy: Policy, today: string): { mepEndsOn: string; deadline: string } {
  // The index may not show an invoice written a moment ago: the named invoices are unpaid too.
  const oldestInvoice: OldestUnpaid =
    oldest ??
    [...named.values()]
      .map((invoice): OldestUnpaid => ({ invoiceId: invoice.invoiceId, dueDate: invoice.dueDate, ...(invoice.extendedDueDate ? { extendedDueDate: invoice.extendedDueDate } : {}) }))
      .sort((a, b) => byCodeUnits(a.dueDate, b.dueDate))[0]!;
  const oldestDue = oldestInvoice.dueDate;
  const { mepEndsOn, notificationDeadline: deadline } = stopOfCover(oldestInvoice, policy)!;
  if (today > deadline) {
    const extended = oldestInvoice.extendedDueDate !== undefined && mepEndsOn === oldestInvoice.extendedDueDate;
    const mep = extended
      ? `${mepEndsOn}, the due date the insurer approved for the oldest unpaid invoice (originally due ${oldestDue})`
      : `${mepEndsOn}, ${policy.maxExtensionDays} days after ${oldestDue}, the due date of the oldest unpaid invoice`;
    throw new ProblemError({
      slug: 'notification-late',
      detail: `The overdue on buyer ${buyerId} had to be notified by ${deadline} (${policy.notificationPeriodDays} days after the end of the maximum extension period on ${mep}); today is ${today}. Cover on these invoices is lost.`,
      extensions: { deadline, mepEndsOn, oldestUnpaidDueDate: oldestDue, maxExtensionDays: policy.maxExtensionDays, notificationPeriodDays: policy.notificationPeriodDays },
    });
  }
  return { mepEndsOn, deadline };
}

/** The invoice joins the claim, if nobody paid or notified it since it was read. */
function joinsClaim(context: TenantContext, invoice: ClaimInvoice, claimId: string, at: string): TransactItem {
  const changed = invoiceChanged(context, at);
  return {
    Update: {
      TableName: tableName(),
      Key: orderKeys.invoice(context, invoice.invoiceId),
      UpdateExpression: `SET claimId = :claim, ${changed.set} REMOVE gsi2pk, gsi2sk`,
      ConditionExpression: 'outstanding = :seen AND attribute_not_exists(claimId)',
      ExpressionAttributeValues: { ':claim': claimId, ':seen': invoice.outstanding, ...changed.values },
    },
  };
}

/** The invoice as the claim holds it: in its own currency, named when it is not the policy's. */
function claimInvoiceOf(invoice: InvoiceItem, policyCurrency: string): ClaimInvoice {
  return {
    invoiceId: invoice.invoiceId,
    amount: invoice.amount,
    outstanding: invoice.outstanding,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    ...(invoice.currency !== policyCurrency ? { currency: invoice.currency } : {}),
    ...(invoice.currency !== policyCurrency && invoice.outstandingInPolicyCurrency !== undefined ? { outstandingInPolicyCurrency: invoice.outstandingInPolicyCurrency } : {}),
  };
}

const addInvoicesUrl = (claimId: string) => `/v1/claims/${claimId}/invoices`;

export async function notifyOverdue(context: TenantContext, body: { buyerId: string; invoiceIds: string[]; cause?: RiskType | undefined }, now: Date): Promise<Claim> {
  const riskType = body.cause ?? 'commercial';
  const today = isoDay(now);
  const ids = [...new Set(body.invoiceIds)];
  if (ids.length > MAX_INVOICES) {
    throw problems.validation([{ in: 'body', field: 'invoiceIds', pointer: '#/invoiceIds', code: 'too_many', detail: `at most ${MAX_INVOICES} invoices per notification` }]);
  }
  const [{ policy, buyer, byId, oldest }, open] = await Promise.all([
    checkedInvoices(context, body.buyerId, ids, today),
    getItem<{ claimId: string }>(orderKeys.overdue(context, body.buyerId)),
  ]);
  if (open) {
    throw new ProblemError({
      slug: 'claim-open',
      detail: `Claim ${open.claimId} is open on buyer ${body.buyerId}: its invoices are being collected. Add these invoices to it: POST ${addInvoicesUrl(open.claimId)}.`,
      extensions: { claimId: open.claimId, addInvoicesUrl: addInvoicesUrl(open.claimId) },
    });
  }
  const { mepEndsOn, deadline } = notifiedInTime(body.buyerId, oldest, byId, policy, today);
  if (riskType === 'political') await politicalCause(policy, buyer, ids.map((id) => byId.get(id)!));

  const claimId = newId('claim', now);
  const at = now.toISOString();
  const invoices: ClaimInvoice[] = ids.map((id) => claimInvoiceOf(byId.get(id)!, policy.currency));
  const outstanding = totalOutstanding(invoices);
  const waitingPeriodEndsOn = addDays(today, riskType === 'political' ? policy.politicalWaitingPeriodDays : policy.waitingPeriodDays);
  const claim: ClaimItem = {
    ...claimKeys.claim(context, claimId),
    kind: 'claim',
    claimId,
    tenantId: context.tenantId,
    buyerId: body.buyerId,
    currency: policy.currency,
    status: 'in_collection',
    riskType,
    invoices,
    notifiedOn: today,
    deadline,
    mepEndsOn,
    waitingPeriodEndsOn,
    collections: [],
    recoveries: [],
    documents: Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, { status: 'missing' }])) as ClaimItem['documents'],
    timeline: [
      { at, event: 'notified', detail: `Overdue of ${formatMoney(outstanding, policy.currency)} on ${invoices.length} invoice(s) notified on ${today}, within the deadline of ${deadline}.` },
      riskType === 'political'
        ? { at, event: 'in_collection', detail: `Political loss: the claim becomes indemnifiable when the political waiting period of ${policy.politicalWaitingPeriodDays} days ends on ${waitingPeriodEndsOn}.` }
        : { at, event: 'in_collection', detail: `Collection starts; without the buyer's insolvency the claim becomes indemnifiable when the waiting period ends on ${waitingPeriodEndsOn}.` },
    ],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  const data = { claimId, buyerId: body.buyerId, riskType, invoiceIds: ids, outstanding, currency: policy.currency, notifiedOn: today, deadline, waitingPeriodEndsOn };
  const items: TransactItem[] = [
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...claim,
          ...claimKeys.waiting(waitingPeriodEndsOn, context.tenantId, claimId),
          ...claimKeys.byBuyer(body.buyerId, context.tenantId, claimId),
          ...claimKeys.byStatus(context, claim.status, body.buyerId, claimId),
          ...syncKeys.tenant(context, 'claims'),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    { Put: { TableName: tableName(), Item: { ...claimKeys.pointer(claimId), kind: 'claimPointer', tenantId: context.tenantId } } },
    { Put: { TableName: tableName(), Item: { ...orderKeys.overdue(context, body.buyerId), kind: 'overdue', claimId, notifiedOn: today }, ConditionExpression: 'attribute_not_exists(pk)' } },
    ...invoices.map((invoice) => joinsClaim(context, invoice, claimId, at)),
    outboxPut(tableName(), newEvent({ type: 'overdue.notified', tenantId: context.tenantId, data, now })),
    outboxPut(tableName(), newEvent({ type: 'claim.opened', tenantId: context.tenantId, data: { ...data, status: 'in_collection' }, now })),
  ];
  try {
    await documents.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (isRace(error)) throw conflict(`Buyer ${body.buyerId}'s invoices or claims changed meanwhile. Retry.`);
    throw error;
  }
  // Already insolvent: the date of loss has passed, the claim is indemnifiable at once, unless an
  // invoice's currency has no rate in force that day (a publication replaced without it): the
  // notification stands, in collection, and the waiting period's end values it.
  if (buyer.status === 'insolvent' && buyer.insolventOn) return claimOf((await unlessRateMissing(makeIndemnifiable(context, claimId, buyer.insolventOn, 'insolvency', now))) ?? claim);
  return claimOf(claim);
}

/**
 * Whole account: more invoices on the claim's buyer join an open claim, before its indemnity
 * (in collection or indemnifiable), with the notification's checks (an insolvent buyer's
 * invoices need not be due; another buyer's must meet the notification deadline) and at most 90
 * invoices on the claim in all. An indemnifiable claim's indemnity is computed again, at the same
 * date of loss and for the same cause, and its loss entered again in its policy year. One
 * transaction: the claim (version-guarded), its invoices, the loss, the event.
 */
export async function addClaimInvoices(context: TenantContext, claimId: string, body: { invoiceIds: string[] }, now: Date): Promise<Claim> {
  const today = isoDay(now);
  const claim = await readClaim(context, claimId);
  if (claim.status !== 'in_collection' && claim.status !== 'indemnifiable') throw wrongStatus(claim, 'adding invoices', 'in collection or indemnifiable (before its indemnity)');
  const ids = [...new Set(body.invoiceIds)];
  if (claim.invoices.length + ids.length > MAX_INVOICES) {
    throw problems.validation([
      fieldError('body', ['invoiceIds'], 'too_many', `claim ${claimId} holds ${claim.invoices.length} invoice(s): ${ids.length} more would pass the ${MAX_INVOICES} a claim may hold`),
    ]);
  }
  const { policy, byId, oldest, insolvent } = await checkedInvoices(context, claim.buyerId, ids, today);
  // An insolvent buyer's loss is dated by its insolvency: every unpaid invoice is lost with it, whatever its deadline.
  if (!insolvent) notifiedInTime(claim.buyerId, oldest, byId, policy, today);

  const added = ids.map((id) => claimInvoiceOf(byId.get(id)!, policy.currency));
  const invoices = [...claim.invoices, ...added];
  const outstanding = totalOutstanding(invoices);
  const money = (amount: number) => formatMoney(amount, claim.currency);
  const dateOfLoss = claim.status === 'indemnifiable' ? claim.dateOfLoss : undefined;
  // Valued again as makeIndemnifiable values it: the same date of loss and cause, the policy in force that day.
  const valued = dateOfLoss ? await valuation(context, { ...claim, invoices }, dateOfLoss, claim.lossCause, now) : undefined;
  const indemnity = valued?.indemnity;
  const at = now.toISOString();
  const detail =
    `${added.length} invoice(s) added on ${today}, ${money(totalOutstanding(added))} outstanding on them: outstanding now ${money(outstanding)}` +
    (indemnity ? `; covered loss now ${money(indemnity.coveredLoss)}, indemnity now ${money(indemnity.amount)} (was ${money(claim.indemnity?.amount ?? 0)}).` : '.');
  const saved = await saveClaim(
    context,
    claim,
    { invoices, ...(indemnity ? { indemnity } : {}), timeline: [...claim.timeline, { at, event: 'invoices_added', detail }], updatedAt: at },
    [
      ...added.map((invoice) => joinsClaim(context, invoice, claimId, at)),
      outboxPut(
        tableName(),
        newEvent({ type: 'claim.invoices_added', tenantId: context.tenantId, data: { claimId, buyerId: claim.buyerId, invoiceIds: ids, outstanding, currency: claim.currency }, now }),
      ),
      // The larger loss uses more of the year's aggregate first loss: its ledger entry follows.
      ...(valued && dateOfLoss ? lossRecorded(context, valued, claimId, dateOfLoss) : []),
    ],
  );
  return claimOf(saved);
}

/**
 * An overdue notified as political is accepted when the policy covers political risk and the
 * buyer is public; a private buyer's loss is political when a country event was open in its
 * country on each invoice's due date (occurredOn ≤ due date < closedOn).
 */
async function politicalCause(policy: Policy, buyer: { kind: 'private' | 'public'; country: string }, invoices: readonly InvoiceItem[]): Promise<void> {
  const events = policy.politicalRiskCovered && buyer.kind !== 'public' ? await countryEventsOf(buyer.country) : [];
  const refusal = politicalCauseRefusal({
    politicalRiskCovered: policy.politicalRiskCovered,
    publicBuyer: buyer.kind === 'public',
    invoices: invoices.map((invoice) => ({ invoiceId: invoice.invoiceId, dueDate: invoice.dueDate, countryEventOpen: events.some((event) => isOpenOn(event, invoice.dueDate)) })),
  });
  if (refusal?.slug === 'political-risk-not-covered') {
    throw new ProblemError({
      slug: 'political-risk-not-covered',
      detail: `Policy ${policy.policyNumber} does not cover political risk (politicalRiskCovered is false): notify this overdue as commercial.`,
    });
  }
  if (refusal?.slug === 'no-political-event') {
    throw new ProblemError({
      slug: 'no-political-event',
      detail: `The buyer is private and no country event was open in ${buyer.country} when invoice(s) ${refusal.invoiceIds.join(', ')} fell due: its non-payment is a commercial loss. Notify it as commercial.`,
      extensions: { invoiceIds: refusal.invoiceIds, country: buyer.country },
    });
  }
}

// ---------------------------------------------------------------------------------------
// Indemnifiable: the date of loss

/**
 * The tenant's limit on the buyer, day by day, from its history (oldest first: the order the
 * steps were decided), with each step its conditions' payment terms and the end of a
 * time-limited approval. History entries recorded before those were kept with each change carry
 * neither: the latest of them takes the stored limit's (the limit item always holds the terms of
 * its latest change), older ones bind no terms, as then. A loss by insolvency adds the
 * insolvency's own cancellation: the monitoring fan-out writes it into the history too, but a
 * claim notified on a buyer just recorded insolvent may be valued before that, and must not cover
 * deliveries after the day.
 */
async function limitSteps(context: TenantContext, buyerId: string, insolventOn?: string): Promise<LimitStep[]> {
  const [history, limit] = await Promise.all([limitHistory(context, buyerId), getItem<LimitItem>(limitKeys.limit(context, buyerId))]);
  const steps: LimitStep[] = history.map((entry, index) => {
    const terms = entry.conditions === undefined && index === history.length - 1 && limit ? termsOf(limit) : entry;
    const maxPaymentTermsDays = maxPaymentTermsOf(terms.conditions ?? []);
    return {
      from: entry.effectiveOn ?? entry.at.slice(0, 10),
      total: totalOf(entry.to),
      recordedOn: entry.at.slice(0, 10),
      ...(maxPaymentTermsDays !== undefined ? { maxPaymentTermsDays } : {}),
      ...(terms.expiresOn ? { expiresOn: terms.expiresOn } : {}),
    };
  });
  return insolventOn ? [...steps, { from: insolventOn, total: 0, recordedOn: insolventOn }] : steps;
}

async function readClaim(context: TenantContext, claimId: string): Promise<ClaimItem> {
  const claim = await getItem<ClaimItem>(claimKeys.claim(context, claimId));
  if (!claim) throw problems.notFound(`No claim ${claimId}.`);
  return claim;
}

/**
 * The loss is fixed: computes the indemnity with its breakdown and enters the loss in its policy
 * year; the insurer then pays it. Several writers reach one claim at once (the insolvency's
 * fan-out, delivered at least once, and the notification that finds its buyer insolvent; a
 * collection recorded meanwhile): one that loses the race reads the claim again and goes on from
 * what it became, so the one already made indemnifiable is answered as it is, never a conflict.
 */
export function makeIndemnifiable(context: TenantContext, claimId: string, dateOfLoss: string, reached: 'insolvency' | 'protracted_default', now: Date): Promise<ClaimItem> {
  return retryOnConflict(() => indemnifiableOnce(context, claimId, dateOfLoss, reached, now), CONFLICT_ATTEMPTS, isConcurrentUpdate);
}

const isConcurrentUpdate = (error: unknown): boolean => error instanceof ProblemError && error.slug === 'concurrent-update';

async function indemnifiableOnce(context: TenantContext, claimId: string, dateOfLoss: string, reached: 'insolvency' | 'protracted_default', now: Date): Promise<ClaimItem> {
  const claim = await readClaim(context, claimId);
  if (claim.status !== 'in_collection') return claim;
  // A political loss is dated by the end of its own waiting period; the buyer's insolvency does not change its cause.
  const political = claim.riskType === 'political';
  if (political && reached === 'insolvency') return claim;
  const cause = political ? 'political' : reached;
  const valued = await valuation(context, claim, dateOfLoss, cause, now);
  const { indemnity } = valued;
  const at = now.toISOString();
  const why =
    cause === 'insolvency' ? `the buyer's insolvency on ${dateOfLoss}` : cause === 'political' ? `the end of the political waiting period on ${dateOfLoss}` : `the end of the waiting period on ${dateOfLoss}`;
  return saveClaim(
    context,
    claim,
    {
      status: 'indemnifiable',
      dateOfLoss,
      lossCause: cause,
      indemnity,
      timeline: [...claim.timeline, { at, event: 'indemnifiable', detail: `Date of loss: ${why}. Indemnity ${formatMoney(indemnity.amount, claim.currency)}.` }],
      updatedAt: at,
    },
    lossRecorded(context, valued, claim.claimId, dateOfLoss),
    ['gsi1pk', 'gsi1sk'],
  );
}

/** What values a claim at its date of loss: the policy in force that day, its policy year, and that year's paid indemnities. */
interface Valuation {
  indemnity: IndemnityBreakdown;
  policy: Policy;
  /** The first day of the policy year of the date of loss. */
  policyYear: string;
  /** The year's item as read: what was paid, and how many losses and payments it has seen (the guard of a payment). */
  year: { paid: number; changes: number };
}

/**
 * The policy version in force on `day`: the last one that took effect on or before it; a day
 * before the first version (an inception dated back) is governed by the first.
 */
function policyOn(versions: readonly Policy[], day: string): Policy {
  return versions.filter((version) => version.effectiveFrom.slice(0, 10) <= day).at(-1) ?? versions[0]!;
}

/**
 * The indemnity of a claim at its date of loss, from the policy version in force that day (the
 * retentions, the maximum liability) and the version in force on each delivery (the maximum
 * credit period), the limit's history, the policy year's losses (the aggregate first loss left)
 * and paid indemnities (the maximum liability left), and the collection costs so far.
 */
async function valuation(context: TenantContext, claim: ClaimItem, dateOfLoss: string, cause: ClaimItem['lossCause'], now: Date): Promise<Valuation> {
  const [versions, steps] = await Promise.all([policyHistory(context), limitSteps(context, claim.buyerId, cause === 'insolvency' ? dateOfLoss : undefined)]);
  const policy = policyOn(versions, dateOfLoss);
  const policyYear = policyYearOf(dateOfLoss, policy.inceptionDate);
  // Invoices in another currency are converted at the rates in force on the date of loss.
  const foreign = claim.invoices.some((invoice) => invoice.currency !== undefined && invoice.currency !== policy.currency);
  const [yearItem, losses, premium, rates] = await Promise.all([
    getItem<{ paid?: number; changes?: number }>(claimKeys.indemnities(context, policyYear)),
    queryAll<LossItem>(withPrefix(claimKeys.policyYearLossPrefix(context, policyYear))),
    // The multiple's base: the year's declared premium, and at least its minimum premium.
    policy.maxLiabilityMultiple === undefined ? undefined : policyYearPremium(context, policyYear, now).then((year) => Math.max(year.premium, year.minimumPremium)),
    foreign ? ratesOn(dateOfLoss) : undefined,
  ]);
  const year = { paid: yearItem?.paid ?? 0, changes: yearItem?.changes ?? 0 };
  const indemnity = withRates(() => computeIndemnity({
    invoices: claim.invoices,
    limitSteps: steps,
    policy: {
      // A political loss is paid at the political cover percentage (the commercial one unless the policy sets it).
      coverPercent: claim.riskType === 'political' ? (policy.politicalCoverPercent ?? policy.coverPercent) : policy.coverPercent,
      riskType: claim.riskType ?? 'commercial',
      deductible: policy.deductible,
      claimThreshold: policy.claimThreshold,
      maxLiability: policy.maxLiability,
      maxLiabilityMultiple: policy.maxLiabilityMultiple,
      deductibleApplies: policy.deductibleApplies,
      aggregateFirstLoss: policy.aggregateFirstLoss,
      maxCreditPeriodDays: policy.maxCreditPeriodDays,
      currency: policy.currency,
      version: policy.version,
    },
    creditPeriods: versions.map((version) => ({ from: version.effectiveFrom.slice(0, 10), maxCreditPeriodDays: version.maxCreditPeriodDays })),
    indemnifiedThisPolicyYear: year.paid,
    policyYearPremium: premium,
    aggregateFirstLossLeft: aggregateFirstLossLeft({
      aggregateFirstLoss: policy.aggregateFirstLoss,
      nonQualifyingLoss: policy.claimThreshold,
      losses,
      claim: { claimId: claim.claimId, dateOfLoss },
    }),
    mepEndsOn: claim.mepEndsOn,
    collectionCosts: sumOf((claim.costs ?? []).map((cost) => cost.amount)),
    ratesOnDateOfLoss: rates,
  }));
  return { indemnity, policy, policyYear, year };
}

/** A conversion without a rate in force answers 422 fx-rate-missing, naming the currency and the day. */
function withRates<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof FxRateMissingError) throw fxRateMissing(error);
    throw error;
  }
}

/**
 * The claim's loss entered (or entered again, when its invoices change) in its policy year's
 * ledger, where later valuations read how much aggregate first loss it uses; the year counts the change.
 */
function lossRecorded(context: TenantContext, valued: Valuation, claimId: string, dateOfLoss: string, paid?: { firstLossUsed: number; amount: number }): TransactItem[] {
  const loss: LossItem = {
    ...claimKeys.policyYearLoss(context, valued.policyYear, dateOfLoss, claimId),
    kind: 'policyYearLoss',
    claimId,
    dateOfLoss,
    coveredLoss: valued.indemnity.coveredLoss,
    ...(paid ? { firstLossUsedWhenPaid: paid.firstLossUsed } : {}),
  };
  const maxLiability = valued.indemnity.maxLiability;
  const guard = paid
    ? {
        // Nothing entered or paid in the year since it was read: the first loss and the maximum liability left are still what the valuation saw.
        ConditionExpression: `${valued.year.changes === 0 ? 'attribute_not_exists(changes)' : 'changes = :seen'}${maxLiability === undefined ? '' : ' AND (attribute_not_exists(paid) OR paid <= :room)'}`,
        ExpressionAttributeValues: {
          ':one': 1,
          ':kind': 'indemnities',
          ':amount': paid.amount,
          ...(valued.year.changes === 0 ? {} : { ':seen': valued.year.changes }),
          ...(maxLiability === undefined ? {} : { ':room': maxLiability - paid.amount }),
        },
        UpdateExpression: 'ADD changes :one, paid :amount SET kind = :kind',
      }
    : { UpdateExpression: 'ADD changes :one SET kind = :kind', ExpressionAttributeValues: { ':one': 1, ':kind': 'indemnities' } };
  return [
    { Put: { TableName: tableName(), Item: loss } },
    { Update: { TableName: tableName(), Key: claimKeys.indemnities(context, valued.policyYear), ...guard } },
  ];
}

function sumOf(amounts: readonly number[]): number {
  return amounts.reduce((total, amount) => total + amount, 0);
}

/** Undefined when valuing the claim needs a reference rate not in force on the date of loss. */
async function unlessRateMissing(valuing: Promise<ClaimItem>): Promise<ClaimItem | undefined> {
  try {
    return await valuing;
  } catch (error) {
    if (error instanceof ProblemError && error.slug === 'fx-rate-missing') return undefined;
    throw error;
  }
}

/**
 * Daily: claims whose waiting period ended become indemnifiable (date of loss = that day). A
 * claim whose invoices' currency has no rate in force on that day stays in collection, counted
 * in `waitingForRates`, and is tried again the next run; the others go on.
 */
export const endWaitingPeriodsJob: JobDefinition<{ tenantId: string; claimId: string; endsOn: string }> = {
  name: 'claim-waiting-periods',
  entriesPerItem: 100,
  counts: ['indemnifiable', 'waitingForRates'],
  // The waiting index holds the claims in collection, by the day their waiting period ends.
  due: (day) =>
    dueUntil(
      partitionPages<{ tenantId: string; claimId: string; gsi1sk: string }>({ partition: claimKeys.waitingPartition(), index: 'gsi1' }, PLAN_PAGE_SIZE),
      (item) => item.gsi1sk.slice(0, 10) <= day,
      ({ tenantId, claimId, gsi1sk }) => ({ tenantId, claimId, endsOn: gsi1sk.slice(0, 10) }),
    ),
  run: async (entries, _day, at) => {
    let indemnifiable = 0;
    let waitingForRates = 0;
    for (const { tenantId, claimId, endsOn } of entries) {
      const claim = await unlessRateMissing(makeIndemnifiable(TenantContext.forInsurer(SYSTEM, tenantId), claimId, endsOn, 'protracted_default', at));
      if (!claim) waitingForRates += 1;
      else if (claim.status === 'indemnifiable') indemnifiable += 1;
    }
    return { indemnifiable, waitingForRates };
  },
};

export async function endWaitingPeriods(day: string, now: Date): Promise<{ indemnifiable: number; waitingForRates: number }> {
  const { indemnifiable = 0, waitingForRates = 0 } = await runJobInProcess(endWaitingPeriodsJob, day, now);
  return { indemnifiable, waitingForRates };
}

/** At a buyer's insolvency: its claims in collection become indemnifiable (date of loss = the insolvency). */
export async function insolvencyReachesClaims(buyerId: string, insolventOn: string, now: Date): Promise<number> {
  const keys = await queryAll<{ gsi2sk: string }>({
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :claims)',
    ExpressionAttributeValues: { ':pk': insurerKeys.buyerFanOutPartition(buyerId).gsi2pk, ':claims': claimKeys.byBuyerPrefix },
    ProjectionExpression: 'gsi2sk',
  });
  let done = 0;
  for (const key of keys) {
    const [, tenantId, claimId] = key.gsi2sk.split('#') as [string, string, string];
    const claim = await makeIndemnifiable(TenantContext.forInsurer(SYSTEM, tenantId), claimId, insolventOn, 'insolvency', now);
    if (claim.status === 'indemnifiable' && claim.dateOfLoss === insolventOn) done += 1;
  }
  return done;
}

// ---------------------------------------------------------------------------------------
// The insurer's moves: collections, indemnity, recoveries

async function contextOfClaim(claimId: string): Promise<TenantContext> {
  const pointer = await getItem<{ tenantId: string }>(claimKeys.pointer(claimId), false);
  if (!pointer) throw problems.notFound(`No claim ${claimId}.`);
  return TenantContext.forInsurer(SYSTEM, pointer.tenantId);
}

function wrongStatus(claim: ClaimItem, action: string, allowed: string): ProblemError {
  return new ProblemError({
    slug: 'claim-status',
    detail: `Claim ${claim.claimId} is ${claim.status}: ${action} needs a claim ${allowed}.`,
    extensions: { claimStatus: claim.status },
  });
}

function notInTheFuture(day: string, today: string, field: string): void {
  if (day > today) throw problems.validation([fieldError('body', [field], 'in_the_future', `${day} is after today (${today})`)]);
}

/** Money collected from the buyer before the date of loss: oldest invoice first; all of it → recovered, closed. */
export async function recordCollection(claimId: string, body: { amount: number; receivedOn: string }, now: Date): Promise<Claim> {
  const context = await contextOfClaim(claimId);
  const claim = await readClaim(context, claimId);
  notInTheFuture(body.receivedOn, isoDay(now), 'receivedOn');
  if (claim.status !== 'in_collection') throw wrongStatus(claim, 'a collection', 'in collection (before the date of loss)');
  const before = totalOutstanding(claim.invoices);
  if (body.amount > before) {
    throw problems.validation([
      { in: 'body', field: 'amount', pointer: '#/amount', code: 'more_than_outstanding', detail: `${formatMoney(body.amount, claim.currency)} is more than the ${formatMoney(before, claim.currency)} outstanding` },
    ]);
  }
  const { allocations, invoices } = allocateCollection(claim.invoices, body.amount);
  const outstanding = totalOutstanding(invoices);
  const at = now.toISOString();
  const full = outstanding === 0;
  const timeline: TimelineEntry[] = [
    ...claim.timeline,
    { at, event: 'collection', detail: `${formatMoney(body.amount, claim.currency)} collected from the buyer on ${body.receivedOn}, applied to the oldest invoices first.` },
    ...(full
      ? [
          { at, event: 'recovered', detail: 'Everything notified is collected.' },
          { at, event: 'closed', detail: 'Closed: nothing is left to indemnify.' },
        ]
      : []),
  ];
  // Each allocated invoice's update, and whether it is paid off (it had some left before).
  const moves = allocations.map((allocation): { update: TransactItem; paidOff: boolean } => {
    const before = claim.invoices.find((invoice) => invoice.invoiceId === allocation.invoiceId)!;
    const after = invoices.find((invoice) => invoice.invoiceId === allocation.invoiceId)!;
    // In the invoice's own currency (an invoice in another currency keeps its share of it).
    const paid = before.outstanding - after.outstanding;
    const converted = after.outstandingInPolicyCurrency !== undefined;
    const left = outstandingInPolicy(after);
    const changed = invoiceChanged(context, at);
    const sets = ['outstanding = outstanding - :paid', changed.set, ...(converted ? ['outstandingInPolicyCurrency = :left_in_policy'] : []), ...(left === 0 ? ['#status = :paid_status', 'gsi3pk = :paid_list'] : [])];
    return {
      paidOff: left === 0,
      update: {
        Update: {
          TableName: tableName(),
          Key: orderKeys.invoice(context, allocation.invoiceId),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: 'outstanding >= :paid',
          ...(left === 0 ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
          ExpressionAttributeValues: {
            ...changed.values,
            ':paid': paid,
            ...(converted ? { ':left_in_policy': left } : {}),
            ...(left === 0 ? { ':paid_status': 'paid', ':paid_list': orderKeys.statusPartition(context, 'paid').gsi3pk } : {}),
          },
        },
      },
    };
  });
  const others: TransactItem[] = [
    ...moves.map((move) => move.update),
    // An invoice paid off leaves the open ones.
    exposureAdd(context, claim.buyerId, { outstanding: -body.amount, openInvoices: { add: -moves.filter((move) => move.paidOff).length, at } }),
    ...(full
      ? [
          { Delete: { TableName: tableName(), Key: orderKeys.overdue(context, claim.buyerId) } },
          outboxPut(
            tableName(),
            newEvent({ type: 'claim.recovered', tenantId: context.tenantId, data: { claimId, buyerId: claim.buyerId, stage: 'collection', amount: body.amount, currency: claim.currency, receivedOn: body.receivedOn, status: 'closed' }, now }),
          ),
        ]
      : []),
  ];
  const saved = await saveClaim(
    context,
    claim,
    { invoices, status: full ? 'closed' : 'in_collection', collections: [...claim.collections, { amount: body.amount, receivedOn: body.receivedOn, allocations }], timeline, updatedAt: at },
    others,
    full ? ['gsi1pk', 'gsi1sk'] : [],
  );
  return claimOf(saved);
}

/**
 * The insurer pays the indemnity, valued again now (another loss or payment of the year may
 * have come since), with its share of the collection costs incurred so far; the policy year's
 * total may not pass its maximum liability.
 */
export async function indemnify(claimId: string, now: Date): Promise<Claim> {
  const context = await contextOfClaim(claimId);
  const claim = await readClaim(context, claimId);
  if (claim.status !== 'indemnifiable' || !claim.dateOfLoss) throw wrongStatus(claim, 'an indemnity', 'indemnifiable');
  const valued = await valuation(context, claim, claim.dateOfLoss, claim.lossCause, now);
  const { indemnity } = valued;
  const today = isoDay(now);
  const at = now.toISOString();
  const costs = paidCosts(claim.costs ?? [], indemnity, today);
  const costsShare = indemnity.collectionCostsShare;
  const money = (amount: number): string => formatMoney(amount, claim.currency);
  const saved = await saveClaim(
    context,
    claim,
    {
      status: 'indemnified',
      indemnity,
      indemnifiedOn: today,
      costs,
      timeline: [
        ...claim.timeline,
        {
          at,
          event: 'indemnified',
          detail:
            costsShare > 0
              ? `Indemnity of ${money(indemnity.amount)} paid, with ${money(costsShare)} as the insurer's share of ${money(indemnity.collectionCosts)} collection costs: ${money(indemnity.amount + costsShare)} in all.`
              : `Indemnity of ${money(indemnity.amount)} paid.`,
        },
      ],
      updatedAt: at,
    },
    [
      ...lossRecorded(context, valued, claim.claimId, claim.dateOfLoss, { firstLossUsed: indemnity.aggregateFirstLossUsed, amount: indemnity.amount }),
      outboxPut(
        tableName(),
        newEvent({
          type: 'claim.indemnified',
          tenantId: context.tenantId,
          data: {
            claimId,
            buyerId: claim.buyerId,
            currency: claim.currency,
            dateOfLoss: claim.dateOfLoss,
            lossCause: claim.lossCause,
            indemnity,
            collectionCostsShare: costsShare,
            payment: indemnity.amount + costsShare,
          },
          now,
        }),
      ),
    ],
  );
  return claimOf(saved);
}

/** The costs incurred before the indemnity, paid with it: each its increment of the insurer's cumulative share. */
function paidCosts(costs: readonly CollectionCost[], indemnity: IndemnityBreakdown, today: string): CollectionCost[] {
  let before = 0;
  return costs.map((cost) => {
    const { insurer, policyholder } = splitCosts({ amount: cost.amount, costsBefore: before, indemnity: indemnity.amount, loss: indemnity.outstanding });
    before += cost.amount;
    return { ...cost, insurerShare: insurer, policyholderShare: policyholder, paidOn: today };
  });
}

/**
 * Money recovered after the indemnity, shared in proportion to each side's share of the loss:
 * the insurer's cumulative share of all recoveries is floor(Σ recoveries × indemnity / loss),
 * this one's the increment; the policyholder has the rest. Recoveries beyond the loss: 422.
 */
export async function recordRecovery(claimId: string, body: { amount: number; receivedOn: string }, now: Date): Promise<Claim> {
  const context = await contextOfClaim(claimId);
  const claim = await readClaim(context, claimId);
  notInTheFuture(body.receivedOn, isoDay(now), 'receivedOn');
  if (claim.status !== 'indemnified' || !claim.indemnity) throw wrongStatus(claim, 'a recovery', 'indemnified');
  const money = (amount: number): string => formatMoney(amount, claim.currency);
  const recovered = sumOf(claim.recoveries.map((recovery) => recovery.amount));
  const loss = claim.indemnity.outstanding;
  if (recovered + body.amount > loss) {
    throw new ProblemError({
      slug: 'recovery-exceeds-loss',
      detail: `Recoveries would reach ${money(recovered + body.amount)}, more than the loss of ${money(loss)} (the outstanding of the claim's invoices at the date of loss; ${money(recovered)} recovered so far).`,
      extensions: { loss, recovered, amount: body.amount },
    });
  }
  const indemnity = claim.indemnity.amount;
  const { insurer, policyholder } = splitRecovery({ amount: body.amount, recoveredBefore: recovered, indemnity, loss });
  const at = now.toISOString();
  const recovery = { amount: body.amount, receivedOn: body.receivedOn, insurerShare: insurer, policyholderShare: policyholder };
  const insurerBefore = sumOf(claim.recoveries.map((earlier) => earlier.insurerShare));
  const saved = await saveClaim(
    context,
    claim,
    {
      recoveries: [...claim.recoveries, recovery],
      timeline: [
        ...claim.timeline,
        {
          at,
          event: 'recovery',
          detail: `${money(body.amount)} recovered on ${body.receivedOn}, shared by each side's share of the ${money(loss)} loss: the insurer's share of the ${money(recovered + body.amount)} recovered in all is ${money(insurerBefore + insurer)} (× ${money(indemnity)} indemnity / ${money(loss)} loss, rounded down), so ${money(insurer)} of this one goes to the insurer and ${money(policyholder)} to the policyholder.`,
        },
      ],
      updatedAt: at,
    },
    [outboxPut(tableName(), newEvent({ type: 'claim.recovered', tenantId: context.tenantId, data: { claimId, buyerId: claim.buyerId, stage: 'after_indemnity', currency: claim.currency, ...recovery }, now }))],
  );
  return claimOf(saved);
}

/**
 * A collection cost on an open claim (policyholder or insurer). Before the indemnity it is kept
 * and paid with it (an indemnifiable claim's breakdown shows the share at once); after it, the
 * insurer pays its share at once, with claim.costs_paid.
 */
export async function recordCost(caller: { tenant?: TenantContext | undefined }, claimId: string, body: { amount: number; incurredOn: string; description: string }, now: Date): Promise<Claim> {
  const context = caller.tenant ?? (await contextOfClaim(claimId));
  const claim = await readClaim(context, claimId);
  const today = isoDay(now);
  notInTheFuture(body.incurredOn, today, 'incurredOn');
  if (claim.status !== 'in_collection' && claim.status !== 'indemnifiable' && claim.status !== 'indemnified') {
    throw wrongStatus(claim, 'a collection cost', 'in collection, indemnifiable or indemnified');
  }
  const money = (amount: number): string => formatMoney(amount, claim.currency);
  const at = now.toISOString();
  const earlier = claim.costs ?? [];
  const cost: CollectionCost = { amount: body.amount, incurredOn: body.incurredOn, description: body.description, recordedAt: at };
  if (claim.status === 'indemnified' && claim.indemnity) {
    const { indemnity } = claim;
    const costsBefore = sumOf(earlier.map((c) => c.amount));
    const { insurer, policyholder } = splitCosts({ amount: body.amount, costsBefore, indemnity: indemnity.amount, loss: indemnity.outstanding });
    const paid = { ...cost, insurerShare: insurer, policyholderShare: policyholder, paidOn: today };
    const saved = await saveClaim(
      context,
      claim,
      {
        costs: [...earlier, paid],
        timeline: [
          ...claim.timeline,
          {
            at,
            event: 'costs_paid',
            detail: `Collection cost of ${money(body.amount)} (${body.description}), incurred on ${body.incurredOn}: the insurer pays ${money(insurer)}, its share of the loss (${money(indemnity.amount)} indemnity / ${money(indemnity.outstanding)} loss, on the ${money(costsBefore + body.amount)} of costs in all, rounded down); the policyholder bears ${money(policyholder)}.`,
          },
        ],
        updatedAt: at,
      },
      [
        outboxPut(
          tableName(),
          newEvent({ type: 'claim.costs_paid', tenantId: context.tenantId, data: { claimId, buyerId: claim.buyerId, currency: claim.currency, ...paid }, now }),
        ),
      ],
    );
    return claimOf(saved);
  }
  const costs = [...earlier, cost];
  // An indemnifiable claim shows the share its indemnity will pay with the costs so far.
  const revalued = claim.status === 'indemnifiable' && claim.dateOfLoss ? await valuation(context, { ...claim, costs }, claim.dateOfLoss, claim.lossCause, now) : undefined;
  const saved = await saveClaim(
    context,
    claim,
    {
      costs,
      ...(revalued ? { indemnity: revalued.indemnity } : {}),
      timeline: [
        ...claim.timeline,
        {
          at,
          event: 'cost',
          detail: `Collection cost of ${money(body.amount)} (${body.description}), incurred on ${body.incurredOn}: shared by each side's share of the loss, the insurer's part is paid with the indemnity.`,
        },
      ],
      updatedAt: at,
    },
    [],
  );
  return claimOf(saved);
}

// ---------------------------------------------------------------------------------------
// The claim file

export async function getClaim(context: TenantContext, claimId: string): Promise<Claim> {
  return claimOf(await readClaim(context, claimId));
}

export async function listClaims(context: TenantContext, query: PageRequest & { status?: ClaimStatus | undefined; buyerId?: string | undefined }): Promise<PageResult<Claim>> {
  // Selected by key, never filtered after the page (which would make short pages). A buyer
  // holds one open claim at a time and few in all: on a buyer alone, its claims are filtered
  // from the tenant's, newest first (the one list still filtered; docs say so).
  const byStatus: PartitionQuery | undefined = query.status
    ? {
        partition: claimKeys.statusPartition(context, query.status),
        index: 'gsi3',
        newestFirst: true,
        ...(query.buyerId ? { sortKeyPrefix: { attribute: 'gsi3sk', prefix: claimKeys.statusOfBuyerPrefix(query.buyerId) } } : {}),
      }
    : undefined;
  const usual = byStatus ?? { ...prefixQuery(claimKeys.prefix(context), { newestFirst: true }), ...(query.buyerId ? { filter: { attribute: 'buyerId', value: query.buyerId } } : {}) };
  const result = await queryPage<ClaimItem>(changesOr(usual, syncKeys.tenant(context, 'claims'), query, { status: query.status, buyerId: query.buyerId }), {
    limit: query.limit,
    ...(query.cursor ? { cursor: query.cursor } : {}),
  });
  return { ...result, items: result.items.map(claimOf) };
}

export async function setDocument(context: TenantContext, claimId: string, kind: DocumentKind, body: { status: 'missing' | 'provided'; note?: string | undefined }, now: Date): Promise<Claim> {
  const claim = await readClaim(context, claimId);
  const at = now.toISOString();
  const saved = await saveClaim(
    context,
    claim,
    {
      documents: { ...claim.documents, [kind]: { status: body.status, updatedAt: at, ...(body.note ? { note: body.note } : {}) } },
      timeline: [...claim.timeline, { at, event: 'document', detail: `${kind.replaceAll('_', ' ')}: ${body.status}${body.note ? ` (${body.note})` : ''}.` }],
      updatedAt: at,
    },
    [],
  );
  return claimOf(saved);
}

// ---------------------------------------------------------------------------------------
// Deadline warnings

/**
 * Daily: every unpaid, past-due invoice not yet notified, whose notification deadline is 15
 * or 5 days away, gets claim.deadline_approaching, once per invoice and threshold (the
 * invoice records it with the event, in one transaction).
 */
const LOOKBACK_DAYS = 731;

/** The past-due invoices still unpaid, by tenant and buyer: the due-watch index of the due months of the last 731 days. */
async function* unpaidPastDue(today: string): AsyncGenerator<{ tenantId: string; buyerId: string; invoiceId: string }[]> {
  const months = new Set<string>();
  // A deadline comes at most maxExtensionDays (365) + notificationPeriodDays (365) after the
  // due date: the due months of the last 731 days hold every invoice still to warn about (but
  // one whose due date an insurer extended further: its warnings are not sent).
  for (let day = addDays(today, -LOOKBACK_DAYS); day < today; day = addDays(day, 28)) months.add(day.slice(0, 7));
  months.add(addDays(today, -1).slice(0, 7));
  for (const month of [...months].sort()) {
    const keys = await queryAll<{ gsi2sk: string }>({
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :today',
      ExpressionAttributeValues: { ':pk': orderKeys.dueWatchPartition(month).gsi2pk, ':today': today },
      ProjectionExpression: 'gsi2sk',
    });
    // One tenant's invoices on one buyer side by side: a chunk reads their policy and oldest invoice once.
    const due = keys.map((key) => {
      const [, tenantId, buyerId, invoiceId] = key.gsi2sk.split('#') as [string, string, string, string];
      return { tenantId, buyerId, invoiceId };
    });
    due.sort((a, b) => byCodeUnits(a.tenantId + a.buyerId, b.tenantId + b.buyerId));
    if (due.length > 0) yield due;
  }
}

export const warnDeadlinesJob: JobDefinition<{ tenantId: string; buyerId: string; invoiceId: string }> = {
  name: 'claim-deadline-warnings',
  entriesPerItem: 200,
  counts: ['warnings'],
  due: (day) => unpaidPastDue(day),
  run: async (entries, day, at) => ({ warnings: await warnEntries(entries, day, at) }),
};

export async function warnDeadlines(today: string, now: Date): Promise<number> {
  return (await runJobInProcess(warnDeadlinesJob, today, now)).warnings ?? 0;
}

async function warnEntries(due: readonly { tenantId: string; buyerId: string; invoiceId: string }[], today: string, now: Date): Promise<number> {
  const policies = new Map<string, Promise<Policy>>();
  const oldest = new Map<string, Promise<OldestUnpaid | undefined>>();
  let sent = 0;
  for (const { tenantId, buyerId, invoiceId } of due) {
    const context = TenantContext.forInsurer(SYSTEM, tenantId);
    if (!policies.has(tenantId)) policies.set(tenantId, getPolicy(context));
    if (!oldest.has(`${tenantId}#${buyerId}`)) oldest.set(`${tenantId}#${buyerId}`, oldestUnpaidInvoice(context, buyerId));
    const [policy, oldestInvoice, invoice] = await Promise.all([policies.get(tenantId)!, oldest.get(`${tenantId}#${buyerId}`)!, getItem<InvoiceItem>(orderKeys.invoice(context, invoiceId))]);
    const stop = stopOfCover(oldestInvoice, policy);
    if (!invoice || invoice.outstanding === 0 || invoice.claimId || !oldestInvoice || !stop) continue;
    const oldestDue = oldestInvoice.dueDate;
    const { mepEndsOn, notificationDeadline: deadline } = stop;
    for (const threshold of deadlineWarningsDue({ deadline, today, alreadyWarned: invoice.warned ?? [] })) {
      try {
        await documents.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: tableName(),
                  Key: orderKeys.invoice(context, invoiceId),
                  UpdateExpression: 'SET warned = list_append(if_not_exists(warned, :none), :threshold)',
                  ConditionExpression: 'attribute_not_exists(warned) OR NOT contains(warned, :t)',
                  ExpressionAttributeValues: { ':none': [], ':threshold': [threshold], ':t': threshold },
                },
              },
              outboxPut(
                tableName(),
                newEvent({
                  type: 'claim.deadline_approaching',
                  tenantId,
                  data: { buyerId, invoiceId, number: invoice.number, dueDate: invoice.dueDate, outstanding: invoice.outstanding, currency: invoice.currency, deadline, daysLeft: threshold, oldestUnpaidDueDate: oldestDue, mepEndsOn },
                  now,
                }),
              ),
            ],
          }),
        );
        sent += 1;
      } catch (error) {
        if (!isRace(error)) throw error;
      }
    }
  }
  return sent;
}


