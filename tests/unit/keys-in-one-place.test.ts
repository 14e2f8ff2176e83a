/**
 * Every key template of the table lives in the keys modules (docs/data-model.md mirrors them):
 * no repository, job or handler spells a partition or sort key, a key prefix or an index key
 * by hand. What counts as spelling one: an all-capitals literal that a key starts with
 * (`'TENANTS'`, `` `CLAIM#${id}` ``, `'REFERRALS#pending'`), or a key attribute given a literal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/local/runtime.ts';

const KEYS_MODULES = new Set(['shared/data/keys.ts', 'shared/data/sector-alert-keys.ts']);
/** Where tables are read and written: repositories, the outbox, jobs and handlers. */
const AREAS = ['shared/data', 'shared/events', 'functions'];

const files = AREAS.flatMap((dir) =>
  readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir, file)),
).filter((file) => !KEYS_MODULES.has(file));

/**
 * A key prefix literal (`'CLAIM#'`, `` `BUYER#${id}` ``), a key attribute or a key condition's
 * value given a literal (`gsi2pk: 'TENANTS'`, `':pk': 'INSOLVENCYPAIRS'`).
 */
const SPELLED_KEY = [/['"`][A-Z][A-Z_]{2,}#/, /\b(pk|sk|gsi[1-9]pk|gsi[1-9]sk|skPrefix)\s*:\s*['"`]/, /':(pk|sk|list|prefix|claims)'\s*:\s*['"`]/];

describe('key templates in one place', () => {
  it('no module outside the keys modules spells a table key', () => {
    const spelled = files.flatMap((file) =>
      readFileSync(path.join(REPO_ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => {
          const code = line.replace(/\/\/.*$/, '');
          if (/^\s*(\*|\/\*\*?)/.test(line)) return [];
          return SPELLED_KEY.some((pattern) => pattern.test(code)) ? [`${file}:${index + 1}: ${line.trim()}`] : [];
        }),
    );
    expect(spelled, 'build these keys with the keys modules (shared/data/keys.ts)').toEqual([]);
  });
});

describe('lists select by key', () => {
  it('no list a client pages is filtered after the page, but the one the docs name (a buyer’s claims)', () => {
    const filtered = readdirSync(path.join(REPO_ROOT, 'shared/data'), { encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && file !== 'pagination.ts')
      .flatMap((file) =>
        readFileSync(path.join(REPO_ROOT, 'shared/data', file), 'utf8')
          .split('\n')
          .flatMap((line) => (/\bfilter: [{[]/.test(line) ? [`${file}: ${(/attribute: '(\w+)'/.exec(line) ?? [])[1] ?? line.trim()}`] : [])),
      );
    expect(filtered).toEqual(['claims.ts: buyerId']);
  });
});
