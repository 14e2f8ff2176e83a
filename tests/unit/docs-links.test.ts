/**
 * The README and docs/ are the product's whole documentation: a reader has the repository and
 * nothing else. Every relative link must reach a file of it, every `#anchor` a heading of the
 * page it names, the README must lead to every page of docs/, and nothing may send the reader
 * to the team's files outside the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/local/runtime.ts';

/** Fenced blocks and inline code hold examples, not links. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's heading ids: lower case, punctuation dropped, each space a hyphen, repeats numbered. */
function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const match of withoutFences.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const text = (match[1] as string).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    ids.add(count === 0 ? base : `${base}-${count}`);
  }
  return ids;
}

/** `[text](target)` and `[text]: target` links of the prose, targets as written. */
function links(markdown: string): string[] {
  const text = prose(markdown);
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] as string);
  const references = [...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1] as string);
  return [...inline, ...references];
}

/** What is wrong with the links of one page (repository-relative `file`); empty when nothing. */
function brokenLinks(file: string, read: (file: string) => string | undefined): string[] {
  const markdown = read(file);
  if (markdown === undefined) return [`${file} does not exist`];
  const problems: string[] = [];
  for (const target of links(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:: not ours to check
    const [rawPath = '', fragment] = target.split('#', 2);
    const pathPart = decodeURIComponent(rawPath);
    const resolved = pathPart === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), pathPart));
    if (resolved.startsWith('..') || path.posix.isAbsolute(resolved)) {
      problems.push(`${file}: ${target} leaves the repository`);
      continue;
    }
    if (pathPart !== '' && !existsSync(path.join(REPO_ROOT, resolved))) {
      problems.push(`${file}: ${target} names no file (${resolved})`);
      continue;
    }
    if (fragment !== undefined) {
      const page = resolved === file ? markdown : read(resolved);
      if (page === undefined || !resolved.endsWith('.md')) problems.push(`${file}: ${target} has an anchor but ${resolved} is no markdown page`);
      else if (!headingIds(page).has(fragment)) problems.push(`${file}: ${target}: ${resolved} has no heading #${fragment}`);
    }
  }
  return problems;
}

const readRepoFile = (file: string): string | undefined => {
  const full = path.join(REPO_ROOT, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
};
const docs = readdirSync(path.join(REPO_ROOT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`);
const pages = ['README.md', ...docs];

describe('the documentation', () => {
  it.each(pages)('%s: every relative link reaches a file, every anchor a heading', (file) => {
    expect(brokenLinks(file, readRepoFile)).toEqual([]);
  });

  it.each(docs)('the README links %s', (doc) => {
    const targets = links(readRepoFile('README.md') ?? '').map((target) => path.posix.normalize(target.split('#')[0] ?? ''));
    expect(targets).toContain(doc);
  });

  it.each(pages)('%s points to nothing outside the repository (../shared/, SPEC.md, STYLE.md)', (file) => {
    const text = readRepoFile(file) ?? '';
    expect(text.match(/\.\.\/shared\/|\/work\/shared|SPEC\.md|STYLE\.md/g) ?? []).toEqual([]);
  });
});

describe('the link checks', () => {
  const site: Record<string, string> = {
    'README.md': '# Title\n\n## Quick start\n\n## Quick start\n\nSee [it](docs/operations.md#alarms) and [here](#quick-start-1).\n',
    'docs/a.md': '# A\n\n## The `limit.decided` event (internal)\n\n[up](../README.md#quick-start) [x](#the-limitdecided-event-internal)\n```\n[not a link](nowhere.md)\n```\n',
    'docs/operations.md': readRepoFile('docs/operations.md') ?? '',
  };
  const read = (file: string) => site[file];

  it('accept links to existing files and headings, repeated headings numbered as GitHub does', () => {
    expect(brokenLinks('README.md', read)).toEqual([]);
    expect(brokenLinks('docs/a.md', read)).toEqual([]);
  });

  it('report a missing file, a missing heading and a link out of the repository', () => {
    const page = '# P\n[a](docs/nothing.md) [b](docs/operations.md#no-such-heading) [c](#nor-here) [d](../shared/SPEC.md) [e](https://example.com/x#y)\n';
    expect(brokenLinks('README.md', () => page)).toEqual([
      'README.md: docs/nothing.md names no file (docs/nothing.md)',
      'README.md: docs/operations.md#no-such-heading: docs/operations.md has no heading #no-such-heading',
      'README.md: #nor-here: README.md has no heading #nor-here',
      'README.md: ../shared/SPEC.md leaves the repository',
    ]);
  });

  it('read headings with code and links the way GitHub does', () => {
    expect(headingIds('## DynamoDB Local (`infra/local/dynamodb.ts`, `table.ts`)\n### [Deliveries](x.md)\n## Delivery: at least once, in no set order\n')).toEqual(
      new Set(['dynamodb-local-infralocaldynamodbts-tablets', 'deliveries', 'delivery-at-least-once-in-no-set-order']),
    );
  });
});
