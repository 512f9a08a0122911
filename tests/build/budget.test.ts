/**
 * Size budgets on built output, for readers on prepaid data, in every language: an issue of
 * 30 items fits in the first 14 KB the server sends (gzip) and one of 60 in 24 KB, with its
 * CSS inline and nothing else needed to read it; every page, with all it loads, stays small.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipped, isReaderPage, issuePageGzBudget, PAGE_TOTAL_BUDGET, PAGE_TOTAL_GZ_BUDGET, SCRIPT_GZ_BUDGET, weighPage } from '../../bench/page-weight.ts';
import { LANGS } from '../../src/i18n/languages.ts';
import { builtDir, OUTPUT, ROOT, runBuild } from '../helpers/build.ts';
import { allFiles, readPage } from '../helpers/site.ts';
import { BUDGET_TODAY, writeBudgetContent } from './budget-content.ts';

const FIRST_ROUND_TRIP = issuePageGzBudget(30)!;
const budget = join(OUTPUT, 'budget');
const budget30 = join(OUTPUT, 'budget-30');
const prefix = (lang: string) => (lang === 'it' ? '' : `${lang}/`);

beforeAll(() => {
  for (const [name, count] of [['budget', 60], ['budget-30', 30]] as const) {
    const content = writeBudgetContent(join(OUTPUT, `${name}-content`), count);
    // The generated folder replaces the fixture's content folder.
    const run = runBuild('basic', name, { BULLETIN_CONTENT_DIR: relative(ROOT, content), BULLETIN_DATE: BUDGET_TODAY });
    if (run.status !== 0) throw new Error(`Budget build failed:\n${run.stdout}\n${run.stderr}`);
  }
});

describe('an issue of 30 and of 60 items, in every language', () => {
  it('has 30 (the sample: 32, stricter) and 60 cards', () => {
    expect(readPage(budget30, '/bollettino/2026-W48/')('article[data-id]').length).toBeGreaterThanOrEqual(30);
    expect(readPage(budget, '/bollettino/2026-W48/')('article[data-id]').length).toBe(60);
  });

  it('fits in 14,000 bytes gzipped at 30 items and 24,000 at 60, on its permanent page and at the home', () => {
    for (const [out, items] of [[budget30, 30], [budget, 60]] as const) {
      for (const lang of LANGS) {
        for (const path of [`${prefix(lang)}bollettino/2026-W48/index.html`, `${prefix(lang)}index.html`]) {
          const size = gzipped(readFileSync(join(out, path)));
          expect(size, `${items} items, ${path}: ${size} bytes gzipped`).toBeLessThanOrEqual(issuePageGzBudget(items)!);
        }
      }
    }
  });

  it('carries its CSS inline and needs no web font, image or stylesheet to be read', () => {
    const $ = readPage(budget, '/bollettino/2026-W48/');
    expect($('head style').length).toBe(1);
    expect($('link[rel~="stylesheet"], link[rel="preload"], img, picture, svg, video, iframe').length).toBe(0);
    const css = $('style').text();
    expect(css).not.toMatch(/@font-face|@import|url\(/);
  });

  it('loads at most one script, external, deferred, small and the same for every issue', () => {
    const scripts = readPage(budget, '/bollettino/2026-W48/')('script[src]');
    expect(scripts.length).toBe(1);
    expect(scripts.attr('defer')).toBeDefined();
    const src = scripts.attr('src')!;
    expect(readPage(budget, '/bollettino/2026-W47/')('script[src]').attr('src')).toBe(src);
    expect(gzipped(readFileSync(join(budget, src.split('?')[0]!)))).toBeLessThan(SCRIPT_GZ_BUDGET);
  });
});

describe('every page', () => {
  it('weighs less than 160 KB raw and 30 KB gzipped with all it loads, in the 60-item build and in the fixture build', () => {
    for (const out of [budget, builtDir('basic')]) {
      // Item pages do not grow with the issue: the fixture build weighs them all.
      const pages = allFiles(out).filter((file) => isReaderPage(relative(out, file)) && (out !== budget || !/\/(offerte|corsi|servizi)\//.test(file)));
      expect(pages.length).toBeGreaterThan(10);
      for (const file of pages) {
        const weight = weighPage(out, relative(out, file));
        expect(weight.total, `${file}: ${weight.total} bytes`).toBeLessThan(PAGE_TOTAL_BUDGET);
        expect(weight.totalGz, `${file}: ${weight.totalGz} bytes gzipped`).toBeLessThan(PAGE_TOTAL_GZ_BUDGET);
      }
    }
  });

  it('keeps each static filtered page of the 30-item issue within the 14 KB budget too, in every language', () => {
    for (const lang of LANGS) {
      const filtered = allFiles(join(budget30, `${prefix(lang)}bollettino/2026-W48/filtri`)).filter((file) => file.endsWith('.html'));
      expect(filtered.length).toBeGreaterThan(10);
      for (const file of filtered) expect(gzipped(readFileSync(file)), file).toBeLessThan(FIRST_ROUND_TRIP);
    }
  });
});
