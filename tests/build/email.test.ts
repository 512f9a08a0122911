import { load } from 'cheerio';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtDir, SITE_URL } from '../helpers/build.ts';
import { readPage } from '../helpers/site.ts';

const out = builtDir('basic');
const htmlFile = join(out, 'email', '2026-W48.html');
const html = readFileSync(htmlFile, 'utf8');
const text = readFileSync(join(out, 'email', '2026-W48.txt'), 'utf8');
const $ = load(html);
const issue = readPage(out, '/bollettino/2026-W48/');
const issueTitles = issue('article h3').map((_, el) => issue(el).text()).get();

describe('the e-mail of the current issue', () => {
  it('stays well under the 102 KB at which Gmail clips', () => {
    expect(statSync(htmlFile).size).toBeLessThan(90 * 1024);
  });

  it('is Italian, titled, with a preheader that says what is inside', () => {
    expect($('html').attr('lang')).toBe('it');
    expect($('title').text()).toContain('n. 5');
    const preheader = $('.preheader');
    expect(preheader.attr('style')).toContain('display:none');
    expect(preheader.text()).toContain('10 annunci, 4 nuovi');
    // The first text of the message: what inboxes show after the subject.
    expect($('body').text().trim().startsWith(preheader.text().trim())).toBe(true);
  });

  it('lists every item of the web issue, each linking to its page', () => {
    const links = $('h3 a').map((_, el) => ({ title: $(el).text(), href: $(el).attr('href') })).get();
    expect(links.map((l) => l.title)).toEqual(issueTitles);
    for (const link of links) expect(link.href).toMatch(new RegExp(`^${SITE_URL}/(offerte|corsi|servizi)/[a-z0-9-]+/$`));
  });

  it('has the sections in order and the same marks as the site (new, km 0, school hours…)', () => {
    expect($('h2').map((_, el) => $(el).attr('id')).get()).toEqual(['km0', 'lavoro', 'corsi', 'italiano', 'servizi']);
    expect($('h3:contains("Aiuto cuoco km 0") .m').map((_, el) => $(el).text()).get()).toEqual(['Nuovo', 'Lavoro a km 0', 'Orario compatibile con la scuola']);
  });

  it('escapes content', () => {
    expect($('script').length).toBe(0);
    expect($('h3 a').filter((_, el) => $(el).text().startsWith('Cuoco')).text()).toBe('Cuoco </script><script>alert("x")</script> & <b>aiuto</b>');
    expect($('b').length).toBe(0);
  });

  it('has a visible unsubscribe line', () => {
    const link = $('a[data-unsubscribe]');
    expect(link.text()).toContain('Cancellati');
    expect(link.attr('href')).toMatch(/^mailto:/);
  });
});

describe('a closed item in the e-mail', () => {
  it('says it is closed and offers no way to apply', () => {
    const card = $('h3:contains("Offerta che scade il lunedì del numero")').nextUntil('h3');
    expect(card.text()).toContain('Chiuso');
    expect(card.find('a').length).toBe(0);
    expect(text).toMatch(/Offerta che scade il lunedì del numero\n(.*\n)*?  CHIUSO: non è più possibile candidarsi\./);
  });
});

describe('its plain-text twin', () => {
  it('has every item title, its link and how to apply', () => {
    for (const title of issueTitles) expect(text).toContain(title);
    expect(text).toContain(`Dettagli: ${SITE_URL}/offerte/km0-monday/`);
    expect(text).toContain('Chiama: 02 1234 5678');
    expect(text).toContain('[NUOVO] [LAVORO A KM 0] [ORARIO COMPATIBILE CON LA SCUOLA] Aiuto cuoco km 0 pubblicato di lunedì');
  });

  it('is text, not HTML with the tags stripped', () => {
    expect(text).not.toMatch(/<(p|a|h\d|div|table)\b/);
    expect(text).toContain('LAVORO A KM 0 (1)');
    expect(text).toMatch(/Cancellati qui: mailto:/);
  });
});
