import { describe, expect, it } from 'vitest';
import { settings } from '../../../src/settings.ts';
import { readerFor } from '../../../src/lib/view/reader.ts';

const italian = readerFor(settings);
import { issueForWeek } from '../../../src/lib/issue/model.ts';
import { cardView, entryCard } from '../../../src/lib/view/card.ts';
import { DICTIONARIES } from '../../../src/i18n/index.ts';
import { course, offer, service } from '../../helpers/items.ts';

const deadline = (item: Parameters<typeof cardView>[0], today?: string) => cardView(item, today ? { today, reader: italian } : { reader: italian }).deadline;

describe('deadlines on cards', () => {
  const cook = offer('cook', { published: '2026-11-02', expires: '2026-11-26' });

  it('reads as a plain date on issue pages, the same any day they are opened', () => {
    expect(deadline(cook)).toBe('Scade il 26 novembre 2026');
  });

  it('counts the days left on item pages when they are few', () => {
    expect(deadline(cook, '2026-11-23')).toBe('Scade tra 3 giorni (26 novembre 2026)');
    expect(deadline(cook, '2026-11-25')).toBe('Scade domani (26 novembre 2026)');
    expect(deadline(cook, '2026-11-26')).toBe('Scade oggi (26 novembre 2026)');
    expect(deadline(cook, '2026-11-10')).toBe('Scade il 26 novembre 2026');
    expect(deadline(cook, '2026-11-27')).toBe('Chiuso: scaduto il 26 novembre 2026');
  });

  it('speaks of enrolment for courses and of applications for aids', () => {
    expect(deadline(course('c', { published: '2026-11-02', enrollBy: '2026-11-25' }), '2026-11-23')).toBe('Iscrizioni: chiudono tra 2 giorni (25 novembre 2026)');
    expect(deadline(service('s', { published: '2026-11-02', deadline: '2026-12-20' }))).toBe('Domande entro il 20 dicembre 2026');
  });
});

describe('what a card shows', () => {
  it('puts the school-hours mark and the filter tokens on an offer', () => {
    const card = cardView(offer('mensa', { published: '2026-11-02', schoolHours: true, km0: true }), { reader: italian });
    expect(card.marks).toEqual([{ code: 'km0', label: 'Lavoro a km 0' }, { code: 'school', label: 'Orario compatibile con la scuola' }]);
    expect(card.km0).toBe(true);
    expect(card.filters).toContain('orario-scuola');
  });

  it('links the place to a map', () => {
    const place = cardView(offer('p', { published: '2026-11-02', location: { zone: 'Loreto', municipio: 2 } }), { reader: italian }).facts.find((fact) => fact.key === 'place');
    expect(place?.value).toBe('Loreto, Municipio 2, Milano');
    expect(place?.href).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=Loreto/);
  });
});

describe('the marks of a card, from the issue model', () => {
  // The issue of Monday 23 November 2026 (the previous Monday is the 16th), read on the 25th.
  const items = [
    offer('vecchia', { published: '2026-11-02', expires: '2026-12-31' }),
    offer('nuova', { published: '2026-11-20', expires: '2026-12-31' }),
    offer('locale', { published: '2026-11-02', expires: '2026-12-31', km0: true }),
    offer('scuola', { published: '2026-11-02', expires: '2026-12-31', schoolHours: true }),
    course('nido', { published: '2026-11-02', expires: '2026-12-31', childcare: true }),
    offer('fine-settimana', { published: '2026-11-02', expires: '2026-11-29' }),
    offer('chiusa', { published: '2026-11-02', expires: '2026-11-24' }),
    offer('tutto', { published: '2026-11-20', expires: '2026-11-27', km0: true, schoolHours: true }),
  ];
  const issue = issueForWeek(items, '2026-W48', '2026-W44', '2026-W48', '2026-11-25');
  const marks = (slug: string) => {
    const entry = issue.sections.flatMap((section) => section.entries).find((e) => e.item.slug === slug)!;
    return entryCard(entry, italian).marks;
  };
  const codes = (slug: string) => marks(slug).map((mark) => mark.code);

  it('gives an item published before the previous Monday, open beyond the week, no mark', () => {
    expect(codes('vecchia')).toEqual([]);
  });

  it('marks new what was published since the previous Monday', () => {
    expect(marks('nuova')).toEqual([{ code: 'new', label: 'Nuovo' }]);
  });

  it('marks km 0, school hours and childcare as the editor set them', () => {
    expect(marks('locale')).toEqual([{ code: 'km0', label: 'Lavoro a km 0' }]);
    expect(marks('scuola')).toEqual([{ code: 'school', label: 'Orario compatibile con la scuola' }]);
    expect(codes('nido')).toEqual(['childcare']);
  });

  it('marks what ends by Sunday as ending this week, and what has closed since Monday as closed (not both)', () => {
    expect(marks('fine-settimana')).toEqual([{ code: 'soon', label: 'Scade questa settimana' }]);
    expect(marks('chiusa')).toEqual([{ code: 'closed', label: 'Chiuso' }]);
  });

  it('shows every mark of one item in a fixed order: new, km 0, school hours, then ends this week', () => {
    expect(codes('tutto')).toEqual(['new', 'km0', 'school', 'soon']);
  });
});

describe('the short card of an issue page', () => {
  it('shows one line of chips: sector, hours, school hours, Italian level and place for an offer', () => {
    const card = cardView(offer('mensa', { published: '2026-11-02', sector: 'ristorazione', schoolHours: true, italian: 'A2', location: { zone: 'Loreto', municipio: 2 }, km0: true }), { isNew: true, reader: italian });
    expect(card.chips.map((chip) => chip.label)).toEqual(['Ristorazione', 'Part-time', 'Orario compatibile con la scuola', 'Italiano A2', 'Loreto']);
    expect(card.chips.find((chip) => chip.key === 'school')?.mark).toBe('school');
    expect(card.headMarks.map((mark) => mark.code)).toEqual(['new', 'km0']);
    expect(card.kindLabel).toBe('Lavoro');
  });

  it('shows kind, level, childcare, free and place for a course, and "Online" for an online one', () => {
    const card = cardView(course('ita', { published: '2026-11-02', kind: 'italiano', level: 'A1', childcare: true, online: true }), { reader: italian });
    expect(card.chips.map((chip) => chip.label)).toEqual(['Corso di italiano', 'A1', 'Spazio bimbi durante le lezioni', 'Gratuito', 'Online']);
    expect(card.kindLabel).toBe('Corso');
  });

  it('leaves where to go to the item page when there is a link to apply, and keeps it when it is the only way', () => {
    const both = cardView(offer('b', { published: '2026-11-02', apply: { phone: '02 1234 5678', inPerson: 'Bell NETT, largo Cervi 1' } }), { reader: italian });
    expect(both.shortActions.map((action) => action.kind)).toEqual(['phone']);
    expect(both.actions.map((action) => action.kind)).toEqual(['phone', 'inPerson']);
    const only = cardView(offer('o', { published: '2026-11-02', apply: { inPerson: 'Bell NETT, largo Cervi 1' } }), { reader: italian });
    expect(only.shortActions.map((action) => action.kind)).toEqual(['inPerson']);
  });

  it('gives a closed item no way to apply on its short card either', () => {
    const closed = cardView(offer('c', { published: '2026-11-02', apply: { phone: '02 1234 5678', inPerson: 'Bell NETT, largo Cervi 1' } }), { closed: true, reader: italian });
    expect(closed.shortActions).toEqual([]);
    expect(closed.actions).toEqual([]);
  });
});

describe('words that fit the item', () => {
  const web = { url: 'https://example.org/candidature/', email: 'lavoro@example.org' };

  it('asks to apply for a job, to enrol in a course and to ask for an aid', () => {
    const verb = (item: Parameters<typeof cardView>[0]) => cardView(item, { reader: italian }).actions.find((action) => action.kind === 'url')?.verb;
    expect(verb(offer('o', { published: '2026-11-02', apply: web }))).toBe('Candidati online');
    expect(verb(course('c', { published: '2026-11-02', apply: web }))).toBe('Iscriviti online');
    expect(verb(service('s', { published: '2026-11-02', apply: web }))).toBe('Fai domanda online');
    expect(cardView(course('c', { published: '2026-11-02', apply: web }), { reader: italian }).applyHeading).toBe('Come iscriversi');
  });

  it('names the schedule "Giorni e orari", not a second "Orario"', () => {
    const card = cardView(offer('o', { published: '2026-11-02', schedule: 'lun–ven 8:30–12:30' }), { reader: italian });
    expect(card.facts.filter((fact) => fact.label === 'Orario').map((fact) => fact.key)).toEqual(['hours']);
    expect(card.facts.find((fact) => fact.key === 'schedule')?.label).toBe('Giorni e orari');
  });

  it("puts the offer's reference and title in the e-mail subject", () => {
    const mail = (fields: Record<string, unknown>) => new URL(cardView(offer('o', { published: '2026-11-02', title: 'Aiuto cuoco', apply: web, ...fields }), { reader: italian }).actions.find((action) => action.kind === 'email')!.href!);
    expect(mail({ reference: 'MI-2231' }).searchParams.get('subject')).toBe('Aiuto cuoco (rif. MI-2231)');
    expect(mail({}).searchParams.get('subject')).toBe('Aiuto cuoco');
  });
});

describe('plain words for jargon', () => {
  it('explains an agency contract and an active labour policy in one line, in the reader language', () => {
    const contract = cardView(offer('o', { published: '2026-11-02', contract: 'somministrazione' }), { reader: italian }).facts.find((fact) => fact.key === 'contract');
    expect(contract?.value).toBe('Somministrazione (agenzia)');
    expect(contract?.explain).toMatch(/agenzia per il lavoro/);
    const policy = cardView(course('c', { published: '2026-11-02', kind: 'politica-attiva' }), { reader: italian }).facts.find((fact) => fact.key === 'kind');
    expect(policy?.explain).toMatch(/trovare lavoro/);
    expect(cardView(offer('d', { published: '2026-11-02', contract: 'determinato' }), { reader: italian }).facts.find((fact) => fact.key === 'contract')?.explain).toBeUndefined();
  });

  it('has the same explanations in every language', () => {
    const keys = (lang: keyof typeof DICTIONARIES) => [Object.keys(DICTIONARIES[lang].explain.contract).sort(), Object.keys(DICTIONARIES[lang].explain.courseKind).sort()];
    for (const lang of Object.keys(DICTIONARIES) as (keyof typeof DICTIONARIES)[]) expect(keys(lang), lang).toEqual(keys('it'));
  });
});
