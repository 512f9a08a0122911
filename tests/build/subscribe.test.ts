/** The "Ricevi il bollettino" page of the fixture build, and the footer link that leads there. */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
