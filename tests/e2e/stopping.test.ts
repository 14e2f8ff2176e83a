/**
 * Every way a developer stops `npm start` stops everything: the runtime's node process, its
 * DynamoDB Local, their ports, and the last line printed says so. Each case is real: `npm start`
 * spawned with a temporary data folder and free ports, the signal sent to npm, to node, or to the
 * whole process group (what Ctrl-C in a terminal does).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listening, startRuntimeProcess } from '../support/runtime-process.ts';

const STOPPED = 'Bouclier stopped';

function lastLine(output: string): { message?: string } {
  const line = output.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line) as { message?: string };
  } catch {
    return { message: line };
  }
}

const cases: { name: string; signal: NodeJS.Signals; to: 'npm' | 'node' | 'group'; says: string }[] = [
  // npm passes these on to its child, node (the start script execs it, no shell in between).
  { name: 'SIGTERM to npm', signal: 'SIGTERM', to: 'npm', says: 'SIGTERM: stopping' },
  { name: 'SIGINT to npm', signal: 'SIGINT', to: 'npm', says: 'SIGINT: stopping' },
  { name: 'SIGTERM to node', signal: 'SIGTERM', to: 'node', says: 'SIGTERM: stopping' },
  { name: 'SIGINT to node', signal: 'SIGINT', to: 'node', says: 'SIGINT: stopping' },
  { name: 'Ctrl-C (SIGINT to the whole process group)', signal: 'SIGINT', to: 'group', says: 'SIGINT: stopping' },
  // npm cannot pass SIGKILL on: node notices that its parent went away.
  { name: 'SIGKILL to npm', signal: 'SIGKILL', to: 'npm', says: 'parent process' },
];

describe('stopping `npm start`', () => {
  it.each(cases)('$name stops node and DynamoDB Local, closes their ports and ends with the stopped line', async ({ signal, to, says }) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-stop-'));
    const runtime = await startRuntimeProcess({ dataDir, viaNpm: true, env: { BOUCLIER_SEED: 'none' } });
    try {
      const { node, dynamodb } = runtime.pids();
      expect(node).not.toBe(runtime.child.pid);
      expect(await listening(runtime.dynamoDbPort)).toBe(true);

      const npm = runtime.child.pid as number;
      process.kill(to === 'npm' ? npm : to === 'node' ? node : -npm, signal);

      expect(await runtime.ended(30_000), `still running: npm ${npm}, node ${node}, java ${dynamodb}\n${runtime.output()}`).toBe(true);
      expect(await listening(runtime.port)).toBe(false);
      expect(await listening(runtime.dynamoDbPort)).toBe(false);
      expect(runtime.output()).toContain(says);
      expect(lastLine(runtime.output()).message, runtime.output()).toBe(STOPPED);
      // A clean stop leaves no record of a running runtime behind.
      expect(existsSync(path.join(dataDir, 'runtime.json'))).toBe(false);
    } finally {
      await runtime.stop('SIGKILL', 'group').catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
