/**
 * The local runtime's demo reference data: a deterministic set of buyers across countries,
 * NACE sectors and every grade, and OECD country categories. Loaded once (a marker item
 * records it); `BOUCLIER_SEED=none` skips it. The same seed always gives the same buyers,
 * ids included, so examples and tests can name them.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from '#data/client';
import { putBuyersInBulk, setCountryCategory } from '#data/buyers';
import { getFxPublication, publishFxRates } from '#data/fx';
import { EARLIEST_DATE } from '#domain/dates';
import { FX_CURRENCIES } from '#domain/fx';
import { tableName } from '#data/table';
import type { Buyer } from '#contract/buyers';
import { random } from './random.ts';

export const SEED_VERSION = 1;
const MARKER = { pk: 'SEED#reference', sk: `v${SEED_VERSION}` };
const SEED_TIME = Date.parse('2026-01-05T08:00:00.000Z');
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';


interface CountrySeed {
  readonly code: string;
  readonly category: number;
  readonly buyers: number;
  readonly forms: readonly string[];
  registrationId(next: () => number): string;
}

const digits = (next: () => number, count: number) => Array.from({ length: count }, () => Math.floor(next() * 10)).join('');

export const SEED_COUNTRIES: readonly CountrySeed[] = [
  { code: 'FR', category: 0, buyers: 90, forms: ['SAS', 'SA', 'SARL'], registrationId: (n) => digits(n, 9) },
  { code: 'DE', category: 0, buyers: 50, forms: ['GmbH', 'AG', 'KG'], registrationId: (n) => `HRB${digits(n, 6)}` },
  { code: 'IT', category: 0, buyers: 35, forms: ['S.r.l.', 'S.p.A.'], registrationId: (n) => `IT${digits(n, 11)}` },
  { code: 'ES', category: 0, buyers: 30, forms: ['S.L.', 'S.A.'], registrationId: (n) => `B${digits(n, 8)}` },
  { code: 'BE', category: 0, buyers: 15, forms: ['NV', 'SRL'], registrationId: (n) => `0${digits(n, 9)}` },
  { code: 'NL', category: 0, buyers: 15, forms: ['B.V.', 'N.V.'], registrationId: (n) => digits(n, 8) },
  { code: 'PL', category: 0, buyers: 15, forms: ['Sp. z o.o.', 'S.A.'], registrationId: (n) => digits(n, 10) },
  { code: 'GB', category: 0, buyers: 15, forms: ['Ltd', 'PLC'], registrationId: (n) => digits(n, 8) },
  { code: 'US', category: 0, buyers: 15, forms: ['Inc.', 'LLC'], registrationId: (n) => digits(n, 9) },
  { code: 'CN', category: 2, buyers: 10, forms: ['Co., Ltd.'], registrationId: (n) => `91${digits(n, 16)}` },
  { code: 'TR', category: 5, buyers: 10, forms: ['A.Ş.', 'Ltd. Şti.'], registrationId: (n) => digits(n, 10) },
  { code: 'AR', category: 7, buyers: 5, forms: ['S.A.', 'S.R.L.'], registrationId: (n) => `30${digits(n, 9)}` },
];

export const SEED_SECTORS = ['C29', 'C10', 'C25', 'C20', 'F41', 'F43', 'G46', 'G47', 'H49', 'J62', 'A01', 'I56'] as const;
const STEMS = ['Atlas', 'Boréal', 'Cobalt', 'Delta', 'Étoile', 'Fjord', 'Granit', 'Helios', 'Iris', 'Jade', 'Kestrel', 'Lumen', 'Meridian', 'Nova', 'Orion', 'Pavot', 'Quartz', 'Rhône', 'Sierra', 'Tilleul', 'Ulysse', 'Vega', 'Wolfram', 'Zénith'];
const TRADES: Record<(typeof SEED_SECTORS)[number], string> = {
  C29: 'Automotive Parts',
  C10: 'Food Industries',
  C25: 'Metalworks',
  C20: 'Chemicals',
  F41: 'Construction',
  F43: 'Building Services',
  G46: 'Wholesale',
  G47: 'Retail',
  H49: 'Logistics',
  J62: 'Software',
  A01: 'Farms',
  I56: 'Catering',
};
/** Most buyers sit in the middle grades, every grade appears. */
const GRADE_WEIGHTS = [4, 8, 12, 16, 16, 14, 10, 6, 4, 2];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function weightedGrade(next: () => number): number {
  const total = GRADE_WEIGHTS.reduce((a, b) => a + b, 0);
  let roll = next() * total;
  for (const [index, weight] of GRADE_WEIGHTS.entries()) {
    roll -= weight;
    if (roll < 0) return index + 1;
  }
  return 5;
}

/** The demo buyers, the same on every machine and every run. */
export function seedBuyers(seed = 20_260_105): Buyer[] {
  const next = random(seed);
  const buyers: Buyer[] = [];
  const at = new Date(SEED_TIME).toISOString();
  for (const country of SEED_COUNTRIES) {
    for (let i = 0; i < country.buyers; i += 1) {
      const index = buyers.length;
      // Every grade at least once, in the first buyers of the first country.
      const grade = index < 10 ? index + 1 : weightedGrade(next);
      const sector = pick(next, SEED_SECTORS);
      const time = (SEED_TIME + index).toString(32).toUpperCase().padStart(10, '0');
      const ulid = [...time].map((c) => CROCKFORD[parseInt(c, 32)]).join('') + Array.from({ length: 16 }, () => pick(next, [...CROCKFORD])).join('');
      const name = `${pick(next, STEMS)} ${TRADES[sector]} ${index + 1} ${pick(next, country.forms)}`;
      buyers.push({
        buyerId: `byr_${ulid}`,
        legalName: name,
        country: country.code,
        registrationId: country.registrationId(next),
        sector,
        grade,
        status: grade === 10 ? 'insolvent' : next() < 0.01 ? 'closed' : 'active',
        kind: 'private',
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  return buyers;
}

/**
 * The starting reference rates, units of each currency for 1 EUR (the ECB's convention), for
 * the demo: round figures near the market's, the insurer publishes its own with
 * PUT /v1/fx-rates/{date}.
 */
const SEED_FX_RATES: Readonly<Record<string, string>> = {
  USD: '1.086957',
  GBP: '0.854701',
  CHF: '0.952381',
  PLN: '4.347826',
  SEK: '11.363636',
  JPY: '163.934426',
  AUD: '1.65',
  BRL: '5.9',
  CAD: '1.48',
  CNY: '7.85',
  CZK: '25.1',
  DKK: '7.46',
  HKD: '8.47',
  HUF: '395',
  INR: '90.5',
  KRW: '1480',
  MXN: '19.8',
  NOK: '11.7',
  SGD: '1.45',
  TRY: '37.2',
  ZAR: '20.1',
};

/** The starting set: every currency a rate may be published for. */
export function seedFxRates(): Record<string, string> {
  return Object.fromEntries(
    FX_CURRENCIES.map((currency) => {
      const rate = SEED_FX_RATES[currency];
      if (rate === undefined) throw new Error(`the demo data has no starting rate for ${currency}`);
      return [currency, rate];
    }),
  );
}

/**
 * Publishes the starting rates for the earliest date a request may name (2000-01-01), so every
 * day has a rate in force, unless a publication for that date is there already.
 */
async function loadFxRates(now: Date): Promise<void> {
  if (await getFxPublication(EARLIEST_DATE)) return;
  await publishFxRates(EARLIEST_DATE, seedFxRates(), now);
}

/** Loads the demo set unless it is already there. Returns how many buyers were written. */
export async function loadSeed(now: Date): Promise<number> {
  // Before the marker: a data directory seeded before reference rates existed gets them too.
  await loadFxRates(now);
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: MARKER }));
  if (Item) return 0;
  const buyers = seedBuyers();
  await putBuyersInBulk(buyers);
  for (const country of SEED_COUNTRIES) await setCountryCategory(country.code, country.category, now);
  await documents.send(new PutCommand({ TableName: tableName(), Item: { ...MARKER, kind: 'seed', buyers: buyers.length, loadedAt: now.toISOString() } }));
  return buyers.length;
}
