/**
 * docs/events.md is the event catalogue integrators build on: it must name every event type the
 * code can emit (the subscribable EVENT_TYPES, the internal ones, and any literal type handed to
 * newEvent), mark the internal ones as such, and document nothing the code does not have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/local/runtime.ts';
import { ACCESS_EVENT_TYPES, COMPLETION_EVENT_TYPES, EVENT_TYPES, MONITORING_EVENT_TYPES } from '../../shared/events/types.ts';

/** `### \`type\`` headings, with whether the heading says `(internal)`. */
function documentedEvents(markdown: string): Map<string, { internal: boolean }> {
  const headings = [...markdown.matchAll(/^### `([^`]+)`(.*)$/gm)];
  return new Map(headings.map((m) => [m[1] as string, { internal: /\(internal\)/.test(m[2] ?? '') }]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every literal `type: '…'` given to newEvent in the product's code (tests excluded). */
function literalEventTypes(files: readonly string[]): Set<string> {
  const types = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.matchAll(/newEvent\(\{\s*type:\s*'([^']+)'/g)) types.add(call[1] as string);
  }
  return types;
}

const subscribable = new Set<string>(EVENT_TYPES);
const internal = new Set<string>([...MONITORING_EVENT_TYPES, ...ACCESS_EVENT_TYPES, ...COMPLETION_EVENT_TYPES]);
const emittedLiterally = literalEventTypes([...sourceFiles(path.join(REPO_ROOT, 'shared')), ...sourceFiles(path.join(REPO_ROOT, 'functions'))]);
const docs = documentedEvents(readFileSync(path.join(REPO_ROOT, 'docs/events.md'), 'utf8'));

describe('docs/events.md, the event catalogue', () => {
  it('finds the literal types the code emits (the scan itself works)', () => {
    expect(emittedLiterally).toContain('limit.decided');
    expect(emittedLiterally).toContain('access.changed');
  });

  it('every type the code emits is a declared type (subscribable or internal)', () => {
    for (const type of emittedLiterally) expect([...subscribable, ...internal]).toContain(type);
  });

  it.each([...subscribable])('documents the subscribable %s, not marked internal', (type) => {
    expect(docs.get(type)).toEqual({ internal: false });
  });

  it.each([...internal])('documents the internal %s, marked (internal)', (type) => {
    expect(docs.get(type)).toEqual({ internal: true });
  });

  it.each([...emittedLiterally])('documents %s, which the code emits', (type) => {
    expect(docs.has(type)).toBe(true);
  });

  it('documents no type the code does not have', () => {
    const known = new Set([...subscribable, ...internal, ...emittedLiterally]);
    expect([...docs.keys()].filter((type) => !known.has(type))).toEqual([]);
  });
});

describe('the catalogue checks', () => {
  it('read headings and the internal mark', () => {
    const parsed = documentedEvents('# x\n### `a.b`\ntext `c.d`\n### `e.f` (internal)\n#### `g.h`\n');
    expect([...parsed]).toEqual([
      ['a.b', { internal: false }],
      ['e.f', { internal: true }],
    ]);
  });
});
