/**
 * What the local runtime needs to know about other processes: whether one still runs, what it
 * runs, who its parent is. Linux answers from /proc; elsewhere (macOS) `ps` does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const onProc = existsSync('/proc/self/stat');

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces): [0] is the state. */
function procStat(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

function ps(pid: number, field: 'lstart' | 'args' | 'comm'): string | undefined {
  const result = spawnSync('ps', ['-o', `${field}=`, '-p', String(pid)], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '' ? result.stdout.trim() : undefined;
}

/** Whether the process exists and is not a zombie waiting for its parent to reap it. */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return onProc ? (procStat(pid)?.[0] ?? 'Z') !== 'Z' : true;
}

/** A stamp of when the process started (Linux: clock ticks since boot; elsewhere ps's lstart). */
export function processStarted(pid: number): string | undefined {
  return onProc ? procStat(pid)?.[19] : ps(pid, 'lstart');
}

/** The process's command line, its arguments joined by spaces. */
export function commandLine(pid: number): string | undefined {
  if (!onProc) return ps(pid, 'args');
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return undefined;
  }
}

/** "sh (pid 12)": for the line that says why the runtime stops. */
function describe(pid: number): string {
  let name: string | undefined;
  try {
    name = onProc ? readFileSync(`/proc/${pid}/comm`, 'utf8').trim() : ps(pid, 'comm');
  } catch {
    name = undefined;
  }
  return name ? `${name} (pid ${pid})` : `pid ${pid}`;
}

/**
 * Calls `onGone` once when the process that started this one ends without a word (npm killed
 * with SIGKILL, a test runner that crashed, a shell between them that died), checked twice a
 * second: this process is then re-parented, and would otherwise run on, DynamoDB Local with it.
 */
export function watchParent(onGone: (who: string) => void, everyMs = 500): void {
  const parent = process.ppid;
  const parentName = describe(parent);
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone(`parent process ${parentName}`);
  }, everyMs);
  timer.unref();
}
