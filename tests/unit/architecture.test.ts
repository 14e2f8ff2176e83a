/**
 * The house's arrows: what may import what. The lint rule keeps them while code is written;
 * this checks both that the tree keeps them today and that the rule would catch a new arrow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/local/runtime.ts';

const filesUnder = (dir: string): string[] =>
  readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));

/** Every module specifier a file imports or re-exports, dynamic imports included (TypeScript's own scanner). */
const importsOf = (file: string): string[] =>
  ts.preProcessFile(readFileSync(path.join(REPO_ROOT, file), 'utf8'), true, true).importedFiles.map((f) => f.fileName);

/** Resolves a specifier to the folder of shared/ it lands in (or the package name). */
function landsIn(file: string, specifier: string): string {
  if (specifier.startsWith('#')) return specifier.slice(1).split('/')[0] as string;
  if (specifier.startsWith('.')) {
    const target = path.relative(REPO_ROOT, path.resolve(REPO_ROOT, path.dirname(file), specifier));
    const [top, area] = target.split(path.sep);
    return top === 'shared' ? (area as string) : (top as string);
  }
  return specifier;
}

const layers = ['shared/data', 'shared/domain', 'shared/events', 'shared/contract', 'shared/access'];

describe('one-way house', () => {
  it.each(layers)('nothing under %s imports the HTTP edge (shared/http) or infra/', (layer) => {
    const arrows = filesUnder(layer).flatMap((file) =>
      importsOf(file)
        .filter((s) => ['http', 'infra', 'functions'].includes(landsIn(file, s)))
        .map((s) => `${file} → ${s}`),
    );
    expect(arrows).toEqual([]);
  });

  it('shared/domain imports nothing but itself', () => {
    const arrows = filesUnder('shared/domain').flatMap((file) =>
      importsOf(file)
        .filter((s) => !['domain'].includes(landsIn(file, s)))
        .map((s) => `${file} → ${s}`),
    );
    expect(arrows).toEqual([]);
  });

  it.each([
    ['shared/data/probe.ts', "import { apiHandler } from '#http/api';"],
    ['shared/events/probe.ts', "import { principalOf } from '../http/auth.ts';"],
    ['shared/contract/probe.ts', "import { openApiDocument } from '#http/openapi';"],
    ['shared/domain/probe.ts', "import { getItem } from '#data/items';"],
    ['shared/domain/probe.ts', "import { apiHandler } from '#http/api';"],
  ])('the lint configuration refuses, in %s: %s', async (file, code) => {
    const config = (await new ESLint({ cwd: REPO_ROOT }).calculateConfigForFile(path.join(REPO_ROOT, file))) as Linter.Config;
    const rule = config.rules?.['no-restricted-imports'];
    expect(rule).toBeDefined();
    // Only the rule under test, without type information: the probe file does not exist.
    const messages = new Linter({ configType: 'flat' }).verify(
      `${code}\nexport const probe = 1;\n`,
      [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: { 'no-restricted-imports': rule as Linter.RuleEntry } }],
      path.join(REPO_ROOT, file),
    );
    expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
  });

  it('the lint configuration lets the edge import the data layer', async () => {
    const file = path.join(REPO_ROOT, 'shared/http/probe.ts');
    const config = (await new ESLint({ cwd: REPO_ROOT }).calculateConfigForFile(file)) as Linter.Config;
    const messages = new Linter({ configType: 'flat' }).verify(
      "import { getItem } from '#data/items';\nimport { ProblemError } from '#contract/problems';\nexport const probe = [getItem, ProblemError];\n",
      [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: { 'no-restricted-imports': config.rules?.['no-restricted-imports'] as Linter.RuleEntry } }],
      file,
    );
    expect(messages).toEqual([]);
  });
});
