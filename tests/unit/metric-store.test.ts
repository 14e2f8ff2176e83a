/**
 * The local ops console's metric store (infra/local/ops-console.ts): one series per metric name
 * and set of dimensions, whatever order the dimensions come in; ten-second buckets.
 */
import { describe, expect, it } from 'vitest';
import { BUCKET_MS, MetricStore } from '../../infra/local/ops-console.ts';

describe('the ops console’s metric store', () => {
  it('keys a series by its name alone without dimensions, and by its sorted dimensions with them', () => {
    expect(MetricStore.key('gateway:Count')).toBe('gateway:Count');
    expect(MetricStore.key('gateway:Count', {})).toBe('gateway:Count');
    expect(MetricStore.key('CoverDecisions', { outcome: 'covered', grade: '3' })).toBe('CoverDecisions|grade=3|outcome=covered');
    expect(MetricStore.key('CoverDecisions', { grade: '3', outcome: 'covered' })).toBe('CoverDecisions|grade=3|outcome=covered');
  });

  it('keeps a series without dimensions apart from the same name with them', () => {
    const at = 10 * BUCKET_MS;
    const store = new MetricStore(() => at);
    store.record('CoverDecisions', {}, 1);
    store.record('CoverDecisions', {}, 2);
    store.record('CoverDecisions', { outcome: 'covered' }, 5);
    store.record('CoverDecisions', { outcome: 'covered' }, 7, at + BUCKET_MS);
    expect(store.points('CoverDecisions', {}, 'Sum')).toEqual([[at, 3]]);
    expect(store.points('CoverDecisions', { outcome: 'covered' }, 'Sum')).toEqual([
      [at, 5],
      [at + BUCKET_MS, 7],
    ]);
    expect(store.points('CoverDecisions', { outcome: 'covered' }, 'SampleCount')).toEqual([
      [at, 1],
      [at + BUCKET_MS, 1],
    ]);
  });
});
