import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dkimFromEnv } from '../../../src/lib/send/dkim.ts';

const FROM = 'Bollettino Lavoro <bollettino@example.org>';
const dir = mkdtempSync(join(tmpdir(), 'bollettino-dkim-'));
const keyFile = join(dir, 'chiave.pem');
writeFileSync(keyFile, '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n');

describe('DKIM settings from the environment', () => {
  it('is off when neither variable is set, and signs for the domain of the sender', () => {
    expect(dkimFromEnv({}, FROM)).toBeUndefined();
    expect(dkimFromEnv({ DKIM_SELECTOR: 'bollettino2026', DKIM_KEY_FILE: keyFile }, FROM)).toEqual({
      domainName: 'example.org',
      keySelector: 'bollettino2026',
      privateKey: expect.stringContaining('BEGIN PRIVATE KEY'),
    });
  });

  it('asks for the missing half and for a PEM key', () => {
    expect(dkimFromEnv({ DKIM_SELECTOR: 's1' }, FROM)).toEqual({ problem: expect.stringContaining('(manca DKIM_KEY_FILE)') });
    expect(dkimFromEnv({ DKIM_KEY_FILE: keyFile }, FROM)).toEqual({ problem: expect.stringContaining('(manca DKIM_SELECTOR)') });
    const notPem = join(dir, 'chiave.txt');
    writeFileSync(notPem, 'ssh-rsa AAAA');
    expect(dkimFromEnv({ DKIM_SELECTOR: 's1', DKIM_KEY_FILE: notPem }, FROM)).toEqual({ problem: expect.stringContaining('non contiene una chiave privata in formato PEM') });
  });

  it('accepts a selector only when it is a DNS name: anything else is refused, never signed with', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (selector) => {
        const result = dkimFromEnv({ DKIM_SELECTOR: selector, DKIM_KEY_FILE: keyFile }, FROM);
        const trimmed = selector.trim();
        const dnsName = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(trimmed);
        if (trimmed === '') expect(result).toEqual({ problem: expect.stringContaining('manca DKIM_SELECTOR') });
        else if (dnsName) expect(result).toMatchObject({ keySelector: trimmed });
        else expect(result).toEqual({ problem: expect.stringContaining('non è un selettore valido') });
      }),
    );
  });
});
