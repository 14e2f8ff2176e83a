/**
 * Runs around each e2e test file: after each test, a webhook delivery that did not match the
 * document's `webhooks` fails it (tests/support/webhook-contract.ts); after the file, what its
 * answers and deliveries exercised of the contract is written for the closing summary
 * (tests/support/contract-global-setup.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, expect, inject } from 'vitest';
import { checked } from './contract.ts';
import { takeWebhookViolations, webhookTypesChecked } from './webhook-contract.ts';

afterEach(() => {
  expect(takeWebhookViolations(), 'webhook deliveries that do not match the OpenAPI document’s webhooks').toEqual([]);
});

afterAll(() => {
  const dir = inject('contractDir');
  if (!dir || (checked.size === 0 && webhookTypesChecked.size === 0)) return;
  const record = {
    checked: Object.fromEntries([...checked].map(([operation, statuses]) => [operation, Object.fromEntries(statuses)])),
    webhooks: Object.fromEntries(webhookTypesChecked),
  };
  writeFileSync(path.join(dir, `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`), JSON.stringify(record));
  checked.clear();
  webhookTypesChecked.clear();
});
