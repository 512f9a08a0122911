/** DKIM signing by the sender: the one-click unsubscribe headers are signed, and a receiver's verifier (mailauth) accepts the signature. */
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dkimVerify } from 'mailauth/lib/dkim/verify';
import { afterEach, describe, expect, it } from 'vitest';
import { runSend, workDir, writeSubscribers } from '../helpers/send.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';

let smtp: TestSmtp | undefined;
afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const keyRecord = `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`;
/** The DNS a receiver would ask: only our selector's TXT record exists. */
const resolver = async (name: string, type: string) => {
  if (type === 'TXT' && name === 'bollettino2026._domainkey.example.org') return [[keyRecord]];
  throw Object.assign(new Error(`no ${type} record for ${name}`), { code: 'ENOTFOUND' });
};

async function sendSigned(env: Record<string, string> = {}) {
  smtp = await startSmtp();
  const dir = workDir();
  const keyFile = join(dir, 'dkim.pem');
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const csv = writeSubscribers(dir, ['uno@example.org,Uno,active']);
  const run = await runSend(['--subscribers', csv, '--state', join(dir, 'state')], {
    SMTP_URL: smtp.url,
    UNSUBSCRIBE_URL: 'https://bollettino.test/cancellati',
    DKIM_SELECTOR: 'bollettino2026',
    DKIM_KEY_FILE: keyFile,
    ...env,
  });
  return { run, raw: smtp.received[0]?.raw ?? '' };
}

describe('DKIM signing with DKIM_SELECTOR and DKIM_KEY_FILE', () => {
  it('signs List-Unsubscribe and List-Unsubscribe-Post with From and Subject, and the signature verifies', async () => {
    const { run, raw } = await sendSigned();
    expect(run.code).toBe(0);
    const { results } = await dkimVerify(raw, { resolver });
    expect(results).toHaveLength(1);
    expect(results[0]!.status.result).toBe('pass');
    expect(results[0]!.signingDomain).toBe('example.org');
    expect(results[0]!.selector).toBe('bollettino2026');
    const signed = results[0]!.signingHeaders!.keys.toLowerCase().split(':').map((name) => name.trim());
    expect(signed).toEqual(expect.arrayContaining(['from', 'subject', 'list-unsubscribe', 'list-unsubscribe-post']));
  });

  it('fails verification when List-Unsubscribe-Post is changed on the way', async () => {
    const { raw } = await sendSigned();
    expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const tampered = raw.replace('List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'List-Unsubscribe-Post: List-Unsubscribe=Off');
    const { results } = await dkimVerify(tampered, { resolver });
    expect(results[0]!.status.result).toBe('fail');
  });

  it('refuses a selector without a key file, and an unreadable key, in Italian, sending nothing', async () => {
    const half = await sendSigned({ DKIM_KEY_FILE: '' });
    expect(half.run.code).not.toBe(0);
    expect(half.run.stderr).toContain('servono sia DKIM_SELECTOR sia DKIM_KEY_FILE (manca DKIM_KEY_FILE)');
    expect(smtp!.received).toHaveLength(0);
    await smtp!.close();
    const missing = await sendSigned({ DKIM_KEY_FILE: '/nessuna/chiave.pem' });
    expect(missing.run.stderr).toContain('Non riesco a leggere DKIM_KEY_FILE (/nessuna/chiave.pem)');
    expect(smtp!.received).toHaveLength(0);
  });
});
