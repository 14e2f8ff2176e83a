/**
 * How a function's code is bundled, in one place: the CDK stack (NodejsFunction) and the
 * cold-start benchmark (`npm run bench -- cold-start`) build with the same options, so the
 * bench measures what Lambda loads.
 *
 * The AWS SDK v3 is not bundled: the Node.js 24 runtime provides it (`/var/runtime/node_modules`),
 * and bundling it made every function about 1 MB and over 600 KB even once the rest was trimmed.
 * docs/operations.md ("Cold starts") has the figures of both choices, measured by the bench.
 */
import path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { TRACER_FILE } from '../../shared/powertools/tracing.ts';

export { TRACER_FILE };

/** Packages the Lambda runtime provides and the bundles import from it. */
export const RUNTIME_PROVIDED_MODULES: readonly string[] = ['@aws-sdk/*'];

/** Some CommonJS dependencies call require(); ESM bundles need it defined. */
export const REQUIRE_BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

export const BUNDLE = {
  target: 'node24',
  minify: true,
  mainFields: ['module', 'main'],
  /**
   * Replaced in the code at bundle time: shared/powertools/tracing.ts loads the tracer file
   * beside the bundle when bundled (it says why), and the branch it does not take is dropped.
   */
  define: { 'process.env.BOUCLIER_BUNDLE': JSON.stringify('lambda') },
} as const;

/** The esbuild options for one function, as the CDK bundles it (source maps aside). */
export function esbuildOptions(entry: string, outfile: string, options: { bundleSdk?: boolean } = {}): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLE.target,
    minify: BUNDLE.minify,
    mainFields: [...BUNDLE.mainFields],
    define: { ...BUNDLE.define },
    external: options.bundleSdk ? [] : [...RUNTIME_PROVIDED_MODULES],
    banner: { js: REQUIRE_BANNER },
    logLevel: 'silent',
  };
}

/** The entry of the tracer file, relative to the repository (shared/powertools/tracing.ts says why it is its own file). */
export const TRACER_ENTRY = 'shared/powertools/tracer-file.ts';

/**
 * The esbuild options of the tracer file written beside a function's bundle: Powertools Tracer
 * and the X-Ray SDK as one CommonJS file, the AWS SDK left to the runtime like the bundle's.
 */
export function tracerFileOptions(repoRoot: string, outdir: string): BuildOptions {
  return {
    entryPoints: [path.join(repoRoot, TRACER_ENTRY)],
    outfile: path.join(outdir, TRACER_FILE),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: BUNDLE.target,
    minify: BUNDLE.minify,
    external: [...RUNTIME_PROVIDED_MODULES],
    logLevel: 'silent',
  };
}

/** A shell word: single-quoted, its own quotes escaped. */
const quote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;

/**
 * The same build as a shell command, for the CDK's afterBundling hook (NodejsFunction runs
 * esbuild's command line and takes no second entry point): the repository's own esbuild.
 */
export function tracerFileCommand(repoRoot: string, outdir: string): string {
  const options = tracerFileOptions(repoRoot, outdir);
  return [
    quote(path.join(repoRoot, 'node_modules', '.bin', 'esbuild')),
    quote(path.join(repoRoot, TRACER_ENTRY)),
    '--bundle',
    '--platform=node',
    '--format=cjs',
    `--target=${BUNDLE.target}`,
    ...(options.minify ? ['--minify'] : []),
    ...RUNTIME_PROVIDED_MODULES.map((module) => quote(`--external:${module}`)),
    quote(`--outfile=${options.outfile}`),
    '--log-level=warning',
  ].join(' ');
}

/** The commands that ship a function's `files` beside its bundle (destination → source, FunctionSpec). */
export function copyFilesCommands(files: Readonly<Record<string, string>>, repoRoot: string, outdir: string): string[] {
  return Object.entries(files).map(([destination, source]) => {
    const target = path.join(outdir, destination);
    return `mkdir -p ${quote(path.dirname(target))} && cp ${quote(path.join(repoRoot, source))} ${quote(target)}`;
  });
}
