/**
 * A deployed function's stack trace, decoded with the map beside its bundle
 * (scripts/decode-stack.ts): the functions run without --enable-source-maps.
 */
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import type { SourceMapPayload } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esbuildOptions } from '../../infra/constructs/bundling.ts';
import { decodeStack } from '../../scripts/decode-stack.ts';
import { repoTempDir } from '../support/repo-temp.ts';

const run = promisify(execFile);
let dir = '';

beforeAll(async () => {
  // node_modules/.cache: inside the repository, and absent from a fresh clone until made.
  dir = await repoTempDir('decode-');
  await writeFile(
    path.join(dir, 'fails.ts'),
    ['export function checkLimit(amount: number): number {', '  if (amount > 10) throw new Error(`too much: ${amount}`);', '  return amount;', '}', 'checkLimit(11);', ''].join('\n'),
  );
  await build({ ...esbuildOptions(path.join(dir, 'fails.ts'), path.join(dir, 'index.mjs')), sourcemap: true, sourcesContent: false });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('decode-stack', () => {
  it('maps the minified bundle’s frames back to the source file and line', async () => {
    const stack = await run(process.execPath, [path.join(dir, 'index.mjs')]).then(
      () => '',
      (error: { stderr: string }) => error.stderr,
    );
    expect(stack).toContain('index.mjs:');
    const decoded = decodeStack(stack, JSON.parse(await readFile(path.join(dir, 'index.mjs.map'), 'utf8')) as SourceMapPayload);
    expect(decoded).toMatch(/fails\.ts:2:\d+/);
    expect(decoded).not.toMatch(/index\.mjs:\d+:\d+/);
  });

  it('leaves other frames as they are', () => {
    const stack = 'Error: x\n    at node:internal/modules/run_main:1:2';
    expect(decodeStack(stack, { version: 3, file: 'index.mjs', sources: [], sourcesContent: [], names: [], mappings: '', sourceRoot: '' })).toBe(stack);
  });
});
