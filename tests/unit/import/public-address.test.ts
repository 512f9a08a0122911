import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../../src/lib/import/public-address.ts';

const v4 = (a: number, b: number, c: number, d: number) => `${a}.${b}.${c}.${d}`;
const hex = (a: number, b: number, c: number, d: number) => `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;

describe('public addresses', () => {
  it('takes ordinary internet addresses, IPv4 and IPv6', () => {
    for (const address of ['8.8.8.8', '151.101.1.69', '93.184.216.34', '2a00:1450:4002:80a::200e', '2606:4700::6810:85e5', '[2a00:1450::1]', '2002:808:808::1']) expect(isPublicAddress(address), address).toBe(true);
  });

  it('refuses this computer, the local network, link-local, metadata and unique-local addresses', () => {
    for (const address of ['127.0.0.1', '127.255.0.9', '0.0.0.0', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.100.100.200', '100.64.0.1',
      '224.0.0.1', '255.255.255.255', '192.0.2.1', '198.18.0.1', '::', '::1', '[::1]', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd00:ec2::254', 'ff02::1', 'fec0::1', '2001:db8::1', '2001::1', '100::1']) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('refuses IPv6 forms that carry a private IPv4 address (mapped, compatible, NAT64, 6to4)', () => {
    for (const address of ['::ffff:127.0.0.1', '::ffff:7f00:1', '0:0:0:0:0:ffff:7f00:0001', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '::127.0.0.1', '64:ff9b::127.0.0.1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::1', '2002:c0a8:101::1']) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('refuses what is not an IP address (names, decimal and octal forms are resolved first, never taken as they are)', () => {
    for (const text of ['localhost', '2130706433', '0x7f000001', '017700000001', '127.1', '', 'example.org', '1.2.3.4.5', '::ffff:999.0.0.1']) expect(isPublicAddress(text), text).toBe(false);
  });

  it('gives an IPv4-mapped IPv6 address the verdict of its IPv4 address (property)', () => {
    const byte = fc.integer({ min: 0, max: 255 });
    fc.assert(fc.property(byte, byte, byte, byte, (a, b, c, d) => {
      const verdict = isPublicAddress(v4(a, b, c, d));
      expect(isPublicAddress(`::ffff:${v4(a, b, c, d)}`)).toBe(false);
      expect(isPublicAddress(`::ffff:${hex(a, b, c, d)}`)).toBe(false);
      // NAT64 and 6to4 carry a public address through, and never a private one.
      if (!verdict) {
        expect(isPublicAddress(`64:ff9b::${hex(a, b, c, d)}`)).toBe(false);
        expect(isPublicAddress(`2002:${hex(a, b, c, d)}::1`)).toBe(false);
      }
    }), { numRuns: 1000 });
  });

  it('refuses every address of the private and loopback ranges (property)', () => {
    const byte = fc.integer({ min: 0, max: 255 });
    fc.assert(fc.property(byte, byte, byte, (b, c, d) => {
      for (const address of [v4(10, b, c, d), v4(127, b, c, d), v4(192, 168, c, d), v4(172, 16 + (b % 16), c, d), v4(169, 254, c, d)]) expect(isPublicAddress(address), address).toBe(false);
    }), { numRuns: 500 });
  });
});
