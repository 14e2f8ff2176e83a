import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signatureHeaders } from '../../shared/events/webhook-signing.ts';
import { isPublicAddress, refuseWebhookUrl } from '../../shared/events/webhook-url.ts';
import { webhookUrlRefused } from '../../shared/data/webhooks.ts';

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

  // IPv6 forms that carry an IPv4 address (translation, tunnelling, the deprecated
  // compatible form) are judged by that IPv4 address: a private one inside is refused.
  it.each([
    ['::127.0.0.1', 'IPv4-compatible, loopback (the URL parser writes it ::7f00:1)'],
    ['::7f00:1', 'IPv4-compatible, loopback'],
    ['::a9fe:a9fe', 'IPv4-compatible, instance metadata'],
    ['::', 'unspecified'],
    ['64:ff9b::7f00:1', 'NAT64 well-known prefix, loopback'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 well-known prefix, instance metadata'],
    ['64:ff9b::10.0.0.5', 'NAT64 well-known prefix, private'],
    ['64:ff9b:1::808:808', 'NAT64 local-use prefix (RFC 8215): refused whatever it embeds'],
    ['64:ff9b:1:ffff::1', 'NAT64 local-use prefix (RFC 8215)'],
    ['2002:7f00:1::', '6to4, loopback'],
    ['2002:a9fe:a9fe::', '6to4, instance metadata'],
    ['2002:c0a8:0101::1', '6to4, 192.168.1.1'],
    ['::ffff:0:7f00:1', 'IPv4-translated (SIIT), loopback'],
    ['::ffff:0:a9fe:a9fe', 'IPv4-translated (SIIT), instance metadata'],
    ['0:0:0:0:0:ffff:a9fe:a9fe', 'IPv4-mapped, written out'],
    ['::ffff:169.254.169.254', 'IPv4-mapped, dotted'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
    ['2001::1', 'Teredo prefix'],
    ['2001:2::1', 'benchmarking (2001:2::/48)'],
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation (3fff::/20)'],
    ['100::1', 'discard-only (100::/64)'],
    ['5f00::1', 'SRv6 SIDs (5f00::/16)'],
    ['fec0::1', 'site-local (deprecated)'],
    ['fd12:3456::1', 'unique local'],
    ['fe80::1%eth0', 'link-local with a zone'],
    ['ff02::1', 'multicast'],
    ['4000::1', 'outside global unicast (2000::/3)'],
    ['192.0.2.1', 'IPv4 documentation (TEST-NET-1)'],
    ['198.51.100.7', 'IPv4 documentation (TEST-NET-2)'],
    ['203.0.113.9', 'IPv4 documentation (TEST-NET-3)'],
    ['192.88.99.1', 'IPv4 6to4 relay anycast (deprecated)'],
    ['255.255.255.255', 'IPv4 broadcast'],
  ])('%s is refused (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    ['2606:4700::1111', 'a public IPv6 address'],
    ['2a00:1450:4007:80e::200e', 'a public IPv6 address'],
    ['64:ff9b::808:808', '8.8.8.8 through the NAT64 well-known prefix'],
    ['64:ff9b::8.8.8.8', 'the same, dotted'],
    ['2002:808:808::1', '8.8.8.8 through 6to4'],
    ['::ffff:8.8.8.8', '8.8.8.8, IPv4-mapped'],
    ['::ffff:0:808:808', '8.8.8.8, IPv4-translated'],
    ['8.8.8.8', 'a public IPv4 address'],
  ])('%s is public (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    'https://[::127.0.0.1]/hooks',
    'https://[64:ff9b::7f00:1]/hooks',
    'https://[64:ff9b::a9fe:a9fe]/latest/meta-data',
    'https://[2002:7f00:1::]/hooks',
    'https://[2002:a9fe:a9fe::]/hooks',
    'https://[::ffff:0:7f00:1]/hooks',
    'https://[64:ff9b:1::808:808]/hooks',
    'https://[2001:db8::1]/hooks',
  ])('refuses %s in AWS mode, naming the address', async (url) => {
    const reason = await refuseWebhookUrl(url, { local: false, resolve: async () => Promise.reject(new Error('an IP literal is never resolved')) });
    expect(reason).toMatch(/^must resolve to public addresses only \(.+ is not public\)$/);
  });

  it.each(['https://[2606:4700::1111]/hooks', 'https://[64:ff9b::808:808]/hooks'])('accepts %s in AWS mode', async (url) => {
    expect(await refuseWebhookUrl(url, { local: false, resolve: async () => Promise.reject(new Error('an IP literal is never resolved')) })).toBeUndefined();
  });

  it('refuses a name that resolves to an address carrying a private IPv4 address', async () => {
    const reason = await refuseWebhookUrl('https://sneaky.example.com/', { local: false, resolve: resolveTo(['2606:4700::1111', '64:ff9b::a9fe:a9fe']) });
    expect(reason).toBe('must resolve to public addresses only (sneaky.example.com resolves to 2606:4700::1111, 64:ff9b::a9fe:a9fe)');
  });

  it.each([
    ['https://hooks.example.com/bouclier', false, ['93.184.216.34'], undefined],
    ['http://hooks.example.com/bouclier', false, ['93.184.216.34'], 'must be https'],
    ['https://internal.example.com/', false, ['10.0.0.5'], 'public addresses only'],
    ['https://mixed.example.com/', false, ['93.184.216.34', '127.0.0.1'], 'public addresses only'],
    ['https://169.254.169.254/latest/meta-data', false, [], 'public addresses only'],
    ['http://127.0.0.1:8080/hooks', false, [], 'must be https'],
    ['http://127.0.0.1:8080/hooks', true, [], undefined],
    ['http://localhost:8080/hooks', true, [], undefined],
    ['http://10.0.0.5/hooks', true, [], 'on this machine'],
    ['https://hooks.example.com/bouclier', true, ['93.184.216.34'], 'on this machine'],
    ['http://[::1]:8080/hooks', true, [], undefined],
    ['https://user:pass@hooks.example.com/', false, ['93.184.216.34'], 'must not carry credentials'],
    ['http://user@127.0.0.1:8080/hooks', true, [], 'must not carry credentials'],
    ['not a url', false, [], 'must be an absolute URL'],
  ])('%s (local: %s)', async (url, local, addresses, refused) => {
    const reason = await refuseWebhookUrl(url, { local, resolve: resolveTo(addresses) });
    if (refused) expect(reason).toContain(refused);
    else expect(reason).toBeUndefined();
  });

  it('refuses a host that does not resolve', async () => {
    const reason = await refuseWebhookUrl('https://nowhere.invalid/', { local: false, resolve: async () => Promise.reject(new Error('ENOTFOUND')) });
    expect(reason).toContain('resolves');
  });

  // The reason completes "A webhook URL …": each one must say the rule, not its opposite.
  it.each([
    ['https://user:pass@hooks.example.com/', false, 'A webhook URL must not carry credentials (user:password@).'],
    ['not a url', false, 'A webhook URL must be an absolute URL.'],
    ['http://hooks.example.com/', false, 'A webhook URL must be https.'],
    ['https://internal.example.com/', false, 'A webhook URL must resolve to public addresses only (internal.example.com resolves to 10.0.0.5).'],
    ['https://nowhere.invalid/', false, 'A webhook URL must have a host that resolves (nowhere.invalid does not).'],
    ['http://10.0.0.5/hooks', true, 'A webhook URL must be on this machine (http://127.0.0.1, http://localhost or http://[::1]) on the local runtime.'],
  ])('%s (local: %s) reads: %s', async (url, local, sentence) => {
    const resolve = async (host: string) => (host === 'nowhere.invalid' ? Promise.reject(new Error('ENOTFOUND')) : host === 'internal.example.com' ? ['10.0.0.5'] : ['93.184.216.34']);
    const reason = await refuseWebhookUrl(url, { local, resolve });
    expect(reason && webhookUrlRefused(reason).detail).toBe(sentence);
  });
});
