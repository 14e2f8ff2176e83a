/**
 * Where a webhook may point. In AWS: https only, and a host that resolves only to public
 * addresses (no loopback, private, link-local, unique-local, metadata or other special-purpose
 * ranges of the IANA registries): a tenant must not make Bouclier call into its own network
 * (SSRF). The local runtime, which must reach nothing but this machine, takes only http(s)
 * URLs on 127.0.0.1, localhost or [::1], and resolves no name.
 *
 * The same `isPublicAddress` judges the address again when a delivery connects
 * (shared/events/webhook-post.ts), so registration and delivery cannot disagree.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** IPv4 special-purpose ranges (IANA IPv4 Special-Purpose Address Registry) that are not globally reachable, plus multicast. */
const blockedIpv4 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared address space (carrier-grade NAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, the instance metadata service
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation (TEST-NET-1)
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated): a relay would tunnel on to anywhere
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation (TEST-NET-2)
  ['203.0.113.0', 24], // documentation (TEST-NET-3)
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the limited broadcast 255.255.255.255
] as const) {
  blockedIpv4.addSubnet(network, prefix, 'ipv4');
}

/** Only global unicast (2000::/3) is ever public; inside it, the ranges IANA marks not globally reachable. */
const globalUnicast = new BlockList();
globalUnicast.addSubnet('2000::', 3, 'ipv6');
const blockedIpv6 = new BlockList();
for (const [network, prefix] of [
  // IETF protocol assignments, Teredo (2001::/32) among them. A Teredo address hides its
  // client's IPv4 address (obfuscated) behind a relay; nothing in 2001::/23 hosts a webhook
  // receiver, so the whole block is refused rather than de-obfuscated.
  ['2001::', 23],
  ['2001:db8::', 32], // documentation
  ['3fff::', 20], // documentation (RFC 9637)
] as const) {
  blockedIpv6.addSubnet(network, prefix, 'ipv6');
}

/** The eight 16-bit groups of a valid IPv6 address (a trailing dotted IPv4 part, `::` and a zone handled). */
function ipv6Groups(address: string): number[] {
  let text = address.split('%')[0] ?? '';
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const [head = '', tail] = text.split('::');
  if (tail === undefined) return parse(head);
  const before = parse(head);
  const after = parse(tail);
  return [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
}

const dottedQuad = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

/**
 * The IPv4 address an IPv6 address stands for, when it is one of the forms that carry one
 * and deliver to it: IPv4-mapped (::ffff:0:0/96), IPv4-translated (::ffff:0:0:0/96, SIIT),
 * IPv4-compatible (::/96, deprecated; :: and ::1 fall here too, as 0.0.0.0 and 0.0.0.1),
 * NAT64 with the well-known prefix (64:ff9b::/96, RFC 6052) and 6to4 (2002::/16, the IPv4
 * address in bits 16–47). Such an address is exactly as public as its IPv4 address: a
 * translator or relay on the way would hand the request to it.
 */
function embeddedIpv4(groups: readonly number[]): string | undefined {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  const zeroUpTo = (end: number) => groups.slice(0, end).every((group) => group === 0);
  if (zeroUpTo(5) && g5 === 0xffff) return dottedQuad(g6, g7);
  if (zeroUpTo(4) && g4 === 0xffff && g5 === 0) return dottedQuad(g6, g7);
  if (zeroUpTo(6)) return dottedQuad(g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return dottedQuad(g6, g7);
  if (g0 === 0x2002) return dottedQuad(g1, g2);
  return undefined;
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return !blockedIpv4.check(address, 'ipv4');
  const groups = ipv6Groups(address);
  const ipv4 = embeddedIpv4(groups);
  if (ipv4 !== undefined) return isPublicAddress(ipv4);
  // Written out in full, without a zone, so the BlockLists see the address and nothing else.
  // The local-use NAT64 prefix 64:ff9b:1::/48 (RFC 8215) falls outside 2000::/3, so it is
  // refused whatever it embeds: it names a translator inside some operator's own network,
  // and where the IPv4 address sits depends on the prefix length that network chose
  // (RFC 6052 allows /48 to /96), so it cannot be extracted and judged reliably.
  // Also outside 2000::/3: 100::/64 (discard-only), 5f00::/16 (SRv6), fc00::/7 (unique
  // local), fe80::/10 (link-local), fec0::/10 (site-local) and ff00::/8 (multicast).
  const full = groups.map((group) => group.toString(16)).join(':');
  return globalUnicast.check(full, 'ipv6') && !blockedIpv6.check(full, 'ipv6');
}

export type Resolver = (host: string) => Promise<string[]>;
const dnsResolver: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Why this URL may not receive webhooks, or undefined when it may. The reason completes the
 * sentence "A webhook URL …" (it starts with "must"), so whoever shows it says the rule.
 */
export async function refuseWebhookUrl(raw: string, options: { local: boolean; resolve?: Resolver }): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.username || url.password) return 'must not carry credentials (user:password@)';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (options.local) {
    const onThisMachine = (url.protocol === 'http:' || url.protocol === 'https:') && ['127.0.0.1', 'localhost', '::1'].includes(host);
    return onThisMachine ? undefined : 'must be on this machine (http://127.0.0.1, http://localhost or http://[::1]) on the local runtime';
  }
  if (url.protocol !== 'https:') return 'must be https';
  if (isIP(host)) return isPublicAddress(host) ? undefined : `must resolve to public addresses only (${host} is not public)`;
  let addresses: string[];
  try {
    addresses = await (options.resolve ?? dnsResolver)(host);
  } catch {
    return `must have a host that resolves (${host} does not)`;
  }
  if (addresses.length === 0 || addresses.some((address) => !isPublicAddress(address))) {
    return `must resolve to public addresses only (${host} resolves to ${addresses.join(', ') || 'nothing'})`;
  }
  return undefined;
}
