/**
 * Size budgets on built output, for readers on prepaid data: an issue of 60 items fits in
 * the first 14 KB the server sends (gzip), with its CSS inline and nothing else needed to
 * read it; every page, with all it loads, stays under 100 KB.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipped, ISSUE_PAGE_GZ_BUDGET, PAGE_TOTAL_BUDGET, SCRIPT_GZ_BUDGET, weighPage } from '../../bench/page-weight.ts';
import { builtDir, OUTPUT, ROOT, runBuild } from '../helpers/build.ts';
import { allFiles, readPage } from '../helpers/site.ts';
import { BUDGET_TODAY, writeBudgetContent } from './budget-content.ts';

const FIRST_ROUND_TRIP = ISSUE_PAGE_GZ_BUDGET;
const PAGE_TOTAL = PAGE_TOTAL_BUDGET;
const budget = join(OUTPUT, 'budget');

beforeAll(() => {
  const content = writeBudgetContent(join(OUTPUT, 'budget-content'));
  // The generated folder replaces the fixture's content folder.
  const run = runBuild('basic', 'budget', { BULLETIN_CONTENT_DIR: relative(ROOT, content), BULLETIN_DATE: BUDGET_TODAY });
  if (run.status !== 0) throw new Error(`Budget build failed:\n${run.stdout}\n${run.stderr}`);
});

describe('an issue of 60 items', () => {
  it('has 60 cards', () => {
    expect(readPage(budget, '/bollettino/2026-W48/')('article[data-id]').length).toBe(60);
  });

  it('fits in the first 14 KB round trip, gzipped, on its permanent page and at /', () => {
    for (const path of ['bollettino/2026-W48/index.html', 'index.html']) {
      const size = gzipped(readFileSync(join(budget, path)));
      expect(size, `${path}: ${size} bytes gzipped`).toBeLessThan(FIRST_ROUND_TRIP);
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
  it('weighs less than 100 KB with all it loads, in the 60-item build and in the fixture build', () => {
    for (const out of [budget, builtDir('basic')]) {
      const pages = allFiles(out).filter((file) => file.endsWith('.html') && !file.includes('/email/'));
      expect(pages.length).toBeGreaterThan(10);
      for (const file of pages) {
        const weight = weighPage(out, relative(out, file)).total;
        expect(weight, `${file}: ${weight} bytes`).toBeLessThan(PAGE_TOTAL);
      }
    }
  });

  it('keeps each static filtered page within the 14 KB budget too', () => {
    const filtered = allFiles(join(budget, 'bollettino/2026-W48/filtri')).filter((file) => file.endsWith('.html'));
    expect(filtered.length).toBeGreaterThan(10);
    for (const file of filtered) expect(gzipped(readFileSync(file)), file).toBeLessThan(FIRST_ROUND_TRIP);
  });
});
