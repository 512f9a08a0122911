/**
 * The subscription service over real HTTP on loopback, against a real database: SQLite
 * and PostgreSQL (started by the tests' global setup when TEST_DATABASE_URL is not set).
 */
import { simpleParser } from 'mailparser';
import { request } from 'node:http';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { BACKENDS, confirmationMails, freshBackend, postForm, SECRET, startService, tempDir, waitFor, type Backend, type RunningService } from '../helpers/service.ts';
import { unsubscribeToken } from '../../src/lib/send/message.ts';
import { openDatabase } from '../../src/lib/subscribers/database.ts';
import { SubscriberStore } from '../../src/lib/subscribers/store.ts';

const confirmLink = async (eml: string) => {
  const mail = await simpleParser(eml);
  return { mail, link: /https?:\/\/\S+\/conferma\/\S+/.exec(mail.text ?? '')![0] };
};

async function storeFor(backend: Backend) {
  const opened = await openDatabase({ url: backend.env['DATABASE_URL'], file: backend.env['SUBSCRIBERS_DB'] });
  return { store: new SubscriberStore(opened.db, opened.backend), close: () => opened.close() };
}

describe.each(BACKENDS)('the subscription service on %s', (backendName) => {
  let dir: string;
  let backend: Backend;
  let service: RunningService;
  const addresses: string[] = [];
  const fields = (email: string, extra: Record<string, string> = {}) => {
    addresses.push(email);
    return { email, lang: 'it', consenso: 'si', nome: '', sito: '', ...extra };
  };

  beforeAll(async () => {
    dir = tempDir();
    backend = await freshBackend(backendName, dir);
    service = await startService(dir, { ...backend.env, SUBSCRIBE_MIN_SECONDS: '0', SUBSCRIBE_RATE_IP_HOUR: '1000', SUBSCRIBE_RATE_IP_HOUR_STRICT: '1000' });
  });
  afterAll(async () => {
    await service?.stop();
    // No address, in any form, in any line the service printed.
    expect(addresses.length).toBeGreaterThan(10);
    for (const address of addresses) expect(service.output().toLowerCase()).not.toContain(address.toLowerCase());
    expect(service.output()).not.toContain('@');
    await backend?.drop();
  });

  it('signs up with double opt-in: the e-mail in the reader\'s language, GET changes nothing, POST confirms once', async () => {
    const before = confirmationMails(dir).length;
    const response = await postForm(`${service.url}/iscrizione`, fields('amina.ar@example.org', { lang: 'ar', nome: 'Amina https://spam.example/x' }));
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('lang="ar"');
    expect(page).toContain('افتح بريدك');
    const eml = await waitFor(() => confirmationMails(dir)[before], 'the confirmation e-mail');
    const { mail, link } = await confirmLink(eml);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : '').toBe('amina.ar@example.org');
    expect(mail.subject).toContain('أكّد الاشتراك');
    // Nothing the person typed comes back in the e-mail.
    expect(eml).not.toContain('spam.example');
    expect(mail.text).not.toContain('Amina');
    expect(link.startsWith(`${service.url}/conferma/`)).toBe(true);

    const { store, close } = await storeFor(backend);
    try {
      for (let i = 0; i < 2; i++) {
        const shown = await fetch(link);
        expect(shown.status).toBe(200);
        expect(await shown.text()).toMatch(/<form method="post" action="[^"]+\/conferma\/[^"]+"><button type="submit">نعم، أريد النشرة<\/button>/);
      }
      expect((await store.heldData('amina.ar@example.org')).subscriber?.status).toBe('pending');
      expect(await store.activeRecipients()).toEqual([]);

      const confirmed = await fetch(link, { method: 'POST' });
      expect(confirmed.status).toBe(200);
      expect(await confirmed.text()).toContain('تم تأكيد الاشتراك');
      const held = await store.heldData('amina.ar@example.org');
      expect(held.subscriber).toMatchObject({ status: 'active', lang: 'ar', source: 'modulo web', name: 'Amina https://spam.example/x' });
      expect(held.subscriber?.signup_ip_hash).toMatch(/^[\w-]{22}$/);
      expect(held.subscriber?.confirm_ip_hash).toBe(held.subscriber?.signup_ip_hash);
      expect(held.subscriber?.consent_version).toMatch(/^[0-9a-f]{12}$/);
      expect(held.subscriber?.confirmed_at).toBeTruthy();
      expect(await store.activeRecipients()).toEqual([{ email: 'amina.ar@example.org', name: 'Amina https://spam.example/x', lang: 'ar' }]);

      // Single use: a second POST changes nothing.
      expect((await fetch(link, { method: 'POST' })).status).toBe(410);
    } finally {
      await close();
    }
  });

  it('answers the same page for a new, a pending and an active address (no enumeration)', async () => {
    const { store, close } = await storeFor(backend);
    try {
      await postForm(`${service.url}/iscrizione`, fields('pending@example.org'));
      await postForm(`${service.url}/iscrizione`, fields('attivo@example.org'));
      const eml = await waitFor(() => confirmationMails(dir).find((text) => text.includes('attivo@example.org')), 'the e-mail');
      await fetch((await confirmLink(eml)).link, { method: 'POST' });
      expect((await store.heldData('attivo@example.org')).subscriber?.status).toBe('active');

      const answers = [];
      for (const email of ['nuovo.nuovo@example.org', 'pending@example.org', 'attivo@example.org', 'plausibile@dominio-che-non-esiste.example']) {
        const response = await postForm(`${service.url}/iscrizione`, fields(email));
        answers.push({ status: response.status, body: await response.text(), type: response.headers.get('content-type') });
      }
      for (const answer of answers) expect(answer).toEqual(answers[0]);
      expect(answers[0]!.status).toBe(200);
    } finally {
      await close();
    }
  });

  it('stores and sends nothing when the honeypot is filled, with the same answer', async () => {
    const trapped = await postForm(`${service.url}/iscrizione`, fields('robot@example.org', { sito: 'https://spam.example' }));
    const real = await postForm(`${service.url}/iscrizione`, fields('vero@example.org'));
    expect(trapped.status).toBe(real.status);
    expect(await trapped.text()).toBe(await real.text());
    await waitFor(() => confirmationMails(dir).find((text) => text.includes('vero@example.org')), 'the real one\'s e-mail');
    expect(confirmationMails(dir).filter((text) => text.includes('robot@example.org'))).toEqual([]);
    const { store, close } = await storeFor(backend);
    try {
      expect((await store.heldData('robot@example.org')).subscriber).toBeUndefined();
    } finally {
      await close();
    }
  });

  it('sends at most 3 confirmation e-mails a week to one address', async () => {
    const mine = () => confirmationMails(dir).filter((text) => text.includes('insistente@example.org'));
    for (let i = 0; i < 5; i++) expect((await postForm(`${service.url}/iscrizione`, fields('insistente@example.org'))).status).toBe(200);
    await waitFor(() => mine().length >= 3 ? true : undefined, 'three e-mails');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mine()).toHaveLength(3);
  });

  it('refuses tampered confirmation links and changes nothing', async () => {
    await postForm(`${service.url}/iscrizione`, fields('manomesso@example.org'));
    const eml = await waitFor(() => confirmationMails(dir).find((text) => text.includes('manomesso@example.org')), 'the e-mail');
    const { link } = await confirmLink(eml);
    const last = link.at(-1) === 'A' ? 'B' : 'A';
    const tampered = `${link.slice(0, -1)}${last}`;
    expect((await fetch(tampered, { method: 'POST' })).status).toBe(400);
    const page = await fetch(tampered);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('scaduto o non è valido');
    const { store, close } = await storeFor(backend);
    try {
      expect((await store.heldData('manomesso@example.org')).subscriber?.status).toBe('pending');
    } finally {
      await close();
    }
  });

  it('asks again for a wrong address or a missing consent, in the reader\'s language', async () => {
    const bad = await postForm(`${service.url}/iscrizione`, fields('non-un-indirizzo', { lang: 'fr' }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('L’adresse e-mail ne semble pas juste');
    const noConsent = await postForm(`${service.url}/iscrizione`, { email: 'senza.consenso@example.org', lang: 'es' });
    expect(noConsent.status).toBe(400);
    expect(await noConsent.text()).toContain('marca la casilla');
  });

  it('refuses POSTs from another site, accepts a missing or null Origin, and bounds the request size', async () => {
    expect((await postForm(`${service.url}/iscrizione`, fields('origine@example.org'), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postForm(`${service.url}/iscrizione`, fields('origine@example.org'), { origin: 'null' })).status).toBe(200);
    expect((await postForm(`${service.url}/iscrizione`, fields('origine2@example.org'), { origin: 'https://bollettino.test' })).status).toBe(200);
    expect((await postForm(`${service.url}/iscrizione`, fields('grande@example.org', { nome: 'x'.repeat(20_000) }))).status).toBe(413);
    // fetch() sets Host itself: a raw request says another name, as a DNS-rebinding page would.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request(`${service.url}/iscrizione`, { headers: { host: 'evil.example' } }, (response) => {
        response.resume();
        resolve(response.statusCode);
      }).on('error', reject).end();
    });
    expect(status).toBe(421);
  });

  it('unsubscribes with one click (RFC 8058) from the link of past issues, and keeps only the hash', async () => {
    const { store, close } = await storeFor(backend);
    try {
      await postForm(`${service.url}/iscrizione`, fields('uscita@example.org', { lang: 'en' }));
      const eml = await waitFor(() => confirmationMails(dir).find((text) => text.includes('uscita@example.org')), 'the e-mail');
      await fetch((await confirmLink(eml)).link, { method: 'POST' });
      const token = unsubscribeToken('uscita@example.org', SECRET);

      const shown = await fetch(`${service.url}/disiscrizione/${token}`);
      expect(shown.status).toBe(200);
      expect(await shown.text()).toContain('I do not want the bulletin any more');
      expect((await store.heldData('uscita@example.org')).subscriber?.status).toBe('active');

      const oneClick = await fetch(`${service.url}/disiscrizione/${token}`, {
        method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual',
      });
      expect(oneClick.status).toBe(200);
      expect(oneClick.headers.get('set-cookie')).toBeNull();
      const held = await store.heldData('uscita@example.org');
      expect(held.subscriber).toBeUndefined();
      expect(held.suppression?.reason).toBe('disiscritto');
      // Again, and with an empty body as some clients send: still 200.
      expect((await fetch(`${service.url}/disiscrizione/${token}`, { method: 'POST' })).status).toBe(200);
      // The older `?t=` form of the link.
      expect((await fetch(`${service.url}/disiscrizione?t=${token}`, { method: 'POST' })).status).toBe(200);
      expect((await fetch(`${service.url}/disiscrizione/${'x'.repeat(24)}`, { method: 'POST' })).status).toBe(404);

      // Back only through the form, confirmed by the person.
      await postForm(`${service.url}/iscrizione`, fields('uscita@example.org', { lang: 'en' }));
      const again = await waitFor(() => confirmationMails(dir).filter((text) => text.includes('uscita@example.org'))[1], 'the new e-mail');
      expect((await store.heldData('uscita@example.org')).suppression).toBeDefined();
      await fetch((await confirmLink(again)).link, { method: 'POST' });
      const back = await store.heldData('uscita@example.org');
      expect(back.subscriber?.status).toBe('active');
      expect(back.suppression).toBeUndefined();
    } finally {
      await close();
    }
  });

  it('shows its own form with a time token, in the language asked for', async () => {
    const response = await fetch(`${service.url}/iscrizione?lang=si`);
    const html = await response.text();
    expect(html).toContain('lang="si"');
    expect(html).toMatch(/<input type="hidden" name="t" value="[\w.-]+">/);
    expect(html).toContain('https://bollettino.test/si/privacy/');
    expect(html).not.toContain('<script');
  });
});

describe('abuse limits of the service (SQLite)', () => {
  let dir: string;
  let service: RunningService | undefined;
  afterAll(async () => service?.stop());

  it('drops a form sent faster than a person can, gives stricter limits without a token, and limits each network', async () => {
    dir = tempDir();
    service = await startService(dir, { SUBSCRIBERS_DB: `${dir}/db.sqlite`, SUBSCRIBE_MIN_SECONDS: '30', SUBSCRIBE_RATE_IP_HOUR: '3', SUBSCRIBE_RATE_IP_HOUR_STRICT: '1' });
    const form = await (await fetch(`${service.url}/iscrizione`)).text();
    const token = /name="t" value="([^"]+)"/.exec(form)![1]!;
    const hurried = await postForm(`${service.url}/iscrizione`, { email: 'zq-veloce@example.org', lang: 'it', consenso: 'si', t: token });
    expect(hurried.status).toBe(200);
    expect(await hurried.text()).toContain('Controlla la posta');
    const db = new DatabaseSync(`${dir}/db.sqlite`);
    try {
      expect(db.prepare('select count(*) as n from subscribers').get()).toEqual({ n: 0 });
      // Without a token: one an hour from this network.
      expect((await postForm(`${service.url}/iscrizione`, { email: 'zq-uno@example.org', lang: 'it', consenso: 'si' })).status).toBe(200);
      const limited = await postForm(`${service.url}/iscrizione`, { email: 'zq-due@example.org', lang: 'it', consenso: 'si' });
      expect(limited.status).toBe(429);
      expect(await limited.text()).toContain('Troppe richieste');
      expect(db.prepare('select count(*) as n from subscribers').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
    // Stopped first: the log lines are written in batches, all of them by the time it exits.
    await service.stop();
    expect(service.output()).toContain('modulo inviato troppo in fretta');
    expect(service.output()).not.toContain('zq-');
  });

  it('counts a solved proof-of-work once: a replay gets the stricter limit', async () => {
    await service?.stop();
    dir = tempDir();
    service = await startService(dir, { SUBSCRIBERS_DB: `${dir}/db.sqlite`, SUBSCRIBE_MIN_SECONDS: '0', SUBSCRIBE_RATE_IP_HOUR: '100', SUBSCRIBE_RATE_IP_HOUR_STRICT: '0', SUBSCRIBE_ALTCHA_COST: '1' });
    const form = await (await fetch(`${service.url}/iscrizione`)).text();
    const token = /name="t" value="([^"]+)"/.exec(form)![1]!;
    expect(form).toContain('altcha-widget');
    const challenge = await (await fetch(`${service.url}/altcha`)).json();
    const solution = await solveChallenge({ challenge, deriveKey });
    const payload = Buffer.from(JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution })).toString('base64');
    expect((await postForm(`${service.url}/iscrizione`, { email: 'lavoro1@example.org', lang: 'it', consenso: 'si', t: token, altcha: payload })).status).toBe(200);
    expect((await postForm(`${service.url}/iscrizione`, { email: 'lavoro2@example.org', lang: 'it', consenso: 'si', t: token, altcha: payload })).status).toBe(429);
    expect((await postForm(`${service.url}/iscrizione`, { email: 'lavoro3@example.org', lang: 'it', consenso: 'si', t: token })).status).toBe(429);
    await waitFor(() => confirmationMails(dir).length === 1 ? true : undefined, 'one e-mail');
  });
});
