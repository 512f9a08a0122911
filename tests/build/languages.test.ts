/**
 * The fixture bulletin in the reader languages, read as a reader would: every word the
 * programme writes translated, editors' text marked Italian unless translated, and an
 * e-mail per language.
 */
import { load } from 'cheerio';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OTHER_LANGS } from '../../src/i18n/languages.ts';
import { builtDir, ROOT, SITE_URL } from '../helpers/build.ts';
import { readPage } from '../helpers/site.ts';

const out = builtDir('basic');
const ISSUE = '/bollettino/2026-W48/';
const italian = readPage(out, ISSUE);
/** Facts whose values come from the schema's enums (sector, contract, hours, course kind, service category). */
const ENUM_FACTS = ['sector', 'contract', 'hours', 'kind', 'category'];
const factValues = ($: ReturnType<typeof readPage>) =>
  ENUM_FACTS.flatMap((key) => $(`article [data-fact="${key}"]`).map((_, el) => `${$(el).closest('article').attr('data-id')} ${key}: ${$(el).text()}`).get());

describe('the current issue in each reader language', () => {
  it('exists under /<lang>/ with the same cards, its language and direction', () => {
    const ids = italian('article[data-id]').map((_, el) => italian(el).attr('data-id')).get();
    for (const lang of OTHER_LANGS) {
      for (const path of [`/${lang}/`, `/${lang}${ISSUE}`]) {
        const $ = readPage(out, path);
        expect($('html').attr('lang'), path).toBe(lang);
        expect($('html').attr('dir'), path).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        expect($('article[data-id]').map((_, el) => $(el).attr('data-id')).get(), path).toEqual(ids);
      }
    }
  });

  it('shows every enum value in words that differ from the Italian ones', () => {
    const mine = factValues(italian);
    expect(mine.length).toBeGreaterThan(10);
    for (const lang of OTHER_LANGS) {
      const theirs = factValues(readPage(out, `/${lang}${ISSUE}`));
      expect(theirs).toHaveLength(mine.length);
      theirs.forEach((value, index) => expect(value, lang).not.toBe(mine[index]));
    }
  });

  it('translates section titles, marks, apply verbs and dates', () => {
    const $ = readPage(out, `/ar${ISSUE}`);
    expect($('section#km0 h2').text()).toBe('عمل قريب من البيت (km 0)');
    expect($('article[data-id="km0-monday"] .mark.new').text()).toBe('جديد');
    expect($('article[data-id="km0-monday"] [data-action="phone"]').text()).toContain('اتصل');
    // Latin digits in Arabic dates, as phone numbers and times are written.
    expect($('h1').text()).toContain('23 نوفمبر 2026');
    expect(readPage(out, `/en${ISSUE}`)('h1').text()).toMatch(/Monday,? 23 November 2026/);
  });

  it('marks untranslated titles, summaries and bodies as Italian, and only there', () => {
    const $ = readPage(out, `/fr${ISSUE}`);
    const title = $('article[data-id="lavoro-tuesday"] h3');
    expect(title.attr('lang')).toBe('it');
    expect(readPage(out, '/fr/offerte/km0-monday/')('article .sum').attr('lang')).toBe('it');
    expect(readPage(out, '/fr/offerte/km0-monday/')('[data-content-body]').attr('lang')).toBe('it');
    expect(italian('main [lang="it"]').length).toBe(0);
  });

  it('replaces the title with its translation in that language only', () => {
    const card = (lang: string) => readPage(out, `/${lang}${ISSUE}`)('article[data-id="km0-monday"]');
    expect(card('en').find('h3').text()).toBe('Kitchen assistant near home');
    expect(card('en').find('h3').attr('lang')).toBeUndefined();
    const summary = (lang: string) => readPage(out, `/${lang}/offerte/km0-monday/`)('article .sum');
    expect(summary('en').attr('lang')).toBe('it');
    expect(card('ar').find('h3').text()).toBe('مساعد طباخ قريب من البيت');
    expect(summary('ar').text()).toBe('عمل في مطبخ مقصف الحي، صباحًا فقط.');
    for (const lang of ['es', 'fr', 'si']) expect(card(lang).find('h3').text()).toBe('Aiuto cuoco km 0 pubblicato di lunedì');
    expect(italian('article[data-id="km0-monday"] h3').text()).toBe('Aiuto cuoco km 0 pubblicato di lunedì');
  });

  it('keeps issue page cards short: the summary is on the item page', () => {
    expect(italian('article[data-id="km0-monday"] .sum').length).toBe(0);
    expect(readPage(out, '/offerte/km0-monday/')('article .sum').text()).toBe('Offerta locale pubblicata il lunedì del numero.');
  });

  it('links each page to its other languages (hreflang, x-default) and names each language in itself', () => {
    const $ = readPage(out, '/si/offerte/km0-monday/');
    const alternates = Object.fromEntries($('link[rel="alternate"][hreflang]').map((_, el) => [[$(el).attr('hreflang'), $(el).attr('href')]]).get());
    expect(alternates).toEqual({
      it: `${SITE_URL}/offerte/km0-monday/`, ar: `${SITE_URL}/ar/offerte/km0-monday/`, en: `${SITE_URL}/en/offerte/km0-monday/`,
      es: `${SITE_URL}/es/offerte/km0-monday/`, fr: `${SITE_URL}/fr/offerte/km0-monday/`, si: `${SITE_URL}/si/offerte/km0-monday/`,
      'x-default': `${SITE_URL}/offerte/km0-monday/`,
    });
    expect($('nav.langs a').map((_, el) => $(el).text()).get()).toEqual(['Italiano', 'العربية', 'English', 'Español', 'Français', 'සිංහල']);
  });

  it('says on Italian-only pages, in each language, that they are Italian only, with a link home', () => {
    const $ = readPage(out, '/bollettino/2026-W47/');
    expect($('link[hreflang]').length).toBe(0);
    const notice = $('.only-it li[lang="ar"]');
    expect(notice.attr('dir')).toBe('rtl');
    expect(notice.text()).toContain('هذه الصفحة باللغة الإيطالية فقط.');
    expect(notice.find('a').attr('href')).toBe('/ar/');
    // From a translated archive, past issues are marked as Italian.
    expect(readPage(out, '/es/bollettino/')('li[data-week="2026-W47"] a').attr('hreflang')).toBe('it');
  });

  it('lists the home of each language in the sitemap', () => {
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    for (const lang of OTHER_LANGS) expect(sitemap).toContain(`<loc>${SITE_URL}/${lang}/</loc>`);
  });
});

describe('the e-mail in each reader language', () => {
  it('exists next to the Italian one, with lang, dir, a subject in that language, under the 90 KB budget', () => {
    const meta = JSON.parse(readFileSync(join(out, 'email', '2026-W48.json'), 'utf8'));
    expect(meta).toMatchObject({ week: '2026-W48', number: 5, lang: 'it', subject: expect.stringContaining('n. 5') });
    for (const lang of OTHER_LANGS) {
      const html = join(out, 'email', `2026-W48.${lang}.html`);
      expect(statSync(html).size).toBeLessThan(90 * 1024);
      const $ = load(readFileSync(html, 'utf8'));
      expect($('html').attr('lang')).toBe(lang);
      expect($('html').attr('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      const own = JSON.parse(readFileSync(join(out, 'email', `2026-W48.${lang}.json`), 'utf8'));
      expect(own.lang).toBe(lang);
      expect(own.subject).not.toBe(meta.subject);
      expect($('title').text()).toBe(own.subject);
      expect(meta.languages[lang]).toEqual({ html: `2026-W48.${lang}.html`, text: `2026-W48.${lang}.txt`, subject: own.subject, dir: lang === 'ar' ? 'rtl' : 'ltr' });
      expect(readFileSync(join(out, 'email', `2026-W48.${lang}.txt`), 'utf8')).toContain(`${SITE_URL}/${lang}/offerte/km0-monday/`);
    }
    expect(JSON.parse(readFileSync(join(out, 'email', '2026-W48.en.json'), 'utf8')).subject).toMatch(/^Bollettino Lavoro Municipi 2 e 3 No\. 5 — Monday,? 23 November 2026$/);
  });

  it('takes its direction and alignment from the reader: nothing left to right in the Arabic layout', () => {
    const template = readFileSync(join(ROOT, 'templates', 'email.mjml'), 'utf8');
    // Only links to numbers and addresses are marked left to right (`dir="ltr"`); the layout never is.
    expect(template).not.toMatch(/direction="ltr"|align="left"|text-align:\s*left|direction:\s*ltr/);
    const arabic = readFileSync(join(out, 'email', '2026-W48.ar.html'), 'utf8');
    expect(arabic).not.toMatch(/direction:\s*ltr|text-align:\s*left|align="left"/);
    expect(arabic).toMatch(/direction:rtl/);
    const italianMail = readFileSync(join(out, 'email', '2026-W48.html'), 'utf8');
    expect(italianMail).not.toMatch(/direction:\s*rtl|text-align:\s*right/);
  });

  it('hides its preheader without text the colour of the background', () => {
    for (const lang of ['it', 'ar']) {
      const $ = load(readFileSync(join(out, 'email', lang === 'it' ? '2026-W48.html' : `2026-W48.${lang}.html`), 'utf8'));
      const hidden = $('body div').filter((_, el) => /display:\s*none/.test($(el).attr('style') ?? ''));
      expect(hidden.length).toBe(1);
      expect(hidden.text()).toContain(lang === 'it' ? '10 annunci' : 'الإعلانات');
      expect(hidden.attr('style')).not.toMatch(/color|opacity|font-size/);
    }
  });

  it('keeps phone numbers whole inside Arabic text', () => {
    expect(readFileSync(join(out, 'email', '2026-W48.ar.txt'), 'utf8')).toContain('اتصل: \u206602 1234 5678\u2069');
  });
});
