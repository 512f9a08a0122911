import { describe, expect, it } from 'vitest';
import { buildBulletin } from '../../../src/lib/issue/model.ts';
import { sitemapEntries, sitemapXml } from '../../../src/lib/view/sitemap.ts';
import { offer } from '../../helpers/items.ts';

const settings = { siteUrl: 'https://bollettino.test' };
const items = [
  offer('open', { published: '2026-11-16' }),
  offer('closed', { published: '2026-11-02', expires: '2026-11-20' }),
  offer('draft', { published: '2026-11-16', draft: true }),
];
const bulletin = buildBulletin(items, '2026-11-25', '2026-W47');

describe('the sitemap', () => {
  it('lists home (in every language), archive, Ricevi il bollettino (in every language), every issue and every item page with absolute URLs', () => {
    const locs = sitemapEntries(bulletin, settings).map((entry) => entry.loc);
    expect(locs).toEqual([
      'https://bollettino.test/',
      ...['ar', 'en', 'es', 'fr', 'si'].map((lang) => `https://bollettino.test/${lang}/`),
      'https://bollettino.test/bollettino/',
      ...['', 'ar/', 'en/', 'es/', 'fr/', 'si/'].map((prefix) => `https://bollettino.test/${prefix}iscriviti/`),
      'https://bollettino.test/bollettino/2026-W48/',
      'https://bollettino.test/bollettino/2026-W47/',
      'https://bollettino.test/offerte/closed/',
      'https://bollettino.test/offerte/open/',
    ]);
  });

  it('dates issues by their Monday and a closed item by the day it closed', () => {
    const lastmod = Object.fromEntries(sitemapEntries(bulletin, settings).map((entry) => [entry.loc, entry.lastmod]));
    expect(lastmod['https://bollettino.test/']).toBe('2026-11-23');
    expect(lastmod['https://bollettino.test/bollettino/2026-W47/']).toBe('2026-11-16');
    expect(lastmod['https://bollettino.test/offerte/open/']).toBe('2026-11-16');
    expect(lastmod['https://bollettino.test/offerte/closed/']).toBe('2026-11-21');
  });

  it('writes sitemaps.org XML', () => {
    const xml = sitemapXml([{ loc: 'https://bollettino.test/a?b=1&c=2', lastmod: '2026-11-23' }]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://bollettino.test/a?b=1&amp;c=2</loc><lastmod>2026-11-23</lastmod></url>');
  });
});
