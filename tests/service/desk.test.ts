/** The tutors' desk commands (`npm run iscritti -- …`) as a tutor runs them, on both backends. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { BACKENDS, freshBackend, SECRET, tempDir, type Backend } from '../helpers/service.ts';
import { openDatabase } from '../../src/lib/subscribers/database.ts';
import { SubscriberStore } from '../../src/lib/subscribers/store.ts';
import { unsubscribeKeyFor } from '../../src/lib/subscribers/tokens.ts';

describe.each(BACKENDS)('npm run iscritti on %s', (backendName) => {
  let dir: string;
  let backend: Backend;
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/iscritti.ts'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, UNSUBSCRIBE_SECRET: SECRET, DATABASE_URL: '', SUBSCRIBERS_DB: '', ...backend.env } });
    // No stack trace, ever.
    expect(result.stderr).not.toMatch(/\n\s+at /);
    return result;
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

  it('adds a person met at the desk, active at once, with the consent as the tutor wrote it', async () => {
    const added = run('aggiungi', 'fatima.desk@example.org', '--lingua', 'ar', '--fonte', 'sportello', '--consenso', 'modulo firmato 2026-12-03', '--nome', 'Fatima');
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('f***@example.org iscritto, attivo da subito (arabo, sportello)');
    expect(added.stdout + added.stderr).not.toContain('fatima.desk@');
    const held = await withStore((store) => store.heldData('fatima.desk@example.org'));
    expect(held.subscriber).toMatchObject({ status: 'active', lang: 'ar', source: 'sportello', consent_note: 'modulo firmato 2026-12-03', name: 'Fatima' });
    expect(held.subscriber?.unsubscribe_key).toBe(unsubscribeKeyFor('fatima.desk@example.org', SECRET));
    expect(run('aggiungi', 'fatima.desk@example.org', '--lingua', 'ar', '--consenso', 'x').stdout).toContain('era già iscritto');
  });

  it('refuses, in Italian, what cannot be right: no consent, an unknown language, a list, an unknown command', () => {
    for (const [args, message] of [
      [['aggiungi', 'x@example.org', '--lingua', 'ar'], 'Scrivi come hai raccolto il consenso'],
      [['aggiungi', 'x@example.org', '--lingua', 'de', '--consenso', 'ok'], 'non è tra le lingue del bollettino'],
      [['aggiungi', 'a@example.org,b@example.org', '--consenso', 'ok'], 'un solo indirizzo'],
      [['aggiungi', 'x@example.org', '--consenso', 'ok', '--fonte', 'modulo web'], 'solo allo sportello'],
      [['boh'], 'Comando sconosciuto'],
      [['cancella'], "Indica l'indirizzo"],
    ] as const) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBe(4);
      expect(result.stderr).toContain(message);
    }
    expect(run('--help').stdout).toContain('aggiungi INDIRIZZO');
  });

  it('imports today\'s CSV: active rows become subscribers, unsubscribed ones suppressed, bad rows reported by line', async () => {
    const csv = join(dir, 'iscritti.csv');
    writeFileSync(csv, 'email;name;status;lang\nimport.uno@example.org;"Uno; primo";active;fr\nimport.via@example.org;Via;unsubscribed;\nnon-valida;X;active;\n');
    const result = run('importa', csv);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Importati: 1 nuovi');
    expect(result.stdout).toContain('1 disiscritti messi nella lista di esclusione');
    expect(result.stderr).toContain('riga 4');
    await withStore(async (store) => {
      expect(await store.activeRecipients()).toContainEqual({ email: 'import.uno@example.org', name: 'Uno; primo', lang: 'fr' });
      expect((await store.heldData('import.via@example.org')).suppression?.reason).toBe('disiscritto');
    });
    // The suppressed address stays out, whatever a later import or the desk says.
    writeFileSync(csv, 'email,name,status\nimport.via@example.org,Via,active\n');
    expect(run('importa', csv).stdout).toContain('1 saltati perché disiscritti in passato');
    const again = run('aggiungi', 'import.via@example.org', '--consenso', 'di persona');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('modulo del sito');
  });

  it('lists counts by status and language, addresses masked unless --mostra', () => {
    const list = run('elenco');
    expect(list.stdout).toMatch(/attivi: 2 \((arabo 1, francese 1|francese 1, arabo 1)\)/);
    expect(list.stdout).toContain('disiscritti o cancellati (solo impronta): 1');
    expect(list.stdout).not.toContain('fatima.desk@');
    expect(run('elenco', '--mostra').stdout).toContain('fatima.desk@example.org');
  });

  it('exports one person\'s data, exports the list as the CSV send reads, and erases a person keeping only the hash', async () => {
    const held = run('esporta', 'fatima.desk@example.org');
    expect(held.stdout).toContain('Dati tenuti su fatima.desk@example.org');
    expect(held.stdout).toContain('modulo firmato 2026-12-03');
    const exported = join(dir, 'esportati.csv');
    expect(run('esporta-csv', exported).status).toBe(0);
    expect(readFileSync(exported, 'utf8')).toContain('import.uno@example.org,Uno; primo,active,fr'.replace('Uno; primo', '"Uno; primo"'));
    expect(run('esporta-csv', exported).stderr).toContain('esiste già');

    expect(run('cancella', 'fatima.desk@example.org').stdout).toContain('dati cancellati');
    const after = await withStore((store) => store.heldData('fatima.desk@example.org'));
    expect(after.subscriber).toBeUndefined();
    expect(after.suppression?.reason).toBe('cancellato');
    expect(run('esporta', 'fatima.desk@example.org').stdout).toContain('lista di esclusione: cancellato');
  });

  it('writes a consistent backup (SQLite) or says to use pg_dump (PostgreSQL)', () => {
    const copy = join(dir, 'copia.sqlite');
    const result = run('backup', copy);
    if (backendName === 'postgres') {
      expect(result.status).toBe(4);
      expect(result.stderr).toContain('pg_dump');
      expect(existsSync(copy)).toBe(false);
      return;
    }
    expect(result.status).toBe(0);
    const db = new DatabaseSync(copy, { readOnly: true });
    try {
      expect(db.prepare("select count(*) as n from subscribers where status = 'active'").get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
    expect(run('backup', copy).stderr).toContain('esiste già');
  });
});
