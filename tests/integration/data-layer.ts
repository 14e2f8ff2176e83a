/**
 * The shared fixture of the integration tests: a fresh table from the real definition, the
 * environment the data layer reads, and the data modules imported after it is set (their
 * clients read it when created), with the few builders every file needs (a buyer, a tenant, a
 * limit) and consistent reads of what is stored.
 *
 *   const data = useDataLayer('claims-races');   // registers beforeAll / afterAll
 *   it('…', async () => { const buyer = await data.newBuyer({ grade: 3 }); … });
 */
import http from 'node:http';
import { GetCommand, QueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import type { Principal, TenantContext } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import type { Invoker } from '../../infra/local/lambda.ts';
import type { LocalQueues } from '../../infra/local/queues.ts';
import { dataLayerEnvironment } from '../support/dynamodb.ts';
import { samplePolicy } from '../support/http-client.ts';

type Key = { pk: string; sk: string };
type Item = Record<string, unknown>;
type Environment = Awaited<ReturnType<typeof dataLayerEnvironment>>;

async function modules() {
  return {
    access: await import('../../shared/access/index.ts'),
    apiKeys: await import('../../shared/data/api-keys.ts'),
    buyers: await import('../../shared/data/buyers.ts'),
    claims: await import('../../shared/data/claims.ts'),
    countryEvents: await import('../../shared/data/country-events.ts'),
    client: await import('../../shared/data/client.ts'),
    deliveries: await import('../../shared/data/deliveries.ts'),
    extensions: await import('../../shared/data/extensions.ts'),
    fx: await import('../../shared/data/fx.ts'),
    itemHelpers: await import('../../shared/data/items.ts'),
    envelope: await import('../../shared/events/envelope.ts'),
    limitRules: await import('../../shared/data/limit-rules.ts'),
    limits: await import('../../shared/data/limits.ts'),
    monitoring: await import('../../shared/data/monitoring.ts'),
    monitoringRules: await import('../../shared/data/monitoring-rules.ts'),
    orders: await import('../../shared/data/orders.ts'),
    portfolio: await import('../../shared/data/portfolio.ts'),
    premium: await import('../../shared/data/premium.ts'),
    sectorAlerts: await import('../../shared/data/sector-alerts.ts'),
    sectorAlertWork: await import('../../shared/data/sector-alert-work.ts'),
    tenancy: await import('../../shared/data/tenancy.ts'),
    webhooks: await import('../../shared/data/webhooks.ts'),
  };
}

export type DataLayer = Awaited<ReturnType<typeof open>>;

/** The insurer's principal the builders act as. */
export const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };

let serial = 0;
/** A number no other call in this process gave: registration ids, names, invoice numbers. */
export const unique = (prefix = 'N') => `${prefix}${Date.now().toString(36)}${(serial += 1)}`;

async function open(prefix: string, environment: Environment) {
  const loaded = await modules();
  const { table } = environment;

  /** One item, strongly consistent, typed as the caller reads it. */
  async function item<T = Item>(key: Key): Promise<T | undefined> {
    const { Item } = await table.documents.send(new GetCommand({ TableName: table.name, Key: key, ConsistentRead: true }));
    return Item as T | undefined;
  }

  /** The items of one partition whose sort key begins with `skPrefix`, strongly consistent. */
  async function items(pk: string, skPrefix = ''): Promise<Item[]> {
    const found: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await table.documents.send(
        new QueryCommand({
          TableName: table.name,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
          ExpressionAttributeValues: { ':pk': pk, ':sk': skPrefix },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      found.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return found;
  }

  /** The outbox's events of one type, optionally narrowed by their data. */
  async function outbox(type: string, data: (data: Record<string, unknown>) => boolean = () => true) {
    const events: { type: string; tenantId?: string; data: Record<string, unknown> }[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await table.documents.send(
        new ScanCommand({ TableName: table.name, FilterExpression: 'kind = :outbox', ExpressionAttributeValues: { ':outbox': 'outbox' }, ConsistentRead: true, ExclusiveStartKey: start }),
      );
      for (const stored of page.Items ?? []) {
        const event = stored['event'] as (typeof events)[number] | undefined;
        if (event?.type === type && data(event.data)) events.push(event);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return events;
  }

  /** A buyer of grade 2 in France unless told otherwise, with a registration id no other has. */
  function newBuyer(overrides: Partial<Parameters<typeof loaded.buyers.createBuyer>[0]> = {}, at = new Date()) {
    return loaded.buyers.createBuyer({ legalName: unique(`${prefix} buyer `), country: 'FR', registrationId: unique('R'), sector: 'C29', grade: 2, status: 'active', ...overrides }, at);
  }

  /** A tenant on the sample policy (overridden field by field), the insurer's context on it, and its policyholder. */
  async function newTenant(options: { name?: string; tier?: 'standard' | 'premium'; policy?: Record<string, unknown> } = {}, at = new Date()): Promise<{ tenantId: string; context: TenantContext; policyholder: Principal }> {
    const tenant = await loaded.tenancy.createTenant(
      insurer,
      { name: options.name ?? unique(`${prefix} holder `), tier: options.tier ?? 'standard', policy: PolicyInput.parse(samplePolicy(options.policy ?? {})) },
      at,
    );
    return {
      tenantId: tenant.tenantId,
      context: loaded.access.TenantContext.forInsurer(insurer, tenant.tenantId),
      // The policyholder calling with the key the tenant was created with.
      policyholder: { role: 'policyholder', keyId: tenant.apiKey.keyId, tenantId: tenant.tenantId, tier: options.tier ?? 'standard' },
    };
  }

  /** A limit of `amount` granted at once to the tenant on the buyer (the amount must be one it grants). */
  async function grantLimit(context: TenantContext, buyerId: string, amount: number, at = new Date()) {
    const granted = await loaded.limits.requestLimit(context, { buyerId, type: 'new', amount }, at);
    if (granted.body.decision !== 'approved' || granted.body.amount !== amount) throw new Error(`the limit of ${amount} was not granted at once: ${JSON.stringify(granted.body)}`);
    return granted.body;
  }

  /** The buyer recorded insolvent since `insolventOn` (YYYY-MM-DD), as a judgment would leave it, without the monitoring fan-out. */
  async function makeInsolvent(buyerId: string, insolventOn: string) {
    const { buyerKeys } = await import('../../shared/data/keys.ts');
    await table.documents.send(
      new UpdateCommand({
        TableName: table.name,
        Key: buyerKeys.buyer(buyerId),
        UpdateExpression: 'SET #status = :insolvent, insolventOn = :on',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':insolvent': 'insolvent', ':on': insolventOn },
      }),
    );
  }

  return { ...loaded, environment, table, item, items, outbox, newBuyer, newTenant, grantLimit, makeInsolvent };
}

export interface Wiring {
  /** The local queues without their consumers (the test plays the worker), and a webhook receiver. */
  queues: LocalQueues;
  receiverUrl: string;
  /** How many requests the receiver has answered. */
  received: () => number;
  /** The bodies a queue holds, parsed, taken off it as a consumer would (the next call sees only new sends). */
  take: <T = Record<string, unknown>>(queue: string) => T[];
}

/**
 * Opens the data layer on a fresh table before the file's tests and drops it after. The object
 * returned is filled in `beforeAll`: read its members inside tests and hooks, not at import.
 * With `queues`, the local queues run without consumers and a receiver of webhooks listens on
 * 127.0.0.1, both set up before the modules are imported (the SQS client reads its endpoint then).
 */
export function useDataLayer(prefix: string): DataLayer;
export function useDataLayer(prefix: string, options: { queues: true }): DataLayer & Wiring;
export function useDataLayer(prefix: string, options: { queues?: boolean } = {}): DataLayer & Partial<Wiring> {
  const layer = {} as DataLayer & Partial<Wiring>;
  const stops: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    const environment = await dataLayerEnvironment(prefix);
    stops.push(() => environment.stop());
    if (options.queues) {
      const wiring = await queuesAndReceiver();
      stops.unshift(wiring.stop);
      Object.assign(layer, wiring);
    }
    Object.assign(layer, await open(prefix, environment));
  });
  afterAll(async () => {
    for (const stop of stops) await stop();
  });
  return layer;
}

async function queuesAndReceiver(): Promise<Wiring & { stop: () => Promise<void> }> {
  const { LocalQueues } = await import('../../infra/local/queues.ts');
  const { topology } = await import('../../shared/topology/index.ts');
  const idle: Invoker = { invoke: <R,>() => new Promise<R>(() => undefined) };
  const specs = topology.queues.map((spec) => ({ ...spec, consumer: undefined }));
  const queues = new LocalQueues({ topology: { ...topology, queues: specs }, invoker: idle, clock: () => Date.now() });
  const endpoint = await queues.listen();
  Object.assign(process.env, { AWS_ENDPOINT_URL_SQS: endpoint, BOUCLIER_LOCAL: 'true', ...queues.environment() });
  let received = 0;
  const receiver = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received += 1;
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  return {
    queues,
    receiverUrl: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks`,
    received: () => received,
    take: <T,>(queue: string) => {
      // The local queue's own list: emptying it is what a consumer's delete does.
      const held = queues.messages(queue) as unknown as { body: string }[];
      return held.splice(0, held.length).map((message) => JSON.parse(message.body) as T);
    },
    stop: async () => {
      await queues.stop();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    },
  };
}
