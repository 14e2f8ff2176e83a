/**
 * A function's bundle carries its own context's routes and schemas, not every route's: the
 * topology is composed from one file per bounded context, and an API function hands its own
 * context's routes to the HTTP stack. Bundled here as the CDK bundles them (esbuild, ESM).
 */
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { repoTempDir } from '../support/repo-temp.ts';
import { describe, expect, it } from 'vitest';
import { TRACER_FILE, esbuildOptions, tracerFileCommand, tracerFileOptions } from '../../infra/constructs/bundling.ts';
import { REPO_ROOT } from '../../infra/local/runtime.ts';
import { topology, type FunctionName } from '../../shared/topology/index.ts';

const run = promisify(execFile);

const CONTEXTS = ['ops', 'tenancy', 'buyers', 'limits', 'cover', 'webhooks', 'monitoring', 'claims', 'portfolio', 'jobs'] as const;

async function contextOf(functionName: string): Promise<string> {
  for (const context of CONTEXTS) {
    const module = (await import(path.join(REPO_ROOT, `shared/topology/${context}.ts`))) as Record<string, Record<string, unknown>>;
    if (Object.hasOwn(module[`${context}Functions`] ?? {}, functionName)) return context;
  }
  throw new Error(`${functionName} belongs to no context file`);
}

async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

// The ops function serves the OpenAPI document of every route: it needs them all.
const apiFunctions: readonly FunctionName[] = [...new Set(topology.routes.map((r) => r.function))].filter((name) => name !== 'ops');

// The authorizer's policy lists the routes each role may call: it reads their access only
// (shared/topology/route-access.ts), not their schemas.
const readsEveryRoute = new Set(['ops']);

describe('function bundles', () => {
  it('every context file is one of the topology’s', async () => {
    const owners = await Promise.all(Object.keys(topology.functions).filter((n) => n !== 'relay').map(contextOf));
    expect(new Set(owners)).toEqual(new Set(CONTEXTS));
  });

  it.each(apiFunctions)('%s bundles its own context’s routes only', async (name) => {
    const context = await contextOf(name);
    const inputs = await bundledInputs(topology.functions[name].entry);
    const topologyFiles = inputs.filter((i) => i.startsWith('shared/topology/') && !i.endsWith('/types.ts'));
    expect(topologyFiles).toEqual([`shared/topology/${context}.ts`]);
  });

  it.each((Object.keys(topology.functions) as FunctionName[]).filter((name) => !apiFunctions.includes(name) && !readsEveryRoute.has(name)))(
    '%s, which answers no route, bundles no route',
    async (name) => {
      const inputs = await bundledInputs(topology.functions[name].entry);
      expect(inputs.filter((i) => i.startsWith('shared/topology/') && !/\/(types|service|route-access)\.ts$/.test(i))).toEqual([]);
    },
  );
});

/** The bundle as the stack builds it (infra/constructs/bundling.ts): its size and what it imports at run time. */
async function deployedBundle(entry: string): Promise<{ kb: number; staticImports: string[]; dynamicImports: string[] }> {
  const result = await build({ ...esbuildOptions(entry, 'out.mjs'), absWorkingDir: REPO_ROOT, write: false, metafile: true });
  const output = Object.values(result.metafile.outputs)[0];
  if (!output) throw new Error(`no output for ${entry}`);
  const imports = output.imports.filter((i) => i.external);
  return {
    kb: output.bytes / 1024,
    staticImports: [...new Set(imports.filter((i) => i.kind === 'import-statement').map((i) => i.path))].sort(),
    dynamicImports: [...new Set(imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path))].sort(),
  };
}

describe('deployed bundles (cold starts)', () => {
  it.each(Object.keys(topology.functions) as FunctionName[])('%s is under 600 KB, the AWS SDK left to the runtime', async (name) => {
    const bundle = await deployedBundle(topology.functions[name].entry);
    expect(bundle.kb).toBeLessThan(600);
    expect(bundle.staticImports.every((path) => path.startsWith('@aws-sdk/') || path.startsWith('node:'))).toBe(true);
  });

  it.each(['authorizer', 'cover', 'limits'] as const)('%s loads the API Gateway and Secrets Manager clients only when first used', async (name) => {
    const bundle = await deployedBundle(topology.functions[name].entry);
    expect(bundle.staticImports).not.toContain('@aws-sdk/client-api-gateway');
    expect(bundle.staticImports).not.toContain('@aws-sdk/client-secrets-manager');
    expect(bundle.staticImports).toContain('@aws-sdk/lib-dynamodb');
  });

  it.each(['authorizer', 'cover', 'limits'] as const)('%s loads the SQS client only when it first sends, and imports no node:http at cold start', async (name) => {
    const bundle = await deployedBundle(topology.functions[name].entry);
    expect(bundle.staticImports).not.toContain('@aws-sdk/client-sqs');
    // Importing node:http as an ES module reads its lazy WebSocket export: Node then loads undici.
    expect(bundle.staticImports).not.toContain('node:http');
    expect(bundle.staticImports).not.toContain('node:https');
  });

  it('leaves the Tracer and the X-Ray SDK out of the bundle: they are its tracer file (shared/powertools/tracing.ts)', async () => {
    const result = await build({ ...esbuildOptions(topology.functions.cover.entry, 'out.mjs'), absWorkingDir: REPO_ROOT, write: false, metafile: true });
    const inputs = Object.keys(Object.values(result.metafile.outputs)[0]?.inputs ?? {});
    expect(inputs.filter((input) => input.includes('aws-xray-sdk') || input.includes('cls-hooked'))).toEqual([]);
    expect(inputs.filter((input) => input.includes('@aws-lambda-powertools/tracer/') && !input.includes('/middleware/'))).toEqual([]);
    const file = await build({ ...tracerFileOptions(REPO_ROOT, 'out'), absWorkingDir: REPO_ROOT, write: false, metafile: true });
    const fileInputs = Object.keys(Object.values(file.metafile.outputs)[0]?.inputs ?? {});
    expect(fileInputs.some((input) => input.includes('aws-xray-sdk-core/'))).toBe(true);
    expect(file.metafile.outputs[Object.keys(file.metafile.outputs)[0] ?? '']?.imports.filter((i) => i.external && !isBuiltin(i.path) && !i.path.startsWith('@aws-sdk/'))).toEqual([]);
  });

  it('the CDK’s afterBundling command writes the same tracer file, in a folder whose path needs quoting', async () => {
    const dir = await repoTempDir("tracer file's ");
    try {
      await run('bash', ['-c', tracerFileCommand(REPO_ROOT, dir)]);
      const fromApi = await build({ ...tracerFileOptions(REPO_ROOT, dir), absWorkingDir: REPO_ROOT, write: false });
      expect(await readFile(path.join(dir, TRACER_FILE), 'utf8')).toBe(fromApi.outputFiles[0]?.text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a cold start of a bundle does not evaluate the X-Ray SDK; the first sampled invocation loads it from the tracer file beside the bundle', async () => {
    const dir = await repoTempDir('bundle-');
    try {
      // The cover function's bundle, and one that hands out the Powertools module's tracer as every bundle carries it.
      const cover = path.join(dir, 'cover.mjs');
      const tracing = path.join(dir, 'tracing.mjs');
      await writeFile(path.join(dir, 'tracing.ts'), `export { tracer } from ${JSON.stringify(path.join(REPO_ROOT, 'shared', 'powertools', 'index.ts'))};\n`);
      await build({ ...esbuildOptions(topology.functions.cover.entry, cover), absWorkingDir: REPO_ROOT });
      await build({ ...esbuildOptions(path.join(dir, 'tracing.ts'), tracing), absWorkingDir: REPO_ROOT });
      await build({ ...tracerFileOptions(REPO_ROOT, dir), absWorkingDir: REPO_ROOT });
      const env = { PATH: process.env['PATH'], AWS_REGION: 'eu-west-3', AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x', AWS_LAMBDA_FUNCTION_NAME: 'Bouclier-cover', POWERTOOLS_SERVICE_NAME: 'bouclier', TABLE_NAME: 'bouclier', EVENT_BUS_NAME: 'bouclier' };
      const coldStart = `await import(${JSON.stringify(pathToFileURL(cover).href)}); process.stdout.write(JSON.stringify({ xray: typeof process.namespaces }));`;
      // cls-hooked, which the X-Ray SDK loads, defines process.namespaces.
      expect(JSON.parse((await run(process.execPath, ['--input-type=module', '-e', coldStart], { cwd: dir, env })).stdout)).toEqual({ xray: 'undefined' });
      const sampled = `const { tracer } = await import(${JSON.stringify(pathToFileURL(tracing).href)});
const unsampled = await tracer.forInvocation();
process.env._X_AMZN_TRACE_ID = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
const before = typeof process.namespaces;
const loaded = await tracer.forInvocation();
// The file is CommonJS: it requires node:http, which does not load undici as an ES import of it would.
const undici = process.moduleLoadList.some((name) => name.includes('undici'));
process.stdout.write(JSON.stringify({ unsampled: unsampled === undefined, before, enabled: loaded?.isTracingEnabled(), after: typeof process.namespaces, undici }));`;
      expect(JSON.parse((await run(process.execPath, ['--input-type=module', '-e', sampled], { cwd: dir, env })).stdout)).toEqual({ unsampled: true, before: 'undefined', enabled: true, after: 'object', undici: false });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves out zod’s translations (import * as z: 250 KB less per function)', async () => {
    const result = await build({ ...esbuildOptions(topology.functions.cover.entry, 'out.mjs'), absWorkingDir: REPO_ROOT, write: false, metafile: true });
    const inputs = Object.keys(Object.values(result.metafile.outputs)[0]?.inputs ?? {});
    expect(inputs.filter((input) => input.includes('zod/v4/locales/') && !input.endsWith('/en.js'))).toEqual([]);
  });
});
