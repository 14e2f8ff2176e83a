/**
 * Turns a stack trace logged by a deployed function back into source positions. Functions run
 * minified bundles without `--enable-source-maps` (parsing the map costs every cold start about
 * 20 ms: docs/operations.md, "Cold starts"); the map ships beside the bundle, in the function's
 * asset (`cdk.out/asset.<hash>/index.mjs.map` after `npm run synth` of the deployed commit).
 *
 *   node scripts/decode-stack.ts path/to/index.mjs.map < stack.txt
 */
import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';

/** `…/index.mjs:3:12345` (a frame in the bundle) → `shared/data/limits.ts:120:7 (name)`. */
export function decodeStack(stack: string, payload: SourceMapPayload, bundle = 'index.mjs'): string {
  const map = new SourceMap(payload);
  const frame = new RegExp(`(?:file://)?[^\\s()]*${bundle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+)`, 'g');
  return stack.replace(frame, (whole, line: string, column: string) => {
    const origin = map.findOrigin(Number(line), Number(column));
    if (!('fileName' in origin)) return whole;
    const file = origin.fileName.replace(/^(\.\.\/)+/, '');
    return `${file}:${origin.lineNumber}:${origin.columnNumber}${origin.name ? ` (${origin.name})` : ''}`;
  });
}

if (import.meta.main) {
  const mapFile = process.argv[2];
  if (!mapFile) {
    console.error('usage: node scripts/decode-stack.ts path/to/index.mjs.map < stack.txt');
    process.exit(2);
  }
  const payload = JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapPayload;
  process.stdout.write(decodeStack(readFileSync(0, 'utf8'), payload));
}
