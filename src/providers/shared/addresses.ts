import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * What an IP address is, for deciding whether reelbot may connect to it on a provider's say-so.
 * Only `public` may be fetched; every other kind reaches this machine, its network or no one.
 */
export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'multicast'
  | 'unspecified'
  | 'reserved'
  | 'invalid';

type Range = readonly [prefix: string, bits: number, kind: Exclude<AddressKind, 'public' | 'invalid'>];

/**
 * IPv4 special-purpose blocks (IANA IPv4 Special-Purpose Address Registry,
 * https://www.iana.org/assignments/iana-ipv4-special-registry/): RFC 1918 private networks,
 * RFC 6598 carrier-grade NAT, RFC 3927 link-local (169.254/16 holds cloud metadata services),
 * RFC 5771 multicast, documentation and benchmarking nets, and 240/4 reserved (with broadcast).
 */
const V4_RANGES: readonly Range[] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'private'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

/**
 * IPv6 special-purpose blocks (IANA IPv6 Special-Purpose Address Registry,
 * https://www.iana.org/assignments/iana-ipv6-special-registry/): RFC 4291 loopback, unspecified,
 * link-local and multicast, RFC 4193 unique-local (private), deprecated site-local (RFC 3879),
 * discard, documentation, Teredo (it tunnels to an address we cannot see) and ORCHID. The
 * blocks that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that address
 * instead: see `embeddedV4`.
 */
const V6_RANGES: readonly Range[] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['64:ff9b:1::', 48, 'private'],
  ['100::', 64, 'reserved'],
  ['2001::', 32, 'reserved'],
  ['2001:10::', 28, 'reserved'],
  ['2001:20::', 28, 'reserved'],
  ['2001:db8::', 32, 'reserved'],
  ['fc00::', 7, 'private'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'private'],
  ['ff00::', 8, 'multicast'],
];

function listOf(ranges: readonly Range[], family: 'ipv4' | 'ipv6') {
  return ranges.map(([prefix, bits, kind]) => {
    const list = new BlockList();
    list.addSubnet(prefix, bits, family);
    return { list, kind };
  });
}
const V4 = listOf(V4_RANGES, 'ipv4');
const V6 = listOf(V6_RANGES, 'ipv6');

/** The 16 bytes of an IPv6 address (already known valid), dotted-quad tail included. */
function v6Bytes(address: string): Uint8Array {
  let text = address;
  const bytes = new Uint8Array(16);
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::') as [string, string | undefined];
  const groups = (part: string) => (part ? part.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  const all = [...front, ...new Array(8 - front.length - back.length).fill(0), ...back];
  all.forEach((group, i) => {
    bytes[i * 2] = group >> 8;
    bytes[i * 2 + 1] = group & 0xff;
  });
  return bytes;
}

const zeros = (bytes: Uint8Array, from: number, to: number) => bytes.subarray(from, to).every((b) => b === 0);
const v4At = (bytes: Uint8Array, at: number) => Array.from(bytes.subarray(at, at + 4)).join('.');

/**
 * The IPv4 address an IPv6 one carries, where a packet to it ends up at that IPv4 address:
 * IPv4-mapped ::ffff:a.b.c.d (RFC 4291 §2.5.5.2, how a dual-stack socket shows IPv4 peers),
 * the deprecated IPv4-compatible ::a.b.c.d (§2.5.5.1), NAT64 64:ff9b::/96 (RFC 6052) and 6to4
 * 2002:aabb:ccdd::/48 (RFC 3056). So ::ffff:7f00:1 is 127.0.0.1, whichever way it is written.
 */
function embeddedV4(bytes: Uint8Array): string | undefined {
  if (zeros(bytes, 0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return v4At(bytes, 12);
  // ::a.b.c.d, but not :: and ::1 themselves (their own rows in V6_RANGES).
  if (zeros(bytes, 0, 15) && bytes[15]! <= 1) return undefined;
  if (zeros(bytes, 0, 12)) return v4At(bytes, 12);
  const nat64 = [0x00, 0x64, 0xff, 0x9b];
  if (nat64.every((b, i) => bytes[i] === b) && zeros(bytes, 4, 12)) return v4At(bytes, 12);
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return v4At(bytes, 2);
  return undefined;
}

/** What kind of address this is (IPv4 or IPv6 text, an IPv6 zone such as `%eth0` ignored). */
export function classifyAddress(address: string): AddressKind {
  const text = address.trim().replace(/^\[(.*)\]$/, '$1');
  if (isIPv4(text)) return V4.find(({ list }) => list.check(text, 'ipv4'))?.kind ?? 'public';
  const bare = text.replace(/%.*$/, '');
  if (!isIPv6(bare)) return 'invalid';
  const inner = embeddedV4(v6Bytes(bare));
  if (inner !== undefined) return classifyAddress(inner);
  return V6.find(({ list }) => list.check(bare, 'ipv6'))?.kind ?? 'public';
}

/** True only for an address on the public internet. */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}
