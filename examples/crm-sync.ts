/**
 * A CRM's integration with Bouclier in one file, on the typed client (clients/typescript):
 * the insurer onboards the seller; the seller registers a webhook endpoint, finds its buyer,
 * asks for a credit limit, checks an order's cover and reserves it, invoices the order, and
 * receives the signed `limit.decided` webhook, verified with the standardwebhooks package.
 *
 * Against the local runtime (`npm start` prints its URL and uses BOUCLIER_INSURER_KEY):
 *
 *   BOUCLIER_URL=http://127.0.0.1:3000 BOUCLIER_INSURER_KEY=<the key> npx tsx examples/crm-sync.ts
 *
 * The e2e suite runs it the same way (tests/e2e/crm-sync.test.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { Webhook } from 'standardwebhooks';
import { bouclierClient, type components } from '../clients/typescript/index.ts';

type LimitDecided = { type: string; timestamp: string; tenantId?: string; data: Record<string, unknown> };

export interface CrmSyncResult {
  readonly tenantId: string;
  readonly buyerId: string;
  readonly limit: components['schemas']['LimitDecision'];
  readonly coverCheck: components['schemas']['CoverCheckResult'];
  readonly invoice: components['schemas']['Invoice'];
  /** The limit.decided webhook as received, its signature verified. */
  readonly webhook: LimitDecided;
}

/** Where the CRM receives its webhooks: a server on this machine that verifies each signature. */
async function webhookReceiver() {
  const verified: LimitDecided[] = [];
  const waiting: (() => void)[] = [];
  let secret = '';
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      try {
        // Throws unless webhook-signature is the HMAC of webhook-id, webhook-timestamp and this body.
        verified.push(new Webhook(secret).verify(Buffer.concat(chunks).toString('utf8'), headers) as LimitDecided);
        response.writeHead(204).end();
        waiting.splice(0).forEach((wake) => wake());
      } catch {
        response.writeHead(401).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/bouclier`,
    useSecret: (value: string) => void (secret = value),
    async next(type: string, timeoutMs = 15_000): Promise<LimitDecided> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = verified.find((event) => event.type === type);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no verified ${type} webhook within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Fails with the problem+json the API answered. */
function ok<T>(answer: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (answer.data === undefined) throw new Error(`${what}: ${answer.response.status} ${JSON.stringify(answer.error)}`);
  return answer.data;
}

export async function crmSync(options: { baseUrl: string; insurerKey: string; log?: (line: string) => void }): Promise<CrmSyncResult> {
  const log = options.log ?? (() => undefined);
  const insurer = bouclierClient({ baseUrl: options.baseUrl, apiKey: options.insurerKey });
  const suffix = Date.now().toString(36).toUpperCase();

  // The insurer onboards the seller with its policy; the first API key is shown once.
  const tenant = ok(
    await insurer.POST('/v1/tenants', {
      body: {
        name: `Atelier Durand ${suffix}`,
        policy: {
          policyNumber: `POL-${suffix}`,
          currency: 'EUR',
          coverPercent: 90,
          maxLiability: 300_000_000,
          premiumRate: 0.0025,
          minimumPremium: 500_000,
          coveredCountries: ['FR', 'DE', 'IT'],
        },
      },
    }),
    'onboarding',
  );
  log(`tenant ${tenant.tenantId} onboarded`);
  // The insurer's register of buyers: the CRM finds its customer there by registration number.
  const registrationId = `RCS${suffix}`;
  ok(await insurer.POST('/v1/buyers', { body: { legalName: `Menuiserie Martin ${suffix}`, country: 'FR', registrationId, sector: 'C16', grade: 3 } }), 'registering the buyer');

  const crm = bouclierClient({ baseUrl: options.baseUrl, apiKey: tenant.apiKey.key });
  const receiver = await webhookReceiver();
  try {
    const endpoint = ok(await crm.POST('/v1/webhooks', { body: { url: receiver.url, eventTypes: ['limit.decided'], description: 'CRM' } }), 'registering the webhook');
    receiver.useSecret(endpoint.secret);

    const found = ok(await crm.GET('/v1/buyers', { params: { query: { country: 'FR', registrationId } } }), 'searching the buyer');
    const buyer = found.items[0];
    if (!buyer) throw new Error(`no buyer FR ${registrationId}`);
    log(`buyer ${buyer.buyerId} found: ${buyer.legalName}, grade ${buyer.grade}`);

    const limit = ok(await crm.POST('/v1/limit-requests', { body: { buyerId: buyer.buyerId, type: 'new', amount: 20_000_000 } }), 'requesting a limit');
    log(`limit ${limit.decision}: ${limit.amount} minor units`);

    const coverCheck = ok(
      await crm.POST('/v1/cover-checks', { body: { buyerId: buyer.buyerId, amount: 4_500_000, paymentTermsDays: 60, commit: true } }),
      'checking the order',
    );
    const orderId = coverCheck.orderId;
    if (!orderId) throw new Error('the cover check reserved no order');
    log(`order ${orderId}: ${coverCheck.coveredAmount} covered, ${coverCheck.recommendation}`);

    const today = new Date().toISOString().slice(0, 10);
    const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const declared = ok(
      await crm.POST('/v1/invoices', {
        body: { buyerId: buyer.buyerId, number: `F-${suffix}`, amount: 4_500_000, currency: 'EUR', issueDate: today, dueDate: due, orderId },
      }),
      'declaring the invoice',
    );
    const invoice = 'items' in declared ? declared.items[0]! : declared;
    log(`invoice ${invoice.invoiceId} declared, ${invoice.outstanding} outstanding`);

    const webhook = await receiver.next('limit.decided');
    log(`webhook ${webhook.type} verified for buyer ${String(webhook.data['buyerId'])}`);
    return { tenantId: tenant.tenantId, buyerId: buyer.buyerId, limit, coverCheck, invoice, webhook };
  } finally {
    await receiver.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const baseUrl = process.env['BOUCLIER_URL'];
  const insurerKey = process.env['BOUCLIER_INSURER_KEY'];
  if (!baseUrl || !insurerKey) {
    console.error('Set BOUCLIER_URL (printed by npm start) and BOUCLIER_INSURER_KEY.');
    process.exit(2);
  }
  await crmSync({ baseUrl, insurerKey, log: (line) => console.log(line) });
}
