/** Webhook endpoints over HTTP: registration, the secret shown once, rotation, URL safety. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.runtime.stop();
});

type Endpoint = { webhookId: string; url: string; eventTypes: string[]; status: string; secret?: string; disabledReason?: string };

describe('webhook endpoints', () => {
  it('registers an endpoint, shows its secret once, lists and updates it, rotates and deletes it', async () => {
    const created = await world.call<Endpoint>('POST', '/v1/webhooks', {
      key: world.a.key,
      body: { url: 'http://127.0.0.1:4567/bouclier', eventTypes: ['limit.decided', 'referral.created'], description: 'CRM' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ url: 'http://127.0.0.1:4567/bouclier', eventTypes: ['limit.decided', 'referral.created'], status: 'enabled' });
    expect(created.body.secret).toMatch(/^whsec_/);
    const id = created.body.webhookId;

    const listed = await world.call<{ items: Endpoint[] }>('GET', '/v1/webhooks', { key: world.a.key });
    expect(listed.body.items.map((w) => w.webhookId)).toContain(id);
    expect(listed.text).not.toContain(created.body.secret);
    expect((await world.call('GET', `/v1/webhooks/${id}`, { key: world.a.key })).text).not.toContain('whsec_');

    const disabled = await world.call<Endpoint>('PATCH', `/v1/webhooks/${id}`, { key: world.a.key, body: { status: 'disabled' } });
    expect(disabled.body).toMatchObject({ status: 'disabled', disabledReason: 'disabled by its owner' });
    const enabled = await world.call<Endpoint>('PATCH', `/v1/webhooks/${id}`, { key: world.a.key, body: { status: 'enabled', eventTypes: ['limit.decided'] } });
    expect(enabled.body).toMatchObject({ status: 'enabled', eventTypes: ['limit.decided'] });
    expect(enabled.body.disabledReason).toBeUndefined();

    const rotated = await world.call<{ secret: string; previousSecretExpiresAt: string }>('POST', `/v1/webhooks/${id}/rotate-secret`, { key: world.a.key });
    expect(rotated.status).toBe(201);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    const overlap = Date.parse(rotated.body.previousSecretExpiresAt) - Date.now();
    expect(overlap).toBeGreaterThan(23 * 3_600_000);
    expect(overlap).toBeLessThanOrEqual(24 * 3_600_000);

    expect((await world.call('DELETE', `/v1/webhooks/${id}`, { key: world.a.key })).status).toBe(204);
    expect((await world.call('GET', `/v1/webhooks/${id}`, { key: world.a.key })).status).toBe(404);
  });

  it('refuses URLs that could reach into a private network, and unknown event types', async () => {
    const privateUrl = await world.call('POST', '/v1/webhooks', { key: world.a.key, body: { url: 'http://10.0.0.5/hooks', eventTypes: ['limit.decided'] } });
    expect(privateUrl.status).toBe(422);
    expect(privateUrl.body).toMatchObject({ type: 'https://bouclier.dev/problems/webhook-url-refused' });
    // The detail says the rule (it once read "must be a URL with credentials in it").
    const withCredentials = await world.call('POST', '/v1/webhooks', { key: world.a.key, body: { url: 'http://user:secret@127.0.0.1:4567/x', eventTypes: ['limit.decided'] } });
    expect(withCredentials.status).toBe(422);
    expect(withCredentials.body).toMatchObject({
      type: 'https://bouclier.dev/problems/webhook-url-refused',
      detail: 'A webhook URL must not carry credentials (user:password@).',
      errors: [{ in: 'body', field: 'url', code: 'url_refused', detail: 'must not carry credentials (user:password@)' }],
    });
    const unknownType = await world.call('POST', '/v1/webhooks', { key: world.a.key, body: { url: 'http://127.0.0.1:4567/x', eventTypes: ['limit.exploded'] } });
    expect(unknownType.status).toBe(400);
    expect(JSON.stringify(unknownType.body['errors'])).toContain('eventTypes');
  });

  it('belongs to a tenant or a broker firm; the insurer has none', async () => {
    const broker = await world.call<Endpoint>('POST', '/v1/webhooks', { key: world.broker.key, body: { url: 'http://localhost:4567/broker', eventTypes: ['limit.decided'] } });
    expect(broker.status).toBe(201);
    expect((await world.call('GET', `/v1/webhooks/${broker.body.webhookId}`, { key: world.b.key })).status).toBe(404);
    expect((await world.call('GET', '/v1/webhooks', { key: world.insurerKey })).status).toBe(403);
  });
});
