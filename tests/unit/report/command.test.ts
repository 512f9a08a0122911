/** `npm run rapporto`'s command line: help, Italian errors, defaults, and the files it writes. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeContent } from '../../../bench/generate/content.ts';
import { runReportCommand } from '../../../src/lib/report/command.ts';
import { databaseLocation, openDatabase } from '../../../src/lib/subscribers/database.ts';
import { SubscriberStore } from '../../../src/lib/subscribers/store.ts';
import { periodFrom, PeriodError } from '../../../src/lib/report/period.ts';

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'rapporto-cmd-'));
  writeContent(join(work, 'content'), { items: 60, weeks: 20, seed: 'comando', until: '2026-11-30' });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runReportCommand({
    args,
    env: { BULLETIN_CONTENT_DIR: join(work, 'content'), BULLETIN_DATE: '2026-12-03', ...env },
    root: work,
    log: (line) => out.push(line),
    error: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run rapporto', () => {
  it('explains itself with --help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('npm run rapporto -- [--da AAAA-MM-GG] [--a AAAA-MM-GG]');
    expect(out).toContain('dati/*.csv');
  });

  it('refuses a date that does not exist, in Italian, naming the option', async () => {
    const { code, err } = await run(['--da', '2026-02-30']);
    expect(code).toBe(4);
    expect(err).toBe('--da "2026-02-30" non è una data valida: scrivila come AAAA-MM-GG, per esempio 2026-01-01.');
  });

  it('refuses a period that ends before it starts', async () => {
    const { code, err } = await run(['--da', '2026-12-31', '--a', '2026-01-01']);
    expect(code).toBe(4);
    expect(err).toContain('--da 2026-12-31 viene dopo --a 2026-01-01');
  });

  it('refuses an unknown option and shows the help', async () => {
    const { code, err } = await run(['--dal', '2026-01-01']);
    expect(code).toBe(4);
    expect(err).toMatch(/^npm run rapporto: l'opzione --dal non esiste \(forse intendevi: --da\)\./);
    expect(err).toContain('--help');
  });

  it('writes the last 12 months up to today by default, under out/rapporto/<da>_<a>/', async () => {
    const { code, out, err } = await run([]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const dir = join(work, 'out', 'rapporto', '2025-12-04_2026-12-03');
    expect(readdirSync(join(dir, 'dati')).sort()).toEqual([
      'bollettini.csv', 'disiscrizioni.csv', 'email-per-numero.csv', 'italiano-per-livello.csv', 'offerte-chiuse.csv',
      'offerte-per-settore-e-contratto.csv', 'quote.csv', 'schede-per-mese.csv', 'telegram.csv', 'traduzioni.csv',
    ]);
    expect(readFileSync(join(dir, 'rapporto.html'), 'utf8')).toContain('<html lang="it">');
    expect(out).toMatch(/^Dal 4 dicembre 2025 al 3 dicembre 2026: \d+ bollettini settimanali; /);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves other files in the folder alone when it writes the report again', async () => {
    const dir = join(work, 'out', 'rapporto', '2026-01-01_2026-06-30');
    expect((await run(['--da', '2026-01-01', '--a', '2026-06-30'])).code).toBe(0);
    writeFileSync(join(dir, 'note.txt'), 'mia nota');
    expect((await run(['--da', '2026-01-01', '--a', '2026-06-30'])).code).toBe(0);
    expect(readFileSync(join(dir, 'note.txt'), 'utf8')).toBe('mia nota');
  });

  it('writes nothing when the content has a problem, and says which file and field', async () => {
    writeFileSync(join(work, 'content', 'offers', 'rotta.md'), '---\ntitle: Offerta rotta\npublished: 2026-02-30\n---\n');
    try {
      const { code, err } = await run(['--out', 'altro']);
      expect(code).toBe(1);
      expect(err).toMatch(/^Il rapporto non è stato scritto: ci sono \d+ problemi nei contenuti/);
      expect(err).toContain('rotta.md');
      expect(err).toContain('published');
      expect(existsSync(join(work, 'altro'))).toBe(false);
    } finally {
      rmSync(join(work, 'content', 'offers', 'rotta.md'));
    }
  });
});

describe('npm run rapporto with the subscription database', () => {
  it('counts subscribers per language from the database and writes no address', async () => {
    const file = join(work, 'iscritti.sqlite');
    const opened = await openDatabase(databaseLocation({ SUBSCRIBERS_DB: file }));
    const store = new SubscriberStore(opened.db, opened.backend);
    const people = [['amina.k@example.org', 'ar', '2026-03-10'], ['mario.rossi@example.org', 'it', '2026-03-12'], ['lucia.b@example.org', 'it', '2026-05-02']] as const;
    for (const [index, [email, lang, day]] of people.entries()) {
      expect(await store.addInPerson({ email, name: null, lang, source: 'sportello', consentVersion: 'v1', consentNote: null, unsubscribeKey: `chiave${index}`, now: new Date(`${day}T10:00:00Z`) })).toBe('added');
    }
    await opened.close();
    const { code, err, out } = await run(['--da', '2026-01-01', '--a', '2026-12-03', '--out', 'con-iscritti'], { SUBSCRIBERS_DB: file });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain("3 iscritti all'e-mail a fine periodo");
    const dir = join(work, 'con-iscritti', '2026-01-01_2026-12-03');
    const csv = readFileSync(join(dir, 'dati', 'iscritti-per-lingua.csv'), 'utf8');
    expect(csv).toContain('2026-03;1;1;0;0;0;0;2\r\n');
    expect(csv).toContain('2026-06;2;1;0;0;0;0;3\r\n');
    for (const name of ['rapporto.html', ...readdirSync(join(dir, 'dati')).map((f) => join('dati', f))]) {
      expect(readFileSync(join(dir, name), 'utf8'), name).not.toMatch(/@example\.org/);
    }
  });
});

describe('the period', () => {
  const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it('is from ≤ until ≤ to, with until never after today, or an Italian error', () => {
    fc.assert(fc.property(date, date, date, (from, to, today) => {
      try {
        const period = periodFrom({ from, to }, today);
        return from <= to && period.from === from && period.to === to && period.until <= to && period.until <= today && (period.until === to || period.until === today);
      } catch (error) {
        return error instanceof PeriodError && from > to;
      }
    }));
  });

  it('turns any text that is not a date into an Italian error, never a crash', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      try {
        periodFrom({ from: text }, '2026-12-03');
        return /^\d{4}-\d{2}-\d{2}$/.test(text);
      } catch (error) {
        return error instanceof PeriodError && error.message.startsWith(`--da "${text}" non è una data valida`);
      }
    }));
  });

  it('defaults to the 12 months that end today', () => {
    expect(periodFrom({}, '2026-12-03')).toEqual({ from: '2025-12-04', to: '2026-12-03', until: '2026-12-03' });
    expect(periodFrom({}, '2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29', until: '2028-02-29' });
    expect(periodFrom({ to: '2026-06-30' }, '2026-12-03')).toEqual({ from: '2025-07-01', to: '2026-06-30', until: '2026-06-30' });
  });
});
