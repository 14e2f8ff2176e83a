import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signatureHeaders } from '../../shared/events/webhook-signing.ts';
import { isPublicAddress, refuseWebhookUrl } from '../../shared/events/webhook-url.ts';

describe('Standard Webhooks signatures', () => {
  const body = JSON.stringify({ type: 'limit.decided', timestamp: '2026-11-26T12:00:00Z', data: { amount: 5_000_000 } });

  it('makes whsec_ secrets of 32 random bytes', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('signs so that the standardwebhooks package verifies, with each secret in force during a rotation', () => {
    const oldSecret = newWebhookSecret();
    const newSecret = newWebhookSecret();
    const now = new Date();
    const headers = signatureHeaders('evt_01J0000000000000000000000', now, body, [newSecret, oldSecret]);
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(new Webhook(oldSecret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(newSecret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(newSecret).verify(body.replace('5000000', '5000001'), headers)).toThrow();
    expect(() => signatureHeaders('evt_x', now, body, [])).toThrow();
  });
});

describe('webhook URL safety', () => {
  const resolveTo = (addresses: string[]) => async () => addresses;

  it.each([
    ['93.184.216.34', true],
    ['2606:2800:220:1:248:1893:25c8:1946', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.20.0.1', false],
    ['192.168.1.10', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['::1', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['::ffff:127.0.0.1', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it.each([
    ['https://hooks.example.com/bouclier', false, ['93.184.216.34'], undefined],
    ['http://hooks.example.com/bouclier', false, ['93.184.216.34'], 'an https URL'],
    ['https://internal.example.com/', false, ['10.0.0.5'], 'public addresses only'],
    ['https://mixed.example.com/', false, ['93.184.216.34', '127.0.0.1'], 'public addresses only'],
    ['https://169.254.169.254/latest/meta-data', false, [], 'public addresses only'],
    ['http://127.0.0.1:8080/hooks', false, [], 'an https URL'],
    ['http://127.0.0.1:8080/hooks', true, [], undefined],
    ['http://localhost:8080/hooks', true, [], undefined],
    ['http://10.0.0.5/hooks', true, [], 'on this machine'],
    ['https://hooks.example.com/bouclier', true, ['93.184.216.34'], 'on this machine'],
    ['http://[::1]:8080/hooks', true, [], undefined],
    ['https://user:pass@hooks.example.com/', false, ['93.184.216.34'], 'credentials'],
    ['not a url', false, [], 'not a URL'],
  ])('%s (local: %s)', async (url, local, addresses, refused) => {
    const reason = await refuseWebhookUrl(url, { local, resolve: resolveTo(addresses) });
    if (refused) expect(reason).toContain(refused);
    else expect(reason).toBeUndefined();
  });

  it('refuses a host that does not resolve', async () => {
    const reason = await refuseWebhookUrl('https://nowhere.invalid/', { local: false, resolve: async () => Promise.reject(new Error('ENOTFOUND')) });
    expect(reason).toContain('resolves');
  });
});
