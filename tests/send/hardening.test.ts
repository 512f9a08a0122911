/**
 * The sender under hostile conditions: a disk that refuses the state, a server that answers
 * too late, replies that quote addresses, and subscriber files as real offices write them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtDir } from '../helpers/build.ts';
import { activeRows, filesUnder, runSend, runUnsubscribe, workDir, writeSubscribers } from '../helpers/send.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';

let smtp: TestSmtp | undefined;
afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

const copiesPerRecipient = (server: TestSmtp) => {
  const counts = new Map<string, number>();
  for (const message of server.received) counts.set(message.to, (counts.get(message.to) ?? 0) + 1);
  return counts;
};

describe('a state that cannot be written', () => {
  it('stops at once with an Italian message, and nobody gets a second copy', async () => {
    smtp = await startSmtp();
    const dir = workDir();
    const csv = writeSubscribers(dir, activeRows(20));
    // One block of state file holds a few recipients' records, then the kernel refuses (EFBIG).
    const run = await runSend(['--subscribers', csv, '--state', join(dir, 'state')], { SMTP_URL: smtp.url, SMTP_CONNECTIONS: '1' }, { fileSizeBlocks: 1 });
    expect(run.code).toBe(3);
    expect(run.stdout).toContain("non riesco a scrivere lo stato dell'invio");
    expect(run.stdout).toContain('riesegui lo stesso comando');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at |EFBIG:/);
    const counts = copiesPerRecipient(smtp);
    expect(counts.size).toBeGreaterThan(0);
    expect(counts.size).toBeLessThan(20);
    for (const [, copies] of counts) expect(copies).toBe(1);
  });
});

describe('a message whose fate is unknown', () => {
  it('is sent again at most once when the server acknowledges after the socket timeout, and counted as uncertain', async () => {
    smtp = await startSmtp({ delayMs: 2000 });
    const dir = workDir();
    const csv = writeSubscribers(dir, activeRows(3));
    const state = join(dir, 'state');
    const run = await runSend(['--subscribers', csv, '--state', state], { SMTP_URL: smtp.url, SMTP_TIMEOUT_MS: '700', SEND_TRIES: '4' });
    await smtp.settled();
    expect(run.code).toBe(3);
    const counts = copiesPerRecipient(smtp);
    expect(counts.size).toBe(3);
    for (const [, copies] of counts) expect(copies).toBeLessThanOrEqual(2);
    expect(run.stdout).toContain('esito incerto: 3');
    expect(run.stdout).toContain('potrebbe arrivare due volte');
    expect(run.stdout).not.toContain('non lo riceverà di nuovo');
    const report = JSON.parse(readFileSync(join(state, 'report.json'), 'utf8'));
    expect(report.summary.uncertain).toHaveLength(3);
    expect(readFileSync(join(state, 'report.txt'), 'utf8')).toContain('Esito incerto (inviati, senza conferma del server): 3');
  });

  it('says which messages may have arrived twice when the connection drops after the data', async () => {
    smtp = await startSmtp({ dropAfterDataOn: [1] });
    const dir = workDir();
    const csv = writeSubscribers(dir, activeRows(3));
    const run = await runSend(['--subscribers', csv, '--state', join(dir, 'state')], { SMTP_URL: smtp.url, SMTP_CONNECTIONS: '1' });
    expect(run.code).toBe(0);
    const counts = copiesPerRecipient(smtp);
    expect(counts.size).toBe(3);
    expect([...counts.values()].sort()).toEqual([1, 1, 2]);
    expect(run.stdout).toMatch(/Possibili doppioni: 1 messaggi/);
  });
});

describe('addresses in replies, logs and files', () => {
  it('masks every address in SMTP replies, echoed CSV values, the state, the suppression list and the report', async () => {
    const addresses = ['mario.rossi@example.org', 'luigi.verdi@example.org', 'anna.bianchi@example.org', 'carla@example.org'];
    smtp = await startSmtp({ reject550: ['mario.rossi@example.org'] });
    const dir = workDir();
    const csv = writeSubscribers(dir, [
      'mario.rossi@example.org,Mario,active',
      // an address typed in the status column
      'anna.bianchi@example.org,Anna,luigi.verdi@example.org',
      'carla@example.org,Carla,active',
    ]);
    const stateRoot = join(dir, 'send-state');
    const run = await runSend(['--subscribers', csv, '--state', join(stateRoot, '2026-W48')], { SMTP_URL: smtp.url });
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('550 5.1.1 <m***@example.org>: Recipient address rejected');
    expect(run.stderr).toContain('Iscritti, riga 3: lo stato "l***@example.org" non è valido');
    const files = filesUnder(stateRoot);
    expect(files.map((file) => file.path.slice(stateRoot.length + 1)).sort()).toEqual(['2026-W48/report.json', '2026-W48/report.txt', '2026-W48/state.jsonl', 'suppressed.jsonl']);
    for (const text of [run.stdout, run.stderr, ...files.map((file) => file.text)]) {
      for (const address of addresses) expect(text.toLowerCase()).not.toContain(address);
    }
  });
});

describe('subscriber files from real offices', () => {
  it('reads Italian Excel (";", BOM, CRLF), skips a row with a broken quote by its line, and sends to internationalised addresses', async () => {
    smtp = await startSmtp();
    const dir = workDir();
    const csv = join(dir, 'Iscritti.CSV');
    writeFileSync(csv, '\uFEFF' + [
      'email;name;status',
      'anna@example.org;Anna, mamma di Omar;active',
      'bruno@example.org;Bruno "il Rosso;active',
      '"carla@example.org";"Carla;active',
      'mario@bücher.example;Mario;active',
      'dörte@example.org;Dörte;active',
      'enzo@example.org;Enzo;unsubscribed',
      'dario@example.org;Dario;active',
      '',
    ].join('\r\n'));
    const run = await runSend(['--subscribers', csv, '--state', join(dir, 'state')], { SMTP_URL: smtp.url });
    expect(run.stderr).toMatch(/Iscritti, riga 4: le virgolette non sono scritte bene/);
    expect(run.stdout + run.stderr).not.toMatch(/Invalid|Quote|CSV_/);
    // smtp-server shows punycode domains decoded; the local part in UTF-8 went with SMTPUTF8.
    expect(smtp.received.map((message) => message.to).sort()).toEqual(['anna@example.org', 'bruno@example.org', 'dario@example.org', 'dörte@example.org', 'mario@bücher.example']);
    const bruno = smtp.received.find((message) => message.to === 'bruno@example.org')!;
    expect(bruno.mail.to && !Array.isArray(bruno.mail.to) ? bruno.mail.to.value[0]?.name : '').toBe('Bruno "il Rosso');
    expect(run.code).toBe(0);
  });

  it('refuses a --test that is a list or not an address, in Italian', async () => {
    smtp = await startSmtp();
    for (const value of ['uno@example.org,due@example.org', 'uno@example.org due@example.org', 'redazione']) {
      const run = await runSend(['--test', value], { SMTP_URL: smtp.url });
      expect(run.code).toBe(4);
      expect(run.stderr).toMatch(/--test( accetta un solo indirizzo|: ".*" non è un indirizzo e-mail valido)/);
    }
    expect(smtp.received).toHaveLength(0);
  });

  it('refuses to write messages or state inside the published site', async () => {
    const dir = workDir();
    const csv = writeSubscribers(dir, activeRows(2));
    const dist = builtDir('basic');
    const run = await runSend(['--subscribers', csv, '--out', join(dist, 'posta'), '--state', join(dir, 'state')]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('è dentro la cartella del sito pubblicato');
    expect(existsSync(join(dist, 'posta'))).toBe(false);
    const state = await runSend(['--subscribers', csv, '--out', join(dir, 'mail'), '--state', join(dist, 'stato')]);
    expect(state.code).toBe(4);
    expect(existsSync(join(dist, 'stato'))).toBe(false);
  });
});

/** A site folder with the fixture's Italian e-mail of 2026-W48 and, for some languages, their own. */
function distWithLanguages(dir: string, langs: string[]): string {
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'email'), { recursive: true });
  const source = join(builtDir('basic'), 'email');
  for (const ext of ['html', 'txt', 'json']) writeFileSync(join(dist, 'email', `2026-W48.${ext}`), readFileSync(join(source, `2026-W48.${ext}`)));
  const meta = JSON.parse(readFileSync(join(source, '2026-W48.json'), 'utf8'));
  for (const lang of langs) {
    const marker = `[contenuto in ${lang}]`;
    writeFileSync(join(dist, 'email', `2026-W48.${lang}.json`), JSON.stringify({ ...meta, subject: `Oggetto ${lang} n. 5` }));
    writeFileSync(join(dist, 'email', `2026-W48.${lang}.html`), readFileSync(join(source, '2026-W48.html'), 'utf8').replace('<body', `<body data-marker="${marker}"`));
    writeFileSync(join(dist, 'email', `2026-W48.${lang}.txt`), `${marker}\n${readFileSync(join(source, '2026-W48.txt'), 'utf8')}`);
  }
  return dist;
}

describe('the e-mail in each subscriber\'s language', () => {
  it('sends each language its own parts and subject, and Italian where a language is missing or unknown', async () => {
    smtp = await startSmtp();
    const dir = workDir();
    const dist = distWithLanguages(dir, ['ar', 'en']);
    const csv = join(dir, 'iscritti.csv');
    writeFileSync(csv, [
      'email,name,status,lang',
      'amira@example.org,Amira,active,ar',
      'john@example.org,John,active,EN',
      'marie@example.org,Marie,active,fr',
      'luc@example.org,Luc,active,fr',
      'paola@example.org,Paola,active,',
      'kamal@example.org,Kamal,active,tamil',
      'sara@example.org,Sara,active',
    ].join('\n'));
    const run = await runSend(['--subscribers', csv, '--dist', dist, '--state', join(dir, 'state')], { SMTP_URL: smtp.url });
    expect(run.code).toBe(0);
    const italian = JSON.parse(readFileSync(join(dist, 'email', '2026-W48.json'), 'utf8')).subject;
    const subjectOf = (to: string) => smtp!.received.find((message) => message.to === to)!.mail;
    expect(subjectOf('amira@example.org').subject).toBe('Oggetto ar n. 5');
    expect(subjectOf('amira@example.org').html).toContain('[contenuto in ar]');
    expect(subjectOf('amira@example.org').text).toContain('[contenuto in ar]');
    expect(subjectOf('john@example.org').subject).toBe('Oggetto en n. 5');
    for (const to of ['marie@example.org', 'luc@example.org', 'paola@example.org', 'kamal@example.org', 'sara@example.org']) {
      expect(subjectOf(to).subject).toBe(italian);
      expect(subjectOf(to).text).not.toContain('[contenuto in');
    }
    expect(run.stdout.match(/Manca l'e-mail in francese/g)).toHaveLength(1);
    expect(run.stdout).toContain('2 iscritti in francese la ricevono in italiano');
    expect(run.stderr).toContain('Iscritti, riga 7: la lingua "tamil" non è tra quelle del bollettino');
  });
});

describe('a test send in a language', () => {
  it('sends the test in the language asked for, and refuses an unknown one', async () => {
    smtp = await startSmtp();
    const dir = workDir();
    const dist = distWithLanguages(dir, ['ar']);
    const run = await runSend(['--test', 'redazione@example.org', '--lang', 'ar', '--dist', dist], { SMTP_URL: smtp.url });
    expect(run.code).toBe(0);
    expect(smtp.received.map((message) => message.mail.subject)).toEqual(['[PROVA] Oggetto ar n. 5']);
    const unknown = await runSend(['--test', 'redazione@example.org', '--lang', 'tamil', '--dist', dist], { SMTP_URL: smtp.url });
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain('--lang "tamil" non è tra le lingue del bollettino');
    expect(smtp.received).toHaveLength(1);
  });
});

describe('the suppression list', () => {
  it('skips this week an address refused with 550 last week, who unsubscribed, and who was removed by hand', async () => {
    const dir = workDir();
    const root = join(dir, 'send-state');
    smtp = await startSmtp({ reject550: ['sparito@example.org'] });
    const lastWeek = writeSubscribers(dir, ['sparito@example.org,Sparito,active', 'via@example.org,Via,unsubscribed', 'resta@example.org,Resta,active']);
    const first = await runSend(['--subscribers', lastWeek, '--week', '2026-W47', '--state', join(root, '2026-W47')], { SMTP_URL: smtp.url });
    expect(first.code).toBe(3);
    expect(smtp.received.map((message) => message.to)).toEqual(['resta@example.org']);
    await smtp.close();

    const removed = await runUnsubscribeTwice(root, 'Mano@example.org');
    expect(removed[0].stdout).toContain('M***@example.org non riceverà più il bollettino');
    expect(removed[1].stdout).toContain('era già nella lista di esclusione');
    for (const run of removed) expect(run.stdout + run.stderr).not.toContain('Mano@example.org');

    // This week the server would take them all, and an old copy of the file lists them as active again.
    smtp = await startSmtp();
    const thisWeek = writeSubscribers(dir, ['sparito@example.org,Sparito,active', 'via@example.org,Via,active', 'mano@example.org,Mano,active', 'resta@example.org,Resta,active']);
    const second = await runSend(['--subscribers', thisWeek, '--state', join(root, '2026-W48')], { SMTP_URL: smtp.url });
    expect(second.code).toBe(0);
    expect(smtp.received.map((message) => message.to)).toEqual(['resta@example.org']);
    expect(second.stdout).toContain('esclusi (lista di esclusione): 3');
    const report = JSON.parse(readFileSync(join(root, '2026-W48', 'report.json'), 'utf8'));
    expect(report.summary).toMatchObject({ total: 4, sent: 1, suppressed: 3 });
    expect(readFileSync(join(root, '2026-W48', 'report.txt'), 'utf8')).toContain('Esclusi (lista di esclusione: rifiutati per sempre, disiscritti): 3');
    expect(readdirSync(root).sort()).toEqual(['2026-W47', '2026-W48', 'suppressed.jsonl']);
  });

  it('disiscrivi refuses what is not one address, in Italian', async () => {
    const dir = workDir();
    for (const value of ['uno@example.org,due@example.org', 'nessuno']) {
      const run = await runUnsubscribe([value, '--state', dir]);
      expect(run.code).toBe(4);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stderr).toMatch(/un solo indirizzo|non è un indirizzo e-mail valido/);
    }
    expect(existsSync(join(dir, 'suppressed.jsonl'))).toBe(false);
  });
});

async function runUnsubscribeTwice(root: string, address: string) {
  return [await runUnsubscribe([address, '--state', root]), await runUnsubscribe([address, '--state', root])] as const;
}
