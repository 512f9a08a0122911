/**
 * "Posto coperto" and "posti esauriti" in every output of a real build: the issue page, the
 * item page and its JSON-LD, the e-mail (HTML and text), the feed and the channel texts, in
 * Italian and in another language. Fixture: an offer filled on Tuesday of the current week, a
 * course full from the same day, an offer filled the week before, an open offer for contrast.
 */
import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtDir, runBuild } from '../helpers/build.ts';

const OUT = 'filled';
const dist = builtDir(OUT);
const read = (...path: string[]) => readFileSync(join(dist, ...path), 'utf8');
const page = (...path: string[]): CheerioAPI => load(read(...path));

/** Nothing of the filled offer's contacts may be anywhere near it. */
const CONTACTS = ['02 1111 2222', '+390211112222', '333 1112222', 'cuoco@example.org', 'Porta il CV'];

beforeAll(() => {
  const run = runBuild('filled', OUT);
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}, 300_000);

describe('a filled offer and a full course in every output', () => {
  it('issue page: closed with their own words, no apply actions; the open offer keeps its button', () => {
    const $ = page('index.html');
    const filled = $('article[data-id="cuoco-coperto"]');
    expect(filled.find('.mark.closed').text()).toBe('Posto già coperto');
    expect(filled.find('[data-fact="deadline"]').text()).toBe('Posto già coperto dal 24 novembre 2026');
    expect(filled.find('[data-action], a[href^="tel:"], a[href^="mailto:"], a[href*="wa.me"]')).toHaveLength(0);
    for (const contact of CONTACTS) expect(filled.text()).not.toContain(contact);
    const full = $('article[data-id="corso-pieno"]');
    expect(full.find('.mark.closed').text()).toBe('Posti esauriti');
    expect(full.find('[data-action]')).toHaveLength(0);
    expect($('article[data-id="commessa-aperta"] [data-action="phone"]').attr('href')).toBe('tel:+390233334444');
    // Filled before this Monday: not in this week's issue at all.
    expect($('article[data-id="magazziniere-coperto-prima"]')).toHaveLength(0);
  });

  it('item pages: a banner with the day, no apply actions, no share box; JSON-LD valid until that day', () => {
    const $ = page('offerte', 'cuoco-coperto', 'index.html');
    expect($('.closed-banner').text()).toContain('Posto già coperto dal 24 novembre 2026');
    expect($('[data-action]')).toHaveLength(0);
    for (const contact of CONTACTS.slice(0, 4)) expect($('main').text()).not.toContain(contact);
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({ '@type': 'JobPosting', validThrough: '2026-11-24T00:00:00+01:00' });
    const earlier = page('offerte', 'magazziniere-coperto-prima', 'index.html');
    expect(earlier('.closed-banner').text()).toContain('Posto già coperto dal 20 novembre 2026');
    const course = page('corsi', 'corso-pieno', 'index.html');
    expect(course('.closed-banner').text()).toContain('Posti esauriti dal 24 novembre 2026');
    const courseLd = JSON.parse(course('script[type="application/ld+json"]').text()) as { offers: Record<string, unknown> };
    expect(courseLd.offers).toMatchObject({ validThrough: '2026-11-24T00:00:00+01:00', availability: 'https://schema.org/SoldOut' });
  });

  it('e-mail HTML and text: their own words, no contacts', () => {
    const html = load(read('email', '2026-W48.html'));
    const block = html('a[href$="/offerte/cuoco-coperto/"]').first().closest('td, div');
    expect(block.text()).toContain('Posto già coperto');
    expect(html.html()).toContain('Posti esauriti');
    for (const contact of CONTACTS) expect(html.html()).not.toContain(contact);
    expect(html('a[href="tel:+390233334444"]').length).toBeGreaterThan(0);
    const text = read('email', '2026-W48.txt');
    expect(text).toContain('POSTO GIÀ COPERTO: non è più possibile candidarsi.');
    expect(text).toContain('POSTI ESAURITI: non è più possibile iscriversi.');
    for (const contact of CONTACTS) expect(text).not.toContain(contact);
  });

  it('feed and channel texts: never a way to apply for it; where it is listed, with its own words', () => {
    const feed = read('rss.xml');
    for (const contact of CONTACTS) expect(feed).not.toContain(contact);
    expect(feed).toContain('Posto già coperto');
    for (const channel of ['whatsapp', 'telegram']) {
      const text = read('canali', `2026-W48.${channel}.it.txt`);
      for (const contact of CONTACTS) expect(text, channel).not.toContain(contact);
      if (text.includes('Aiuto cuoco già trovato')) expect(text).toContain('Posto già coperto: non è più possibile candidarsi.');
      expect(text).toContain('02 3333 4444');
    }
  });

  it('in English too: the words come from the dictionary', () => {
    const $ = page('en', 'index.html');
    expect($('article[data-id="cuoco-coperto"] .mark.closed').text()).toBe('Position filled');
    expect($('article[data-id="corso-pieno"] .mark.closed').text()).toBe('Fully booked');
    expect($('article[data-id="cuoco-coperto"] [data-action]')).toHaveLength(0);
    const email = read('email', '2026-W48.en.txt');
    expect(email).toContain('POSITION FILLED');
    for (const contact of CONTACTS) expect(email).not.toContain(contact);
    expect(existsSync(join(dist, 'en', 'offerte', 'cuoco-coperto', 'index.html'))).toBe(true);
    expect(page('en', 'offerte', 'cuoco-coperto', 'index.html')('.closed-banner').text()).toContain('Position filled on');
  });
});
