/**
 * What the generated isolation test needs to address a tenant's data on any route:
 * how to make, as tenant A, the resource a path parameter names, and a valid body per
 * operation. A new route whose parameter or body is missing here fails the isolation test
 * by name: add its fixture here, the test itself does not change.
 */
import type { World } from './world.ts';

type Owner = { readonly key: string };
type ParamFixture = (world: World, owner: Owner) => Promise<string>;

let registrations = 0;
async function newBuyer(world: World): Promise<string> {
  registrations += 1;
  const created = await world.call<{ buyerId: string }>('POST', '/v1/buyers', {
    key: world.insurerKey,
    body: { legalName: `Isolation Buyer ${registrations}`, country: 'FR', registrationId: `ISO${Date.now()}${registrations}`, sector: 'G46', grade: 3 },
  });
  if (created.status !== 201) throw new Error(`buyer: ${created.status} ${created.text}`);
  return created.body.buyerId;
}

export const paramFixtures: Record<string, ParamFixture> = {
  /** A buyer on which the owner holds a limit. */
  buyerId: async (world, owner) => {
    const buyerId = await newBuyer(world);
    const decided = await world.call('POST', '/v1/limit-requests', { key: owner.key, body: { buyerId, type: 'new', amount: 1_000_000 } });
    if (decided.status !== 201) throw new Error(`limit: ${decided.status} ${decided.text}`);
    return buyerId;
  },
  keyId: async (world, owner) => {
    const created = await world.call<{ keyId: string }>('POST', '/v1/api-keys', { key: owner.key });
    if (created.status !== 201) throw new Error(`api key: ${created.status} ${created.text}`);
    return created.body.keyId;
  },
};

/** A valid body for each operation that takes one and is tenant- or owner-scoped. */
export const bodyFixtures: Record<string, (world: World) => Promise<unknown>> = {
  requestLimit: async (world) => ({ buyerId: await paramFixtures['buyerId']!(world, world.a), type: 'new', amount: 1_000_000 }),
};
