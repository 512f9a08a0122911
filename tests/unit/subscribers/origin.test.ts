import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHostAllowed, isOriginAllowed, originOf } from '../../../src/lib/subscribers/origin.ts';

const ALLOWED = ['https://bollettino.example.org', 'https://iscrizioni.example.org'];

describe('origin checks', () => {
  it('accept the site and the service, a missing and a null Origin', () => {
    expect(isOriginAllowed('https://bollettino.example.org', ALLOWED)).toBe(true);
    expect(isOriginAllowed('https://iscrizioni.example.org', ALLOWED)).toBe(true);
    expect(isOriginAllowed(undefined, ALLOWED)).toBe(true);
    expect(isOriginAllowed('null', ALLOWED)).toBe(true);
  });

  it('refuse other sites, other schemes and ports, and look-alikes', () => {
    for (const origin of ['https://evil.example', 'http://bollettino.example.org', 'https://bollettino.example.org:8443', 'https://bollettino.example.org.evil.example', 'https://evilbollettino.example.org', 'garbage']) {
      expect(isOriginAllowed(origin, ALLOWED), origin).toBe(false);
    }
  });

  it('never accept a random origin', () => {
    // 'small': the default size has seeds that take 10–20 s to generate 50 URLs.
    fc.assert(fc.property(fc.webUrl({ size: 'small' }), (url) => {
      fc.pre(!ALLOWED.includes(originOf(url) ?? ''));
      expect(isOriginAllowed(url, ALLOWED)).toBe(false);
    }), { numRuns: 50 });
  });

  it('answer only the hosts the service is published under', () => {
    expect(isHostAllowed('Bollettino.Example.org', ['bollettino.example.org'])).toBe(true);
    expect(isHostAllowed('127.0.0.1:8787', ['bollettino.example.org', '127.0.0.1:8787'])).toBe(true);
    expect(isHostAllowed('evil.example', ['bollettino.example.org'])).toBe(false);
    expect(isHostAllowed(undefined, ['bollettino.example.org'])).toBe(false);
  });
});
