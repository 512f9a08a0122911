import { describe, expect, it } from 'vitest';
import { decapConfig, type DecapCollection } from '../../../src/lib/editor/decap-config.ts';
import { itemStatus, statusTable } from '../../../src/lib/editor/item-status.ts';
import { editorPreview } from '../../../src/lib/editor/preview-model.ts';
import { COLLECTIONS } from '../../../src/lib/content/items.ts';
import { describeIssue } from '../../../src/lib/content/problems.ts';
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

describe('the error panel for the cross-field rules', () => {
  // What only someone editing a file would understand: key names, YAML values, lines, the date's written form.
  const FILE_SPEAK = /\b(published|expires|enrollBy|start|end|level|cost|free|kind|daControllare|filled|full)\b|\briga\b|\brighe\b|\btrue\b|\bfalse\b|AAAA-MM-GG|virgolette|sotto i campi/;
  const offerForm = { title: 'Cuoco', published: '2026-12-04', sector: 'pulizie', contract: 'altro', hours: 'turni', location: { city: 'Milano' }, apply: { phone: '02 1234 5678' } };
  const courseForm = { title: 'Corso', published: '2026-12-04', kind: 'professionale', provider: 'CPIA 3', apply: { inPerson: 'via Narni 1' } };
  const CASES: [string, string, Record<string, unknown>, string][] = [
    ['offers', 'expires before published', { ...offerForm, expires: '2026-12-01' }, 'expires'],
    ['offers', 'filled before published', { ...offerForm, filled: '2026-12-01' }, 'filled'],
    ['offers', 'import doubts on a published item', { ...offerForm, daControllare: ['sector'] }, 'daControllare'],
    ['offers', 'a title too long', { ...offerForm, title: 'x'.repeat(141) }, 'title'],
    ['offers', 'a year mistyped', { ...offerForm, published: '2206-12-04' }, 'published'],
    ['offers', 'a date that does not exist', { ...offerForm, expires: '2026-02-30' }, 'expires'],
    ['courses', 'an Italian course without level', { ...courseForm, kind: 'italiano' }, 'level'],
    ['courses', 'a paid course without cost', { ...courseForm, free: false }, 'cost'],
    ['courses', 'end before start', { ...courseForm, start: '2027-01-10', end: '2027-01-05' }, 'end'],
    ['courses', 'enrolment after the end', { ...courseForm, start: '2027-01-10', end: '2027-01-20', enrollBy: '2027-01-25' }, 'enrollBy'],
    ['courses', 'enrolment closing before publication', { ...courseForm, enrollBy: '2026-12-01' }, 'enrollBy'],
    ['courses', 'full before published', { ...courseForm, full: '2026-12-01' }, 'full'],
    ['offers', 'a translation without its Italian', { ...offerForm, translations: { en: { summary: 'A summary' } } }, 'translations.en.summary'],
  ];

  it.each(CASES)('%s: %s — worded for the form, and the file keeps its own words', (folder, _name, data, field) => {
    const preview = editorPreview(folder, 'x', data as never, FRIDAY, readerFor(settings, 'it'));
    const problem = preview.problems.find((p) => p.field === field);
    expect(problem, JSON.stringify(preview.problems)).toBeDefined();
    expect(problem!.message).not.toMatch(FILE_SPEAK);
    // The same rule read for a file still names what to write there (two variants, one place).
    const collection = COLLECTIONS.find((c) => c.folder === folder)!;
    const issues = collection.schema.safeParse(data).error?.issues ?? [];
    const fileMessages = issues.flatMap((issue) => describeIssue(issue, collection.schema)).filter((p) => p.field === field).map((p) => p.message);
    expect(fileMessages.length).toBeGreaterThan(0);
    expect(fileMessages.join(' ')).not.toBe(problem!.message);
  });
});
