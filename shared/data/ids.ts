import { ulid } from 'ulid';

/** Sortable, unguessable ids with a type prefix (ULID: 48-bit time + 80 random bits). */
export const ID_PREFIXES = {
  tenant: 'ten',
  broker: 'brk',
  apiKey: 'key',
  event: 'evt',
  buyer: 'byr',
  limitRequest: 'lrq',
  referral: 'ref',
  invoice: 'inv',
  payment: 'pay',
  order: 'ord',
  webhook: 'wh',
  delivery: 'dlv',
  riskEvent: 'rev',
  sectorAlert: 'sal',
  countryEvent: 'cev',
  claim: 'clm',
  extension: 'ext',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

export function newId(kind: IdKind, now: Date = new Date()): string {
  return `${ID_PREFIXES[kind]}_${ulid(now.getTime())}`;
}

const ULID = '[0-9A-HJKMNP-TV-Z]{26}';
export function idPattern(kind: IdKind): RegExp {
  return new RegExp(`^${ID_PREFIXES[kind]}_${ULID}$`);
}
