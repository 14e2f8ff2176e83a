/**
 * What the generated isolation test needs to address a tenant's data on any route:
 * how to make, as tenant A, the resource a path parameter names, and a valid body per
 * operation. A new route whose parameter or body is missing here fails the isolation test
 * by name: add its fixture here, the test itself does not change.
 */
import type { World } from './world.ts';
import { startReceiver, type Receiver } from './webhook-receiver.ts';

type Owner = { readonly key: string };

/**
 * Parameters that name insurer-wide reference data (a buyer is every tenant's buyer): another
 * tenant may address it and get its own data (an empty exposure, its own limit), never A's.
 */
export const sharedParams = new Set(['buyerId', 'kind']);
type ParamFixture = (world: World, owner: Owner) => Promise<string>;

let registrations = 0;
async function newBuyer(world: World): Promise<string> {
  registrations += 1;
  const created = await world.call<{ buyerId: string }>('POST', '/v1/buyers', {
    key: world.insurerKey,
    body: { legalName: `Isolation Buyer ${registrations}`, country: 'FR', registrationId: `ISO${Date.now()}${registrations}`, sector: 'G46', grade: 3 },
  });
  if (created.status !== 201) throw new Error(`buyer: ${created.status} ${created.text}`);
  return created.body.buyerId;
}

export const paramFixtures: Record<string, ParamFixture> = {
  /** A buyer on which the owner holds a limit. */
  buyerId: async (world, owner) => {
    const buyerId = await newBuyer(world);
    const decided = await world.call('POST', '/v1/limit-requests', { key: owner.key, body: { buyerId, type: 'new', amount: 1_000_000 } });
    if (decided.status !== 201) throw new Error(`limit: ${decided.status} ${decided.text}`);
    return buyerId;
  },
  keyId: async (world, owner) => {
    const created = await world.call<{ keyId: string }>('POST', '/v1/api-keys', { key: owner.key });
    if (created.status !== 201) throw new Error(`api key: ${created.status} ${created.text}`);
    return created.body.keyId;
  },
};

let invoices = 0;
async function invoiceOf(world: World, owner: Owner): Promise<{ invoiceId: string; buyerId: string }> {
  invoices += 1;
  const buyerId = await paramFixtures['buyerId']!(world, owner);
  const created = await world.call<{ invoiceId: string }>('POST', '/v1/invoices', {
    key: owner.key,
    body: { buyerId, number: `ISO-${Date.now()}-${invoices}`, amount: 500_000, currency: 'EUR', issueDate: '2026-11-01', dueDate: '2026-12-31' },
  });
  if (created.status !== 201) throw new Error(`invoice: ${created.status} ${created.text}`);
  return { invoiceId: created.body.invoiceId, buyerId };
}

/** The invoice the last paymentId fixture paid: a payment is addressed under its invoice. */
const lastInvoiceOf = new Map<string, string>();
paramFixtures['invoiceId'] = async (world, owner) => {
  const { invoiceId } = await invoiceOf(world, owner);
  lastInvoiceOf.set(owner.key, invoiceId);
  return invoiceId;
};
/** A payment on the invoice the invoiceId fixture just made. */
paramFixtures['paymentId'] = async (world, owner) => {
  const invoiceId = lastInvoiceOf.get(owner.key) ?? (await paramFixtures['invoiceId']!(world, owner));
  const paid = await world.call<{ paymentId: string }>('POST', `/v1/invoices/${invoiceId}/payments`, { key: owner.key, body: { amount: 100, paidOn: '2026-11-20' } });
  if (paid.status !== 201) throw new Error(`payment: ${paid.status} ${paid.text}`);
  return paid.body.paymentId;
};
/** A committed order (a cover check with commit) of the owner. */
paramFixtures['orderId'] = async (world, owner) => {
  const buyerId = await paramFixtures['buyerId']!(world, owner);
  const checked = await world.call<{ orderId?: string }>('POST', '/v1/cover-checks', {
    key: owner.key,
    body: { buyerId, amount: 300_000, paymentTermsDays: 30, commit: true },
  });
  if (checked.status !== 201 || !checked.body.orderId) throw new Error(`order: ${checked.status} ${checked.text}`);
  return checked.body.orderId;
};

/**
 * Webhook endpoints point at a receiver that answers 200 and subscribe to an event the
 * isolation test never causes: no delivery changes A's data in the background while a test
 * compares it before and after a call.
 */
let receiver: Promise<Receiver> | undefined;
const lastWebhookOf = new Map<string, string>();
paramFixtures['webhookId'] = async (world, owner) => {
  receiver ??= startReceiver();
  const created = await world.call<{ webhookId: string }>('POST', '/v1/webhooks', {
    key: owner.key,
    body: { url: `${(await receiver).url}/isolation`, eventTypes: ['claim.indemnified'] },
  });
  if (created.status !== 201) throw new Error(`webhook: ${created.status} ${created.text}`);
  lastWebhookOf.set(owner.key, created.body.webhookId);
  return created.body.webhookId;
};
/** A delivery (a test event, delivered) on the endpoint the webhookId fixture just made. */
paramFixtures['deliveryId'] = async (world, owner) => {
  const webhookId = lastWebhookOf.get(owner.key) ?? (await paramFixtures['webhookId']!(world, owner));
  const sent = await world.call<{ deliveryId: string }>('POST', `/v1/webhooks/${webhookId}/test`, { key: owner.key });
  if (sent.status !== 202) throw new Error(`test event: ${sent.status} ${sent.text}`);
  for (let tries = 0; tries < 100; tries += 1) {
    const delivery = await world.call<{ status: string }>('GET', `/v1/webhooks/${webhookId}/deliveries/${sent.body.deliveryId}`, { key: owner.key });
    if (delivery.status === 200 && delivery.body.status === 'succeeded') return sent.body.deliveryId;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`delivery ${sent.body.deliveryId} did not succeed`);
};

/** An overdue invoice of the owner (due ten days ago) on a buyer it holds a limit on. */
async function overdueInvoiceOf(world: World, owner: Owner): Promise<{ invoiceId: string; buyerId: string }> {
  invoices += 1;
  const buyerId = await paramFixtures['buyerId']!(world, owner);
  const due = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  const created = await world.call<{ invoiceId: string }>('POST', '/v1/invoices', {
    key: owner.key,
    body: { buyerId, number: `ISO-OVERDUE-${Date.now()}-${invoices}`, amount: 400_000, currency: 'EUR', issueDate: due, dueDate: due },
  });
  if (created.status !== 201) throw new Error(`overdue invoice: ${created.status} ${created.text}`);
  return { invoiceId: created.body.invoiceId, buyerId };
}
/** A claim of the owner: an overdue invoice, notified. */
paramFixtures['claimId'] = async (world, owner) => {
  const { invoiceId, buyerId } = await overdueInvoiceOf(world, owner);
  const notified = await world.call<{ claimId: string }>('POST', '/v1/overdue-notifications', { key: owner.key, body: { buyerId, invoiceIds: [invoiceId] } });
  if (notified.status !== 201) throw new Error(`claim: ${notified.status} ${notified.text}`);
  return notified.body.claimId;
};
/** A document kind of the claim checklist: not anyone's data. */
paramFixtures['kind'] = () => Promise.resolve('proof_of_delivery');

/** A valid body for each operation that takes one and is tenant- or owner-scoped. */
export const bodyFixtures: Record<string, (world: World) => Promise<unknown>> = {
  requestLimit: async (world) => ({ buyerId: await paramFixtures['buyerId']!(world, world.a), type: 'new', amount: 1_000_000 }),
  createInvoices: async (world) => ({
    buyerId: await paramFixtures['buyerId']!(world, world.a),
    number: `ISO-B-${Date.now()}`,
    amount: 100_000,
    currency: 'EUR',
    issueDate: '2026-11-01',
    dueDate: '2026-12-01',
  }),
  recordPayment: async () => ({ amount: 100, paidOn: '2026-11-20' }),
  coverCheck: async (world) => ({ buyerId: await paramFixtures['buyerId']!(world, world.a), amount: 100_000, paymentTermsDays: 30, commit: true }),
  // The caller's own overdue invoice (callers act for B): naming A's invoices is a 400 that
  // shows nothing of A's, checked in tests/e2e/claims.test.ts.
  notifyOverdue: async (world) => {
    const { invoiceId, buyerId } = await overdueInvoiceOf(world, world.b);
    return { buyerId, invoiceIds: [invoiceId] };
  },
  setClaimDocument: async () => ({ status: 'provided' }),
  // The caller's own overdue invoice, added to A's claim: the claim is not the caller's (404).
  addClaimInvoices: async (world) => {
    const { invoiceId } = await overdueInvoiceOf(world, world.b);
    return { invoiceIds: [invoiceId] };
  },
  // The caller's own unpaid invoice, five days more (within its maximum extension period):
  // naming A's invoice answers 404, as for the broker naming A.
  requestExtension: async (world) => {
    const { invoiceId } = await overdueInvoiceOf(world, world.b);
    return { invoiceId, newDueDate: new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10) };
  },
  // The world's policies began the day it was made (no inceptionDate): this month is theirs.
  declareTurnover: async () => ({ period: new Date().toISOString().slice(0, 7), country: 'FR', amount: 1_000_000 }),
  createWebhook: async () => ({ url: 'http://127.0.0.1:9/isolation', eventTypes: ['limit.decided'] }),
  updateWebhook: async () => ({ eventTypes: ['limit.decided', 'referral.created'] }),
  putDecisionMatrix: async () => ({
    rules: [{ grades: { min: 1, max: 10 }, whenPartlyCovered: 'cash_in_advance', whenNotCovered: 'decline' }],
  }),
};
