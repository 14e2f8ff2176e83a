/** Webhook endpoints over HTTP: registration, the secret shown once, rotation, URL safety. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';
import { expectStatus, op } from '../support/op.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.runtime.stop();
});

describe('webhook endpoints', () => {
  it('registers an endpoint, shows its secret once, lists and updates it, rotates and deletes it', async () => {
    const created = await op(world.call, 'createWebhook', {
      key: world.a.key,
      body: { url: 'http://127.0.0.1:4567/bouclier', eventTypes: ['limit.decided', 'referral.created'], description: 'CRM' },
    });
    expectStatus(created, 201);
    expect(created.body).toMatchObject({ url: 'http://127.0.0.1:4567/bouclier', eventTypes: ['limit.decided', 'referral.created'], status: 'enabled' });
    expect(created.body.secret).toMatch(/^whsec_/);
    const id = created.body.webhookId;

    const listed = await op(world.call, 'listWebhooks', { key: world.a.key });
    expectStatus(listed, 200);
    expect(listed.body.items.map((w) => w.webhookId)).toContain(id);
    expect(listed.text).not.toContain(created.body.secret);
    expect((await op(world.call, 'getWebhook', { key: world.a.key, params: { webhookId: id } })).text).not.toContain('whsec_');

    const disabled = await op(world.call, 'updateWebhook', { key: world.a.key, params: { webhookId: id }, body: { status: 'disabled' } });
    expect(disabled.body).toMatchObject({ status: 'disabled', disabledReason: 'disabled by its owner' });
    const enabled = await op(world.call, 'updateWebhook', { key: world.a.key, params: { webhookId: id }, body: { status: 'enabled', eventTypes: ['limit.decided'] } });
    expectStatus(enabled, 200);
    expect(enabled.body).toMatchObject({ status: 'enabled', eventTypes: ['limit.decided'] });
    expect(enabled.body.disabledReason).toBeUndefined();

    const rotated = await op(world.call, 'rotateWebhookSecret', { key: world.a.key, params: { webhookId: id } });
    expectStatus(rotated, 201);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    const overlap = Date.parse(rotated.body.previousSecretExpiresAt) - Date.now();
    expect(overlap).toBeGreaterThan(23 * 3_600_000);
    expect(overlap).toBeLessThanOrEqual(24 * 3_600_000);

    expect((await op(world.call, 'deleteWebhook', { key: world.a.key, params: { webhookId: id } })).status).toBe(204);
    expect((await op(world.call, 'getWebhook', { key: world.a.key, params: { webhookId: id } })).status).toBe(404);
  });

  it('refuses URLs that could reach into a private network, and unknown event types', async () => {
    const privateUrl = await op(world.call, 'createWebhook', { key: world.a.key, body: { url: 'http://10.0.0.5/hooks', eventTypes: ['limit.decided'] } });
    expect(privateUrl.status).toBe(422);
    expect(privateUrl.body).toMatchObject({ type: 'https://bouclier.dev/problems/webhook-url-refused' });
    // The detail says the rule (it once read "must be a URL with credentials in it").
    const withCredentials = await op(world.call, 'createWebhook', { key: world.a.key, body: { url: 'http://user:secret@127.0.0.1:4567/x', eventTypes: ['limit.decided'] } });
    expect(withCredentials.status).toBe(422);
    expect(withCredentials.body).toMatchObject({
      type: 'https://bouclier.dev/problems/webhook-url-refused',
      detail: 'A webhook URL must not carry credentials (user:password@).',
      errors: [{ in: 'body', field: 'url', code: 'url_refused', detail: 'must not carry credentials (user:password@)' }],
    });
    // An event type that does not exist is off the schema: the raw client.
    const unknownType = await world.call('POST', '/v1/webhooks', { key: world.a.key, body: { url: 'http://127.0.0.1:4567/x', eventTypes: ['limit.exploded'] } });
    expect(unknownType.status).toBe(400);
    expect(JSON.stringify(unknownType.body['errors'])).toContain('eventTypes');
  });

  it('belongs to a tenant or a broker firm; the insurer has none', async () => {
    const broker = await op(world.call, 'createWebhook', { key: world.broker.key, body: { url: 'http://localhost:4567/broker', eventTypes: ['limit.decided'] } });
    expectStatus(broker, 201);
    expect((await op(world.call, 'getWebhook', { key: world.b.key, params: { webhookId: broker.body.webhookId } })).status).toBe(404);
    expect((await op(world.call, 'listWebhooks', { key: world.insurerKey })).status).toBe(403);
  });
});
