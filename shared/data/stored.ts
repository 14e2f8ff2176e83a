/**
 * What each kind of stored item must hold, checked where items are read (get, query, batch
 * get: shared/data/items.ts and pagination.ts): a malformed item is an error at the edge of
 * the repository, naming its kind, key and attribute, rather than a wrong number deep inside a
 * decision. The schemas are loose (more attributes are fine: index keys, markers) and cover
 * what the code relies on; the API's own response schemas are reused where the item is the
 * resource. A kind without a schema here is read as it is.
 *
 * Each kind's schema is built the first time an item of that kind is read, not when the module
 * loads: a function builds only the kinds it reads (zod builds each schema as objects, and
 * building all of them at once cost every cold start about 3 ms; docs/operations.md, "Cold starts").
 */
import * as z from 'zod';
import type { ZodType } from 'zod';
import { Buyer } from '#contract/buyers';
import { Invoice, Order } from '#contract/orders';
import { Policy } from '#contract/tenancy';
import { ExtensionRequest } from '#contract/extensions';
import { COUNTRY_EVENT_TYPES } from '#domain/country-events';

const Stored = /* @__PURE__ */ (() => ({ pk: z.string(), sk: z.string() }))();
/** Counters and amounts the code adds: exact integers. */
const Int = /* @__PURE__ */ (() => z.number().int())();
const Day = /* @__PURE__ */ (() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/))();
const Tranche = /* @__PURE__ */ (() => z.object({ amount: Int, expiresOn: Day }))();
/** A limit's conditions: the cover check and the indemnity enforce their payment terms. */
const Conditions = /* @__PURE__ */ (() => z.array(z.looseObject({ code: z.string(), maxPaymentTermsDays: Int.min(0).optional() })))();

const STORED_KINDS: Readonly<Record<string, () => ZodType>> = {
  // The API's `kind` (private or public) is stored as `buyerKind`: `kind` names the item's kind.
  buyer: () => Buyer.omit({ kind: true }).extend({ ...Stored, kind: z.literal('buyer'), buyerKind: z.enum(['private', 'public']).optional(), revision: Int.optional() }),
  policy: () => Policy.extend({ ...Stored, kind: z.literal('policy') }),
  // In the policy currency: stored only when the invoice (order) is in another currency.
  invoice: () => Invoice.partial({ policyCurrency: true, amountInPolicyCurrency: true, outstandingInPolicyCurrency: true }).extend({
    ...Stored,
    kind: z.literal('invoice'),
    claimId: z.string().optional(),
    warned: z.array(Int).optional(),
  }),
  order: () => Order.partial({ policyCurrency: true, amountInPolicyCurrency: true }).extend({ ...Stored, kind: z.literal('order') }),
  extension: () => ExtensionRequest.extend({ ...Stored, kind: z.literal('extension') }),
  fxRates: () => z.looseObject({
    ...Stored,
    kind: z.literal('fxRates'),
    date: Day,
    rates: z.record(z.string(), Int.positive()),
    version: Int,
    history: z.array(z.object({ rates: z.record(z.string(), Int.positive()), publishedAt: z.string() })),
  }),
  limit: () => z.looseObject({
    ...Stored,
    kind: z.literal('limit'),
    tenantId: z.string(),
    buyerId: z.string(),
    currency: z.string(),
    amount: Int,
    temporary: Tranche.optional(),
    reduction: z.object({ amount: Int, effectiveOn: Day }).optional(),
    conditions: Conditions.optional(),
    expiresOn: Day.optional(),
    reservedEur: Int.optional(),
    version: Int,
  }),
  limitHistory: () => z.looseObject({
    ...Stored,
    kind: z.literal('limitHistory'),
    at: z.string(),
    to: z.object({ amount: Int, temporary: Tranche.optional() }),
    effectiveOn: Day.optional(),
    conditions: Conditions.optional(),
    expiresOn: Day.optional(),
  }),
  exposure: () =>
    z.looseObject({
      ...Stored,
      kind: z.literal('exposure'),
      buyerId: z.string(),
      outstanding: Int.optional(),
      committed: Int.optional(),
      used: Int.optional(),
      openInvoices: Int.optional(),
      openInvoicesCounted: z.literal(true).optional(),
      countedOutstanding: Int.optional(),
      invoicesChangedAt: z.string().optional(),
    }),
  capacity: () => z.looseObject({ ...Stored, kind: z.literal('capacity'), reservedEur: Int.optional() }),
  overdue: () => z.looseObject({ ...Stored, kind: z.literal('overdue'), claimId: z.string() }),
  decisionMatrix: () => z.looseObject({ ...Stored, kind: z.literal('decisionMatrix'), matrix: z.object({ rules: z.array(z.looseObject({ grades: z.object({ min: Int, max: Int }) })) }) }),
  // A country: its OECD category once the insurer set one, and its country events' spans
  // (eventsKept: written from the events once; each event's transaction keeps them since).
  country: () => z.looseObject({
    ...Stored,
    kind: z.literal('country'),
    countryCode: z.string(),
    category: Int.min(0).max(7).optional(),
    eventsKept: z.literal(true).optional(),
    events: z.record(z.string(), z.object({ eventId: z.string(), country: z.string(), type: z.enum(COUNTRY_EVENT_TYPES), occurredOn: Day, closedOn: Day.optional() })).optional(),
  }),
  tenant: () => z.looseObject({ ...Stored, kind: z.literal('tenant'), tenantId: z.string(), policyVersion: Int }),
  apiKey: () => z.looseObject({ ...Stored, kind: z.literal('apiKey'), keyId: z.string(), role: z.enum(['insurer', 'policyholder', 'broker']) }),
  claim: () => z.looseObject({ ...Stored, kind: z.literal('claim'), claimId: z.string(), buyerId: z.string(), status: z.string(), version: Int }),
};

const built = /* @__PURE__ */ (() => new Map<string, ZodType>())();

/** The schema of a kind of stored item, built on first use; undefined for a kind read as it is. */
export function storedSchema(kind: string): ZodType | undefined {
  const cached = built.get(kind);
  if (cached) return cached;
  const build = Object.hasOwn(STORED_KINDS, kind) ? STORED_KINDS[kind] : undefined;
  if (!build) return undefined;
  const schema = build();
  built.set(kind, schema);
  return schema;
}

/** A stored item that does not hold what its kind must: a defect or a corrupted item, never the caller's fault. */
export class MalformedItemError extends Error {
  readonly kind: string;
  readonly key: { readonly pk: unknown; readonly sk: unknown };

  constructor(kind: string, key: { pk: unknown; sk: unknown }, issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
    super(`Stored ${kind} ${String(key.pk)} / ${String(key.sk)} is malformed: ${issues.map((issue) => `${issue.path.map(String).join('.') || '(item)'} ${issue.message}`).join('; ')}`);
    this.name = 'MalformedItemError';
    this.kind = kind;
    this.key = key;
  }
}

/** The item, checked against its kind's schema (it is returned as read, not copied). */
export function parseStored<T>(item: Record<string, unknown>): T {
  const kind = item['kind'];
  const schema = typeof kind === 'string' ? storedSchema(kind) : undefined;
  if (schema) {
    const result = schema.safeParse(item);
    if (!result.success) throw new MalformedItemError(kind as string, { pk: item['pk'], sk: item['sk'] }, result.error.issues);
  }
  return item as T;
}

/** Each item of a read, checked. */
export function parseStoredItems<T>(items: readonly Record<string, unknown>[] | undefined): T[] {
  return (items ?? []).map((item) => parseStored<T>(item));
}
