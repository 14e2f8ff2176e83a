/**
 * A sector alert's work items on DynamoDB Local, the test playing the workers: items run side by
 * side and each delivered twice (SQS is at least once) still count once; a plan run again sends
 * the same items; the last notify item records `applied` and writes `sector.alert_applied` once;
 * an alert closed halfway still completes, without cutting more; notices planned by a worker that
 * stopped before sending them are sent by its redelivered item, and only then; the worker logs
 * and counts an item that fails.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSRecord } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sectorAlertKeys } from '../../shared/data/sector-alert-keys.ts';
import { BUYERS_PER_ITEM, TENANTS_PER_ITEM, type WorkItem } from '../../shared/data/sector-alert-work.ts';
import { logger, metrics } from '../../shared/powertools/index.ts';
import { lambdaContext } from '../support/api-events.ts';
import { insurer, useDataLayer } from './data-layer.ts';

const now = new Date('2026-11-26T10:00:00Z');
const data = useDataLayer('sector-work', { queues: true });

/** `holders` tenants holding a limit on each of `buyers` buyers of the pair, grade 7. */
async function exposedPair(sector: string, country: string, buyers: number, holders: number) {
  const tenants = await Promise.all(Array.from({ length: holders }, async () => (await data.newTenant({}, now)).context));
  const ids: string[] = [];
  for (let b = 0; b < buyers; b += 1) {
    const buyer = await data.newBuyer({ sector, country, grade: 7 }, now);
    ids.push(buyer.buyerId);
    for (const tenant of tenants) {
      const granted = await data.limits.requestLimit(tenant, { buyerId: buyer.buyerId, type: 'new', amount: 1_000_000 }, now);
      expect(['approved', 'conditional']).toContain(granted.body.decision);
    }
  }
  return { tenants, buyerIds: ids };
}

const take = () => data.take<WorkItem>('sector-alert-work');
afterEach(() => {
  vi.restoreAllMocks();
});

const eventsOf = async (type: string, alertId: string) => (await data.outbox(type)).filter((event) => event.data['alertId'] === alertId || event.data['cause'] === alertId);

describe('sector alert work items', () => {
  it('run side by side and each delivered twice, count once: every limit cut once, each tenant told once, the completion once', async () => {
    const { tenants } = await exposedPair('C23', 'DE', 25, 3);
    const alert = await data.sectorAlerts.raiseSectorAlert(insurer, { sector: 'C23', country: 'DE' }, now);
    const CUT = Math.ceil(25 / BUYERS_PER_ITEM);

    expect(await data.sectorAlertWork.planSectorAlert(alert.alertId, now)).toEqual({ workItems: CUT });
    const cuts = take();
    expect(cuts.map((item) => [item.phase, item.chunk])).toEqual(Array.from({ length: CUT }, (_, chunk) => ['cut', chunk]));
    // A coordinator run again (a retried invocation) sends the same items, plans nothing new.
    expect(await data.sectorAlertWork.planSectorAlert(alert.alertId, now)).toEqual({ workItems: CUT });
    expect(take()).toEqual(cuts);
    expect((await data.sectorAlerts.getSectorAlert(alert.alertId)).progress).toMatchObject({ phase: 'cutting', cutItems: CUT, cutDone: 0 });

    // Every cut item twice, all at once.
    const done = await Promise.all([...cuts, ...cuts].map((item) => data.sectorAlertWork.runSectorAlertWork(item, now)));
    expect(done.reduce((sum, outcome) => sum + outcome.limitsChanged, 0)).toBe(75);
    const afterCuts = await data.sectorAlerts.getSectorAlert(alert.alertId);
    expect(afterCuts.progress).toMatchObject({ phase: 'notifying', cutItems: CUT, cutDone: CUT, notifyItems: Math.ceil(3 / TENANTS_PER_ITEM) });
    expect(afterCuts.applied).toBeUndefined();

    // The worker that planned the notices sent the notify item; a copy of a cut item that came
    // late (its chunk already done) while it was sending may have sent it again: all copies run.
    const notices = take();
    expect(new Set(notices.map((item) => `${item.phase}#${item.chunk}`))).toEqual(new Set(['notify#0']));
    await Promise.all([...notices, ...notices].map((item) => data.sectorAlertWork.runSectorAlertWork(item, now)));
    expect(take()).toEqual([]);

    const finished = await data.sectorAlerts.getSectorAlert(alert.alertId);
    expect(finished.applied).toEqual({ limitsChanged: 75, tenantsNotified: 3, at: now.toISOString() });
    expect(finished.progress).toMatchObject({ phase: 'done', cutDone: CUT, notifyItems: 1, notifyDone: 1, finishedAt: now.toISOString() });
    const downgraded = await eventsOf('limit.downgraded', alert.alertId);
    expect(downgraded).toHaveLength(75);
    expect(new Set(downgraded.map((event) => `${event.tenantId}/${String(event.data['buyerId'])}`)).size).toBe(75);
    const raised = await eventsOf('sector.alert_raised', alert.alertId);
    expect(raised.map((event) => event.tenantId).sort()).toEqual(tenants.map((tenant) => tenant.tenantId).sort());
    for (const notice of raised) expect((notice.data['limits'] as unknown[]).length).toBe(25);
    expect((await eventsOf('sector.alert_applied', alert.alertId)).map((event) => event.data)).toEqual([
      { alertId: alert.alertId, limitsChanged: 75, tenantsNotified: 3, at: now.toISOString(), workItems: CUT + 1 },
    ]);

    // Delivered again after the end: nothing moves.
    await Promise.all(cuts.map((item) => data.sectorAlertWork.runSectorAlertWork(item, now)));
    expect(take()).toEqual([]);
    expect(await eventsOf('sector.alert_applied', alert.alertId)).toHaveLength(1);
    expect(await data.sectorAlertWork.planSectorAlert(alert.alertId, now)).toEqual({ workItems: 0 });
  });

  it('completes an alert with no buyer at once, and one closed halfway without cutting more', async () => {
    const empty = await data.sectorAlerts.raiseSectorAlert(insurer, { sector: 'C11', country: 'DE' }, now);
    expect(await data.sectorAlertWork.planSectorAlert(empty.alertId, now)).toEqual({ workItems: 0 });
    expect(take()).toEqual([]);
    expect((await data.sectorAlerts.getSectorAlert(empty.alertId)).applied).toEqual({ limitsChanged: 0, tenantsNotified: 0, at: now.toISOString() });

    // Two cut items of one tenant's limits.
    await exposedPair('C13', 'DE', 2 * BUYERS_PER_ITEM, 1);
    const alert = await data.sectorAlerts.raiseSectorAlert(insurer, { sector: 'C13', country: 'DE' }, now);
    await data.sectorAlertWork.planSectorAlert(alert.alertId, now);
    const [first, second] = take() as [WorkItem, WorkItem];
    expect((await data.sectorAlertWork.runSectorAlertWork(first, now)).limitsChanged).toBe(BUYERS_PER_ITEM);
    await data.sectorAlerts.closeSectorAlert(alert.alertId, now);
    // Closed: the second chunk counts without cutting; the exposed tenant is not told.
    expect((await data.sectorAlertWork.runSectorAlertWork(second, now)).limitsChanged).toBe(0);
    for (let items = take(); items.length > 0; items = take()) for (const item of items) await data.sectorAlertWork.runSectorAlertWork(item, now);
    const closed = await data.sectorAlerts.getSectorAlert(alert.alertId);
    expect(closed.progress?.phase).toBe('done');
    expect(closed.applied).toMatchObject({ limitsChanged: BUYERS_PER_ITEM });
    expect(await eventsOf('limit.downgraded', alert.alertId)).toHaveLength(BUYERS_PER_ITEM);
    expect(await eventsOf('sector.alert_raised', alert.alertId)).toHaveLength(0);
  });

  it('sends the notify items once from the worker that planned them; if it stopped before sending, its redelivered item sends them', async () => {
    // Two cut items of two tenants' limits.
    const { tenants } = await exposedPair('C25', 'DE', 2 * BUYERS_PER_ITEM, 2);
    const alert = await data.sectorAlerts.raiseSectorAlert(insurer, { sector: 'C25', country: 'DE' }, now);
    await data.sectorAlertWork.planSectorAlert(alert.alertId, now);
    const [first, last] = take() as [WorkItem, WorkItem];
    await data.sectorAlertWork.runSectorAlertWork(first, now);
    expect(take()).toEqual([]);
    // The last cut item plans the notices and sends their one item.
    await data.sectorAlertWork.runSectorAlertWork(last, now);
    expect(take()).toEqual([{ alertId: alert.alertId, phase: 'notify', chunk: 0 }]);
    // Delivered again: the items are on the queue already, nothing is sent.
    await data.sectorAlertWork.runSectorAlertWork(last, now);
    await data.sectorAlertWork.runSectorAlertWork(first, now);
    expect(take()).toEqual([]);

    // As if the worker had stopped between planning the notices and sending their item: the
    // alert notifying, its items not marked sent, the message lost with the worker.
    await data.table.documents.send(new UpdateCommand({ TableName: data.table.name, Key: sectorAlertKeys.alert(alert.alertId), UpdateExpression: 'REMOVE notifyItemsSent' }));
    // The coordinator run again (a retried invocation) sends no notify item: it did not plan them.
    expect(await data.sectorAlertWork.planSectorAlert(alert.alertId, now)).toEqual({ workItems: 2 });
    expect(take()).toEqual([]);
    // The last cut item, redelivered after the visibility timeout, sends the notify item; once.
    await data.sectorAlertWork.runSectorAlertWork(last, now);
    const notices = take();
    expect(notices).toEqual([{ alertId: alert.alertId, phase: 'notify', chunk: 0 }]);
    await data.sectorAlertWork.runSectorAlertWork(last, now);
    expect(take()).toEqual([]);

    for (const item of notices) await data.sectorAlertWork.runSectorAlertWork(item, now);
    const finished = await data.sectorAlerts.getSectorAlert(alert.alertId);
    expect(finished.applied).toEqual({ limitsChanged: 2 * 2 * BUYERS_PER_ITEM, tenantsNotified: 2, at: now.toISOString() });
    expect(finished).not.toHaveProperty('notifyItemsSent');
    expect((await eventsOf('sector.alert_raised', alert.alertId)).map((event) => event.tenantId).sort()).toEqual(tenants.map((tenant) => tenant.tenantId).sort());
  });

  it('a work item that fails is reported alone, logged with its alertId, phase and chunk, and counted', async () => {
    const warned = vi.spyOn(logger, 'warn');
    const errors = vi.spyOn(logger, 'error');
    const counted = vi.spyOn(metrics, 'addMetric');
    // Imported only now: its modules read the data layer's environment.
    const { worker } = await import('../../functions/monitoring/sector-alert-worker.ts');
    const message = (messageId: string, body: string) => ({ messageId, body, attributes: { ApproximateReceiveCount: '2' } }) as unknown as SQSRecord;
    const item: WorkItem = { alertId: 'alt_none', phase: 'cut', chunk: 3 };

    const answer = await worker({ Records: [message('m-1', JSON.stringify(item)), message('m-2', '{"alertId":')] }, lambdaContext('sectorAlertWorker'));

    expect(answer.batchItemFailures.map((failure) => failure.itemIdentifier).sort()).toEqual(['m-1', 'm-2']);
    expect(warned).toHaveBeenCalledWith('sector alert work item failed, the message comes back', expect.objectContaining({ alertId: 'alt_none', phase: 'cut', chunk: 3, messageId: 'm-1', receiveCount: 2, error: expect.objectContaining({ message: 'No sector alert alt_none.' }) }));
    expect(errors).toHaveBeenCalledWith('sector alert work item unreadable', expect.objectContaining({ messageId: 'm-2', error: expect.any(SyntaxError) }));
    expect(counted.mock.calls.filter(([name]) => name === 'SectorAlertWorkItemsFailed')).toEqual([
      ['SectorAlertWorkItemsFailed', 'Count', 1],
      ['SectorAlertWorkItemsFailed', 'Count', 1],
    ]);
  });
});
