/**
 * The local runtime's asynchronous invocation against Lambda's documented behaviour: a function
 * error is retried twice (three runs), then the invocation record goes to the on-failure queue;
 * EventBridge does not retry a function's failures (only a handover Lambda refused).
 */
import { describe, expect, it } from 'vitest';
import { topology, type Topology } from '#topology';
import { AWS_RETRY_DELAYS_MS, LocalAsyncInvoker, type InvocationRecord } from '../../infra/local/async-invoke.ts';
import { LocalEventBus } from '../../infra/local/event-bus.ts';
import type { Invoker } from '../../infra/local/lambda.ts';

const until = async (condition: () => boolean, ms = 2_000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
};

/** A function that fails its first `failures` runs, and the queue that receives records. */
function harness(failures: number, options: { maxEventAgeSeconds?: number; retryDelaysMs?: number[] } = {}) {
  const runs: unknown[] = [];
  const sent: { queue: string; record: InvocationRecord }[] = [];
  const functions: Invoker = {
    invoke: async <R>(_name: string, event: unknown) => {
      runs.push(event);
      if (runs.length <= failures) throw new TypeError(`run ${runs.length} failed`);
      return undefined as R;
    },
  };
  const asyncTopology: Pick<Topology, 'service' | 'functions' | 'asyncInvocation'> = {
    service: topology.service,
    functions: topology.functions,
    asyncInvocation: { ...topology.asyncInvocation, ...(options.maxEventAgeSeconds !== undefined ? { maxEventAgeSeconds: options.maxEventAgeSeconds } : {}) },
  };
  const invoker = new LocalAsyncInvoker({
    topology: asyncTopology,
    invoker: functions,
    queues: { send: (queue, body) => sent.push({ queue, record: JSON.parse(body) as InvocationRecord }) },
    retryDelaysMs: options.retryDelaysMs ?? [5, 10],
  });
  return { runs, sent, invoker };
}

describe('asynchronous invocation, as Lambda runs it', () => {
  it('waits one minute before the first retry and two before the second, by default', () => {
    expect(AWS_RETRY_DELAYS_MS).toEqual([60_000, 120_000]);
    expect(topology.asyncInvocation).toEqual({ retryAttempts: 2, maxEventAgeSeconds: 21_600, onFailureQueue: 'async-failures' });
  });

  it('runs a failing function three times, then sends the invocation record to the on-failure queue', async () => {
    const { runs, sent, invoker } = harness(Infinity);
    const event = { 'detail-type': 'sector.alert_opened', detail: { alertId: 'sal_1' } };
    // Accepted at once: the first run has happened when invoke answers, the retries come later.
    await invoker.invoke('downgrades', event);
    expect(runs).toHaveLength(1);
    await until(() => sent.length === 1);
    expect(runs).toEqual([event, event, event]);
    const [{ queue, record }] = sent as [(typeof sent)[number]];
    expect(queue).toBe('async-failures');
    // The shape of Lambda's invocation record: what failed, where, why, how many runs.
    expect(Object.keys(record).sort()).toEqual(['requestContext', 'requestPayload', 'responseContext', 'responsePayload', 'timestamp', 'version']);
    expect(record.version).toBe('1.0');
    expect(record.requestContext).toMatchObject({ condition: 'RetriesExhausted', approximateInvokeCount: 3 });
    expect(record.requestContext.functionArn).toMatch(/^arn:aws:lambda:[\w-]+:\d{12}:function:bouclier-downgrades:\$LATEST$/);
    expect(record.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(record.requestPayload).toEqual(event);
    expect(record.responseContext).toEqual({ statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' });
    expect(record.responsePayload).toEqual({ errorType: 'TypeError', errorMessage: 'run 3 failed' });
    expect(Date.parse(record.timestamp)).not.toBeNaN();
    // Nothing more: three runs in all.
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(runs).toHaveLength(3);
  });

  it('sends nothing when a retry succeeds', async () => {
    const { runs, sent, invoker } = harness(2);
    await invoker.invoke('claimJobs', { id: 'e1' });
    await until(() => runs.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(runs).toHaveLength(3);
    expect(sent).toEqual([]);
  });

  it('does not run again an event older than the maximum event age: EventAgeExceeded', async () => {
    const { runs, sent, invoker } = harness(Infinity, { maxEventAgeSeconds: 60, retryDelaysMs: [61_000, 120_000] });
    await invoker.invoke('reductions', { id: 'e2' });
    expect(runs).toHaveLength(1);
    expect(sent.map((s) => [s.record.requestContext.condition, s.record.requestContext.approximateInvokeCount])).toEqual([['EventAgeExceeded', 1]]);
  });

  it('refuses an unknown function, as Lambda\'s Invoke does (EventBridge then retries the handover)', async () => {
    const { runs, invoker } = harness(0);
    await expect(invoker.invoke('nope', {})).rejects.toThrow(/Function not found/);
    expect(runs).toEqual([]);
  });

  it('drops retries not yet due when stopped, and sends nothing after', async () => {
    const { runs, sent, invoker } = harness(Infinity, { retryDelaysMs: [50, 50] });
    await invoker.invoke('limitExpiry', {});
    invoker.stop();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(runs).toHaveLength(1);
    expect(sent).toEqual([]);
  });
});

describe('EventBridge rule with a function target, through the asynchronous invocation', () => {
  it('hands the event over once: the function\'s failures are Lambda\'s retries (3 runs), not 185 of EventBridge\'s', async () => {
    const { runs, sent, invoker } = harness(Infinity);
    const busTopology: Topology = {
      ...topology,
      rules: [{ name: 'alerts', description: 'test', pattern: { source: ['test'] }, targets: [{ function: 'downgrades' }] }],
    };
    const bus = new LocalEventBus({ topology: busTopology, invoker, retryBaseMs: 1 });
    try {
      const put = await bus.putEvents([{ Source: 'test', DetailType: 'sector.alert_opened', Detail: '{"alertId":"sal_9"}', EventBusName: topology.busName }]);
      expect(put.FailedEntryCount).toBe(0);
      await bus.drain();
      await until(() => sent.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 40));
      expect(runs).toHaveLength(3);
      expect(bus.deadLetters).toEqual([]);
      expect(sent[0]?.record.requestPayload).toMatchObject({ source: 'test', 'detail-type': 'sector.alert_opened', detail: { alertId: 'sal_9' } });
    } finally {
      await bus.stop();
      invoker.stop();
    }
  });

  it('retries a handover the function side refused, then keeps the event in the rule\'s dead letters', async () => {
    const busTopology: Topology = {
      ...topology,
      rules: [{ name: 'ghost', description: 'test', pattern: { source: ['test'] }, targets: [{ function: 'nope' }] }],
    };
    const { invoker } = harness(0);
    const bus = new LocalEventBus({ topology: busTopology, invoker, retryBaseMs: 0 });
    try {
      await bus.putEvents([{ Source: 'test', DetailType: 'x', Detail: '{}', EventBusName: topology.busName }]);
      await until(() => bus.deadLetters.length === 1, 10_000);
      expect(bus.deadLetters[0]).toMatchObject({ rule: 'ghost', target: 'nope', attempts: 185 });
    } finally {
      await bus.stop();
    }
  });
});
