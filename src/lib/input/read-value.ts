/**
 * The one reader of what people type for a field — in `npm run nuovo`, the importer's
 * spreadsheets, the translation sheets and the web editor's pre-save hook: labels in any case
 * ("Pulizie", "Tempo determinato"), common variants ("part time", "a1", "Sì", "Municipio II"),
 * Italian dates ("31/12/2026", "31-12-26") become the schema's values; what cannot be read gets
 * an Italian message with "forse intendevi…".
 */
import { DATE_EXAMPLE } from '../schema/fields.ts';
import { COURSE_KINDS } from '../schema/course.ts';
import { SERVICE_CATEGORIES } from '../schema/service.ts';
import { COURSE_KIND_LABELS, SERVICE_CATEGORY_LABELS } from '../view/labels.ts';
import {
  choices, CONTRACT_CHOICES, HOURS_CHOICES, matchChoice, nearestChoice, parseCefr, parseDate, parseMunicipio, parseYesNo, SECTOR_CHOICES,
  type Choices,
} from '../import/cells.ts';

export const COURSE_KIND_CHOICES = choices(COURSE_KINDS, COURSE_KIND_LABELS, {
  'italiano-lavoro': ['italiano lavoro', 'italiano per lavoro'], italiano: ['corso di italiano', 'l2'], professionale: ['formazione professionale'],
  digitale: ['informatica', 'computer'], 'politica-attiva': ['politiche attive', 'gol', 'dote'], orientamento: ['orientamento al lavoro'],
});
export const SERVICE_CATEGORY_CHOICES = choices(SERVICE_CATEGORIES, SERVICE_CATEGORY_LABELS, {
  reddito: ['sostegno al reddito'], abitare: ['casa', 'affitto'], famiglia: ['figli', 'bambini'], salute: ['sanita'], legale: ['avvocato', 'documenti'],
});

/** What a field holds, as far as reading typed text goes. */
export type ValueType =
  | { type: 'choice'; choices: Choices }
  | { type: 'date' }
  | { type: 'yesno' }
  | { type: 'cefr' }
  | { type: 'municipio' }
  | { type: 'whole' };

const date = { type: 'date' } as const;
const yesno = { type: 'yesno' } as const;

/** Fields whose typed text is read (others are free text, kept as written). Field names as in the schemas. */
export const VALUE_TYPES: Readonly<Record<string, ValueType>> = {
  sector: { type: 'choice', choices: SECTOR_CHOICES },
  contract: { type: 'choice', choices: CONTRACT_CHOICES },
  hours: { type: 'choice', choices: HOURS_CHOICES },
  kind: { type: 'choice', choices: COURSE_KIND_CHOICES },
  category: { type: 'choice', choices: SERVICE_CATEGORY_CHOICES },
  italian: { type: 'cefr' },
  level: { type: 'cefr' },
  municipio: { type: 'municipio' },
  published: date, expires: date, start: date, end: date, enrollBy: date, deadline: date, filled: date, full: date,
  draft: yesno, schoolHours: yesno, km0: yesno, free: yesno, childcare: yesno, online: yesno,
  isee: { type: 'whole' }, hoursTotal: { type: 'whole' },
};

export type ReadValue = string | number | boolean;

export type ValueResult =
  | { ok: true; value: ReadValue }
  | { ok: false; message: string; suggestion?: string };

const CEFR_WORDS = 'pre-A1, A1, A2, B1, B2, C1 o C2';

/** "Pulizie", "tempo determinato" → the code; a near miss suggests the closest label. */
function readChoice(text: string, set: Choices): ValueResult {
  const code = matchChoice(text, set);
  if (code) return { ok: true, value: code };
  const near = nearestChoice(text, set);
  const allowed = set.codes.map((c) => set.words[c]![0]).join(', ');
  return near
    ? { ok: false, message: `"${text}" non è un valore previsto (forse intendevi: ${near}). Valori ammessi: ${allowed}.`, suggestion: near }
    : { ok: false, message: `"${text}" non è un valore previsto. Valori ammessi: ${allowed}.` };
}

/**
 * Reads `text` typed for `field`. Free-text fields (not in `VALUE_TYPES`) come back trimmed;
 * an empty text is not a value (`ok: false`), so callers decide whether the field may be left out.
 */
export function readValue(field: string, text: string): ValueResult {
  const typed = text.trim();
  if (typed === '') return { ok: false, message: 'è vuoto.' };
  const kind = VALUE_TYPES[field];
  if (!kind) return { ok: true, value: typed };
  switch (kind.type) {
    case 'choice':
      return readChoice(typed, kind.choices);
    case 'date': {
      const value = parseDate(typed);
      return value
        ? { ok: true, value }
        : { ok: false, message: `"${typed}" non è una data valida: scrivi GG/MM/AAAA (per esempio 31/12/2026) oppure AAAA-MM-GG (per esempio ${DATE_EXAMPLE}).` };
    }
    case 'yesno': {
      const value = parseYesNo(typed);
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: `"${typed}" non si capisce: rispondi sì oppure no (anche s, n, x per sì).` };
    }
    case 'cefr': {
      const value = parseCefr(typed);
      if (value) return { ok: true, value };
      const near = parseCefr(typed.replace(/^(livello|italiano)\s+/i, ''));
      return near
        ? { ok: false, message: `"${typed}": scrivi solo il livello (forse intendevi: ${near}?).`, suggestion: near }
        : { ok: false, message: `"${typed}" non è un livello di italiano: scrivi ${CEFR_WORDS}.` };
    }
    case 'municipio': {
      const value = parseMunicipio(typed);
      return value === undefined ? { ok: false, message: `"${typed}" non è un municipio di Milano: scrivi un numero da 1 a 9.` } : { ok: true, value };
    }
    case 'whole': {
      // "9.530" and "9 530" are how people write thousands in Italian.
      const digits = typed.replace(/[.\s'’]/g, '').replace(/,00?$/, '').replace(/^€|€$|euro$/gi, '').trim();
      return /^\d+$/.test(digits)
        ? { ok: true, value: Number(digits) }
        : { ok: false, message: `"${typed}" non è un numero intero: scrivi solo cifre, per esempio 9530.` };
    }
  }
}

/** Fields with a reading: the web editor's pre-save hook and the sheets only touch these. */
export function isReadField(field: string): boolean {
  return field in VALUE_TYPES;
}

/**
 * A form's data with typed text in read fields turned into values ("Pulizie" → pulizie,
 * "31/12/2026" → 2026-12-31), recursively; values already right, and text that cannot be read
 * (the check then says what is wrong), are left as they are.
 */
export function readFormValues<T>(data: T): T {
  if (Array.isArray(data)) return data.map((child) => readFormValues(child)) as T;
  if (typeof data !== 'object' || data === null) return data;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' && value.trim() !== '' && isReadField(key)) {
      const read = readValue(key, value);
      out[key] = read.ok ? read.value : value;
    } else {
      out[key] = readFormValues(value);
    }
  }
  return out as T;
}

/** Where `readFormValues` would change a form's data, and to what: for editors that patch data in place (Decap's Immutable maps). */
export function readValueChanges(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: ReadValue }[] {
  if (Array.isArray(data)) return data.flatMap((child, index) => readValueChanges(child, [...path, index]));
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, value]) => {
    if (typeof value === 'string' && value.trim() !== '' && isReadField(key)) {
      const read = readValue(key, value);
      return read.ok && read.value !== value ? [{ path: [...path, key], value: read.value }] : [];
    }
    return readValueChanges(value, [...path, key]);
  });
}
