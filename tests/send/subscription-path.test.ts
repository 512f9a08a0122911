/**
 * The whole path a reader takes, against the real service on loopback and the real `send`,
 * on each backend: form POST → confirmation .eml → GET changes nothing → POST confirms →
 * `send` (no CSV) writes the issue in their language → the List-Unsubscribe URL of that
 * message, POSTed with `List-Unsubscribe=One-Click`, answers 200 → the next send skips them.
 */
import { simpleParser } from 'mailparser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDir } from '../helpers/build.ts';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { ROOT } from '../helpers/build.ts';
import { runSend } from '../helpers/send.ts';
import { BACKENDS, confirmationMails, freshBackend, postForm, SECRET, startService, tempDir, waitFor, type Backend, type RunningService } from '../helpers/service.ts';
import { openDatabase } from '../../src/lib/subscribers/database.ts';
import { SubscriberStore } from '../../src/lib/subscribers/store.ts';

const headerLine = (raw: string, name: string): string | undefined => {
  const unfolded = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return unfolded.split(/\r?\n/).find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`));
};
const emlFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.eml')).map((name) => readFileSync(join(dir, name), 'utf8'));

describe.each(BACKENDS)('a reader\'s whole path on %s', (backendName) => {
  let dir: string;
  let backend: Backend;
  let service: RunningService;

  beforeAll(async () => {
    dir = tempDir();
    backend = await freshBackend(backendName, dir);
    service = await startService(dir, { ...backend.env, SUBSCRIBE_MIN_SECONDS: '0' });
  });
  afterAll(async () => {
    await service?.stop();
    expect(service.output()).not.toContain('@');
    await backend?.drop();
  });

  it('signs up from the form, confirms, receives the issue in Arabic, unsubscribes with one click, and is skipped next time', async () => {
    const email = `lettrice.${backendName}@example.org`;
    const form = await (await fetch(`${service.url}/iscrizione?lang=ar`)).text();
    const token = /name="t" value="([^"]+)"/.exec(form)![1]!;
    expect((await postForm(`${service.url}/iscrizione`, { email, lang: 'ar', consenso: 'si', nome: '', sito: '', t: token })).status).toBe(200);
    const confirmation = await simpleParser(await waitFor(() => confirmationMails(dir)[0], 'the confirmation e-mail'));
    const link = /http:\/\/\S+\/conferma\/\S+/.exec(confirmation.text ?? '')![0];

    const opened = await openDatabase({ url: backend.env['DATABASE_URL'], file: backend.env['SUBSCRIBERS_DB'] });
    const store = new SubscriberStore(opened.db, opened.backend);
    try {
      expect((await fetch(link)).status).toBe(200);
      expect(await store.activeRecipients()).toEqual([]);
      expect((await fetch(link, { method: 'POST' })).status).toBe(200);
      expect(await store.activeRecipients()).toEqual([{ email, name: '', lang: 'ar' }]);
    } finally {
      await opened.close();
    }

    const env = { ...backend.env, SUBSCRIBE_URL: service.url, UNSUBSCRIBE_SECRET: SECRET, SMTP_URL: '' };
    const first = await runSend(['--out', join(dir, 'posta-1'), '--state', join(dir, 'stato-1', '2026-W48')], env);
    // Progress goes to stderr; no problem does.
    expect(first.stderr).not.toMatch(/Manca|errore|non riesco/i);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Iscritti dal database');
    expect(first.stdout + first.stderr).not.toContain(email);
    const [raw, ...others] = emlFiles(join(dir, 'posta-1'));
    expect(others).toEqual([]);
    const issue = await simpleParser(raw!);
    expect(issue.to && !Array.isArray(issue.to) ? issue.to.value[0]?.address : '').toBe(email);
    const arabic = JSON.parse(readFileSync(join(builtDir('basic'), 'email', '2026-W48.ar.json'), 'utf8')) as { subject: string };
    expect(issue.subject).toBe(arabic.subject);
    expect(issue.html).toMatch(/<html[^>]*lang="ar"/);

    const header = headerLine(raw!, 'List-Unsubscribe')!;
    expect(headerLine(raw!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const oneClick = /<(http:\/\/[^>]+\/disiscrizione\/[\w-]+)>/.exec(header)![1]!;
    expect(oneClick.startsWith(`${service.url}/disiscrizione/`)).toBe(true);
    expect(issue.html).toContain(oneClick);
    const response = await fetch(oneClick, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    expect(response.status).toBe(200);

    const next = await runSend(['--out', join(dir, 'posta-2'), '--state', join(dir, 'stato-2', '2026-W48')], env);
    expect(next.code).toBe(0);
    expect(next.stdout).toContain('attivi: 0');
    expect(() => emlFiles(join(dir, 'posta-2'))).toSatisfy((list: () => string[]) => {
      try {
        return list().length === 0;
      } catch {
        return true;
      }
    });
  });

  it('keeps the links of past issues working after importing today\'s CSV, and a CSV send skips who left through them', async () => {
    const csv = join(dir, 'iscritti.csv');
    writeFileSync(csv, 'email,name,status,lang\nvecchia.iscritta@example.org,Vecchia,active,es\naltra.iscritta@example.org,Altra,active,\n');
    const env = { ...backend.env, UNSUBSCRIBE_SECRET: SECRET, SMTP_URL: '' };
    // An issue sent before the service existed: the one-click link was UNSUBSCRIBE_URL?t=<token>.
    const past = await runSend(['--subscribers', csv, '--out', join(dir, 'passato'), '--state', join(dir, 'stato-passato', '2026-W48')], { ...env, UNSUBSCRIBE_URL: `${service.url}/disiscrizione` });
    expect(past.code).toBe(0);
    const raw = emlFiles(join(dir, 'passato')).find((text) => text.includes('vecchia.iscritta@example.org'))!;
    const oldLink = /<(http:\/\/[^>]+\/disiscrizione\?t=[\w-]+)>/.exec(headerLine(raw, 'List-Unsubscribe')!)![1]!;

    const imported = spawnSync(process.execPath, [join(ROOT, 'scripts/iscritti.ts'), 'importa', csv], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(imported.stdout).toContain('Importati: 2 nuovi');
    expect((await fetch(oldLink, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(200);

    // The file still says active: the database's suppression list wins.
    const next = await runSend(['--subscribers', csv, '--out', join(dir, 'dopo'), '--state', join(dir, 'stato-dopo', '2026-W48')], { ...env, SUBSCRIBE_URL: service.url });
    expect(next.code).toBe(0);
    expect(next.stdout).toContain('Esclusi perché disiscritti nel database degli iscritti: 1');
    const sent = emlFiles(join(dir, 'dopo'));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('altra.iscritta@example.org');
    expect(headerLine(sent[0]!, 'List-Unsubscribe')).toContain(`${service.url}/disiscrizione/`);
  });
});
