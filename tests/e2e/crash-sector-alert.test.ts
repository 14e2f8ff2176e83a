/**
 * A sector alert's fan-out killed in the middle: 400 targeted limits of 20 tenants, the alert
 * opened, the runtime killed with SIGKILL once the workers have done some of its work items and
 * not all, restarted on the same data folder. Once the queue gives the interrupted items again
 * (their visibility timeout, on the test clock, moved as often as needed), the alert completes:
 * every targeted limit cut exactly once, each tenant told exactly once, `sector.alert_applied`
 * written once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { client, samplePolicy } from '../support/http-client.ts';
import { startRuntimeProcess, type RuntimeProcess } from '../support/runtime-process.ts';
import { pool } from '../support/pool.ts';
import { BUYERS_PER_ITEM } from '../../shared/data/sector-alert-work.ts';
import { storedEvents, type StoredEvent } from '../support/stored-events.ts';

const INSURER_KEY = 'bk_test_ins_crash-sector-alert-insurer-key-long-enough';
const [SECTOR, COUNTRY] = ['C28', 'FR'];
const TENANTS = 20;
const BUYERS = 400;
/** Tenant t holds the buyers b ≡ t (mod TENANTS): 20 limits each, one holder per buyer. */
const LIMITS = BUYERS;
/** The work queue's visibility timeout (6 × the worker's 120 s), and a minute more. */
const REDELIVERY_SECONDS = 6 * 120 + 60;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

interface Progress {
  phase: 'cutting' | 'notifying' | 'done';
  cutItems: number;
  cutDone: number;
  notifyItems: number;
  notifyDone: number;
}
interface Alert {
  alertId: string;
  applied?: { limitsChanged: number; tenantsNotified: number };
  progress?: Progress;
}

/** The outbox events of the alert, read from the table: limit cuts, notices and the completion. */
async function eventsOf(dynamoDbPort: number, alertId: string): Promise<StoredEvent[]> {
  return (await storedEvents(dynamoDbPort)).filter((event) => event.data['cause'] === alertId || event.data['alertId'] === alertId);
}

describe('a sector alert’s fan-out killed with kill -9', () => {
  it('completes after the restart: every targeted limit cut once, each tenant told once, the completion written once', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-crash-alert-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    let runtime: RuntimeProcess = await startRuntimeProcess({ dataDir, env: { BOUCLIER_SEED: 'none', BOUCLIER_INSURER_KEY: INSURER_KEY } });
    cleanups.push(() => runtime.stop('SIGKILL', 'group'));
    let call = client(runtime.url);

    const tenants: { tenantId: string; key: string }[] = [];
    await pool(Array.from({ length: TENANTS }, (_, t) => t), 4, async (t) => {
      const created = await call<{ tenantId: string; apiKey: { key: string } }>('POST', '/v1/tenants', {
        key: INSURER_KEY,
        body: { name: `Alert Crash ${t} SAS`, tier: 'premium', policy: samplePolicy() },
      });
      expect(created.status, created.text).toBe(201);
      tenants[t] = { tenantId: created.body.tenantId, key: created.body.apiKey.key };
    });
    const buyers: string[] = [];
    await pool(Array.from({ length: BUYERS }, (_, b) => b), 8, async (b) => {
      const buyer = await call<{ buyerId: string }>('POST', '/v1/buyers', {
        key: INSURER_KEY,
        body: { legalName: `Alert Crash Buyer ${b}`, country: COUNTRY, registrationId: `ACRASH${b}`, sector: SECTOR, grade: 6 },
      });
      expect(buyer.status, buyer.text).toBe(201);
      buyers[b] = buyer.body.buyerId;
    });
    await pool(Array.from({ length: BUYERS }, (_, b) => b), 8, async (b) => {
      const holder = tenants[b % TENANTS]!;
      const decided = await call<{ decision: string }>('POST', '/v1/limit-requests', { key: holder.key, body: { buyerId: buyers[b], type: 'new', amount: 1_000_000 } });
      expect(decided.status, decided.text).toBe(201);
      expect(decided.body.decision).toBe('approved');
    });

    const opened = await call<Alert>('POST', '/v1/sector-alerts', { key: INSURER_KEY, body: { sector: SECTOR, country: COUNTRY, reason: 'crash test' } });
    expect(opened.status, opened.text).toBe(201);
    const alertId = opened.body.alertId;
    // Killed once some cut items are done and not all: in the middle of the fan-out.
    let seen: Progress | undefined;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
      const alert = await call<Alert>('GET', `/v1/sector-alerts/${alertId}`, { key: INSURER_KEY });
      seen = alert.body.progress;
      if (seen && seen.cutDone >= 1) break;
    }
    await runtime.killNode();
    expect(seen, 'the fan-out was planned').toBeDefined();
    expect(seen!.phase, 'the kill came before the cuts were all done').toBe('cutting');
    expect(seen!.cutItems).toBe(Math.ceil(BUYERS / BUYERS_PER_ITEM));
    expect(seen!.cutDone).toBeLessThan(seen!.cutItems);
    expect(await runtime.ended(20_000), 'node and DynamoDB Local are gone').toBe(true);

    runtime = await runtime.restart();
    cleanups.push(() => runtime.stop('SIGKILL', 'group'));
    call = client(runtime.url);
    // The items a worker held when it died come back after their visibility timeout; so does an
    // item that failed after the restart (a loaded machine times calls out): at least once, as SQS.
    const phase = async () => (await call<Alert>('GET', `/v1/sector-alerts/${alertId}`, { key: INSURER_KEY })).body.progress?.phase;
    for (let round = 0; round < 4 && (await phase()) !== 'done'; round += 1) {
      const moved = await call('POST', '/v1/ops/clock', { key: INSURER_KEY, body: { advanceSeconds: REDELIVERY_SECONDS } });
      expect(moved.status, moved.text).toBe(200);
      for (const deadline = Date.now() + 40_000; Date.now() < deadline && (await phase()) !== 'done'; ) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await phase()).toBe('done');

    const alert = (await call<Alert>('GET', `/v1/sector-alerts/${alertId}`, { key: INSURER_KEY })).body;
    expect(alert.applied).toMatchObject({ limitsChanged: LIMITS, tenantsNotified: TENANTS });
    expect(alert.progress).toMatchObject({ cutItems: Math.ceil(BUYERS / BUYERS_PER_ITEM), cutDone: Math.ceil(BUYERS / BUYERS_PER_ITEM), notifyItems: 1, notifyDone: 1 });

    const events = await eventsOf(runtime.dynamoDbPort, alertId);
    const cuts = events.filter((event) => event.type === 'limit.downgraded');
    // Every targeted limit cut exactly once, to 80 % (grade 6), each by its holder.
    expect(cuts).toHaveLength(LIMITS);
    expect(new Set(cuts.map((event) => `${event.tenantId}/${String(event.data['buyerId'])}`)).size).toBe(LIMITS);
    for (const [b, buyerId] of buyers.entries()) {
      const holder = tenants[b % TENANTS]!;
      const limit = await call<{ amount: number; pendingReduction?: { amount: number } }>('GET', `/v1/limits/${buyerId}`, { key: holder.key });
      expect(limit.status, buyerId).toBe(200);
      expect(limit.body.pendingReduction?.amount, buyerId).toBe(800_000);
    }
    // Each tenant told exactly once, listing its 20 limits; the completion written once.
    const notices = events.filter((event) => event.type === 'sector.alert_raised');
    expect(notices.map((event) => event.tenantId).sort()).toEqual(tenants.map((t) => t.tenantId).sort());
    for (const notice of notices) expect((notice.data['limits'] as unknown[]).length).toBe(LIMITS / TENANTS);
    expect(events.filter((event) => event.type === 'sector.alert_applied').map((event) => event.data['limitsChanged'])).toEqual([LIMITS]);
  }, 420_000);
});
