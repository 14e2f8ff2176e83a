/**
 * Lambda's asynchronous invocation, the way EventBridge rules and schedules invoke a function
 * in AWS (InvocationType Event): Lambda takes the event at once (202), runs the function, and
 * when the function fails (an error or a timeout) runs it again up to `retryAttempts` times,
 * one minute then two minutes later; an event older than `maxEventAgeSeconds` is not run again.
 * Then it sends an invocation record to the function's on-failure destination, an SQS queue:
 * what failed (`requestPayload`), where (`requestContext.functionArn`), why (`condition`,
 * `responsePayload`), so an operator can redrive it (docs/operations.md).
 *
 * EventBridge itself retries only what Lambda did not take (an unknown function here): a
 * function's own failures are not EventBridge's to retry. `invoke` resolves when the first
 * attempt has run, whatever its outcome, so the scheduler and the bus's `drain()` see its effects.
 */
import { randomUUID } from 'node:crypto';
import type { AsyncInvocationSpec, Topology } from '#topology';
import { LOCAL_REGION } from './dynamodb.ts';
import { LOCAL_ACCOUNT } from './event-bus.ts';
import type { Invoker } from './lambda.ts';

/** Lambda's waits before the first and the second retry of a failed asynchronous invocation. */
export const AWS_RETRY_DELAYS_MS: readonly number[] = [60_000, 120_000];

/** What Lambda sends to an on-failure destination (Lambda's "invocation record"). */
export interface InvocationRecord {
  readonly version: '1.0';
  readonly timestamp: string;
  readonly requestContext: {
    readonly requestId: string;
    readonly functionArn: string;
    readonly condition: 'RetriesExhausted' | 'EventAgeExceeded';
    readonly approximateInvokeCount: number;
  };
  readonly requestPayload: unknown;
  readonly responseContext: { readonly statusCode: number; readonly executedVersion: '$LATEST'; readonly functionError: 'Unhandled' };
  readonly responsePayload: { readonly errorType: string; readonly errorMessage: string };
}

export interface LocalAsyncInvokerOptions {
  readonly topology: Pick<Topology, 'service' | 'functions' | 'asyncInvocation'>;
  readonly invoker: Invoker;
  readonly queues: { send(queue: string, body: string): unknown };
  /** Waits before each retry; Lambda's by default, tests make them short. */
  readonly retryDelaysMs?: readonly number[];
  readonly log?: (message: string, extra?: Record<string, unknown>) => void;
}

export class LocalAsyncInvoker implements Invoker {
  private readonly options: LocalAsyncInvokerOptions;
  private readonly config: AsyncInvocationSpec;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(options: LocalAsyncInvokerOptions) {
    this.options = options;
    this.config = options.topology.asyncInvocation;
    const delays = options.retryDelaysMs ?? AWS_RETRY_DELAYS_MS;
    if (delays.length < this.config.retryAttempts) throw new Error(`${this.config.retryAttempts} retries need as many delays, got ${delays.length}`);
  }

  /** Takes the event (an unknown function is refused, as Lambda's Invoke would) and runs its first attempt. */
  async invoke<R = unknown>(name: string, event: unknown): Promise<R> {
    if (!(name in this.options.topology.functions)) throw new Error(`Function not found: ${this.functionArn(name)}`);
    await this.attempt(name, event, { requestId: randomUUID(), acceptedAt: Date.now(), count: 1 });
    // An asynchronous invocation answers nothing but "accepted".
    return undefined as R;
  }

  private functionArn(name: string): string {
    return `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${this.options.topology.service}-${name}:$LATEST`;
  }

  private attempt(name: string, event: unknown, state: { requestId: string; acceptedAt: number; count: number }): Promise<void> {
    const run = this.options.invoker.invoke(name, event).then(
      () => undefined,
      (error: unknown) => this.failed(name, event, state, error instanceof Error ? error : new Error(String(error))),
    );
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return run;
  }

  private failed(name: string, event: unknown, state: { requestId: string; acceptedAt: number; count: number }, error: Error): void {
    if (this.stopped) return;
    const retriesDone = state.count - 1;
    const delay = (this.options.retryDelaysMs ?? AWS_RETRY_DELAYS_MS)[retriesDone] ?? 0;
    const tooOld = Date.now() + delay - state.acceptedAt > this.config.maxEventAgeSeconds * 1000;
    if (retriesDone >= this.config.retryAttempts || tooOld) {
      const condition = retriesDone >= this.config.retryAttempts ? 'RetriesExhausted' : 'EventAgeExceeded';
      const record: InvocationRecord = {
        version: '1.0',
        timestamp: new Date().toISOString(),
        requestContext: { requestId: state.requestId, functionArn: this.functionArn(name), condition, approximateInvokeCount: state.count },
        requestPayload: event,
        responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
        responsePayload: { errorType: error.name, errorMessage: error.message },
      };
      this.options.queues.send(this.config.onFailureQueue, JSON.stringify(record));
      this.options.log?.('asynchronous invocation failed: record sent to its on-failure destination', {
        function: name,
        requestId: state.requestId,
        attempts: state.count,
        condition,
        queue: this.config.onFailureQueue,
        error: error.message,
      });
      return;
    }
    this.options.log?.('asynchronous invocation failed, retrying', { function: name, requestId: state.requestId, attempt: state.count, delayMs: delay, error: error.message });
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(name, event, { ...state, count: state.count + 1 });
    }, delay);
    this.timers.add(timer);
  }

  /** Waits until every attempt started so far has settled (retries not yet due are not waited for). */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Retries waiting for their time are dropped with the process, as the bus's own retries are. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
