import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskAddresses, maskEmail } from '../../../src/lib/send/mask.ts';

describe('masking addresses', () => {
  it('masks the address an SMTP reply quotes', () => {
    expect(maskAddresses('550 5.1.1 <mario.rossi@example.org>: Recipient address rejected')).toBe('550 5.1.1 <m***@example.org>: Recipient address rejected');
    expect(maskAddresses('Invalid recipient "anna@example.org"')).toBe('Invalid recipient "a***@example.org"');
    expect(maskAddresses('dörte@bücher.example ha scritto')).toBe('d***@bücher.example ha scritto');
  });

  it('leaves text without addresses alone, and masked text as it is', () => {
    expect(maskAddresses('421 4.3.2 Try again later')).toBe('421 4.3.2 Try again later');
    expect(maskAddresses('m***@example.org')).toBe('m***@example.org');
    expect(maskEmail('nonsense')).toBe('***');
  });

  it('never lets an address through, whatever surrounds it', () => {
    const around = fc.constantFrom(' ', '<', '>', '"', "'", '(', ')', ':', ';', ',', '\n', '[', ']', ' RCPT TO:<', '>: rejected');
    // A local part of asterisks only ("*@a.aa") is found inside its own mask ("****@a.aa") without being shown.
    const addresses = fc.emailAddress().filter((email) => !/^\*+@/.test(email));
    fc.assert(fc.property(addresses, around, around, fc.string(), (address, before, after, text) => {
      const masked = maskAddresses(`${text}${before}${address}${after}${text}`);
      expect(masked.includes(address)).toBe(false);
      expect(maskAddresses(masked)).toBe(masked);
    }));
  });
});
