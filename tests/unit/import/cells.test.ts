import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTRACT_CHOICES, HOURS_CHOICES, SECTOR_CHOICES, matchChoice, nearestChoice, normalizeCell, parseCefr, parseDate, parseMunicipio, parseYesNo,
  splitList, type Choices,
} from '../../../src/lib/import/cells.ts';
import { CONTRACT_LABELS, HOURS_LABELS, SECTOR_LABELS } from '../../../src/lib/view/labels.ts';

const SETS: [string, Choices, Record<string, string>][] = [
  ['settore', SECTOR_CHOICES, SECTOR_LABELS],
  ['contratto', CONTRACT_CHOICES, CONTRACT_LABELS],
  ['orario', HOURS_CHOICES, HOURS_LABELS],
];

describe('spreadsheet cells', () => {
  it('reads codes and Italian labels in any case, with or without accents and separators', () => {
    expect(matchChoice('Tempo indeterminato', CONTRACT_CHOICES)).toBe('indeterminato');
    expect(matchChoice('TEMPO  DETERMINATO', CONTRACT_CHOICES)).toBe('determinato');
    expect(matchChoice('partita iva', CONTRACT_CHOICES)).toBe('partita-iva');
    expect(matchChoice('part time', HOURS_CHOICES)).toBe('part-time');
    expect(matchChoice('Part_Time', HOURS_CHOICES)).toBe('part-time');
    expect(matchChoice('tempo pieno', HOURS_CHOICES)).toBe('full-time');
    expect(matchChoice('Sanità', SECTOR_CHOICES)).toBe('sanita');
    expect(matchChoice('sanita', SECTOR_CHOICES)).toBe('sanita');
    expect(matchChoice('Assistenza familiare', SECTOR_CHOICES)).toBe('assistenza-familiare');
    expect(matchChoice('cucina', SECTOR_CHOICES)).toBeUndefined();
    expect(matchChoice('', SECTOR_CHOICES)).toBeUndefined();
  });

  it('suggests the nearest value for a misspelling, and nothing for a wild one', () => {
    expect(nearestChoice('indeterminatto', CONTRACT_CHOICES)).toBe('indeterminato');
    expect(nearestChoice('Tempo indeterminto', CONTRACT_CHOICES)).toBe('Tempo indeterminato');
    expect(nearestChoice('pulizia', SECTOR_CHOICES)).toBe('pulizie');
    expect(nearestChoice('astronauta spaziale', SECTOR_CHOICES)).toBeUndefined();
  });

  it('reads yes and no as people write them', () => {
    for (const yes of ['Sì', 'si', 'SI', 's', 'x', 'X', 'yes', 'vero', '1', '✓']) expect(parseYesNo(yes), yes).toBe(true);
    for (const no of ['No', 'n', 'falso', '0']) expect(parseYesNo(no), no).toBe(false);
    expect(parseYesNo('')).toBeUndefined();
    expect(parseYesNo('forse')).toBeNull();
  });

  it('reads dates as YYYY-MM-DD or DD/MM/YYYY and refuses days that do not exist', () => {
    expect(parseDate('2026-11-23')).toBe('2026-11-23');
    expect(parseDate('23/11/2026')).toBe('2026-11-23');
    expect(parseDate('3/1/2027')).toBe('2027-01-03');
    expect(parseDate('23.11.26')).toBe('2026-11-23');
    expect(parseDate('30/02/2026')).toBeUndefined();
    expect(parseDate('2026-02-30')).toBeUndefined();
    expect(parseDate('11/23/2026')).toBeUndefined();
    expect(parseDate('domani')).toBeUndefined();
  });

  it('reads Italian levels, municipi and lists', () => {
    expect(parseCefr('a2')).toBe('A2');
    expect(parseCefr('Pre A1')).toBe('pre-A1');
    expect(parseCefr('B3')).toBeUndefined();
    expect(parseMunicipio('Municipio 2')).toBe(2);
    expect(parseMunicipio('3')).toBe(3);
    expect(parseMunicipio('2.0')).toBe(2);
    expect(parseMunicipio('IX')).toBe(9);
    expect(parseMunicipio('10')).toBeUndefined();
    expect(splitList('patente B; esperienza 1 anno\nautomunito;;')).toEqual(['patente B', 'esperienza 1 anno', 'automunito']);
  });

  it('never throws, whatever is in the cell', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (cell) => {
        normalizeCell(cell);
        parseYesNo(cell);
        parseDate(cell);
        parseCefr(cell);
        parseMunicipio(cell);
        splitList(cell);
        for (const [, set] of SETS) {
          const code = matchChoice(cell, set);
          if (code !== undefined) expect(set.codes).toContain(code);
          nearestChoice(cell, set);
        }
      }),
    );
  });

  it('turns every label back into its code, however it is cased, accented or separated', () => {
    const variants = fc.record({
      upper: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      separator: fc.constantFrom(' ', '-', '_', '  ', ' / '),
      stripAccents: fc.boolean(),
      padding: fc.constantFrom('', ' ', '\t'),
    });
    for (const [name, set, labels] of SETS) {
      for (const code of set.codes) {
        const label = labels[code]!;
        fc.assert(
          fc.property(variants, ({ upper, separator, stripAccents, padding }) => {
            let written = label.replace(/[\s/()-]+/g, separator);
            if (stripAccents) written = written.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
            written = [...written].map((char, i) => (upper[i % upper.length] ? char.toUpperCase() : char.toLowerCase())).join('');
            expect(matchChoice(`${padding}${written}${padding}`, set), `${name}: ${written}`).toBe(code);
            expect(matchChoice(code.toUpperCase(), set)).toBe(code);
          }),
          { numRuns: 20 },
        );
      }
    }
  });
});
