/**
 * Throttling identities: each tenant and broker gets an API Gateway API key in its tier's
 * usage plan. It is not a credential (callers authenticate with Bouclier keys, checked by
 * the authorizer); the authorizer returns it as usageIdentifierKey so API Gateway applies
 * the tier's rate and burst to that caller alone. Locally the runtime's API Gateway
 * stand-in answers the same calls (AWS_ENDPOINT_URL_API_GATEWAY).
 */
import { randomBytes } from 'node:crypto';
import type { ThrottlingSpec } from '#topology';
import { apiGateway, apiGatewaySdk } from './api-gateway.ts';

export type UsageTier = keyof ThrottlingSpec['tiers'];

const planIds = new Map<string, string>();

/** The usage plan id of a tier: its name is in USAGE_PLAN_<TIER>, its id found once by name. */
async function usagePlanId(tier: UsageTier): Promise<string> {
  const name = process.env[`USAGE_PLAN_${tier.toUpperCase()}`];
  if (!name) throw new Error(`USAGE_PLAN_${tier.toUpperCase()} is not set`);
  if (planIds.size === 0) {
    const { paginateGetUsagePlans } = await apiGatewaySdk();
    for await (const page of paginateGetUsagePlans({ client: await apiGateway() }, {})) {
      for (const plan of page.items ?? []) if (plan.name && plan.id) planIds.set(plan.name, plan.id);
    }
  }
  const id = planIds.get(name);
  if (!id) throw new Error(`no usage plan named ${name}`);
  return id;
}

/** Registers a new usage key for `owner` in the tier's plan and returns its value. */
export async function registerUsageKey(owner: string, tier: UsageTier): Promise<string> {
  const value = randomBytes(30).toString('base64url');
  const { CreateApiKeyCommand, CreateUsagePlanKeyCommand } = await apiGatewaySdk();
  const key = await (await apiGateway()).send(new CreateApiKeyCommand({ name: owner, value, enabled: true, description: `Bouclier ${tier} usage key` }));
  if (!key.id) throw new Error('API Gateway returned no key id');
  await (await apiGateway()).send(new CreateUsagePlanKeyCommand({ usagePlanId: await usagePlanId(tier), keyId: key.id, keyType: 'API_KEY' }));
  return value;
}

/** The insurer's staff share one usage key, made with the stack (INSURER_USAGE_KEY). */
export function insurerUsageKey(): string | undefined {
  return process.env['INSURER_USAGE_KEY'];
}
