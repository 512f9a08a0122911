import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_MARKER } from '../../src/lib/publish/output-guard.ts';
import { leftovers, OUTPUT, runBuild, type BuildRun } from '../helpers/build.ts';

const target = join(OUTPUT, 'broken');
let run: BuildRun;

beforeAll(() => {
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, 'index.html'), 'previous issue');
  writeFileSync(join(target, BUILD_MARKER), '');
  run = runBuild('broken', 'broken');
});

describe('a build with content mistakes', () => {
  it('stops with a non-zero exit code', () => {
    expect(run.status).toBe(1);
  });

  it('reports every problem of every file in Italian, with file, field and line', () => {
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('✗'));
    expect(run.stderr).toContain('Il bollettino non è stato pubblicato');
    expect(lines).toContain('✗ tests/fixtures/broken/offers/lavapiatti.md — campo "published" (riga 3): "2026-02-30" non è una data valida. Scrivi la data come AAAA-MM-GG, per esempio 2026-11-23.');
    expect(lines.some((l) => l.includes('lavapiatti.md — campo "scadenza"') && l.includes('intendevi "expires"?'))).toBe(true);
    expect(lines.some((l) => l.includes('campo "sector"') && l.includes('"ristorazion" non è un valore ammesso') && l.includes('ristorazione, pulizie'))).toBe(true);
    expect(lines.some((l) => l.includes('senza-candidatura.md — campo "apply"') && l.includes('obbligatorio'))).toBe(true);
    expect(lines.some((l) => l.includes('telefono-numero.md — campo "apply.phone"') && l.includes('tra virgolette'))).toBe(true);
    expect(lines.some((l) => l.includes('corso-rotto.md — campo "end"'))).toBe(true);
    expect(lines.some((l) => l.includes('corso-rotto.md — campo "enrollBy"'))).toBe(true);
    expect(lines.some((l) => l.includes('corso-rotto.md — campo "level"'))).toBe(true);
    expect(lines.some((l) => l.includes('corso-rotto.md — campo "cost"'))).toBe(true);
    expect(lines.some((l) => l.includes('yaml-rotto.md (riga 4)'))).toBe(true);
  });

  it('refuses MDX that is code, control characters, a year typed wrong and files it would not read', () => {
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('✗'));
    const services = 'tests/fixtures/broken/services';
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringContaining(`${services}/ostile.mdx (riga 10): "import" di "node:fs" non è ammesso`),
      expect.stringContaining(`${services}/ostile.mdx (riga 11): "export" e altro codice non sono ammessi`),
      expect.stringContaining(`${services}/ostile.mdx (riga 13): le parentesi graffe { } non sono ammesse`),
      expect.stringContaining(`${services}/caratteri.md — campo "title" (riga 2): il valore contiene un carattere di controllo (U+001B)`),
      expect.stringContaining(`${services}/caratteri.md — campo "published" (riga 3): "9999-11-02": l'anno 9999 sembra un errore di battitura`),
      expect.stringContaining(`${services}/caratteri.md — campo "provider" (riga 5): la riga contiene un carattere invisibile di controllo (U+000B)`),
      expect.stringContaining(`${services}/Sportello.MD: non viene letto`),
      expect.stringContaining(`${services}/vecchi: è una sottocartella`),
    ]));
  });

  it('shows no stack trace', () => {
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('leaves the previous output untouched', () => {
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('previous issue');
    // Astro was started beside the content check and stopped: nothing of it is left (staging, model, lock).
    expect(leftovers(target)).toEqual([]);
  });

  it('shows only the Italian report, nothing Astro printed before it was stopped', () => {
    const other = run.stderr.split('\n').filter((line) => line.trim() && !line.startsWith('✗') && !line.startsWith('Il bollettino non è stato pubblicato'));
    expect(other).toEqual([]);
    expect(run.stdout).not.toMatch(/astro|vite|\[build\]/i);
  });
});
