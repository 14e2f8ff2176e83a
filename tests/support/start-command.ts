/**
 * The node arguments of package.json's start script (`exec node <these> infra/local/main.ts`):
 * what the benchmarks and the end-to-end tests that start the runtime in a process of its own
 * pass to node, so that they run it as `npm start` does, flags included, without npm between.
 * Its heap flags also go to the test workers, which host local runtimes in process
 * (vitest.config.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = 'infra/local/main.ts';

export function startNodeArgs(): string[] {
  const scripts = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts?: Record<string, string> }).scripts;
  const words = (scripts?.['start'] ?? '').trim().split(/\s+/);
  const node = words.indexOf('node');
  const entry = words.indexOf(ENTRY);
  if (node < 0 || entry < node) throw new Error(`package.json's start script is not "[exec] node <args> ${ENTRY}": ${scripts?.['start']}`);
  return [...words.slice(node + 1, entry), `${ROOT}${ENTRY}`];
}

/** The start script's V8 heap sizes (`--max-…-size=…`). */
export function startHeapFlags(): string[] {
  return startNodeArgs().filter((arg) => /^--max-[a-z-]+-size=\d+$/.test(arg));
}
