import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import { LANGS, OTHER_LANGS } from '../../src/i18n/languages.ts';
import { COURSE_KINDS } from '../../src/lib/schema/course.ts';
import { CEFR_LEVELS } from '../../src/lib/schema/fields.ts';
import { CONTRACTS, HOURS, SECTORS } from '../../src/lib/schema/offer.ts';
import { SERVICE_CATEGORIES } from '../../src/lib/schema/service.ts';
import { dateWords } from '../../src/lib/view/format.ts';

const ENUMS = { sector: SECTORS, contract: CONTRACTS, hours: HOURS, courseKind: COURSE_KINDS, serviceCategory: SERVICE_CATEGORIES, cefr: CEFR_LEVELS } as const;

/** Every string leaf of a dictionary, by its dotted key; functions are called with sample arguments. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value === 'function') return [[prefix, String((value as (...args: unknown[]) => unknown)(3, 'X', 'Y'))]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe('the dictionaries', () => {
  it('label every value of every schema enum, in every language, with words of their own', () => {
    for (const lang of LANGS) {
      for (const [name, values] of Object.entries(ENUMS)) {
        const labels = DICTIONARIES[lang].enums[name as keyof typeof ENUMS] as Record<string, string>;
        expect(Object.keys(labels).sort(), `${lang} ${name}`).toEqual([...values].sort());
        for (const value of values) expect(labels[value]?.trim(), `${lang} ${name}.${value}`).toBeTruthy();
      }
    }
  });

  it('give every enum value a label that differs from the Italian one, where the languages differ', () => {
    // The same word in both languages, checked by hand: Spanish "intermedio".
    const sameWord = new Set(['es cefr.B1', 'es cefr.B2']);
    for (const lang of OTHER_LANGS) {
      for (const name of Object.keys(ENUMS) as (keyof typeof ENUMS)[]) {
        const theirs = DICTIONARIES[lang].enums[name] as Record<string, string>;
        const ours = DICTIONARIES.it.enums[name] as Record<string, string>;
        for (const value of ENUMS[name]) {
          const key = `${lang} ${name}.${value}`;
          if (sameWord.has(key)) expect(theirs[value], key).toBe(ours[value]);
          else expect(theirs[value], key).not.toBe(ours[value]);
        }
      }
    }
  });

  it('have the same keys as the Italian one, none empty', () => {
    const italian = leaves(DICTIONARIES.it).map(([key]) => key);
    for (const lang of OTHER_LANGS) {
      const entries = leaves(DICTIONARIES[lang]);
      expect(entries.map(([key]) => key), lang).toEqual(italian);
      for (const [key, text] of entries) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('keep official programme names as they are', () => {
    for (const lang of OTHER_LANGS) expect(DICTIONARIES[lang].sections.corsi.description, lang).toMatch(/GOL.*Dote Unica Lavoro/);
  });
});

describe('dates in each language', () => {
  it('write Arabic dates with Latin digits, like the phone numbers next to them', () => {
    expect(dateWords('ar').medium('2026-11-23')).toBe('23 نوفمبر 2026');
  });

  it('count the days left in words of the language, and nothing beyond a week', () => {
    expect(dateWords('it').soon('2026-11-26', '2026-11-23')).toBe('tra 3 giorni');
    expect(dateWords('en').soon('2026-11-24', '2026-11-23')).toBe('tomorrow');
    expect(dateWords('es').soon('2026-11-23', '2026-11-23')).toBe('hoy');
    expect(dateWords('fr').soon('2026-12-23', '2026-11-23')).toBeUndefined();
  });
});
