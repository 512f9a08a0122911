import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settings } from '../../../src/settings.ts';
import { LANGS } from '../../../src/i18n/languages.ts';
import { pageHeadHtml, type PageHead } from '../../../src/lib/view/html/head.ts';
import { languageLinks, ITALIAN_ONLY } from '../../../src/lib/view/page-languages.ts';
import { readerFor } from '../../../src/lib/view/reader.ts';
import { withoutInvalidChars } from '../../../src/lib/text/text-chars.ts';

const italian = readerFor(settings);
const head = (fields: Partial<PageHead> = {}) => load(`<html><head>${pageHeadHtml(italian, {
  title: 'Aiuto cuoco — Bollettino',
  description: 'Mensa Loreto cerca un aiuto cuoco.',
  canonical: 'https://bollettino.example.org/offerte/cuoco/',
  languages: languageLinks(settings, '/offerte/cuoco/', 'it', ITALIAN_ONLY),
  translated: false,
  ogType: 'article',
  noindex: false,
  style: { href: '/bollettino.css?v=1' },
  ...fields,
})}</head><body></body></html>`);

describe('the head of a page', () => {
  it('names the page, its address and its kind for search engines and link previews', () => {
    const $ = head();
    expect($('head > title').text()).toBe('Aiuto cuoco — Bollettino');
    expect($('meta[name=description]').attr('content')).toBe('Mensa Loreto cerca un aiuto cuoco.');
    expect($('link[rel=canonical]').attr('href')).toBe('https://bollettino.example.org/offerte/cuoco/');
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:locale"]').attr('content')).toBe('it_IT');
    expect($('link[rel=alternate][type="application/rss+xml"]').attr('href')).toBe('/rss.xml');
    expect($('meta[name=robots]').length).toBe(0);
  });

  it('announces the other languages (and x-default) only for a page that exists in them', () => {
    expect(head()('link[hreflang]').length).toBe(0);
    const $ = head({ languages: languageLinks(settings, '/', 'it', LANGS), translated: true });
    expect($('link[rel=alternate][hreflang]').length).toBe(LANGS.length + 1);
    expect($('link[hreflang=ar]').attr('href')).toBe('https://bollettino.example.org/ar/');
    expect($('link[hreflang=x-default]').attr('href')).toBe('https://bollettino.example.org/');
  });

  it('carries the stylesheet inline or links the cached file, and keeps filtered pages out of search engines', () => {
    const inline = head({ style: { css: '.card{margin:0}' }, noindex: true });
    expect(inline('style').text()).toBe('.card{margin:0}');
    expect(inline('link[rel=stylesheet]').length).toBe(0);
    expect(inline('meta[name=robots]').attr('content')).toBe('noindex');
    expect(head()('link[rel=stylesheet]').attr('href')).toBe('/bollettino.css?v=1');
  });

  it('keeps any title, description and JSON-LD text as data: nothing it holds becomes an element', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('</title><script>alert(1)</script>', '"><meta http-equiv="refresh" content="0;url=//x">', '</script><img src=x onerror=alert(1)>'));
    fc.assert(fc.property(text, text, (title, description) => {
      const $ = head({ title, description, jsonLd: { '@type': 'JobPosting', title } });
      expect($('head > *').length).toBe(16);
      expect($('head > title').text()).toBe(withoutInvalidChars(title).replace(/\r\n?/g, '\n'));
      expect($('meta[name=description]').attr('content')).toBe(withoutInvalidChars(description).replace(/\r\n?/g, '\n'));
      expect(JSON.parse($('script[type="application/ld+json"]').text()).title).toBe(title);
    }), { numRuns: 200 });
  });
});
