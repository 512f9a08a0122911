import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../src/lib/issue/dates.ts';
import { readFormValues, readValue, VALUE_TYPES } from '../../../src/lib/input/read-value.ts';
import { CEFR_LEVELS } from '../../../src/lib/schema/fields.ts';
import { TYPED_CASES } from '../../cases/typed-values.ts';

const CHOICE_FIELDS = Object.entries(VALUE_TYPES).flatMap(([field, type]) => (type.type === 'choice' ? [{ field, choices: type.choices }] : []));

/** The same word as people type it: any case, separators as space, dash, underscore or none doubled. */
const typedLike = (word: string) =>
  fc.tuple(fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }), fc.constantFrom(' ', '-', '_', '  '), fc.constantFrom('', ' ', '\t'))
    .map(([upper, separator, pad]) => `${pad}${[...word].map((char, index) => (upper[index] ? char.toUpperCase() : char.toLowerCase())).join('').replace(/[\s-]+/g, separator)}${pad}`);

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

describe('reading what people type', () => {
  it.each(TYPED_CASES)('reads $field "$typed" as $value', ({ field, typed, value }) => {
    expect(readValue(field, typed)).toEqual({ ok: true, value });
  });

  it('reads every code and every label of every list, in any case and with any separator', () => {
    const words = CHOICE_FIELDS.flatMap(({ field, choices }) => choices.codes.flatMap((code) => choices.words[code]!.concat(code).map((word) => ({ field, code, word }))));
    fc.assert(fc.property(fc.constantFrom(...words).chain((entry) => typedLike(entry.word).map((typed) => ({ ...entry, typed }))), ({ field, code, typed }) => {
      expect(readValue(field, typed)).toEqual({ ok: true, value: code });
    }));
  });

  it('reads a date written the Italian way, with /, - or . and two- or four-digit years', () => {
    fc.assert(fc.property(day, fc.constantFrom('/', '-', '.'), fc.boolean(), fc.boolean(), (date, separator, shortYear, padded) => {
      const [year, month, dayOfMonth] = date.split('-');
      const d = padded ? dayOfMonth! : String(Number(dayOfMonth));
      const m = padded ? month! : String(Number(month));
      const typed = `${d}${separator}${m}${separator}${shortYear ? year!.slice(2) : year}`;
      expect(readValue('expires', typed)).toEqual({ ok: true, value: date });
      expect(readValue('expires', date)).toEqual({ ok: true, value: date });
    }));
  });

  it('never rolls a day that does not exist over into the next month', () => {
    for (const typed of ['31/02/2026', '30-02-26', '2026-02-30', '32/01/2026', '00/12/2026', '12/13/2026']) {
      const read = readValue('published', typed);
      expect(read.ok, typed).toBe(false);
      if (!read.ok) expect(read.message).toContain('non è una data valida');
    }
  });

  it('reads CEFR levels in any case and spacing', () => {
    fc.assert(fc.property(fc.constantFrom(...CEFR_LEVELS), fc.boolean(), fc.constantFrom('', ' ', '-'), (level, upper, separator) => {
      const typed = (upper ? level.toUpperCase() : level.toLowerCase()).replace('-', separator);
      expect(readValue('level', typed)).toEqual({ ok: true, value: level });
    }));
  });

  it('says "forse intendevi" with the nearest label for a near miss, and lists the values otherwise', () => {
    expect(readValue('sector', 'Pulizia')).toMatchObject({ ok: false, suggestion: 'pulizie' });
    expect(readValue('contract', 'indeterminatto')).toMatchObject({ ok: false, message: expect.stringContaining('(forse intendevi: indeterminato)') });
    const far = readValue('hours', 'quando capita');
    expect(far).toMatchObject({ ok: false, message: expect.stringContaining('Valori ammessi: Tempo pieno, Part-time') });
    expect(readValue('italian', 'livello A2')).toMatchObject({ ok: false, suggestion: 'A2' });
  });

  it('gives either a value of the field\'s list or an Italian message quoting what was typed, for any text', () => {
    fc.assert(fc.property(fc.constantFrom(...Object.keys(VALUE_TYPES)), fc.string({ maxLength: 40 }), (field, typed) => {
      const read = readValue(field, typed);
      const type = VALUE_TYPES[field]!;
      if (!read.ok) {
        if (typed.trim()) expect(read.message).toContain(`"${typed.trim()}"`);
        return;
      }
      if (type.type === 'choice') expect(type.choices.codes).toContain(read.value);
      if (type.type === 'date') expect(isCalendarDate(String(read.value))).toBe(true);
      if (type.type === 'yesno') expect(typeof read.value).toBe('boolean');
      if (type.type === 'cefr') expect(CEFR_LEVELS).toContain(read.value);
      if (type.type === 'municipio') expect(read.value).toSatisfy((n: number) => Number.isInteger(n) && n >= 1 && n <= 9);
    }));
  });

  it('reads a form\'s data in place: typed values become the schema\'s, free text and good values stay, twice changes nothing', () => {
    const form = { title: 'Pulizie', sector: 'Pulizie', hours: 'part time', expires: '31/12/2026', location: { municipio: 'Municipio 2', zone: 'Loreto' }, apply: { phone: '02 1234' }, schoolHours: true, contract: 'boh' };
    const read = readFormValues(form);
    expect(read).toEqual({ title: 'Pulizie', sector: 'pulizie', hours: 'part-time', expires: '2026-12-31', location: { municipio: 2, zone: 'Loreto' }, apply: { phone: '02 1234' }, schoolHours: true, contract: 'boh' });
    expect(readFormValues(read)).toEqual(read);
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('title', 'summary', 'schedule', 'who', 'employer'), fc.string()), (free) => {
      expect(readFormValues(free)).toEqual(free);
    }));
  });
});

describe('patching a form in place', () => {
  it('lists exactly the changes readFormValues makes', async () => {
    const { readValueChanges } = await import('../../../src/lib/input/read-value.ts');
    const form = { sector: 'Pulizie', hours: 'part-time', tags: ['a1'], location: { municipio: 'II' }, expires: '2026-12-31', filled: '5/12/26' };
    expect(readValueChanges(form)).toEqual([
      { path: ['sector'], value: 'pulizie' },
      { path: ['location', 'municipio'], value: 2 },
      { path: ['filled'], value: '2026-12-05' },
    ]);
  });
});
