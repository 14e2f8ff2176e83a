/**
 * fast-check arbitraries of bad HTTP input for any route of the topology: path segments,
 * query strings, headers, bodies and callers. Nothing here is specific to one route beyond
 * what RouteSpec says (method, path parameters, whether a body is expected, who may call),
 * so a new route is fuzzed without editing the test; valid bodies to mutate are known for
 * the routes that exist today and are offered to every route (most to their own).
 *
 * A generated request is a plain record (strings, not functions) so that a counterexample
 * printed by fast-check reads as the request that was sent.
 */
import fc from 'fast-check';
import type { ZodType } from 'zod';
import { ID_PREFIXES as KIND_PREFIXES } from '../../../shared/data/ids.ts';
import type { Role, RouteSpec } from '../../../shared/topology/types.ts';
import type { RawRequest } from './raw-http.ts';

/** What the setup created over HTTP: the keys callers use and ids that exist. */
export interface World {
  readonly keys: Readonly<Record<Role, string>>;
  /** The policyholder's tenant, also the broker's only mandate. */
  readonly tenantId: string;
  readonly brokerId: string;
  /** Real ids none of the callers owns: another tenant, its key, another broker and its key. */
  readonly foreign: { readonly tenantId: string; readonly keyId: string; readonly brokerId: string; readonly brokerKeyId: string };
}

export type Caller = Role | 'no key' | 'garbage key' | { readonly authorization: string };

export interface BadBody {
  /** null: no Content-Type header; an array: the header sent twice. */
  readonly contentType: string | null | readonly [string, string];
  readonly text?: string;
  readonly bytes?: Uint8Array;
  /** Over the 10 MB the gateway accepts. */
  readonly oversized?: true;
}

export interface BadRequest {
  readonly caller: Caller;
  /** Path segments exactly as sent (already percent-encoded, or raw on purpose: `..`, `%00`). */
  readonly params: Readonly<Record<string, string>>;
  /** The query string as sent, without `?`; empty = none. */
  readonly query: string;
  readonly tenantHeader: string | null;
  readonly idempotencyKey: string | null;
  /** Further headers, in order; names may repeat (also Authorization, Content-Type). */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: BadBody | null;
  /**
   * Set on a request valid but for one body field (a huge amount): the answer must be a 400
   * `validation` whose errors[] name this field (dotted, as the API names it).
   */
  readonly refusedField?: string;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Names every plain JS object inherits: a map keyed by request input must not trip on them. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'] as const;

/** Headers that frame or route the HTTP message itself: fuzzing them fuzzes node:http, not the API. */
const FRAMING_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'expect', 'upgrade', 'te', 'trailer', 'keep-alive', 'proxy-connection']);

const ID_PREFIXES = ['ten', 'brk', 'key', 'evt'] as const;

export function routeParams(route: RouteSpec): string[] {
  return [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
}

export function allowedRoles(route: RouteSpec): readonly Role[] {
  return route.access === 'public' ? [] : route.access;
}

const ROLES: readonly Role[] = ['insurer', 'policyholder', 'broker'];

// ---------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------

/** Text without C0 controls or DEL: what an HTTP header or request line can carry. */
const isControl = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
};
const printable = (constraints: fc.StringConstraints = {}) =>
  fc.string({ unit: 'grapheme', ...constraints }).map((s) => [...s].filter((char) => !isControl(char)).join(''));

/** An id of the right shape that names nothing, or a near miss (wrong kind, case, length, letters). */
const idLike = fc
  .record({
    prefix: fc.constantFrom(...ID_PREFIXES, 'TEN', 'ten-', 'ten_ten'),
    ulid: fc.ulid(),
    twist: fc.constantFrom('none', 'none', 'none', 'lower', 'extra', 'short', 'forbidden-letter'),
  })
  .map(({ prefix, ulid, twist }) => {
    const body =
      twist === 'lower' ? ulid.toLowerCase() : twist === 'extra' ? `${ulid}0` : twist === 'short' ? ulid.slice(1) : twist === 'forbidden-letter' ? `U${ulid.slice(1)}` : ulid;
    return prefix.endsWith('_') || prefix.endsWith('-') ? `${prefix}${body}` : `${prefix}_${body}`;
  });

/** Segments sent without encoding, on purpose. */
const RAW_SEGMENTS = ['..', '.', '%00', '%', '%zz', '%2F', '%2e%2e', '..%2F..', '%C0%AE', '%FF', 'ten_%00', '*', '~', "'", '"', '<script>', '$%7B7*7%7D', '%252e'];

/** The schema of one path parameter, to tell which real or made-up ids it accepts. */
function paramSchema(route: RouteSpec, name: string): ZodType | undefined {
  const shape: Record<string, ZodType> | undefined = route.request?.params?.shape;
  return shape?.[name];
}

function segment(route: RouteSpec, name: string, world: World): fc.Arbitrary<string> {
  const real = [world.foreign.tenantId, world.foreign.keyId, world.foreign.brokerId, world.foreign.brokerKeyId];
  const schema = paramSchema(route, name);
  const accepted = (id: string) => schema?.safeParse(id).success === true;
  // Ids the parameter's schema accepts reach the handler: the not-found paths.
  const fittingPrefixes = ID_PREFIXES.filter((prefix) => accepted(`${prefix}_01ARZ3NDEKTSV4RRFFQ69G5FAV`));
  const fittingReal = real.filter(accepted);
  return fc.oneof(
    { weight: 3, arbitrary: idLike },
    ...(fittingPrefixes.length > 0 ? [{ weight: 3, arbitrary: fc.tuple(fc.constantFrom(...fittingPrefixes), fc.ulid()).map(([prefix, ulid]) => `${prefix}_${ulid}`) }] : []),
    ...(fittingReal.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...fittingReal) }] : []),
    { weight: 2, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: fc.string().map(encodeURIComponent) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1 }).map(encodeURIComponent) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
    // Very long: far over any id, yet the whole request head stays under node:http's 16 KB
    // (over it, see the 431 case in the test: a limit of the HTTP layer, not of the API).
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 4_000 }).map((n) => 'a'.repeat(n)) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 100, maxLength: 300 }).map(encodeURIComponent) },
  );
}

// ---------------------------------------------------------------------------------------
// Query strings
// ---------------------------------------------------------------------------------------

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/**
 * The partitions a caller's lists read (its API keys, its tenant's policy versions, every
 * tenant for the insurer). Cursors are sealed now (shared/data/pagination.ts), so these
 * unsealed keys are refused before any partition check: they stay as forgeries a client could
 * try, naming the caller's own partitions; the partition and shape checks after opening are
 * unit-tested (tests/unit/cursors.test.ts).
 */
function ownPartitions(caller: Caller, world: World): { attribute: 'pk' | 'gsi2pk'; value: string }[] {
  const tenant = (id: string) => ({ attribute: 'pk' as const, value: `TENANT#${id}` });
  switch (caller) {
    case 'insurer':
      return [{ attribute: 'pk', value: 'INSURER' }, { attribute: 'gsi2pk', value: 'TENANTS' }, tenant(world.foreign.tenantId)];
    case 'policyholder':
      return [tenant(world.tenantId)];
    case 'broker':
      return [{ attribute: 'pk', value: `BROKER#${world.brokerId}` }, tenant(world.tenantId)];
    default:
      return [];
  }
}

function cursorKeys(caller: Caller, world: World): fc.Arbitrary<string> {
  const every = [
    { attribute: 'pk' as const, value: 'INSURER' },
    { attribute: 'gsi2pk' as const, value: 'TENANTS' },
    ...[world.tenantId, world.foreign.tenantId].map((id) => ({ attribute: 'pk' as const, value: `TENANT#${id}` })),
    ...[world.brokerId, world.foreign.brokerId].map((id) => ({ attribute: 'pk' as const, value: `BROKER#${id}` })),
  ];
  const own = ownPartitions(caller, world);
  const partition = fc.oneof(
    ...(own.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...own) }] : []),
    { weight: 1, arbitrary: fc.constantFrom(...every) },
  );
  const shape = fc.constantFrom(
    'partition only', 'full key', 'policy', 'out of range', 'empty sort key', 'extra attribute', 'number', 'nested', 'gsi2 without table key', 'empty', 'array', 'string', 'null',
  );
  return fc.record({ partition, shape, ulid: fc.ulid() }).map(({ partition: { attribute, value }, shape, ulid }) => {
    const table = attribute === 'pk' ? { pk: value, sk: `APIKEY#key_${ulid}` } : { pk: `TENANT#ten_${ulid}`, sk: 'TENANT', gsi2pk: value, gsi2sk: `2020-01-01T00:00:00.000Z#ten_${ulid}` };
    const keys: Record<string, unknown> = {
      'partition only': { [attribute]: value },
      'full key': table,
      policy: { ...table, sk: 'POLICY#v000001' },
      'out of range': { ...table, sk: 'ZZZ' },
      'empty sort key': { ...table, sk: '' },
      'extra attribute': { ...table, extra: 'x' },
      number: { ...table, sk: 1 },
      nested: { ...table, sk: { S: 'x' } },
      'gsi2 without table key': { [attribute]: value, gsi2sk: `2020-01-01T00:00:00.000Z#ten_${ulid}` },
      empty: {},
      array: [value],
      string: value,
      null: null,
    };
    return base64url(JSON.stringify(keys[shape]));
  });
}

/** A well-formed page query whose cursor is the broken part (a lone cursor reaches the handler). */
function pageQuery(caller: Caller, world: World): fc.Arbitrary<string> {
  return fc
    .record({ cursor: cursorKeys(caller, world), limit: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null, freq: 2 }) })
    .map(({ cursor, limit }) => `${limit === null ? '' : `limit=${limit}&`}cursor=${cursor}`);
}

function queryString(caller: Caller, world: World): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 2, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
    { weight: 1, arbitrary: fc.constantFrom('limit[]', 'LIMIT', 'cursor ', '', 'a.b', 'limit[0]') },
  );
  const limit = fc.oneof(
    fc.constantFrom('0', '101', '-1', '1.5', '1e3', 'abc', '', ' 5', '0x10', 'NaN', 'Infinity', '99999999999999999999', '1e-7', '٣', '5 ', '+5', '1', '100'),
    fc.integer().map(String),
  );
  const cursor = fc.oneof(
    { weight: 4, arbitrary: cursorKeys(caller, world) },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('base64url')) },
    { weight: 1, arbitrary: fc.integer({ min: 2_049, max: 3_000 }).map((n) => 'A'.repeat(n)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => base64url(JSON.stringify(value))) },
  );
  const pair = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.constant('cursor'), cursor) },
    { weight: 2, arbitrary: fc.tuple(fc.constant('limit'), limit) },
    { weight: 2, arbitrary: fc.tuple(key, fc.oneof(fc.string(), limit, cursor)) },
  );
  const junk = fc.option(fc.constantFrom('&&', '=', '==x', 'a=%', '%zz=1', 'limit=%FF', ';', 'a=b=c', 'cursor', '&limit'), { nil: '', freq: 4 });
  // Pairs may repeat a key (limit twice, cursor twice): the lists' keys are few.
  return fc
    .record({ pairs: fc.array(pair, { minLength: 1, maxLength: 4 }), junk })
    .map(({ pairs, junk }) => [...pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`), ...(junk ? [junk] : [])].join('&'));
}

// ---------------------------------------------------------------------------------------
// Headers and callers
// ---------------------------------------------------------------------------------------

const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  '',
  'json',
  'application/jsonp',
  'APPLICATION/JSON',
  'application/json;',
  'application/json; charset=latin1',
  'application/vnd.api+json',
  'application/problem+json',
  '*/*',
];

const contentType: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 10, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constant('application/json; charset=utf-8') },
  { weight: 3, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
  { weight: 1, arbitrary: printable() },
  { weight: 1, arbitrary: fc.constant(null) },
);

const bodyContentType: fc.Arbitrary<BadBody['contentType']> = fc.oneof(
  { weight: 12, arbitrary: contentType },
  { weight: 1, arbitrary: fc.tuple(contentType.map((c) => c ?? ''), contentType.map((c) => c ?? '')) },
);

const headerName = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,24}$/).filter((name) => !FRAMING_HEADERS.has(name.toLowerCase())) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
);

function tenantHeaderValue(world: World): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(world.tenantId) },
    { weight: 2, arbitrary: fc.constant(world.foreign.tenantId) },
    { weight: 2, arbitrary: idLike },
    { weight: 1, arbitrary: printable() },
    { weight: 1, arbitrary: fc.constantFrom(`${world.tenantId},${world.foreign.tenantId}`, ` ${world.tenantId}`, world.tenantId.toLowerCase(), 'x'.repeat(300)) },
  );
}

// fc.option shrinks to null (absent), so counterexamples keep only the headers that matter.
const idempotencyKey: fc.Arbitrary<string | null> = fc.option(
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom('a b', 'x'.repeat(300), 'a'.repeat(256), 'clé-ü', '', '\t', 'key\u00a0nbsp', '🔑') },
    { weight: 1, arbitrary: printable({ minLength: 1 }) },
    { weight: 1, arbitrary: fc.stringMatching(/^[\x21-\x7e]{1,64}$/) },
  ),
  { nil: null, freq: 2 },
);

function extraHeader(world: World): fc.Arbitrary<readonly [string, string]> {
  return fc.oneof(
    fc.tuple(headerName, printable()),
    fc.tuple(fc.constant('Content-Type'), contentType.map((c) => c ?? '')),
    fc.tuple(fc.constant('Authorization'), fc.constantFrom('Bearer garbage', `Bearer ${world.keys.insurer}`, `Bearer ${world.keys.policyholder}`, '')),
    fc.tuple(fc.constant('Bouclier-Tenant'), tenantHeaderValue(world)),
    fc.tuple(fc.constant('Idempotency-Key'), idempotencyKey.map((k) => k ?? 'again')),
    fc.tuple(fc.constant('X-Correlation-Id'), fc.oneof(printable(), fc.constant('c'.repeat(200)))),
  );
}

/** Mostly a role the route allows (so requests get past the authorizer), else anyone. */
function caller(route: RouteSpec, world: World): fc.Arbitrary<Caller> {
  const allowed = allowedRoles(route);
  const others = ROLES.filter((role) => !allowed.includes(role));
  const malformed = fc.constantFrom(
    'Bearer',
    'Bearer ',
    'Basic dXNlcjpwYXNz',
    `Bearer ${world.keys.insurer} extra`,
    `Bearer ${world.keys.insurer}x`,
    `Token ${world.keys.insurer}`,
    `${world.keys.insurer}`,
    `Bearer ${world.keys.insurer.slice(0, -1)}`,
    `Bearer ${'k'.repeat(3_000)}`,
    'Bearer clé',
  );
  return fc.oneof(
    ...(allowed.length > 0 ? [{ weight: 14, arbitrary: fc.constantFrom(...allowed) as fc.Arbitrary<Caller> }] : []),
    ...(others.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...others) as fc.Arbitrary<Caller> }] : []),
    { weight: allowed.length > 0 ? 1 : 4, arbitrary: fc.constantFrom<Caller>('no key', 'garbage key') },
    { weight: 1, arbitrary: malformed.map((authorization): Caller => ({ authorization })) },
  );
}

// ---------------------------------------------------------------------------------------
// Bodies
// ---------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** An id of the right shape that names nothing: bodies that name a buyer reach the handler. */
const NO_BUYER = 'byr_01ARZ3NDEKTSV4RRFFQ69G5FAV';

/**
 * Valid bodies of today's routes; mutated with one field broken, and offered to every route
 * with a body. Dates are today's (the runtime's clock is not moved here): the setup's tenants
 * began today, so this month is one they may declare.
 */
export function validBodies(world: World): Readonly<Record<string, Json>> {
  const today = new Date().toISOString().slice(0, 10);
  return {
    createTenant: {
      name: 'Fuzz SARL',
      policy: { policyNumber: 'P-1', currency: 'EUR', maxLiability: 300000000, premiumRate: 0.0025, coveredCountries: ['FR'], inceptionDate: today },
    },
    createBroker: { name: 'Fuzz Brokers', tenantIds: [world.tenantId] },
    putBrokerMandates: { tenantIds: [world.tenantId] },
    updateTenantPolicy: { premiumRate: 0.003, coveredCountries: ['FR', 'DE'], inceptionDate: today, maxLiability: 400000000 },
    putLimitRules: {
      buyerCapacityEur: { 1: 5000000000, 2: 2500000000, 3: 1000000000, 4: 500000000, 5: 250000000, 6: 100000000, 7: 50000000, 8: 0, 9: 0, 10: 0 },
      autoDecisionCeilingEur: { 1: 500000000, 2: 250000000, 3: 100000000, 4: 75000000, 5: 50000000, 6: 25000000, 7: 10000000, 8: 0, 9: 0, 10: 0 },
      conditionalFromGrade: 7,
      conditionalMaxPaymentTermsDays: 60,
    },
    declareTurnover: { period: today.slice(0, 7), country: 'FR', amount: 100 },
    createInvoices: { buyerId: NO_BUYER, number: 'FUZZ-1', amount: 100, currency: 'EUR', issueDate: today, dueDate: today },
    recordPayment: { amount: 100, paidOn: today },
    coverCheck: { buyerId: NO_BUYER, amount: 100, paymentTermsDays: 30, deliveryDate: today },
    requestLimit: { buyerId: NO_BUYER, type: 'increase', amount: 100000, temporary: { amount: 100000, expiresOn: today } },
    decideReferral: { decision: 'approved', amount: 100000, reasons: [{ code: 'ok', message: 'ok' }], expiresOn: today },
    recordRiskEvents: { buyerId: NO_BUYER, type: 'payment_incident', occurredOn: today },
    recordCollection: { amount: 100, receivedOn: today },
    recordRecovery: { amount: 100, receivedOn: today },
    recordClaimCost: { amount: 100, incurredOn: today, description: 'Collection agency fee' },
    addClaimInvoices: { invoiceIds: ['inv_01ARZ3NDEKTSV4RRFFQ69G5FAV'] },
  };
}

// ---------------------------------------------------------------------------------------
// Implausible dates: well-formed, but before 2000 or more than ten years ahead
// ---------------------------------------------------------------------------------------

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const someDay = (years: fc.Arbitrary<number>) =>
  fc.record({ year: years, month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }).map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);

/** Calendar dates no request may carry: 0000-01-01 and 9999-12-30 (once a 500 and accepted), and their like. */
function implausibleDate(): fc.Arbitrary<string> {
  const firstYearAfter = new Date().getUTCFullYear() + 11;
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('0000-01-01', '9999-12-30', '1999-12-31') },
    { weight: 1, arbitrary: someDay(fc.integer({ min: 0, max: 1999 })) },
    { weight: 1, arbitrary: someDay(fc.integer({ min: firstYearAfter, max: 9999 })) },
  );
}

const DAY_OR_MONTH = /^\d{4}-\d{2}(-\d{2})?$/;

/** Where a body holds a date (YYYY-MM-DD) or a month (YYYY-MM), and which. */
function datePathsOf(value: Json): { path: Path; month: boolean }[] {
  return pathsOf(value).flatMap((path) => {
    const leaf = path.reduce<Json | undefined>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, Json>)[key] : undefined), value);
    return typeof leaf === 'string' && DAY_OR_MONTH.test(leaf) ? [{ path, month: leaf.length === 7 }] : [];
  });
}

// ---------------------------------------------------------------------------------------
// Huge amounts: integers, but beyond the 10^12 minor units a request may carry
// ---------------------------------------------------------------------------------------

/**
 * Amounts no request may carry: one unit over 10^12, the next limit step over it, 2^53 − 1
 * (two invoices of it once made the cover check, the exposure and the portfolio answer 500),
 * 2^53 and 10^15; and any integer between.
 */
function hugeAmount(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('1000000000001', '1000000100000', '9007199254740991', '9007199254740992', '1e15', '10000000000000') },
    { weight: 1, arbitrary: fc.bigInt({ min: 1_000_000_000_001n, max: 9_007_199_254_740_991n }).map(String) },
  );
}

/** The names money fields carry in request bodies (the API's convention: amounts have no suffix), and the per-grade tables of EUR amounts. */
const MONEY_KEYS = new Set(['amount', 'maxLiability', 'deductible', 'claimThreshold', 'minimumPremium', 'discretionaryLimit']);
const PER_GRADE_MONEY = new Set(['buyerCapacityEur', 'autoDecisionCeilingEur']);

/** Where a body holds an amount of money. */
function moneyPathsOf(value: Json): Path[] {
  return pathsOf(value).filter((path) => {
    const leaf = path.reduce<Json | undefined>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, Json>)[key] : undefined), value);
    const [key, parent] = [path.at(-1), path.at(-2)];
    return typeof leaf === 'number' && (MONEY_KEYS.has(String(key)) || PER_GRADE_MONEY.has(String(parent)));
  });
}

/** Raw JSON tokens: what JSON.stringify cannot write (1e400) and values of every wrong type. */
const badToken: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'null', 'true', '""', '"   "', '[]', '{}', '-1', '0', '1.5', '-0', '1e400', '-1e400', '123456789012345678901234567890',
      '9007199254740993', '0.0000001', '1e-400', '0.00250001', '"FR"', '"eur"', '"XXX"', '"ZZ"', '"\\u0000"', '"\\ud800"', '"2026-02-30"',
      '"0000-01-01"', '"9999-12-30"', '"0000-01"', '"9999-12"', '"NOK"', '1000000000001', '9007199254740991',
      '["FR","FR"]', '{"__proto__":{"x":1}}', '"constructor"', '95.5',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 65, max: 5_000 }).map((n) => JSON.stringify('x'.repeat(n))) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.double().map((d) => (Number.isFinite(d) ? String(d) : '1e999')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }).map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 5_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 91, max: 300 }).map((n) => JSON.stringify(Array.from({ length: n }, (_, i) => `ten_${String(i).padStart(26, '0')}`))) },
);

type Path = readonly (string | number)[];

function pathsOf(value: Json, at: Path = []): Path[] {
  const here = at.length > 0 ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...at, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return here;
}

type Mutation = { readonly op: 'replace'; readonly token: string } | { readonly op: 'delete' } | { readonly op: 'add'; readonly key: string; readonly token: string } | { readonly op: 'duplicate' };

/** Writes `value` as JSON text with one mutation applied at `target`. */
function writeMutated(value: Json, target: Path, mutation: Mutation, at: Path = []): string {
  const isTarget = at.length === target.length && at.every((p, i) => p === target[i]);
  if (isTarget && mutation.op === 'replace') return mutation.token;
  const under = (p: string | number) => [...at, p];
  const onPath = at.length < target.length && at.every((p, i) => p === target[i]);
  const childIsDeleted = (p: string | number) => onPath && at.length + 1 === target.length && target[at.length] === p && mutation.op === 'delete';
  if (Array.isArray(value)) {
    const items = value.flatMap((item, i) => (childIsDeleted(i) ? [] : [writeMutated(item, target, mutation, under(i))]));
    if (isTarget && mutation.op === 'duplicate' && items.length > 0) items.push(items[0] as string);
    if (isTarget && mutation.op === 'add') items.push(mutation.token);
    return `[${items.join(',')}]`;
  }
  if (value && typeof value === 'object') {
    const members = Object.entries(value).flatMap(([k, v]) => (childIsDeleted(k) ? [] : [`${JSON.stringify(k)}:${writeMutated(v, target, mutation, under(k))}`]));
    if (isTarget && mutation.op === 'add') members.push(`${JSON.stringify(mutation.key)}:${mutation.token}`);
    if (isTarget && mutation.op === 'duplicate' && members.length > 0) members.push(members[0] as string);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 8, arbitrary: badToken.map((token): Mutation => ({ op: 'replace', token })) },
  { weight: 2, arbitrary: fc.constant<Mutation>({ op: 'delete' }) },
  { weight: 2, arbitrary: fc.record({ key: fc.oneof(fc.string(), fc.constantFrom(...PROTOTYPE_NAMES, 'tenantId', 'currency', 'version')), token: badToken }).map(({ key, token }): Mutation => ({ op: 'add', key, token })) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ op: 'duplicate' }) },
);

function bodyArbitrary(route: RouteSpec, world: World): fc.Arbitrary<BadBody | null> {
  const seeds = validBodies(world);
  const own = seeds[route.operationId];
  const names = Object.keys(seeds);
  const seedName = fc.oneof(
    ...(own !== undefined ? [{ weight: 3, arbitrary: fc.constant(route.operationId) }] : []),
    { weight: 1, arbitrary: fc.constantFrom(...names) },
  );
  const json = (text: fc.Arbitrary<string>): fc.Arbitrary<BadBody> => fc.record({ contentType: bodyContentType, text });
  const mutated = json(
    fc.record({ seed: seedName, at: fc.nat(), mutation }).map(({ seed, at, mutation }) => {
      const value = seeds[seed] as Json;
      const paths = pathsOf(value);
      return writeMutated(value, paths[at % paths.length] as Path, mutation);
    }),
  );
  const truncated = fc.record({ seed: seedName, cut: fc.nat() }).map(({ seed, cut }) => {
    const text = JSON.stringify(seeds[seed]);
    return text.slice(0, cut % text.length);
  });
  const malformed = fc.oneof(
    truncated,
    fc.constantFrom("{'name':1}", '{"name":"x",}', 'NaN', '{', '"unterminated', '[1,2', '{"name":}', '\u0000', 'undefined', '{"a":1}{"b":2}', '\ufeff{}', '{"a":1e}', '0x10', '// {}'),
    fc.string({ unit: 'grapheme' }),
  );
  const deep = fc.record({ depth: fc.integer({ min: 1_000, max: 100_000 }), kind: fc.constantFrom('array', 'object', 'in a field') }).map(({ depth, kind }) =>
    kind === 'array'
      ? '['.repeat(depth) + ']'.repeat(depth)
      : kind === 'object'
        ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
        : `{"name":"x","tenantIds":${'['.repeat(depth)}${']'.repeat(depth)},"policy":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
  );
  const some = fc.oneof(
    { weight: 8, arbitrary: mutated },
    { weight: 3, arbitrary: json(fc.jsonValue().map((value) => JSON.stringify(value))) },
    { weight: 3, arbitrary: json(malformed) },
    { weight: 1, arbitrary: fc.record({ contentType: bodyContentType, bytes: fc.uint8Array({ minLength: 1, maxLength: 256 }) }) },
    { weight: 1, arbitrary: json(deep) },
    { weight: 1, arbitrary: json(fc.constantFrom(' ', '\n\t ', '\r\n')) },
    // Valid, so that the request's other parts (Idempotency-Key, Bouclier-Tenant, query) are the broken ones.
    { weight: 1, arbitrary: json(seedName.map((seed) => JSON.stringify(seeds[seed]))) },
  );
  const expectsBody = route.request?.body !== undefined;
  const body = fc.oneof(
    { weight: 60, arbitrary: some },
    // Rare: 10 MB to upload each time.
    { weight: 1, arbitrary: fc.constant<BadBody>({ contentType: 'application/json', oversized: true }) },
  );
  // No body: one run in 16 on routes that take one. On the others, one in 2 when path or query
  // can still be wrong (so that runs reach the handler's not-found and cursor paths), else one
  // in 4 (there a request without body is mostly a valid one).
  const otherInput = routeParams(route).length > 0 || route.request?.query !== undefined;
  return fc.option(body, { nil: null, freq: expectsBody ? 16 : otherInput ? 2 : 4 });
}

// ---------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------

export function badRequest(route: RouteSpec, world: World): fc.Arbitrary<BadRequest> {
  const params = Object.fromEntries(routeParams(route).map((name) => [name, segment(route, name, world)])) as Record<string, fc.Arbitrary<string>>;
  const messy = messyRequest(route, world, params);
  const seed = validBodies(world)[route.operationId];
  if (seed === undefined || allowedRoles(route).length === 0) return messy;
  // On a route whose body holds a date or an amount: requests valid but for one implausible
  // date (0000-01 is tried often), or one amount beyond 10^12, so that the bound is what answers.
  const focused = [
    ...(datePathsOf(seed).length > 0 ? [implausibleDateRequest(route, world, seed, params)] : []),
    ...(moneyPathsOf(seed).length > 0 && fittingParams(route, world) ? [hugeAmountRequest(route, world, seed, fittingParams(route, world) ?? {})] : []),
  ];
  return fc.oneof({ weight: 3, arbitrary: messy }, ...focused.map((arbitrary) => ({ weight: 1, arbitrary })));
}

/**
 * Path segments the route's schema accepts (real ids, or made-up ones of the right kind), so
 * that a request reaches the body's validation; undefined when a parameter takes no id.
 */
function fittingParams(route: RouteSpec, world: World): Record<string, fc.Arbitrary<string>> | undefined {
  const real = [world.tenantId, world.brokerId, world.foreign.tenantId, world.foreign.keyId, world.foreign.brokerId, world.foreign.brokerKeyId];
  const entries = routeParams(route).map((name) => {
    const schema = paramSchema(route, name);
    const accepted = (id: string) => schema?.safeParse(id).success === true;
    const prefixes = Object.values(KIND_PREFIXES).filter((prefix) => accepted(`${prefix}_01ARZ3NDEKTSV4RRFFQ69G5FAV`));
    const ids = real.filter(accepted);
    if (prefixes.length === 0 && ids.length === 0) return undefined;
    return [
      name,
      fc.oneof(
        ...(prefixes.length > 0 ? [fc.tuple(fc.constantFrom(...prefixes), fc.ulid()).map(([prefix, ulid]) => `${prefix}_${ulid}`)] : []),
        ...(ids.length > 0 ? [fc.constantFrom(...ids)] : []),
      ),
    ] as const;
  });
  return entries.every((entry) => entry !== undefined) ? Object.fromEntries(entries) : undefined;
}

/** A request valid but for one field of its body, replaced with `token`; `refusedField` when the 400 must name it. */
function oneFieldRequest<V>(
  route: RouteSpec,
  world: World,
  seed: Json,
  params: Record<string, fc.Arbitrary<string>>,
  fields: readonly { path: Path; token: (value: V) => string; names: boolean }[],
  value: fc.Arbitrary<V>,
): fc.Arbitrary<BadRequest> {
  return fc.record({ caller: fc.constantFrom(...allowedRoles(route)), params: fc.record(params), at: fc.nat(), value }).map(({ caller, params, at, value }) => {
    const field = fields[at % fields.length] as (typeof fields)[number];
    return {
      caller,
      params,
      query: '',
      tenantHeader: caller === 'broker' ? world.tenantId : null,
      idempotencyKey: null,
      headers: [],
      body: { contentType: 'application/json', text: writeMutated(seed, field.path, { op: 'replace', token: field.token(value) }) },
      ...(field.names ? { refusedField: field.path.join('.') } : {}),
    };
  });
}

function hugeAmountRequest(route: RouteSpec, world: World, seed: Json, params: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<BadRequest> {
  const fields = moneyPathsOf(seed).map((path) => ({ path, token: (amount: string) => amount, names: true }));
  return oneFieldRequest(route, world, seed, params, fields, hugeAmount());
}

function implausibleDateRequest(route: RouteSpec, world: World, seed: Json, params: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<BadRequest> {
  const fields = datePathsOf(seed).map(({ path, month }) => ({ path, token: (date: string) => JSON.stringify(month ? date.slice(0, 7) : date), names: false }));
  return oneFieldRequest(route, world, seed, params, fields, implausibleDate());
}

function messyRequest(route: RouteSpec, world: World, params: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<BadRequest> {
  // The caller first: cursors name the partitions that caller's lists read.
  return caller(route, world).chain((who) => fc.record({
    caller: fc.constant(who),
    params: fc.record(params),
    // A third without query, a third a page query with a broken cursor, a third anything.
    query: fc.option(fc.oneof(pageQuery(who, world), queryString(who, world)), { nil: '', freq: 3 }),
    tenantHeader: fc.option(tenantHeaderValue(world), { nil: null, freq: 4 }),
    idempotencyKey,
    headers: fc.array(extraHeader(world), { maxLength: 3 }),
    body: bodyArbitrary(route, world),
  }));
}

function authorizationOf(caller: Caller, world: World): string | undefined {
  if (typeof caller === 'object') return caller.authorization;
  if (caller === 'no key') return undefined;
  if (caller === 'garbage key') return 'Bearer bk_test_pol_R2FyYmFnZUdhcmJhZ2VHYXJiYWdlR2FyYmFnZUdhcmJhZ2U';
  return `Bearer ${world.keys[caller]}`;
}

export function renderRequest(route: RouteSpec, request: BadRequest, world: World): RawRequest {
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => request.params[name] ?? '');
  const headers: [string, string][] = [];
  const authorization = authorizationOf(request.caller, world);
  if (authorization !== undefined) headers.push(['Authorization', authorization]);
  let body: Buffer | undefined;
  if (request.body) {
    const { contentType } = request.body;
    if (Array.isArray(contentType)) for (const value of contentType as readonly string[]) headers.push(['Content-Type', value]);
    else if (typeof contentType === 'string') headers.push(['Content-Type', contentType]);
    body = request.body.oversized
      ? Buffer.alloc(MAX_BODY_BYTES + 1, 0x20)
      : request.body.bytes
        ? Buffer.from(request.body.bytes)
        : Buffer.from(request.body.text ?? '', 'utf8');
  }
  if (request.tenantHeader !== null) headers.push(['Bouclier-Tenant', request.tenantHeader]);
  if (request.idempotencyKey !== null) headers.push(['Idempotency-Key', request.idempotencyKey]);
  headers.push(...request.headers.map(([name, value]): [string, string] => [name, value]));
  return { method: route.method, target: `${path}${request.query ? `?${request.query}` : ''}`, headers, body };
}

/** Whether the request's caller holds a key of a role the route allows (or the route is public). */
export function callerAllowed(route: RouteSpec, request: BadRequest): boolean {
  if (route.access === 'public') return true;
  return typeof request.caller === 'string' && (route.access as readonly string[]).includes(request.caller);
}
