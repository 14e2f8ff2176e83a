/**
 * No lost events: 1,000 state changes (limit decisions of two tenants) are written while the
 * outbox relay is stopped and restarted at random points. Every event reaches its tenant's
 * endpoint at least once, and no endpoint receives another tenant's event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/dynamodb.ts';
import { startWorld, type World } from '../support/world.ts';
import { startReceiver, type Receiver } from '../support/webhook-receiver.ts';

const CHANGES = 1_000;
const RESTARTS = 6;

let world: World;
let receiver: Receiver;
beforeAll(async () => {
  world = await startWorld();
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await world?.runtime.stop();
});

async function inBatches<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

describe('no lost events', () => {
  it(`${CHANGES} state changes with the relay restarted ${RESTARTS} times: each event delivered at least once, to its own tenant only`, async () => {
    const endpoints = new Map<string, string>();
    for (const party of [world.a, world.b]) {
      const created = await world.call<{ webhookId: string }>('POST', '/v1/webhooks', {
        key: party.key,
        body: { url: `${receiver.url}/${party.tenantId}`, eventTypes: ['limit.decided', 'referral.created'] },
      });
      expect(created.status, created.text).toBe(201);
      endpoints.set(party.tenantId, created.body.webhookId);
    }
    const buyerIds: string[] = [];
    await inBatches(
      Array.from({ length: CHANGES / 2 }, (_, index) => index),
      8,
      async (index) => {
        const buyer = await world.call<{ buyerId: string }>('POST', '/v1/buyers', {
          key: world.insurerKey,
          body: { legalName: `Lost Events ${index}`, country: 'DE', registrationId: `LOST${index}`, sector: 'C25', grade: 2 },
        });
        expect(buyer.status, buyer.text).toBe(201);
        buyerIds.push(buyer.body.buyerId);
      },
    );

    // The relay goes down and up at random points while the changes are written.
    const relay = world.runtime.consumers[0]!;
    let writing = true;
    let restarts = 0;
    const chaos = (async () => {
      while (writing || restarts < RESTARTS) {
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 250));
        await relay.stop();
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
        await relay.start();
        restarts += 1;
      }
    })();
    const changes = buyerIds.flatMap((buyerId) => [world.a, world.b].map((party) => ({ buyerId, party })));
    await inBatches(changes, 8, async ({ buyerId, party }) => {
      // A tenant's usage plan allows 25 requests a second: back off as a client would.
      let decided = await world.call('POST', '/v1/limit-requests', { key: party.key, body: { buyerId, type: 'new', amount: 1_000_000 } });
      while (decided.status === 429) {
        await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 300));
        decided = await world.call('POST', '/v1/limit-requests', { key: party.key, body: { buyerId, type: 'new', amount: 1_000_000 } });
      }
      expect([201, 202], decided.text).toContain(decided.status);
    });
    writing = false;
    await chaos;
    expect(restarts).toBeGreaterThanOrEqual(RESTARTS);

    // Every outbox event of the two tenants, read from the table.
    const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: world.runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }));
    const expected = new Map<string, string>();
    let start: Record<string, unknown> | undefined;
    do {
      const page = await documents.send(
        new ScanCommand({ TableName: world.runtime.tableName, FilterExpression: 'kind = :outbox', ExpressionAttributeValues: { ':outbox': 'outbox' }, ...(start ? { ExclusiveStartKey: start } : {}) }),
      );
      for (const item of page.Items ?? []) {
        const event = item['event'] as { id: string; type: string; tenantId: string | null };
        if (['limit.decided', 'referral.created'].includes(event.type) && event.tenantId && endpoints.has(event.tenantId)) expected.set(event.id, event.tenantId);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    documents.destroy();
    expect(expected.size).toBe(CHANGES);

    const seen = (id: string) => receiver.received.some((request) => request.headers['webhook-id'] === id);
    await expect.poll(() => [...expected.keys()].filter((id) => !seen(id)).length, { timeout: 60_000, interval: 250 }).toBe(0);
    for (const request of receiver.received) {
      const tenantId = expected.get(request.headers['webhook-id'] ?? '');
      if (!tenantId) continue;
      expect(request.path, 'delivered to its own tenant').toBe(`/${tenantId}`);
      expect(request.body.tenantId).toBe(tenantId);
    }
  });
});
