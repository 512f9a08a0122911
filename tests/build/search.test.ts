/**
 * Search, as built: Pagefind's files and one index per language, item pages only (past items
 * included); the issue and archive pages hold the field and never load Pagefind themselves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, OTHER_LANGS } from '../../src/i18n/languages.ts';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import { builtDir } from '../helpers/build.ts';
import { readPage, relativeFiles } from '../helpers/site.ts';

const out = builtDir('basic');
const itemPages = (prefix: string) => relativeFiles(out).filter((path) => new RegExp(`^${prefix}(offerte|corsi|servizi)/[^/]+/index\\.html$`).test(path));

describe('the search index', () => {
  it('has one index per reader language, each holding exactly that language\'s item pages', () => {
    const entry = JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual([...LANGS].sort());
    expect(entry.languages['it']!.page_count).toBe(itemPages('').length);
    // Past items too: the item closed before this week's Monday is searchable in Italian.
    expect(itemPages('')).toContain('offerte/expired-sunday/index.html');
    for (const lang of OTHER_LANGS) expect(entry.languages[lang]!.page_count, lang).toBe(itemPages(`${lang}/`).length);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('marks the content of item pages only, not issue, filter or archive pages', () => {
    expect(readPage(out, '/offerte/km0-monday/')('[data-pagefind-body]').length).toBeGreaterThan(0);
    for (const path of ['/', '/bollettino/', '/bollettino/2026-W48/', '/bollettino/2026-W48/filtri/orario-scuola/', '/iscriviti/']) {
      expect(readPage(out, path)('[data-pagefind-body]').length, path).toBe(0);
    }
  });
});

describe('the search field', () => {
  it('is a link to the archive without JavaScript on issue pages, a labelled field (hidden until the script shows it) in every language', () => {
    for (const lang of LANGS) {
      const prefix = lang === 'it' ? '' : `/${lang}`;
      const t = DICTIONARIES[lang];
      const $ = readPage(out, `${prefix}/bollettino/2026-W48/`);
      const box = $('[role=search][data-find]');
      expect(box.length, lang).toBe(1);
      expect(box.attr('data-find')).toBe('/pagefind/');
      expect(box.find('[data-find-fallback] a').attr('href'), lang).toBe(`${prefix}/bollettino/`);
      expect(box.find('[data-find-fallback] a').text(), lang).toBe(t.search.archive);
      expect(box.find('form[hidden] label[for=cerca]').text(), lang).toBe(t.search.label);
      expect(box.find('input#cerca[type=search]').length, lang).toBe(1);
      expect(box.find('form button[type=submit]').text(), lang).toBe(t.search.submit);
      // The archive holds the field but no link to itself.
      const archive = readPage(out, `${prefix}/bollettino/`);
      expect(archive('[data-find] input[type=search]').length, lang).toBe(1);
      expect(archive('[data-find-fallback]').length, lang).toBe(0);
    }
  });

  it('loads nothing of Pagefind from the page itself (the page script does, on focus)', () => {
    for (const path of ['/', '/bollettino/', '/ar/', '/ar/bollettino/']) {
      const $ = readPage(out, path);
      expect($('script[src*="pagefind"], link[href*="pagefind"]').length, path).toBe(0);
      expect($.html(), path).not.toContain('pagefind.js');
    }
  });
});
