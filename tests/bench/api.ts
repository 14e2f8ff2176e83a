/**
 * Setup through the runtime's API, as a client would do it: onboarding tenants and registering
 * buyers with the run's insurer key. Only scenario setups use these, never a measured row.
 */

export interface Onboarded {
  readonly tenantId: string;
  /** The policyholder key returned once by POST /v1/tenants. */
  readonly key: string;
}

/** One API call with a key, the body read to its end; JSON parsed when it is JSON (the caller's status check reports the text). */
export async function call(url: string, key: string, method: 'GET' | 'POST', body?: unknown): Promise<{ status: number; text: string; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // the status check of the caller reports the text
  }
  return { status: response.status, text, json };
}

const post = (url: string, key: string, body: unknown) => call(url, key, 'POST', body);

/** POST /v1/tenants: a tenant of the tier (standard unless told) with a EUR policy covering FR, and its first policyholder key. */
export async function onboardTenant(baseUrl: string, insurerKey: string, n: number, tier: 'standard' | 'premium' = 'standard'): Promise<Onboarded> {
  const { status, text, json } = await post(`${baseUrl}/v1/tenants`, insurerKey, {
    name: `Bench SA ${n}`,
    tier,
    policy: { policyNumber: `P-${n}`, currency: 'EUR', maxLiability: 300_000_000, premiumRate: 0.0025, coveredCountries: ['FR'] },
  });
  if (status !== 201) throw new Error(`POST /v1/tenants answered ${status}: ${text}`);
  const apiKey = json['apiKey'] as { key?: unknown } | undefined;
  if (typeof json['tenantId'] !== 'string' || typeof apiKey?.key !== 'string') {
    throw new Error(`POST /v1/tenants answered no tenantId or apiKey.key: ${text}`);
  }
  return { tenantId: json['tenantId'], key: apiKey.key };
}

/** POST /v1/buyers: an active buyer in FR, sector C29, with a registration id unique to the run. */
export async function createBuyer(baseUrl: string, insurerKey: string, args: { name: string; registrationId: string; grade: number }): Promise<string> {
  const { status, text, json } = await post(`${baseUrl}/v1/buyers`, insurerKey, {
    legalName: args.name,
    country: 'FR',
    registrationId: args.registrationId,
    sector: 'C29',
    grade: args.grade,
  });
  if (status !== 201 || typeof json['buyerId'] !== 'string') throw new Error(`POST /v1/buyers answered ${status}: ${text}`);
  return json['buyerId'];
}
