/**
 * Where a webhook may point. In AWS: https only, and a host that resolves only to public
 * addresses (no loopback, private, link-local, unique-local or metadata ranges): a tenant must
 * not make Bouclier call into its own network (SSRF). The local runtime, which must reach
 * nothing but this machine, takes only http(s) URLs on 127.0.0.1, localhost or [::1], and
 * resolves no name.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // An IPv4-mapped IPv6 address is judged by its IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPublicAddress(mapped);
  return !blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export type Resolver = (host: string) => Promise<string[]>;
const dnsResolver: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/** Why this URL may not receive webhooks, or undefined when it may. */
export async function refuseWebhookUrl(raw: string, options: { local: boolean; resolve?: Resolver }): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (url.username || url.password) return 'a URL with credentials in it';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (options.local) {
    const onThisMachine = (url.protocol === 'http:' || url.protocol === 'https:') && ['127.0.0.1', 'localhost', '::1'].includes(host);
    return onThisMachine ? undefined : 'on this machine (http://127.0.0.1, http://localhost) on the local runtime';
  }
  if (url.protocol !== 'https:') return 'an https URL';
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await (options.resolve ?? dnsResolver)(host);
  } catch {
    return `a host that resolves (${host} does not)`;
  }
  if (addresses.length === 0 || addresses.some((address) => !isPublicAddress(address))) {
    return `a host with public addresses only (${host} resolves to ${addresses.join(', ') || 'nothing'})`;
  }
  return undefined;
}
