import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { descriptionToMarkdown, safeHref } from '../../../src/lib/import/description.ts';
import { guessSector } from '../../../src/lib/import/guess.ts';
import { extractJobPostings } from '../../../src/lib/import/job-posting.ts';
import { calendarDayOf, mapPosting, type PostingResult } from '../../../src/lib/import/map-posting.ts';
import { milanPlace } from '../../../src/lib/import/milan-places.ts';
import { salaryText } from '../../../src/lib/import/salary.ts';
import type { OfferDraft } from '../../../src/lib/import/write-draft.ts';

const TODAY = '2026-11-21';
const BASE = { '@type': 'JobPosting', title: 'Addetta pulizie', applicationContact: { email: 'lavoro@example.org' } };

function draftOf(result: PostingResult): OfferDraft {
  if (!('draft' in result)) throw new Error(JSON.stringify(result));
  return result.draft;
}
const map = (posting: Record<string, unknown>, url = 'https://lavoro.example.org/annuncio/1') => draftOf(mapPosting({ ...BASE, ...posting }, url, TODAY));

/** Every node of a Markdown tree. */
function nodes(markdown: string): { type: string; url?: string }[] {
  const found: { type: string; url?: string }[] = [];
  const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
    found.push(node);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(fromMarkdown(markdown) as unknown as { type: string });
  return found;
}

describe('JobPosting data found in a page', () => {
  it('finds postings in JSON-LD as one object, an array, a @graph and nested in another object', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Uno"}</script>
      <script type="application/ld+json">[{"@type":"JobPosting","title":"Due"},{"@type":"Organization","name":"X"}]</script>
      <script type="application/ld+json">{"@graph":[{"@type":["JobPosting"],"title":"Tre"}]}</script>
      <script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"schema:JobPosting","title":"Quattro"}}</script>
      <script type="application/ld+json">{ not json</script>`;
    expect(extractJobPostings(html).postings.map((p) => p['title'])).toEqual(['Uno', 'Due', 'Tre', 'Quattro']);
  });

  it('reads microdata with nested items when there is no JSON-LD', () => {
    const html = `<div itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">Cuoco</h1>
      <div itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Bar Sport</span></div>
      <meta itemprop="employmentType" content="FULL_TIME"><div itemprop="description"><p>Cucina <b>calda</b></p></div></div>`;
    const [posting] = extractJobPostings(html).postings;
    expect(posting).toMatchObject({ title: 'Cuoco', employmentType: 'FULL_TIME', hiringOrganization: { name: 'Bar Sport' } });
    expect(posting?.['description']).toContain('<b>calda</b>');
    expect(posting).not.toHaveProperty('name');
  });

  it('tolerates raw line breaks inside JSON strings, as some boards write them', () => {
    const html = '<script type="application/ld+json">{"@type":"JobPosting","title":"Riga\nspezzata"}</script>';
    expect(extractJobPostings(html).postings[0]?.['title']).toBe('Riga spezzata');
  });
});

describe('a posting as an offer draft', () => {
  it('maps Google employment types, one or a list, to contract and hours', () => {
    expect(map({ employmentType: 'PART_TIME' }).fields).toMatchObject({ hours: 'part-time', contract: 'altro' });
    expect(map({ employmentType: ['FULL_TIME', 'TEMPORARY'] }).fields).toMatchObject({ hours: 'full-time', contract: 'determinato' });
    expect(map({ employmentType: 'INTERN' }).fields.contract).toBe('tirocinio');
    expect(map({ employmentType: 'CONTRACTOR' }).fields.contract).toBe('partita-iva');
    expect(map({ employmentType: 'PER_DIEM' }).fields.contract).toBe('occasionale');
    expect(map({ employmentType: 'Tempo indeterminato, Part time' }).fields).toMatchObject({ contract: 'indeterminato', hours: 'part-time' });
    const unknown = map({});
    expect(unknown.fields).toMatchObject({ contract: 'altro', hours: 'flessibile' });
    expect(unknown.notes.contract).toContain('controlla');
    expect(unknown.notes.hours).toContain('controlla');
  });

  it('never publishes in the future, and skips a posting already expired', () => {
    expect(map({ datePosted: '2026-11-18T09:30:00+01:00' }).fields.published).toBe('2026-11-18');
    const future = map({ datePosted: '2026-12-01' });
    expect(future.fields.published).toBe(TODAY);
    expect(future.notes.published).toContain('2026-12-01');
    expect(map({}).fields.published).toBe(TODAY);
    expect(mapPosting({ ...BASE, validThrough: '2026-11-20' }, undefined, TODAY)).toEqual({ skipped: '«Addetta pulizie» è già scaduta il 2026-11-20.' });
    expect(calendarDayOf('2026-11-30T23:30:00Z')).toBe('2026-12-01');
  });

  it('writes the salary in plain Italian', () => {
    const hourly = { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 9, maxValue: 11, unitText: 'HOUR' } };
    expect(salaryText(hourly)).toBe("da 9 a 11 € l'ora");
    expect(salaryText({ currency: 'EUR', value: { value: 1450, unitText: 'MONTH' } })).toBe('1.450 € al mese');
    expect(salaryText({ currency: 'EUR', value: { minValue: 18000, unitText: 'YEAR' } })).toBe("da 18.000 € l'anno");
    expect(salaryText({ currency: 'EUR', value: { value: 9.5, unitText: 'HOUR' } })).toBe("9,50 € l'ora");
    expect(salaryText({ currency: 'CHF', value: { maxValue: 25, unitText: 'HOUR' } })).toBe("fino a 25 CHF l'ora");
    expect(salaryText({ currency: 'EUR' })).toBeUndefined();
  });

  it('takes the place, and the Milan municipio when the CAP or the neighbourhood tells it', () => {
    const loreto = map({ jobLocation: { address: { streetAddress: 'via Padova 36', addressLocality: 'Milano', postalCode: '20127' } } });
    expect(loreto.fields).toMatchObject({ city: 'Milano', address: 'via Padova 36', municipio: 2 });
    expect(loreto.notes.municipio).toBe('dal CAP 20127: controlla');
    expect(milanPlace('piazza Leonardo da Vinci, Città Studi')).toMatchObject({ zone: 'Città Studi', municipio: 3 });
    expect(milanPlace('via Tortona 1', '20144')).toEqual({});
    const elsewhere = map({ jobLocation: [{ address: { addressLocality: 'Sesto San Giovanni', postalCode: '20099' } }] });
    expect(elsewhere.fields).toMatchObject({ city: 'Sesto San Giovanni' });
    expect(elsewhere.fields.municipio).toBeUndefined();
  });

  it('guesses the sector from the words, title first, and says it is a guess', () => {
    expect(guessSector('Cameriera di sala', 'ristorante in centro')).toBe('ristorazione');
    expect(guessSector('Addetto magazzino', 'uso del muletto e picking')).toBe('logistica');
    expect(guessSector('OSS per RSA', '')).toBe('sanita');
    expect(guessSector('Posizione aperta', 'nessun indizio')).toBeUndefined();
    const draft = map({ title: 'Badante convivente' });
    expect(draft.fields.sector).toBe('assistenza-familiare');
    expect(draft.notes.sector).toContain('ipotesi');
    expect(map({ title: 'Posizione aperta' }).fields.sector).toBe('altro');
  });

  it('finds how to apply, the code and the source', () => {
    const draft = map({
      identifier: { '@type': 'PropertyValue', name: 'Board', value: 'AB-12' },
      hiringOrganization: { name: 'Pulito &amp; Co', contactPoint: { telephone: '+39 02 1234 5678' } },
      url: '/annuncio/1?ref=x',
      directApply: true,
    });
    expect(draft.fields).toMatchObject({ reference: 'AB-12', employer: 'Pulito & Co', sourceUrl: 'https://lavoro.example.org/annuncio/1?ref=x', source: 'lavoro.example.org' });
    expect(draft.fields.apply).toEqual({ email: 'lavoro@example.org', phone: '+39 02 1234 5678', url: 'https://lavoro.example.org/annuncio/1?ref=x' });
    expect(map({ identifier: 'X-9' }).fields.reference).toBe('X-9');
    const onlyPage = draftOf(mapPosting({ '@type': 'JobPosting', title: 'Senza contatti' }, 'https://lavoro.example.org/a/2', TODAY));
    expect(onlyPage.fields.apply.url).toBe('https://lavoro.example.org/a/2');
    expect(onlyPage.notes.url).toContain('controlla');
    expect(mapPosting({ '@type': 'JobPosting', title: 'Senza contatti', url: 'javascript:alert(1)' }, undefined, TODAY)).toHaveProperty('refused');
    expect(mapPosting({ '@type': 'JobPosting' }, undefined, TODAY)).toHaveProperty('refused');
  });
});

describe('the description as a Markdown body', () => {
  const hostile = `<h1>Chi cerchiamo</h1><p onclick="x()">Cerchiamo <em>camerieri</em>.</p><script>alert(1)</script><style>p{}</style>
    <iframe src="https://evil.example.net"></iframe><img src=x onerror="alert(2)"><a href="javascript:alert(3)">qui</a>
    <a href=" java&#x09;script:alert(4)">là</a><a href="data:text/html,x">dati</a><a href="/menu">menù</a><a href="tel:+390212345678">chiama</a>
    <p>&lt;b&gt;grassetto finto&lt;/b&gt; e &lt;script&gt;</p><!-- commento --><form><input></form>`;

  it('keeps text, headings, lists and safe links, and nothing else', () => {
    const markdown = descriptionToMarkdown(hostile, 'https://board.example.org/annunci/1');
    expect(markdown).toContain('### Chi cerchiamo');
    expect(markdown).toContain('Cerchiamo *camerieri*.');
    expect(markdown).toContain('[menù](https://board.example.org/menu)');
    expect(markdown).toContain('[chiama](tel:+390212345678)');
    expect(markdown).not.toMatch(/alert|onerror|onclick|iframe|javascript|data:|commento|<input/i);
    const tree = nodes(markdown);
    expect(tree.filter((node) => node.type === 'html')).toEqual([]);
    expect(tree.filter((node) => node.type === 'link').map((node) => node.url)).toEqual(['https://board.example.org/menu', 'tel:+390212345678']);
    expect(fromMarkdown(markdown).children.map((node) => node.type)).not.toContain('html');
  });

  it('reads descriptions whose HTML was escaped once more in the JSON', () => {
    expect(descriptionToMarkdown('&lt;p&gt;Uno&lt;/p&gt;&lt;ul&gt;&lt;li&gt;due&lt;/li&gt;&lt;/ul&gt;')).toBe('Uno\n\n-   due');
  });

  it('keeps the line breaks of a plain-text description', () => {
    expect(descriptionToMarkdown('Cerchiamo una cuoca.\n\nRequisiti:\n- esperienza\n- patente B & auto <propria>')).toBe(
      'Cerchiamo una cuoca.\n\nRequisiti:  \n\\- esperienza  \n\\- patente B & auto \\<propria>',
    );
  });

  it('only lets http(s), mailto and tel links through', () => {
    expect(safeHref('https://a.example.org/x')).toBe('https://a.example.org/x');
    expect(safeHref('mailto:a@example.org')).toBe('mailto:a@example.org');
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeHref('java\nscript:alert(1)')).toBeUndefined();
    expect(safeHref('/relativo')).toBeUndefined();
    expect(safeHref('/relativo', 'https://b.example.org/a/')).toBe('https://b.example.org/relativo');
  });

  it('never leaves raw HTML or an unsafe link, whatever the description holds', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('<script>', '</script>', '<p>', '</p>', '<a href="javascript:x()">', '<a href="https://ok.example.org">', '</a>', '<img src=x onerror=y>',
        '<iframe>', '&lt;', '&gt;', '<!--', '-->', '<div onclick="z">', '</div>', '<b>', '<![CDATA[', '`', '<br>', '<ul><li>', '<style>', '[x](javascript:y)', '<http://x.y>'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const markdown = descriptionToMarkdown(pieces.join(''), 'https://board.example.org/');
        for (const node of nodes(markdown)) {
          expect(node.type).not.toBe('html');
          if (node.type === 'link' || node.type === 'image') expect(node.url).toMatch(/^(https?:|mailto:|tel:)/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
