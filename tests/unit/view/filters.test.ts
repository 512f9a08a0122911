import { describe, expect, it } from 'vitest';
import { settings } from '../../../src/settings.ts';
import { readerFor } from '../../../src/lib/view/reader.ts';

const reader = readerFor(settings);
import { issueForWeek } from '../../../src/lib/issue/model.ts';
import { countText, filtersFromQuery, isShown, parseToken, queryOf } from '../../../src/lib/view/filter-match.ts';
import { filterOptions, filteredSections, issueFilters, itemTokens } from '../../../src/lib/view/filters.ts';
import { course, offer, service } from '../../helpers/items.ts';

const PUBLISHED = { published: '2026-11-16' };
const cleaner = offer('cleaner', { ...PUBLISHED, sector: 'pulizie', contract: 'indeterminato', schoolHours: true, italian: 'A2' });
const cook = offer('cook', { ...PUBLISHED, sector: 'ristorazione', contract: 'determinato', km0: true, italian: 'B1' });
const porter = offer('porter', { ...PUBLISHED, sector: 'logistica', contract: 'somministrazione' });
const digital = course('digital', { ...PUBLISHED, kind: 'digitale' });
const italianA1 = course('italian-a1', { ...PUBLISHED, kind: 'italiano', level: 'A1' });
const aid = service('aid', PUBLISHED);
const issue = issueForWeek([cleaner, cook, porter, digital, italianA1, aid], '2026-W48', '2026-W44');
const shownIds = (active: Record<string, string>) =>
  filteredSections(issue, active).flatMap((section) => section.entries.map((entry) => entry.item.slug)).sort();

describe('filter tokens of an item', () => {
  it('gives an offer its km 0, school hours, sector and contract', () => {
    expect(itemTokens(cook)).toEqual(expect.arrayContaining(['km0-si', 'settore-ristorazione', 'contratto-determinato']));
    expect(itemTokens(cook)).not.toContain('orario-scuola');
    expect(itemTokens(cleaner)).toContain('orario-scuola');
  });

  it('fits an offer to every Italian level at or above the one it asks for, and to all when it asks none', () => {
    expect(itemTokens(cleaner).filter((t) => t.startsWith('italiano-'))).toEqual(['italiano-a2', 'italiano-b1', 'italiano-b2', 'italiano-c1', 'italiano-c2']);
    expect(itemTokens(porter)).toContain('italiano-pre-a1');
  });

  it('gives a course its kind and level, and a service nothing', () => {
    expect(itemTokens(italianA1)).toEqual(['corso-italiano', 'livello-a1']);
    expect(itemTokens(aid)).toEqual([]);
  });
});

describe('the filters of an issue', () => {
  it('offers only values that show something, with their counts and static pages', () => {
    const [offers, courses] = issueFilters(issue, reader);
    expect(offers?.facets.map((facet) => facet.id)).toEqual(['km0', 'orario', 'settore', 'contratto', 'italiano']);
    const sectors = offers?.facets.find((facet) => facet.id === 'settore')?.options;
    expect(sectors?.map((option) => option.label)).toEqual(['Logistica e magazzino', 'Pulizie', 'Ristorazione']);
    const italian = offers?.facets.find((facet) => facet.id === 'italiano')?.options;
    expect(italian?.map((option) => [option.value, option.count])).toEqual([['a2', 2], ['b1', 3]]);
    expect(courses?.facets.map((facet) => facet.id)).toEqual(['corso', 'livello']);
    expect(filterOptions(issue, reader).find((option) => option.token === 'km0-si')).toMatchObject({ count: 1, path: '/bollettino/2026-W48/filtri/km0-si/' });
  });

  it('has one page per value, never per combination: linear in items', () => {
    const pages = filterOptions(issue, reader);
    expect(new Set(pages.map((option) => option.path)).size).toBe(pages.length);
    const cardsOnPages = pages.reduce((sum, option) => sum + option.count, 0);
    expect(cardsOnPages).toBeLessThanOrEqual(issue.itemCount * 12);
  });

  it('shows only what matches; offer filters hide courses and services', () => {
    expect(shownIds({ orario: 'scuola' })).toEqual(['cleaner']);
    expect(shownIds({ italiano: 'a2' })).toEqual(['cleaner', 'porter']);
    expect(shownIds({ italiano: 'a2', contratto: 'somministrazione' })).toEqual(['porter']);
    expect(shownIds({ livello: 'a1' })).toEqual(['italian-a1']);
    expect(shownIds({})).toHaveLength(6);
  });

  it('combines an offer filter and a course filter as "these offers and these courses"', () => {
    expect(shownIds({ km0: 'si', corso: 'digitale' })).toEqual(['cook', 'digital']);
  });

  it('drops sections left empty by a filter and keeps the order of the others', () => {
    expect(filteredSections(issue, { corso: 'italiano' }).map((section) => section.id)).toEqual(['italiano']);
  });
});

describe('filters in the query string', () => {
  it('reads known facets and ignores the rest', () => {
    expect(filtersFromQuery('?settore=pulizie&km0=si&foo=bar&italiano=<b>')).toEqual({ settore: 'pulizie', km0: 'si' });
  });

  it('writes facets in a fixed order, and nothing for no filter', () => {
    expect(queryOf({ italiano: 'a2', km0: 'si' })).toBe('?km0=si&italiano=a2');
    expect(queryOf({})).toBe('');
  });

  it('reads a static page token back as facet and value', () => {
    expect(parseToken('settore-assistenza-familiare')).toEqual(['settore', 'assistenza-familiare']);
    expect(parseToken('nonsense-x')).toBeUndefined();
    expect(parseToken('2026-W48')).toBeUndefined();
  });

  it('shows everything with no filter, and services only then', () => {
    expect(isShown('service', [], {})).toBe(true);
    expect(isShown('service', [], { km0: 'si' })).toBe(false);
  });

  it('counts in Italian', () => {
    expect([0, 1, 12].map((n) => countText(n))).toEqual(['Nessun annuncio', '1 annuncio', '12 annunci']);
  });
});
