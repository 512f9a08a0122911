/**
 * Clean markup: html-validate's recommended rules find nothing on any built page — every page
 * type (current and past issues, filtered pages, archive, item pages of each kind, open and
 * closed, "Ricevi il bollettino", privacy, the editors' page) in every language.
 * The e-mails are left out: their table layout and inline styles are what e-mail clients need.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OTHER_LANGS } from '../../src/i18n/languages.ts';
import { htmlFilesUnder } from '../../src/lib/files/walk.ts';
import { builtDir } from '../helpers/build.ts';
import { markupProblems } from '../helpers/markup.ts';

const out = builtDir('basic');
const pages = htmlFilesUnder(out, (dir) => dir !== 'email');

describe('the built pages', () => {
  it('include every page type in every language', () => {
    const types = ['', 'bollettino/', 'bollettino/2026-W48/', 'bollettino/2026-W48/filtri/orario-scuola/', 'offerte/km0-monday/', 'offerte/expires-on-monday/', 'corsi/corso-digitale/', 'servizi/affitto/', 'iscriviti/', 'privacy/'];
    for (const type of types) {
      expect(pages, type).toContain(`${type}index.html`);
      for (const lang of OTHER_LANGS) expect(pages, `${lang}/${type}`).toContain(`${lang}/${type}index.html`);
    }
    expect(pages).toContain('bollettino/2026-W47/index.html');
    expect(pages).toContain('admin/index.html');
  });

  it('have no html-validate problem (recommended rules)', async () => {
    const problems: string[] = [];
    for (const page of pages) problems.push(...(await markupProblems(readFileSync(join(out, page), 'utf8'), page)));
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
  });

  it('keep a phone number on one line: the rule is not silent', async () => {
    const problems = await markupProblems('<!DOCTYPE html><html lang="it"><head><title>x</title></head><body><a href="tel:+390212345678">02 1234 5678</a></body></html>', 'probe.html');
    expect(problems.join('\n')).toContain('tel-non-breaking');
  });
});
