/**
 * The app in-process (`app.request()`, a controllable clock) over a real SQLite file: what
 * the loopback tests cannot do in real time (expiry), and property tests over every form field.
 */
import fc from 'fast-check';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createApp } from '../../src/service/app.ts';
import { serviceConfig } from '../../src/lib/subscribers/config.ts';
import { openDatabase, type OpenDatabase } from '../../src/lib/subscribers/database.ts';
import { SubscriberStore } from '../../src/lib/subscribers/store.ts';
import { defineSettings } from '../../src/lib/settings/settings.ts';
import { settings as projectSettings } from '../../src/settings.ts';
import type { OutgoingMessage } from '../../src/lib/send/message.ts';
import { cleanName } from '../../src/service/routes/sign-up.ts';
import { privacyVersion } from '../../src/lib/subscribers/privacy.ts';
import { tempDir } from '../helpers/service.ts';
import { DICTIONARIES } from '../../src/i18n/index.ts';

const settings = defineSettings({ ...projectSettings, siteUrl: 'https://bollettino.test' }, {});
const config = serviceConfig(settings, { UNSUBSCRIBE_SECRET: 'segreto-dei-test-in-process', SUBSCRIBE_MIN_SECONDS: '0', SUBSCRIBE_RATE_IP_HOUR: '100000', SUBSCRIBE_RATE_IP_HOUR_STRICT: '100000' }, { host: '127.0.0.1', port: 8787 });

let database: OpenDatabase;
let store: SubscriberStore;
let now = Date.parse('2026-12-03T10:00:00Z');
const sent: OutgoingMessage[] = [];
const logs: string[] = [];
let service: ReturnType<typeof createApp>;

beforeAll(async () => {
  database = await openDatabase({ file: join(tempDir(), 'app.sqlite') });
  store = new SubscriberStore(database.db, database.backend);
  service = createApp({
    db: store,
    mailer: { description: 'memoria', send: async (message) => { sent.push(message); return 'ok'; }, close: () => {} },
    clock: () => new Date(now),
    settings,
    config,
    log: (line) => logs.push(line),
    clientIp: () => '192.0.2.7',
  });
});
afterAll(async () => database.close());

const post = (path: string, fields: Record<string, string> = {}) => service.app.request(`http://127.0.0.1:8787${path}`, {
  method: 'POST', body: new URLSearchParams(fields), headers: { 'content-type': 'application/x-www-form-urlencoded', host: '127.0.0.1:8787' },
});
const get = (path: string) => service.app.request(`http://127.0.0.1:8787${path}`, { headers: { host: '127.0.0.1:8787' } });
const linkOf = (message: OutgoingMessage) => /http:\/\/127\.0\.0\.1:8787(\/conferma\/\S+)/.exec(message.text)![1]!;

describe('confirmation links in time', () => {
  it('confirm within 7 days and not after, and an expired link changes nothing', async () => {
    for (const [email, wait, status] of [['presto@example.org', 6.9, 200], ['tardi@example.org', 7.01, 400]] as const) {
      await post('/iscrizione', { email, lang: 'it', consenso: 'si' });
      await service.settled();
      const link = linkOf(sent.at(-1)!);
      const start = now;
      now += wait * 86_400_000;
      const response = await post(link);
      expect(response.status, email).toBe(status);
      now = start;
      expect((await store.heldData(email)).subscriber?.status).toBe(status === 200 ? 'active' : 'pending');
    }
  });

  it('drops sign-ups never confirmed after 7 days', async () => {
    await post('/iscrizione', { email: 'dimenticato@example.org', lang: 'it', consenso: 'si' });
    expect(await store.purgeExpired(new Date(now + 7 * 86_400_000 + 1000))).toBeGreaterThanOrEqual(1);
    expect((await store.heldData('dimenticato@example.org')).subscriber).toBeUndefined();
  });
});

const PAGE_TAGS = ['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'p', 'form', 'label', 'input', 'select', 'option', 'div', 'button', 'a'];
const PAGE_ATTRIBUTES = ['lang', 'dir', 'charset', 'name', 'content', 'method', 'action', 'class', 'role', 'for', 'id', 'type', 'required', 'autocomplete', 'maxlength', 'value', 'selected', 'aria-hidden', 'tabindex', 'href', 'data-message'];

describe('the form fields, whatever a reader (or a robot) sends', () => {
  const text = fc.string({ maxLength: 120, unit: fc.constantFrom(...'aZ09 .@<>"\'&\u202E\u0000\n\r\t/:', 'é', 'ب', 'ශ්‍රී', '😀') });

  it('always answer with a page and a known status, never an error, never an address in the log', async () => {
    await fc.assert(fc.asyncProperty(
      fc.record({ email: fc.oneof(fc.emailAddress(), text), lang: fc.oneof(fc.constantFrom('it', 'ar', 'en', 'es', 'fr', 'si'), text), consenso: fc.oneof(fc.constant('si'), text), nome: text, sito: fc.oneof(fc.constant(''), text) }, { requiredKeys: [] }),
      async (fields) => {
        const before = logs.length;
        const response = await post('/iscrizione', fields as Record<string, string>);
        expect([200, 400, 429]).toContain(response.status);
        const html = await response.text();
        expect(html).toMatch(/^<!DOCTYPE html><html lang="(it|ar|en|es|fr|si)"/);
        // Nothing typed comes back as markup: the page holds only the elements and attributes its
        // templates are made of (a value breaking out of an attribute or text would add others).
        const $ = load(html);
        for (const element of $('*').toArray()) {
          if (!('attribs' in element)) continue;
          expect(PAGE_TAGS, element.name).toContain(element.name);
          for (const name of Object.keys(element.attribs)) expect(PAGE_ATTRIBUTES, name).toContain(name);
        }
        expect($('script').length).toBe(0);
        for (const line of logs.slice(before)) {
          expect(line).not.toContain('@');
          if (fields.email && fields.email.length > 3) expect(line).not.toContain(fields.email);
        }
      },
    ), { numRuns: 150 });
    await service.settled();
    // No confirmation e-mail ever carries the name or other typed text.
    for (const message of sent) {
      expect(message.to.name).toBe('');
      expect(message.text).not.toMatch(/<|>|😀|\u202E/);
    }
  });

  it('keep a name on one line, without control characters, at most 80 characters', () => {
    fc.assert(fc.property(text, (name) => {
      const cleaned = cleanName(name);
      if (cleaned === null) return;
      expect(cleaned.length).toBeLessThanOrEqual(80);
      expect(cleaned).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      expect(cleaned).toBe(cleaned.trim());
    }));
  });

  it('the form the service serves links the privacy notice of the same version as recorded', async () => {
    const html = await (await get('/iscrizione?lang=en')).text();
    expect(html).toContain('https://bollettino.test/en/privacy/');
    await post('/iscrizione', { email: 'versione@example.org', lang: 'en', consenso: 'si' });
    expect((await store.heldData('versione@example.org')).subscriber?.consent_version).toBe(privacyVersion(settings));
  });
});

describe('with the proof-of-work on', () => {
  const powConfig = serviceConfig(settings, { UNSUBSCRIBE_SECRET: 'segreto-dei-test-in-process', SUBSCRIBE_MIN_SECONDS: '0', SUBSCRIBE_ALTCHA_COST: '1' }, { host: '127.0.0.1', port: 8787 });
  const pow = () => createApp({
    db: store,
    mailer: { description: 'memoria', send: async () => 'ok', close: () => {} },
    clock: () => new Date(now),
    settings,
    config: powConfig,
    log: () => {},
    clientIp: () => '192.0.2.8',
  });
  const request = (path: string) => pow().app.request(`http://127.0.0.1:8787${path}`, { headers: { host: '127.0.0.1:8787' } });

  it('serves the widget itself, cached, with its words in every reader language from our dictionaries', async () => {
    const response = await request('/altcha.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
    const script = await response.text();
    expect(script).toContain('customElements');
    for (const lang of ['it', 'ar', 'en', 'es', 'fr', 'si'] as const) {
      const words = DICTIONARIES[lang].subscription.robotCheck;
      expect(script).toContain(`$altcha.i18n.set(${JSON.stringify(lang)},`);
      expect(script).toContain(JSON.stringify(words.label));
      expect(script).toContain(JSON.stringify(words.verified));
    }
  });

  it('puts the widget on its form in the page language, lets its workers run, and tells the site form to add it', async () => {
    const page = await request('/iscrizione?lang=ar');
    expect(page.headers.get('content-security-policy')).toContain('worker-src blob:');
    const $ = load(await page.text());
    const widget = $('form altcha-widget');
    expect(widget.attr('challenge')).toBe('http://127.0.0.1:8787/altcha');
    expect(widget.attr('language')).toBe('ar');
    expect(JSON.parse(widget.attr('configuration')!)).toEqual({ auto: 'onfocus', hideFooter: true, hideLogo: true });
    expect($('script[src="http://127.0.0.1:8787/altcha.js"]')).toHaveLength(1);
    const token = await (await request('/iscrizione/gettone')).json() as { t: string; altcha?: { script: string; challenge: string } };
    expect(token.t).toMatch(/\./);
    expect(token.altcha).toMatchObject({ script: 'http://127.0.0.1:8787/altcha.js', challenge: 'http://127.0.0.1:8787/altcha' });
    const challenge = await (await request('/altcha')).json() as Record<string, unknown>;
    expect(challenge).toHaveProperty('signature');
  });

  it('has no widget, script or worker permission when it is off', async () => {
    expect((await get('/altcha.js')).status).toBe(404);
    const page = await get('/iscrizione?lang=ar');
    expect(page.headers.get('content-security-policy')).not.toContain('worker-src');
    expect(await page.text()).not.toContain('altcha');
    expect(await (await get('/iscrizione/gettone')).json()).not.toHaveProperty('altcha');
  });
});
