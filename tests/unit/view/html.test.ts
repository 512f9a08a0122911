import { load, type CheerioAPI } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settings } from '../../../src/settings.ts';
import { readerFor } from '../../../src/lib/view/reader.ts';
import { cardView, entryCard, type CardView } from '../../../src/lib/view/card.ts';
import { cardHtml, pastCardHtml } from '../../../src/lib/view/html/card.ts';
import { currentCardHtml, sectionCardsHtml } from '../../../src/lib/view/html/issue-cards.ts';
import { attrs } from '../../../src/lib/view/html/markup.ts';
import { onlyItalianHtml, siteFooterHtml, siteHeaderHtml } from '../../../src/lib/view/html/site-chrome.ts';
import { languageLinks, ITALIAN_ONLY } from '../../../src/lib/view/page-languages.ts';
import { LANGS } from '../../../src/i18n/languages.ts';
import { withoutInvalidChars } from '../../../src/lib/text/text-chars.ts';
import type { IssueEntry } from '../../../src/lib/issue/model.ts';
import { course, offer } from '../../helpers/items.ts';

const italian = readerFor(settings);
const arabic = readerFor(settings, 'ar');

const cook = offer('aiuto-cuoco', {
  title: 'Aiuto cuoco',
  employer: 'Mensa Loreto',
  summary: 'Cerchiamo un aiuto cuoco.',
  published: '2026-11-02',
  expires: '2026-11-26',
  km0: true,
  schoolHours: true,
  contract: 'somministrazione',
  location: { zone: 'Loreto', address: 'via Padova 36' },
  apply: { phone: '02 1234 5678', email: 'cucina@example.org', inPerson: 'Bell NETT, largo Cervi 1', note: 'Porta il CV' },
});
const entry = (item = cook, fields: Partial<IssueEntry> = {}): IssueEntry => ({ item, isNew: true, endsThisWeek: false, closed: false, closure: undefined, ...fields });
const page = (html: string): CheerioAPI => load(html, null, false);

describe('a card as HTML', () => {
  it('carries the hooks of the issue page: id, kind, km 0, new, filters', () => {
    const $ = page(cardHtml(entryCard(entry(), italian), italian));
    const article = $('article');
    expect(article.attr('class')).toBe('card');
    expect(article.attr('data-id')).toBe('aiuto-cuoco');
    expect(article.attr('data-kind')).toBe('offer');
    expect(article.attr('data-km0')).toBe('');
    expect(article.attr('data-new')).toBe('');
    expect(article.attr('data-closed')).toBeUndefined();
    expect(article.attr('data-f')).toContain('km0-si');
    expect($('h3 a').attr('href')).toBe('/offerte/aiuto-cuoco/');
    expect($('h3').text()).toBe('Aiuto cuoco');
    expect($('.marks li').map((_, li) => $(li).text()).get()).toEqual(['Lavoro', 'Nuovo', 'Lavoro a km 0']);
    expect($('.chips [data-fact=place]').text()).toBe('Loreto');
    expect($('.chips .mark.school').length).toBe(1);
    expect($('.deadline').text()).toBe('Scade il 26 novembre 2026');
  });

  it('offers the links to apply, the first as the big button, and keeps the phone number in one piece', () => {
    const $ = page(cardHtml(entryCard(entry(), italian), italian));
    const actions = $('.actions li');
    expect(actions.first().attr('class')).toBe('primary');
    expect($('.actions a').first().attr('href')).toBe('tel:+390212345678');
    expect($('.actions a small').first().text()).toBe('02\u00a01234\u00a05678');
    // The short card shows the links; where to go is on the item page.
    expect($('.actions .where').length).toBe(0);
  });

  it('shows every fact, the way to go in person and the note on the item page, with the title as its heading', () => {
    const $ = page(cardHtml(cardView(cook, { today: '2026-11-23', reader: italian }), italian, true));
    expect($('article').attr('class')).toBe('card detail');
    expect($('article').attr('data-pagefind-body')).toBe('');
    expect($('h1').text()).toBe('Aiuto cuoco');
    expect($('.sum').text()).toBe('Cerchiamo un aiuto cuoco.');
    expect($('dd[data-fact=place] a').attr('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=/);
    expect($('dd[data-fact=contract] .explain').text()).not.toBe('');
    expect($('dd[data-fact=deadline]').text()).toBe('Scade tra 3 giorni (26 novembre 2026)');
    expect($('.ah').text()).toBe('Come candidarsi');
    expect($('.where[data-action=inPerson] span').text()).toBe('Bell NETT, largo Cervi 1');
    expect($('p.note').text()).toBe('Porta il CV');
  });

  it('shows a closed item with its words and no way to apply', () => {
    const $ = page(cardHtml(entryCard(entry(cook, { closed: true, closure: 'expired' }), italian), italian));
    expect($('article').attr('data-closed')).toBe('');
    expect($('.mark.closed').text()).toBe('Chiuso');
    expect($('.actions').length).toBe(0);
  });

  it('marks the editor\'s Italian on a page in another language', () => {
    const $ = page(cardHtml(entryCard(entry(), arabic), arabic));
    expect($('h3').attr('lang')).toBe('it');
    expect($('h3 a').attr('href')).toBe('/ar/offerte/aiuto-cuoco/');
    expect($('.by').attr('lang')).toBe('it');
    expect($('.chips [data-fact=place]').attr('lang')).toBe('it');
  });

  it('puts the marks and the main facts of a past issue\'s card on one line', () => {
    const lesson = course('italiano', { kind: 'italiano', level: 'A2', published: '2026-11-02' });
    const $ = page(pastCardHtml(entryCard(entry(lesson, { isNew: false }), italian), italian));
    expect($('article').attr('class')).toBe('card past');
    expect($('article').attr('data-new')).toBeUndefined();
    expect($('h3 a').attr('href')).toBe('/corsi/italiano/');
    expect($('p').text()).toContain('A2');
    expect($('strong').length).toBe(0);
  });
});

describe('text in a card is data, never markup', () => {
  // Every text a card shows, replaced with arbitrary text: the card must keep its elements, and show the text as written.
  const structure = ($: CheerioAPI) => $('*').toArray().map((node) => {
    const el = node as unknown as { tagName: string; attribs: Record<string, string> };
    return `${el.tagName}[${Object.keys(el.attribs).join(',')}]`;
  }).join(' ');
  const base = cardView(cook, { today: '2026-11-23', reader: italian });
  const hostile = fc.oneof(fc.string(), fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='x", '&amp;', '</article><article>', '<!--', ']]>', '{{x}}'));
  const shownAs = (text: string) => withoutInvalidChars(text).replace(/\r\n?/g, '\n');
  const withText = (value: string, href: string): CardView => ({
    ...base,
    title: value,
    by: `by ${value}`,
    summary: `sum ${value}`,
    kindLabel: `k ${value}`,
    deadline: `d ${value}`,
    applyNote: `n ${value}`,
    applyHeading: `h ${value}`,
    marks: base.marks.map((mark) => ({ ...mark, label: `m ${value}` })),
    chips: base.chips.map((chip) => ({ ...chip, label: `c ${value}` })),
    facts: base.facts.map((fact) => ({ ...fact, label: `l ${value}`, value: `v ${value}`, ...(fact.href ? { href } : {}) })),
    actions: base.actions.map((action) => ({ ...action, verb: `a ${value}`, text: `t ${value}`, ...(action.href ? { href } : {}) })),
    filters: [`f${value}`],
  });

  it('keeps the elements and attributes of the card whatever its texts and links hold', () => {
    const expected = { detail: structure(page(cardHtml(withText('x', 'https://x.org/'), italian, true))), short: structure(page(cardHtml(withText('x', 'https://x.org/'), italian))) };
    // A link is one only when there is something to link to (an empty one is left out by the card view's rules).
    fc.assert(fc.property(hostile, hostile.filter((href) => href !== ''), (value, href) => {
      const card = withText(value, href);
      const detail = page(cardHtml(card, italian, true));
      expect(structure(detail)).toBe(expected.detail);
      expect(detail('h1').text()).toBe(shownAs(value));
      expect(detail('.sum').text()).toBe(shownAs(`sum ${value}`));
      expect(detail('dd[data-fact=place] a').attr('href')).toBe(shownAs(href));
      expect(detail('article').attr('data-f')).toBe(shownAs(`f${value}`));
      const short = page(cardHtml(card, italian));
      expect(structure(short)).toBe(expected.short);
      expect(short('h3 a').text()).toBe(shownAs(value));
      const past = page(pastCardHtml(card, italian));
      expect(past('article').length).toBe(1);
      expect(past('h3 a').text()).toBe(shownAs(value));
    }), { numRuns: 200 });
  });
});

describe('attributes', () => {
  it('are left out when undefined or false, written bare when empty or true, escaped otherwise', () => {
    expect(attrs({ a: undefined, b: false, c: '', d: true, e: 'x" y' })).toBe(' c d e="x&quot; y"');
  });
});

describe('the cards of an issue', () => {
  it('builds each current card once per language and reuses it on every page that shows it', () => {
    const one = entry();
    expect(currentCardHtml(one, italian)).toBe(currentCardHtml(one, italian));
    expect(currentCardHtml(one, arabic)).not.toBe(currentCardHtml(one, italian));
    expect(sectionCardsHtml([one, one], italian, true)).toBe(currentCardHtml(one, italian).repeat(2));
  });

  it('shows past issues as one-line cards', () => {
    const $ = page(sectionCardsHtml([entry()], italian, false));
    expect($('article.card.past').length).toBe(1);
    expect($('.actions').length).toBe(0);
  });
});

describe('header and footer', () => {
  it('switch language to the same page where it exists, and mark the current language', () => {
    const $ = page(siteHeaderHtml(italian, languageLinks(settings, '/bollettino/', 'it', LANGS)));
    expect($('a.skip').attr('href')).toBe('#contenuto');
    expect($('nav.langs a').length).toBe(LANGS.length);
    expect($('nav.langs a[aria-current=page]').attr('hreflang')).toBe('it');
    expect($('nav.langs a[hreflang=ar]').attr('href')).toBe('/ar/bollettino/');
    expect($('nav.langs a[hreflang=ar]').attr('dir')).toBe('rtl');
  });

  it('say on an Italian-only page, in each other language, that it is in Italian, with a link to that language\'s home', () => {
    const $ = page(onlyItalianHtml(languageLinks(settings, '/bollettino/2026-W01/', 'it', ITALIAN_ONLY)));
    expect($('li').length).toBe(LANGS.length - 1);
    expect($('li[lang=ar] a').attr('href')).toBe('/ar/');
  });

  it('list every hub and the editors\' contact, with the hubs\' Italian addresses marked on other languages\' pages', () => {
    const $ = page(siteFooterHtml(arabic));
    expect($('.hubs li').length).toBe(settings.hubs.length);
    expect($('.hubs span[lang=it]').first().text()).toBe(settings.hubs[0]!.address);
    expect($(`a[href="mailto:${settings.contact.email}"]`).length).toBe(1);
    expect($('.feed a').first().attr('href')).toBe('/ar/iscriviti/');
    expect(siteFooterHtml(arabic)).toBe(siteFooterHtml(readerFor(settings, 'ar')));
  });
});
