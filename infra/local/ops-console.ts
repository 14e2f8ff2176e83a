/**
 * The local ops console (local runtime only): GET /ops draws the widgets of the dashboard
 * description (infra/dashboard/widgets.ts) from what this process sees — the EMF metrics the
 * functions print through Powertools, the gateway's own requests, the local queues' depths and
 * the webhook backlog — and evaluates the alarms whose metric is known here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dashboardSections, type AlarmSpec, type MetricSpec } from '../dashboard/widgets.ts';
import type { InvocationCpu } from './lambda.ts';

/** Ten-second buckets: a chart moves while a developer clicks; an hour of them at most per series. */
export const BUCKET_MS = 10_000;
const MAX_BUCKETS = 360;
const MAX_SERIES = 2_000;

interface Bucket {
  readonly at: number;
  sum: number;
  count: number;
  max: number;
  values: number[];
}

/** Series keyed by metric name and sorted dimensions, bounded in buckets and in number. */
export class MetricStore {
  private readonly series = new Map<string, Bucket[]>();
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  static key(name: string, dimensions: Readonly<Record<string, string>> = {}): string {
    // Without dimensions (the gateway's figures, on every request), the key is the name.
    let any = false;
    for (const _ in dimensions) {
      any = true;
      break;
    }
    if (!any) return name;
    return [name, ...Object.entries(dimensions).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`)].join('|');
  }

  record(name: string, dimensions: Readonly<Record<string, string>>, value: number, at = this.now()): void {
    const key = MetricStore.key(name, dimensions);
    let buckets = this.series.get(key);
    if (!buckets) {
      if (this.series.size >= MAX_SERIES) return;
      buckets = [];
      this.series.set(key, buckets);
    }
    const start = at - (at % BUCKET_MS);
    let last = buckets.at(-1);
    if (!last || last.at !== start) {
      last = { at: start, sum: 0, count: 0, max: Number.NEGATIVE_INFINITY, values: [] };
      buckets.push(last);
      if (buckets.length > MAX_BUCKETS) buckets.shift();
    }
    last.sum += value;
    last.count += 1;
    last.max = Math.max(last.max, value);
    // Percentiles need the values; a bucket keeps a bounded sample of them.
    if (last.values.length < 1_000) last.values.push(value);
  }

  /** [bucket start, value] over the buckets of a series, by CloudWatch statistic. */
  points(name: string, dimensions: Readonly<Record<string, string>>, statistic: string): [number, number][] {
    const buckets = this.series.get(MetricStore.key(name, dimensions)) ?? [];
    return buckets.map((bucket) => [bucket.at, statisticOf(bucket, statistic)]);
  }

  /**
   * Reads the EMF blocks of one stdout line (Powertools' `_aws.CloudWatchMetrics`); true when
   * the line was EMF. Each metric is recorded with each of its dimension sets.
   */
  ingest(line: string): boolean {
    if (!line.includes('"_aws"')) return false;
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return false;
    }
    const aws = entry['_aws'] as { Timestamp?: number; CloudWatchMetrics?: { Dimensions?: string[][]; Metrics?: { Name: string }[] }[] } | undefined;
    if (!aws || !Array.isArray(aws.CloudWatchMetrics)) return false;
    for (const directive of aws.CloudWatchMetrics) {
      for (const dimensionSet of directive.Dimensions ?? [[]]) {
        // One service runs here, and modules loaded before the runtime set its environment name it
        // 'service_undefined': series are kept without the service dimension.
        const dimensions = Object.fromEntries(dimensionSet.filter((name) => name !== 'service').map((name) => [name, String(entry[name])]));
        for (const { Name } of directive.Metrics ?? []) {
          const raw = entry[Name];
          for (const value of Array.isArray(raw) ? raw : [raw]) if (typeof value === 'number') this.record(Name, dimensions, value);
        }
      }
    }
    return true;
  }
}

function statisticOf(bucket: Bucket, statistic: string): number {
  if (statistic === 'Sum') return bucket.sum;
  if (statistic === 'Maximum') return bucket.max;
  if (statistic === 'Average') return bucket.sum / bucket.count;
  if (statistic === 'SampleCount') return bucket.count;
  const percentile = /^p(\d+(?:\.\d+)?)$/.exec(statistic);
  if (percentile) {
    const sorted = [...bucket.values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((Number(percentile[1]) / 100) * sorted.length) - 1)] ?? 0;
  }
  return bucket.sum;
}

/** Sends each EMF line of stdout to the store, and keeps it off the terminal unless BOUCLIER_SHOW_METRICS=true. */
export function collectEmf(store: MetricStore, show: boolean): () => void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back as it was
  const original = process.stdout.write;
  const write = original.bind(process.stdout) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (!text.includes('"_aws"')) return write(chunk, ...(rest as []));
    const kept = text.split('\n').filter((line) => !store.ingest(line) || show);
    return kept.join('\n').length === 0 ? true : write(kept.join('\n'), ...(rest as []));
  });
  return () => {
    process.stdout.write = original;
  };
}

/** Local names of the gateway's figures in the store. */
export const GATEWAY_METRICS = { requests: 'gateway:Count', latency: 'gateway:Latency', clientErrors: 'gateway:4XXError', serverErrors: 'gateway:5XXError' } as const;

export interface OpsSources {
  readonly store: MetricStore;
  /** Dead-letter and parking queues, work queues: their current depth by name. */
  readonly queueDepths: () => { readonly deadLetter: Record<string, number>; readonly work: Record<string, number> };
  /** Webhook deliveries not yet delivered nor given up. */
  readonly webhookBacklog: () => Promise<number>;
  /** Each function's invocations and the process CPU while they ran (LocalFunctions.invocationCpu). */
  readonly invocationCpu?: () => Record<string, InvocationCpu>;
}

interface Series {
  readonly label: string;
  readonly axis: 'left' | 'right';
  readonly points: [number, number][];
}

/** The store's series for one metric of the description; undefined when this runtime cannot see it. */
function seriesOf(spec: MetricSpec, sources: OpsSources, _service: string): { label: string; points: [number, number][] }[] | undefined {
  const { store } = sources;
  switch (spec.source) {
    case 'business':
      return [{ label: spec.label ?? spec.name, points: store.points(spec.name, spec.dimensions ?? {}, spec.statistic) }];
    case 'api': {
      const name = { Latency: GATEWAY_METRICS.latency, IntegrationLatency: GATEWAY_METRICS.latency, Count: GATEWAY_METRICS.requests, '4XXError': GATEWAY_METRICS.clientErrors, '5XXError': GATEWAY_METRICS.serverErrors }[spec.name];
      return [{ label: spec.label ?? spec.name, points: store.points(name, {}, spec.statistic) }];
    }
    case 'deadLetterQueues':
    case 'workQueues': {
      const depths = sources.queueDepths()[spec.source === 'deadLetterQueues' ? 'deadLetter' : 'work'];
      if (spec.name !== 'ApproximateNumberOfMessagesVisible') return undefined;
      return Object.keys(depths).map((queue) => ({ label: queue, points: store.points(`queue:${queue}`, {}, 'Maximum') }));
    }
    case 'functions':
    case 'streamConsumers':
    case 'expression':
      return undefined;
  }
}

/** An alarm is evaluated here when its metric is a business or API metric this runtime records. */
function evaluate(alarm: AlarmSpec, sources: OpsSources, service: string, now: number): { state: 'OK' | 'ALARM'; value: number } | undefined {
  if (alarm.metric.source === 'expression') return undefined;
  const series = seriesOf(alarm.metric, sources, service)?.[0];
  if (!series) return undefined;
  const period = (alarm.metric.periodSeconds ?? 300) * 1000;
  const statistic = alarm.metric.statistic;
  const periods = Array.from({ length: alarm.evaluationPeriods }, (_, index) => {
    const inPeriod = series.points.filter(([at]) => at > now - period * (index + 1) && at <= now - period * index).map(([, value]) => value);
    return statistic === 'Sum' ? inPeriod.reduce((a, b) => a + b, 0) : inPeriod.length > 0 ? Math.max(...inPeriod) : 0;
  });
  const value = periods[0] ?? 0;
  return { state: periods.every((figure) => figure >= alarm.threshold) ? 'ALARM' : 'OK', value };
}

export async function opsData(sources: OpsSources, service: string, now = Date.now()): Promise<unknown> {
  const widgets: { title: string; width: number; series: Series[]; unavailable: string[]; stacked: boolean }[] = [];
  const alarms: { id: string; description: string; threshold: number; state: 'OK' | 'ALARM' | 'NOT_EVALUATED'; value?: number }[] = [];
  for (const section of dashboardSections(service)) {
    for (const row of section.rows) {
      for (const widget of row) {
        if (widget.kind !== 'graph') continue;
        const series: Series[] = [];
        const unavailable: string[] = [];
        for (const [axis, metrics] of [['left', widget.left], ['right', widget.right ?? []]] as const) {
          for (const metric of metrics) {
            const found = seriesOf(metric, sources, service);
            if (found) series.push(...found.map((one) => ({ ...one, axis })));
            else unavailable.push('label' in metric && metric.label ? metric.label : 'name' in metric ? metric.name : metric.expression);
          }
        }
        widgets.push({ title: widget.title, width: widget.width, series, unavailable, stacked: widget.stacked === true });
      }
    }
    for (const alarm of section.alarms) {
      const result = evaluate(alarm, sources, service, now);
      alarms.push({ id: alarm.id, description: alarm.description, threshold: alarm.threshold, ...(result ?? { state: 'NOT_EVALUATED' as const }) });
    }
  }
  const depths = sources.queueDepths();
  return { generatedAt: new Date(now).toISOString(), bucketSeconds: BUCKET_MS / 1000, widgets, alarms, deadLetterQueues: depths.deadLetter, workQueues: depths.work, webhookBacklog: await sources.webhookBacklog(), functions: sources.invocationCpu?.() ?? {} };
}

const UPLOT = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'node_modules', 'uplot', 'dist');
export const opsAssets = (): Record<string, { type: string; body: string }> => ({
  '/ops/uplot.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(path.join(UPLOT, 'uPlot.iife.min.js'), 'utf8') },
  '/ops/uplot.css': { type: 'text/css; charset=utf-8', body: readFileSync(path.join(UPLOT, 'uPlot.min.css'), 'utf8') },
  '/ops': { type: 'text/html; charset=utf-8', body: readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'ops-console.html'), 'utf8') },
});
