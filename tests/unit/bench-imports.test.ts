/**
 * The benchmarks run the functions in their own process, under the local runtime's environment
 * (metrics off, the log level, the endpoints), which the runtime sets when it starts. A bench
 * module that imports the data layer when it is loaded creates the Powertools logger and metrics
 * before that: every request then printed an EMF line under the default namespace, on the
 * measured path. Each module the bench loads must leave them to be created after.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/local/runtime.ts';

const run = promisify(execFile);

const MODULES = [
  'tests/bench/harness.ts',
  'tests/bench/api.ts',
  'tests/bench/cold-start.ts',
  ...readdirSync(path.join(REPO_ROOT, 'tests', 'bench', 'scenarios')).map((file) => `tests/bench/scenarios/${file}`),
];

describe('modules the bench loads before the runtime starts', () => {
  it.each(MODULES)('%s does not create the Powertools logger and metrics', async (module) => {
    const script = `await import(${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, module)).href)});
process.env.POWERTOOLS_METRICS_NAMESPACE = 'Started';
const { metrics } = await import(${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, 'shared', 'powertools', 'index.ts')).href)});
process.stdout.write(JSON.stringify({ namespace: metrics.namespace ?? null }));`;
    const env = { PATH: process.env['PATH'] };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, env });
    // Created after the environment was set: it took the namespace set then.
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}')).toEqual({ namespace: 'Started' });
  });
});
