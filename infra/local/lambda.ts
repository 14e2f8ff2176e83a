/**
 * Runs the topology's functions in this process the way Lambda does: the module named by
 * the function's entry is imported once (cold start), its exported handler receives the
 * event and a Lambda context, and the call fails if it outlives the function's timeout.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import type { FunctionSpec, Topology } from '#topology';
import { LOCAL_REGION } from './dynamodb.ts';

type Handler = (event: unknown, context: Context) => Promise<unknown>;

export interface Invoker {
  invoke<R = unknown>(functionName: string, event: unknown): Promise<R>;
  /** Waits for the work the invoker started on its own (an asynchronous invoker's retries). */
  drain?(): Promise<void>;
}

interface FunctionIdentity {
  readonly spec: FunctionSpec;
  readonly functionName: string;
  readonly invokedFunctionArn: string;
  readonly memoryLimitInMB: string;
  readonly logGroupName: string;
}

export class FunctionTimeoutError extends Error {
  override readonly name = 'FunctionTimeoutError';
}

/** What one function's invocations have cost this process so far. */
export interface InvocationCpu {
  readonly invocations: number;
  /** Process CPU (user + system) from each invocation's start to its answer, summed. */
  readonly cpuMs: number;
  /** Wall time from each invocation's start to its answer, summed. */
  readonly wallMs: number;
}

export class LocalFunctions implements Invoker {
  /** Each function's handler once imported; its import while it runs. */
  private readonly handlers = new Map<string, Handler | Promise<Handler>>();
  private readonly identities = new Map<string, FunctionIdentity>();
  private readonly tallies = new Map<string, { invocations: number; cpuMicros: number; wallMs: number }>();

  private readonly topology: Topology;
  private readonly root: string;

  constructor(topology: Topology, root: string) {
    this.topology = topology;
    this.root = root;
  }

  private spec(name: string): FunctionSpec {
    const spec = (this.topology.functions as Record<string, FunctionSpec>)[name];
    if (!spec) throw new Error(`unknown function '${name}'`);
    return spec;
  }

  /** The handler, or its import when it has not finished (then the handler replaces it). */
  private load(name: string): Handler | Promise<Handler> {
    const known = this.handlers.get(name);
    if (known) return known;
    const spec = this.spec(name);
    const loading = import(pathToFileURL(path.join(this.root, spec.entry)).href).then((module: Record<string, unknown>) => {
      const exported = module[spec.handler];
      if (typeof exported !== 'function') throw new Error(`${spec.entry} exports no function '${spec.handler}'`);
      this.handlers.set(name, exported as Handler);
      return exported as Handler;
    });
    this.handlers.set(name, loading);
    return loading;
  }

  /** Imports every function now, so the first request does not pay for it. */
  async warm(): Promise<void> {
    await Promise.all(Object.keys(this.topology.functions).map(async (name) => this.load(name)));
  }

  /** What a function's context says of it, the same on every invocation: built once. */
  private identity(name: string): FunctionIdentity {
    let identity = this.identities.get(name);
    if (!identity) {
      const spec = this.spec(name);
      const functionName = `${this.topology.service}-${name}`;
      identity = {
        spec,
        functionName,
        invokedFunctionArn: `arn:aws:lambda:${LOCAL_REGION}:000000000000:function:${functionName}`,
        memoryLimitInMB: String(spec.memoryMb),
        logGroupName: `/aws/lambda/${functionName}`,
      };
      this.identities.set(name, identity);
    }
    return identity;
  }

  async invoke<R = unknown>(name: string, event: unknown): Promise<R> {
    const { spec, functionName, invokedFunctionArn, memoryLimitInMB, logGroupName } = this.identity(name);
    // Once imported, the handler is taken as it is, without waiting on its import again.
    const loaded = this.load(name);
    const handler = typeof loaded === 'function' ? loaded : await loaded;
    const deadline = Date.now() + spec.timeoutSeconds * 1000;
    const requestId = randomUUID();
    const context: Context = {
      callbackWaitsForEmptyEventLoop: false,
      functionName,
      functionVersion: '$LATEST',
      invokedFunctionArn,
      memoryLimitInMB,
      awsRequestId: requestId,
      logGroupName,
      logStreamName: 'local',
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      done: () => undefined,
      fail: () => undefined,
      succeed: () => undefined,
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new FunctionTimeoutError(`${name} timed out after ${spec.timeoutSeconds} s`)), spec.timeoutSeconds * 1000);
    });
    // process.cpuUsage (getrusage RUSAGE_SELF) counts the calling thread up to the moment it is
    // read. Not process.threadCpuUsage: Linux's RUSAGE_THREAD leaves out what the thread has run
    // since it was last descheduled (a 0.3 ms spin reads as 0 most of the time), which shifts
    // the runtime's work before an invocation into the invocation and the function's last part
    // out of it.
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    try {
      return (await Promise.race([handler(event, context), timeout])) as R;
    } finally {
      clearTimeout(timer);
      const spent = process.cpuUsage(cpuBefore);
      const tally = this.tallies.get(name) ?? { invocations: 0, cpuMicros: 0, wallMs: 0 };
      tally.invocations += 1;
      tally.cpuMicros += spent.user + spent.system;
      tally.wallMs += performance.now() - started;
      this.tallies.set(name, tally);
    }
  }

  /**
   * Each function's invocations so far and the process CPU spent while they ran (the ops
   * console's `functions`). With requests one at a time, that is what the functions cost, and
   * the rest of the process's CPU is the runtime's (gateway, authorizer cache, event shaping,
   * logs): `npm run bench -- cover` splits npm start's CPU per check so. Invocations that
   * overlap count each other's CPU too.
   */
  invocationCpu(): Record<string, InvocationCpu> {
    return Object.fromEntries([...this.tallies].map(([name, tally]) => [name, { invocations: tally.invocations, cpuMs: tally.cpuMicros / 1000, wallMs: tally.wallMs }]));
  }
}
