/**
 * `npm run bench -- cold-start`: module initialisation of every function's bundle, the part of a
 * Lambda cold start that is ours. Each function is bundled as the stack bundles it
 * (infra/constructs/bundling.ts), then imported in a fresh Node.js process, BENCH_COLD_RUNS times
 * (default 15); the time of `await import(bundle)` is the sample. The baseline is a bundle that
 * only creates a DynamoDB document client, built and loaded the same way.
 *
 * Two builds are measured: as deployed (the SDK left to the runtime, loaded from node_modules as
 * Lambda loads it from /var/runtime/node_modules) and, for the hot path, with the SDK bundled in
 * (the other choice), so the docs can quote both.
 */
import { execFile } from 'node:child_process';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { topology } from '#topology';
import { esbuildOptions, tracerFileOptions } from '../../infra/constructs/bundling.ts';
import { REPO_ROOT } from '../../infra/constructs/functions.ts';
import { summarize, type Row } from './harness.ts';

const run = promisify(execFile);

/** Functions on the request path of a cover check or a limit request. */
export const HOT_PATH = ['authorizer', 'cover', 'limits'] as const;
export const MAX_BUNDLE_KB = 600;
export const MAX_HOT_PATH_RATIO = 1.5;

const BASELINE_SOURCE = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
export const table = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = async () => ({ ok: true });
`;

/** What Lambda sets, so Powertools and the SDK take the paths they take there. */
function lambdaEnvironment(name: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    AWS_REGION: 'eu-west-3',
    AWS_DEFAULT_REGION: 'eu-west-3',
    AWS_LAMBDA_FUNCTION_NAME: `Bouclier-${name}`,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'example',
    AWS_SESSION_TOKEN: 'example',
    TABLE_NAME: 'bouclier',
    EVENT_BUS_NAME: 'bouclier',
    POWERTOOLS_SERVICE_NAME: 'bouclier',
    POWERTOOLS_METRICS_NAMESPACE: 'Bouclier',
    POWERTOOLS_LOG_LEVEL: 'WARN',
  };
}

/** One cold import of a bundle in a fresh process, in ms. */
async function coldImport(file: string, name: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env: lambdaEnvironment(name), cwd: path.dirname(file) });
  const value = Number(stdout.trim().split('\n').at(-1));
  if (!Number.isFinite(value)) throw new Error(`${name}: no timing in ${JSON.stringify(stdout)}`);
  return value;
}

/**
 * What X-Ray costs when it is loaded: the first invocation X-Ray samples loads the Tracer
 * (shared/powertools/tracing.ts), after the cold start. The sample is that invocation's wait for
 * it, in a fresh process that imported the Powertools module as a function's bundle does.
 */
const TRACING_SOURCE = (tracing: string) => `export { tracer } from ${JSON.stringify(tracing)};
`;

async function firstSampledInvocation(file: string): Promise<number> {
  const script = `const { tracer } = await import(${JSON.stringify(pathToFileURL(file).href)});
await tracer.forInvocation();
process.env._X_AMZN_TRACE_ID = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
const t = performance.now();
const loaded = await tracer.forInvocation();
if (!loaded?.isTracingEnabled()) throw new Error('the Tracer was not loaded');
process.stdout.write(String(performance.now() - t));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env: lambdaEnvironment('tracing'), cwd: path.dirname(file) });
  const value = Number(stdout.trim().split('\n').at(-1));
  if (!Number.isFinite(value)) throw new Error(`tracing: no timing in ${JSON.stringify(stdout)}`);
  return value;
}

interface Built {
  readonly name: string;
  readonly file: string;
  readonly kb: number;
}

async function bundle(dir: string, name: string, entry: string, bundleSdk: boolean): Promise<Built> {
  const file = path.join(dir, `${name}.mjs`);
  await build(esbuildOptions(entry, file, { bundleSdk }));
  return { name, file, kb: (await stat(file)).size / 1024 };
}

export async function coldStart(status: (message: string) => void): Promise<{ rows: Row[]; notes: string[]; failed: boolean }> {
  const runs = Math.max(3, Number(process.env['BENCH_COLD_RUNS'] ?? 15));
  // Inside the repository, so a bare '@aws-sdk/...' import resolves to node_modules, as the
  // runtime's own node_modules resolves it in Lambda.
  const root = path.join(REPO_ROOT, 'node_modules', '.cache', 'bouclier-cold-start');
  await rm(root, { recursive: true, force: true });
  const baselineEntry = path.join(root, 'baseline.ts');
  await mkdir(root, { recursive: true });
  await writeFile(baselineEntry, BASELINE_SOURCE);

  const variants = [
    { key: 'runtime SDK', bundleSdk: false, names: Object.keys(topology.functions) },
    { key: 'SDK bundled', bundleSdk: true, names: [...HOT_PATH] as string[] },
  ];
  const rows: Row[] = [];
  const sizes = new Map<string, Built[]>();
  for (const variant of variants) {
    const dir = path.join(root, variant.bundleSdk ? 'bundled' : 'runtime');
    await mkdir(dir, { recursive: true });
    status(`cold-start · bundling (${variant.key})`);
    const baseline = await bundle(dir, 'baseline', baselineEntry, variant.bundleSdk);
    // The tracer file every function's bundle has beside it (loaded by the first sampled invocation).
    await build(tracerFileOptions(REPO_ROOT, dir));
    const built = [baseline];
    for (const name of variant.names) {
      const spec = (topology.functions as Record<string, { entry: string }>)[name];
      if (!spec) throw new Error(`no function ${name}`);
      built.push(await bundle(dir, name, path.join(REPO_ROOT, spec.entry), variant.bundleSdk));
    }
    sizes.set(variant.key, built);
    const baselineLabel = `baseline: document client only (${variant.key}, ${baseline.kb.toFixed(0)} KB)`;
    // Interleaved (one import of each bundle per round): drift of the machine hits all alike.
    const samples = new Map<string, number[]>(built.map((b) => [b.name, []]));
    for (let round = 0; round < runs; round += 1) {
      status(`cold-start · ${variant.key} · round ${round + 1}/${runs}`);
      for (const b of built) samples.get(b.name)?.push(await coldImport(b.file, b.name));
    }
    for (const b of built) {
      const stats = summarize(samples.get(b.name) ?? [], 0);
      rows.push(
        b.name === 'baseline'
          ? { scenario: 'cold-start', label: baselineLabel, concurrency: 1, stats }
          : { scenario: 'cold-start', label: `${b.name} init (${variant.key}, ${b.kb.toFixed(0)} KB)`, baseline: baselineLabel, concurrency: 1, stats },
      );
    }
  }

  // The X-Ray SDK, loaded by the first sampled invocation rather than at cold start.
  const tracingEntry = path.join(root, 'tracing.ts');
  await writeFile(tracingEntry, TRACING_SOURCE(path.join(REPO_ROOT, 'shared', 'powertools', 'index.ts')));
  const tracing = await bundle(path.join(root, 'runtime'), 'tracing', tracingEntry, false);
  const tracingSamples: number[] = [];
  for (let round = 0; round < runs; round += 1) {
    status(`cold-start · first sampled invocation · ${round + 1}/${runs}`);
    tracingSamples.push(await firstSampledInvocation(tracing.file));
  }
  const runtimeBaseline = rows.find((row) => row.label.startsWith('baseline') && row.label.includes('(runtime SDK'));
  rows.push({
    scenario: 'cold-start',
    label: 'X-Ray loaded by the first sampled invocation (not at cold start)',
    ...(runtimeBaseline ? { baseline: runtimeBaseline.label } : {}),
    concurrency: 1,
    stats: summarize(tracingSamples, 0),
  });

  const deployed = sizes.get('runtime SDK') ?? [];
  const oversize = deployed.filter((b) => b.kb >= MAX_BUNDLE_KB);
  const deployedRows = rows.filter((row) => row.label.includes('(runtime SDK'));
  const baselineP50 = deployedRows.find((row) => row.baseline === undefined)?.stats.p50 ?? Number.NaN;
  const hot = HOT_PATH.map((name) => {
    const row = deployedRows.find((r) => r.label.startsWith(`${name} init`));
    return { name, ratio: (row?.stats.p50 ?? Number.NaN) / baselineP50 };
  });
  const slow = hot.filter((h) => !(h.ratio <= MAX_HOT_PATH_RATIO));
  const largest = [...deployed].filter((b) => b.name !== 'baseline').sort((a, b) => b.kb - a.kb)[0];
  const bundledSizes = (sizes.get('SDK bundled') ?? []).filter((b) => b.name !== 'baseline').map((b) => `${b.name} ${b.kb.toFixed(0)} KB`);
  const notes = [
    `cold-start: ${runs} fresh imports per bundle. Deployed bundles (SDK from the runtime): largest ${largest?.name} ${largest?.kb.toFixed(0)} KB; target < ${MAX_BUNDLE_KB} KB: ${oversize.length === 0 ? 'met' : `missed by ${oversize.map((b) => b.name).join(', ')}`}.`,
    `cold-start: hot path init p50 vs the baseline: ${hot.map((h) => `${h.name} ${h.ratio.toFixed(2)}×`).join(', ')}; target ≤ ${MAX_HOT_PATH_RATIO}×: ${slow.length === 0 ? 'met' : `missed by ${slow.map((h) => h.name).join(', ')}`}.`,
    `cold-start: the other choice, SDK bundled in: ${bundledSizes.join(', ')}.`,
    `cold-start: X-Ray is loaded by the first invocation X-Ray samples, in ${summarize(tracingSamples, 0).p50.toFixed(0)} ms (p50), not at cold start.`,
  ];
  return { rows, notes, failed: oversize.length > 0 || slow.length > 0 };
}
