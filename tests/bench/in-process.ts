/**
 * Handlers invoked in this process, as Lambda invokes them, with the events the local gateway
 * builds for real requests: the gateway (infra/local/gateway.ts) is run on a port of its own in
 * front of a recorder, a request is sent through it over HTTP, and the events it passed to the
 * authorizer and to the function are kept to be replayed. The handler modules are the ones the
 * in-process runtime imported (same URL, same module): same SDK clients, same environment.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import type { FunctionSpec, Topology } from '#topology';
import { LocalGateway } from '../../infra/local/gateway.ts';
import { LocalFunctions } from '../../infra/local/lambda.ts';
import { freePort } from '../../infra/local/ports.ts';
import { REPO_ROOT, type RunningRuntime } from '../../infra/local/runtime.ts';

export interface CapturedInvocation {
  readonly functionName: string;
  readonly event: unknown;
}

export interface SentRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly key: string;
  readonly body?: unknown;
}

/** Sends `request` through a gateway of its own (no authorizer cache) and returns the invocations it made, authorizer first. */
export async function captureInvocations(topology: Topology, request: SentRequest): Promise<{ status: number; text: string; invocations: CapturedInvocation[] }> {
  const functions = new LocalFunctions(topology, REPO_ROOT);
  const invocations: CapturedInvocation[] = [];
  const gateway = new LocalGateway({
    topology,
    authorizerCacheSeconds: 0,
    invoker: {
      invoke: <R,>(functionName: string, event: unknown) => {
        invocations.push({ functionName, event: structuredClone(event) });
        return functions.invoke<R>(functionName, event);
      },
    },
  });
  const url = await gateway.listen(await freePort());
  try {
    const response = await fetch(`${url}${request.path}`, {
      method: request.method,
      headers: { authorization: `Bearer ${request.key}`, ...(request.body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
    return { status: response.status, text: await response.text(), invocations };
  } finally {
    await gateway.close();
  }
}

type Handler = (event: unknown, context: Context) => Promise<unknown>;

/** The exported handler of a topology function, imported as the local runtime imports it. */
export async function handlerOf(topology: Topology, name: string): Promise<(event: unknown) => Promise<unknown>> {
  const spec = (topology.functions as Record<string, FunctionSpec>)[name];
  if (!spec) throw new Error(`in-process: unknown function ${name}`);
  const module = (await import(pathToFileURL(path.join(REPO_ROOT, spec.entry)).href)) as Record<string, unknown>;
  const handler = module[spec.handler];
  if (typeof handler !== 'function') throw new Error(`in-process: ${spec.entry} exports no ${spec.handler}`);
  const functionName = `${topology.service}-${name}`;
  return (event) =>
    (handler as Handler)(event, {
      callbackWaitsForEmptyEventLoop: false,
      functionName,
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:eu-west-3:000000000000:function:${functionName}`,
      memoryLimitInMB: String(spec.memoryMb),
      awsRequestId: randomUUID(),
      logGroupName: `/aws/lambda/${functionName}`,
      logStreamName: 'bench',
      getRemainingTimeInMillis: () => spec.timeoutSeconds * 1000,
      done: () => undefined,
      fail: () => undefined,
      succeed: () => undefined,
    });
}

/**
 * Waits until the runtime's stream consumers found nothing new and no queued message is due,
 * then stops the consumers (they resume from their checkpoints): the CPU rows' Quiet (cpu.ts).
 */
export function quietRuntime(runtime: RunningRuntime): () => Promise<() => Promise<void>> {
  return async () => {
    await Promise.all(runtime.consumers.map((consumer) => consumer.idle()));
    await runtime.queues.settle();
    await Promise.all(runtime.consumers.map((consumer) => consumer.stop()));
    return async () => {
      await Promise.all(runtime.consumers.map((consumer) => consumer.start()));
    };
  };
}
