/**
 * Readable logs in a terminal. The functions log structured JSON through Powertools, as in
 * AWS; locally each JSON line on stdout is rewritten as one short coloured line. JSON stays
 * when stdout is not a terminal or BOUCLIER_LOG_FORMAT=json.
 */
const COLOURS: Record<string, string> = { DEBUG: '\x1b[90m', INFO: '\x1b[36m', WARN: '\x1b[33m', ERROR: '\x1b[31m', CRITICAL: '\x1b[35m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const HIDDEN = new Set([
  'level', 'message', 'timestamp', 'service', 'sampling_rate', 'xray_trace_id', 'cold_start',
  'function_arn', 'function_memory_size', 'function_request_id', 'function_name',
]);

export function formatLine(line: string, colour: boolean): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  if (typeof entry !== 'object' || entry === null || typeof entry['message'] !== 'string' || typeof entry['level'] !== 'string') return line;
  const level = String(entry['level']);
  const time = typeof entry['timestamp'] === 'string' ? entry['timestamp'].slice(11, 23) : new Date().toISOString().slice(11, 23);
  const named = entry['function_name'] ?? entry['service'];
  const source = (typeof named === 'string' ? named : '').replace(/^bouclier-/, '');
  const extra = Object.fromEntries(Object.entries(entry).filter(([key]) => !HIDDEN.has(key)));
  const rest = Object.keys(extra).length > 0 ? ' ' + JSON.stringify(extra) : '';
  if (!colour) return `${time} ${level.padEnd(5)} ${source.padEnd(8)} ${entry['message']}${rest}`;
  return `${DIM}${time}${RESET} ${COLOURS[level] ?? ''}${level.padEnd(5)}${RESET} ${source.padEnd(8)} ${entry['message']}${DIM}${rest}${RESET}`;
}

export function installPrettyLogs(): void {
  const colour = process.stdout.isTTY === true;
  const write = process.stdout.write.bind(process.stdout) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  let buffered = '';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    buffered += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    if (lines.length === 0) return true;
    return write(lines.map((line) => formatLine(line, colour)).join('\n') + '\n', ...(rest as []));
  });
}
