/**
 * The example integration (examples/crm-sync.ts) on the typed client, run as a user would
 * against the local runtime: every step answers what the contract says, and the webhook it
 * receives verifies with the standardwebhooks package.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { crmSync } from '../../examples/crm-sync.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.runtime.stop();
});

it('onboards, finds the buyer, gets a limit, reserves an order, invoices it and receives the signed webhook', async () => {
  const lines: string[] = [];
  const result = await crmSync({ baseUrl: world.runtime.url, insurerKey: world.insurerKey, log: (line) => lines.push(line) });
  expect(result.limit).toMatchObject({ buyerId: result.buyerId, decision: 'approved', amount: 20_000_000 });
  expect(result.coverCheck).toMatchObject({ buyerId: result.buyerId, covered: true, coveredAmount: 4_500_000 });
  expect(result.coverCheck.orderId).toMatch(/^ord_/);
  expect(result.invoice).toMatchObject({ buyerId: result.buyerId, orderId: result.coverCheck.orderId, outstanding: 4_500_000, status: 'open' });
  expect(result.webhook).toMatchObject({ type: 'limit.decided', tenantId: result.tenantId, data: expect.objectContaining({ buyerId: result.buyerId, decision: 'approved' }) });
  expect(lines).toHaveLength(6);
});
