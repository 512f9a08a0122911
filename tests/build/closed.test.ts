/**
 * One rule for closed items, checked on every output of the fixture build: an item closed
 * since the Monday keeps its place on the page and in the e-mail, marked closed, and never
 * offers a way to apply (HTML, plain text, item page); channel texts leave it out.
 */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGS } from '../../src/i18n/index.ts';
import { builtDir } from '../helpers/build.ts';
import { readPage } from '../helpers/site.ts';

const out = builtDir('basic');
const CLOSED = 'expires-on-monday';
const prefix = (lang: string) => (lang === 'it' ? '' : `${lang}/`);
const suffix = (lang: string) => (lang === 'it' ? '' : `.${lang}`);

describe('an item closed since the Monday', () => {
  it('has no way to apply on the issue page and on its own page, in every language', () => {
    for (const lang of LANGS) {
      const card = readPage(out, `/${prefix(lang)}bollettino/2026-W48/`)(`article[data-id="${CLOSED}"]`);
      expect(card.attr('data-closed'), lang).toBe('');
      expect(card.find('.actions, [data-action], .note').length, lang).toBe(0);
      const item = readPage(out, `/${prefix(lang)}offerte/${CLOSED}/`)('article');
      expect(item.find('.actions, [data-action], .ah').length, lang).toBe(0);
    }
  });

  it('has no apply line in the e-mail, HTML and plain text, in every language', () => {
    for (const lang of LANGS) {
      const verbs = Object.values(DICTIONARIES[lang].apply).filter((verb): verb is string => typeof verb === 'string');
      const text = readFileSync(join(out, 'email', `2026-W48${suffix(lang)}.txt`), 'utf8');
      const block = text.split('\n\n').find((part) => part.includes(`/${CLOSED}/`));
      expect(block, lang).toBeDefined();
      for (const verb of verbs) expect(block, `${lang}: ${verb}`).not.toContain(`${verb}:`);
      const $ = load(readFileSync(join(out, 'email', `2026-W48${suffix(lang)}.html`), 'utf8'));
      const heading = $(`h3:has(a[href*="/${CLOSED}/"])`);
      const after = heading.nextUntil('h3, h2').text();
      expect(after, lang).toContain(DICTIONARIES[lang].marks.closed);
      for (const verb of verbs) expect(after, `${lang}: ${verb}`).not.toContain(`${verb}:`);
    }
  });
});
