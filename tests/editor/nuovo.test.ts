import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { typedRounds } from '../cases/typed-values.ts';

function nuovo(content: string, args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['scripts/nuovo.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    env: { ...process.env, BULLETIN_CONTENT_DIR: content, BULLETIN_DATE: '2026-11-21' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const OFFER_FLAGS = ['offerta', '--title', 'Lavapiatti: trattoria "Da Gino" #1', '--sector', 'ristorazione', '--contract', 'determinato', '--hours', 'part-time', '--phone', '02 1234 5678', '--zone', 'Loreto', '--schoolHours', 's'];

describe('npm run nuovo', () => {
  it('writes a valid offer named after its title, with every field explained in Italian', () => {
    const content = mkdtempSync(join(tmpdir(), 'nuovo-'));
    const run = nuovo(content, OFFER_FLAGS);
    expect(run.code).toBe(0);
    const file = join(content, 'offers', 'lavapiatti-trattoria-da-gino-1.md');
    expect(run.out).toContain(file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# Settore: ristorazione, pulizie');
    expect(text).toContain('# salary: "9 euro l\'ora"');
    const { items, problems } = loadContent(content, '/');
    expect(problems).toEqual([]);
    expect(items).toHaveLength(1);
    const item = items[0]!;
    if (item.kind !== 'offer') throw new Error('not an offer');
    expect(item.data.title).toBe('Lavapiatti: trattoria "Da Gino" #1');
    expect(item.data.published).toBe('2026-11-21');
    expect(item.data.schoolHours).toBe(true);
    expect(item.data.apply.phone).toBe('02 1234 5678');
    expect(item.data.location.zone).toBe('Loreto');
  });

  it('never overwrites an existing file', () => {
    const content = mkdtempSync(join(tmpdir(), 'nuovo-'));
    mkdirSync(join(content, 'offers'));
    writeFileSync(join(content, 'offers', 'lavapiatti-trattoria-da-gino-1.md'), 'esistente');
    expect(nuovo(content, OFFER_FLAGS).code).toBe(0);
    expect(readFileSync(join(content, 'offers', 'lavapiatti-trattoria-da-gino-1.md'), 'utf8')).toBe('esistente');
    expect(readdirSync(join(content, 'offers')).sort()).toEqual(['lavapiatti-trattoria-da-gino-1-2.md', 'lavapiatti-trattoria-da-gino-1.md']);
  });

  it('asks the questions in the terminal and re-asks after a wrong answer', () => {
    const content = mkdtempSync(join(tmpdir(), 'nuovo-'));
    const answers = ['Corso di italiano A2 al CPIA', '', '2026-02-30', '2026-11-23', 'italiano-lavoro', 'CPIA 3 Milano', 'B3', 'A2', '', '', '2026-12-15', 'mar e gio 9:30–11:30', 's', '', 'Casoretto', '3', '', '', 'corsi@example.org', '', ''];
    const run = nuovo(content, ['italiano'], `${answers.join('\n')}\n`);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('non è una data valida');
    expect(run.out).toContain('"B3" non è un livello di italiano: scrivi pre-A1, A1, A2');
    const { items, problems } = loadContent(content, '/');
    expect(problems).toEqual([]);
    const course = items[0]!;
    if (course.kind !== 'course') throw new Error('not a course');
    expect(course.data).toMatchObject({ kind: 'italiano-lavoro', level: 'A2', enrollBy: '2026-12-15', childcare: true, published: '2026-11-23' });
    expect(course.data.location).toMatchObject({ zone: 'Casoretto', municipio: 3 });
  });

  it('refuses wrong flags and, in batch mode, missing ones, writing nothing', () => {
    const content = mkdtempSync(join(tmpdir(), 'nuovo-'));
    const wrong = nuovo(content, ['servizio', '--title', 'Bonus', '--category', 'soldi', '--batch']);
    expect(wrong.code).toBe(4);
    expect(wrong.err).toContain('--category "soldi": "soldi" non è un valore previsto. Valori ammessi: Sostegno al reddito, Casa');
    const missing = nuovo(content, ['servizio', '--title', 'Bonus affitto', '--batch']);
    expect(missing.code).toBe(4);
    expect(missing.err).toContain('Mancano: --category, --provider, --who');
    expect(() => readdirSync(join(content, 'services'))).toThrow();
  });

  it('stops with the build\'s own message when the answers make an invalid item', () => {
    const content = mkdtempSync(join(tmpdir(), 'nuovo-'));
    const run = nuovo(content, ['servizio', '--title', 'Bonus affitto', '--category', 'abitare', '--provider', 'Comune', '--who', 'famiglie', '--batch']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('campo "apply"');
    expect(() => readdirSync(join(content, 'services'))).toThrow();
  });
});

describe('npm run nuovo reads values as people type them', () => {
  // The same table as the spreadsheet import's test: whatever a sheet accepts, nuovo accepts.
  it.each(typedRounds().map((round, index) => ({ index, round })))('round $index of the shared cases', ({ index, round }) => {
    const content = mkdtempSync(join(tmpdir(), 'nuovo-typed-'));
    const flags = round.flatMap((typed) => [`--${typed.field}`, typed.typed]);
    const run = nuovo(content, ['offerta', '--title', `Offerta di prova ${index}`, '--phone', '02 1234 5678', '--batch', ...flags]);
    expect(run.code, run.err).toBe(0);
    const { items, problems } = loadContent(content, '/');
    expect(problems, formatProblems(problems)).toEqual([]);
    const offer = items[0]!;
    if (offer.kind !== 'offer') throw new Error('not an offer');
    for (const typed of round) {
      const value = typed.field === 'municipio' ? offer.data.location.municipio : offer.data[typed.field];
      expect(value, `--${typed.field} "${typed.typed}"`).toBe(typed.value);
    }
  });
});

describe('items made by npm run nuovo', () => {
  it('build into pages', async () => {
    const content = mkdtempSync(join(tmpdir(), 'nuovo-build-'));
    expect(nuovo(content, [...OFFER_FLAGS, '--published', '2026-11-23']).code).toBe(0);
    expect(nuovo(content, ['servizio', '--title', 'Contributo affitto', '--category', 'abitare', '--provider', 'Comune di Milano', '--who', 'famiglie in affitto', '--inPerson', 'Bell NETT, largo Cervi 1', '--published', '2026-11-23']).code).toBe(0);
    const { runBuild } = await import('../helpers/build.ts');
    const out = `nuovo-${Date.now()}`;
    const build = runBuild('basic', out, { BULLETIN_CONTENT_DIR: content, BULLETIN_DATE: '2026-11-23' });
    expect(build.status, build.stderr).toBe(0);
    const { builtDir } = await import('../helpers/build.ts');
    const home = readFileSync(join(builtDir(out), 'index.html'), 'utf8');
    expect(home).toContain('data-id="lavapiatti-trattoria-da-gino-1"');
    expect(home).toContain('data-id="contributo-affitto"');
  });
});
