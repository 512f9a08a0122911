/**
 * What people type in a spreadsheet cell (or a job board in `employmentType`), read as
 * the schema's values: codes or Italian labels, in any case, with or without accents
 * and separators ("Tempo indeterminato", "part time", "Sì", "21/11/2026").
 */
import { isCalendarDate, type CalendarDate } from '../issue/dates.ts';
import { levenshtein } from '../content/problems.ts';
import { CEFR_LEVELS, type CefrLevel } from '../schema/fields.ts';
import { CONTRACTS, HOURS, SECTORS } from '../schema/offer.ts';
import { CONTRACT_LABELS, HOURS_LABELS, SECTOR_LABELS } from '../view/labels.ts';
import { slugify } from '../text/slug.ts';

/** Lowercase, no accents, every run of separators or punctuation as one space. */
export function normalizeCell(text: string): string {
  // A slug with spaces: one rule for accents and separators.
  return slugify(text).replaceAll('-', ' ');
}

/** One enum: its codes, and for each code the words that mean it (label first). */
export interface Choices<Code extends string = string> {
  codes: readonly Code[];
  words: Record<Code, readonly string[]>;
}

export function choices<Code extends string>(codes: readonly Code[], labels: Record<string, string>, synonyms: Partial<Record<Code, string[]>> = {}): Choices<Code> {
  const words = {} as Record<Code, string[]>;
  for (const code of codes) words[code] = [labels[code] ?? code, ...(synonyms[code] ?? [])];
  return { codes, words };
}

export const SECTOR_CHOICES = choices(SECTORS, SECTOR_LABELS, {
  logistica: ['magazzino'], commercio: ['negozio', 'vendita'], 'assistenza-familiare': ['badante', 'colf'], educazione: ['scuola'],
});
export const CONTRACT_CHOICES = choices(CONTRACTS, CONTRACT_LABELS, {
  indeterminato: ['a tempo indeterminato'], determinato: ['a tempo determinato', 'temporaneo'], somministrazione: ['agenzia', 'interinale'],
  tirocinio: ['stage', 'tirocinio extracurriculare'], voucher: ['libretto famiglia'], 'partita-iva': ['p iva', 'libero professionista', 'autonomo'],
});
export const HOURS_CHOICES = choices(HOURS, HOURS_LABELS, {
  'full-time': ['full time', 'tempo pieno'], 'part-time': ['part time', 'tempo parziale'],
});

/** The code a cell means, or undefined. */
export function matchChoice<Code extends string>(cell: string, set: Choices<Code>): Code | undefined {
  const wanted = normalizeCell(cell);
  if (!wanted) return undefined;
  for (const code of set.codes) {
    if (normalizeCell(code) === wanted || set.words[code].some((word) => normalizeCell(word) === wanted)) return code;
  }
  return undefined;
}

/** The value closest to a cell that matched nothing, as the editor would write it (a label or a code). */
export function nearestChoice<Code extends string>(cell: string, set: Choices<Code>): string | undefined {
  const wanted = normalizeCell(cell);
  if (!wanted) return undefined;
  let best: { shown: string; distance: number } | undefined;
  for (const code of set.codes) {
    for (const shown of [code, ...set.words[code]]) {
      const distance = levenshtein(wanted, normalizeCell(shown));
      if (!best || distance < best.distance) best = { shown, distance };
    }
  }
  // A wild guess helps nobody: only close spellings ("indeterminatto") are suggested.
  return best && best.distance <= Math.max(2, Math.floor(wanted.length / 3)) ? best.shown : undefined;
}

const YES = new Set(['si', 's', 'x', 'yes', 'y', 'true', 'vero', '1', 'ok']);
const NO = new Set(['no', 'n', 'false', 'falso', '0']);

/** "Sì", "si", "x" → true; "no", "" → false/undefined; anything else → null (not understood). */
export function parseYesNo(cell: string): boolean | undefined | null {
  const wanted = normalizeCell(cell);
  if (!wanted && !/[✓✔]/.test(cell)) return undefined;
  if (YES.has(wanted) || /^[✓✔]$/.test(cell.trim())) return true;
  if (NO.has(wanted)) return false;
  return null;
}

/** `YYYY-MM-DD`, `DD/MM/YYYY` (also `-` or `.`, one-digit day or month, two-digit year); undefined if not a real date. */
export function parseDate(cell: string): CalendarDate | undefined {
  const text = cell.trim();
  if (isCalendarDate(text)) return text;
  const italian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (!italian) return undefined;
  const year = italian[3]!.length === 2 ? `20${italian[3]}` : italian[3]!;
  const date = `${year}-${italian[2]!.padStart(2, '0')}-${italian[1]!.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}

/** "a2", "A2", "pre a1", "preA1" → the CEFR level. */
export function parseCefr(cell: string): CefrLevel | undefined {
  const wanted = normalizeCell(cell).replace(/ /g, '');
  return CEFR_LEVELS.find((level) => level.toLowerCase().replace('-', '') === wanted);
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];

/** "2", "2.0", "Municipio 2", "municipio II" → 2; undefined when it is not 1–9. */
export function parseMunicipio(cell: string): number | undefined {
  const wanted = normalizeCell(cell).replace(/^municipio /, '').replace(/ 0$/, '');
  const number = /^[1-9]$/.test(wanted) ? Number(wanted) : ROMAN.indexOf(wanted) + 1;
  return number >= 1 && number <= 9 ? number : undefined;
}

/** Requirements separated by ";" or new lines, each trimmed, empty ones dropped. */
export function splitList(cell: string): string[] {
  return cell.split(/[;\n\r]+/).map((part) => part.trim()).filter(Boolean);
}
