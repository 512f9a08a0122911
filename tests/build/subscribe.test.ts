/** The "Ricevi il bollettino" page of the fixture build, and the footer link that leads there. */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, OTHER_LANGS } from '../../src/i18n/index.ts';
import { builtDir, SITE_URL } from '../helpers/build.ts';

const page = (path: string) => load(readFileSync(join(builtDir('basic'), path, 'index.html'), 'utf8'));

describe('Ricevi il bollettino', () => {
  const $ = page('iscriviti');

  it('says how to subscribe by e-mail and by feed, and how to find the printed bulletin', () => {
    expect($('h1').text()).toBe('Ricevi il bollettino');
    expect($('[data-way=email] a').attr('href')).toMatch(/^mailto:redazione@example\.org\?subject=/);
    expect($('[data-way=rss] a').attr('href')).toBe(`${SITE_URL}/rss.xml`);
    expect($('[data-way=sportello]').text()).toContain('in bacheca agli sportelli');
    // No channel links in the settings: no empty WhatsApp or Telegram section.
    expect($('[data-way=whatsapp], [data-way=telegram]')).toHaveLength(0);
  });

  it('is linked from the footer of every page', () => {
    for (const path of ['', 'bollettino', 'iscriviti']) expect(page(path)('footer a[href="/iscriviti/"]').text()).toBe('Ricevi il bollettino');
  });
});

describe('Ricevi il bollettino in every reader language', () => {
  it('exists at /<lang>/iscriviti/ in that language, is in the switcher, the footer and the sitemap', () => {
    const sitemap = readFileSync(join(builtDir('basic'), 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE_URL}/iscriviti/</loc>`);
    for (const lang of OTHER_LANGS) {
      const $ = page(`${lang}/iscriviti`);
      expect($('html').attr('lang')).toBe(lang);
      expect($('h1').text()).toBe(DICTIONARIES[lang].subscribePage.title);
      expect($('[data-way=email] h2').text()).toBe(DICTIONARIES[lang].subscribePage.email.title);
      // The message to the editors stays Italian and says which language to send.
      expect(decodeURIComponent($('[data-way=email] a').attr('href')!)).toContain(`Lingua: ${lang}.`);
      expect($(`nav.langs a[hreflang="it"]`).attr('href')).toBe('/iscriviti/');
      expect($(`link[rel="alternate"][hreflang="${lang}"]`).attr('href')).toBe(`${SITE_URL}/${lang}/iscriviti/`);
      expect(page(lang)(`footer a[href="/${lang}/iscriviti/"]`).text()).toBe(DICTIONARIES[lang].site.subscribe);
      expect(sitemap).toContain(`<loc>${SITE_URL}/${lang}/iscriviti/</loc>`);
    }
  });
});
