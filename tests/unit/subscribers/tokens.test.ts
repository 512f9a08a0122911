import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConfirmationToken, checkFormToken, confirmationToken, formToken, hashIp, newNonce, sameText, signToken, unsubscribeKeyFor, verifyToken } from '../../../src/lib/subscribers/tokens.ts';
import { unsubscribeToken } from '../../../src/lib/send/message.ts';

const SECRET = 'segreto-di-prova-lungo';
const NOW = Date.parse('2026-12-03T10:00:00Z');
const DAY = 86_400_000;

describe('confirmation tokens', () => {
  it('carry the nonce and the language, and hold for 7 days', () => {
    const nonce = newNonce();
    const token = confirmationToken(SECRET, nonce, 'ar', NOW);
    expect(checkConfirmationToken(SECRET, token, NOW + 7 * DAY - 1000)).toEqual({ ok: true, nonce, lang: 'ar' });
    expect(checkConfirmationToken(SECRET, token, NOW + 7 * DAY)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuse any change of any character, and another secret', () => {
    const token = confirmationToken(SECRET, newNonce(), 'it', NOW);
    fc.assert(fc.property(fc.nat({ max: token.length - 1 }), fc.constantFrom(...'ABCxyz019-_.'), (index, char) => {
      fc.pre(token[index] !== char);
      const tampered = token.slice(0, index) + char + token.slice(index + 1);
      expect(checkConfirmationToken(SECRET, tampered, NOW).ok).toBe(false);
    }));
    expect(checkConfirmationToken('un-altro-segreto-lungo', token, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('are not interchangeable with form tokens', () => {
    const form = formToken(SECRET, NOW);
    expect(verifyToken(SECRET, 'conferma', form, NOW, 1).ok).toBe(false);
    const parts = signToken(SECRET, 'modulo', ['abc', 'it'], NOW + DAY);
    expect(checkConfirmationToken(SECRET, parts, NOW).ok).toBe(false);
  });

  it('never accept arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      expect(checkConfirmationToken(SECRET, text, NOW).ok).toBe(false);
      expect(checkFormToken(SECRET, text, NOW, 0)).toBe('missing');
    }));
  });
});

describe('form time tokens', () => {
  it('tell a person (at least the minimum delay) from a robot (faster) and from no token', () => {
    const token = formToken(SECRET, NOW);
    expect(checkFormToken(SECRET, token, NOW + 3000, 3000)).toBe('ok');
    expect(checkFormToken(SECRET, token, NOW + 2999, 3000)).toBe('too-fast');
    expect(checkFormToken(SECRET, undefined, NOW, 3000)).toBe('missing');
    expect(checkFormToken(SECRET, token, NOW + DAY + 1, 3000)).toBe('missing');
    expect(checkFormToken('un-altro-segreto-lungo', token, NOW + 5000, 3000)).toBe('missing');
  });
});

describe('unsubscribe keys and IP hashes', () => {
  it('key the token of past issues, not the address', () => {
    const key = unsubscribeKeyFor('Maria@Example.org', SECRET);
    expect(key).toBe(unsubscribeKeyFor('maria@example.org', SECRET));
    expect(key).not.toContain(unsubscribeToken('maria@example.org', SECRET));
    expect(key).not.toBe(unsubscribeKeyFor('maria@example.org', 'un-altro-segreto-lungo'));
  });

  it('hash the same IP the same way, different IPs differently, never in clear', () => {
    expect(hashIp(SECRET, '192.0.2.1')).toBe(hashIp(SECRET, '192.0.2.1'));
    expect(hashIp(SECRET, '192.0.2.1')).not.toBe(hashIp(SECRET, '192.0.2.2'));
    expect(hashIp(SECRET, '192.0.2.1')).not.toContain('192');
  });

  it('compare texts of any length safely', () => {
    expect(sameText('abc', 'abc')).toBe(true);
    expect(sameText('abc', 'abd')).toBe(false);
    expect(sameText('abc', 'abcd')).toBe(false);
  });
});
