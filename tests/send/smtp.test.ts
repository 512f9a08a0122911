import { existsSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { activeRows, runSend, startSend, workDir, writeSubscribers } from '../helpers/send.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { SITE_URL } from '../helpers/build.ts';
import { waitUntil } from '../helpers/wait.ts';
import { freePort } from '../../src/lib/editor/serve.ts';

let smtp: TestSmtp | undefined;
afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

const headerLine = (raw: string, name: string): string | undefined => {
  const unfolded = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return unfolded.split(/\r?\n/).find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`));
};

const countBy = (smtpServer: TestSmtp) => {
  const counts = new Map<string, number>();
  for (const message of smtpServer.received) counts.set(message.to, (counts.get(message.to) ?? 0) + 1);
  return counts;
};

describe('sending over SMTP', () => {
  it('delivers one complete message to each active subscriber and none to the others', async () => {
    smtp = await startSmtp();
    const dir = workDir();
    const csv = writeSubscribers(dir, [
      'maria.rossi@example.org,Maria,active',
      'ahmed@example.org,"Ahmed, padre di Sara",active',
      'via@example.org,Ex iscritta,unsubscribed',
      'Maria.Rossi@example.org,Maria doppia,active',
      'non-valida,Errore,active',
      'troppi@example.org,Nome,active,extra',
    ]);
    const run = await runSend(['--subscribers', csv, '--state', join(dir, 'state')], { SMTP_URL: smtp.url });
    expect(run.code).toBe(0);
    expect(smtp.received.map((m) => m.to).sort()).toEqual(['ahmed@example.org', 'maria.rossi@example.org']);

    const { mail, raw } = smtp.received.find((m) => m.to === 'ahmed@example.org')!;
    expect(mail.subject).toBe('Bollettino Lavoro Municipi 2 e 3 n. 5 — lunedì 23 novembre 2026');
    expect(mail.from?.text).toContain('bollettino@example.org');
    expect(mail.replyTo?.text).toContain('redazione@example.org');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.name : '').toBe('Ahmed, padre di Sara');
    expect(mail.html).toContain('Aiuto cuoco km 0 pubblicato di lunedì');
    expect(mail.html).toContain('Cuoco &lt;/script&gt;');
    expect(mail.html).not.toMatch(/<script/i);
    expect(mail.text).toContain('[NUOVO] [LAVORO A KM 0] [ORARIO COMPATIBILE CON LA SCUOLA] Aiuto cuoco km 0 pubblicato di lunedì');
    expect(mail.text).toContain(`${SITE_URL}/offerte/km0-monday/`);
    expect(mail.messageId).toMatch(/^<2026-W48\.[0-9a-f]{32}@example\.org>$/);

    // mailparser folds List-* headers together: read the raw header lines.
    const unsubscribe = headerLine(raw, 'List-Unsubscribe');
    expect(unsubscribe).toMatch(/^List-Unsubscribe: <mailto:cancellami@example\.org\?subject=cancellami%20[\w-]{24}>$/);
    const token = /cancellami%20([\w-]{24})/.exec(unsubscribe!)![1]!;
    expect(mail.html).toContain(`cancellami%20${token}`);
    expect(mail.text).toContain(`cancellami%20${token}`);
    const other = smtp.received.find((m) => m.to === 'maria.rossi@example.org')!;
    expect(headerLine(other.raw, 'List-Unsubscribe')).not.toContain(token);
    expect(other.mail.messageId).not.toBe(mail.messageId);

    expect(run.stderr).toContain('Iscritti, riga 5: l\'indirizzo M***@example.org è già alla riga 2');
    expect(run.stderr).toContain('Iscritti, riga 6:');
    expect(run.stderr).toContain('Iscritti, riga 7: la riga ha 4 campi invece di 3');
    for (const address of ['maria.rossi@example.org', 'ahmed@example.org', 'via@example.org', 'troppi@example.org']) {
      expect(run.stdout + run.stderr).not.toContain(address);
    }
  });

  it('adds a one-click https unsubscribe when the settings have a page for it', async () => {
    smtp = await startSmtp();
    const dir = workDir();
    const csv = writeSubscribers(dir, ['uno@example.org,Uno,active']);
    const run = await runSend(['--subscribers', csv, '--state', join(dir, 'state')], { SMTP_URL: smtp.url, UNSUBSCRIBE_URL: 'https://bollettino.test/cancellati' });
    expect(run.code).toBe(0);
    const raw = smtp.received[0]!.raw;
    expect(headerLine(raw, 'List-Unsubscribe')).toMatch(/<mailto:[^>]+>, <https:\/\/bollettino\.test\/cancellati\?t=[\w-]{24}>/);
    expect(headerLine(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(smtp.received[0]!.mail.html).toMatch(/href="https:\/\/bollettino\.test\/cancellati\?t=[\w-]{24}"/);
  });

  it('records a 550 as failed with the reply, exits non-zero, and does not retry it on the next run', async () => {
    smtp = await startSmtp({ reject550: ['rifiutato@example.org'] });
    const dir = workDir();
    const csv = writeSubscribers(dir, [...activeRows(3), 'rifiutato@example.org,No,active']);
    const state = join(dir, 'state');
    const first = await runSend(['--subscribers', csv, '--state', state], { SMTP_URL: smtp.url });
    expect(first.code).toBe(3);
    expect(first.stdout).toContain('r***@example.org: rifiutato dal server');
    expect(first.stdout).toContain('550');
    expect(smtp.received).toHaveLength(3);

    const second = await runSend(['--subscribers', csv, '--state', state], { SMTP_URL: smtp.url });
    expect(second.stdout).toContain('già inviati prima: 3');
    expect(smtp.received).toHaveLength(3);
  });

  it('retries a 421 and a dropped connection, delivering each message exactly once', async () => {
    smtp = await startSmtp({ fail421On: [2], dropOn: [4] });
    const dir = workDir();
    const csv = writeSubscribers(dir, activeRows(6));
    const run = await runSend(['--subscribers', csv, '--state', join(dir, 'state')], { SMTP_URL: smtp.url, SMTP_CONNECTIONS: '1' });
    expect(run.code).toBe(0);
    expect(smtp.attempts()).toBeGreaterThanOrEqual(8);
    const counts = countBy(smtp);
    expect(counts.size).toBe(6);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('resumes after the sender is killed: nobody missed, duplicates only for messages in flight', async () => {
    const server = (smtp = await startSmtp({ delayMs: 60 }));
    const dir = workDir();
    const total = 40;
    const csv = writeSubscribers(dir, activeRows(total));
    const state = join(dir, 'state');
    const env = { SMTP_URL: smtp.url, SMTP_CONNECTIONS: '2' };
    const { child, done } = startSend(['--subscribers', csv, '--state', state], env);
    await waitUntil(() => server.received.length >= 10, 'ten messages at the SMTP server', { everyMs: 10 });
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');
    expect(smtp.received.length).toBeLessThan(total);

    const resumed = await runSend(['--subscribers', csv, '--state', state], env);
    expect(resumed.code).toBe(0);
    const counts = countBy(smtp);
    expect(counts.size).toBe(total);
    const duplicates = [...counts.values()].reduce((sum, n) => sum + n - 1, 0);
    // In flight at the kill: at most one message per worker (2 connections × 2 workers).
    expect(duplicates).toBeLessThanOrEqual(4);
  });

  it('refuses a second concurrent run for the same issue', async () => {
    let release = () => {};
    // The first sender waits on the server's reply until the second has been refused.
    smtp = await startSmtp({ hold: new Promise<void>((resolve) => (release = resolve)) });
    const dir = workDir();
    const csv = writeSubscribers(dir, activeRows(20));
    const state = join(dir, 'state');
    const first = startSend(['--subscribers', csv, '--state', state], { SMTP_URL: smtp.url, SMTP_CONNECTIONS: '1' });
    await waitUntil(() => existsSync(join(state, 'lock')), 'the sender to take its lock', { everyMs: 10 });
    const second = await runSend(['--subscribers', csv, '--state', state], { SMTP_URL: smtp.url });
    release();
    expect(second.code).toBe(3);
    expect(second.stderr).toContain('è già in corso');
    expect((await first.done).code).toBe(0);
    expect(countBy(smtp).size).toBe(20);
    expect(smtp.received).toHaveLength(20);
  });

  it('takes over the lock of a sender that is gone', async () => {
    smtp = await startSmtp();
    const dir = workDir();
    const csv = writeSubscribers(dir, activeRows(2));
    const state = join(dir, 'state');
    mkdirSync(state, { recursive: true });
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    writeFileSync(join(state, 'lock'), JSON.stringify({ pid: Number(gone.stdout.trim()), host: (await import('node:os')).hostname(), started: '1' }));
    const run = await runSend(['--subscribers', csv, '--state', state], { SMTP_URL: smtp.url });
    expect(run.code).toBe(0);
    expect(smtp.received).toHaveLength(2);
    expect(existsSync(join(state, 'lock'))).toBe(false);
  });

  it('sends a test to one address only, marked as a test, and records nothing', async () => {
    smtp = await startSmtp();
    const dir = workDir();
    const state = join(dir, 'state');
    const run = await runSend(['--test', 'redazione@example.org', '--state', state], { SMTP_URL: smtp.url });
    expect(run.code).toBe(0);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.mail.subject).toMatch(/^\[PROVA\] Bollettino/);
    expect(existsSync(state)).toBe(false);
  });

  it('reports an unreachable server as not delivered yet, for a later run to resume, without printing credentials', async () => {
    smtp = await startSmtp();
    const dir = workDir();
    const csv = writeSubscribers(dir, activeRows(3));
    // A port just freed by the OS: nothing listens there.
    const closed = smtp.url.replace(/:\d+$/, `:${await freePort()}`);
    const run = await runSend(['--subscribers', csv, '--state', join(dir, 'state')], { SMTP_URL: closed, SEND_TRIES: '2' });
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('Riesegui lo stesso comando');
    expect(run.stdout + run.stderr).not.toContain('segreta');
  });
});

describe('sending without SMTP', () => {
  it('writes one .eml per active subscriber, named without the address', async () => {
    const dir = workDir();
    const out = join(dir, 'mail');
    const csv = writeSubscribers(dir, activeRows(3));
    const run = await runSend(['--subscribers', csv, '--out', out, '--state', join(dir, 'state')]);
    expect(run.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(3);
    for (const file of files) expect(file).toMatch(/^[0-9a-f]{32}\.eml$/);
    const { simpleParser } = await import('mailparser');
    const mail = await simpleParser(readFileSync(join(out, files[0]!)));
    expect(mail.html).toContain('Lavoro a km 0');
    expect(mail.text).toContain('LAVORO A KM 0');
    expect(mail.headers.get('list')).toBeDefined();
  });

  it('asks for a build first when the issue e-mail is missing', async () => {
    const dir = workDir();
    const csv = writeSubscribers(dir, activeRows(1));
    const run = await runSend(['--subscribers', csv, '--week', '2030-W01', '--out', join(dir, 'mail'), '--state', join(dir, 'state')]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('esegui prima "npm run build"');
  });
});
