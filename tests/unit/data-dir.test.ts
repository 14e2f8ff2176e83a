/**
 * The local runtime's own files in its data folder (infra/local/data-dir.ts) and the process
 * facts it relies on to tell a crashed runtime from a running one (infra/local/processes.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clockRecorder, readClockOffset, readRuntimeRecord, reclaimDataDir, removeRuntimeRecord, writeRuntimeRecord } from '../../infra/local/data-dir.ts';
import { StartupError } from '../../infra/local/ports.ts';
import { commandLine, processAlive, processStarted } from '../../infra/local/processes.ts';
import { clockOffsetMs, now, restoreClockOffset } from '../../shared/clock/index.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-datadir-'));
});
afterEach(async () => {
  restoreClockOffset(0);
  await rm(dir, { recursive: true, force: true });
});

const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

describe('processes', () => {
  it('tells a running process from one that ended, and names what runs', () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(deadPid())).toBe(false);
    expect(processAlive(0)).toBe(false);
    expect(commandLine(process.pid)).toContain('node');
    expect(processStarted(process.pid)).toBeTruthy();
    expect(processStarted(process.pid)).toBe(processStarted(process.pid));
  });
});

describe('runtime.json', () => {
  it('records this process with its start stamp, and is removed at a clean stop', () => {
    writeRuntimeRecord(dir, { startedAt: new Date('2026-01-01T00:00:00Z'), url: 'http://127.0.0.1:1', dynamodb: { pid: 42, port: 2, endpoint: 'http://127.0.0.1:2' } });
    expect(readRuntimeRecord(dir)).toEqual({
      pid: process.pid,
      pidStarted: processStarted(process.pid),
      url: 'http://127.0.0.1:1',
      dynamodb: { pid: 42, port: 2, endpoint: 'http://127.0.0.1:2' },
      startedAt: '2026-01-01T00:00:00.000Z',
    });
    removeRuntimeRecord(dir);
    expect(readRuntimeRecord(dir)).toBeUndefined();
  });

  it('a start refuses a folder whose recorded runtime still runs', async () => {
    writeRuntimeRecord(dir, { startedAt: new Date(), url: 'http://127.0.0.1:1' });
    await expect(reclaimDataDir(dir, () => undefined)).rejects.toThrow(new StartupError(
      `another Bouclier runtime (pid ${process.pid}, http://127.0.0.1:1) is running on ${dir}: stop it first, or set BOUCLIER_DATA_DIR to another folder.`,
    ));
  });

  it('a pid reused by another process (a different start stamp) is not taken for the recorded runtime', async () => {
    await writeFile(path.join(dir, 'runtime.json'), JSON.stringify({ pid: process.pid, pidStarted: 'another-start', dynamodb: { pid: process.pid, port: 1, endpoint: 'x' }, startedAt: '' }));
    const said: string[] = [];
    await reclaimDataDir(dir, (message) => said.push(message));
    // Neither refused nor killed: this process is no DynamoDB Local on that folder.
    expect(said).toEqual([]);
  });
});

describe('clock.json', () => {
  it('reads 0 when the folder has no clock, the kept offset otherwise', async () => {
    expect(await readClockOffset(dir)).toBe(0);
    await writeFile(path.join(dir, 'clock.json'), JSON.stringify({ offsetMs: 3_456_000_000 }));
    expect(await readClockOffset(dir)).toBe(3_456_000_000);
  });

  it.each(['not json', '{"offsetMs": -5}', '{"offsetMs": 1.5}', '{"offsetMs": "40 days"}', '{}'])('refuses to start on a clock file holding %s, naming the file', async (content) => {
    await writeFile(path.join(dir, 'clock.json'), content);
    await expect(readClockOffset(dir)).rejects.toThrow(StartupError);
    await expect(readClockOffset(dir)).rejects.toThrow(path.join(dir, 'clock.json'));
  });

  it('saves each move in order, so that the file ends with the latest offset', async () => {
    let offset = 0;
    const recorder = clockRecorder(dir, () => offset);
    const saves = [1, 2, 3].map((days) => {
      offset = days * 86_400_000;
      return recorder.save();
    });
    await Promise.all(saves);
    await recorder.idle();
    expect(JSON.parse(await readFile(path.join(dir, 'clock.json'), 'utf8'))).toMatchObject({ offsetMs: 3 * 86_400_000 });
    expect(await readClockOffset(dir)).toBe(3 * 86_400_000);
  });

  it('a restored offset moves the clock every function reads, and only a valid one is taken', () => {
    restoreClockOffset(40 * 86_400_000);
    expect(clockOffsetMs()).toBe(40 * 86_400_000);
    expect(now().getTime() - Date.now()).toBeGreaterThanOrEqual(40 * 86_400_000 - 1_000);
    expect(() => restoreClockOffset(-1)).toThrow(RangeError);
    expect(() => restoreClockOffset(0.5)).toThrow(RangeError);
  });
});
