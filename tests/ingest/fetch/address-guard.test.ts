import { describe, expect, it } from 'vitest';
import {
  classifyAddress,
  defaultAddressPolicy,
  describeAddress,
  isIpLiteral,
} from '../../../src/ingest/fetch/address-guard.ts';

// [address, expected public?, expected range]
const V4: [string, boolean, string][] = [
  ['8.8.8.8', true, 'unicast'],
  ['1.1.1.1', true, 'unicast'],
  ['93.184.216.34', true, 'unicast'],
  ['100.63.255.255', true, 'unicast'], // just below CGNAT
  ['100.128.0.0', true, 'unicast'], // just above CGNAT
  ['172.15.255.255', true, 'unicast'], // just below 172.16/12
  ['172.32.0.0', true, 'unicast'], // just above 172.16/12
  ['11.0.0.1', true, 'unicast'],
  ['127.0.0.1', false, 'loopback'],
  ['127.255.255.254', false, 'loopback'],
  ['10.0.0.1', false, 'private'],
  ['10.255.255.255', false, 'private'],
  ['172.16.0.1', false, 'private'],
  ['172.31.255.255', false, 'private'],
  ['192.168.1.1', false, 'private'],
  ['169.254.169.254', false, 'linkLocal'], // cloud metadata
  ['169.254.0.1', false, 'linkLocal'],
  ['100.64.0.1', false, 'carrierGradeNat'],
  ['100.127.255.255', false, 'carrierGradeNat'],
  ['0.0.0.0', false, 'unspecified'],
  ['0.1.2.3', false, 'unspecified'],
  ['255.255.255.255', false, 'broadcast'],
  ['224.0.0.1', false, 'multicast'],
  ['239.255.255.250', false, 'multicast'],
  ['240.0.0.1', false, 'reserved'],
  ['192.0.2.1', false, 'reserved'], // TEST-NET-1
  ['198.51.100.7', false, 'reserved'], // TEST-NET-2
  ['203.0.113.9', false, 'reserved'], // TEST-NET-3
  ['198.18.0.1', false, 'reserved'], // benchmarking
  ['192.0.0.8', false, 'reserved'], // IETF protocol assignments
];

const V6: [string, boolean, string][] = [
  ['2606:4700:4700::1111', true, 'unicast'],
  ['2001:4860:4860::8888', true, 'unicast'],
  ['2a00:1450:4001:80b::200e', true, 'unicast'],
  ['::1', false, 'loopback'],
  ['[::1]', false, 'loopback'],
  ['::', false, 'unspecified'],
  ['fe80::1', false, 'linkLocal'],
  ['fe80::1%eth0', false, 'linkLocal'],
  ['febf::1', false, 'linkLocal'],
  ['fc00::1', false, 'uniqueLocal'],
  ['fd12:3456:789a::1', false, 'uniqueLocal'],
  ['ff02::1', false, 'multicast'],
  ['fec0::1', false, 'deprecatedSiteLocal'],
  ['2001:db8::1', false, 'reserved'], // documentation
  ['100::1', false, 'discard'],
  ['4000::1', false, 'unassigned'], // outside 2000::/3
  ['64:ff9b:1::1', false, 'rfc6052'], // local-use NAT64
];

// IPv6 addresses carrying an IPv4 address: as safe as the address inside.
const EMBEDDED: [string, boolean, string, string][] = [
  ['::ffff:127.0.0.1', false, 'ipv4Mapped', '127.0.0.1'],
  ['::ffff:7f00:1', false, 'ipv4Mapped', '127.0.0.1'],
  ['::ffff:10.0.0.1', false, 'ipv4Mapped', '10.0.0.1'],
  ['::ffff:169.254.169.254', false, 'ipv4Mapped', '169.254.169.254'],
  ['::ffff:8.8.8.8', true, 'ipv4Mapped', '8.8.8.8'],
  ['::ffff:0:192.168.0.1', false, 'rfc6145', '192.168.0.1'],
  ['64:ff9b::10.0.0.1', false, 'rfc6052', '10.0.0.1'],
  ['64:ff9b::a9fe:a9fe', false, 'rfc6052', '169.254.169.254'],
  ['64:ff9b::8.8.8.8', true, 'rfc6052', '8.8.8.8'],
  ['2002:7f00:1::1', false, '6to4', '127.0.0.1'],
  ['2002:c0a8:101::1', false, '6to4', '192.168.1.1'],
  ['2002:808:808::1', true, '6to4', '8.8.8.8'],
  ['2001:0:4136:e378:8000:63bf:80ff:fffe', false, 'teredo', '127.0.0.1'],
  ['2001:0:4136:e378:8000:63bf:f7f7:f7f7', true, 'teredo', '8.8.8.8'],
  // Written in hex, as DNS answers and URL serialization give them (ipaddr.js reads "::a.b.c.d" as IPv4-mapped).
  ['::a00:1', false, 'ipv4Compatible', '10.0.0.1'],
  ['::808:808', true, 'ipv4Compatible', '8.8.8.8'],
  ['::10.0.0.1', false, 'ipv4Mapped', '10.0.0.1'],
];

describe('classifyAddress', () => {
  it.each(V4)('IPv4 %s -> public=%s (%s)', (address, isPublic, range) => {
    expect(classifyAddress(address)).toEqual({ range, public: isPublic });
  });

  it.each(V6)('IPv6 %s -> public=%s (%s)', (address, isPublic, range) => {
    expect(classifyAddress(address)).toMatchObject({ range, public: isPublic });
  });

  it.each(EMBEDDED)('embedded %s -> public=%s (%s of %s)', (address, isPublic, range, inner) => {
    const c = classifyAddress(address);
    expect(c).toMatchObject({ range, public: isPublic });
    expect(c.embedded?.address).toBe(inner);
  });

  it.each(['', 'example.com', '999.1.1.1', 'fe80::zz', '1.2.3', '0x7f.1', '2130706433'])('non-address %j is never public', (input) => {
    expect(classifyAddress(input).public).toBe(false);
  });
});

describe('address policies', () => {
  it('the default policy allows only public addresses, the relaxed one everything', () => {
    const strict = defaultAddressPolicy(false);
    const relaxed = defaultAddressPolicy(true);
    for (const [address, isPublic] of [...V4, ...V6]) {
      expect(strict(address, address)).toBe(isPublic);
      expect(relaxed(address, address)).toBe(true);
    }
  });

  it('describes refused addresses, naming what an embedding hides', () => {
    expect(describeAddress('169.254.169.254')).toBe('linkLocal');
    expect(describeAddress('::ffff:10.0.0.1')).toBe('ipv4Mapped embedding private 10.0.0.1');
  });

  it.each([
    ['127.0.0.1', true],
    ['[::1]', true],
    ['::1', true],
    ['example.com', false],
    ['1', false],
  ])('isIpLiteral(%j) = %s', (input, expected) => {
    expect(isIpLiteral(input)).toBe(expected);
  });
});
