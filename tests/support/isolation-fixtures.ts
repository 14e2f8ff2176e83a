/**
 * What the generated isolation test needs to address a tenant's data on any route:
 * how to make, as tenant A, the resource a path parameter names, and a valid body per
 * operation. A new route whose parameter or body is missing here fails the isolation test
 * by name: add its fixture here, the test itself does not change.
 */
import type { World } from './world.ts';

type Owner = { readonly key: string };
type ParamFixture = (world: World, owner: Owner) => Promise<string>;

export const paramFixtures: Record<string, ParamFixture> = {
  keyId: async (world, owner) => {
    const created = await world.call<{ keyId: string }>('POST', '/v1/api-keys', { key: owner.key });
    if (created.status !== 201) throw new Error(`api key: ${created.status} ${created.text}`);
    return created.body.keyId;
  },
};

/** A valid body for each operation that takes one and is tenant- or owner-scoped. */
export const bodyFixtures: Record<string, (world: World) => unknown> = {};
