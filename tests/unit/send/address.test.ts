import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiDomainAddress, isEmailAddress, singleAddress } from '../../../src/lib/send/address.ts';
import { recipientKey } from '../../../src/lib/send/state.ts';

describe('subscriber addresses', () => {
  it('accepts internationalised addresses and sends their domain as punycode', () => {
    for (const address of ['mario@bücher.example', 'dörte@example.org', 'ahmed@مثال.مصر', 'maria.rossi+bollettino@example.org']) expect(isEmailAddress(address)).toBe(true);
    expect(asciiDomainAddress('mario@bücher.example')).toBe('mario@xn--bcher-kva.example');
    expect(recipientKey('Mario@Bücher.example')).toBe(recipientKey('mario@xn--bcher-kva.example'));
  });

  it('accepts every address RFC 5322 allows in a dot-atom form', () => {
    fc.assert(fc.property(fc.emailAddress(), (address) => isEmailAddress(address)));
  });

  it('refuses what is not an address', () => {
    for (const address of ['redazione', 'x@y', 'a b@example.org', '@example.org', 'a@', 'a..b@example.org', 'a@-x.example.org', 'a@example..org', 'a@example.org,b@example.org']) {
      expect(isEmailAddress(address), address).toBe(false);
    }
  });

  it('takes one address on the command line, not a list', () => {
    expect(singleAddress(' redazione@example.org ', '--test')).toEqual({ address: 'redazione@example.org' });
    for (const value of ['uno@example.org,due@example.org', 'uno@example.org;due@example.org', 'uno@example.org due@example.org']) {
      const result = singleAddress(value, '--test');
      expect('problem' in result && result.problem).toContain('un solo indirizzo');
      expect(JSON.stringify(result)).not.toContain('uno@example.org');
    }
    expect(singleAddress('redazione', '--test')).toMatchObject({ problem: expect.stringContaining('non è un indirizzo e-mail valido') });
  });
});
