/**
 * The tutors' desk (`runDeskCommand`) in this process on both backends, so that coverage sees
 * the commands that change the database; what the tutor reads for each is asserted in detail
 * by tests/service/desk.test.ts (child processes). Here: what the database holds afterwards —
 * the events without anyone's address, the note of an imported list, the private file's mode,
 * a person who left staying out — and that no line printed shows an address in clear.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/lib/cli/exit-codes.ts';
import { openDatabase } from '../../src/lib/subscribers/database.ts';
import { privacyVersion } from '../../src/lib/subscribers/privacy.ts';
import { runDeskCommand } from '../../src/lib/subscribers/desk.ts';
import { SubscriberStore } from '../../src/lib/subscribers/store.ts';
import { settings } from '../../src/settings.ts';
import { BACKENDS, freshBackend, SECRET, tempDir, type Backend } from '../helpers/service.ts';

const NOW = new Date('2026-12-03T09:30:00Z');
const PEOPLE = ['samira.k@example.org', 'jorge.v@example.org', 'nuwan.p@example.org'];

describe.each(BACKENDS)('the desk in process on %s', (backendName) => {
  let dir: string;
  let backend: Backend;
  const printed: string[] = [];
  const run = async (...args: string[]) => {
    const out: string[] = [];
    const errors: string[] = [];
    const code = await runDeskCommand({
      args, settings, now: NOW, distDir: join(dir, 'dist'), env: { UNSUBSCRIBE_SECRET: SECRET, ...backend.env },
      out: (line) => out.push(line), error: (line) => errors.push(line),
    });
    // `esporta` shows the person's own address: that is the point of an access request.
    if (args[0] !== 'esporta') printed.push(...out, ...errors);
    return { code, out: out.join('\n'), err: errors.join('\n') };
  };
  const withStore = async <T>(work: (store: SubscriberStore) => Promise<T>): Promise<T> => {
    const opened = await openDatabase({ url: backend.env['DATABASE_URL'], file: backend.env['SUBSCRIBERS_DB'] });
    try {
      return await work(new SubscriberStore(opened.db, opened.backend));
    } finally {
      await opened.close();
    }
  };

  beforeAll(async () => {
    dir = tempDir();
    backend = await freshBackend(backendName, dir);
  });
  afterAll(async () => backend?.drop());

  it('records who came, how, and what happened, and keeps a person who left out of every later list', async () => {
    expect((await run('aggiungi', PEOPLE[0]!, '--lingua', 'si', '--consenso', '  modulo firmato allo sportello  ')).code).toBe(EXIT.ok);
    const csv = join(dir, 'elenco-vecchio.csv');
    writeFileSync(csv, `email,name,status,lang\n${PEOPLE[1]},Jorge,active,es\n${PEOPLE[2]},Nuwan,unsubscribed,si\n${PEOPLE[0]},Samira,active,si\n`);
    const imported = await run('importa', csv);
    expect(imported.code).toBe(EXIT.ok);
    expect(imported.out).toBe('Importati: 1 nuovi, 0 riattivati, 1 già iscritti; 1 disiscritti messi nella lista di esclusione; 0 saltati perché disiscritti in passato; 0 righe scartate.');

    const held = await withStore(async (store) => ({ jorge: await store.heldData(PEOPLE[1]!), samira: await store.heldData(PEOPLE[0]!), nuwan: await store.heldData(PEOPLE[2]!), events: await store.monthlyCounts() }));
    expect(held.samira.subscriber).toMatchObject({ source: 'sportello', consent_note: 'modulo firmato allo sportello', lang: 'si', confirmed_at: NOW.toISOString() });
    expect(held.jorge.subscriber).toMatchObject({ source: 'importazione', consent_note: 'iscrizione precedente (file elenco-vecchio.csv)', lang: 'es', status: 'active' });
    expect(held.nuwan).toMatchObject({ subscriber: undefined, suppression: { reason: 'disiscritto' } });
    expect(held.events.map(({ month, kind, lang, count }) => `${month} ${kind} ${lang ?? '-'} ${count}`).sort()).toEqual(['2026-12 aggiunta si 1', '2026-12 disiscrizione - 1', '2026-12 importazione es 1']);

    const access = await run('esporta', PEOPLE[0]!);
    expect(access.out.split('\n')).toEqual([
      `Dati tenuti su ${PEOPLE[0]}:`,
      '  nome: (non indicato)',
      '  lingua: singalese (si)',
      '  stato: iscritto',
      '  come si è iscritto: sportello — modulo firmato allo sportello',
      `  versione dell'informativa accettata: ${privacyVersion(settings)}`,
      '  iscrizione: 2026-12-03T09:30:00.000Z',
      '  conferma: 2026-12-03T09:30:00.000Z',
    ]);

    // Back at the desk, the person who unsubscribed is refused (exit 1) and stays out.
    const again = await run('aggiungi', PEOPLE[2]!, '--consenso', 'di persona');
    expect(again.code).toBe(EXIT.content);
    expect(again.err).toMatch(/^n\*\*\*@example\.org si è disiscritto/);
    expect(await withStore((store) => store.activeRecipients())).toEqual([
      { email: PEOPLE[0], name: '', lang: 'si' },
      { email: PEOPLE[1], name: 'Jorge', lang: 'es' },
    ]);
  });

  it('lists each person masked, with language, source and date; exports a private file only its owner reads', async () => {
    const list = await run('elenco');
    expect(list.out.split('\n').slice(-2)).toEqual(['  s***@example.org  attivo  si  sportello  dal 2026-12-03', '  j***@example.org  attivo  es  importazione  dal 2026-12-03']);
    const file = join(dir, 'iscritti-attivi.csv');
    const exported = await run('esporta-csv', file);
    expect(exported).toMatchObject({ code: EXIT.ok, err: '' });
    expect(exported.out).toContain('2 iscritti attivi scritti in');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(`email,name,status,lang\n${PEOPLE[0]},,active,si\n${PEOPLE[1]},Jorge,active,es\n`);
  });

  it('erases a person on request, keeps the event without the address, and backs up only SQLite', async () => {
    expect((await run('cancella', PEOPLE[1]!)).code).toBe(EXIT.ok);
    const events = await withStore((store) => store.monthlyCounts());
    expect(events.find((row) => row.kind === 'cancellazione')).toMatchObject({ count: 1 });
    const copy = join(dir, 'copia.sqlite');
    const backup = await run('backup', copy);
    if (backendName === 'postgres') {
      expect(backup.code).toBe(EXIT.usage);
      expect(backup.err).toContain(`pg_dump --format=custom --file=${copy}`);
      expect(existsSync(copy)).toBe(false);
    } else {
      expect(backup.code).toBe(EXIT.ok);
      const db = new DatabaseSync(copy, { readOnly: true });
      try {
        expect(db.prepare('select email from subscribers').all()).toEqual([{ email: PEOPLE[0] }]);
        expect(db.prepare("select count(*) as n from events where kind = 'cancellazione'").get()).toEqual({ n: 1 });
      } finally {
        db.close();
      }
    }
    for (const line of printed) for (const person of PEOPLE) expect(line).not.toContain(person);
  });
});
