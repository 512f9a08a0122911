/** What job seekers get from the built fixture site: cards at a glance, filters without JavaScript, sharing, metadata. */
import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtDir, SITE_URL } from '../helpers/build.ts';
import { jsonLd, readPage, relativeFiles, sectionIds } from '../helpers/site.ts';

const out = builtDir('basic');
const ISSUE = '/bollettino/2026-W48/';

describe('cards on an issue page', () => {
  const $ = readPage(out, ISSUE);
  const card = $('article[data-id="km0-monday"]');

  it('mark km 0, new and school-compatible hours in words', () => {
    expect(card.find('.mark').map((_, el) => $(el).text()).get()).toEqual(['Nuovo', 'Lavoro a km 0', 'Orario compatibile con la scuola']);
  });

  it('show the kind, then one line of chips; the map, the contract and the apply note are on the item page', () => {
    expect(card.find('.kind').text()).toBe('Lavoro');
    expect($('article[data-id="corso-digitale"] .kind').text()).toBe('Corso');
    expect($('article[data-id="affitto"] .kind').text()).toBe('Aiuto');
    expect(card.find('.chips li').map((_, el) => $(el).text()).get()).toEqual(['Ristorazione', 'Part-time', 'Orario compatibile con la scuola', 'Italiano A2', 'Loreto']);
    expect(card.find('[data-fact="contract"], [data-fact="place"] a, .sum').length).toBe(0);
    const item = readPage(out, '/offerte/km0-monday/');
    expect(item('[data-fact="place"] a').attr('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=Loreto/);
  });

  it('use the words of each kind to apply: enrol in a course, ask for an aid', () => {
    expect($('article[data-id="affitto"] a[data-action="url"]').text()).toMatch(/^Fai domanda online/);
    expect($('article[data-id="italiano-a2"] a[data-action="url"]').text()).toMatch(/^Iscriviti online/);
    expect(readPage(out, '/servizi/affitto/')('.ah').text()).toBe('Come fare domanda');
    expect(readPage(out, '/corsi/italiano-a2/')('.ah').text()).toBe('Come iscriversi');
    expect(readPage(out, '/en/servizi/affitto/')('a[data-action="url"]').text()).toMatch(/^Ask for it online/);
  });

  it('make the first way to apply the big button and the others secondary', () => {
    const actions = card.find('.actions li');
    expect(actions.first().hasClass('primary')).toBe(true);
    expect(actions.first().find('a').attr('data-action')).toBe('phone');
    expect(card.find('.actions li.primary').length).toBe(1);
  });

  it('read the same any day: plain deadlines, no "tra 3 giorni"', () => {
    expect($('article[data-id="corso-digitale"] [data-fact="deadline"]').text()).toBe('Scade il 1º dicembre 2026');
    expect($('main').text()).not.toMatch(/\btra \d+ giorni|domani|oggi\b/);
  });

  it('carry their filter tokens for the page script', () => {
    expect(card.attr('data-f')?.split(' ')).toEqual(expect.arrayContaining(['km0-si', 'orario-scuola', 'settore-ristorazione', 'contratto-determinato', 'italiano-a2']));
    expect($('article[data-id="italiano-a2"]').attr('data-f')).toBe('corso-italiano-lavoro livello-a2');
  });

  it('mark text written by editors with dir="auto"', () => {
    expect(card.find('h3').attr('dir')).toBe('auto');
    expect($('article[data-id="escaping"] .by').attr('dir')).toBe('auto');
    expect(readPage(out, '/offerte/escaping/')('article .note').attr('dir')).toBe('auto');
  });
});

describe('item pages', () => {
  it('count the days left to a near deadline', () => {
    expect(readPage(out, '/corsi/corso-digitale/')('[data-fact="deadline"]').text()).toBe('Scade tra 6 giorni (1º dicembre 2026)');
  });

  it('show the summary, the details and share links with the absolute address', () => {
    const $ = readPage(out, '/offerte/escaping/');
    expect($('article').text()).toContain('Ciao <img src=x onerror=alert(1)>');
    const whatsapp = new URL($('a[data-share="whatsapp"]').attr('href')!);
    expect(`${whatsapp.origin}${whatsapp.pathname}`).toBe('https://wa.me/');
    expect(whatsapp.searchParams.get('text')).toContain(`${SITE_URL}/offerte/escaping/`);
    expect($('a[data-share="email"]').attr('href')).toMatch(/^mailto:\?subject=Offerta%20di%20lavoro%3A%20.+&body=.+https%3A%2F%2Fbollettino\.test%2Fofferte%2Fescaping%2F$/);
  });

  it('have canonical and Open Graph tags', () => {
    const $ = readPage(out, '/offerte/km0-monday/');
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE_URL}/offerte/km0-monday/`);
    expect($('meta[property="og:url"]').attr('content')).toBe(`${SITE_URL}/offerte/km0-monday/`);
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:title"]').attr('content')).toContain('Aiuto cuoco km 0');
    expect($('meta[property="og:locale"]').attr('content')).toBe('it_IT');
  });

  it('describe an aid as a GovernmentService and a closed one with its past end', () => {
    expect(jsonLd(readPage(out, '/servizi/affitto/'))).toMatchObject({ '@type': 'GovernmentService', url: `${SITE_URL}/servizi/affitto/` });
    const closed = jsonLd(readPage(out, '/servizi/deadline-passed/'));
    expect(closed['offers']).toMatchObject({ availability: 'https://schema.org/Discontinued' });
  });

  it('have no script but their JSON-LD', () => {
    expect(readPage(out, '/offerte/km0-monday/')('script').length).toBe(1);
  });
});

describe('filters without JavaScript', () => {
  it('are links to one static page per value, for every issue', () => {
    const $ = readPage(out, ISSUE);
    const links = $('details.filters a').map((_, el) => $(el).attr('href')).get();
    expect(links).toContain(`${ISSUE}filtri/km0-si/`);
    expect(links).toContain(`${ISSUE}filtri/orario-scuola/`);
    expect(links).toContain(`${ISSUE}filtri/settore-ristorazione/`);
    expect(links).toContain(`${ISSUE}filtri/italiano-a2/`);
    expect(links).toContain(`${ISSUE}filtri/corso-digitale/`);
    const pages = relativeFiles(join(out, 'bollettino/2026-W48/filtri'));
    expect(pages).toHaveLength(links.length);
  });

  it('exist for the current issue only: past issues have no filters, so no link leads nowhere', () => {
    expect(existsSync(join(out, 'bollettino/2026-W47/filtri'))).toBe(false);
    expect(readPage(out, '/bollettino/2026-W47/')('details.filters').length).toBe(0);
  });

  it('show only the matching cards, in their sections, with the count and a way back', () => {
    const $ = readPage(out, `${ISSUE}filtri/settore-ristorazione/`);
    expect(sectionIds($, 'km0')).toEqual(['km0-monday']);
    expect(sectionIds($, 'lavoro')).toEqual(['escaping']);
    expect($('section#corsi').length).toBe(0);
    expect($('[data-count]').text()).toBe('2 annunci');
    expect($('a[data-clear]').attr('href')).toBe(ISSUE);
    expect($('a[data-clear]').attr('hidden')).toBeUndefined();
    expect($('details.filters a[aria-current="true"]').text()).toContain('Ristorazione');
    // A folded facet (many sectors) is open on the page of one of its values, closed elsewhere.
    expect($('details.fd[open] a[aria-current="true"]').length).toBe(1);
    expect(readPage(out, ISSUE)('details.fd[open]').length).toBe(0);
    // Without JavaScript there is no "Mostra" button: the page itself is the result.
    expect($('button[data-show]').length).toBe(0);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('show an Italian level as "what a speaker of that level can apply for"', () => {
    const ids = load(readFileSync(join(out, 'bollettino/2026-W48/filtri/italiano-a2/index.html'), 'utf8'))('article[data-id]').map((_, el) => el.attribs['data-id']).get();
    expect(ids).toContain('km0-monday');
    expect(ids).toContain('lavoro-tuesday');
    expect(ids.every((id) => !id.startsWith('corso') && id !== 'italiano-a2')).toBe(true);
  });
});

describe('issue pages', () => {
  it('keep the stable hooks and offer sharing of the permanent address', () => {
    const $ = readPage(out, '/');
    expect($('section[id]').map((_, el) => $(el).attr('id')).get()).toEqual(['km0', 'lavoro', 'corsi', 'italiano', 'servizi']);
    const text = new URL($('a[data-share="whatsapp"]').attr('href')!).searchParams.get('text');
    expect(text).toContain(`${SITE_URL}${ISSUE}`);
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE_URL}/`);
  });

  it('hide the print button and the filter reset until the script shows them', () => {
    const $ = readPage(out, ISSUE);
    expect($('button[data-print]').attr('hidden')).toBeDefined();
    expect($('a[data-clear]').attr('hidden')).toBeDefined();
  });
});

describe('sitemap and robots.txt', () => {
  const xml = load(readFileSync(join(out, 'sitemap.xml'), 'utf8'), { xml: true });
  const locs = xml('url > loc').map((_, el) => xml(el).text()).get();

  it('list home, archive, issues and item pages with absolute URLs, and no filtered page', () => {
    expect(locs).toContain(`${SITE_URL}/`);
    expect(locs).toContain(`${SITE_URL}/bollettino/`);
    expect(locs).toContain(`${SITE_URL}${ISSUE}`);
    expect(locs).toContain(`${SITE_URL}/offerte/km0-monday/`);
    expect(locs.filter((loc) => /\/(offerte|corsi|servizi)\//.test(loc))).toHaveLength(14);
    expect(locs.some((loc) => loc.includes('/filtri/'))).toBe(false);
    expect(locs.every((loc) => loc.startsWith(`${SITE_URL}/`))).toBe(true);
  });

  it('point robots to the sitemap', () => {
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });
});
