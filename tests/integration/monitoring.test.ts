/**
 * The monitoring fan-out on DynamoDB Local: a regrade or a sector alert applied twice (a
 * replayed event, a crash halfway and a retry) cuts each limit once and tells each tenant
 * once; a reduction notified ahead takes effect on its day, releasing the capacity once.
 */
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as BuyersModule from '../../shared/data/buyers.ts';
import type * as LimitsModule from '../../shared/data/limits.ts';
import type * as MonitoringModule from '../../shared/data/monitoring.ts';
import type * as SectorAlertsModule from '../../shared/data/sector-alerts.ts';
import type * as TenancyModule from '../../shared/data/tenancy.ts';
import type * as AuthModule from '../../shared/access/index.ts';
import type { Principal } from '../../shared/access/index.ts';
import { PolicyInput } from '../../shared/contract/tenancy.ts';
import { dataLayerEnvironment } from '../support/dynamodb.ts';
import { samplePolicy } from '../support/http-client.ts';
import { limitKeys } from '../../shared/data/keys.ts';

let environment: Awaited<ReturnType<typeof dataLayerEnvironment>>;
let buyers: typeof BuyersModule;
let limits: typeof LimitsModule;
let monitoring: typeof MonitoringModule;
let alerts: typeof SectorAlertsModule;
let tenancy: typeof TenancyModule;
let auth: typeof AuthModule;
const insurer: Principal = { role: 'insurer', keyId: 'key_insurer' };
const now = new Date('2026-11-26T10:00:00Z');

beforeAll(async () => {
  environment = await dataLayerEnvironment('monitoring');
  buyers = await import('../../shared/data/buyers.ts');
  limits = await import('../../shared/data/limits.ts');
  monitoring = await import('../../shared/data/monitoring.ts');
  alerts = await import('../../shared/data/sector-alerts.ts');
  tenancy = await import('../../shared/data/tenancy.ts');
  auth = await import('../../shared/access/index.ts');
});
afterAll(async () => {
  await environment.stop();
});

let registrations = 0;
async function tenantWithLimit(buyerId: string, amount: number) {
  const tenant = await tenancy.createTenant(insurer, { name: `Holder ${registrations++}`, tier: 'standard', policy: PolicyInput.parse(samplePolicy()) }, now);
  const context = auth.TenantContext.forInsurer(insurer, tenant.tenantId);
  const granted = await limits.requestLimit(context, { buyerId, type: 'new', amount }, now);
  expect(['approved', 'conditional']).toContain(granted.body.decision);
  return context;
}
async function newBuyer(sector: string, country: string, grade: number) {
  registrations += 1;
  return buyers.createBuyer({ legalName: `Monitored ${registrations}`, country, registrationId: `M${Date.now()}${registrations}`, sector, grade, status: 'active' }, now);
}
async function outbox(type: string): Promise<{ tenantId: string; data: Record<string, unknown> }[]> {
  const items: { tenantId: string; data: Record<string, unknown> }[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await environment.table.documents.send(new ScanCommand({ TableName: environment.table.name, ...(start ? { ExclusiveStartKey: start } : {}) }));
    for (const item of page.Items ?? []) {
      const event = item['event'] as { type: string; tenantId: string; data: Record<string, unknown> } | undefined;
      if (item['kind'] === 'outbox' && event?.type === type) items.push(event);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
const capacityOf = async (buyerId: string) =>
  Number((await environment.table.documents.send(new GetCommand({ TableName: environment.table.name, Key: limitKeys.capacity(buyerId), ConsistentRead: true }))).Item?.['reservedEur']);

describe('monitoring fan-out, replayed', () => {
  it('a regrade applied twice cuts each limit once and tells each tenant once; the cut takes effect on its day', async () => {
    const buyer = await newBuyer('H52', 'DE', 3);
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
      sector: 'H52',
      country: 'DE',
    };
    expect(await monitoring.applyRegrade(data, now)).toEqual({ limitsChanged: 2, noticesSent: 2 });
    expect(await monitoring.applyRegrade(data, now)).toEqual({ limitsChanged: 0, noticesSent: 0 });
    const downgraded = (await outbox('limit.downgraded')).filter((event) => event.data['buyerId'] === buyer.buyerId);
    expect(downgraded).toHaveLength(2);
    expect((await outbox('buyer.grade_changed')).filter((event) => event.data['buyerId'] === buyer.buyerId)).toHaveLength(2);
    const first = await limits.getLimit(holders[0]!, buyer.buyerId, now);
    expect(first).toMatchObject({ amount: 2_000_000, pendingReduction: { amount: 1_000_000, effectiveOn: '2026-12-26' } });

    // The capacity stays reserved until the cut applies; then it is released once.
    expect(await capacityOf(buyer.buyerId)).toBe(6_000_000);
    expect(await monitoring.applyDueReductions('2026-12-25', new Date('2026-12-25T02:00:00Z'))).toBe(0);
    expect(await monitoring.applyDueReductions('2026-12-26', new Date('2026-12-26T02:00:00Z'))).toBe(2);
    expect(await monitoring.applyDueReductions('2026-12-27', new Date('2026-12-27T02:00:00Z'))).toBe(0);
    expect(await capacityOf(buyer.buyerId)).toBe(3_000_000);
    const after = await limits.getLimit(holders[1]!, buyer.buyerId, new Date('2026-12-27T00:00:00Z'));
    expect(after.amount).toBe(2_000_000);
    expect(after.pendingReduction).toBeUndefined();
    expect(after.history.map((entry) => entry.source).slice(-2)).toEqual(['monitoring', 'monitoring']);
  });

  it('a sector alert applied twice (a retry after a crash) cuts only targeted limits, once, and tells each exposed tenant once', async () => {
    const [sector, country] = ['F43', 'DE'];
    const targeted = await newBuyer(sector, country, 7);
    const spared = await newBuyer(sector, country, 2);
    const a = await tenantWithLimit(targeted.buyerId, 1_000_000);
    const b = await tenantWithLimit(spared.buyerId, 1_000_000);
    const alert = await alerts.raiseSectorAlert(insurer, { sector, country }, now);
    expect(alert.minGrade).toBe(6);
    expect(await alerts.applySectorAlert(alert.alertId, now)).toEqual({ limitsChanged: 1, tenantsNotified: 2 });
    expect(await alerts.applySectorAlert(alert.alertId, now)).toEqual({ limitsChanged: 0, tenantsNotified: 0 });
    expect((await limits.getLimit(a, targeted.buyerId, now)).pendingReduction).toEqual({ amount: 600_000, effectiveOn: '2026-12-26' });
    expect((await limits.getLimit(b, spared.buyerId, now)).pendingReduction).toBeUndefined();
    const notices = (await outbox('sector.alert_raised')).filter((event) => event.data['alertId'] === alert.alertId);
    expect(notices.map((event) => event.tenantId).sort()).toEqual([a.tenantId, b.tenantId].sort());
    expect(notices.find((event) => event.tenantId === b.tenantId)?.data['limits']).toEqual([]);
    expect((await alerts.getSectorAlert(alert.alertId)).applied).toMatchObject({ limitsChanged: 1, tenantsNotified: 2 });
    // One open alert per pair: a second is refused, the detector finds it open.
    await expect(alerts.raiseSectorAlert(insurer, { sector, country }, now)).rejects.toMatchObject({ status: 409 });
  });
});
