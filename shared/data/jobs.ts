/**
 * A daily job as work items on an SQS queue, so it scales with what falls due instead of
 * running in one invocation (a million limits would not fit in 15 minutes).
 *
 * - **Plan** (the job's scheduled function, the coordinator): the entries due on the run's day,
 *   read page by page from the index that holds them, in chunks of
 *   `entriesPerItem`, each chunk an item of the run's partition (`JOBRUN#<job>#<day>`,
 *   `ITEM#n`); then the run is marked `running` with its item count, and one message per item
 *   goes on `job-work`. A day with nothing due completes at once.
 * - **Work** (the `dailyJobWorker` function, several at once): an item's entries, each idempotent
 *   (it reads the entry's state and acts only if still due); then, in one transaction, the item
 *   marked done and counted on the run (`done`, and what it changed in `counts`): an item
 *   counts once, however often its message comes.
 * - **Done**: the worker that finds every item done marks the run `completed` and writes the
 *   internal `job.completed` event, in one transaction conditioned on the status: once.
 *
 * Any step may run again. A coordinator run again (Lambda's retries, a redrive, a schedule
 * delivered twice) plans again only while the run is `planning` (it stopped before finishing
 * the plan) and otherwise sends the items not yet done; a completed run is left alone. An item
 * is written only while the run is `planning` (a transaction with a check of the run): no
 * message is out then, so a late planner never rewrites an item a worker holds or did.
 */
import { PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { newEvent } from '#events/envelope';
import { outboxPut } from '#events/outbox';
import { sendMessages } from '#events/queues';
import { isoDay, now } from '#clock';
import { addDays } from '#domain/dates';
import { logger, metrics, MetricUnit } from '#powertools';
import { documents } from './client.ts';
import { failedConditions, getItem, isConditionFailed, queryAll, retryOnConflict, withPrefix } from './items.ts';
import { jobKeys } from './keys.ts';
import { tableName } from './table.ts';

export const JOB_QUEUE = 'job-work';
/** Index items read per page while planning: 1 MB of keys at most, whatever the size. */
export const PLAN_PAGE_SIZE = 1_000;
/** Days a run and its items are kept (TTL): long enough to look into last month's runs. */
export const JOB_RUN_RETENTION_DAYS = 35;
/** How long a worker holds an item it runs: the job worker's timeout (shared/topology/jobs.ts). */
export const JOB_ITEM_CLAIM_SECONDS = 300;

/** An entry of a job: the keys of one thing to look at (a tenant and a buyer, a claim…). */
export type JobEntry = Readonly<Record<string, string>>;

/** One daily job: where its due entries are, and what it does with a chunk of them. */
export interface JobDefinition<E extends JobEntry = JobEntry> {
  /** The job's name, in its run's key and its messages. */
  readonly name: string;
  /** Entries per work item: what one worker does in well under its timeout. */
  readonly entriesPerItem: number;
  /** What a chunk reports it changed, by name (the run sums them). */
  readonly counts: readonly string[];
  /** The entries due on `day`, page by page, read from an index (keys only). */
  due(day: string, at: Date): AsyncIterable<readonly E[]>;
  /** Does a chunk's entries, each idempotent; `at` is the run's time (the schedule's), not the worker's. */
  run(entries: readonly E[], day: string, at: Date): Promise<Readonly<Record<string, number>>>;
  /**
   * Once every item is done, before the run completes: work over the whole run's result (the
   * portfolio reconciliation checks the insurer's counters). Idempotent: it runs again when the
   * completion does not happen (a worker that stopped, two finishing together). Its counts go
   * with the completing worker's, and into the run's.
   */
  afterRun?(day: string, at: Date): Promise<Readonly<Record<string, number>>>;
}

/** A message on the job queue: one item of one run. */
export interface JobWorkItem {
  readonly job: string;
  readonly day: string;
  readonly item: number;
}

export type JobRunStatus = 'planning' | 'running' | 'completed';

export interface JobRun {
  readonly job: string;
  readonly day: string;
  /** The scheduled time the run settles (a late or replayed run settles its own day). */
  readonly at: string;
  readonly status: JobRunStatus;
  readonly startedAt: string;
  readonly items?: number;
  readonly done?: number;
  readonly counts?: Readonly<Record<string, number>>;
  readonly completedAt?: string;
}

interface ItemRecord {
  readonly entries: JobEntry[];
  readonly at: string;
  readonly done?: boolean;
}

const expiresAt = (at: Date) => Math.floor(at.getTime() / 1000) + JOB_RUN_RETENTION_DAYS * 86_400;

export function getJobRun(job: string, day: string): Promise<JobRun | undefined> {
  return getItem<JobRun>(jobKeys.run(job, day));
}

/**
 * The coordinator: plans the run of `job` for the day of `at` (once) and sends its items (again
 * the ones not done, when run again). Returns the run's items and status.
 *
 * It first takes up the day before's run if that one is not completed: a coordinator that died
 * between marking its run running and sending the items (Lambda retries it in AWS; a local
 * runtime that stopped does not), or messages lost, would otherwise leave that run unfinished
 * for good. Its items not done are sent again; a worker that holds one refuses the copy.
 */
/**
 * What a coordinator did for a run: its item count, its status after, and how many items this
 * call planned (0 when the run was planned before, or by another planner that finished first).
 */
export interface JobPlanned {
  readonly items: number;
  readonly status: JobRunStatus;
  readonly plannedNow: number;
}

export async function planJob(job: JobDefinition, at: Date, startedAt: Date = at): Promise<JobPlanned> {
  const day = isoDay(at);
  const before = await getJobRun(job.name, addDays(day, -1));
  if (before && before.status !== 'completed') {
    const resumed = await advance(job, before);
    logger.info('daily job: the day before\'s run taken up', { job: job.name, day: before.day, from: before.status, status: resumed.status, items: resumed.items });
  }
  let run = await getJobRun(job.name, day);
  if (!run) {
    const created: JobRun = { job: job.name, day, at: at.toISOString(), status: 'planning', startedAt: startedAt.toISOString() };
    try {
      await documents.send(
        new PutCommand({
          TableName: tableName(),
          Item: { ...jobKeys.run(job.name, day), kind: 'jobRun', ...created, expiresAt: expiresAt(at) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      // Written as is: no need to read it back.
      run = created;
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      // Another coordinator created it first: its run is the day's.
      run = await getJobRun(job.name, day);
      if (!run) throw new Error(`the ${job.name} run of ${day} could not be read back`, { cause: error });
    }
  }
  return advance(job, run);
}

/** Plans a run still planning, then sends its items not done; completes it when none is left. */
async function advance(job: JobDefinition, current: JobRun): Promise<JobPlanned> {
  const { run, plannedNow, marked } = current.status === 'planning' ? await writePlan(job, current) : { run: current, plannedNow: 0, marked: false };
  if (run.status === 'completed') return { items: run.items ?? 0, status: run.status, plannedNow };
  const items = run.items ?? 0;
  // A day with nothing due has no item to look for.
  const pending = items === 0 ? [] : await itemsNotDone(job.name, run.day, items);
  await sendMessages(
    JOB_QUEUE,
    pending.map((item) => ({ body: JSON.stringify({ job: job.name, day: run.day, item } satisfies JobWorkItem) })),
  );
  if (items === 0 || pending.length === 0) {
    // Every item counted: completed now, or by the worker that counted the last one. A run this
    // call just planned with no item is as it wrote it (no worker has anything to count).
    const latest = marked && items === 0 ? run : await getJobRun(job.name, run.day);
    if (latest && (await finish(job, latest)).completed) return { items, status: 'completed', plannedNow };
    return { items, status: (await getJobRun(job.name, run.day))?.status ?? 'running', plannedNow };
  }
  return { items, status: 'running', plannedNow };
}

/**
 * The chunks of the day's due entries, written where none is done, then the run marked running.
 * `plannedNow` is the item count when this call marked it running, else 0; `marked`, whether it
 * did (then `run` is the run as it wrote it, not read again).
 */
async function writePlan(job: JobDefinition, run: JobRun): Promise<{ run: JobRun; plannedNow: number; marked: boolean }> {
  const at = new Date(run.at);
  let items = 0;
  let buffer: JobEntry[] = [];
  /** False once the run is no longer planning: another planner finished first, and its items are the run's. */
  const write = async (entries: JobEntry[]): Promise<boolean> => {
    const item = items;
    items += 1;
    try {
      await documents.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName(), Item: { ...jobKeys.item(job.name, run.day, item), kind: 'jobItem', entries, at: run.at, expiresAt: expiresAt(at) } } },
            // Only while the run is planning: no message is out, so no worker holds an item.
            {
              ConditionCheck: {
                TableName: tableName(),
                Key: jobKeys.run(job.name, run.day),
                ConditionExpression: '#status = :planning',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':planning': 'planning' },
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (failedConditions(error).includes(1)) return false;
      throw error;
    }
  };
  let planning = true;
  for await (const page of job.due(run.day, at)) {
    buffer.push(...page);
    while (planning && buffer.length >= job.entriesPerItem) {
      planning = await write(buffer.slice(0, job.entriesPerItem));
      buffer = buffer.slice(job.entriesPerItem);
    }
    if (!planning) break;
  }
  if (planning && buffer.length > 0) planning = await write(buffer);
  let plannedNow = 0;
  if (planning) {
    const zeros = Object.fromEntries(job.counts.map((name) => [name, 0]));
    try {
      await documents.send(
        new UpdateCommand({
          TableName: tableName(),
          Key: jobKeys.run(job.name, run.day),
          UpdateExpression: 'SET #status = :running, #items = :items, #done = :zero, #counts = :counts',
          ConditionExpression: '#status = :planning',
          ExpressionAttributeNames: { '#status': 'status', '#items': 'items', '#done': 'done', '#counts': 'counts' },
          ExpressionAttributeValues: { ':running': 'running', ':planning': 'planning', ':items': items, ':zero': 0, ':counts': zeros },
        }),
      );
      plannedNow = items;
      return { run: { ...run, status: 'running', items, done: 0, counts: zeros }, plannedNow, marked: true };
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      // Another planner finished first: its plan is the run's.
    }
  }
  const planned = await getJobRun(job.name, run.day);
  if (!planned) throw new Error(`the ${job.name} run of ${run.day} disappeared`);
  return { run: planned, plannedNow, marked: false };
}

/** The run's items not done yet, by number (its item count bounds them: a longer, older plan is not the run's). */
async function itemsNotDone(job: string, day: string, count: number): Promise<number[]> {
  const items = await queryAll<{ sk: string; done?: boolean }>({
    ...withPrefix({ ...jobKeys.runPartition(job, day), skPrefix: jobKeys.itemsPrefix().sk }),
    ProjectionExpression: 'sk, done',
    ConsistentRead: true,
  });
  return items.flatMap((item) => {
    const number = jobKeys.itemNumber(item.sk);
    return item.done !== true && number < count ? [number] : [];
  });
}

/**
 * The worker, for one item: does its entries unless done, counts it once, then completes the
 * run if that was the last. Returns what this delivery changed (a redelivery changes nothing).
 */
export async function runJobItem(job: JobDefinition, message: JobWorkItem): Promise<{ counts: Readonly<Record<string, number>>; completed: boolean }> {
  const key = jobKeys.item(job.name, message.day, message.item);
  const record = await getItem<ItemRecord>(key);
  if (!record) throw new Error(`no item ${message.item} in the ${job.name} run of ${message.day}`);
  let counts: Readonly<Record<string, number>> = {};
  if (!record.done && (await claim(key))) {
    counts = await job.run(record.entries, message.day, new Date(record.at));
    await countOnce(job, message, counts);
  }
  // Whether or not this delivery counted it: an earlier one may have stopped before completing.
  const run = await getJobRun(job.name, message.day);
  const finished = run ? await finish(job, run) : { completed: false, after: {} };
  return { counts: addCounts(counts, finished.after), completed: finished.completed };
}

const addCounts = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> => {
  const sum: Record<string, number> = { ...a };
  for (const [name, value] of Object.entries(b)) sum[name] = (sum[name] ?? 0) + value;
  return sum;
};

/**
 * Takes the item for one worker's timeout, so two deliveries of its message at once (SQS is at
 * least once) do not both run it: false if it is done meanwhile; an error, so the message comes
 * back later, while another delivery holds it. A delivery that died leaves its claim to lapse.
 */
async function claim(key: { pk: string; sk: string }): Promise<boolean> {
  // The functions' clock, as the queue's visibility timeouts: locally the test clock moves both.
  const at = now().getTime();
  try {
    await documents.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression: 'SET claimedUntil = :until',
        ConditionExpression: 'attribute_not_exists(done) AND (attribute_not_exists(claimedUntil) OR claimedUntil < :now)',
        ExpressionAttributeValues: { ':until': at + JOB_ITEM_CLAIM_SECONDS * 1000, ':now': at },
      }),
    );
    return true;
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
  if ((await getItem<ItemRecord>(key))?.done === true) return false;
  throw new Error(`${key.pk} ${key.sk} is being run by another delivery`);
}

/**
 * Marks the item done and adds what it changed to the run, in one transaction: the item counts
 * once, however often its message comes. Workers finishing together conflict on the run's
 * item: those try again after a short random wait.
 */
async function countOnce(job: JobDefinition, message: JobWorkItem, counts: Readonly<Record<string, number>>): Promise<void> {
  const names = job.counts.filter((name) => (counts[name] ?? 0) !== 0);
  const runUpdate = (withDone: boolean) => {
    const adds = [...(withDone ? ['#done :one'] : []), ...names.map((_, index) => `#counts.#c${index} :c${index}`)];
    return {
      TableName: tableName(),
      Key: jobKeys.run(job.name, message.day),
      UpdateExpression: `ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: { ...(withDone ? { '#done': 'done' } : {}), ...(names.length > 0 ? { '#counts': 'counts' } : {}), ...Object.fromEntries(names.map((name, index) => [`#c${index}`, name])) },
      ExpressionAttributeValues: { ...(withDone ? { ':one': 1 } : {}), ...Object.fromEntries(names.map((name, index) => [`:c${index}`, counts[name]])) },
    };
  };
  try {
    await retryOnConflict(() =>
      documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName(),
                Key: jobKeys.item(job.name, message.day, message.item),
                UpdateExpression: 'SET done = :yes',
                ConditionExpression: 'attribute_not_exists(done)',
                ExpressionAttributeValues: { ':yes': true },
              },
            },
            { Update: runUpdate(true) },
          ],
        }),
      ),
    );
  } catch (error) {
    if (!failedConditions(error).includes(0)) throw error;
    // Done already, by a delivery that took the item after this one's claim lapsed: what this
    // one changed still counts (each entry changes once, under its own version).
    if (names.length > 0) await documents.send(new UpdateCommand(runUpdate(false)));
  }
}

/**
 * Completes the run and writes `job.completed`, in one transaction conditioned on the run
 * still running with every item done: once. True for the call that completed it; `run` is the
 * run as the caller last read it (nothing is written unless the stored one agrees).
 */
async function finish(definition: JobDefinition, run: JobRun): Promise<{ completed: boolean; after: Readonly<Record<string, number>> }> {
  const { job, day } = run;
  if (run.status !== 'running' || (run.done ?? 0) < (run.items ?? 0)) return { completed: false, after: {} };
  const after = definition.afterRun ? await definition.afterRun(day, new Date(run.at)) : {};
  const counts = addCounts(run.counts ?? {}, after);
  const completedAt = now();
  try {
    // Workers counting the last items together conflict here: tried again, as the counts are.
    await retryOnConflict(() =>
      documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName(),
                Key: jobKeys.run(job, day),
                UpdateExpression: `SET #status = :completed, completedAt = :at${definition.afterRun ? ', #counts = :counts' : ''}`,
                ConditionExpression: '#status = :running AND #done >= #items',
                ExpressionAttributeNames: { '#status': 'status', '#done': 'done', '#items': 'items', ...(definition.afterRun ? { '#counts': 'counts' } : {}) },
                ExpressionAttributeValues: { ':completed': 'completed', ':running': 'running', ':at': completedAt.toISOString(), ...(definition.afterRun ? { ':counts': counts } : {}) },
              },
            },
            outboxPut(
              tableName(),
              newEvent({
                type: 'job.completed',
                tenantId: null,
                data: { job, day, at: run.at, items: run.items ?? 0, counts, startedAt: run.startedAt, completedAt: completedAt.toISOString() },
                now: completedAt,
              }),
            ),
          ],
        }),
      ),
    );
    return { completed: true, after };
  } catch (error) {
    // Completed by another worker meanwhile: its counts are the run's.
    if (failedConditions(error).includes(0)) return { completed: false, after: {} };
    throw error;
  }
}

/**
 * The whole job in this process, chunk after chunk, without a run record or a queue: what the
 * integration tests of each job's rules call, and what a job's data functions are built on.
 */
export async function runJobInProcess(job: JobDefinition, day: string, at: Date): Promise<Record<string, number>> {
  const totals: Record<string, number> = Object.fromEntries(job.counts.map((name) => [name, 0]));
  for await (const page of job.due(day, at)) {
    for (let i = 0; i < page.length; i += job.entriesPerItem) {
      const counts = await job.run(page.slice(i, i + job.entriesPerItem), day, at);
      for (const name of job.counts) totals[name] = (totals[name] ?? 0) + (counts[name] ?? 0);
    }
  }
  return job.afterRun ? addCounts(totals, await job.afterRun(day, at)) : totals;
}

/**
 * The due entries of an index partition sorted by due date: each page's entries up to the
 * first one not due yet, then no more pages.
 */
export async function* dueUntil<T, E extends JobEntry>(pages: AsyncIterable<readonly T[]>, isDue: (item: T) => boolean, entry: (item: T) => E): AsyncGenerator<E[]> {
  for await (const page of pages) {
    const firstNotDue = page.findIndex((item) => !isDue(item));
    const due = (firstNotDue < 0 ? page : page.slice(0, firstNotDue)).map(entry);
    if (due.length > 0) yield due;
    if (firstNotDue >= 0) return;
  }
}

/**
 * A scheduled function's body: plans each of its jobs for the scheduled event's day (a late
 * or replayed run settles its own day), logs and counts the items sent.
 */
export async function planScheduled(jobs: readonly JobDefinition[], event: { readonly time: string }): Promise<Record<string, JobPlanned>> {
  const at = new Date(event.time);
  const planned: Record<string, JobPlanned> = {};
  for (const job of jobs) {
    const run = await planJob(job, at, now());
    planned[job.name] = run;
    logger.info('daily job planned', { job: job.name, day: isoDay(at), ...run });
    // What this call planned: a coordinator retried by Lambda after planning counts nothing twice.
    metrics.addMetric('JobItemsPlanned', MetricUnit.Count, run.plannedNow);
  }
  return planned;
}
