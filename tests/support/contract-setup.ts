/**
 * Runs around each e2e test file: after it, what its answers exercised of the contract is
 * written for the closing summary (tests/support/contract-global-setup.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import { checked } from './contract.ts';

afterAll(() => {
  const dir = inject('contractDir');
  if (!dir || checked.size === 0) return;
  const record = {
    checked: Object.fromEntries([...checked].map(([operation, statuses]) => [operation, Object.fromEntries(statuses)])),
  };
  writeFileSync(path.join(dir, `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`), JSON.stringify(record));
  checked.clear();
});
