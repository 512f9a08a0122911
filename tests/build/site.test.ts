import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtDir, FIXTURE_TODAY, leftovers, ROOT } from '../helpers/build.ts';
import { allFiles, jsonLd, readPage, relativeFiles, sectionIds } from '../helpers/site.ts';

const out = builtDir('basic');

describe('the current issue at /', () => {
  const $ = readPage(out, '/');

  it('is issue n. 5 of 2026-W48 with the five sections in order', () => {
    expect($('h1').text()).toContain('n. 5');
    expect($('h1').text()).toContain('23 novembre 2026');
    expect($('section[id]').map((_, el) => $(el).attr('id')).get()).toEqual(['km0', 'lavoro', 'corsi', 'italiano', 'servizi']);
    expect($('html').attr('lang')).toBe('it');
  });

  it('puts each item in its section, newest first, with expiry and defaults applied on the Monday', () => {
    expect(sectionIds($, 'km0')).toEqual(['km0-monday']);
    expect(sectionIds($, 'lavoro')).toEqual(['escaping', 'lavoro-tuesday', 'lavoro-old', 'expires-on-monday', 'default-30-in']);
    expect(sectionIds($, 'corsi')).toEqual(['corso-digitale', 'corso-default-60']);
    expect(sectionIds($, 'italiano')).toEqual(['italiano-a2']);
    expect(sectionIds($, 'servizi')).toEqual(['affitto']);
  });

  it('marks as new what came out after the previous Monday, up to this Monday', () => {
    const fresh = $('article[data-new]').map((_, el) => $(el).attr('data-id')).get().sort();
    expect(fresh).toEqual(['corso-digitale', 'escaping', 'km0-monday', 'lavoro-tuesday']);
    expect($('article[data-id="km0-monday"] .mark.new').text()).toBe('Nuovo');
  });

  it('tags km 0 offers and gives every card its kind', () => {
    expect($('article[data-km0]').map((_, el) => $(el).attr('data-id')).get()).toEqual(['km0-monday']);
    expect($('section#corsi article').first().attr('data-kind')).toBe('course');
    expect($('section#servizi article').first().attr('data-kind')).toBe('service');
    expect($('section#km0 article').first().attr('data-kind')).toBe('offer');
  });

  it('shows what a job seeker decides on, and taps to call or write', () => {
    const card = $('article[data-id="km0-monday"]');
    expect(card.find('[data-fact="sector"]').text()).toBe('Ristorazione');
    expect(readPage(out, '/offerte/km0-monday/')('[data-fact="contract"]').text()).toBe('Tempo determinato');
    expect(card.find('[data-fact="hours"]').text()).toContain('Part-time');
    expect(card.find('[data-fact="italian"]').text()).toContain('A2');
    expect(card.find('[data-fact="place"]').text()).toContain('Loreto');
    expect(card.text()).toContain('Orario compatibile con la scuola');
    expect(card.find('a[data-action="phone"]').attr('href')).toBe('tel:+390212345678');
    expect(card.find('a[data-action="whatsapp"]').attr('href')).toMatch(/^https:\/\/wa\.me\/393331234567\?text=/);
  });

  it('keeps an item that closed after the Monday in its place, marked closed, with no way to apply', () => {
    const card = $('article[data-id="expires-on-monday"]');
    expect(card.find('.mark.closed').text()).toBe('Chiuso');
    expect(card.find('[data-action]').length).toBe(0);
    expect($('article[data-id="lavoro-old"] [data-action]').length).toBeGreaterThan(0);
  });

  it('leaves out drafts, future items, expired items and items published after the Monday', () => {
    const ids = $('article[data-id]').map((_, el) => $(el).attr('data-id')).get();
    for (const absent of ['draft-offer', 'future-offer', 'expired-sunday', 'default-30-out', 'deadline-passed', 'published-today']) {
      expect(ids).not.toContain(absent);
    }
  });
});

describe('past issues', () => {
  it('shows 2026-W47 as it was on its Monday', () => {
    const $ = readPage(out, '/bollettino/2026-W47/');
    expect(sectionIds($, 'lavoro')).toEqual(['lavoro-old', 'expires-on-monday', 'expired-sunday', 'default-30-in', 'default-30-out']);
    expect(sectionIds($, 'km0')).toEqual([]);
    expect(sectionIds($, 'italiano')).toEqual(['italiano-a2']);
    expect($('article[data-id="italiano-a2"]').is('[data-new]')).toBe(true);
    expect(sectionIds($, 'servizi')).toEqual(['deadline-passed', 'affitto']);
    expect($('section#km0 .empty').length).toBe(1);
  });

  it('shows a past issue as light entries linking to the item pages, the current one as full cards', () => {
    const past = readPage(out, '/bollettino/2026-W47/');
    expect(past('article.past').length).toBe(past('article').length);
    expect(past('article[data-id="lavoro-old"] h3 a').attr('href')).toBe('/offerte/lavoro-old/');
    expect(past('article[data-id="lavoro-old"] p').text()).toContain('Logistica e magazzino');
    expect(readPage(out, '/bollettino/2026-W48/')('article.past').length).toBe(0);
  });

  it('has a permanent page for the current issue identical in content to the home', () => {
    const home = readPage(out, '/');
    const issue = readPage(out, '/bollettino/2026-W48/');
    expect(issue('main').html()?.trim()).toBe(home('main').html()?.trim());
  });

  it('lists every issue in the archive, newest first, each linking to its page', () => {
    const $ = readPage(out, '/bollettino/');
    const weeks = $('.archive li').map((_, el) => $(el).attr('data-week')).get();
    expect(weeks).toEqual(['2026-W48', '2026-W47', '2026-W46', '2026-W45', '2026-W44']);
    for (const week of weeks) expect(existsSync(join(out, 'bollettino', week, 'index.html'))).toBe(true);
  });
});

describe('item pages', () => {
  it('exist for every non-draft item published up to today, and only those', () => {
    const pages = relativeFiles(out).filter((f) => /^(offerte|corsi|servizi)\//.test(f));
    expect(pages).toContain('offerte/published-today/index.html');
    expect(pages).toContain('offerte/expired-sunday/index.html');
    expect(pages).toContain('corsi/corso-digitale/index.html');
    expect(pages).toContain('servizi/deadline-passed/index.html');
    expect(pages).not.toContain('offerte/draft-offer/index.html');
    expect(pages).not.toContain('offerte/future-offer/index.html');
    expect(pages).toHaveLength(14);
  });

  it('mark an expired item as closed, with validThrough in the past', () => {
    const $ = readPage(out, '/offerte/expired-sunday/');
    expect($('.closed-banner').text()).toContain('Annuncio chiuso');
    expect($('a[data-action]').length).toBe(0);
    const data = jsonLd($);
    expect(String(data['validThrough']).slice(0, 10) < FIXTURE_TODAY).toBe(true);
    expect(readPage(out, '/offerte/lavoro-old/')('.closed-banner').length).toBe(0);
  });

  it('carry a JobPosting for offers', () => {
    const data = jsonLd(readPage(out, '/offerte/lavoro-old/'));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Magazziniere pubblicato a inizio novembre',
      datePosted: '2026-11-02',
      validThrough: '2026-12-02T23:59:59+01:00',
      hiringOrganization: { '@type': 'Organization', name: 'Logistica Nord Srl' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Sesto San Giovanni', addressCountry: 'IT' } },
    });
    expect(data['employmentType']).toContain('TEMPORARY');
    expect(typeof data['description']).toBe('string');
  });

  it('carry a Course for courses', () => {
    const data = jsonLd(readPage(out, '/corsi/corso-digitale/'));
    expect(data).toMatchObject({ '@type': 'Course', name: 'Laboratorio SPID per mamme e papà', provider: { name: 'Bell NETT' } });
    expect(data['hasCourseInstance']).toMatchObject({ startDate: '2026-12-01', endDate: '2026-12-15' });
  });

  it('render an MDX body with the project notice component', () => {
    const $ = readPage(out, '/corsi/corso-digitale/');
    expect($('[data-content-body] .avviso').text()).toContain('Porta il telefono e la tessera sanitaria.');
    expect($('[data-content-body]').text()).toContain('Impariamo a usare lo SPID.');
    expect($('[data-content-body]').text()).not.toContain('import');
  });
});

describe('escaping', () => {
  const title = 'Cuoco </script><script>alert("x")</script> & <b>aiuto</b>';

  it('shows markup in content as text on the issue page and the item page', () => {
    for (const path of ['/', '/offerte/escaping/']) {
      const $ = readPage(out, path);
      const card = $('article[data-id="escaping"]');
      expect(card.find('h1, h3').first().text()).toBe(title);
      expect(card.find('b').length).toBe(0);
      expect(card.find('img').length).toBe(0);
      expect(card.text()).toContain('Trattoria <Da Mario> & figli');
    }
    // The apply note is on the item page; issue pages show short cards.
    expect(readPage(out, '/offerte/escaping/')('article[data-id="escaping"]').text()).toContain('Porta il CV <strong>stampato</strong>');
    // The summary is on the item page; issue pages show compact cards.
    expect(readPage(out, '/offerte/escaping/')('article[data-id="escaping"]').text()).toContain('Ciao <img src=x onerror=alert(1)> "virgolette" & più');
  });

  it('keeps JSON-LD one valid block whose values are the text as written', () => {
    const $ = readPage(out, '/offerte/escaping/');
    expect($('script').length).toBe(1);
    const data = jsonLd($);
    expect(data['title']).toBe(title);
    expect(data['hiringOrganization']).toMatchObject({ name: 'Trattoria <Da Mario> & figli' });
  });

  it('drops scripts, event handlers and javascript: links from bodies, keeps safe links', () => {
    const $ = readPage(out, '/offerte/escaping/');
    const body = $('[data-content-body]');
    expect(body.find('script').length).toBe(0);
    expect(body.find('[onclick]').length).toBe(0);
    expect(body.find('a[href="https://www.example.org/info"]').text()).toBe('sul sito');
    expect(body.html()).not.toContain('javascript:');
  });

  it('cleans MDX bodies too, leaving no trace of the cleaning', () => {
    const $ = readPage(out, '/corsi/corso-digitale/');
    expect($('[data-content-body] a[href="https://www.spid.gov.it/"]').text()).toBe('sito ufficiale');
    expect($('[data-content-body]').html()).not.toContain('javascript:');
    expect($('[data-content-body] a:contains("Non cliccare")').attr('href')).toBeUndefined();
    for (const file of allFiles(out).filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(file, 'utf8').includes('data-unsanitized'), file).toBe(false);
    }
  });

  it('has only http(s), mailto, tel and site links on every page', () => {
    const htmlFiles = allFiles(out).filter((f) => f.endsWith('.html') && !f.includes('/email/'));
    for (const file of htmlFiles) {
      const $ = readPage(out, file.slice(out.length));
      $('[href]').each((_, el) => {
        expect($(el).attr('href'), file).toMatch(/^(https?:\/\/|mailto:|tel:|\/|#)/);
      });
    }
  });
});

describe('links and leftovers', () => {
  it('has no broken internal link', () => {
    const files = allFiles(out).filter((f) => f.endsWith('.html') && !f.includes('/email/'));
    for (const file of files) {
      const $ = readPage(out, file.slice(out.length));
      $('a[href^="/"]').each((_, el) => {
        const href = ($(el).attr('href') ?? '').split('#')[0]!;
        const target = href.endsWith('/') ? join(out, href, 'index.html') : join(out, href);
        expect(existsSync(target), `${file} → ${href}`).toBe(true);
      });
    }
  });

  it('publishes nothing of drafts or future items, anywhere (the web editor\'s files included)', () => {
    // The secrets are read from the fixture's files, not from the model: every draft and every item published after "today".
    const fixture = join(ROOT, 'tests', 'fixtures', 'basic');
    const secrets = relativeFiles(fixture).filter((file) => /\.mdx?$/.test(file)).flatMap((file) => {
      const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(fixture, file), 'utf8'))![1]!) as { title: string; published: string | Date; draft?: boolean };
      const published = data.published instanceof Date ? data.published.toISOString().slice(0, 10) : data.published;
      return data.draft === true || published > FIXTURE_TODAY ? [basename(file).replace(/\.mdx?$/, ''), data.title] : [];
    });
    expect(secrets).toEqual(expect.arrayContaining(['draft-offer', 'Bozza da non pubblicare', 'future-offer', 'Offerta del futuro']));
    // The editor's list files are there and do name public items, so the check below reads them for real.
    expect(readFileSync(join(out, 'admin', 'stato.json'), 'utf8')).toContain('published-today');
    expect(existsSync(join(out, 'admin', 'config.yml'))).toBe(true);
    for (const file of allFiles(out)) {
      const text = readFileSync(file, 'utf8');
      for (const secret of secrets) {
        expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
      }
    }
  });

  it('leaves no staging folder behind', () => {
    expect(leftovers(out)).toEqual([]);
  });
});
