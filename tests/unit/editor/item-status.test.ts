import { describe, expect, it } from 'vitest';
import { decapConfig, type DecapCollection } from '../../../src/lib/editor/decap-config.ts';
import { itemStatus, statusTable } from '../../../src/lib/editor/item-status.ts';
import { editorPreview } from '../../../src/lib/editor/preview-model.ts';
import { readerFor } from '../../../src/lib/view/reader.ts';
import { settings } from '../../../src/settings.ts';
import { course, offer } from '../../helpers/items.ts';

// Friday 4 December 2026: the coming issue is Monday 7 December.
const FRIDAY = '2026-12-04';

describe('the status of each item in the web editor\'s list', () => {
  it('names where each item stands on the day', () => {
    const cases: [ReturnType<typeof offer>, string][] = [
      [offer('bozza', { published: '2026-12-01', draft: true }), 'bozza'],
      [offer('lunedi', { published: '2026-12-04' }), 'in uscita lunedì'],
      [offer('dopo', { published: '2026-12-10' }), 'in uscita lunedì 14 dicembre'],
      [offer('fuori', { published: '2026-11-23' }), 'pubblicato'],
      [offer('scade', { published: '2026-11-23', expires: '2026-12-06' }), 'scade questa settimana'],
      [offer('scaduto', { published: '2026-11-01', expires: '2026-12-03' }), 'scaduto'],
      [offer('coperto', { published: '2026-11-23', filled: '2026-12-02' }), 'coperto'],
      [course('pieno', { published: '2026-11-23', full: '2026-12-02', enrollBy: '2026-12-20' }), 'posti esauriti'],
    ];
    for (const [item, label] of cases) expect(itemStatus(item, FRIDAY).label, item.slug).toBe(label);
  });

  it('filters the list by status through the titles the model saw, escaped for the pattern', () => {
    const items = [offer('a', { title: 'Cuoco (part-time) a NoLo?', published: '2026-12-04' }), offer('b', { title: 'Barista', published: '2026-11-23' })];
    const config = decapConfig(settings, { contentDir: 'src/content', statuses: statusTable(items, FRIDAY) });
    const offers = (config['collections'] as DecapCollection[]).find((c) => c.name === 'offers')!;
    const filters = offers['view_filters'] as { label: string; pattern: string }[];
    const soon = new RegExp(filters.find((f) => f.label === 'Stato: in uscita lunedì')!.pattern);
    expect(soon.test('Cuoco (part-time) a NoLo?')).toBe(true);
    expect(soon.test('Barista')).toBe(false);
    expect(new RegExp(filters.find((f) => f.label === 'Stato: pubblicato')!.pattern).test('Barista')).toBe(true);
    expect(new RegExp(filters.find((f) => f.label === 'Stato: scaduto')!.pattern).test('Barista')).toBe(false);
  });
});

describe('the web editor\'s error panel', () => {
  it('speaks of the form, not of the file', () => {
    const preview = editorPreview('offers', 'x', { title: 'Cuoco', published: '2026-12-04', location: {}, apply: {} }, FRIDAY, readerFor(settings, 'it'));
    const text = preview.problems.map((problem) => `${problem.field}: ${problem.message}`).join('\n');
    expect(text).toContain("sector: scegli un valore dall'elenco.");
    expect(text).toContain('apply: manca, ed è obbligatorio: compila questo campo.');
    const noContact = editorPreview('offers', 'x', { title: 'Cuoco', published: '2026-12-04', sector: 'pulizie', contract: 'altro', hours: 'turni', location: {}, apply: { note: 'CV' } }, FRIDAY, readerFor(settings, 'it'));
    expect(noContact.problems.map((problem) => problem.message).join('\n')).toContain('compila almeno un modo per candidarsi: telefono, WhatsApp');
    expect(text).not.toMatch(/niente non è|Aggiungi una riga|rientrat|virgolette/);
  });
});

describe('the preview of a form with a body', () => {
  it('checks the front matter only: the Markdown body is not a field', () => {
    const data = { title: 'Cuoco', published: '2026-12-04', sector: 'pulizie', contract: 'altro', hours: 'turni', location: { city: 'Milano' }, apply: { phone: '02 1234 5678' }, body: '<!-- Scrivi qui i dettagli -->' };
    const preview = editorPreview('offers', 'x', data, FRIDAY, readerFor(settings, 'it'));
    expect(preview.problems).toEqual([]);
    expect(preview.card?.title).toBe('Cuoco');
  });
});
