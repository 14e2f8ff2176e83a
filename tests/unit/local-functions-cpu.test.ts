/**
 * The local runtime's tally of each function's CPU (infra/local/lambda.ts, invocationCpu): the
 * process CPU and wall time from each invocation's start to its answer, summed per function,
 * failures included. The cover benchmark splits npm start's CPU per check with it. The process's
 * CPU includes whatever else runs meanwhile: a spinning function's own is checked, from below.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Topology } from '#topology';
import { LocalFunctions } from '../../infra/local/lambda.ts';

const root = mkdtempSync(path.join(tmpdir(), 'local-functions-cpu-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

writeFileSync(
  path.join(root, 'handlers.mjs'),
  [
    // About `ms` of CPU, spinning.
    'export const busy = async ({ ms }) => { const end = performance.now() + ms; let x = 0; while (performance.now() < end) x += 1; return { x }; };',
    // About `ms` of waiting, hardly any CPU.
    'export const waits = ({ ms }) => new Promise((resolve) => setTimeout(() => resolve({ waited: ms }), ms));',
    "export const fails = async () => { throw new Error('refused'); };",
    // What the Lambda context says of the function and of this invocation.
    'export const context = async (_event, c) => ({ functionName: c.functionName, invokedFunctionArn: c.invokedFunctionArn, memoryLimitInMB: c.memoryLimitInMB, logGroupName: c.logGroupName, awsRequestId: c.awsRequestId, remainingMs: c.getRemainingTimeInMillis() });',
  ].join('\n'),
);
const spec = (handler: string) => ({ entry: 'handlers.mjs', handler, timeoutSeconds: 5, memoryMb: 128 });
const topology = { service: 'cpu-test', functions: { busy: spec('busy'), waits: spec('waits'), fails: spec('fails'), context: spec('context') } } as unknown as Topology;

describe('the local functions’ CPU tally', () => {
  it('adds each invocation’s CPU and wall time to its function, failures included', async () => {
    const functions = new LocalFunctions(topology, root);
    await functions.warm();
    expect(functions.invocationCpu()).toEqual({});

    for (let i = 0; i < 3; i++) await functions.invoke('busy', { ms: 20 });
    await functions.invoke('waits', { ms: 60 });
    await expect(functions.invoke('fails', {})).rejects.toThrow('refused');

    const tally = functions.invocationCpu();
    expect(Object.keys(tally).sort()).toEqual(['busy', 'fails', 'waits']);
    expect(tally['busy']?.invocations).toBe(3);
    // Three spins of 20 ms: about 60 ms of CPU, within their wall time.
    expect(tally['busy']?.cpuMs).toBeGreaterThan(45);
    expect(tally['busy']?.wallMs).toBeGreaterThanOrEqual(60);
    // 60 ms of waiting: its wall time. Its CPU is the process's meanwhile (other test files
    // run beside this one), so only its presence is checked.
    expect(tally['waits']).toMatchObject({ invocations: 1 });
    expect(tally['waits']?.wallMs).toBeGreaterThanOrEqual(55);
    expect(tally['waits']?.cpuMs).toBeGreaterThanOrEqual(0);
    expect(tally['fails']).toMatchObject({ invocations: 1 });
    expect(tally['fails']?.wallMs).toBeGreaterThanOrEqual(0);
  });
});

describe('the Lambda context of a local invocation', () => {
  it('names the function the same way on every invocation, with a request id and remaining time of its own', async () => {
    const functions = new LocalFunctions(topology, root);
    type Seen = { functionName: string; invokedFunctionArn: string; memoryLimitInMB: string; logGroupName: string; awsRequestId: string; remainingMs: number };
    // The first before the module is imported (warm() not called), the second after.
    const [first, second] = [await functions.invoke<Seen>('context', {}), await functions.invoke<Seen>('context', {})];
    for (const seen of [first, second]) {
      expect(seen).toMatchObject({
        functionName: 'cpu-test-context',
        invokedFunctionArn: 'arn:aws:lambda:eu-west-3:000000000000:function:cpu-test-context',
        memoryLimitInMB: '128',
        logGroupName: '/aws/lambda/cpu-test-context',
      });
      expect(seen.remainingMs).toBeGreaterThan(4_000);
      expect(seen.remainingMs).toBeLessThanOrEqual(5_000);
    }
    expect(first.awsRequestId).not.toBe(second.awsRequestId);
  });
});
