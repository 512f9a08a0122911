import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editorPreview as previewWith, emptyPaths, withoutEmpty } from '../../../src/lib/editor/preview-model.ts';
import { readerFor } from '../../../src/lib/view/reader.ts';
import { settings } from '../../../src/settings.ts';

const editorPreview = (...args: Parameters<typeof previewWith> extends [...infer Head, unknown] ? Head : never) => previewWith(...args, readerFor(settings, 'it'));

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
    expect(preview.problems).toEqual([expect.objectContaining({ field: 'expires', message: expect.stringContaining('prima della pubblicazione') })]);
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
