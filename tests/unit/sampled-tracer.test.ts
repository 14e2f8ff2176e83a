/**
 * X-Ray tracing is loaded by the first invocation X-Ray samples (shared/powertools/tracing.ts):
 * a cold start without it, every sampled invocation traced as Powertools traces it.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureSampledHandler, SampledTracer, type TracerLoader } from '../../shared/powertools/tracing.ts';

/** A stand-in for Powertools' Tracer: what the façade hands it. */
function fakeTracer() {
  const calls = { clients: [] as unknown[], annotations: [] as [string, unknown][] };
  const tracer = {
    captureAWSv3Client: <T>(client: T) => {
      calls.clients.push(client);
      return client;
    },
    putAnnotation: (key: string, value: unknown) => {
      calls.annotations.push([key, value]);
    },
  } as unknown as Tracer;
  return { tracer, calls };
}

describe('SampledTracer', () => {
  it('loads nothing while X-Ray samples no invocation, and annotates nothing', async () => {
    const load = vi.fn<TracerLoader>();
    const tracing = new SampledTracer({ load, isSampled: () => false });
    const client = { name: 'dynamodb' };
    expect(tracing.captureAWSv3Client(client)).toBe(client);
    tracing.putAnnotation('tenantId', 'ten_1');
    for (let i = 0; i < 3; i += 1) expect(await tracing.forInvocation()).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
    expect(tracing.loaded).toBeUndefined();
  });

  it('loads the Tracer once, on the first sampled invocation, and instruments the clients created before and after', async () => {
    const { tracer, calls } = fakeTracer();
    const load = vi.fn<TracerLoader>(async () => tracer);
    let sampledNow = false;
    const tracing = new SampledTracer({ load, isSampled: () => sampledNow });
    const before = { name: 'dynamodb' };
    tracing.captureAWSv3Client(before);
    await tracing.forInvocation();
    await tracing.forInvocation();
    sampledNow = true;
    expect(await tracing.forInvocation()).toBe(tracer);
    // The third invocation of the environment: not its cold start.
    expect(load).toHaveBeenCalledExactlyOnceWith(false);
    expect(calls.clients).toEqual([before]);
    const after = { name: 'sqs' };
    tracing.captureAWSv3Client(after);
    expect(calls.clients).toEqual([before, after]);
    // Loaded, every invocation is handed to it, sampled or not (X-Ray drops the others).
    sampledNow = false;
    expect(await tracing.forInvocation()).toBe(tracer);
    tracing.putAnnotation('tenantId', 'ten_1');
    expect(calls.annotations).toEqual([['tenantId', 'ten_1']]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tells the loader it is the cold start when the first invocation is sampled', async () => {
    const load = vi.fn<TracerLoader>(async () => fakeTracer().tracer);
    await new SampledTracer({ load, isSampled: () => true }).forInvocation();
    expect(load).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('runs the invocation untraced when the Tracer cannot be loaded, and tries again on the next sampled one', async () => {
    const { tracer } = fakeTracer();
    const load = vi.fn<TracerLoader>().mockRejectedValueOnce(new Error('no module')).mockResolvedValueOnce(tracer);
    const onLoadError = vi.fn();
    const tracing = new SampledTracer({ load, isSampled: () => true, onLoadError });
    expect(await tracing.forInvocation()).toBeUndefined();
    expect(onLoadError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ message: 'no module' }));
    expect(await tracing.forInvocation()).toBe(tracer);
  });
});

describe('captureSampledHandler', () => {
  it('opens the handler subsegment only once the Tracer is loaded', async () => {
    const { tracer } = fakeTracer();
    const opened: string[] = [];
    Object.assign(tracer, {
      isTracingEnabled: () => true,
      getSegment: () => ({ addNewSubsegment: (name: string) => (opened.push(name), { close: () => undefined }) }),
      setSegment: () => undefined,
      annotateColdStart: () => undefined,
      addServiceNameAnnotation: () => undefined,
      addResponseAsMetadata: () => undefined,
    });
    let sampledNow = false;
    const tracing = new SampledTracer({ load: async () => tracer, isSampled: () => sampledNow });
    const middleware = captureSampledHandler<unknown, unknown, unknown>(tracing);
    const request = () => ({ event: {}, context: {}, response: { ok: true }, error: undefined, internal: {} }) as never;
    await middleware.before?.(request());
    await middleware.after?.(request());
    expect(opened).toEqual([]);
    sampledNow = true;
    await middleware.before?.(request());
    expect(opened).toHaveLength(1);
  });
});

describe('the Powertools Tracer, loaded late in Lambda', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('traces a sampled invocation: the clients get X-Ray’s middleware, and ColdStart is false after the first invocation', async () => {
    Object.assign(process.env, {
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
      AWS_LAMBDA_FUNCTION_NAME: 'Bouclier-cover',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      POWERTOOLS_SERVICE_NAME: 'bouclier',
      POWERTOOLS_TRACE_ENABLED: 'true',
      _X_AMZN_TRACE_ID: 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1',
    });
    const tracing = new SampledTracer();
    const client = tracing.captureAWSv3Client(new DynamoDBClient({ region: 'eu-west-3' }));
    const tracer = await tracing.forInvocation();
    expect(tracer?.isTracingEnabled()).toBe(true);
    expect(client.middlewareStack.identify().some((name) => name.startsWith('XRaySDKInstrumentation'))).toBe(true);
    // First invocation of this façade: its Tracer reports the cold start once.
    expect((tracer as unknown as { getColdStart(): boolean }).getColdStart()).toBe(true);

    let sampledAfter = 0;
    const late = new SampledTracer({ isSampled: () => sampledAfter > 0 });
    await late.forInvocation();
    sampledAfter = 1;
    const lateTracer = await late.forInvocation();
    expect((lateTracer as unknown as { getColdStart(): boolean }).getColdStart()).toBe(false);
  });

  it('is not loaded when tracing is turned off, sampled or not', async () => {
    Object.assign(process.env, { POWERTOOLS_TRACE_ENABLED: 'false', _X_AMZN_TRACE_ID: 'Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1' });
    const load = vi.fn<TracerLoader>();
    expect(await new SampledTracer({ load }).forInvocation()).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
  });

  it('is not loaded for an invocation X-Ray did not sample', async () => {
    Object.assign(process.env, { POWERTOOLS_TRACE_ENABLED: 'true', _X_AMZN_TRACE_ID: 'Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0' });
    const load = vi.fn<TracerLoader>();
    expect(await new SampledTracer({ load }).forInvocation()).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
  });
});
