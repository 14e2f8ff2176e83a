/**
 * A typed client of the Bouclier API: openapi-fetch over the types generated from the OpenAPI
 * document (schema.d.ts, `npm run client`). Paths, parameters, bodies and answers are checked
 * by the compiler: `client.POST('/v1/cover-checks', { body })` answers `{ data }` typed as the
 * 200 or 201 of that operation, or `{ error }` typed as its problem+json.
 *
 *   const bouclier = bouclierClient({ baseUrl: 'https://api.example.com', apiKey: process.env.BOUCLIER_KEY! });
 *   const { data, error } = await bouclier.GET('/v1/limits/{buyerId}', { params: { path: { buyerId } } });
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths, webhooks } from './schema.d.ts';

export type { components, operations, paths, webhooks };
export type BouclierClient = Client<paths>;

/** A problem+json answer (RFC 9457): `type` names the rule, `errors` the fields of a validation. */
export type Problem = components['schemas']['Problem'];

export interface ClientOptions {
  /** The API's base URL, its stage included (`npm start` prints the local one). */
  readonly baseUrl: string;
  /** Sent as Authorization: Bearer <key>. */
  readonly apiKey: string;
  /** For a broker key: the tenant it acts for (Bouclier-Tenant). */
  readonly tenantId?: string;
  /** Another fetch (tests, a proxy); the global one by default. */
  readonly fetch?: typeof globalThis.fetch;
}

export function bouclierClient(options: ClientOptions): BouclierClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/$/, ''), ...(options.fetch ? { fetch: options.fetch } : {}) });
  const credentials: Middleware = {
    onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${options.apiKey}`);
      if (options.tenantId) request.headers.set('bouclier-tenant', options.tenantId);
      return request;
    },
  };
  client.use(credentials);
  return client;
}
