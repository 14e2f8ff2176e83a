/**
 * Webhook endpoints of a tenant or a broker firm, with their signing secrets. Secrets are
 * kept (encrypted at rest with the table) because every delivery is signed with them; the API
 * shows a secret once, when it is made.
 */
import { DeleteCommand, GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailed, isRace, queryAll, withPrefix } from './items.ts';
import { documents } from './client.ts';
import { newId } from './ids.ts';
import { syncKeys, webhookKeys } from './keys.ts';
import { changesOr, queryPage, type PageRequest, type PageResult } from './pagination.ts';
import { tableName } from './table.ts';
import { keyOwnerOf, TenantContext, type KeyOwner, type Principal } from '#access';
import { ProblemError, fieldError, problems } from '#contract/problems';
import { preconditionFailed, requireMatch, type IfMatch } from '#contract/preconditions';
import type { CreateWebhookBody, PatchWebhookBody, Webhook } from '#contract/webhooks';
import { newWebhookSecret } from '#events/webhook-signing';
import { refuseWebhookUrl } from '#events/webhook-url';
import { newEvent } from '#events/envelope';
import { outboxPut } from '#events/outbox';
import { parseStored } from './stored.ts';

/** A rotated secret keeps signing beside the new one for this long. */
export const SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;
/** An endpoint with no successful attempt for this long is disabled, and its owner told. */
export const DISABLE_AFTER_FAILING_MS = 5 * 24 * 60 * 60 * 1000;

interface SecretEntry {
  secret: string;
  createdAt: string;
  expiresAt?: string;
}

export interface WebhookItem extends Webhook {
  pk: string;
  sk: string;
  kind: 'webhook';
  secrets: SecretEntry[];
  version: number;
}


/** Whose endpoint: a tenant's or a broker firm's (serialisable, unlike a KeyOwner). */
export type OwnerRef = { readonly tenantId: string } | { readonly brokerId: string };

const SYSTEM: Principal = { role: 'insurer', keyId: 'system:webhooks' };

export function keyOwnerOfRef(ref: OwnerRef): KeyOwner {
  return 'tenantId' in ref ? { kind: 'tenant', context: TenantContext.forInsurer(SYSTEM, ref.tenantId) } : { kind: 'broker', brokerId: ref.brokerId };
}

export function ownerRefOf(owner: KeyOwner): OwnerRef {
  if (owner.kind === 'tenant') return { tenantId: owner.context.tenantId };
  if (owner.kind === 'broker') return { brokerId: owner.brokerId };
  throw new Error('the insurer owns no webhook endpoints');
}

/** The caller's webhook owner: its tenant or broker firm (the insurer has no endpoints). */
export function ownerOf(principal: Principal): KeyOwner {
  const owner = keyOwnerOf(principal);
  if (owner.kind === 'insurer') throw new ProblemError({ slug: 'forbidden', detail: 'Webhooks belong to tenants and brokers.' });
  return owner;
}

function webhookOf(item: WebhookItem): Webhook {
  return {
    webhookId: item.webhookId,
    url: item.url,
    eventTypes: item.eventTypes,
    ...(item.description ? { description: item.description } : {}),
    status: item.status,
    ...(item.disabledReason ? { disabledReason: item.disabledReason } : {}),
    ...(item.failingSince ? { failingSince: item.failingSince } : {}),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

/** The problem for a refused URL; `reason` is refuseWebhookUrl's, which completes "A webhook URL …". */
export function webhookUrlRefused(reason: string): ProblemError {
  return new ProblemError({
    slug: 'webhook-url-refused',
    detail: `A webhook URL ${reason}.`,
    extensions: { errors: [fieldError('body', ['url'], 'url_refused', reason)] },
  });
}

async function checkUrl(url: string): Promise<void> {
  const refused = await refuseWebhookUrl(url, { local: process.env['BOUCLIER_LOCAL'] === 'true' });
  if (refused) throw webhookUrlRefused(refused);
}

/** The secrets that sign now: the newest, and a rotated one until its overlap ends. */
export function signingSecrets(secrets: readonly SecretEntry[], now: Date): string[] {
  return secrets.filter((entry) => !entry.expiresAt || entry.expiresAt > now.toISOString()).map((entry) => entry.secret);
}

export async function createWebhook(principal: Principal, body: CreateWebhookBody, now: Date): Promise<Webhook & { secret: string }> {
  const owner = ownerOf(principal);
  await checkUrl(body.url);
  const webhookId = newId('webhook', now);
  const at = now.toISOString();
  const secret = newWebhookSecret();
  const item: WebhookItem = {
    ...webhookKeys.endpoint(owner, webhookId),
    kind: 'webhook',
    webhookId,
    url: body.url,
    eventTypes: body.eventTypes,
    ...(body.description ? { description: body.description } : {}),
    status: 'enabled',
    createdAt: at,
    updatedAt: at,
    secrets: [{ secret, createdAt: at }],
    version: 1,
  };
  // Later writes put the item read back, this key with it.
  await documents.send(new PutCommand({ TableName: tableName(), Item: { ...item, ...syncKeys.owner(owner, 'webhooks') }, ConditionExpression: 'attribute_not_exists(pk)' }));
  return { ...webhookOf(item), secret };
}

/** The endpoint, or 404. */
export async function requireEndpoint(owner: KeyOwner, webhookId: string): Promise<WebhookItem> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: webhookKeys.endpoint(owner, webhookId), ConsistentRead: true }));
  if (!Item) throw problems.notFound(`No webhook ${webhookId}.`);
  return parseStored<WebhookItem>(Item);
}

export async function getWebhook(principal: Principal, webhookId: string): Promise<{ webhook: Webhook; revision: number }> {
  const item = await requireEndpoint(ownerOf(principal), webhookId);
  return { webhook: webhookOf(item), revision: item.version };
}

export async function listWebhooks(principal: Principal, page: PageRequest): Promise<PageResult<Webhook>> {
  const owner = ownerOf(principal);
  const { pk, skPrefix } = webhookKeys.prefix(owner);
  const result = await queryPage<WebhookItem>(changesOr({ partition: { pk }, sortKeyPrefix: { attribute: 'sk', prefix: skPrefix } }, syncKeys.owner(owner, 'webhooks'), page), page);
  return { ...result, items: result.items.map(webhookOf) };
}

/** Stores the endpoint read at `item.version` as the next version; returns it. */
async function save(item: WebhookItem, precondition?: { readonly ifMatch: IfMatch; readonly owner: KeyOwner }): Promise<number> {
  try {
    await documents.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...item, version: item.version + 1 },
        ConditionExpression: 'version = :v',
        ExpressionAttributeValues: { ':v': item.version },
      }),
    );
    return item.version + 1;
  } catch (error) {
    if (isConditionFailed(error)) {
      // It changed between the read and the write: past the version If-Match named, if one was.
      if (precondition && !precondition.ifMatch.any) {
        const stored = await readEndpoint(precondition.owner, item.webhookId);
        throw preconditionFailed(`Webhook ${item.webhookId}`, stored?.version ?? item.version + 1);
      }
      throw new ProblemError({ slug: 'concurrent-update', detail: `Webhook ${item.webhookId} changed meanwhile. Read it again and retry.` });
    }
    throw error;
  }
}

export async function updateWebhook(principal: Principal, webhookId: string, patch: PatchWebhookBody, now: Date, ifMatch?: IfMatch): Promise<{ webhook: Webhook; revision: number }> {
  const owner = ownerOf(principal);
  const item = await requireEndpoint(owner, webhookId);
  requireMatch(ifMatch, item.version, `Webhook ${webhookId}`);
  if (patch.url) await checkUrl(patch.url);
  const { disabledReason: _reason, failingSince: _failing, ...rest } = item;
  const next: WebhookItem = {
    ...(patch.status === 'enabled' ? rest : item),
    ...(patch.url ? { url: patch.url } : {}),
    ...(patch.eventTypes ? { eventTypes: patch.eventTypes } : {}),
    ...(patch.description ? { description: patch.description } : {}),
    ...(patch.status ? { status: patch.status } : {}),
    ...(patch.status === 'disabled' ? { disabledReason: 'disabled by its owner' } : {}),
    updatedAt: now.toISOString(),
  };
  const revision = await save(next, ifMatch ? { ifMatch, owner } : undefined);
  return { webhook: webhookOf(next), revision };
}

export async function deleteWebhook(principal: Principal, webhookId: string): Promise<void> {
  const owner = ownerOf(principal);
  await requireEndpoint(owner, webhookId);
  await documents.send(new DeleteCommand({ TableName: tableName(), Key: webhookKeys.endpoint(owner, webhookId) }));
}

/** A new secret signs from now on; the previous one keeps signing for 24 hours beside it. */
export async function rotateSecret(principal: Principal, webhookId: string, now: Date) {
  const item = await requireEndpoint(ownerOf(principal), webhookId);
  const secret = newWebhookSecret();
  const at = now.toISOString();
  const previousSecretExpiresAt = new Date(now.getTime() + SECRET_OVERLAP_MS).toISOString();
  const kept = item.secrets
    .filter((entry) => !entry.expiresAt || entry.expiresAt > at)
    .map((entry) => ({ ...entry, expiresAt: entry.expiresAt && entry.expiresAt < previousSecretExpiresAt ? entry.expiresAt : previousSecretExpiresAt }));
  await save({ ...item, secrets: [{ secret, createdAt: at }, ...kept], updatedAt: at });
  return { webhookId, secret, previousSecretExpiresAt };
}

/** The endpoint, or undefined (deliveries read it without a caller). */
export async function readEndpoint(owner: KeyOwner, webhookId: string): Promise<WebhookItem | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: webhookKeys.endpoint(owner, webhookId), ConsistentRead: true }));
  return Item ? parseStored<WebhookItem>(Item) : undefined;
}

/** Every endpoint of an owner (a few per owner: one query, paged through if need be). */
export async function endpointsOf(owner: KeyOwner): Promise<WebhookItem[]> {
  return queryAll<WebhookItem>(withPrefix(webhookKeys.prefix(owner)));
}

/** Whether a failed attempt now disables the endpoint: a 410 Gone, or five days of failures. */
export function failureDisables(endpoint: Pick<WebhookItem, 'failingSince'>, outcome: { gone: boolean; now: Date }): boolean {
  if (outcome.gone) return true;
  return endpoint.failingSince !== undefined && outcome.now.getTime() - Date.parse(endpoint.failingSince) >= DISABLE_AFTER_FAILING_MS;
}

/**
 * After an attempt: a success ends a failing streak; a failure starts one, and a streak of
 * five days, or a 410 Gone, disables the endpoint and tells its owner (webhook.endpoint_disabled,
 * written with the change). Returns whether this call disabled it.
 */
export async function noteEndpointOutcome(owner: KeyOwner, endpoint: WebhookItem, outcome: { ok: boolean; gone: boolean; now: Date }): Promise<boolean> {
  const key = webhookKeys.endpoint(owner, endpoint.webhookId);
  const at = outcome.now.toISOString();
  const ignoreRace = (error: unknown) => {
    if (isConditionFailed(error) || isRace(error)) return false;
    throw error;
  };
  if (outcome.ok) {
    if (!endpoint.failingSince) return false;
    await documents
      .send(new UpdateCommand({ TableName: tableName(), Key: key, UpdateExpression: 'REMOVE failingSince', ConditionExpression: 'attribute_exists(failingSince)' }))
      .catch(ignoreRace);
    return false;
  }
  const failingSince = endpoint.failingSince ?? at;
  if (!failureDisables(endpoint, outcome)) {
    if (!endpoint.failingSince) {
      await documents
        .send(
          new UpdateCommand({
            TableName: tableName(),
            Key: key,
            UpdateExpression: 'SET failingSince = :at',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(failingSince)',
            ExpressionAttributeValues: { ':at': at },
          }),
        )
        .catch(ignoreRace);
    }
    return false;
  }
  const disabledReason = outcome.gone ? `the endpoint answered 410 Gone on ${at}` : `every delivery failed from ${failingSince} to ${at}`;
  const ownerRef = ownerRefOf(owner);
  const event = newEvent({
    type: 'webhook.endpoint_disabled',
    tenantId: owner.kind === 'tenant' ? owner.context.tenantId : null,
    data: { webhookId: endpoint.webhookId, url: endpoint.url, owner: ownerRef, reason: disabledReason, failingSince, disabledAt: at },
    now: outcome.now,
  });
  return documents
    .send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: key,
              UpdateExpression: 'SET #status = :disabled, disabledReason = :reason, updatedAt = :at, version = version + :one REMOVE failingSince',
              ConditionExpression: '#status = :enabled',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':disabled': 'disabled', ':enabled': 'enabled', ':reason': disabledReason, ':at': at, ':one': 1 },
            },
          },
          outboxPut(tableName(), event),
        ],
      }),
    )
    .then(() => true, ignoreRace);
}
