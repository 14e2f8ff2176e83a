/**
 * The calling key as stored now, for the routes that mint credentials, grant access or
 * redirect events (`recheckKey` in the topology): the gateway's cached authorization may
 * predate a revocation by the few seconds a flush takes; this strongly consistent read cannot.
 * One GetItem, on the owner's listing entry of the key.
 */
import { getItem } from '#data/items';
import { ownerKeys } from '#data/keys';
import type { ApiKeyItem } from '#data/tenancy';
import { keyOwnerOf, type Principal } from '#access';
import { problems } from '#contract/problems';

export async function requireActiveKey(principal: Principal): Promise<void> {
  const item = await getItem<Pick<ApiKeyItem, 'revokedAt'>>(ownerKeys.apiKey(keyOwnerOf(principal), principal.keyId));
  if (!item || item.revokedAt) {
    throw problems.unauthorized('This API key is revoked. Send a valid API key as Authorization: Bearer <key>.');
  }
}
