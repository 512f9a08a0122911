/**
 * The sign-up form on "Ricevi il bollettino" (only with a subscription service configured)
 * and the privacy notice it links to, in every language, as built.
 */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtDir, runBuild, SITE_URL } from '../helpers/build.ts';
import { LANGS } from '../../src/i18n/languages.ts';
import { privacyVersion } from '../../src/lib/subscribers/privacy.ts';
import { settings } from '../../src/settings.ts';
import { markupProblems } from '../helpers/markup.ts';

const ENDPOINT = 'https://iscrizioni.bollettino.test';
const page = (out: string, path: string) => load(readFileSync(join(builtDir(out), path, 'index.html'), 'utf8'));

describe('the sign-up form', () => {
  beforeAll(() => {
    const run = runBuild('basic', 'sign-up', { SUBSCRIBE_URL: ENDPOINT });
    if (run.status !== 0) throw new Error(`${run.stdout}\n${run.stderr}`);
  }, 300_000);

  it('is a plain HTML form posting every field the service reads to the service', () => {
    const $ = page('sign-up', 'iscriviti');
    const form = $('[data-way=modulo] form');
    expect(form.attr('method')).toBe('post');
    expect(form.attr('action')).toBe(`${ENDPOINT}/iscrizione`);
    expect(form.find('input[name=email][type=email][required]')).toHaveLength(1);
    expect(form.find('input[name=consenso][type=checkbox][required]')).toHaveLength(1);
    expect(form.find('input[name=nome]')).toHaveLength(1);
    expect(form.find('select[name=lang] option').map((_, option) => $(option).attr('value')).get()).toEqual([...LANGS]);
    expect(form.find('select[name=lang] option[selected]').attr('value')).toBe('it');
    // The honeypot is out of sight and out of the keyboard's way.
    expect(form.find('input[name=sito]').attr('tabindex')).toBe('-1');
    expect(form.find('[aria-hidden=true] input[name=sito]')).toHaveLength(1);
    expect(form.find('input[name=t][type=hidden]')).toHaveLength(1);
    expect(form.find('a').attr('href')).toBe(`${SITE_URL}/privacy/`);
    expect(form.find('button[type=submit]').text()).toBe('Iscriviti');
    // The other ways stay.
    expect($('[data-way=email] a').attr('href')).toMatch(/^mailto:/);
  });

  it('has clean markup (html-validate, recommended rules) with the privacy notice, in every language', async () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const path of ['iscriviti', 'privacy']) {
        const file = join(lang === 'it' ? '' : lang, path, 'index.html');
        problems.push(...(await markupProblems(readFileSync(join(builtDir('sign-up'), file), 'utf8'), file)));
      }
    }
    expect(problems).toEqual([]);
  });

  it('is not there without a service: the page keeps today\'s ways', () => {
    const $ = page('basic', 'iscriviti');
    expect($('form')).toHaveLength(0);
    expect($('[data-way=email]')).toHaveLength(1);
  });

  it('links a privacy notice in every language saying who holds the data, why, how long, the rights and how to use them, with the version the service records', () => {
    const version = privacyVersion(settings);
    for (const lang of LANGS) {
      const $ = page('sign-up', lang === 'it' ? 'privacy' : `${lang}/privacy`);
      expect($('html').attr('lang'), lang).toBe(lang);
      const text = $('main').text();
      expect(text, lang).toContain(settings.publisher);
      expect(text, lang).toContain(settings.contact.email);
      expect(text, lang).toContain('Garante per la protezione dei dati personali');
      expect($('[data-version]').attr('data-version'), lang).toBe(version);
      expect($('main p').length, lang).toBeGreaterThanOrEqual(7);
    }
    expect(page('sign-up', 'privacy')('main').text()).toContain('7 giorni');
  });
});
