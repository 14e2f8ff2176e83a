/**
 * A local runtime in this process with an insurer key, two tenants (A and B) and a broker
 * mandated by B only: the cast of the isolation and tenancy tests.
 */
import { randomBytes } from 'node:crypto';
import { topology } from '../../shared/topology/index.ts';
import { freePort } from '../../infra/local/ports.ts';
import { startLocalRuntime, type RunningRuntime } from '../../infra/local/runtime.ts';
import { client, samplePolicy, type Call } from './http-client.ts';
import { op } from './op.ts';

export interface Party {
  readonly tenantId: string;
  readonly key: string;
  readonly keyId: string;
}

export interface World {
  readonly runtime: RunningRuntime;
  readonly call: Call;
  readonly insurerKey: string;
  readonly a: Party;
  readonly b: Party;
  readonly broker: { readonly brokerId: string; readonly key: string };
}

/** The world's asynchronous retries: Lambda's two, sooner (tests wait seconds, not minutes). */
export const ASYNC_RETRY_DELAYS_MS = [1_000, 2_000] as const;

export async function startWorld(options: { authorizerCacheSeconds?: number } = {}): Promise<World> {
  const insurerKey = `bk_test_ins_${randomBytes(24).toString('base64url')}`;
  const runtime = await startLocalRuntime({
    topology,
    port: await freePort(),
    log: () => undefined,
    insurerKey,
    ...(options.authorizerCacheSeconds !== undefined ? { authorizerCacheSeconds: options.authorizerCacheSeconds } : {}),
    // Lambda's retries of a failed asynchronous run, as in AWS but 1 and 2 s apart instead of 1 and 2 minutes.
    asyncRetryDelaysMs: ASYNC_RETRY_DELAYS_MS,
  });
  const call = client(runtime.url);
  const onboard = async (name: string): Promise<Party> => {
    const created = await op(call, 'createTenant', { key: insurerKey, body: { name, policy: samplePolicy() } });
    if (created.status !== 201) throw new Error(`onboarding ${name}: ${created.status} ${created.text}`);
    return { tenantId: created.body.tenantId, key: created.body.apiKey.key, keyId: created.body.apiKey.keyId };
  };
  const a = await onboard('Tenant A SAS');
  const b = await onboard('Tenant B GmbH');
  const broker = await op(call, 'createBroker', { key: insurerKey, body: { name: 'Courtage B', tenantIds: [b.tenantId] } });
  if (broker.status !== 201) throw new Error(`broker: ${broker.status} ${broker.text}`);
  return { runtime, call, insurerKey, a, b, broker: { brokerId: broker.body.brokerId, key: broker.body.apiKey.key } };
}
