/**
 * Due-date extensions. A policyholder who gives a buyer more time asks here: a new due date on
 * or before the end of the maximum extension period (mepEndsOn) is its own to grant (approved
 * at once, recorded on the invoice as `agreedDueDate`, and the ORIGINAL due date stays the
 * reference for every deadline); a later one is referred to the insurer, whose approval
 * records `extendedDueDate` on the invoice: while it is the buyer's oldest unpaid invoice, that
 * date is the buyer's mepEndsOn (shared/domain/claims.ts, maxExtensionPeriodEnd). The request,
 * the invoice and the event are written in one transaction.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { attributesOf, failedConditions, getItem, isRace } from './items.ts';
import { extensionKeys, orderKeys, syncKeys } from './keys.ts';
import { newId } from './ids.ts';
import { changesOr, prefixQuery, queryPage, type PageRequest, type PageResult, type PartitionQuery } from './pagination.ts';
import { tableName } from './table.ts';
import { getPolicy } from './tenancy.ts';
import { invoiceChanged, oldestUnpaidInvoice, stopOfCover, type InvoiceItem } from './orders.ts';
import type { TransactItem } from './limits.ts';
import { TenantContext, type Principal } from '#access';
import { ProblemError, fieldError, problems } from '#contract/problems';
import type { ExtensionDecisionBody, ExtensionRequest, ExtensionRequestBody } from '#contract/extensions';
import { extensionOutcome } from '#domain/claims';
import { newEvent } from '#events/envelope';
import { outboxPut } from '#events/outbox';

type ExtensionStatus = ExtensionRequest['status'];

interface ExtensionItem extends ExtensionRequest {
  pk: string;
  sk: string;
  kind: 'extension';
}

const extensionOf = (item: ExtensionItem): ExtensionRequest => {
  const request = attributesOf<Omit<ExtensionRequest, 'updatedAt'> & { updatedAt?: string }>(item);
  // Requests stored before updatedAt was kept changed last when decided, or when made.
  return { ...request, updatedAt: request.updatedAt ?? request.decidedAt ?? request.createdAt };
};

/** Every key of a request in a status: the tenant's item, its lists (tenant's and insurer's). */
function statusKeys(context: TenantContext, status: ExtensionStatus, extensionId: string) {
  return { ...extensionKeys.byStatus(context, status, extensionId), ...extensionKeys.insurerByStatus(status, extensionId), ...extensionKeys.insurerAll(extensionId) };
}

function eventData(request: ExtensionRequest) {
  const { extensionId, buyerId, invoiceId, originalDueDate, previousDueDate, newDueDate, mepEndsOn, status } = request;
  return { extensionId, buyerId, invoiceId, originalDueDate, previousDueDate, newDueDate, mepEndsOn, status, ...(request.decidedBy ? { decidedBy: request.decidedBy } : {}), ...(request.note ? { note: request.note } : {}) };
}

export async function requestExtension(context: TenantContext, body: ExtensionRequestBody, now: Date): Promise<ExtensionRequest> {
  const invoice = await getItem<InvoiceItem>(orderKeys.invoice(context, body.invoiceId));
  if (!invoice) throw problems.notFound(`No invoice ${body.invoiceId}.`);
  if (invoice.outstanding === 0) throw new ProblemError({ slug: 'invoice-paid', detail: `Invoice ${invoice.number} is paid: there is no due date left to extend.` });
  if (invoice.claimId) {
    throw new ProblemError({ slug: 'claim-open', detail: `Invoice ${invoice.number} is in claim ${invoice.claimId}: its overdue is notified, its due date no longer moves.`, extensions: { claimId: invoice.claimId } });
  }
  if (invoice.pendingExtensionId) {
    throw new ProblemError({
      slug: 'extension-pending',
      detail: `Extension ${invoice.pendingExtensionId} on invoice ${invoice.number} is waiting for the insurer: wait for its decision.`,
      extensions: { extensionId: invoice.pendingExtensionId },
    });
  }
  const [policy, oldest] = await Promise.all([getPolicy(context), oldestUnpaidInvoice(context, invoice.buyerId)]);
  // The index may not show an invoice written a moment ago: this one is unpaid, so it stands in.
  const stop = stopOfCover(oldest ?? { invoiceId: invoice.invoiceId, dueDate: invoice.dueDate, ...(invoice.extendedDueDate ? { extendedDueDate: invoice.extendedDueDate } : {}) }, policy)!;
  const currentDueDate = invoice.agreedDueDate ?? invoice.dueDate;
  const outcome = extensionOutcome({ currentDueDate, newDueDate: body.newDueDate, mepEndsOn: stop.mepEndsOn });
  if (outcome === 'not_later') {
    throw new ProblemError({
      slug: 'extension-not-later',
      detail: `The new due date ${body.newDueDate} is not after invoice ${invoice.number}'s current due date ${currentDueDate}: an extension gives the buyer more time.`,
      extensions: { currentDueDate, errors: [{ in: 'body', field: 'newDueDate', pointer: '#/newDueDate', code: 'not_after_due_date', detail: `must be after ${currentDueDate}` }] },
    });
  }

  const extensionId = newId('extension', now);
  const at = now.toISOString();
  const approved = outcome === 'approved';
  const request: ExtensionRequest = {
    extensionId,
    tenantId: context.tenantId,
    buyerId: invoice.buyerId,
    invoiceId: invoice.invoiceId,
    originalDueDate: invoice.dueDate,
    previousDueDate: currentDueDate,
    newDueDate: body.newDueDate,
    mepEndsOn: stop.mepEndsOn,
    status: approved ? 'approved' : 'referred',
    ...(approved ? { decidedBy: 'policyholder' as const, decidedAt: at } : {}),
    createdAt: at,
    updatedAt: at,
  };
  const invoiceChange = invoiceChanged(context, at);
  const items: TransactItem[] = [
    {
      Put: {
        TableName: tableName(),
        Item: { ...extensionKeys.request(context, extensionId), kind: 'extension', ...request, ...statusKeys(context, request.status, extensionId), ...syncKeys.tenant(context, 'extensions') },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    { Put: { TableName: tableName(), Item: { ...extensionKeys.pointer(extensionId), kind: 'extensionPointer', tenantId: context.tenantId } } },
    {
      Update: {
        TableName: tableName(),
        Key: orderKeys.invoice(context, invoice.invoiceId),
        // Judged on the invoice as read: unpaid, not notified, no request waiting, same due date.
        UpdateExpression: `${approved ? 'SET agreedDueDate = :new' : 'SET pendingExtensionId = :id'}, ${invoiceChange.set}`,
        ConditionExpression:
          'outstanding = :seen AND attribute_not_exists(claimId) AND attribute_not_exists(pendingExtensionId) AND ' +
          (invoice.agreedDueDate ? 'agreedDueDate = :current' : 'attribute_not_exists(agreedDueDate)'),
        ExpressionAttributeValues: {
          ...invoiceChange.values,
          ':seen': invoice.outstanding,
          ...(approved ? { ':new': body.newDueDate } : { ':id': extensionId }),
          ...(invoice.agreedDueDate ? { ':current': invoice.agreedDueDate } : {}),
        },
      },
    },
    outboxPut(tableName(), newEvent({ type: 'extension.requested', tenantId: context.tenantId, data: eventData(request), now })),
  ];
  try {
    await documents.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (isRace(error)) throw new ProblemError({ slug: 'concurrent-update', detail: `Invoice ${invoice.number} changed meanwhile. Read it again and retry.`, headers: { 'retry-after': '1' } });
    throw error;
  }
  return request;
}

async function contextOf(extensionId: string): Promise<string | undefined> {
  return (await getItem<{ tenantId: string }>(extensionKeys.pointer(extensionId), false))?.tenantId;
}

/** A tenant reads its own requests; the insurer any (through the pointer, which names the tenant). */
export async function getExtension(caller: { tenant?: TenantContext; principal: Principal }, extensionId: string): Promise<ExtensionRequest> {
  const context = caller.tenant ?? (await insurerContext(caller.principal, extensionId));
  const item = context ? await getItem<ExtensionItem>(extensionKeys.request(context, extensionId), false) : undefined;
  if (!item) throw problems.notFound(`No extension request ${extensionId}.`);
  return extensionOf(item);
}

async function insurerContext(principal: Principal, extensionId: string): Promise<TenantContext | undefined> {
  const tenantId = await contextOf(extensionId);
  return tenantId ? TenantContext.forInsurer(principal, tenantId) : undefined;
}

/** Oldest first. A tenant sees its own; the insurer every tenant's (its queue: `status=referred`). */
export async function listExtensions(caller: { tenant?: TenantContext }, query: PageRequest & { status?: ExtensionStatus | undefined }): Promise<PageResult<ExtensionRequest>> {
  const { tenant } = caller;
  const list: PartitionQuery = tenant
    ? query.status
      ? { partition: extensionKeys.statusPartition(tenant, query.status), index: 'gsi3' }
      : prefixQuery(extensionKeys.prefix(tenant))
    : query.status
      ? { partition: extensionKeys.insurerStatusPartition(query.status), index: 'gsi1' }
      : { partition: extensionKeys.insurerAllPartition(), index: 'gsi2' };
  if (!tenant && query.updatedSince !== undefined) {
    throw problems.validation([fieldError('query', ['updatedSince'], 'tenant_only', 'updatedSince lists one tenant’s changes: call it with the tenant’s key (or a broker’s, naming the tenant)')]);
  }
  const changes = tenant ? changesOr(list, syncKeys.tenant(tenant, 'extensions'), query, { status: query.status }) : list;
  const result = await queryPage<ExtensionItem>(changes, { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) });
  return { ...result, items: result.items.map(extensionOf) };
}

/**
 * The insurer decides a referred extension once. Approved: the invoice's `extendedDueDate` (and
 * `agreedDueDate`) become the new due date, so the buyer's mepEndsOn moves to it while this is
 * its oldest unpaid invoice. Refused: the invoice keeps its due dates.
 */
export async function decideExtension(principal: Principal, extensionId: string, body: ExtensionDecisionBody, now: Date): Promise<ExtensionRequest> {
  const context = await insurerContext(principal, extensionId);
  const item = context ? await getItem<ExtensionItem>(extensionKeys.request(context, extensionId)) : undefined;
  if (!context || !item) throw problems.notFound(`No extension request ${extensionId}.`);
  const decided = () =>
    new ProblemError({ slug: 'extension-decided', detail: `Extension ${extensionId} is ${item.status} already${item.decidedAt ? ` (${item.decidedAt})` : ''}.`, extensions: { extensionStatus: item.status } });
  if (item.status !== 'referred') throw decided();
  const at = now.toISOString();
  const status: ExtensionStatus = body.decision;
  const decidedRequest: ExtensionRequest = { ...extensionOf(item), status, decidedBy: 'insurer', decidedAt: at, updatedAt: at, ...(body.note ? { note: body.note } : {}) };
  const invoiceChange = invoiceChanged(context, at);
  const approved = status === 'approved';
  const items: TransactItem[] = [
    {
      Put: {
        TableName: tableName(),
        Item: { ...item, ...decidedRequest, ...statusKeys(context, status, extensionId), ...syncKeys.tenant(context, 'extensions') },
        ConditionExpression: '#status = :referred',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':referred': 'referred' },
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: orderKeys.invoice(context, item.invoiceId),
        UpdateExpression: `SET ${approved ? 'extendedDueDate = :new, agreedDueDate = :new, ' : ''}${invoiceChange.set} REMOVE pendingExtensionId`,
        ConditionExpression: 'pendingExtensionId = :id',
        ExpressionAttributeValues: { ...invoiceChange.values, ':id': extensionId, ...(approved ? { ':new': item.newDueDate } : {}) },
      },
    },
    outboxPut(tableName(), newEvent({ type: 'extension.decided', tenantId: context.tenantId, data: eventData(decidedRequest), now })),
  ];
  try {
    await documents.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (failedConditions(error).includes(0)) {
      throw new ProblemError({ slug: 'extension-decided', detail: `Extension ${extensionId} was decided meanwhile.` });
    }
    if (isRace(error)) throw new ProblemError({ slug: 'concurrent-update', detail: `Extension ${extensionId} changed meanwhile. Read it again and retry.`, headers: { 'retry-after': '1' } });
    throw error;
  }
  return decidedRequest;
}
