import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtDir, ROOT } from '../helpers/build.ts';
import { titleSimilarity, upcomingMondayFrom } from '../../src/lib/editor/check.ts';

function controlla(content: string, args: string[] = []) {
  const run = spawnSync(process.execPath, ['scripts/controlla.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BULLETIN_CONTENT_DIR: content, BULLETIN_DATE: '2026-11-21' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const lineFor = (out: string, file: string) => out.split('\n').filter((line) => line.includes(file));

describe('npm run controlla', () => {
  const summaryFile = join(mkdtempSync(join(tmpdir(), 'summary-')), 'summary.md');
  writeFileSync(summaryFile, '# Job summary\n');
  const run = controlla('tests/fixtures/controlla', ['--dist', '/nessuna-cartella', '--markdown', summaryFile]);

  it('reports content errors and exits with 1', () => {
    expect(run.code).toBe(1);
    expect(run.out).toContain('✗ tests/fixtures/controlla/services/errore.md — campo "category" (riga 4): "casa" non è un valore ammesso');
  });

  it('speaks of the issue of the coming Monday', () => {
    expect(run.out).toContain('numero di lunedì 23 novembre 2026');
  });

  it('flags likely duplicates: same employer and a similar title', () => {
    expect(lineFor(run.out, 'pulizie-loreto-bis.md').join('\n')).toContain('sembra un doppione di tests/fixtures/controlla/offers/pulizie-loreto.md (stesso datore di lavoro');
  });

  it('lists offers missing what job seekers decide on', () => {
    const lines = lineFor(run.out, 'senza-dettagli.md').join('\n');
    expect(lines).toContain('il luogo');
    expect(lines).toContain('il livello di italiano');
    expect(lines).toContain('giorni e orari');
  });

  it('flags contacts and links that look wrong', () => {
    const lines = lineFor(run.out, 'senza-dettagli.md').join('\n');
    expect(lines).toContain('apply.whatsapp: "02 9876 5432" non sembra un cellulare');
    expect(lines).toContain('apply.email: "candidature@gmial.com" sembra scritto male');
    expect(lines).toContain('apply.url: "http://www.example.org/lavoro" usa http://');
    expect(lineFor(run.out, 'scade-mercoledi.md').join('\n')).toContain('"333 12345" ha 8 cifre');
  });

  it('lists what expires in the coming week and what expired already', () => {
    expect(lineFor(run.out, 'scade-mercoledi.md').join('\n')).toContain('scade il 25 novembre 2026');
    expect(lineFor(run.out, 'vecchia.md').join('\n')).toContain('è scaduto il 1º ottobre 2026');
  });

  it('says links were not checked when there is no built site', () => {
    expect(run.out).toContain('I link del sito non sono stati controllati');
  });

  it('appends the same report as Markdown for a CI job summary', () => {
    const markdown = readFileSync(summaryFile, 'utf8');
    expect(markdown.startsWith('# Job summary\n## ✗ Risultato: 1 errori')).toBe(true);
    expect(markdown).toMatch(/^### ERRORI: il bollettino non si può pubblicare finché non li correggi \(1\)$/m);
    expect(markdown).toContain('- ✗ tests/fixtures/controlla/services/errore.md — campo "category" (riga 4)');
    expect(markdown).toMatch(/^### AVVISI: possibili doppioni \(\d+\)$/m);
    // The plain report is still printed for the log.
    expect(run.out).not.toContain('###');
  });

  it('exits 0 with warnings only, and finds no broken link in a good build', () => {
    const clean = controlla('tests/fixtures/basic', ['--dist', builtDir('basic')]);
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('Risultato: nessun errore');
    expect(clean.out).not.toContain('link interni rotti');
  });

  it('reports broken internal links of a built site as errors', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-'));
    mkdirSync(join(dist, 'bollettino'));
    writeFileSync(join(dist, 'index.html'), '<a href="/bollettino/">ok</a> <a href="/offerte/sparita/">rotto</a> <a href="/rss.xml">feed</a>');
    writeFileSync(join(dist, 'bollettino', 'index.html'), '<a href="/">home</a>');
    const broken = controlla('tests/fixtures/basic', ['--dist', dist]);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('index.html: il link "/offerte/sparita/" porta a una pagina che non esiste.');
    expect(broken.out).toContain('il link "/rss.xml"');
    expect(broken.out).not.toContain('"/bollettino/"');
  });
});

describe('check rules', () => {
  it('finds the next Monday, or today when today is Monday', () => {
    expect(upcomingMondayFrom('2026-11-21')).toBe('2026-11-23');
    expect(upcomingMondayFrom('2026-11-23')).toBe('2026-11-23');
    expect(upcomingMondayFrom('2026-12-31')).toBe('2027-01-04');
  });

  it('measures title similarity on words, ignoring case and accents', () => {
    expect(titleSimilarity('Addetta pulizie uffici a Loreto', 'Addetta alle pulizie di uffici, Loreto')).toBeGreaterThanOrEqual(0.5);
    expect(titleSimilarity('Cuoco a Loreto', 'Badante a Turro')).toBeLessThan(0.2);
  });
});

describe('npm run controlla -- --prossimo', () => {
  const names = (out: string, heading: string): string[] => {
    const block = out.split('\n\n').find((part) => part.startsWith(heading)) ?? '';
    return block.split('\n').slice(1).map((line) => /— tests\/fixtures\/basic\/(.+)$/.exec(line)?.[1]).filter((name): name is string => Boolean(name)).sort();
  };

  it('lists next Monday\'s issue of the fixture on Wednesday 25 November: new, carried over, leaving, drafts', () => {
    const run = spawnSync(process.execPath, ['scripts/controlla.ts', '--prossimo'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, BULLETIN_CONTENT_DIR: 'tests/fixtures/basic', BULLETIN_DATE: '2026-11-25' },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^IL PROSSIMO NUMERO, lunedì 30 novembre 2026 \(2026-W49\): 9 annunci, 2 nuovi; 3 escono, 1 bozza pronta\./);
    expect(names(run.stdout, 'NUOVI')).toEqual(['offers/future-offer.md', 'offers/published-today.md']);
    expect(names(run.stdout, 'RESTANO')).toEqual([
      'courses/corso-digitale.mdx', 'courses/italiano-a2.md', 'offers/escaping.md', 'offers/km0-monday.md', 'offers/lavoro-old.md', 'offers/lavoro-tuesday.md', 'services/affitto.md',
    ]);
    expect(names(run.stdout, 'ESCONO')).toEqual(['courses/corso-default-60.md', 'offers/default-30-in.md', 'offers/expires-on-monday.md']);
    expect(run.stdout).toContain('«Offerta che scade il lunedì del numero» (Offerte di lavoro): ultimo giorno 23 novembre 2026');
    expect(names(run.stdout, 'BOZZE')).toEqual(['offers/draft-offer.md']);
    // Only the plan: the warnings are the normal report's.
    expect(run.stdout).not.toContain('AVVISI');
  });

  it('puts the same plan, without the items that stay, in the normal report', () => {
    const run = spawnSync(process.execPath, ['scripts/controlla.ts'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, BULLETIN_CONTENT_DIR: 'tests/fixtures/basic', BULLETIN_DATE: '2026-11-25' },
    });
    expect(run.stdout).toContain('IL PROSSIMO NUMERO, lunedì 30 novembre 2026 (2026-W49): 9 annunci, 2 nuovi; 3 escono, 1 bozza pronta.');
    expect(names(run.stdout, 'NUOVI')).toEqual(['offers/future-offer.md', 'offers/published-today.md']);
    expect(names(run.stdout, 'BOZZE')).toEqual(['offers/draft-offer.md']);
    expect(run.stdout).not.toContain('RESTANO');
  });
});
