/**
 * A local stand-in for the topology's schedules (EventBridge rules with a schedule
 * expression): `rate(N minute|minutes|hour|hours|day|days)`. Each due schedule invokes its
 * function with EventBridge's "Scheduled Event". `tick(now)` runs what is due at `now`, so a
 * test clock can drive time; `start()` ticks with the wall clock.
 */
import { randomUUID } from 'node:crypto';
import type { ScheduleSpec } from '#topology';
import { LOCAL_REGION } from './dynamodb.ts';
import { LOCAL_ACCOUNT } from './event-bus.ts';
import type { Invoker } from './lambda.ts';

const UNIT_MS: Record<string, number> = { minute: 60_000, minutes: 60_000, hour: 3_600_000, hours: 3_600_000, day: 86_400_000, days: 86_400_000 };

/** rate(5 minutes) → 300000. Anything else is refused when the runtime starts. */
export function rateMs(expression: string): number {
  const match = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (!match) throw new Error(`unsupported schedule expression '${expression}': the local runtime runs rate(N minute|hour|day)`);
  const count = Number(match[1]);
  const unit = match[2] as string;
  // EventBridge's own rule: a value of 1 takes the singular unit, more take the plural.
  if (count < 1 || (count === 1) !== !unit.endsWith('s')) throw new Error(`invalid rate '${expression}'`);
  return count * (UNIT_MS[unit] as number);
}

export class LocalScheduler {
  private readonly schedules: { spec: ScheduleSpec; everyMs: number; nextAt: number }[];
  private readonly invoker: Invoker;
  private readonly log: (message: string, extra?: Record<string, unknown>) => void;
  private readonly afterRun: () => Promise<void>;
  private timer?: NodeJS.Timeout;
  /** The tick in progress: ticks run one after another (see tick). */
  private last: Promise<unknown> = Promise.resolve();

  /**
   * `afterRun` is awaited after each run: the runtime settles its queues there, so a daily
   * run's work items are done before the next run, as they are in AWS, where runs are a day
   * apart (the test clock jumps over forty days at once).
   */
  constructor(options: {
    schedules: readonly ScheduleSpec[];
    invoker: Invoker;
    startAt: number;
    log?: (message: string, extra?: Record<string, unknown>) => void;
    afterRun?: () => Promise<void>;
  }) {
    // Like a new rule: the first run comes one period after it is created.
    this.schedules = options.schedules.map((spec) => ({ spec, everyMs: rateMs(spec.expression), nextAt: options.startAt + rateMs(spec.expression) }));
    this.invoker = options.invoker;
    this.log = options.log ?? (() => undefined);
    this.afterRun = options.afterRun ?? (() => Promise.resolve());
  }

  /**
   * Runs every schedule due at `now`, once per period that elapsed, oldest first. A tick that
   * comes while another runs (the one-second timer, and a move of the test clock) waits for it:
   * two at once would each take the next period of a schedule, and a day's run would start
   * before the day before's had settled its work items.
   */
  tick(now: number): Promise<number> {
    const run = this.last.then(() => this.runDue(now));
    this.last = run.catch(() => undefined);
    return run;
  }

  private async runDue(now: number): Promise<number> {
    let runs = 0;
    for (const schedule of this.schedules) {
      while (schedule.nextAt <= now) {
        if (schedule.spec.coalesce) {
          // Every period that elapsed is one run, at the last of them.
          schedule.nextAt += Math.floor((now - schedule.nextAt) / schedule.everyMs) * schedule.everyMs;
        }
        const at = schedule.nextAt;
        schedule.nextAt += schedule.everyMs;
        runs += 1;
        const event = {
          version: '0',
          id: randomUUID(),
          'detail-type': 'Scheduled Event',
          source: 'aws.events',
          account: LOCAL_ACCOUNT,
          time: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
          region: LOCAL_REGION,
          resources: [`arn:aws:events:${LOCAL_REGION}:${LOCAL_ACCOUNT}:rule/${schedule.spec.name}`],
          detail: {},
        };
        try {
          await this.invoker.invoke(schedule.spec.function, event);
        } catch (error) {
          this.log('scheduled run failed', { schedule: schedule.spec.name, error: error instanceof Error ? error.message : String(error) });
        }
        await this.afterRun();
      }
    }
    return runs;
  }

  /** Ticks every second on `clock` (the wall clock, or the runtime's movable test clock). */
  start(clock: () => number = Date.now): void {
    if (this.schedules.length === 0) return;
    this.timer = setInterval(() => void this.tick(clock()), 1_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
