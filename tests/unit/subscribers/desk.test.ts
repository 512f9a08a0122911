/**
 * The tutors' desk (`runDeskCommand`) in this process, on a real SQLite file in a temporary
 * folder: the refusals that must leave no database behind, the answers on an empty or
 * unknown record, the CSV on screen, and that no line shows an address in clear unless
 * showing it is the point. The full journey as a tutor types it (both backends, a child
 * process) is tests/service/desk.test.ts.
 */
import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/languages.ts';
import { EXIT } from '../../../src/lib/cli/exit-codes.ts';
import { openDatabase } from '../../../src/lib/subscribers/database.ts';
import { DESK_USAGE, runDeskCommand } from '../../../src/lib/subscribers/desk.ts';
import { privacyVersion } from '../../../src/lib/subscribers/privacy.ts';
import { EVENT_KINDS, SOURCES } from '../../../src/lib/subscribers/schema.ts';
import { SubscriberStore } from '../../../src/lib/subscribers/store.ts';
import { settings } from '../../../src/settings.ts';

const SECRET = 'segreto-della-scrivania-di-prova';
const NOW = new Date('2026-12-03T10:00:00Z');

function desk(dir: string, env: Record<string, string | undefined> = {}) {
  const database = join(dir, 'iscritti.sqlite');
  return {
    database,
    async run(...args: string[]) {
      const out: string[] = [];
      const errors: string[] = [];
      const code = await runDeskCommand({
        args, settings, now: NOW, distDir: join(dir, 'dist'),
        env: { UNSUBSCRIBE_SECRET: SECRET, SUBSCRIBERS_DB: database, ...env },
        out: (line) => out.push(line), error: (line) => errors.push(line),
      });
      return { code, out: out.join('\n'), err: errors.join('\n'), lines: [...out, ...errors] };
    },
    async store<T>(work: (store: SubscriberStore) => Promise<T>): Promise<T> {
      const opened = await openDatabase({ file: database });
      try {
        return await work(new SubscriberStore(opened.db, opened.backend));
      } finally {
        await opened.close();
      }
    },
  };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'scrivania-'));

/** A typed value with whether it is one address the command must take. */
const tagged = (text: string, valid: boolean): [string, boolean] => [text, valid];

describe('the desk refuses before it opens the database', () => {
  it('answers --help on the screen and no command with the usage as an error', async () => {
    const d = desk(tempDir());
    const help = await d.run('--help');
    expect(help).toMatchObject({ code: EXIT.ok, err: '' });
    expect(help.out).toBe(DESK_USAGE);
    const none = await d.run();
    expect(none).toMatchObject({ code: EXIT.usage, out: '' });
    expect(none.err).toContain('Uso: npm run iscritti -- COMANDO');
    expect(existsSync(d.database)).toBe(false);
  });

  it('says which option is unknown, and which extra words it found, with the address masked', async () => {
    const d = desk(tempDir());
    const unknown = await d.run('elenco', '--tutti');
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err).toMatch(/--tutti[\s\S]*Uso: npm run iscritti/);
    // An address typed as an option comes back in the parser's own message: masked there too.
    const asOption = await d.run('aggiungi', '--anna.rossi@example.org');
    expect(asOption.code).toBe(EXIT.usage);
    expect(asOption.err).toContain('***@example.org');
    const extra = await d.run('aggiungi', 'anna.rossi@example.org', 'Anna', 'Rossi', '--consenso', 'firmato');
    expect(extra.code).toBe(EXIT.usage);
    expect(extra.err).toContain('Troppi argomenti dopo "aggiungi": Anna Rossi');
    expect(extra.err).toContain('mettili tra virgolette');
    const listed = await d.run('elenco', 'anna.rossi@example.org');
    expect(listed.code).toBe(EXIT.usage);
    expect(listed.err).toContain('"elenco" non vuole argomenti (trovato "a***@example.org")');
    for (const run of [asOption, extra, listed]) expect(run.lines.join('\n')).not.toContain('anna.rossi@');
    expect(existsSync(d.database)).toBe(false);
  });

  it('asks for the secret, the file and the copy\'s name, and writes nothing without them', async () => {
    const dir = tempDir();
    for (const [env, args, message] of [
      [{ UNSUBSCRIBE_SECRET: 'corta' }, ['aggiungi', 'x@example.org', '--consenso', 'firmato'], 'Manca UNSUBSCRIBE_SECRET (almeno 16 caratteri)'],
      [{ UNSUBSCRIBE_SECRET: undefined }, ['importa', 'iscritti.csv'], 'Manca UNSUBSCRIBE_SECRET'],
      [{}, ['importa'], 'Indica il file: npm run iscritti -- importa iscritti.csv'],
      [{}, ['backup'], 'Indica dove scrivere la copia'],
      [{}, ['esporta'], "Indica l'indirizzo: npm run iscritti -- esporta INDIRIZZO"],
      [{}, ['aggiungi', 'x@example.org', '--consenso', '   '], 'Senza consenso non si iscrive nessuno'],
    ] as const) {
      const run = await desk(dir, env).run(...args);
      expect(run.code, args.join(' ')).toBe(EXIT.usage);
      expect(run.err).toContain(message);
    }
    expect(existsSync(join(dir, 'iscritti.sqlite'))).toBe(false);
  });

  it('refuses to write the list inside the published site or over a file it did not create', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'dist'));
    const d = desk(dir);
    const inside = await d.run('esporta-csv', join(dir, 'dist', 'iscritti.csv'));
    expect(inside.code).toBe(EXIT.usage);
    expect(inside.err).toContain('è dentro la cartella del sito pubblicato');
    expect(existsSync(join(dir, 'dist', 'iscritti.csv'))).toBe(false);
    writeFileSync(join(dir, 'mio.sqlite'), 'non è una copia');
    const taken = await d.run('backup', join(dir, 'mio.sqlite'));
    expect(taken.err).toContain('esiste già: scegli un nome nuovo');
    expect(readFileSync(join(dir, 'mio.sqlite'), 'utf8')).toBe('non è una copia');
  });

  it('explains a database it cannot open, in Italian, as a setting to fix', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    const underFile = await desk(dir, { SUBSCRIBERS_DB: join(dir, 'file', 'iscritti.sqlite') }).run('elenco');
    expect(underFile.code).toBe(EXIT.usage);
    expect(underFile.err).toContain('Non riesco ad aprire il database degli iscritti');
    expect(underFile.err).toContain('SUBSCRIBERS_DB');
    const notPostgres = await desk(dir, { DATABASE_URL: 'mysql://utente:parola@server/db' }).run('elenco');
    expect(notPostgres.code).toBe(EXIT.usage);
    expect(notPostgres.err).toContain('DATABASE_URL non è un indirizzo PostgreSQL');
    expect(notPostgres.err).not.toContain('parola');
    for (const run of [underFile, notPostgres]) expect(run.err).not.toMatch(/\n\s+at /);
  });
});

describe('the desk on a real database', () => {
  it('says plainly when there is nothing: no subscribers, no data, nothing to erase, a missing file', async () => {
    const d = desk(tempDir());
    expect(await d.run('elenco')).toMatchObject({ code: EXIT.ok, out: 'Nessun iscritto nel database.' });
    const held = await d.run('esporta', 'nessuno@example.org');
    expect(held).toMatchObject({ code: EXIT.ok, out: 'Non teniamo nessun dato su nessuno@example.org.' });
    // Someone never enrolled who asks to be erased is never written to either: only the hash is kept.
    expect((await d.run('cancella', 'nessuno@example.org')).out).toBe("n***@example.org: dati cancellati. Resta solo un'impronta cifrata dell'indirizzo, per non scrivergli più.");
    const again = await d.run('cancella', 'nessuno@example.org');
    expect(again).toMatchObject({ code: EXIT.ok, out: "n***@example.org: non c'era niente da cancellare (già cancellato o mai iscritto)." });
    expect(await d.store((store) => store.heldData('nessuno@example.org'))).toMatchObject({ subscriber: undefined, suppression: { reason: 'cancellato' } });
    const missing = await d.run('importa', join(tempDir(), 'manca.csv'));
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err).toMatch(/^File non trovato: .*manca\.csv$/);
  });

  it('prints on screen the CSV npm run send reads, quoting names with commas and quotes', async () => {
    const d = desk(tempDir());
    expect((await d.run('aggiungi', 'amina@example.org', '--lingua', 'ar', '--consenso', 'modulo firmato', '--nome', 'Amina "Mina", B.')).code).toBe(EXIT.ok);
    expect((await d.run('aggiungi', 'li@example.org', '--consenso', 'modulo firmato')).code).toBe(EXIT.ok);
    const csv = await d.run('esporta-csv');
    expect(csv).toMatchObject({ code: EXIT.ok, err: '' });
    expect(csv.out.split('\n')).toEqual(['email,name,status,lang', 'amina@example.org,"Amina ""Mina"", B.",active,ar', 'li@example.org,,active,it']);
    const row = await d.store((store) => store.heldData('amina@example.org'));
    expect(row.subscriber).toMatchObject({ source: 'sportello', consent_note: 'modulo firmato', consent_version: privacyVersion(settings) });
    expect(SOURCES).toContain(row.subscriber!.source);
    expect(EVENT_KINDS).toContain('aggiunta');
  });

  it('never prints a typed address in clear, and enrols exactly the valid ones in a reader language (property)', async () => {
    const d = desk(tempDir());
    const local = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);
    // Each typed value with whether it is one address the desk must take.
    const typed: fc.Arbitrary<[string, boolean]> = fc.oneof(
      fc.tuple(local, fc.constantFrom('example.org', 'esempio.it', 'posta.example.org')).map(([name, domain]) => tagged(` ${name}@${domain}`, true)),
      fc.tuple(local, local).map(([a, b]) => tagged(`${a}@${b}`, false)),
      fc.tuple(local, local).map(([a, b]) => tagged(`${a}@example.org,${b}@example.org`, false)),
      fc.tuple(local, local).map(([a, b]) => tagged(`${a}@example.org ${b}@example.org`, false)),
      fc.string({ maxLength: 20 }).filter((text) => !text.includes('@')).map((text) => tagged(text, false)),
    );
    const lingua = fc.oneof(fc.constantFrom(...LANGS), fc.string({ maxLength: 4 }));
    await fc.assert(fc.asyncProperty(typed, lingua, async ([address, valid], lang) => {
      // After "--" a value typed with a leading dash is still the address.
      const run = await d.run('aggiungi', `--lingua=${lang}`, '--consenso', 'modulo firmato', '--', address);
      for (const clear of address.match(/[^\s,@]+@[^\s,@]+\.[^\s,@]+/g) ?? []) for (const line of run.lines) expect(line).not.toContain(clear);
      if (valid && (LANGS as readonly string[]).includes(lang)) {
        expect(run.code, run.err).toBe(EXIT.ok);
        expect(run.out).toMatch(/^.\*\*\*@\S+ (iscritto, attivo da subito \(\S+, sportello\)|era già iscritto: niente da cambiare)\.$/);
        expect(await d.store((store) => store.heldData(address.trim()))).toMatchObject({ subscriber: { lang, status: 'active' } });
      } else {
        expect(run.code).toBe(EXIT.usage);
        expect(run.err).toMatch(/accetta un solo indirizzo e-mail|non è un indirizzo e-mail valido|non è tra le lingue del bollettino|Indica l'indirizzo/);
        if (valid) expect(await d.store((store) => store.heldData(address.trim()))).toEqual({ subscriber: undefined, suppression: undefined });
      }
    }), { numRuns: 15 });
  });
});
