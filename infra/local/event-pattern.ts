/**
 * A small stand-in for Amazon EventBridge event-pattern matching, for the local runtime.
 *
 * Semantics follow the EventBridge user guide ("Event patterns", "Content filtering in
 * event patterns", "Comparison operators for use in event patterns"):
 * - every field named in the pattern must match (AND); event fields the pattern does not
 *   name are ignored;
 * - a field's value is an array of alternatives (OR); a nested object descends into the event;
 * - when the event value is an array, the field matches if any element matches;
 * - `$or` (an array of sub-patterns) matches when any sub-pattern matches.
 *
 * Call `validatePattern` once when a rule is registered; `matchesPattern` assumes a valid
 * pattern and simply never matches on anything it does not understand.
 */
import { BlockList, isIP } from 'node:net';

/** The JSON pattern, as in `AWS::Events::Rule` `EventPattern`. */
export type EventPattern = Record<string, unknown>;

/** Operators understood here, besides exact matching of strings, numbers, booleans and null. */
export const SUPPORTED_OPERATORS: readonly string[] = Object.freeze([
  'prefix',
  'prefix + equals-ignore-case',
  'suffix',
  'suffix + equals-ignore-case',
  'equals-ignore-case',
  'wildcard',
  'anything-but (value or list of strings / numbers)',
  'anything-but + prefix',
  'anything-but + suffix',
  'anything-but + equals-ignore-case (value or list)',
  'anything-but + wildcard (value or list)',
  'numeric',
  'exists',
  'cidr (IPv4 and IPv6)',
  '$or',
]);

// The documented limits: numeric matching works between -5.0e9 and +5.0e9, and a pattern
// may expand to at most 1000 rule combinations through `$or`.
const NUMERIC_LIMIT = 5e9;
const MAX_OR_COMBINATIONS = 1000;
const COMPARATORS = ['<', '<=', '=', '>', '>='];

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

export function matchesPattern(pattern: EventPattern, event: Record<string, unknown>): boolean {
  return matchObject(pattern, event);
}

function matchObject(pattern: Obj, event: Obj): boolean {
  return Object.entries(pattern).every(([key, rule]) => {
    if (key === '$or') {
      return Array.isArray(rule) && rule.some((alt) => isObject(alt) && matchObject(alt, event));
    }
    // hasOwn: a field called "constructor" must not be found on Object.prototype.
    const value = Object.hasOwn(event, key) ? event[key] : undefined;
    if (Array.isArray(rule)) return matchField(rule, value);
    if (isObject(rule)) return matchNested(rule, value);
    return false;
  });
}

function matchNested(pattern: Obj, value: unknown): boolean {
  // An array of objects matches when one element satisfies the whole sub-pattern, so two
  // conditions are never satisfied by two different elements.
  const objects = (Array.isArray(value) ? value.flat(Infinity) : [value]).filter(isObject);
  // Absent (or a leaf where an object was expected): only `exists: false` can still hold.
  if (objects.length === 0) return matchObject(pattern, {});
  return objects.some((o) => matchObject(pattern, o));
}

/** Leaf values at a field: arrays are flattened, objects are intermediate nodes, not leaves. */
function leafValues(value: unknown): unknown[] {
  if (value === undefined || isObject(value)) return [];
  if (Array.isArray(value)) return value.flatMap(leafValues);
  return [value];
}

function matchField(alternatives: unknown[], value: unknown): boolean {
  const leaves = leafValues(value);
  return alternatives.some((matcher) => {
    // Exact match. Numbers compare by value: once JSON is parsed, 300, 300.0 and 3.0e2 are the
    // same JS number, so the string-representation rule of older guides cannot be reproduced.
    if (!isObject(matcher)) return leaves.some((v) => v === matcher);
    const [op, arg] = Object.entries(matcher)[0] ?? [];
    // "Exists matching only works on leaf nodes": a field holding an object does not exist.
    if (op === 'exists') return (leaves.length > 0) === arg;
    // The field must be present; then any element that is not excluded is enough.
    if (op === 'anything-but') return leaves.some((v) => !isExcluded(arg, v));
    return leaves.some((v) => testValue(op ?? '', arg, v));
  });
}

function isExcluded(arg: unknown, v: unknown): boolean {
  if (Array.isArray(arg)) return arg.some((x) => x === v);
  if (isObject(arg)) {
    const [op, inner] = Object.entries(arg)[0] ?? [];
    return (Array.isArray(inner) ? inner : [inner]).some((x) => testValue(op ?? '', x, v));
  }
  return arg === v;
}

/** One value-level operator against one leaf value. String operators only apply to strings. */
function testValue(op: string, arg: unknown, v: unknown): boolean {
  switch (op) {
    case 'prefix':
    case 'suffix': {
      if (typeof v !== 'string') return false;
      const ignoreCase = isObject(arg);
      const needle = ignoreCase ? arg['equals-ignore-case'] : arg;
      if (typeof needle !== 'string') return false;
      const hay = ignoreCase ? v.toLowerCase() : v;
      const n = ignoreCase ? needle.toLowerCase() : needle;
      return op === 'prefix' ? hay.startsWith(n) : hay.endsWith(n);
    }
    case 'equals-ignore-case':
      return typeof v === 'string' && typeof arg === 'string' && v.toLowerCase() === arg.toLowerCase();
    case 'wildcard':
      return typeof v === 'string' && typeof arg === 'string' && matchWildcard(arg, v);
    case 'numeric':
      // "Numeric matching works with values that are JSON numbers" - not numeric strings.
      return typeof v === 'number' && Array.isArray(arg) && matchNumeric(arg, v);
    case 'cidr':
      return typeof v === 'string' && typeof arg === 'string' && matchCidr(arg, v);
    default:
      return false;
  }
}

function matchNumeric(spec: unknown[], v: number): boolean {
  for (let i = 0; i + 1 < spec.length; i += 2) {
    const bound = spec[i + 1];
    if (typeof bound !== 'number') return false;
    const ok =
      spec[i] === '<' ? v < bound
      : spec[i] === '<=' ? v <= bound
      : spec[i] === '=' ? v === bound
      : spec[i] === '>' ? v > bound
      : spec[i] === '>=' ? v >= bound
      : false;
    if (!ok) return false;
  }
  return spec.length > 0;
}

/** Literal pieces between unescaped `*`; `\*` and `\\` stand for the literal characters. */
function wildcardPieces(pattern: string): string[] {
  const pieces = [''];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) {
      pieces[pieces.length - 1] += pattern[++i]!;
    } else if (c === '*') {
      pieces.push('');
    } else {
      pieces[pieces.length - 1] += c;
    }
  }
  return pieces;
}

// Anchored glob with `*` only: first piece is a prefix, last a suffix, and the pieces in
// between are found left to right. Greedy leftmost placement is always safe for `*`-only
// globs, and it keeps matching linear instead of backtracking like a regex would.
function matchWildcard(pattern: string, value: string): boolean {
  const pieces = wildcardPieces(pattern);
  const first = pieces[0]!;
  if (pieces.length === 1) return value === first;
  const last = pieces[pieces.length - 1]!;
  const end = value.length - last.length;
  if (end < first.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  let pos = first.length;
  for (const piece of pieces.slice(1, -1)) {
    const at = value.indexOf(piece, pos);
    if (at < 0 || at + piece.length > end) return false;
    pos = at + piece.length;
  }
  return true;
}

// Parsing a CIDR per event would be wasteful; rules are few and long-lived.
const cidrCache = new Map<string, BlockList | null>();

function parseCidr(cidr: string): BlockList | null {
  const [address = '', bits = '', ...rest] = cidr.split('/');
  const family = isIP(address);
  const prefix = /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
  if (family === 0 || rest.length > 0 || !(prefix <= (family === 4 ? 32 : 128))) return null;
  const list = new BlockList();
  list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
  return list;
}

function matchCidr(cidr: string, ip: string): boolean {
  const family = isIP(ip);
  if (family === 0) return false;
  if (!cidrCache.has(cidr)) cidrCache.set(cidr, parseCidr(cidr));
  return cidrCache.get(cidr)?.check(ip, family === 4 ? 'ipv4' : 'ipv6') ?? false;
}

// ---------------------------------------------------------------------------------------------
// Validation: reject what EventBridge's PutRule would reject, so a rule that works locally is
// not refused at deploy time. Messages name the pattern path and the operator.
// ---------------------------------------------------------------------------------------------

function fail(path: string, message: string): never {
  throw new Error(`Invalid event pattern at ${path || '<root>'}: ${message}`);
}

export function validatePattern(pattern: EventPattern): void {
  if (!isObject(pattern)) fail('', 'an event pattern must be a JSON object');
  validateObject(pattern, '');
  const combinations = countCombinations(pattern);
  if (combinations > MAX_OR_COMBINATIONS) {
    fail('', `$or expands to ${combinations} rule combinations (limit ${MAX_OR_COMBINATIONS})`);
  }
}

function validateObject(obj: Obj, path: string): void {
  // An empty object would match everything, which is never what a rule means.
  if (Object.keys(obj).length === 0) fail(path, 'empty objects are not allowed');
  for (const [key, rule] of Object.entries(obj)) {
    const at = path ? `${path}.${key}` : key;
    if (key === '$or') {
      if (!Array.isArray(rule) || rule.length < 2) fail(at, '$or must be an array of at least 2 sub-patterns');
      rule.forEach((alt, i) => {
        if (!isObject(alt)) fail(`${at}[${i}]`, '$or elements must be objects');
        validateObject(alt, `${at}[${i}]`);
      });
    } else if (Array.isArray(rule)) {
      rule.forEach((matcher, i) => validateMatcher(matcher, `${at}[${i}]`));
    } else if (isObject(rule)) {
      validateObject(rule, at);
    } else {
      fail(at, `expected an array of values or a nested object, got ${JSON.stringify(rule)}`);
    }
  }
}

function validateMatcher(matcher: unknown, at: string): void {
  if (matcher === null || typeof matcher === 'string' || typeof matcher === 'boolean') return;
  if (typeof matcher === 'number') return requireNumber(matcher, at);
  if (!isObject(matcher)) fail(at, 'values must be strings, numbers, booleans, null or an operator object');
  const keys = Object.keys(matcher);
  if (keys.length !== 1) fail(at, `an operator object needs exactly one operator, got ${keys.length}`);
  const op = keys[0]!;
  const arg = matcher[op];
  const opAt = `${at}.${op}`;
  switch (op) {
    case 'prefix':
    case 'suffix':
      if (isObject(arg)) {
        const inner = Object.keys(arg);
        if (inner.length !== 1 || inner[0] !== 'equals-ignore-case') {
          fail(opAt, `${op} takes a string or {"equals-ignore-case": string}`);
        }
        return requireString(arg['equals-ignore-case'], `${opAt}.equals-ignore-case`);
      }
      return requireString(arg, opAt);
    case 'equals-ignore-case':
      return requireString(arg, opAt);
    case 'wildcard':
      return validateWildcard(arg, opAt);
    case 'anything-but':
      return validateAnythingBut(arg, opAt);
    case 'numeric':
      return validateNumeric(arg, opAt);
    case 'exists':
      if (typeof arg !== 'boolean') fail(opAt, 'exists takes true or false');
      return;
    case 'cidr':
      requireString(arg, opAt);
      if (!parseCidr(arg)) fail(opAt, `malformed CIDR ${JSON.stringify(arg)} (expected address/prefix-length)`);
      return;
    default:
      fail(at, `unsupported operator "${op}"`);
  }
}

function requireString(v: unknown, at: string): asserts v is string {
  if (typeof v !== 'string') fail(at, `expected a string, got ${JSON.stringify(v)}`);
}

function requireNumber(v: unknown, at: string): asserts v is number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(at, `expected a number, got ${JSON.stringify(v)}`);
}

function validateWildcard(arg: unknown, at: string): void {
  requireString(arg, at);
  for (let i = 0; i < arg.length; i++) {
    if (arg[i] === '\\') {
      // Only `\*` and `\\` are defined escapes.
      if (arg[i + 1] !== '*' && arg[i + 1] !== '\\') fail(at, `invalid escape at position ${i} (only \\* and \\\\ are allowed)`);
      i++;
    } else if (arg[i] === '*' && arg[i + 1] === '*') {
      fail(at, `consecutive wildcard characters at position ${i}`);
    }
  }
}

function validateAnythingBut(arg: unknown, at: string): void {
  if (typeof arg === 'string') return;
  if (typeof arg === 'number') return requireNumber(arg, at);
  if (Array.isArray(arg)) {
    // "The list must contain either all strings, or all numbers."
    const allStrings = arg.every((x) => typeof x === 'string');
    const allNumbers = arg.every((x) => typeof x === 'number' && Number.isFinite(x));
    if (arg.length === 0 || !(allStrings || allNumbers)) fail(at, 'anything-but lists must be non-empty and contain only strings or only numbers');
    return;
  }
  if (!isObject(arg)) fail(at, 'anything-but takes a string, a number, a list, or a prefix/suffix/equals-ignore-case/wildcard object');
  const keys = Object.keys(arg);
  if (keys.length !== 1) fail(at, `anything-but takes exactly one nested operator, got ${keys.length}`);
  const op = keys[0]!;
  const inner = arg[op];
  const innerAt = `${at}.${op}`;
  switch (op) {
    case 'prefix':
    case 'suffix':
      // "Anything-but matching only works with a single prefix, not a list."
      return requireString(inner, innerAt);
    case 'equals-ignore-case':
    case 'wildcard': {
      const list = Array.isArray(inner) ? inner : [inner];
      if (list.length === 0) fail(innerAt, 'the list must not be empty');
      list.forEach((x, i) => (op === 'wildcard' ? validateWildcard(x, `${innerAt}[${i}]`) : requireString(x, `${innerAt}[${i}]`)));
      return;
    }
    default:
      fail(at, `unsupported operator "${op}" inside anything-but`);
  }
}

function validateNumeric(arg: unknown, at: string): void {
  const usage = 'numeric takes ["op", number] or [">"|">=", low, "<"|"<=", high]';
  if (!Array.isArray(arg) || (arg.length !== 2 && arg.length !== 4)) fail(at, usage);
  const args = arg as unknown[];
  for (let i = 0; i < args.length; i += 2) {
    if (!COMPARATORS.includes(args[i] as string)) fail(at, `unknown comparison ${JSON.stringify(args[i])}; ${usage}`);
    requireNumber(args[i + 1], `${at}[${i + 1}]`);
    if (Math.abs(args[i + 1] as number) > NUMERIC_LIMIT) fail(`${at}[${i + 1}]`, `numeric values must lie between -${NUMERIC_LIMIT} and ${NUMERIC_LIMIT}`);
  }
  if (args.length === 4) {
    if (!['>', '>='].includes(args[0] as string) || !['<', '<='].includes(args[2] as string)) fail(at, `a range needs a lower bound then an upper bound; ${usage}`);
    if (!((args[1] as number) < (args[3] as number))) fail(at, 'the lower bound of a range must be less than the upper bound');
  }
}

/** Rule combinations: each `$or` multiplies by its (summed) alternatives, as the docs describe. */
function countCombinations(obj: Obj): number {
  let total = 1;
  for (const [key, rule] of Object.entries(obj)) {
    if (key === '$or' && Array.isArray(rule)) {
      total *= rule.reduce((sum: number, alt) => sum + (isObject(alt) ? countCombinations(alt) : 1), 0);
    } else if (isObject(rule)) {
      total *= countCombinations(rule);
    }
  }
  return total;
}
