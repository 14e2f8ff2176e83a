/**
 * The tags that group the routes in the OpenAPI document and on the reference page, in the
 * order an integrator meets them, each with what it holds. A route's tag must be one of these
 * (tests/unit/openapi-reference.test.ts).
 */
export const TAGS = {
  tenants: 'Policyholders (tenants) onboarded by the insurer, each with its policy and first API key. Insurer only.',
  policy: 'The policy in force for the calling tenant, and its earlier versions: cover percent, waiting periods, limits of liability, premium rate. A change is a new version.',
  'api-keys': 'API keys of tenants, brokers and the insurer: created and listed by their owner (the secret is shown once), revoked at once on every route.',
  brokers: 'Brokers and the tenants that mandated them. A broker key names the tenant it acts for in Bouclier-Tenant.',
  buyers: 'The insurer’s register of buyers (the policyholders’ customers): search by name, country or registration number; grades 1 to 10.',
  countries: 'Country risk categories the insurer keeps: they weigh every limit decision on a buyer of that country.',
  'fx-rates': 'Reference rates (units per EUR) published by the insurer per day: invoices and orders in another currency are valued at them.',
  limits: 'Credit limits: ask for one on a buyer and get the decision at once (approved, partly, conditional, referred, not approved) with its reasons; read the limits in force and their history.',
  underwriting: 'The insurer’s side of limits: its rules (capacities and automatic ceilings by grade), the referrals waiting for an underwriter, risk events that regrade buyers, monitoring rules.',
  cover: 'The cover check at order time (is this order covered, how much, what to do) and the committed orders it reserves; the tenant’s decision matrix.',
  invoices: 'Invoices declared on buyers, their payments: they make the exposure a limit covers.',
  exposure: 'A tenant’s exposure on a buyer against its limit: outstanding, committed, headroom, and the dates that stop cover.',
  watchlist: 'Buyers a tenant follows: it is told of their regrades and risk events by webhook.',
  monitoring: 'Monitoring of buyers: risk events recorded by the insurer regrade them and move the limits on them.',
  'sector-alerts': 'Alerts on a whole sector of a country: opened when insolvencies rise, they cut the limits of the grades they target, each tenant told.',
  'country-events': 'Political events in a country (war, transfer restriction, moratorium…): new limits there are referred, cover checks flagged, exposed tenants told.',
  claims: 'Overdues notified, claims and their indemnity: invoices in collection, extensions of due dates, documents, collections, recoveries and costs, with their deadlines.',
  premium: 'Insurable turnover declared each month and the premium of the policy year it makes, with the minimum premium.',
  portfolio: 'A tenant’s portfolio (limits and exposure by grade, sector and country, concentration, expected loss) and the insurer’s across tenants.',
  webhooks: 'Webhook endpoints, their signing secrets, test events, the delivery log and replays; the event log for clients that poll. Payloads are in the document’s webhooks.',
  ops: 'Health, this document and its reference page; on the local runtime only, the test clock.',
} as const satisfies Readonly<Record<string, string>>;

export type Tag = keyof typeof TAGS;
