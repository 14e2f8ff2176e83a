/**
 * The one story the document's examples tell, so that they read together: the same tenant,
 * buyer, limit and claim appear from one operation to the next (a CRM developer can follow an
 * id from the limit request to the cover check to the claim). Ids have the real shape.
 */
import type { IdKind } from '#data/ids';

export const EXAMPLE_IDS = {
  tenant: 'ten_01M8BJ48VRH7D23ZP876RN17DA',
  broker: 'brk_01M8BJ63ERQWJS92HYPST1FTDD',
  apiKey: 'key_01M8BJ7Y1RQMJ4PES9M8ZGTBT0',
  event: 'evt_01M8BJ9RMRNCJP4AG1EDQBF29F',
  buyer: 'byr_01M8BJBK7RNGD7TY9JRNN4RXBT',
  limitRequest: 'lrq_01M8BJDDTRK9WG5GFK09JVTVKB',
  referral: 'ref_01M8BJF8DRKNS02QYPE9MZW7Y1',
  invoice: 'inv_01M8BJH30R4QRP3M1CP7DHG6BP',
  payment: 'pay_01M8BJJXKRHA0JYQC6Y8RC4QC8',
  order: 'ord_01M8BJMR6R3AHX1NBTYC6NMM6W',
  webhook: 'wh_01M8BJPJSRRAS74V8MF5J2ZCAA',
  delivery: 'dlv_01M8BJRDCR2Q5JCB2QZMW8QZ0H',
  riskEvent: 'rev_01M8BJT7ZRQ83402YKKEAZ995J',
  sectorAlert: 'sal_01M8BJW2JRDDRH53MJQEPFYS0E',
  countryEvent: 'cev_01M8BJXX5RS67VFJFTEZNSHXKR',
  claim: 'clm_01M8BJZQRRCJ4RRQNS2YS6NW1J',
  extension: 'ext_01M8BK1JBRHC0R8T40QSF648A1',
} as const satisfies Record<IdKind, string>;

/** The story's buyer: a French car-parts maker, and the days it happens on. */
export const EXAMPLE_STORY = {
  buyerName: 'Atelier Mécanique du Rhône SAS',
  registrationId: '552081317',
  country: 'FR',
  sector: 'C29',
  currency: 'EUR',
  /** When the limit was decided (the examples' "now"). */
  decidedAt: '2026-11-26T09:14:03.512Z',
  today: '2026-11-26',
} as const;
