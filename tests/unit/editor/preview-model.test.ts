import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editorPreview as previewWith, emptyPaths, withoutEmpty } from '../../../src/lib/editor/preview-model.ts';
import { readerFor } from '../../../src/lib/view/reader.ts';
import { settings } from '../../../src/settings.ts';

const editorPreview = (folder: string, slug: string | undefined, data: Parameters<typeof previewWith>[2], today: string, builtDay?: string) =>
  previewWith(folder, slug, data, today, readerFor(settings, 'it'), builtDay);

const offer = {
  title: 'Aiuto cuoco a Loreto', published: '2026-11-23', sector: 'ristorazione', contract: 'determinato', hours: 'part-time',
  location: { city: 'Milano', zone: 'Loreto' }, apply: { phone: '02 1234 5678' },
};

type Plain = Parameters<typeof withoutEmpty>[0];
const value: fc.Arbitrary<Plain> = fc.letrec<{ value: Plain }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('', 'testo', 0, 3, false, true, null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const hasEmpty = (v: Plain): boolean => v === '' || v === null || (Array.isArray(v) ? v.length === 0 || v.some(hasEmpty) : typeof v === 'object' && v !== null ? Object.keys(v).length === 0 || Object.values(v).some(hasEmpty) : false);

describe('the web editor before saving', () => {
  it('drops what a cleared field leaves behind, and nothing else', () => {
    expect(withoutEmpty({ title: 'T', employer: '', tags: ['', 'a'], location: { city: '', zone: '' }, km0: false, municipio: 0 })).toEqual({ title: 'T', tags: ['a'], km0: false, municipio: 0 });
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('x', 'y', 'z'), value), (data) => {
      const clean = withoutEmpty(data);
      expect(Object.values(clean as object).some(hasEmpty)).toBe(false);
      // Deleting the paths one after the other, as the browser does on Decap's data, gives the same result.
      const copy = structuredClone(data) as Record<string, unknown>;
      for (const path of emptyPaths(data)) {
        let parent: unknown = copy;
        for (const key of path.slice(0, -1)) parent = (parent as Record<string, unknown>)[key as string];
        if (Array.isArray(parent)) parent.splice(path.at(-1) as number, 1);
        else delete (parent as Record<string, unknown>)[path.at(-1) as string];
      }
      expect(copy).toEqual(clean);
    }));
  });
});

describe('the web editor preview', () => {
  it('shows the reader\'s card from the site\'s view model', () => {
    const preview = editorPreview('offers', undefined, offer, '2026-11-25');
    expect(preview.problems).toEqual([]);
    expect(preview.card).toMatchObject({ id: 'aiuto-cuoco-a-loreto', title: 'Aiuto cuoco a Loreto', deadline: 'Scade il 23 dicembre 2026' });
    expect(preview.card!.facts.find((fact) => fact.key === 'sector')!.value).toBe('Ristorazione');
  });

  it('lists the problems the build would report, cross-field rules included', () => {
    const preview = editorPreview('offers', 'x', { ...offer, expires: '2026-11-01', employer: '' }, '2026-11-25');
    expect(preview.card).toBeUndefined();
    expect(preview.problems).toEqual([expect.objectContaining({ field: 'expires', message: expect.stringContaining('prima della data di pubblicazione') })]);
    const course = editorPreview('courses', 'y', { title: 'Italiano A2', published: '2026-11-23', kind: 'italiano', provider: 'CPIA 3', apply: { inPerson: 'via Narni 1' } }, '2026-11-25');
    expect(course.problems.map((problem) => problem.field)).toEqual(['level']);
  });

  it('says when the item is a draft', () => {
    expect(editorPreview('offers', 'x', { ...offer, draft: true }, '2026-11-25').draft).toBe(true);
  });
});

describe('translations in the web editor', () => {
  const withTranslation = { ...offer, schedule: 'mattina presto', body: 'Cuciniamo per la mensa.', translations: { ar: { title: 'مساعد طباخ في لوريتو', auto: false }, en: { title: 'Kitchen assistant in Loreto', hash: { title: '00000000' } } } };

  it('records the hash of the Italian beside a translation typed in the form, and drops "auto" switched off', async () => {
    const { withTranslationBookkeeping } = await import('../../../src/lib/editor/preview-model.ts');
    const { italianHash } = await import('../../../src/lib/translations/hash.ts');
    const saved = withTranslationBookkeeping('offers', withTranslation) as typeof withTranslation & { translations: { ar: Record<string, unknown> } };
    expect(saved.translations.ar).toEqual({ title: 'مساعد طباخ في لوريتو', hash: { title: italianHash('Aiuto cuoco a Loreto') } });
    // A hash already there is the Italian the translator saw: kept, so a stale translation stays stale.
    expect(saved.translations.en.hash).toEqual({ title: '00000000' });
  });

  it('keeps the place of a translated list line not translated yet', () => {
    expect(withoutEmpty({ requirements: ['', 'a'], translations: { en: { requirements: [null, 'A'], summary: '' } } } as Plain)).toEqual({ requirements: ['a'], translations: { en: { requirements: [null, 'A'] } } });
  });

  it('says per language what is translated, stale or missing', () => {
    const preview = editorPreview('offers', 'aiuto-cuoco', withTranslation, '2026-11-23');
    expect(preview.problems).toEqual([]);
    expect(preview.translations.map((line) => line.text)).toEqual([
      'arabo: da tradurre (schedule, body)',
      'inglese: da aggiornare (title); da tradurre (schedule, body)',
      'spagnolo: da tradurre (title, schedule, body)',
      'francese: da tradurre (title, schedule, body)',
      'singalese: da tradurre (title, schedule, body)',
    ]);
  });
});

describe('the issue an item first appears in', () => {
  it('says the Monday of its first issue and links that issue when the preview site holds it', () => {
    // Friday 4 December: an offer published today comes out on Monday 7 December.
    const friday = editorPreview('offers', 'x', { ...offer, published: '2026-12-04' }, '2026-12-04', '2026-12-07');
    expect(friday.issue).toEqual({ text: 'Uscirà nel numero di lunedì 7 dicembre 2026.', href: '../bollettino/2026-W50/#lavoro', hint: undefined });
    const km0 = editorPreview('offers', 'x', { ...offer, km0: true, published: '2026-12-07' }, '2026-12-04', '2026-12-07');
    expect(km0.issue?.href).toBe('../bollettino/2026-W50/#km0');
  });

  it('says how to see an issue the preview site does not hold', () => {
    const later = editorPreview('offers', 'x', { ...offer, published: '2026-12-10' }, '2026-12-04', '2026-12-07');
    expect(later.issue).toEqual({ text: 'Uscirà nel numero di lunedì 14 dicembre 2026.', href: undefined, hint: 'Per vedere tutto quel numero: npm run redazione -- --data 2026-12-14' });
  });

  it('speaks of the past for an item already out, of publishing for a draft, and warns when no issue will ever show it', () => {
    expect(editorPreview('offers', 'x', { ...offer, published: '2026-11-23' }, '2026-12-04', '2026-12-07').issue?.text).toBe('È uscita per la prima volta nel numero di lunedì 23 novembre 2026.');
    expect(editorPreview('offers', 'x', { ...offer, draft: true, published: '2026-12-04' }, '2026-12-04').issue?.text).toBe('Bozza: se la pubblichi, uscirà nel numero di lunedì 7 dicembre 2026.');
    const never = editorPreview('offers', 'x', { ...offer, published: '2026-12-01', expires: '2026-12-05' }, '2026-12-01');
    expect(never.issue?.text).toContain('Non uscirà in nessun numero');
    const filled = editorPreview('offers', 'x', { ...offer, published: '2026-12-01', filled: '2026-12-07' }, '2026-12-01');
    expect(filled.issue?.text).toContain('Non uscirà in nessun numero');
  });
});
