/**
 * The contract test's closing summary: how many operations and answers the e2e suite checked
 * against the OpenAPI document (tests/support/contract.ts), and the routes it never called.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { EVENT_TYPES } from '../../shared/events/types.ts';
import { topology } from '../../shared/topology/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    contractDir: string;
  }
}

interface FileRecord {
  checked: Record<string, Record<string, number>>;
  /** Webhook deliveries checked against their type's schema and example (tests/support/webhook-contract.ts), by type. */
  webhooks?: Record<string, number>;
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bouclier-contract-'));
  project.provide('contractDir', dir);
  return () => {
    const byOperation = new Map<string, Map<string, number>>();
    const deliveries = new Map<string, number>();
    for (const file of readdirSync(dir)) {
      const record = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as FileRecord;
      for (const [type, n] of Object.entries(record.webhooks ?? {})) deliveries.set(type, (deliveries.get(type) ?? 0) + n);
      for (const [operation, statuses] of Object.entries(record.checked)) {
        const into = byOperation.get(operation) ?? new Map<string, number>();
        for (const [status, n] of Object.entries(statuses)) into.set(status, (into.get(status) ?? 0) + n);
        byOperation.set(operation, into);
      }
    }
    rmSync(dir, { recursive: true, force: true });
    const unseen = EVENT_TYPES.filter((type) => !deliveries.has(type));
    const webhookLines =
      deliveries.size === 0
        ? []
        : [
            `contract: ${[...deliveries.values()].reduce((a, b) => a + b, 0)} webhook deliveries checked against their type's schema and example, on ${EVENT_TYPES.length - unseen.length} of ${EVENT_TYPES.length} event types (${EVENT_TYPES.filter((type) => deliveries.has(type)).join(', ')})`,
            ...(unseen.length > 0 ? [`contract: event types no e2e story delivers (${unseen.length}): ${unseen.join(', ')}`] : []),
          ];
    if (byOperation.size === 0) {
      if (webhookLines.length > 0) process.stdout.write(`\n${webhookLines.join('\n')}\n`);
      return;
    }
    const responses = [...byOperation.values()].flatMap((statuses) => [...statuses.values()]).reduce((a, b) => a + b, 0);
    const operations = topology.routes.filter((route) => byOperation.has(route.operationId));
    const never = topology.routes.filter((route) => !byOperation.has(route.operationId));
    const neverSucceeded = topology.routes.filter(
      (route) => byOperation.has(route.operationId) && ![...(byOperation.get(route.operationId)?.keys() ?? [])].some((status) => status.startsWith('2')),
    );
    const lines = [
      '',
      `contract: ${responses} responses validated against the OpenAPI document, on ${operations.length} of ${topology.routes.length} operations` +
        ` (and ${[...byOperation.keys()].filter((k) => k.startsWith('(gateway)')).length} gateway answers to unknown paths or methods)`,
      // Called, but only ever refused (the bad-input property calls every route): what no test drives to success.
      ...(neverSucceeded.length > 0
        ? [`contract: routes never answered with a success (${neverSucceeded.length}):`, ...neverSucceeded.map((route) => `  ${route.method} ${route.path} (${route.operationId})`)]
        : []),
      ...webhookLines,
      ...(never.length > 0 ? [`contract: routes the e2e suite never calls (${never.length}):`, ...never.map((route) => `  ${route.method} ${route.path} (${route.operationId})`)] : []),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  };
}
