import { describe, expect, it } from 'vitest';
// The project's settings: the Italian reader the views use by default.
import '../../../src/settings.ts';
import { cardView } from '../../../src/lib/view/card.ts';
import { course, offer, service } from '../../helpers/items.ts';

const deadline = (item: Parameters<typeof cardView>[0], today?: string) => cardView(item, today ? { today } : {}).deadline;

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
    const card = cardView(offer('mensa', { published: '2026-11-02', schoolHours: true, km0: true }), {});
    expect(card.marks).toEqual([{ code: 'km0', label: 'Lavoro a km 0' }, { code: 'school', label: 'Orario compatibile con la scuola' }]);
    expect(card.km0).toBe(true);
    expect(card.filters).toContain('orario-scuola');
  });

  it('links the place to a map', () => {
    const place = cardView(offer('p', { published: '2026-11-02', location: { zone: 'Loreto', municipio: 2 } }), {}).facts.find((fact) => fact.key === 'place');
    expect(place?.value).toBe('Loreto, Municipio 2, Milano');
    expect(place?.href).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=Loreto/);
  });
});
