/**
 * countByOutcome keeps one single-metric instance: each count is its own EMF line with only its
 * own outcome dimension (beside the service's), however many counts came before it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface Emf {
  readonly _aws: { CloudWatchMetrics: { Dimensions: string[][]; Metrics: { Name: string }[] }[] };
  readonly [field: string]: unknown;
}

let lines: Emf[];

beforeEach(() => {
  vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
  vi.stubEnv('POWERTOOLS_DEV', 'false');
  vi.stubEnv('POWERTOOLS_SERVICE_NAME', 'bouclier');
  vi.stubEnv('POWERTOOLS_METRICS_NAMESPACE', 'Bouclier');
  vi.resetModules();
  lines = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    for (const line of text.split('\n')) if (line.includes('"_aws"')) lines.push(JSON.parse(line) as Emf);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('countByOutcome', () => {
  it('publishes one line per count, each with its own outcome dimension only', async () => {
    const { countByOutcome } = await import('../../shared/powertools/index.ts');
    countByOutcome('CoverChecks', 'recommendation', 'accept');
    countByOutcome('CoverChecks', 'recommendation', 'decline');
    countByOutcome('LimitDecisions', 'decision', 'approved', 3);

    expect(lines).toHaveLength(3);
    const [accept, decline, approved] = lines as [Emf, Emf, Emf];
    expect(accept['recommendation']).toBe('accept');
    expect(accept['CoverChecks']).toBe(1);
    expect(decline['recommendation']).toBe('decline');
    expect(approved['decision']).toBe('approved');
    expect(approved['LimitDecisions']).toBe(3);
    // The earlier counts' dimension is gone from the later lines.
    expect(approved).not.toHaveProperty('recommendation');
    expect(approved._aws.CloudWatchMetrics[0]?.Dimensions).toEqual([['service', 'decision']]);
    expect(decline._aws.CloudWatchMetrics[0]?.Dimensions).toEqual([['service', 'recommendation']]);
    expect(accept['service']).toBe('bouclier');
  });
});
