/** "Posto coperto" and "posti esauriti": closed by hand from a day, with their own words and no apply actions. */
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/lib/content/load.ts';
import { issueForWeek, buildBulletin } from '../../src/lib/issue/model.ts';
import { collectionOf } from '../../src/lib/content/items.ts';
import { closureOn, isOpenOn } from '../../src/lib/issue/validity.ts';
import { cardView, closedBanner, entryCard } from '../../src/lib/view/card.ts';
import { itemJsonLd } from '../../src/lib/view/json-ld.ts';
import { readerFor } from '../../src/lib/view/reader.ts';
import type { Settings } from '../../src/lib/settings/settings.ts';
import { settings as siteSettings } from '../../src/settings.ts';
import { course, offer, service } from '../helpers/items.ts';

const filledOffer = offer('coperto', { published: '2026-11-16', expires: '2026-12-20', filled: '2026-11-25' });
const fullCourse = course('pieno', { published: '2026-11-16', enrollBy: '2026-12-20', full: '2026-11-25', free: true });

describe('closed by hand', () => {
  it('is open until the day before "filled" and closed with its own reason from that day', () => {
    expect(closureOn(filledOffer, '2026-11-24')).toBeUndefined();
    expect(closureOn(filledOffer, '2026-11-25')).toBe('filled');
    expect(closureOn(filledOffer, '2026-12-31')).toBe('filled');
    expect(closureOn(fullCourse, '2026-11-25')).toBe('full');
    expect(isOpenOn(filledOffer, '2026-11-24')).toBe(true);
    expect(isOpenOn(filledOffer, '2026-11-25')).toBe(false);
  });

  it('stays "expired" when the item had expired before it was marked filled', () => {
    const late = offer('tardi', { published: '2026-11-01', expires: '2026-11-10', filled: '2026-11-20' });
    expect(closureOn(late, '2026-11-15')).toBe('expired');
    expect(closureOn(late, '2026-11-25')).toBe('expired');
  });

  it('is an error before the publication day, in Italian, naming the field', () => {
    const source = '---\ntitle: Cuoco\npublished: 2026-11-16\nfilled: 2026-11-10\nsector: ristorazione\ncontract: determinato\nhours: turni\nlocation: {}\napply: { phone: "02 1234 5678" }\n---\n';
    const { problems } = validateFile(collectionOf('offer'), 'offers/cuoco.md', source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'filled' });
    expect(problems[0]!.message).toContain('prima della pubblicazione');
    expect(validateFile(collectionOf('offer'), 'offers/cuoco.md', source.replace('filled: 2026-11-10', 'filled: 2026-13-10')).problems[0]!.message).toContain('non è una data valida');
  });

  it('leaves the item out of issues from a Monday on or after "filled", keeps it closed in the week it happened', () => {
    const w48 = issueForWeek([filledOffer], '2026-W48', '2026-W40', '2026-W48', '2026-11-26');
    const entry = w48.sections.flatMap((section) => section.entries)[0]!;
    expect(entry).toMatchObject({ closed: true, closure: 'filled' });
    expect(issueForWeek([filledOffer], '2026-W49', '2026-W40').itemCount).toBe(0);
    // Reproducible: the week before "filled" shows it open, whenever it is rebuilt.
    const w47 = issueForWeek([filledOffer], '2026-W47', '2026-W40', '2026-W48', '2026-11-26');
    expect(w47.itemCount).toBe(1);
  });

  it('is shown with its own words in every language, without any way to apply', () => {
    const bulletin = buildBulletin([filledOffer, fullCourse], '2026-11-26', '2026-W40');
    const entries = bulletin.current!.sections.flatMap((section) => section.entries);
    const words = { it: ['Posto già coperto', 'Posti esauriti'], en: ['Position filled', 'Fully booked'], fr: ['Poste déjà pourvu', 'Complet'], es: ['Puesto ya cubierto', 'Plazas agotadas'] } as const;
    for (const lang of ['it', 'ar', 'en', 'es', 'fr', 'si'] as const) {
      const reader = readerFor(siteSettings, lang);
      for (const entry of entries) {
        const card = entryCard(entry, reader);
        const own = entry.item.kind === 'offer' ? reader.t.marks.filled : reader.t.marks.full;
        expect(card.closed).toBe(true);
        expect(card.actions).toEqual([]);
        expect(card.closedWords).toBe(own);
        expect(card.marks.find((mark) => mark.code === 'closed')?.label).toBe(own);
        expect(card.deadline).toContain(own.split(' ')[0]!);
        expect(own).not.toBe(reader.t.marks.closed);
      }
      if (lang in words) expect(entries.map((entry) => entryCard(entry, reader).closedWords)).toEqual(words[lang as keyof typeof words]);
    }
    const page = bulletin.itemPages.find((p) => p.item.slug === 'coperto')!;
    expect(page).toMatchObject({ closed: true, closure: 'filled' });
    const it = readerFor(siteSettings, 'it');
    expect(cardView(page.item, { today: '2026-11-26', closed: page.closed, closure: page.closure, reader: it }).deadline).toBe('Posto già coperto dal 25 novembre 2026');
    expect(closedBanner(page.item, page.closure, it)).toContain('Posto già coperto dal 25 novembre 2026');
  });

  it('drops JSON-LD validThrough to the start of the day it was filled, and marks a full course sold out', () => {
    const settings = { siteUrl: 'https://bollettino.test', name: 'Bollettino' } as Settings;
    expect(itemJsonLd(filledOffer, settings, { closed: true, closure: 'filled' })['validThrough']).toBe('2026-11-25T00:00:00+01:00');
    expect(itemJsonLd(offer('aperta', { published: '2026-11-16', expires: '2026-12-20' }), settings)['validThrough']).toBe('2026-12-20T23:59:59+01:00');
    const offers = itemJsonLd(fullCourse, settings, { closed: true, closure: 'full' })['offers'] as Record<string, unknown>;
    expect(offers).toMatchObject({ validThrough: '2026-11-25T00:00:00+01:00', availability: 'https://schema.org/SoldOut' });
  });

  it('does not exist on services', () => {
    expect(() => service('s', { published: '2026-11-16', filled: '2026-11-20' })).toThrow(/filled/);
  });
});
