/**
 * The contract's schemas and the topology's routes are declared `/* @__PURE__ *\/ (() => …)()`:
 * esbuild then leaves out of a function's bundle every declaration that function does not use,
 * so its cold start builds only the schemas it can need (zod builds each schema as objects: the
 * authorizer built 973 of them, and 285 since). docs/operations.md, "Cold starts", has the figures.
 *
 * A declaration without the annotation is kept in every bundle that imports its module, and
 * keeps whatever it names: this suite names each one, and checks what the annotations change in
 * real bundles, the OpenAPI document included.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import ts from 'typescript';
import { repoTempDir } from '../support/repo-temp.ts';
import { describe, expect, it } from 'vitest';
import { esbuildOptions } from '../../infra/constructs/bundling.ts';
import { REPO_ROOT } from '../../infra/local/runtime.ts';
import { openApiDocument } from '../../shared/http/openapi.ts';
import { topology } from '../../shared/topology/index.ts';

const run = promisify(execFile);

const FILES = [
  ...readdirSync(path.join(REPO_ROOT, 'shared', 'contract')).map((file) => `shared/contract/${file}`),
  ...readdirSync(path.join(REPO_ROOT, 'shared', 'topology')).map((file) => `shared/topology/${file}`),
  'shared/data/stored.ts',
].filter((file) => file.endsWith('.ts'));

/** Whether evaluating the expression runs code (a call, `new`, a property read, a spread), nested functions aside. */
function runsCode(node: ts.Node): boolean {
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node) || ts.isAccessor(node)) return false;
  if (
    ts.isCallExpression(node) ||
    ts.isNewExpression(node) ||
    ts.isTaggedTemplateExpression(node) ||
    ts.isPropertyAccessExpression(node) ||
    ts.isElementAccessExpression(node) ||
    ts.isSpreadAssignment(node) ||
    ts.isSpreadElement(node)
  ) {
    return true;
  }
  return ts.forEachChild(node, (child) => (runsCode(child) ? true : undefined)) ?? false;
}

/** `/* @__PURE__ *\/ (() => …)()`: a call, annotated, of an arrow function that takes nothing. */
function isPureDeclaration(source: string, initializer: ts.Expression, file: ts.SourceFile): boolean {
  const annotated = source.slice(initializer.getFullStart(), initializer.getStart(file)).trim() === '/* @__PURE__ */';
  if (!annotated || !ts.isCallExpression(initializer) || initializer.arguments.length > 0) return false;
  const callee = initializer.expression;
  return ts.isParenthesizedExpression(callee) && ts.isArrowFunction(callee.expression) && callee.expression.parameters.length === 0;
}

function unannotated(file: string): string[] {
  const source = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  for (const statement of parsed.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const initializer = declaration.initializer;
      if (!initializer || !runsCode(initializer) || isPureDeclaration(source, initializer, parsed)) continue;
      const { line } = parsed.getLineAndCharacterOfPosition(declaration.getStart(parsed));
      found.push(`${file}:${line + 1} ${declaration.name.getText(parsed)}`);
    }
  }
  return found;
}

async function bundleText(entry: string): Promise<string> {
  const result = await build({ ...esbuildOptions(entry, 'out.mjs'), absWorkingDir: REPO_ROOT, write: false });
  return result.outputFiles[0]?.text ?? '';
}

describe('declarations a bundle can leave out', () => {
  it.each(FILES)('%s declares each schema and route /* @__PURE__ */ (() => …)()', (file) => {
    expect(unannotated(file)).toEqual([]);
  });

  it('the check names a declaration without the annotation', () => {
    const source = "import * as z from 'zod';\nexport const A = z.string();\nexport const B = /* @__PURE__ */ (() => z.string())();\nexport const C = ['x'] as const;\n";
    const parsed = ts.createSourceFile('a.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const names = parsed.statements
      .filter(ts.isVariableStatement)
      .flatMap((statement) => [...statement.declarationList.declarations])
      .filter((declaration) => declaration.initializer && runsCode(declaration.initializer) && !isPureDeclaration(source, declaration.initializer, parsed))
      .map((declaration) => declaration.name.getText(parsed));
    expect(names).toEqual(['A']);
  });

  it('a function’s bundle leaves out the schemas it does not use, and keeps those it does', async () => {
    // The authorizer reads keys and tenants: the buyers' module is in its bundle (stored items),
    // but not the buyer creation body; the buyers function answers that route and keeps it.
    const [authorizer, buyers] = await Promise.all([bundleText(topology.functions.authorizer.entry), bundleText(topology.functions.buyers.entry)]);
    expect(authorizer).not.toContain('id:"CreateBuyer"');
    expect(authorizer).not.toContain('id:"PolicyInput"');
    expect(buyers).toContain('id:"CreateBuyer"');
  });

  it('the OpenAPI document built from a bundle is the one built from the sources', async () => {
    // As the ops function serves it: the annotations must drop nothing the document names.
    const dir = await repoTempDir('openapi-');
    try {
      const entry = path.join(dir, 'document.ts');
      const file = path.join(dir, 'document.mjs');
      await writeFile(
        entry,
        `import { openApiDocument } from ${JSON.stringify(path.join(REPO_ROOT, 'shared/http/openapi.ts'))};
import { topology } from ${JSON.stringify(path.join(REPO_ROOT, 'shared/topology/index.ts'))};
process.stdout.write(JSON.stringify(openApiDocument(topology, { includeLocalOnly: true, version: 'test' })));
`,
      );
      await build({ ...esbuildOptions(entry, file), absWorkingDir: REPO_ROOT });
      const { stdout } = await run(process.execPath, [file], { cwd: dir, maxBuffer: 64 * 1024 * 1024, env: { PATH: process.env['PATH'], AWS_REGION: 'eu-west-3' } });
      expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(openApiDocument(topology, { includeLocalOnly: true, version: 'test' }))));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
