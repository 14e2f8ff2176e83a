/**
 * Every key template of the single table, in one place (docs/data-model.md mirrors it).
 * Tenant-owned keys take a TenantContext, never a bare tenant id: the only way to address
 * a tenant's data is through the context the authorizer established (shared/http/auth.ts).
 */
import type { KeyOwner, TenantContext } from '#access';
import type { Invoice } from '#contract/orders';

export interface Key {
  readonly pk: string;
  readonly sk: string;
}

/** The partition of everything a tenant owns; every tenant key starts with it. */
export const tenantPartition = (context: TenantContext) => `TENANT#${context.tenantId}`;
const tenantPk = tenantPartition;

/** Insurer-wide reference data and lookups: no tenant in them. */
export const insurerKeys = {
  apiKeyByHash: (hash: string): Key => ({ pk: `APIKEY#${hash}`, sk: 'APIKEY' }),
  broker: (brokerId: string): Key => ({ pk: `BROKER#${brokerId}`, sk: 'BROKER' }),
  /** gsi2: every tenant, newest last. */
  tenantList: (createdAt: string, tenantId: string) => ({ gsi2pk: 'TENANTS', gsi2sk: `${createdAt}#${tenantId}` }),
  brokerList: (createdAt: string, brokerId: string) => ({ gsi2pk: 'BROKERS', gsi2sk: `${createdAt}#${brokerId}` }),
  tenantListPartition: () => ({ gsi2pk: 'TENANTS' }),
  idempotency: (idempotencyKey: string): Key => ({ pk: `IDEMPOTENCY#${idempotencyKey}`, sk: 'IDEMPOTENCY' }),
  /** The insurer's settings that replace a default (`limit-rules`, `monitoring-rules`). */
  settings: (name: string): Key => ({ pk: `SETTINGS#${name}`, sk: 'SETTINGS' }),
  /** An outbox event, written with its state change (shared/events/outbox.ts). */
  outbox: (eventId: string): Key => ({ pk: `OUTBOX#${eventId}`, sk: 'OUTBOX' }),
  /**
   * gsi2: what hangs off a buyer across tenants (limits `LIMIT#`, watches `WATCH#`, claims
   * `CLAIM#`, each `<prefix><tenantId>…`): only insurer processes read it.
   */
  buyerFanOutPartition: (buyerId: string) => ({ gsi2pk: `BUYER#${buyerId}` }),
};

export const tenantKeys = {
  tenant: (context: TenantContext): Key => ({ pk: tenantPk(context), sk: 'TENANT' }),
  /** Immutable policy versions: v000001, v000002... the newest is the policy in force. */
  policyVersion: (context: TenantContext, version: number): Key => ({
    pk: tenantPk(context),
    sk: `POLICY#v${String(version).padStart(6, '0')}`,
  }),
  policyVersionPrefix: (context: TenantContext) => ({ pk: tenantPk(context), skPrefix: 'POLICY#v' }),
  /** The brokers a tenant mandated (events fan out to them). */
  mandate: (context: TenantContext, brokerId: string): Key => ({ pk: tenantPk(context), sk: `MANDATE#${brokerId}` }),
  mandatePrefix: (context: TenantContext) => ({ pk: tenantPk(context), skPrefix: 'MANDATE#' }),
};

/** API keys are listed and revoked under their owner's partition. */
export const ownerKeys = {
  partition: (owner: KeyOwner): string =>
    owner.kind === 'tenant' ? tenantPk(owner.context) : owner.kind === 'broker' ? `BROKER#${owner.brokerId}` : 'INSURER',
  apiKey: (owner: KeyOwner, keyId: string): Key => ({ pk: ownerKeys.partition(owner), sk: `APIKEY#${keyId}` }),
  apiKeyPrefix: (owner: KeyOwner) => ({ pk: ownerKeys.partition(owner), skPrefix: 'APIKEY#' }),
};

/** Lower case, accents and punctuation dropped: "Société Générale" → "societe generale". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Due deliveries are spread over this many index partitions: no hot key at scale. */
export const DUE_SHARDS = 16;

/** The shard of a delivery's due entry: a stable hash of the endpoint and delivery. */
function dueShard(webhookId: string, deliveryId: string): string {
  let hash = 0;
  for (const char of `${webhookId}#${deliveryId}`) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return String(hash % DUE_SHARDS).padStart(2, '0');
}

type InvoiceStatus = Invoice['status'];
const pk = tenantPartition;

export const buyerKeys = {
  buyer: (buyerId: string) => ({ pk: `BUYER#${buyerId}`, sk: 'BUYER' }),
  registration: (country: string, registrationId: string) => ({ pk: `BUYERREG#${country}#${registrationId}`, sk: 'BUYERREG' }),
  country: (code: string) => ({ pk: `COUNTRY#${code}`, sk: 'COUNTRY' }),
  byName: (name: string, buyerId: string) => {
    const normalized = normalizeName(name);
    return { ...buyerKeys.namePartition(normalized), gsi1sk: `${normalized}#${buyerId}` };
  },
  /** gsi1: buyers whose normalized name starts like this one (one partition per first letter). */
  namePartition: (normalized: string) => ({ gsi1pk: `BUYERNAME#${normalized.slice(0, 1) || '_'}` }),
  bySector: (sector: string, country: string, grade: number, buyerId: string) => ({
    ...buyerKeys.sectorPartition(sector, country),
    gsi2sk: `${String(grade).padStart(2, '0')}#${buyerId}`,
  }),
  sectorPartition: (sector: string, country: string) => ({ gsi2pk: `SECTOR#${sector}#${country}` }),
  byCountry: (country: string, name: string, buyerId: string) => ({ ...buyerKeys.countryPartition(country), gsi3sk: `${normalizeName(name)}#${buyerId}` }),
  countryPartition: (country: string) => ({ gsi3pk: `BUYERS#${country}` }),
  /** gsi2: every country the insurer set a category for. */
  countryList: (code: string) => ({ ...buyerKeys.countryListPartition(), gsi2sk: code }),
  countryListPartition: () => ({ gsi2pk: 'COUNTRIES' }),
};

export const limitKeys = {
  limit: (context: TenantContext, buyerId: string) => ({ pk: tenantPartition(context), sk: `LIMIT#${buyerId}` }),
  limitPrefix: (context: TenantContext) => ({ pk: tenantPartition(context), skPrefix: 'LIMIT#' }),
  history: (context: TenantContext, buyerId: string, at: string, id: string) => ({ pk: tenantPartition(context), sk: `LIMITHIST#${buyerId}#${at}#${id}` }),
  historyPrefix: (context: TenantContext, buyerId: string) => ({ pk: tenantPartition(context), skPrefix: `LIMITHIST#${buyerId}#` }),
  /**
   * Insurer-wide fan-out (downgrades reach every holder of a limit on a buyer): the one GSI
   * key of a tenant's item that starts with the buyer, read only by insurer processes.
   */
  byBuyer: (buyerId: string, tenantId: string) => ({ ...insurerKeys.buyerFanOutPartition(buyerId), gsi2sk: `${limitKeys.holderPrefix}${tenantId}` }),
  holderPrefix: 'LIMIT#',
  /** gsi1 (sparse): limits with a reduction notified ahead, by the day it takes effect, for the daily job. */
  pendingReduction: (effectiveOn: string, tenantId: string, buyerId: string) => ({ ...limitKeys.pendingReductionPartition(), gsi1sk: `${effectiveOn}#${tenantId}#${buyerId}` }),
  pendingReductionPartition: () => ({ gsi1pk: 'REDUCTIONS#pending' }),
  capacity: (buyerId: string) => ({ pk: `BUYER#${buyerId}`, sk: 'CAPACITY' }),
  /** gsi3 (sparse): limits with a temporary tranche, by its end date, for the daily expiry job. */
  expiringTranche: (expiresOn: string, tenantId: string, buyerId: string) => ({ ...limitKeys.expiringTranchePartition(), gsi3sk: `${expiresOn}#${tenantId}#${buyerId}` }),
  expiringTranchePartition: () => ({ gsi3pk: 'TRANCHES#expiring' }),
  referral: (referralId: string) => ({ pk: `REFERRAL#${referralId}`, sk: 'REFERRAL' }),
  pendingReferral: (createdAt: string, referralId: string) => ({ ...limitKeys.pendingReferralPartition(), gsi3sk: `${createdAt}#${referralId}` }),
  pendingReferralPartition: () => ({ gsi3pk: 'REFERRALS#pending' }),
};

export const orderKeys = {
  exposure: (context: TenantContext, buyerId: string) => ({ pk: pk(context), sk: `EXPOSURE#${buyerId}` }),
  exposurePrefix: (context: TenantContext) => ({ pk: pk(context), skPrefix: 'EXPOSURE#' }),
  invoice: (context: TenantContext, invoiceId: string) => ({ pk: pk(context), sk: `INVOICE#${invoiceId}` }),
  /** Every invoice of a tenant, in the order they were declared (ids are ULIDs). */
  invoicePrefix: (context: TenantContext) => ({ pk: pk(context), skPrefix: 'INVOICE#' }),
  invoiceNumber: (context: TenantContext, number: string) => ({ pk: pk(context), sk: `INVOICENO#${number}` }),
  /** gsi1: a tenant's invoices on a buyer, by issue date. */
  invoicesOfBuyer: (context: TenantContext, buyerId: string, issueDate: string, invoiceId: string) => ({
    ...orderKeys.invoicesOfBuyerPartition(context, buyerId),
    gsi1sk: `${issueDate}#${invoiceId}`,
  }),
  invoicesOfBuyerPartition: (context: TenantContext, buyerId: string) => ({ gsi1pk: `${pk(context)}#INVOICES#${buyerId}` }),
  /**
   * gsi3: a tenant's invoices by status (open until paid in full), by buyer, oldest due date
   * first. The write that pays an invoice moves it to the `paid` partition: a status list
   * selects by key, and the first open item of a buyer is its oldest unpaid due date.
   */
  byStatus: (context: TenantContext, status: InvoiceStatus, buyerId: string, dueDate: string, invoiceId: string) => ({
    ...orderKeys.statusPartition(context, status),
    gsi3sk: `${orderKeys.statusOfBuyerPrefix(buyerId)}${dueDate}#${invoiceId}`,
  }),
  statusPartition: (context: TenantContext, status: InvoiceStatus) => ({ gsi3pk: `${pk(context)}#INVOICESTATUS#${status}` }),
  statusOfBuyerPrefix: (buyerId: string) => `${buyerId}#`,
  /**
   * gsi2 (sparse, while unpaid and not notified): every tenant's invoices by due month, for the
   * daily job that warns before notification deadlines.
   */
  dueWatch: (dueDate: string, tenantId: string, buyerId: string, invoiceId: string) => ({
    ...orderKeys.dueWatchPartition(dueDate.slice(0, 7)),
    gsi2sk: `${dueDate}#${tenantId}#${buyerId}#${invoiceId}`,
  }),
  dueWatchPartition: (month: string) => ({ gsi2pk: `DUE#${month}` }),
  /** A tenant notified an overdue on this buyer: the open claim (cover checks read it). */
  overdue: (context: TenantContext, buyerId: string) => ({ pk: pk(context), sk: `OVERDUE#${buyerId}` }),
  payment: (context: TenantContext, invoiceId: string, paymentId: string) => ({ pk: pk(context), sk: `PAYMENT#${invoiceId}#${paymentId}` }),
  order: (context: TenantContext, orderId: string) => ({ pk: pk(context), sk: `ORDER#${orderId}` }),
  matrix: (context: TenantContext) => ({ pk: pk(context), sk: 'DECISIONMATRIX' }),
};

export const claimKeys = {
  claim: (context: TenantContext, claimId: string) => ({ pk: tenantPartition(context), sk: `CLAIM#${claimId}` }),
  prefix: (context: TenantContext) => ({ pk: tenantPartition(context), skPrefix: 'CLAIM#' }),
  /** For insurer routes, which name a claim but no tenant. */
  pointer: (claimId: string) => ({ pk: `CLAIM#${claimId}`, sk: 'CLAIM' }),
  /** gsi1 (sparse, while in collection): claims by the day their waiting period ends. */
  waiting: (endsOn: string, tenantId: string, claimId: string) => ({ ...claimKeys.waitingPartition(), gsi1sk: `${endsOn}#${tenantId}#${claimId}` }),
  waitingPartition: () => ({ gsi1pk: 'CLAIMS#waiting' }),
  /** gsi2: a buyer's claims beside its limits (the insolvency of a buyer reaches them). */
  byBuyer: (buyerId: string, tenantId: string, claimId: string) => ({ ...insurerKeys.buyerFanOutPartition(buyerId), gsi2sk: `${claimKeys.byBuyerPrefix}${tenantId}#${claimId}` }),
  byBuyerPrefix: 'CLAIM#',
  /**
   * gsi3: a tenant's claims in one status, by buyer, newest first within it: the list by status
   * (and buyer) reads by key. Every write of a claim's status writes this key with it.
   */
  byStatus: (context: TenantContext, status: string, buyerId: string, claimId: string) => ({
    ...claimKeys.statusPartition(context, status),
    gsi3sk: `${claimKeys.statusOfBuyerPrefix(buyerId)}${claimId}`,
  }),
  statusPartition: (context: TenantContext, status: string) => ({ gsi3pk: `${pk(context)}#CLAIMSTATUS#${status}` }),
  statusOfBuyerPrefix: (buyerId: string) => `${buyerId}#`,
  /** The policy year's indemnities, against maxLiability; `changes` counts the losses and payments recorded in the year. */
  indemnities: (context: TenantContext, policyYearStart: string) => ({ pk: tenantPartition(context), sk: `INDEMNITIES#${policyYearStart}` }),
  /** The policy year's losses, by date of loss then claim: the order the aggregate first loss is used up in. */
  policyYearLoss: (context: TenantContext, policyYearStart: string, dateOfLoss: string, claimId: string) => ({
    pk: tenantPartition(context),
    sk: `LOSSES#${policyYearStart}#${dateOfLoss}#${claimId}`,
  }),
  policyYearLossPrefix: (context: TenantContext, policyYearStart: string) => ({ pk: tenantPartition(context), skPrefix: `LOSSES#${policyYearStart}#` }),
};

/**
 * Due-date extension requests: the tenant's item, a pointer for the insurer's routes (which
 * name a request but no tenant), and the lists by status.
 */
export const extensionKeys = {
  request: (context: TenantContext, extensionId: string) => ({ pk: tenantPartition(context), sk: `EXTENSION#${extensionId}` }),
  prefix: (context: TenantContext) => ({ pk: tenantPartition(context), skPrefix: 'EXTENSION#' }),
  pointer: (extensionId: string) => ({ pk: `EXTENSION#${extensionId}`, sk: 'EXTENSION' }),
  /** gsi3: a tenant's requests in one status, oldest first (ids are ULIDs). Every write of a status writes it. */
  byStatus: (context: TenantContext, status: string, extensionId: string) => ({ ...extensionKeys.statusPartition(context, status), gsi3sk: extensionId }),
  statusPartition: (context: TenantContext, status: string) => ({ gsi3pk: `${pk(context)}#EXTENSIONSTATUS#${status}` }),
  /** gsi1: every tenant's requests in one status, oldest first: the insurer's queue (`referred`). */
  insurerByStatus: (status: string, extensionId: string) => ({ ...extensionKeys.insurerStatusPartition(status), gsi1sk: extensionId }),
  insurerStatusPartition: (status: string) => ({ gsi1pk: `EXTENSIONS#${status}` }),
  /** gsi2: every tenant's requests, oldest first: the insurer's list without a status. */
  insurerAll: (extensionId: string) => ({ ...extensionKeys.insurerAllPartition(), gsi2sk: extensionId }),
  insurerAllPartition: () => ({ gsi2pk: 'EXTENSIONS' }),
};

export const monitoringKeys = {
  riskEvent: (buyerId: string, occurredOn: string, riskEventId: string) => ({ pk: `BUYER#${buyerId}`, sk: `RISKEVENT#${occurredOn}#${riskEventId}` }),
  /** Insolvencies of one (NACE division, country), by date: what the sector-alert detector counts. */
  insolvency: (sector: string, country: string, occurredOn: string, buyerId: string) => ({ pk: `INSOLVENCIES#${sector}#${country}`, sk: `${occurredOn}#${buyerId}` }),
  insolvencyPair: (sector: string, country: string) => ({ ...monitoringKeys.insolvencyPairsPartition(), sk: `${sector}#${country}` }),
  insolvencyPairsPartition: () => ({ pk: 'INSOLVENCYPAIRS' }),
  watch: (context: TenantContext, buyerId: string) => ({ pk: tenantPartition(context), sk: `WATCH#${buyerId}` }),
  watchPrefix: (context: TenantContext) => ({ pk: tenantPartition(context), skPrefix: 'WATCH#' }),
  /** gsi2: a buyer's watchers sit beside its limit holders (`LIMIT#<tenantId>`). */
  watcherOf: (buyerId: string, tenantId: string) => ({ ...insurerKeys.buyerFanOutPartition(buyerId), gsi2sk: `${monitoringKeys.watcherPrefix}${tenantId}` }),
  watcherPrefix: 'WATCH#',
  notice: (context: TenantContext, cause: string) => ({ pk: tenantPartition(context), sk: `NOTICE#${cause}` }),
};

export const premiumKeys = {
  declaration: (context: TenantContext, period: string, country: string) => ({ pk: tenantPartition(context), sk: `TURNOVER#${period}#${country}` }),
  year: (context: TenantContext, year: number) => ({ pk: tenantPartition(context), skPrefix: `TURNOVER#${year}-` }),
};

/** A daily job's run and its work items, one partition per job and day (shared/data/jobs.ts). */
export const jobKeys = {
  runPartition: (job: string, day: string) => ({ pk: `JOBRUN#${job}#${day}` }),
  run: (job: string, day: string) => ({ ...jobKeys.runPartition(job, day), sk: 'RUN' }),
  item: (job: string, day: string, item: number) => ({ ...jobKeys.runPartition(job, day), sk: `ITEM#${String(item).padStart(6, '0')}` }),
  /** The items of a run (begins_with). */
  itemsPrefix: () => ({ sk: 'ITEM#' }),
  itemNumber: (sk: string) => Number(sk.slice('ITEM#'.length)),
};

export const portfolioKeys = {
  snapshot: (context: TenantContext, month: string) => ({ pk: tenantPartition(context), sk: `PORTFOLIO#${month}` }),
  snapshots: (context: TenantContext) => ({ pk: tenantPartition(context), skPrefix: 'PORTFOLIO#' }),
};

/**
 * The insurer's portfolio, maintained (shared/data/portfolio-aggregate.ts): counters in
 * PORTFOLIO_SHARDS partitions (a buyer's or a tenant's hash picks one), a line per tenant and
 * buyer beside the buyer's total, the counters of each (sector, country) pair, and per tenant
 * its unpaid invoices by currency and the marker that counted it. Every partition starts
 * PORTFOLIO#: a read model derived from the other items, never written by a request.
 */
export const portfolioAggregateKeys = {
  shard: (shard: number) => ({ pk: `PORTFOLIO#COUNTERS#${shard}`, sk: 'COUNTERS' }),
  pairShard: (sector: string, country: string, shard: number) => ({ pk: `PORTFOLIO#PAIR#${sector}#${country}#${shard}`, sk: 'COUNTERS' }),
  valuation: () => ({ pk: 'PORTFOLIO#VALUATION', sk: 'VALUATION' }),
  line: (buyerId: string, tenantId: string) => ({ pk: `PORTFOLIO#BUYER#${buyerId}`, sk: `LINE#${tenantId}` }),
  lines: (buyerId: string) => ({ pk: `PORTFOLIO#BUYER#${buyerId}`, skPrefix: 'LINE#' }),
  total: (buyerId: string) => ({ pk: `PORTFOLIO#BUYER#${buyerId}`, sk: 'TOTAL' }),
  /** gsi1 (sparse): buyer totals whose grade worsened, newest first (dayRank). */
  worsened: (rank: string, buyerId: string) => ({ gsi1pk: 'PORTFOLIO#WORSENED', gsi1sk: `${rank}#${buyerId}` }),
  worsenedPartition: () => ({ gsi1pk: 'PORTFOLIO#WORSENED' }),
  /** gsi2 (sparse): buyer totals with exposure, largest first (exposureRank). */
  byExposure: (rank: string, buyerId: string) => ({ gsi2pk: 'PORTFOLIO#EXPOSURE', gsi2sk: `${rank}#${buyerId}` }),
  byExposurePartition: () => ({ gsi2pk: 'PORTFOLIO#EXPOSURE' }),
  /** gsi3: every buyer total that counts, most used capacity first (utilisationRank). */
  byUtilisation: (rank: string, buyerId: string) => ({ gsi3pk: 'PORTFOLIO#CAPACITY', gsi3sk: `${rank}#${buyerId}` }),
  byUtilisationPartition: () => ({ gsi3pk: 'PORTFOLIO#CAPACITY' }),
  /** Derived from a tenant's items, insurer-side: outside the tenant's partition, which holds only what it wrote. */
  currency: (tenantId: string, currency: string) => ({ pk: `PORTFOLIO#TENANT#${tenantId}`, sk: `CURRENCY#${currency}` }),
  currencies: (tenantId: string) => ({ pk: `PORTFOLIO#TENANT#${tenantId}`, skPrefix: 'CURRENCY#' }),
  counted: (tenantId: string) => ({ pk: `PORTFOLIO#TENANT#${tenantId}`, sk: 'COUNTED' }),
  /** A tenant's own counters (its view, in its policy currency), sharded by the buyer's hash as the insurer's are. */
  tenantShard: (tenantId: string, shard: number) => ({ pk: `PORTFOLIO#TENANT#${tenantId}#COUNTERS#${shard}`, sk: 'COUNTERS' }),
  /** gsi1 (sparse): a tenant's lines on buyers whose grade worsened, newest first (dayRank). */
  tenantWorsened: (tenantId: string, rank: string, buyerId: string) => ({ gsi1pk: `PORTFOLIO#TENANT#${tenantId}#WORSENED`, gsi1sk: `${rank}#${buyerId}` }),
  tenantWorsenedPartition: (tenantId: string) => ({ gsi1pk: `PORTFOLIO#TENANT#${tenantId}#WORSENED` }),
  /** gsi2 (sparse): a tenant's lines with exposure, largest first (exposureRank, in its currency). */
  tenantByExposure: (tenantId: string, rank: string, buyerId: string) => ({ gsi2pk: `PORTFOLIO#TENANT#${tenantId}#EXPOSURE`, gsi2sk: `${rank}#${buyerId}` }),
  tenantByExposurePartition: (tenantId: string) => ({ gsi2pk: `PORTFOLIO#TENANT#${tenantId}#EXPOSURE` }),
  /** gsi3: every line of a tenant, by buyer (the reconciliation rebuilds its counters from them). */
  tenantLine: (tenantId: string, buyerId: string) => ({ gsi3pk: `PORTFOLIO#TENANT#${tenantId}#LINES`, gsi3sk: buyerId }),
  tenantLinesPartition: (tenantId: string) => ({ gsi3pk: `PORTFOLIO#TENANT#${tenantId}#LINES` }),
  /** A table key's tenant, for the stream consumer (tenant items' pk is TENANT#<id>). */
  tenantOf: (pk: string): string | undefined => (pk.startsWith('TENANT#') ? pk.slice('TENANT#'.length).split('#')[0] : undefined),
  /** A buyer item's or capacity item's buyer (their pk is BUYER#<id>). */
  buyerOf: (pk: string): string | undefined => (pk.startsWith('BUYER#') ? pk.slice('BUYER#'.length) : undefined),
};

/**
 * gsi4, a list's changes (`?updatedSince=`): the item of a list a client syncs carries its
 * list's partition, set when it is created and kept by every later write; the index sorts it
 * by its own `updatedAt`. One partition per list, so a page holds only that list's items.
 */
export const syncKeys = {
  /** A tenant's list: `limits`, `claims`, `invoices`, `extensions`, `policy`, `watchlist`. */
  tenant: (context: TenantContext, list: string) => ({ gsi4pk: `${tenantPartition(context)}#SYNC#${list}` }),
  tenantById: (tenantId: string, list: string) => ({ gsi4pk: `TENANT#${tenantId}#SYNC#${list}` }),
  /** A key owner's list (a tenant's or a broker firm's): `apikeys`, `webhooks`, `deliveries#<webhookId>`. */
  owner: (owner: KeyOwner, list: string) => ({ gsi4pk: `${ownerKeys.partition(owner)}#SYNC#${list}` }),
};

/**
 * A tenant's event log (GET /v1/events): the outbox item of each event its webhooks could
 * receive carries these gsi1 keys, so the log is written in the same transaction as the change
 * it tells of. Event ids are ULIDs: the sort key is time order.
 */
export const eventLogKeys = {
  entry: (tenantId: string, eventId: string) => ({ gsi1pk: `TENANT#${tenantId}#EVENTS`, gsi1sk: eventId }),
  partition: (context: TenantContext) => ({ gsi1pk: `${tenantPartition(context)}#EVENTS` }),
};

export const webhookKeys = {
  endpoint: (owner: KeyOwner, webhookId: string) => ({ pk: ownerKeys.partition(owner), sk: `WEBHOOK#${webhookId}` }),
  prefix: (owner: KeyOwner) => ({ pk: ownerKeys.partition(owner), skPrefix: 'WEBHOOK#' }),
};

export const deliveryKeys = {
  delivery: (owner: KeyOwner, webhookId: string, deliveryId: string) => ({ pk: ownerKeys.partition(owner), sk: `DELIVERY#${webhookId}#${deliveryId}` }),
  prefix: (owner: KeyOwner, webhookId: string) => ({ pk: ownerKeys.partition(owner), skPrefix: `DELIVERY#${webhookId}#` }),
  /**
   * gsi3 (sparse, while pending): every owner's deliveries by next attempt, for the sweeper
   * only (an insurer process, like the limits-by-buyer index): never read for a tenant.
   */
  due: (webhookId: string, deliveryId: string, nextAttemptAt: string) => ({
    gsi3pk: `DELIVERIES#due#${dueShard(webhookId, deliveryId)}`,
    gsi3sk: `${nextAttemptAt}#${webhookId}#${deliveryId}`,
  }),
  dueShard: (shard: number) => `DELIVERIES#due#${String(shard).padStart(2, '0')}`,
  /**
   * gsi1: an endpoint's deliveries in one status, newest first (ids are the events' ULIDs):
   * the log filtered by status reads by key. Every write of a status writes this key with it.
   */
  byStatus: (owner: KeyOwner, webhookId: string, status: string, deliveryId: string) => ({ ...deliveryKeys.statusPartition(owner, webhookId, status), gsi1sk: deliveryId }),
  statusPartition: (owner: KeyOwner, webhookId: string, status: string) => ({ gsi1pk: `${ownerKeys.partition(owner)}#DELIVERIES#${webhookId}#${status}` }),
};


/**
 * Reference rates (insurer-wide): one item per date published for, in one partition whose
 * sort key orders them by date, so "on or before a day" and "from … to" are key ranges.
 */
export const fxKeys = {
  rates: (date: string) => ({ pk: 'FXRATES', sk: `FXRATES#${date}` }),
  partition: () => ({ pk: 'FXRATES' }),
  /** The sort keys of dates `from` to `to`, both included. */
  between: (from: string, to: string) => ({ attribute: 'sk', from: `FXRATES#${from}`, to: `FXRATES#${to}` }),
};

/**
 * Country events (insurer-wide): one item each, in its own partition with the tenants it told;
 * listed by country (gsi2: every event of a country, by the day it occurred, what the open
 * check reads), by status then country (gsi3; closing moves it), or all (gsi1).
 */
export const countryEventKeys = {
  event: (eventId: string) => ({ ...countryEventKeys.partition(eventId), sk: 'EVENT' }),
  partition: (eventId: string) => ({ pk: `COUNTRYEVENT#${eventId}` }),
  list: (occurredOn: string, eventId: string) => ({ ...countryEventKeys.listPartition(), gsi1sk: `${occurredOn}#${eventId}` }),
  listPartition: () => ({ gsi1pk: 'COUNTRYEVENTS' }),
  byCountry: (country: string, occurredOn: string, eventId: string) => ({ ...countryEventKeys.countryPartition(country), gsi2sk: `${occurredOn}#${eventId}` }),
  countryPartition: (country: string) => ({ gsi2pk: `COUNTRYEVENTS#${country}` }),
  byStatus: (status: string, country: string, occurredOn: string, eventId: string) => ({ ...countryEventKeys.statusPartition(status), gsi3sk: `${country}#${occurredOn}#${eventId}` }),
  statusPartition: (status: string) => ({ gsi3pk: `COUNTRYEVENTS#${status}` }),
  statusOfCountryPrefix: (country: string) => `${country}#`,
};
