/**
 * Webhook endpoints under races: two rotations of one secret at once (one wins, the other is
 * told 409 concurrent-update, and no secret is answered that does not sign), a patch racing a
 * rotation (no change lost), failures from several workers at once past the five-day streak
 * (the endpoint disabled once, its owner told once), and a rotation that crashes halfway (the
 * secrets unchanged; the retry rotates once).
 */
import { describe, expect, it } from 'vitest';
import { webhookKeys } from '../../shared/data/keys.ts';
import type { WebhookItem } from '../../shared/data/webhooks.ts';
import { Crash, barrier, crashOn } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const t0 = new Date('2026-11-26T10:00:00Z');
const later = (hours: number) => new Date(t0.getTime() + hours * 3_600_000);

const data = useDataLayer('webhook-races', { queues: true });

async function endpoint() {
  const { policyholder } = await data.newTenant({}, t0);
  const created = await data.webhooks.createWebhook(policyholder, { url: data.receiverUrl, eventTypes: ['limit.decided'] }, t0);
  const owner = data.webhooks.ownerOf(policyholder);
  const stored = async () => (await data.item<WebhookItem>(webhookKeys.endpoint(owner, created.webhookId)))!;
  return { policyholder, owner, webhookId: created.webhookId, firstSecret: created.secret, stored };
}

const rejections = (outcomes: PromiseSettledResult<unknown>[]) => outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { status?: number; slug?: string }] : []));

describe('webhook endpoints under races', () => {
  it('two rotations at once: one wins, the other 409 concurrent-update; every secret answered signs', async () => {
    const hook = await endpoint();
    const together = barrier(data.client.dynamodb, 'Put', 2);
    const outcomes = await Promise.allSettled([data.webhooks.rotateSecret(hook.policyholder, hook.webhookId, later(1)), data.webhooks.rotateSecret(hook.policyholder, hook.webhookId, later(1))]).finally(
      () => together.remove(),
    );
    const answered = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value.secret] : []));
    expect(answered).toHaveLength(1);
    expect(rejections(outcomes)).toEqual([expect.objectContaining({ status: 409, slug: 'concurrent-update' })]);
    const stored = await hook.stored();
    // The winner's secret signs first; the first one keeps signing beside it for the overlap.
    expect(data.webhooks.signingSecrets(stored.secrets, later(2))).toEqual([answered[0], hook.firstSecret]);
    expect(stored.version).toBe(2);
  });

  it('a patch racing a rotation: both kept, or the loser told 409, never a change lost', async () => {
    for (let round = 0; round < 3; round += 1) {
      const hook = await endpoint();
      const together = barrier(data.client.dynamodb, 'Put', 2);
      const [patched, rotated] = await Promise.allSettled([
        data.webhooks.updateWebhook(hook.policyholder, hook.webhookId, { description: `round ${round}` }, later(1)),
        data.webhooks.rotateSecret(hook.policyholder, hook.webhookId, later(1)),
      ]).finally(() => together.remove());
      expect(rejections([patched, rotated]).map((failure) => failure.status)).toEqual(rejections([patched, rotated]).map(() => 409));
      const stored = await hook.stored();
      if (patched.status === 'fulfilled') expect(stored.description).toBe(`round ${round}`);
      else expect(stored.description).toBeUndefined();
      if (rotated.status === 'fulfilled') expect(stored.secrets[0]!.secret).toBe(rotated.value.secret);
      else expect(stored.secrets.map((entry) => entry.secret)).toEqual([hook.firstSecret]);
      expect(stored.version).toBe(1 + [patched, rotated].filter((o) => o.status === 'fulfilled').length);
    }
  });

  it('failures noted by four workers at once after five days of failing: disabled once, its owner told once', async () => {
    const hook = await endpoint();
    await data.webhooks.noteEndpointOutcome(hook.owner, await hook.stored(), { ok: false, gone: false, now: later(1) });
    const failing = await hook.stored();
    expect(failing.failingSince).toBe(later(1).toISOString());
    const fiveDaysOn = later(1 + 5 * 24);
    const together = barrier(data.client.dynamodb, 'TransactWrite', 4);
    const disabled = await Promise.all([1, 2, 3, 4].map(() => data.webhooks.noteEndpointOutcome(hook.owner, failing, { ok: false, gone: false, now: fiveDaysOn }))).finally(() => together.remove());
    expect(disabled.filter(Boolean)).toHaveLength(1);
    const stored = await hook.stored();
    expect(stored).toMatchObject({ status: 'disabled', disabledReason: `every delivery failed from ${later(1).toISOString()} to ${fiveDaysOn.toISOString()}` });
    expect(stored.failingSince).toBeUndefined();
    expect(await data.outbox('webhook.endpoint_disabled', (event) => event['webhookId'] === hook.webhookId)).toHaveLength(1);
  });

  it('a rotation that crashes before its write changes nothing; the retry rotates once', async () => {
    const hook = await endpoint();
    const before = await hook.stored();
    const crash = crashOn(data.client.dynamodb, 'Put', { when: 'before' });
    try {
      await expect(data.webhooks.rotateSecret(hook.policyholder, hook.webhookId, later(1))).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(crash.fired()).toBe(true);
    expect(await hook.stored()).toEqual(before);

    const rotated = await data.webhooks.rotateSecret(hook.policyholder, hook.webhookId, later(1));
    const after = await hook.stored();
    expect(after.secrets.map((entry) => entry.secret)).toEqual([rotated.secret, hook.firstSecret]);
    expect(after.secrets[1]!.expiresAt).toBe(rotated.previousSecretExpiresAt);
    expect(after.version).toBe(before.version + 1);
  });
});
