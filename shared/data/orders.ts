/**
 * Invoices, payments, committed orders and the exposure they make on each buyer, and the
 * real-time cover check at order validation.
 *
 * Exposure lives in one counter item per (tenant, buyer): `outstanding` (unpaid invoices),
 * `committed` (covered parts of committed orders) and `used` (their sum, kept with them so
 * that a single condition `used <= limit − amount` guards a commitment: DynamoDB conditions
 * cannot add two attributes). Every change to it is an ADD inside the transaction that
 * changes its cause, so concurrent writers never lose an update. Every ADD that raises `used`
 * is also conditioned on staying within MAX_EXPOSURE: each invoice is bounded, their number is
 * not, and the counters (and every sum made of them) must stay exact integers.
 */
import { TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { attributesOf, batchGetItems, failedConditions, getItem, getItems, isConditionFailed, isRace } from './items.ts';
import { buyerKeys, limitKeys, orderKeys, syncKeys, tenantKeys } from './keys.ts';
import { newId } from './ids.ts';
import { changesOr, firstItems, prefixQuery, queryPage, type PageRequest, type PageResult, type PartitionQuery } from './pagination.ts';
import { tableName } from './table.ts';
import { unavailabilityOf } from './unavailable.ts';
import { putRevised, revisionOf } from './revisions.ts';
import { buyerItemOf, getBuyerItem, knownCountryOf, rememberCountry } from './buyers.ts';
import { getPolicy, policyOfTenant } from './tenancy.ts';
import { ratesFor } from './fx.ts';
import { countryEventsOpenOn, openEventsOfItem } from './country-events.ts';
import type { TenantContext } from '#access';
import { ProblemError, fieldError, problems, type FieldError } from '#contract/problems';
import type { IfMatch } from '#contract/preconditions';
import type { CoverCheckBody, CoverCheckResult, CreateInvoicesBody, Exposure, Invoice, InvoiceInput, Order } from '#contract/orders';

type InvoiceStatus = Invoice['status'];
import { DEFAULT_DECISION_MATRIX, checkCover, openInvoicesSettled, validateMatrix, type DecisionMatrix } from '#domain/cover';
import { limitInForce, totalOf, type Condition } from '#domain/limits';
import { MAX_AMOUNT, MAX_EXPOSURE, formatMoney } from '#domain/money';
import { conversionRate, conversionText, convert, ratesOfConversion, type ConversionRate, type RatesOn } from '#domain/fx';
import { maxExtensionPeriodEnd, notificationDeadline } from '#domain/claims';
import type { Policy } from '#contract/tenancy';
import { isoDay } from '#clock';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];


export interface ExposureItem {
  outstanding?: number;
  committed?: number;
  used?: number;
  /**
   * The buyer's open invoices (gsi3's `open` partition), ADDed in each transaction that puts an
   * invoice in it or moves one out: exact once `openInvoicesCounted` (see countedNoOpenInvoices).
   */
  openInvoices?: number;
  openInvoicesCounted?: boolean;
  /**
   * `outstanding` as the writes that keep the count moved it (ADDed beside it, SET when the count
   * is fixed): a write of code that did not keep the count (a rollback) moves `outstanding` alone,
   * and the count is not trusted again until fixed anew.
   */
  countedOutstanding?: number;
  /** When a write last opened an invoice on the buyer or paid one off (ISO): the count is fixed only once the index has it. */
  invoicesChangedAt?: string;
}
/** In the policy currency, stored only on invoices (orders) in another currency: the view fills them in otherwise. */
type Converted = 'policyCurrency' | 'amountInPolicyCurrency' | 'outstandingInPolicyCurrency';
/** `updatedAt` is absent on invoices stored before it was kept: they read as changed when declared. */
type StoredInvoice = Omit<Invoice, Converted | 'updatedAt'> & Partial<Pick<Invoice, Converted | 'updatedAt'>>;
export interface InvoiceItem extends StoredInvoice {
  pk: string;
  sk: string;
  kind: 'invoice';
  /** The claim that notified it, once notified. */
  claimId?: string;
  /** Deadline warnings sent (days before the deadline). */
  warned?: number[];
}
type StoredOrder = Omit<Order, 'policyCurrency' | 'amountInPolicyCurrency'> & Partial<Pick<Order, 'policyCurrency' | 'amountInPolicyCurrency'>>;
interface OrderItem extends StoredOrder {
  pk: string;
  sk: string;
  kind: 'order';
}

const read = getItem;

/** What the API shows of an invoice: in the policy currency too (the same amounts when it is in it). */
export function invoiceOf(item: StoredInvoice): Invoice {
  const invoice = attributesOf<StoredInvoice>(item);
  return {
    ...invoice,
    policyCurrency: item.policyCurrency ?? item.currency,
    amountInPolicyCurrency: item.amountInPolicyCurrency ?? item.amount,
    outstandingInPolicyCurrency: item.outstandingInPolicyCurrency ?? item.outstanding,
    updatedAt: item.updatedAt ?? item.createdAt,
  };
}

/**
 * What every write that changes an invoice the API shows also sets: its updatedAt, and its
 * list's sync key (kept by the write, so an invoice stored before it existed joins the index).
 */
export function invoiceChanged(context: TenantContext, at: string): { set: string; values: Record<string, string> } {
  return { set: 'updatedAt = :changedAt, gsi4pk = :changes', values: { ':changedAt': at, ':changes': syncKeys.tenant(context, 'invoices').gsi4pk } };
}
const orderOf = (item: OrderItem): Order => {
  const order = attributesOf<StoredOrder>(item);
  return { ...order, policyCurrency: item.policyCurrency ?? item.currency, amountInPolicyCurrency: item.amountInPolicyCurrency ?? item.amount };
};

/** An amount in another currency than the policy's, in the policy currency, and the rate(s) that converted it. */
interface InPolicyCurrency {
  amountInPolicyCurrency: number;
  fxRate: ConversionRate;
}

/**
 * `amount` of `currency` in the policy currency at the reference rates in force on `day`,
 * rounded half up (shared/domain/fx.ts convert); undefined when already in it. 422
 * fx-rate-missing without a rate; 400 naming `field` when the result is not an amount the
 * policy currency can carry (0, or above MAX_AMOUNT).
 */
async function inPolicyCurrency(
  amount: number,
  currency: string,
  policyCurrency: string,
  day: string,
  field: readonly PropertyKey[],
  ratesOf: (currency: string, day: string) => Promise<RatesOn> = (from, on) => ratesFor([from, policyCurrency], on),
): Promise<InPolicyCurrency | undefined> {
  if (currency === policyCurrency) return undefined;
  const rates = await ratesOf(currency, day);
  let converted: number;
  try {
    converted = convert(amount, currency, policyCurrency, rates);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    converted = Number.POSITIVE_INFINITY;
  }
  const fxRate = conversionRate(currency, policyCurrency, rates);
  const at = `at the reference rate in force on ${day} (${conversionText(currency, policyCurrency, fxRate)})`;
  if (converted > MAX_AMOUNT) {
    throw problems.validation([fieldError('body', field, 'too_large_in_policy_currency', `${formatMoney(amount, currency)} is more than ${formatMoney(MAX_AMOUNT, policyCurrency)} ${at}`)]);
  }
  if (converted === 0) throw problems.validation([fieldError('body', field, 'too_small_in_policy_currency', `${formatMoney(amount, currency)} is less than half a minor unit of ${policyCurrency} ${at}`)]);
  return { amountInPolicyCurrency: converted, fxRate };
}

/** What an invoice in another currency adds to exposure once `outstanding` of it is left: at the rate it was booked at. */
function outstandingInPolicy(item: StoredInvoice, outstanding: number): number {
  if (!item.fxRate || !item.policyCurrency) return outstanding;
  return convert(outstanding, item.currency, item.policyCurrency, ratesOfConversion(item.currency, item.policyCurrency, item.fxRate, item.issueDate));
}

/** Invoices a write puts in the buyer's open ones (negative: pays off), and when. */
export interface OpenInvoicesChange {
  add: number;
  at: string;
}

/**
 * ADD to the exposure counters; `used` always moves with them. A change that raises `used` may
 * not take it past MAX_EXPOSURE (nor past `maxUsedBefore` + the change, for a commitment). A
 * write that opens invoices or pays them off says how many (`openInvoices`): the count moves in
 * the same transaction as the invoices' status.
 */
export function exposureAdd(
  context: TenantContext,
  buyerId: string,
  change: { outstanding?: number; committed?: number; openInvoices?: OpenInvoicesChange | undefined },
  condition?: { maxUsedBefore: number },
): TransactItem {
  const outstanding = change.outstanding ?? 0;
  const committed = change.committed ?? 0;
  const used = outstanding + committed;
  const bounds = [...(condition ? [condition.maxUsedBefore] : []), ...(used > 0 ? [MAX_EXPOSURE - used] : [])];
  const max = bounds.length > 0 ? Math.min(...bounds) : undefined;
  // A missing item counts as 0 used: it may be created only when 0 <= max.
  const guard = max === undefined ? undefined : max >= 0 ? 'attribute_not_exists(used) OR used <= :max' : 'used <= :max';
  const opened = change.openInvoices !== undefined && change.openInvoices.add !== 0 ? change.openInvoices : undefined;
  return {
    Update: {
      TableName: tableName(),
      Key: orderKeys.exposure(context, buyerId),
      UpdateExpression: `ADD outstanding :o, countedOutstanding :o, committed :c, used :u${opened ? ', openInvoices :n' : ''} SET kind = :kind, buyerId = :buyer${opened ? ', invoicesChangedAt = :changed' : ''}`,
      ...(guard ? { ConditionExpression: guard } : {}),
      ExpressionAttributeValues: {
        ':o': outstanding,
        ':c': committed,
        ':u': used,
        ':kind': 'exposure',
        ':buyer': buyerId,
        ...(max !== undefined ? { ':max': max } : {}),
        ...(opened ? { ':n': opened.add, ':changed': opened.at } : {}),
      },
    },
  };
}

/**
 * Whether the buyer certainly has no open invoice, from its exposure item alone (so a cover
 * check need not ask the status index): no item (every invoice ever written added to it), or a
 * count that is exact and 0. False: ask the index.
 */
export function countedNoOpenInvoices(item: ExposureItem | undefined): boolean {
  return item === undefined || (countIsExact(item) && item.openInvoices === 0);
}

/** Fixed once, and since then every write that moved `outstanding` kept the count too. */
function countIsExact(item: ExposureItem): boolean {
  return item.openInvoicesCounted === true && (item.countedOutstanding ?? 0) === (item.outstanding ?? 0);
}

/**
 * Fixes the count at 0 once the status index, asked by a check, had no open invoice of the buyer:
 * only when its last invoice change, and this code's start in the environment (`releasedAt`: a
 * previous code's writes, before a release or a rollback, are all older), are older than
 * OPEN_INVOICES_SETTLED_MS, and on the condition that nothing moved on the item since it was
 * read (neither `invoicesChangedAt` nor `outstanding`, which every invoice write moves, the
 * previous code's too). From then on each write keeps it exact. False when it could not, or need
 * not: best effort, a check never fails for it (it asks the index again next time).
 */
export async function countNoOpenInvoices(context: TenantContext, buyerId: string, item: ExposureItem, now: Date, releasedAt: Date): Promise<boolean> {
  if (countedNoOpenInvoices(item)) return false;
  if (!openInvoicesSettled(now, releasedAt, item.invoicesChangedAt)) return false;
  try {
    await documents.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: orderKeys.exposure(context, buyerId),
        UpdateExpression: 'SET openInvoices = :zero, openInvoicesCounted = :counted, countedOutstanding = :outstanding',
        ConditionExpression: [
          'attribute_exists(pk)',
          item.invoicesChangedAt === undefined ? 'attribute_not_exists(invoicesChangedAt)' : 'invoicesChangedAt = :changed',
          item.outstanding === undefined ? 'attribute_not_exists(outstanding)' : 'outstanding = :outstanding',
        ].join(' AND '),
        ExpressionAttributeValues: {
          ':zero': 0,
          ':counted': true,
          ':outstanding': item.outstanding ?? 0,
          ...(item.invoicesChangedAt === undefined ? {} : { ':changed': item.invoicesChangedAt }),
        },
      }),
    );
    return true;
  } catch (error) {
    // A condition that no longer holds, or the table throttling or not answering: the next check
    // tries again. Anything else (a malformed request) is a defect, and fails the check.
    if (isConditionFailed(error) || unavailabilityOf(error) !== undefined) return false;
    throw error;
  }
}

/** The write would take a tenant's exposure on a buyer past MAX_EXPOSURE. */
function exposureCeiling(buyerId: string, exposure: number, added: number, currency: string): ProblemError {
  const money = (amount: number) => formatMoney(amount, currency);
  return new ProblemError({
    slug: 'exposure-ceiling',
    detail: `Invoices of ${money(added)} on buyer ${buyerId} would bring your exposure on it to ${money(exposure + added)}, above the ceiling of ${money(MAX_EXPOSURE)} per buyer (${money(exposure)} now). Record payments or release orders first.`,
    extensions: { buyerId, ceiling: MAX_EXPOSURE, exposure, added },
  });
}

const usedOf = (item: ExposureItem | undefined) => item?.used ?? 0;

// ---------------------------------------------------------------------------------------
// Invoices and payments
// ---------------------------------------------------------------------------------------

const duplicateInvoice = (number: string, existingId: string) =>
  new ProblemError({
    slug: 'duplicate-invoice',
    detail: `Invoice number ${number} is already invoice ${existingId}.`,
    extensions: { existingId, number },
    headers: { location: `/v1/invoices/${existingId}` },
  });

/** Invoices of a batch go in transactions of at most 20 (3 writes each, one exposure per buyer). */
const CHUNK = 20;

/** One invoice, or a batch (an array, or `{invoices}`): errors name `invoices.<i>.<field>` in a batch. */
export async function createInvoices(context: TenantContext, body: CreateInvoicesBody | InvoiceInput[], now: Date): Promise<Invoice[]> {
  const batch = Array.isArray(body) || 'invoices' in body;
  const inputs = Array.isArray(body) ? body : 'invoices' in body ? body.invoices : [body];
  const numbers = inputs.map((input) => input.number);
  const repeated = numbers.find((number, index) => numbers.indexOf(number) !== index);
  if (repeated) {
    throw problems.validation([{ in: 'body', field: 'invoices', pointer: '#/invoices', code: 'duplicate_number', detail: `invoice number ${repeated} appears twice` }]);
  }
  const orderIds = inputs.flatMap((input) => (input.orderId ? [input.orderId] : []));
  const invoicedTwice = orderIds.find((orderId, index) => orderIds.indexOf(orderId) !== index);
  if (invoicedTwice) {
    throw problems.validation([{ in: 'body', field: 'invoices', pointer: '#/invoices', code: 'duplicate_order', detail: `order ${invoicedTwice} is invoiced twice` }]);
  }
  const policy = await getPolicy(context);
  // Each invoice in another currency at the rates of its issue date (one read per currency and day).
  const fetched = new Map<string, Promise<RatesOn>>();
  const ratesOf = (currency: string, day: string): Promise<RatesOn> => {
    const key = `${currency}#${day}`;
    const known = fetched.get(key) ?? ratesFor([currency, policy.currency], day);
    fetched.set(key, known);
    return known;
  };
  const converted = await Promise.all(
    inputs.map((input, index) => inPolicyCurrency(input.amount, input.currency, policy.currency, input.issueDate, batch ? ['invoices', index, 'amount'] : ['amount'], ratesOf)),
  );
  /** What each invoice adds to exposure, in the policy currency. */
  const valueOf = (index: number) => converted[index]?.amountInPolicyCurrency ?? inputs[index]!.amount;
  // Existing numbers first, to answer 409 with the existing ids before writing anything.
  const existing = await batchGetItems<Record<string, unknown>>(inputs.map((input) => orderKeys.invoiceNumber(context, input.number)));
  if (existing[0]) throw duplicateInvoice(String(existing[0]['number']), String(existing[0]['invoiceId']));
  const buyerIds = [...new Set(inputs.map((input) => input.buyerId))];
  const buyers = await Promise.all(buyerIds.map((id) => getBuyerItem(id)));
  const missing = buyers.findIndex((buyer) => !buyer);
  if (missing >= 0) throw problems.notFound(`No buyer ${buyerIds[missing]}.`);
  // The whole batch is judged before its first transaction: its orders, then each buyer's exposure.
  // Read together, strongly (an order committed a moment ago is there); judged in the batch's order.
  const found = await batchGetItems<OrderItem>(orderIds.map((orderId) => orderKeys.order(context, orderId)), { consistent: true });
  const stored = new Map(found.map((order) => [order.orderId, order]));
  const orders = new Map<string, OrderItem>();
  for (const input of inputs) {
    if (!input.orderId) continue;
    const order = stored.get(input.orderId);
    if (!order || order.buyerId !== input.buyerId) throw problems.notFound(`No order ${input.orderId} on buyer ${input.buyerId}.`);
    if (order.status !== 'committed') {
      throw new ProblemError({ slug: 'order-not-committed', detail: `Order ${input.orderId} is ${order.status}.` });
    }
    orders.set(input.orderId, order);
  }
  // What each buyer's `used` gains (the invoices, less the reservations of the orders they
  // invoice), at its highest after any of the batch's transactions: each is guarded on its own.
  const gains = new Map<string, number>();
  const peaks = new Map<string, number>();
  for (let start = 0; start < inputs.length; start += CHUNK) {
    inputs.slice(start, start + CHUNK).forEach((input, offset) => {
      const released = input.orderId ? (orders.get(input.orderId)?.coveredAmount ?? 0) : 0;
      gains.set(input.buyerId, (gains.get(input.buyerId) ?? 0) + valueOf(start + offset) - released);
    });
    for (const [buyerId, gain] of gains) peaks.set(buyerId, Math.max(peaks.get(buyerId) ?? 0, gain));
  }
  const rising = [...peaks].filter(([, gain]) => gain > 0);
  const exposures = await Promise.all(rising.map(([buyerId]) => read<ExposureItem>(orderKeys.exposure(context, buyerId))));
  rising.forEach(([buyerId, gain], index) => {
    const used = usedOf(exposures[index]);
    if (used + gain > MAX_EXPOSURE) throw exposureCeiling(buyerId, used, gain, policy.currency);
  });

  const createdAt = now.toISOString();
  const invoices: Invoice[] = [];
  for (let start = 0; start < inputs.length; start += CHUNK) {
    const chunk = inputs.slice(start, start + CHUNK);
    const items: TransactItem[] = [];
    const byBuyer = new Map<string, { outstanding: number; committed: number; openInvoices: OpenInvoicesChange }>();
    for (const [offset, input] of chunk.entries()) {
      const invoiceId = newId('invoice', now);
      const conversion = converted[start + offset];
      const stored: StoredInvoice = {
        invoiceId,
        ...input,
        outstanding: input.amount,
        ...(conversion
          ? { policyCurrency: policy.currency, amountInPolicyCurrency: conversion.amountInPolicyCurrency, outstandingInPolicyCurrency: conversion.amountInPolicyCurrency, fxRate: conversion.fxRate }
          : {}),
        status: 'open',
        createdAt,
        updatedAt: createdAt,
      };
      const invoice = invoiceOf(stored);
      invoices.push(invoice);
      items.push(
        {
          Put: {
            TableName: tableName(),
            Item: {
              ...orderKeys.invoice(context, invoiceId),
              kind: 'invoice',
              ...stored,
              ...orderKeys.invoicesOfBuyer(context, input.buyerId, input.issueDate, invoiceId),
              ...orderKeys.byStatus(context, 'open', input.buyerId, input.dueDate, invoiceId),
              ...orderKeys.dueWatch(input.dueDate, context.tenantId, input.buyerId, invoiceId),
              ...syncKeys.tenant(context, 'invoices'),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: tableName(),
            Item: { ...orderKeys.invoiceNumber(context, input.number), kind: 'invoiceNumber', number: input.number, invoiceId },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      );
      const totals = byBuyer.get(input.buyerId) ?? { outstanding: 0, committed: 0, openInvoices: { add: 0, at: createdAt } };
      totals.outstanding += valueOf(start + offset);
      totals.openInvoices.add += 1;
      const order = input.orderId ? orders.get(input.orderId) : undefined;
      if (input.orderId && order) {
        // Invoicing converts the order: its reservation becomes outstanding.
        totals.committed -= order.coveredAmount;
        items.push({
          Update: {
            TableName: tableName(),
            Key: orderKeys.order(context, input.orderId),
            UpdateExpression: 'SET #status = :invoiced',
            ConditionExpression: '#status = :committed',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':invoiced': 'invoiced', ':committed': 'committed' },
          },
        });
      }
      byBuyer.set(input.buyerId, totals);
    }
    const exposureAt = new Map<number, { buyerId: string; gain: number }>();
    for (const [buyerId, totals] of byBuyer) {
      exposureAt.set(items.length, { buyerId, gain: totals.outstanding + totals.committed });
      items.push(exposureAdd(context, buyerId, totals));
    }
    try {
      await documents.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      const index = failedConditions(error)[0];
      if (index !== undefined) {
        const item = items[index]?.Put?.Item as { number?: string } | undefined;
        if (item?.number) {
          const taken = await read<{ invoiceId: string }>(orderKeys.invoiceNumber(context, item.number));
          throw duplicateInvoice(item.number, String(taken?.invoiceId));
        }
        // Another write raised this buyer's exposure since it was judged.
        const raised = exposureAt.get(index);
        if (raised) throw exposureCeiling(raised.buyerId, usedOf(await read<ExposureItem>(orderKeys.exposure(context, raised.buyerId))), raised.gain, policy.currency);
        throw new ProblemError({ slug: 'concurrent-update', detail: 'An order of this batch changed meanwhile. Retry.' });
      }
      throw error;
    }
  }
  return invoices;
}

/**
 * A tenant's invoices, selected by key (never filtered after the page, which would make short
 * pages): by status (per buyer, oldest due date first), on a buyer by issue date, or all of
 * them as declared.
 */
export async function listInvoices(context: TenantContext, query: { buyerId?: string | undefined; status?: InvoiceStatus | undefined }, page: PageRequest): Promise<PageResult<Invoice>> {
  // ?updatedSince= lists every change, in the order they came: not by buyer or status.
  const { buyerId, status } = query;
  const list: PartitionQuery = status
    ? {
        partition: orderKeys.statusPartition(context, status),
        index: 'gsi3',
        ...(buyerId ? { sortKeyPrefix: { attribute: 'gsi3sk', prefix: orderKeys.statusOfBuyerPrefix(buyerId) } } : {}),
      }
    : buyerId
      ? { partition: orderKeys.invoicesOfBuyerPartition(context, buyerId), index: 'gsi1' }
      : prefixQuery(orderKeys.invoicePrefix(context));
  const result = await queryPage<InvoiceItem>(changesOr(list, syncKeys.tenant(context, 'invoices'), page, { buyerId, status }), page);
  return { ...result, items: result.items.map(invoiceOf) };
}

export async function getInvoice(context: TenantContext, invoiceId: string): Promise<Invoice> {
  const item = await read<InvoiceItem>(orderKeys.invoice(context, invoiceId), false);
  if (!item) throw problems.notFound(`No invoice ${invoiceId}.`);
  return invoiceOf(item);
}

export async function getOrder(context: TenantContext, orderId: string): Promise<Order> {
  const item = await read<OrderItem>(orderKeys.order(context, orderId), false);
  if (!item) throw problems.notFound(`No order ${orderId}.`);
  return orderOf(item);
}

/** A payment with its invoice as it is now. */
export async function getPayment(context: TenantContext, invoiceId: string, paymentId: string) {
  const [payment, invoice] = await Promise.all([
    read<{ paymentId: string; amount: number; paidOn: string }>(orderKeys.payment(context, invoiceId, paymentId), false),
    read<InvoiceItem>(orderKeys.invoice(context, invoiceId), false),
  ]);
  if (!payment || !invoice) throw problems.notFound(`No payment ${paymentId} on invoice ${invoiceId}.`);
  return { paymentId: payment.paymentId, amount: payment.amount, paidOn: payment.paidOn, invoice: invoiceOf(invoice) };
}

const paidThroughClaim = (invoiceId: string, claimId: string) =>
  new ProblemError({
    slug: 'claim-open',
    detail: `Invoice ${invoiceId} is in claim ${claimId}: record what the buyer pays as a collection on the claim.`,
    extensions: { claimId },
  });

/**
 * A payment reduces what is outstanding; more than is outstanding is refused, and so is a
 * payment dated before the invoice was issued or after today (money not yet received).
 */
export async function recordPayment(context: TenantContext, invoiceId: string, payment: { amount: number; paidOn: string }, now: Date) {
  const item = await read<InvoiceItem>(orderKeys.invoice(context, invoiceId));
  if (!item) throw problems.notFound(`No invoice ${invoiceId}.`);
  // Notified in a claim, the invoice is the claim's to collect: a payment here would leave the
  // claim's outstanding (what the indemnity is computed on) behind the invoice's.
  if (item.claimId) throw paidThroughClaim(invoiceId, item.claimId);
  const today = isoDay(now);
  const errors: FieldError[] = [];
  if (payment.amount > item.outstanding) {
    errors.push({
      in: 'body',
      field: 'amount',
      pointer: '#/amount',
      code: 'more_than_outstanding',
      detail: `${formatMoney(payment.amount, item.currency)} is more than the ${formatMoney(item.outstanding, item.currency)} outstanding on invoice ${item.number}`,
    });
  }
  if (payment.paidOn < item.issueDate) {
    errors.push({ in: 'body', field: 'paidOn', pointer: '#/paidOn', code: 'before_issue_date', detail: `${payment.paidOn} is before invoice ${item.number} was issued (${item.issueDate})` });
  } else if (payment.paidOn > today) {
    errors.push({ in: 'body', field: 'paidOn', pointer: '#/paidOn', code: 'in_the_future', detail: `${payment.paidOn} is after today (${today})` });
  }
  if (errors.length > 0) throw problems.validation(errors);
  const outstanding = item.outstanding - payment.amount;
  const paymentId = newId('payment', now);
  const paid = outstanding === 0;
  // In another currency, exposure moves by what the outstanding was worth at the booking rate
  // less what is left worth at it: the payments of an invoice release exactly what it added.
  const before = item.outstandingInPolicyCurrency ?? item.outstanding;
  const left = paid ? 0 : outstandingInPolicy(item, outstanding);
  const converted = item.outstandingInPolicyCurrency !== undefined;
  const changed = invoiceChanged(context, now.toISOString());
  try {
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: orderKeys.invoice(context, invoiceId),
              UpdateExpression: `SET outstanding = :left, ${changed.set}${converted ? ', outstandingInPolicyCurrency = :leftInPolicy' : ''}${paid ? ', #status = :paid, gsi3pk = :paidList REMOVE gsi2pk, gsi2sk' : ''}`,
              ConditionExpression: 'outstanding = :before AND attribute_not_exists(claimId)',
              ...(paid ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
              ExpressionAttributeValues: {
                ...changed.values,
                ':left': outstanding,
                ':before': item.outstanding,
                ...(converted ? { ':leftInPolicy': left } : {}),
                ...(paid ? { ':paid': 'paid', ':paidList': orderKeys.statusPartition(context, 'paid').gsi3pk } : {}),
              },
            },
          },
          {
            Put: {
              TableName: tableName(),
              Item: { ...orderKeys.payment(context, invoiceId, paymentId), kind: 'payment', paymentId, invoiceId, amount: payment.amount, paidOn: payment.paidOn, recordedAt: now.toISOString() },
            },
          },
          exposureAdd(context, item.buyerId, { outstanding: left - before, ...(paid ? { openInvoices: { add: -1, at: now.toISOString() } } : {}) }),
        ],
      }),
    );
  } catch (error) {
    if (isRace(error)) {
      throw new ProblemError({ slug: 'concurrent-update', detail: `Invoice ${invoiceId} changed meanwhile. Read it again and retry.` });
    }
    throw error;
  }
  return { paymentId, amount: payment.amount, paidOn: payment.paidOn, invoice: invoiceOf({ ...item, outstanding, ...(converted ? { outstandingInPolicyCurrency: left } : {}), status: paid ? 'paid' : item.status, updatedAt: changed.values[':changedAt']! }) };
}

// ---------------------------------------------------------------------------------------
// Exposure and cover checks
// ---------------------------------------------------------------------------------------

/** A buyer's oldest unpaid invoice (by ORIGINAL due date): what its maximum extension period runs from. */
export interface OldestUnpaid {
  invoiceId: string;
  dueDate: string;
  /** A later due date the insurer approved for it. */
  extendedDueDate?: string;
}

export async function oldestUnpaidInvoice(context: TenantContext, buyerId: string): Promise<OldestUnpaid | undefined> {
  const [oldest] = await firstItems<InvoiceItem>(
    { partition: orderKeys.statusPartition(context, 'open'), index: 'gsi3', sortKeyPrefix: { attribute: 'gsi3sk', prefix: orderKeys.statusOfBuyerPrefix(buyerId) } },
    1,
  );
  if (!oldest) return undefined;
  return { invoiceId: oldest.invoiceId, dueDate: oldest.dueDate, ...(oldest.extendedDueDate ? { extendedDueDate: oldest.extendedDueDate } : {}) };
}

export async function oldestUnpaidDueDate(context: TenantContext, buyerId: string): Promise<string | undefined> {
  return (await oldestUnpaidInvoice(context, buyerId))?.dueDate;
}

/**
 * The end of the maximum extension period on a buyer (deliveries after it are not covered)
 * and the notification deadline, under the policy in force; undefined when nothing is unpaid.
 */
export function stopOfCover(oldest: OldestUnpaid | undefined, policy: Pick<Policy, 'maxExtensionDays' | 'notificationPeriodDays'>): { mepEndsOn: string; notificationDeadline: string } | undefined {
  if (!oldest) return undefined;
  const mepEndsOn = maxExtensionPeriodEnd(oldest, policy.maxExtensionDays);
  return { mepEndsOn, notificationDeadline: notificationDeadline(mepEndsOn, policy.notificationPeriodDays) };
}

export async function getExposure(context: TenantContext, buyerId: string, now: Date): Promise<Exposure> {
  const [buyer, policy, limit, exposure, oldest] = await Promise.all([
    getBuyerItem(buyerId),
    getPolicy(context),
    read<{ amount: number; temporary?: { amount: number; expiresOn: string }; expiresOn?: string }>(limitKeys.limit(context, buyerId), false),
    read<ExposureItem>(orderKeys.exposure(context, buyerId), false),
    oldestUnpaidInvoice(context, buyerId),
  ]);
  if (!buyer) throw problems.notFound(`No buyer ${buyerId}.`);
  const force = limitInForce(limit, isoDay(now));
  const limitAmount = totalOf(force);
  const outstanding = exposure?.outstanding ?? 0;
  const committed = exposure?.committed ?? 0;
  const stop = stopOfCover(oldest, policy);
  return {
    buyerId,
    currency: policy.currency,
    limit: limitAmount,
    outstanding,
    committed,
    headroom: Math.max(0, limitAmount - outstanding - committed),
    ...(oldest ? { oldestUnpaidDueDate: oldest.dueDate } : {}),
    ...(stop ?? {}),
  };
}

type MatrixItem = { matrix: DecisionMatrix; updatedAt: string; revision?: number };

export async function decisionMatrix(context: TenantContext): Promise<{ matrix: DecisionMatrix; isDefault: boolean; updatedAt?: string; revision: number }> {
  return matrixOf(await read<MatrixItem>(orderKeys.matrix(context), false));
}

/** The tenant's matrix from its item, or the default one when it has none. */
function matrixOf(item: MatrixItem | undefined): { matrix: DecisionMatrix; isDefault: boolean; updatedAt?: string; revision: number } {
  return item
    ? { matrix: item.matrix, isDefault: false, updatedAt: item.updatedAt, revision: revisionOf(item) }
    : { matrix: DEFAULT_DECISION_MATRIX, isDefault: true, revision: 0 };
}

export async function setDecisionMatrix(context: TenantContext, matrix: DecisionMatrix, now: Date, ifMatch?: IfMatch) {
  const invalid = validateMatrix(matrix);
  if (invalid.length > 0) {
    throw problems.validation(invalid.map((detail) => fieldError('body', ['rules'], 'invalid_matrix', detail)));
  }
  const updatedAt = now.toISOString();
  const revision = await putRevised(orderKeys.matrix(context), { kind: 'decisionMatrix', matrix, updatedAt }, ifMatch, 'The decision matrix');
  return { matrix, isDefault: false, updatedAt, revision };
}

/**
 * The cover of one order, against the limit in force on its delivery date. With `commit`,
 * the covered part is reserved atomically: the exposure's `used` may not pass the limit.
 */
export async function coverCheck(context: TenantContext, body: CoverCheckBody, now: Date): Promise<CoverCheckResult> {
  const deliveryDate = body.deliveryDate ?? isoDay(now);
  // A commitment needs the exposure as written last (consistent); a read-only check does not.
  const exposureKey = orderKeys.exposure(context, body.buyerId);
  const readExposure = () => read<ExposureItem>(exposureKey, body.commit);
  // One round trip: the items at known keys come in ONE BatchGetItem (the buyer, the tenant
  // item, which names the policy version in force, the limit, the matrix, the overdue marker of
  // an open claim, the exposure, and the buyer's country item, which keeps its country events,
  // once this environment knows the buyer's country), consistent when committing (a commitment
  // needs the exposure as written last); beside it the oldest unpaid invoice (a query). The
  // policy version is kept per environment once read.
  const knownCountry = knownCountryOf(body.buyerId);
  const keys = {
    buyer: buyerKeys.buyer(body.buyerId),
    tenant: tenantKeys.tenant(context),
    limit: limitKeys.limit(context, body.buyerId),
    matrix: orderKeys.matrix(context),
    overdue: orderKeys.overdue(context, body.buyerId),
    exposure: exposureKey,
    ...(knownCountry === undefined ? {} : { country: buyerKeys.country(knownCountry) }),
  };
  const itemsRead = getItems(Object.values(keys), { consistent: body.commit === true });
  // The index is asked beside the batch unless this buyer had no open invoice at its last check
  // here; then only if its exposure item does not say so for certain.
  const buyerOfTenant = `${context.tenantId}#${body.buyerId}`;
  const askedBeside = noOpenInvoiceLastTime.has(buyerOfTenant) ? undefined : oldestUnpaidInvoice(context, body.buyerId);
  // Awaited only once the batch is read: a failure of both must not leave this one unhandled.
  askedBeside?.catch(() => undefined);
  const buyerRead = itemsRead.then((item) => {
    const stored = item<Record<string, unknown>>(keys.buyer);
    return stored ? buyerItemOf(stored) : undefined;
  });
  const [found, buyer, policy, oldest, countryEvents] = await Promise.all([
    itemsRead,
    buyerRead,
    itemsRead.then((item) => policyOfTenant(context, item<{ policyVersion: number }>(keys.tenant))),
    // The stop of cover: the oldest unpaid invoice (and an extension the insurer approved on it).
    itemsRead.then((item) => oldestUnpaidOnCheck(context, body.buyerId, buyerOfTenant, item<ExposureItem>(keys.exposure), askedBeside, now)),
    // Country events open on the delivery date in the buyer's country.
    buyerRead.then(async (read) => {
      if (!read) return [];
      // A kept country never differs from the stored one; were it ever so, the stored one wins.
      if (keys.country && read.country === knownCountry) {
        return openEventsOfItem(read.country, (await itemsRead)(keys.country), deliveryDate);
      }
      rememberCountry(body.buyerId, read.country);
      return countryEventsOpenOn(read.country, deliveryDate);
    }),
  ]);
  const limit = found<{ amount: number; temporary?: { amount: number; expiresOn: string }; expiresOn?: string; conditions?: Condition[] }>(keys.limit);
  const { matrix } = matrixOf(found<MatrixItem>(keys.matrix));
  const firstExposure = found<ExposureItem>(keys.exposure);
  const overdue = found<{ claimId: string }>(keys.overdue);
  const countryEvent = countryEvents[0];
  if (!buyer) throw problems.notFound(`No buyer ${body.buyerId}.`);
  // An order in another currency is judged in the policy currency, at the delivery date's rate.
  const currency = body.currency ?? policy.currency;
  const conversion = await inPolicyCurrency(body.amount, currency, policy.currency, deliveryDate, ['amount']);
  const amount = conversion?.amountInPolicyCurrency ?? body.amount;
  const asSent = { amount: body.amount, currency, amountInPolicyCurrency: amount, ...(conversion ? { fxRate: conversion.fxRate } : {}) };
  const mepEndsOn = stopOfCover(oldest, policy)?.mepEndsOn;
  const force = limitInForce(limit, deliveryDate);
  const limitAtDelivery = totalOf(force);

  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const exposure = attempt === 1 ? firstExposure : await readExposure();
    const outstanding = exposure?.outstanding ?? 0;
    const committed = exposure?.committed ?? 0;
    const result = checkCover({
      order: { amount, paymentTermsDays: body.paymentTermsDays, deliveryDate },
      currency: policy.currency,
      buyer: { grade: buyer.grade, status: buyer.status },
      policy: { maxCreditPeriodDays: policy.maxCreditPeriodDays },
      limitAtDelivery,
      limitConditions: limit?.conditions ?? [],
      exposure: { outstanding, committed },
      overdueNotified: overdue !== undefined,
      ...(countryEvent ? { countryEvent: { eventId: countryEvent.eventId, type: countryEvent.type, occurredOn: countryEvent.occurredOn, country: countryEvent.country } } : {}),
      ...(mepEndsOn ? { mepEndsOn } : {}),
      ...(body.margin !== undefined ? { margin: { bp: Math.round(body.margin * 100) } } : {}),
      importance: body.strategicImportance,
      matrix,
    });
    const answer: CoverCheckResult = {
      buyerId: body.buyerId,
      covered: result.covered,
      coveredAmount: result.coveredAmount,
      uncoveredAmount: result.uncoveredAmount,
      recommendation: result.recommendation,
      depositAmount: result.depositAmount,
      currency: policy.currency,
      order: asSent,
      reasons: result.reasons,
      limit: { amount: limitAtDelivery, headroom: result.headroom, outstanding, committed, deliveryDate },
    };
    if (!body.commit || result.coveredAmount === 0 || result.recommendation === 'decline') return answer;

    const orderId = newId('order', now);
    const order: Order = {
      orderId,
      buyerId: body.buyerId,
      amount: body.amount,
      coveredAmount: result.coveredAmount,
      currency,
      policyCurrency: policy.currency,
      amountInPolicyCurrency: amount,
      ...(conversion ? { fxRate: conversion.fxRate } : {}),
      deliveryDate,
      status: 'committed',
      createdAt: now.toISOString(),
    };
    try {
      await documents.send(
        new TransactWriteCommand({
          TransactItems: [
            exposureAdd(context, body.buyerId, { committed: result.coveredAmount }, { maxUsedBefore: limitAtDelivery - result.coveredAmount }),
            { Put: { TableName: tableName(), Item: { ...orderKeys.order(context, orderId), kind: 'order', ...order }, ConditionExpression: 'attribute_not_exists(pk)' } },
          ],
        }),
      );
      return { ...answer, orderId };
    } catch (error) {
      // Another commitment took headroom meanwhile: check again on fresh figures.
      if (isRace(error) && attempt < 5) continue;
      throw error;
    }
  }
  throw new ProblemError({ slug: 'concurrent-update', detail: 'This buyer’s exposure changed while checking. Retry.', headers: { 'retry-after': '1' } });
}

/**
 * Buyers (tenant and buyer) whose last check in this environment found no open invoice: their
 * next check waits for the batch before it asks the index, which it then mostly need not.
 */
const noOpenInvoiceLastTime = new Set<string>();
/** A few hundred KB at most. */
const NO_OPEN_INVOICE_KEPT = 10_000;
/** When this environment first checked cover: what its code has been running since, at least. */
let checkingSince: Date | undefined;

/**
 * The buyer's oldest unpaid invoice for a cover check: the index's answer when it was asked
 * (it wins), else none when the exposure item says so for certain, else the index's, asked now.
 * The index finding none on an exposure item not yet counted fixes its count at 0, once settled.
 */
async function oldestUnpaidOnCheck(
  context: TenantContext,
  buyerId: string,
  /** The buyer's key in noOpenInvoiceLastTime (tenant and buyer). */
  key: string,
  exposure: ExposureItem | undefined,
  askedBeside: Promise<OldestUnpaid | undefined> | undefined,
  now: Date,
): Promise<OldestUnpaid | undefined> {
  checkingSince ??= now;
  const certainlyNone = countedNoOpenInvoices(exposure);
  const oldest = askedBeside ? await askedBeside : certainlyNone ? undefined : await oldestUnpaidInvoice(context, buyerId);
  const none = !oldest && (certainlyNone || (exposure !== undefined && (await countNoOpenInvoices(context, buyerId, exposure, now, checkingSince))));
  if (!none) noOpenInvoiceLastTime.delete(key);
  else if (!noOpenInvoiceLastTime.has(key)) {
    if (noOpenInvoiceLastTime.size >= NO_OPEN_INVOICE_KEPT) noOpenInvoiceLastTime.delete(noOpenInvoiceLastTime.values().next().value as string);
    noOpenInvoiceLastTime.add(key);
  }
  return oldest;
}

/** Releases a committed order's reservation. Idempotent. */
export async function releaseOrder(context: TenantContext, orderId: string): Promise<Order> {
  const item = await read<OrderItem>(orderKeys.order(context, orderId));
  if (!item) throw problems.notFound(`No order ${orderId}.`);
  if (item.status === 'released') return orderOf(item);
  if (item.status === 'invoiced') {
    throw new ProblemError({ slug: 'order-invoiced', detail: `Order ${orderId} is invoiced: its exposure is the invoice's now.` });
  }
  try {
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: orderKeys.order(context, orderId),
              UpdateExpression: 'SET #status = :released',
              ConditionExpression: '#status = :committed',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':released': 'released', ':committed': 'committed' },
            },
          },
          exposureAdd(context, item.buyerId, { committed: -item.coveredAmount }),
        ],
      }),
    );
  } catch (error) {
    if (isRace(error)) return releaseOrder(context, orderId);
    throw error;
  }
  return { ...orderOf(item), status: 'released' };
}
