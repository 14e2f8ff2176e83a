/**
 * A daily job as work items on DynamoDB Local, the test playing the workers (the tranche expiry
 * stands for all of them: they share the mechanism): the coordinator plans the day's due
 * entries in chunks and sends one message per chunk; run again it sends the chunks not done and
 * plans nothing new; items run side by side and each delivered twice count once; the last one
 * completes the run and writes `job.completed` once; a coordinator that stopped halfway through
 * its plan finishes it when run again, without undoing an item already done; a day with nothing
 * due completes at once; the worker reports an item it cannot run alone, logged and counted.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSRecord } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from '../../shared/access/index.ts';
import type { JobDefinition, JobWorkItem } from '../../shared/data/jobs.ts';
import { jobKeys, limitKeys } from '../../shared/data/keys.ts';
import { logger, metrics } from '../../shared/powertools/index.ts';
import { lambdaContext } from '../support/api-events.ts';
import { useDataLayer } from './data-layer.ts';

const granted = new Date('2026-11-26T10:00:00Z');
const runAt = new Date('2027-01-01T02:00:00Z');
const DAY = '2027-01-01';
const data = useDataLayer('daily-jobs', { queues: true });

const jobs = () => import('../../shared/data/jobs.ts');
const take = () => data.take<JobWorkItem>('job-work');
afterEach(() => {
  vi.restoreAllMocks();
});

/** `tenants` × `buyers` limits of 100,000.00 with a 50,000.00 tranche ending on `expiresOn`. */
async function tranches(tenants: number, buyers: number, expiresOn: string) {
  const holders: TenantContext[] = await Promise.all(Array.from({ length: tenants }, async () => (await data.newTenant({}, granted)).context));
  const lines: { context: TenantContext; buyerId: string }[] = [];
  for (let b = 0; b < buyers; b += 1) {
    const buyer = await data.newBuyer({ grade: 2 }, granted);
    for (const context of holders) {
      const decided = await data.limits.requestLimit(context, { buyerId: buyer.buyerId, type: 'new', amount: 10_000_000, temporary: { amount: 5_000_000, expiresOn } }, granted);
      expect(decided.body).toMatchObject({ amount: 10_000_000, temporary: { amount: 5_000_000 } });
      lines.push({ context, buyerId: buyer.buyerId });
    }
  }
  return lines;
}

const runOf = async (job: string) => (await jobs()).getJobRun(job, DAY);
const completions = async (job: string) => (await data.outbox('job.completed')).filter((event) => event.data['job'] === job && event.data['day'] === DAY);

describe('daily jobs as work items', () => {
  it('plan chunks, run side by side and twice, count once: every tranche expired once, the run completed once', async () => {
    const { expireTranchesJob } = await import('../../shared/data/limits.ts');
    const { planJob, runJobItem } = await jobs();
    // Four entries per item, so nine due tranches make three items.
    const job: JobDefinition = { ...expireTranchesJob, entriesPerItem: 4 };
    const due = await tranches(3, 3, '2026-12-31');
    const later = await tranches(1, 1, '2027-03-01');

    expect(await planJob(job, runAt)).toEqual({ items: 3, status: 'running', plannedNow: 3 });
    const items = take();
    expect(items).toEqual([0, 1, 2].map((item) => ({ job: 'expire-tranches', day: DAY, item })));
    expect(await runOf('expire-tranches')).toMatchObject({ status: 'running', items: 3, done: 0, counts: { expired: 0 }, at: runAt.toISOString() });
    // The coordinator run again (Lambda's retry, a schedule delivered twice): the same items, no new
    // plan, and nothing planned by this call (JobItemsPlanned counts the run's items once).
    expect(await planJob(job, runAt)).toEqual({ items: 3, status: 'running', plannedNow: 0 });
    expect(take()).toEqual(items);

    // Every item twice, all at once: a copy that finds its item held by the other fails (its
    // message comes back later); one that finds it done changes nothing.
    const settled = await Promise.allSettled([...items, ...items].map((item) => runJobItem(job, item)));
    const outcomes = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    for (const result of settled) if (result.status === 'rejected') expect(String(result.reason)).toMatch(/is being run by another delivery/);
    expect(outcomes.length).toBeGreaterThanOrEqual(3);
    expect(outcomes.reduce((sum, outcome) => sum + (outcome.counts['expired'] ?? 0), 0)).toBe(9);
    expect(outcomes.filter((outcome) => outcome.completed)).toHaveLength(1);
    const run = await runOf('expire-tranches');
    expect(run).toMatchObject({ status: 'completed', items: 3, done: 3, counts: { expired: 9 } });

    for (const { context, buyerId } of due) {
      const limit = await data.limits.getLimit(context, buyerId, runAt);
      expect(limit.temporary).toBeUndefined();
      expect(limit.history.filter((entry) => entry.reasons.some((reason) => reason.code === 'temporary_expired'))).toHaveLength(1);
      // The history says when the run was scheduled, not when a worker took the item.
      expect(limit.history.at(-1)?.at).toBe(runAt.toISOString());
    }
    for (const { context, buyerId } of later) expect((await data.limits.getLimit(context, buyerId, runAt)).temporary).toMatchObject({ amount: 5_000_000 });
    const [capacity] = await Promise.all(due.slice(0, 1).map(({ buyerId }) => data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: limitKeys.capacity(buyerId), ConsistentRead: true }))));
    // Three holders of 100,000.00 on the buyer: 300,000.00 reserved once the tranches are back.
    expect(capacity?.Item?.['reservedEur']).toBe(30_000_000);

    const completed = await completions('expire-tranches');
    expect(completed.map((event) => event.data)).toEqual([
      { job: 'expire-tranches', day: DAY, at: runAt.toISOString(), items: 3, counts: { expired: 9 }, startedAt: runAt.toISOString(), completedAt: run?.completedAt },
    ]);
    // Run again after the end, or delivered again: nothing moves.
    expect(await planJob(job, runAt)).toEqual({ items: 3, status: 'completed', plannedNow: 0 });
    await Promise.all(items.map((item) => runJobItem(job, item)));
    expect(take()).toEqual([]);
    expect(await completions('expire-tranches')).toHaveLength(1);
    expect((await runOf('expire-tranches'))?.counts).toEqual({ expired: 9 });
  });

  it('a coordinator that stopped halfway through its plan finishes it when run again; two at once make one plan; a late one rewrites nothing', async () => {
    const { planJob, runJobItem } = await jobs();
    const entries = Array.from({ length: 7 }, (_, i) => ({ n: String(i) }));
    const ran: string[] = [];
    const numbered = (name: string, due: JobDefinition<{ n: string }>['due']): JobDefinition<{ n: string }> => ({
      name,
      entriesPerItem: 3,
      counts: ['seen'],
      due,
      run: (chunk) => {
        ran.push(...chunk.map((entry) => entry.n));
        return Promise.resolve({ seen: chunk.length });
      },
    });
    const pages = async function* () {
      yield entries.slice(0, 2);
      yield entries.slice(2);
    };
    const broken = numbered('numbered', async function* () {
      yield entries.slice(0, 4);
      throw new Error('the coordinator stopped');
    });
    await expect(planJob(broken, runAt)).rejects.toThrow('the coordinator stopped');
    expect(await runOf('numbered')).toMatchObject({ status: 'planning' });
    expect(take()).toEqual([]);

    // Run again: the whole plan (pages regrouped in chunks of three), its items sent once.
    const job = numbered('numbered', pages);
    expect(await planJob(job, runAt)).toEqual({ items: 3, status: 'running', plannedNow: 3 });
    const items = take();
    expect(items).toEqual([0, 1, 2].map((item) => ({ job: 'numbered', day: DAY, item })));
    const first = await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: jobKeys.item('numbered', DAY, 0), ConsistentRead: true }));
    expect(first.Item).toMatchObject({ entries: entries.slice(0, 3), at: runAt.toISOString() });
    for (const item of items) await runJobItem(job, item);
    expect(ran.sort()).toEqual(entries.map((entry) => entry.n));
    expect(await runOf('numbered')).toMatchObject({ status: 'completed', items: 3, done: 3, counts: { seen: 7 } });

    // Two coordinators at once (a schedule delivered twice): one plan; the items sent twice at most, done once.
    ran.length = 0;
    const twice = numbered('twice', pages);
    const planned = await Promise.all([planJob(twice, runAt), planJob(twice, runAt)]);
    expect(planned.map((run) => run.items)).toEqual([3, 3]);
    // One of the two marked the run planned: the items are counted once between them.
    expect(planned.map((run) => run.plannedNow).sort()).toEqual([0, 3]);
    const sent = take();
    expect(new Set(sent.map((item) => item.item))).toEqual(new Set([0, 1, 2]));
    // Copies at once: one runs each item, the others fail and come back.
    await Promise.allSettled(sent.map((item) => runJobItem(twice, item)));
    await Promise.all(sent.map((item) => runJobItem(twice, item)));
    expect(ran.sort()).toEqual(entries.map((entry) => entry.n));
    expect(await runOf('twice')).toMatchObject({ status: 'completed', items: 3, done: 3, counts: { seen: 7 } });
    expect(await completions('twice')).toHaveLength(1);

    // A planner that read the run as planning, then found other due entries after the first had
    // finished its plan and a worker had done an item: it writes nothing, and sends what is not done.
    ran.length = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reading = false;
    const late = numbered('late', async function* () {
      reading = true;
      await gate;
      yield entries.slice(3);
    });
    const latePlan = planJob(late, runAt);
    await vi.waitFor(() => expect(reading).toBe(true));
    const early = numbered('late', pages);
    expect(await planJob(early, runAt)).toEqual({ items: 3, status: 'running', plannedNow: 3 });
    const [head, ...rest] = take();
    await runJobItem(early, head!);
    release();
    expect(await latePlan).toEqual({ items: 3, status: 'running', plannedNow: 0 });
    const item0 = await data.table.documents.send(new GetCommand({ TableName: data.table.name, Key: jobKeys.item('late', DAY, 0), ConsistentRead: true }));
    expect(item0.Item).toMatchObject({ done: true, entries: entries.slice(0, 3) });
    // The late planner sent the two items not done; each runs once, whichever copy comes first.
    const resent = take();
    expect(resent.map((item) => item.item).sort()).toEqual([1, 2]);
    for (const item of [...rest, ...resent]) await runJobItem(early, item);
    expect(ran.sort()).toEqual(entries.map((entry) => entry.n));
    expect(await runOf('late')).toMatchObject({ status: 'completed', items: 3, done: 3, counts: { seen: 7 } });
  });

  it('takes up the day before’s run whose items were never sent (its coordinator died after marking it running): every tranche expired once, both runs completed', async () => {
    const { expireTranchesJob } = await import('../../shared/data/limits.ts');
    const { planJob, runJobItem, getJobRun } = await jobs();
    const job: JobDefinition = { ...expireTranchesJob, entriesPerItem: 2 };
    const due = await tranches(2, 2, '2027-04-29');
    const first = new Date('2027-04-30T02:00:00Z');
    const second = new Date('2027-05-01T02:00:00Z');

    expect(await planJob(job, first)).toMatchObject({ status: 'running' });
    // Its messages are lost: the coordinator died between marking the run and sending them.
    const lost = take();
    expect(lost.length).toBeGreaterThanOrEqual(2);
    expect(await getJobRun('expire-tranches', '2027-04-30')).toMatchObject({ status: 'running', done: 0 });

    // The next day's coordinator sends the day before's items not done, then plans its own day.
    await planJob(job, second);
    const sent = take();
    expect(sent.filter((item) => item.day === '2027-04-30')).toEqual(lost);
    for (const item of sent) await runJobItem(job, item);
    expect(await getJobRun('expire-tranches', '2027-04-30')).toMatchObject({ status: 'completed', done: lost.length });
    expect(await getJobRun('expire-tranches', '2027-05-01')).toMatchObject({ status: 'completed' });
    for (const { context, buyerId } of due) {
      const limit = await data.limits.getLimit(context, buyerId, second);
      expect(limit.temporary).toBeUndefined();
      expect(limit.history.filter((entry) => entry.reasons.some((reason) => reason.code === 'temporary_expired'))).toHaveLength(1);
    }
    // A completed day before is left alone: one read, nothing sent again.
    await planJob(job, second);
    expect(take().filter((item) => item.day === '2027-04-30')).toEqual([]);
  });

  it('a coordinator run twice counts the day’s items planned once (JobItemsPlanned)', async () => {
    const { planScheduled } = await jobs();
    const { expireTranchesJob } = await import('../../shared/data/limits.ts');
    await tranches(1, 3, '2027-05-10');
    const counted = vi.spyOn(metrics, 'addMetric');
    const event = { time: '2027-05-11T02:00:00Z' };
    const first = await planScheduled([expireTranchesJob], event);
    // Lambda's retry of the same scheduled event: the same run, its items sent again, none planned.
    const again = await planScheduled([expireTranchesJob], event);
    const items = first['expire-tranches']?.items ?? 0;
    expect(items).toBeGreaterThan(0);
    expect(first['expire-tranches']).toEqual({ items, status: 'running', plannedNow: items });
    expect(again['expire-tranches']).toEqual({ items, status: 'running', plannedNow: 0 });
    expect(counted.mock.calls.filter(([name]) => name === 'JobItemsPlanned').map(([, , value]) => value)).toEqual([items, 0]);
    take();
  });

  it('completes a day with nothing due at once, with its one event', async () => {
    const { detectSectorAlertsJob } = await import('../../shared/data/sector-alerts.ts');
    const { planJob } = await jobs();
    expect(await planJob(detectSectorAlertsJob, runAt)).toEqual({ items: 0, status: 'completed', plannedNow: 0 });
    expect(take()).toEqual([]);
    expect((await completions('detect-sector-alerts')).map((event) => event.data)).toEqual([expect.objectContaining({ items: 0, counts: { raised: 0 } })]);
    expect(await planJob(detectSectorAlertsJob, runAt)).toEqual({ items: 0, status: 'completed', plannedNow: 0 });
    expect(await completions('detect-sector-alerts')).toHaveLength(1);
  });

  it('the worker runs an item, counts its job’s metric, and reports an item it cannot run alone, logged and counted', async () => {
    const { planJob } = await jobs();
    const { applyReductionsJob } = await import('../../shared/data/monitoring.ts');
    const warned = vi.spyOn(logger, 'warn');
    const errors = vi.spyOn(logger, 'error');
    const counted = vi.spyOn(metrics, 'addMetric');
    // Imported only now: its modules read the data layer's environment.
    const { worker } = await import('../../functions/jobs/worker.ts');
    const message = (messageId: string, body: string) => ({ messageId, body, attributes: { ApproximateReceiveCount: '2' } }) as unknown as SQSRecord;
    const due = await tranches(1, 2, '2027-02-10');
    const nextDay = new Date('2027-02-11T02:00:00Z');
    expect(await planJob(await import('../../shared/data/limits.ts').then((m) => m.expireTranchesJob), nextDay)).toEqual({ items: 1, status: 'running', plannedNow: 1 });
    const [item] = take();
    const missing: JobWorkItem = { job: 'apply-reductions', day: '2027-02-11', item: 4 };

    const answer = await worker(
      { Records: [message('m-0', JSON.stringify(item)), message('m-1', JSON.stringify(missing)), message('m-2', '{"job":'), message('m-3', JSON.stringify({ job: 'unknown', day: '2027-02-11', item: 0 }))] },
      lambdaContext('dailyJobWorker'),
    );

    expect(answer.batchItemFailures.map((failure) => failure.itemIdentifier).sort()).toEqual(['m-1', 'm-2', 'm-3']);
    expect(counted).toHaveBeenCalledWith('TranchesExpired', 'Count', 2);
    for (const { context, buyerId } of due) expect((await data.limits.getLimit(context, buyerId, nextDay)).temporary).toBeUndefined();
    expect(warned).toHaveBeenCalledWith('job work item failed, the message comes back', expect.objectContaining({ ...missing, messageId: 'm-1', receiveCount: 2, error: expect.objectContaining({ message: `no item 4 in the ${applyReductionsJob.name} run of 2027-02-11` }) }));
    expect(errors).toHaveBeenCalledWith('job work item unreadable', expect.objectContaining({ messageId: 'm-2', error: expect.any(SyntaxError) }));
    expect(errors).toHaveBeenCalledWith('job work item unreadable', expect.objectContaining({ messageId: 'm-3' }));
    expect(counted.mock.calls.filter(([name]) => name === 'JobWorkItemsFailed')).toHaveLength(3);
  });

  it('runs afterRun once every item is done and before the run completes, again when it failed, and counts it with the run', async () => {
    const { expireTranchesJob } = await import('../../shared/data/limits.ts');
    const { planJob, runJobItem } = await jobs();
    let calls = 0;
    const job: JobDefinition = {
      ...expireTranchesJob,
      name: 'expire-tranches-after',
      entriesPerItem: 1,
      counts: ['expired', 'checked'],
      afterRun: async (day, at) => {
        calls += 1;
        expect([day, at.toISOString()]).toEqual([DAY, runAt.toISOString()]);
        // Every item is done when it runs: the run's own counts say so.
        expect(await runOf('expire-tranches-after')).toMatchObject({ status: 'running', done: 2, items: 2 });
        if (calls === 1) throw new Error('the worker stopped here');
        return { checked: 7 };
      },
    };
    await tranches(1, 2, '2026-12-31');
    expect(await planJob(job, runAt)).toMatchObject({ items: 2, status: 'running' });
    const [first, second] = take();
    expect(await runJobItem(job, first!)).toEqual({ counts: { expired: 1 }, completed: false });
    expect(calls).toBe(0);
    // The last item: afterRun fails, the run stays running, the message comes back.
    await expect(runJobItem(job, second!)).rejects.toThrow('the worker stopped here');
    expect(await runOf('expire-tranches-after')).toMatchObject({ status: 'running', done: 2 });
    expect(await completions('expire-tranches-after')).toHaveLength(0);
    // Delivered again: the item is done, afterRun runs again, the run completes with its counts.
    expect(await runJobItem(job, second!)).toEqual({ counts: { checked: 7 }, completed: true });
    expect(await runOf('expire-tranches-after')).toMatchObject({ status: 'completed', counts: { expired: 2, checked: 7 } });
    expect((await completions('expire-tranches-after')).map((event) => event.data['counts'])).toEqual([{ expired: 2, checked: 7 }]);
    // Once completed, a redelivery runs nothing more.
    expect(await runJobItem(job, first!)).toEqual({ counts: {}, completed: false });
    expect(calls).toBe(2);
  });
});
