import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../../src/lib/content/load.ts';
import { collectionOf } from '../../../src/lib/content/items.ts';
import { italianHash } from '../../../src/lib/translations/hash.ts';
import { planImport } from '../../../src/lib/translations/import.ts';
import { csvText, readSheetFile, writeSheet } from '../../../src/lib/translations/sheet-file.ts';
import { sheetRecords, SHEET_COLUMNS, type SheetRecord } from '../../../src/lib/translations/sheet.ts';
import { translationUnits } from '../../../src/lib/translations/units.ts';
import { withTranslations } from '../../../src/lib/translations/write.ts';
import { itemFrom, OFFER } from './helpers.ts';

const TODAY = '2026-11-25';
const FILE = 'src/content/offers/prova.md';
const dir = mkdtempSync(join(tmpdir(), 'traduci-'));

async function sheetOf(records: SheetRecord[], format: 'csv' | 'xlsx' = 'csv') {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.${format}`);
  await writeSheet(file, records, format);
  return readSheetFile(file);
}

describe('the sheet of one language', () => {
  const item = itemFrom('offer', OFFER, FILE);

  it('has the columns in the agreed order and one row per field and list line', () => {
    expect(SHEET_COLUMNS.slice(0, 5)).toEqual(['file', 'campo', 'italiano', 'contesto', 'traduzione']);
    const records = sheetRecords([item], 'ar', TODAY);
    expect(records.map((record) => record.campo)).toEqual(['title', 'summary', 'requirements.0', 'requirements.1', 'salary', 'apply.inPerson', 'apply.note', 'body']);
    expect(records[0]).toMatchObject({ file: 'offers/prova.md', italiano: 'Addetta pulizie uffici a Loreto', traduzione: '', lingua: 'ar', impronta: italianHash('Addetta pulizie uffici a Loreto') });
    expect(records[1]!.contesto).toBe('Offerte di lavoro · «Addetta pulizie uffici a Loreto»');
  });

  it('survives CSV and XLSX with every script and line end', async () => {
    const records = sheetRecords([item], 'ar', TODAY).map((record, index) => ({ ...record, traduzione: index === 0 ? 'عاملة "تنظيف"، مكاتب\nسطر ثانٍ' : '' }));
    for (const format of ['csv', 'xlsx'] as const) {
      const sheet = await sheetOf(records, format);
      expect(sheet.columns.traduzione, format).toBe(4);
      expect(sheet.rows[0]!.cells[4], format).toBe('عاملة "تنظيف"، مكاتب\nسطر ثانٍ');
      expect(sheet.rows[0]!.row, format).toBe(2);
    }
    expect(csvText(records).startsWith('\uFEFF"file","campo","italiano","contesto","traduzione"')).toBe(true);
  });
});

describe('importing a filled sheet', () => {
  const item = itemFrom('offer', OFFER, FILE);
  const fill = (values: Record<string, string>) => sheetRecords([item], 'ar', TODAY).map((record) => ({ ...record, traduzione: values[record.campo] ?? '' }));

  it('turns the filled cells into changes with the exported hash', async () => {
    const plan = planImport(await sheetOf(fill({ title: 'عاملة تنظيف مكاتب', 'requirements.1': 'الالتزام بالمواعيد' })), [item]);
    expect(plan.problems).toEqual([]);
    expect(plan.files).toHaveLength(1);
    expect(plan.files[0]!.changes).toEqual([
      { key: 'title', text: 'عاملة تنظيف مكاتب', hash: italianHash('Addetta pulizie uffici a Loreto'), auto: false },
      { key: 'requirements.1', text: 'الالتزام بالمواعيد', hash: italianHash('puntualità'), auto: false },
    ]);
    expect([...plan.files[0]!.rows.values()]).toEqual([2, 5]);
  });

  it('says in Italian which row and column is wrong', async () => {
    const records = fill({ title: 'عاملة', summary: 'ملخص', salary: 'أجر' });
    records[0]!.file = 'offers/prova-x.md';
    records[1]!.campo = 'sumary';
    records[4]!.impronta = 'zz';
    const plan = planImport(await sheetOf(records), [item]);
    expect(plan.problems.map((problem) => problem.message)).toEqual([
      'riga 2, colonna A (file): "offers/prova-x.md" non è una scheda del bollettino (forse intendevi: offers/prova.md). Non cambiare le colonne file e campo del foglio.',
      'riga 3, colonna B (campo): "sumary" non è un campo da tradurre di offers/prova.md (forse intendevi: summary). Non cambiare le colonne file e campo del foglio.',
      'riga 6, colonna I (impronta): "zz" non è l\'impronta scritta da esporta (8 cifre e lettere a-f). Non cambiare questa colonna: se l\'hai cancellata, esporta di nuovo il foglio.',
    ]);
    expect(plan.files).toEqual([]);
  });

  it('asks for the columns it needs', async () => {
    const file = join(dir, 'senza.csv');
    writeFileSync(file, 'file;campo;traduzione\noffers/prova.md;title;x\n');
    expect(planImport(await readSheetFile(file), [item]).problems[0]!.message).toMatch(/^riga 1: manca la colonna "impronta"/);
  });

  it('never writes over a translation made after the export', async () => {
    const records = fill({ title: 'عاملة تنظيف' });
    const translated = itemFrom('offer', OFFER.replace('---\nLavoro', 'translations:\n  ar:\n    title: عاملة نظافة\n---\nLavoro'), FILE);
    const plan = planImport(await sheetOf(records), [translated]);
    expect(plan.files).toEqual([]);
    expect(plan.kept[0]!.message).toMatch(/^riga 2, colonna E \(traduzione\): non scritta, perché .* è cambiata dopo/);
  });
});

describe('writing translations into a file', () => {
  const item = itemFrom('offer', OFFER, FILE);
  const lines = { requirements: 2, documents: 0 };

  it('keeps comments, quotes and the body, and changes only translations', () => {
    const text = withTranslations(OFFER, 'offer', 'ar', [
      { key: 'title', text: 'عاملة تنظيف مكاتب', hash: italianHash(item.data.title), auto: false },
      { key: 'requirements.1', text: 'الالتزام بالمواعيد', hash: italianHash('puntualità'), auto: true },
    ], lines);
    expect(text.startsWith(OFFER.split('---\nLavoro')[0]!)).toBe(true);
    expect(text).toContain('# Trovata dal servizio territoriale');
    expect(text).toContain('schedule: "lun–ven 6–9"   # prima che aprano gli uffici');
    expect(text.endsWith('---\nLavoro in uffici di via Padova.\n')).toBe(true);
    const { item: back, problems } = validateFile(collectionOf('offer'), FILE, text);
    expect(problems).toEqual([]);
    expect(back!.data.translations?.ar).toEqual({
      title: 'عاملة تنظيف مكاتب',
      requirements: [null, 'الالتزام بالمواعيد'],
      hash: { title: italianHash(item.data.title), 'requirements.1': italianHash('puntualità') },
      auto: ['requirements.1'],
    });
    expect(translationUnits(back!, 'ar').find((unit) => unit.key === 'title')?.state).toBe('current');
  });

  it('keeps the comments of an existing translations block, once', () => {
    const first = withTranslations(OFFER, 'offer', 'ar', [{ key: 'title', text: 'عاملة تنظيف', hash: italianHash(item.data.title), auto: false }], lines)
      .replace('translations:', '# tradotte da Samira\ntranslations:');
    const second = withTranslations(first, 'offer', 'en', [{ key: 'body', text: 'Work in offices.\n\nOn via Padova.', hash: italianHash(item.body), auto: false }], lines);
    expect(second.match(/# tradotte da Samira/g)).toHaveLength(1);
    expect(second).toContain('# tradotte da Samira\ntranslations:\n  ar:\n    title: عاملة تنظيف\n');
    expect(second).toContain('  en:\n    body: |\n      Work in offices.\n\n      On via Padova.\n');
    expect(validateFile(collectionOf('offer'), FILE, second).problems).toEqual([]);
  });

  it('writes any text a mediator may type and reads it back the same (property)', () => {
    const printable = fc.string({ minLength: 3, maxLength: 120, unit: fc.constantFrom(...'abc ÀÉ عربي සිං: #"\'-–,*[]{}|>&%@!?'.split('')) }).filter((text) => text.trim().length >= 3 && text.trim() === text);
    fc.assert(fc.property(printable, printable, fc.boolean(), (title, note, auto) => {
      const text = withTranslations(OFFER, 'offer', 'fr', [
        { key: 'title', text: title, hash: italianHash(item.data.title), auto },
        { key: 'apply.note', text: note, hash: italianHash('porta il CV'), auto: false },
      ], lines);
      const { item: back, problems } = validateFile(collectionOf('offer'), FILE, text);
      expect(problems).toEqual([]);
      expect(back!.data.translations?.fr?.title).toBe(title);
      expect(back!.data.translations?.fr?.apply?.note).toBe(note);
      expect(back!.data.translations?.fr?.auto).toEqual(auto ? ['title'] : undefined);
      expect(text).toContain('# Trovata dal servizio territoriale');
    }), { numRuns: 150 });
  });

  it('confirms a machine draft when a person writes the field', () => {
    const machine = withTranslations(OFFER, 'offer', 'en', [
      { key: 'title', text: 'Office cleaner', hash: italianHash(item.data.title), auto: true },
      { key: 'summary', text: 'Office cleaning early.', hash: italianHash(item.data.summary!), auto: true },
    ], lines);
    expect(machine).toMatch(/auto: true/);
    const checked = withTranslations(machine, 'offer', 'en', [{ key: 'summary', text: 'Cleaning offices early in the morning.', hash: italianHash(item.data.summary!), auto: false }], lines);
    expect(validateFile(collectionOf('offer'), FILE, checked).item!.data.translations?.en?.auto).toEqual(['title']);
  });
});
