import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * SSRF guard: decides whether the fetcher may connect to an IP address.
 *
 * Only globally routable unicast addresses are allowed. Everything a feed URL could use to reach the host itself,
 * the local network or cloud metadata services (loopback, RFC 1918, unique-local, link-local incl.
 * 169.254.169.254, CGNAT, multicast, unspecified, broadcast, documentation/benchmark/reserved blocks) is refused,
 * also when it is hidden inside an IPv6 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo).
 */

/** Decides whether a connection to `address` (an IP literal) made for `hostname` may proceed. */
export type AddressPolicy = (address: string, hostname: string) => boolean;

/** IPv4 ranges (ipaddr.js names) that are public. Everything else ipaddr.js names is refused. */
const PUBLIC_V4_RANGES = new Set(['unicast', 'as112', 'amt']);
/** IPv6 ranges that are public when inside 2000::/3 (global unicast). */
const PUBLIC_V6_RANGES = new Set(['unicast', 'as112v6', 'amt']);
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

export interface AddressClass {
  /** The range name, e.g. 'unicast', 'private', 'loopback', 'linkLocal', or 'invalid'. */
  range: string;
  /** True when the address is publicly routable and may be fetched. */
  public: boolean;
  /** For IPv6 addresses that embed an IPv4 address, that address and its class. */
  embedded?: { address: string; range: string };
}

/** Classifies an IP literal (IPv4, IPv6 with or without brackets/zone). Never throws. */
export function classifyAddress(input: string): AddressClass {
  const literal = stripBrackets(input.trim());
  // net.isIP accepts only the canonical forms; ipaddr.js would also read "1.2.3" or "0x7f.1" as IPv4.
  if (isIP(literal) === 0 || !ipaddr.isValid(literal)) return { range: 'invalid', public: false };
  const addr = ipaddr.parse(literal);
  if (addr.kind() === 'ipv4') {
    const range = addr.range();
    return { range, public: PUBLIC_V4_RANGES.has(range) };
  }
  return classifyV6(addr as ipaddr.IPv6);
}

function classifyV6(addr: ipaddr.IPv6): AddressClass {
  const named = addr.range();
  const embedded = embeddedV4(addr, named);
  const range = embedded && named === 'unicast' ? 'ipv4Compatible' : named;
  if (embedded) {
    const inner = embedded.range();
    // An embedding is only as safe as the IPv4 address inside it.
    return { range, public: PUBLIC_V4_RANGES.has(inner), embedded: { address: embedded.toString(), range: inner } };
  }
  const global = addr.match(GLOBAL_UNICAST_V6);
  return { range: global ? range : range === 'unicast' ? 'unassigned' : range, public: global && PUBLIC_V6_RANGES.has(range) };
}

/** The IPv4 address an IPv6 address carries, for the transition mechanisms that carry one. */
function embeddedV4(addr: ipaddr.IPv6, range: string): ipaddr.IPv4 | null {
  const p = addr.parts;
  const v4 = (hi: number, lo: number): ipaddr.IPv4 => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  switch (range) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d
    case 'rfc6145': // ::ffff:0:a.b.c.d
      return v4(p[6]!, p[7]!);
    case 'rfc6052': // 64:ff9b::a.b.c.d, the well-known NAT64 prefix (the local-use 64:ff9b:1::/48 is never public)
      return p[2] === 0 ? v4(p[6]!, p[7]!) : null;
    case '6to4': // 2002:aabb:ccdd::/48
      return v4(p[1]!, p[2]!);
    case 'teredo': // 2001:0:server:flags:port:client (client address is bit-inverted)
      return v4(~p[6]! & 0xffff, ~p[7]! & 0xffff);
    default:
      // Deprecated IPv4-compatible ::a.b.c.d (but not :: and ::1, which ipaddr.js already names).
      if (range === 'unicast' && p.slice(0, 6).every((x) => x === 0)) return v4(p[6]!, p[7]!);
      return null;
  }
}

function stripBrackets(s: string): string {
  return s.startsWith('[') && s.endsWith(']') ? s.slice(1, -1) : s;
}

/** True when `input` is an IP literal (brackets allowed), as opposed to a DNS name. */
export function isIpLiteral(input: string): boolean {
  return isIP(stripBrackets(input)) !== 0;
}

/** Policy that allows only public addresses. */
export const publicOnlyPolicy: AddressPolicy = (address) => classifyAddress(address).public;

/** Policy that allows every address (ALLOW_PRIVATE_NETWORKS=true). */
export const allowAllPolicy: AddressPolicy = () => true;

export function defaultAddressPolicy(allowPrivateNetworks: boolean): AddressPolicy {
  return allowPrivateNetworks ? allowAllPolicy : publicOnlyPolicy;
}

/** A short reason for logs and error messages, e.g. "loopback" or "6to4 embedding private 10.0.0.1". */
export function describeAddress(address: string): string {
  const c = classifyAddress(address);
  if (c.embedded) return `${c.range} embedding ${c.embedded.range} ${c.embedded.address}`;
  return c.range;
}
