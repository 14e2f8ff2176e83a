/**
 * Monitoring under races: two risk events on one buyer at once are both recorded, one after
 * the other (the buyer's grade is the last one's, each event's `from` the grade before it); a
 * regrade applied twice at once cuts each limit once; a risk event that crashes halfway
 * changes nothing, and its retry records it once.
 */
import { GetCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as BuyersModule from '../../shared/data/buyers.ts';
import type * as LimitsModule from '../../shared/data/limits.ts';
import type * as MonitoringModule from '../../shared/data/monitoring.ts';
import type * as TenancyModule from '../../shared/data/tenancy.ts';
import type * as AuthModule from '../../shared/access/index.ts';
import type * as ClientModule from '../../shared/data/client.ts';
import type { Principal } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { buyerKeys } from '../../shared/data/keys.ts';
import { dataLayerEnvironment } from '../support/dynamodb.ts';
import { samplePolicy } from '../support/http-client.ts';
import { Crash, barrier, crashOn } from './crash.ts';

let environment: Awaited<ReturnType<typeof dataLayerEnvironment>>;
let buyers: typeof BuyersModule;
let limits: typeof LimitsModule;
let monitoring: typeof MonitoringModule;
let tenancy: typeof TenancyModule;
let auth: typeof AuthModule;
let client: typeof ClientModule;
const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
const now = new Date('2026-11-26T10:00:00Z');
let registrations = 0;

beforeAll(async () => {
  environment = await dataLayerEnvironment('monitoring-races');
  buyers = await import('../../shared/data/buyers.ts');
  limits = await import('../../shared/data/limits.ts');
  monitoring = await import('../../shared/data/monitoring.ts');
  tenancy = await import('../../shared/data/tenancy.ts');
  auth = await import('../../shared/access/index.ts');
  client = await import('../../shared/data/client.ts');
});
afterAll(async () => {
  await environment.stop();
});

async function newBuyer(grade: number) {
  registrations += 1;
  return buyers.createBuyer({ legalName: `Watched ${registrations}`, country: 'DE', registrationId: `W${Date.now()}${registrations}`, sector: 'H49', grade, status: 'active' }, now);
}

async function tenantWithLimit(buyerId: string, amount: number) {
  registrations += 1;
  const tenant = await tenancy.createTenant(insurer, { name: `Holder ${registrations}`, tier: 'standard', policy: PolicyInput.parse(samplePolicy()) }, now);
  const context = auth.TenantContext.forInsurer(insurer, tenant.tenantId);
  await limits.requestLimit(context, { buyerId, type: 'new', amount }, now);
  return context;
}

async function stored(buyerId: string) {
  const { Item } = await environment.table.documents.send(new GetCommand({ TableName: environment.table.name, Key: buyerKeys.buyer(buyerId), ConsistentRead: true }));
  const { Items } = await environment.table.documents.send(
    new QueryCommand({
      TableName: environment.table.name,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
      ExpressionAttributeValues: { ':pk': buyerKeys.buyer(buyerId).pk, ':sk': 'RISKEVENT#' },
      ConsistentRead: true,
    }),
  );
  return { buyer: Item!, events: (Items ?? []) as { riskEventId: string; from: { grade: number }; to: { grade: number }; recordedAt: string }[] };
}

async function outbox(type: string, buyerId: string) {
  const { Items } = await environment.table.documents.send(new ScanCommand({ TableName: environment.table.name, FilterExpression: 'kind = :outbox', ExpressionAttributeValues: { ':outbox': 'outbox' }, ConsistentRead: true }));
  return (Items ?? []).flatMap((item) => {
    const event = item['event'] as { type: string; tenantId: string; data: Record<string, unknown> } | undefined;
    return event?.type === type && event.data['buyerId'] === buyerId ? [event] : [];
  });
}

describe('monitoring under races', () => {
  it('two risk events on one buyer at once: both recorded in turn, the grade the last one’s', async () => {
    const buyer = await newBuyer(3);
    const together = barrier(client.dynamodb, 'TransactWrite', 2);
    const recorded = await Promise.all([
      monitoring.recordRiskEvents({ buyerId: buyer.buyerId, type: 'rating_change', occurredOn: '2026-11-25', newGrade: 6 }, now),
      monitoring.recordRiskEvents({ buyerId: buyer.buyerId, type: 'rating_change', occurredOn: '2026-11-25', newGrade: 8 }, now),
    ]).finally(() => together.remove());
    const { buyer: after, events } = await stored(buyer.buyerId);
    expect(events).toHaveLength(2);
    expect(events.map((event) => event.riskEventId).sort()).toEqual(recorded.map(([event]) => event!.riskEventId).sort());
    // One of them saw the other's grade: the history is a chain from 3 to the buyer's grade now.
    const first = events.find((event) => event.from.grade === 3)!;
    const second = events.find((event) => event !== first)!;
    expect(second.from.grade).toBe(first.to.grade);
    expect(after['grade']).toBe(second.to.grade);
    // `previousGrade` is the grade before the last worsening: 3 → 6 → 8 keeps 6, 3 → 8 → 6 keeps 3.
    const lastWorsening = second.to.grade > second.from.grade ? second : first;
    expect(after['previousGrade']).toBe(lastWorsening.from.grade);
    expect((await outbox('buyer.regraded', buyer.buyerId)).map((event) => event.data['riskEventId']).sort()).toEqual(events.map((event) => event.riskEventId).sort());
  });

  it('a downgrade applied twice at once (an event delivered twice) cuts each limit once', async () => {
    const buyer = await newBuyer(3);
    const holders = [await tenantWithLimit(buyer.buyerId, 2_000_000), await tenantWithLimit(buyer.buyerId, 4_000_000)];
    const [recorded] = await monitoring.recordRiskEvents({ buyerId: buyer.buyerId, type: 'rating_change', occurredOn: '2026-11-26', newGrade: 8 }, now);
    const data = {
      riskEventId: recorded!.riskEventId,
      buyerId: buyer.buyerId,
      type: 'rating_change' as const,
      occurredOn: '2026-11-26',
      urgent: false,
      newGrade: 8,
      from: recorded!.from,
      to: recorded!.to,
      reasons: recorded!.reasons,
      sector: 'H49',
      country: 'DE',
    };
    const applied = await Promise.all([monitoring.applyRegrade(data, now), monitoring.applyRegrade(data, now), monitoring.applyRegrade(data, now)]);
    expect(applied.reduce((sum, result) => sum + result.limitsChanged, 0)).toBe(holders.length);
    expect(applied.reduce((sum, result) => sum + result.noticesSent, 0)).toBe(holders.length);
    expect(await outbox('limit.downgraded', buyer.buyerId)).toHaveLength(holders.length);
    for (const context of holders) {
      const limit = await limits.getLimit(context, buyer.buyerId, now);
      expect(limit.history.filter((entry) => entry.source === 'monitoring')).toHaveLength(1);
    }
  });

  it('a risk event that crashes halfway changes nothing; the retry records it once', async () => {
    const buyer = await newBuyer(4);
    const before = await stored(buyer.buyerId);
    const crash = crashOn(client.dynamodb, 'TransactWrite', { when: 'before' });
    try {
      await expect(monitoring.recordRiskEvents({ buyerId: buyer.buyerId, type: 'rating_change', occurredOn: '2026-11-25', newGrade: 9 }, now)).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(await stored(buyer.buyerId)).toEqual(before);
    await monitoring.recordRiskEvents({ buyerId: buyer.buyerId, type: 'rating_change', occurredOn: '2026-11-25', newGrade: 9 }, now);
    const after = await stored(buyer.buyerId);
    expect(after.events).toHaveLength(1);
    expect(after.buyer).toMatchObject({ grade: 9, previousGrade: 4 });
    expect(await outbox('buyer.regraded', buyer.buyerId)).toHaveLength(1);
  });
});
