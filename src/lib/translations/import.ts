/**
 * A filled translation sheet read back: which cells change which file, and what is wrong,
 * row by row and column by column, in Italian. Only changed cells are written; a cell is
 * never written over a translation made after the sheet was exported.
 */
import { nearestKey } from '../content/problems.ts';
import type { Item } from '../content/items.ts';
import { HASH_PATTERN, TRANSLATION_LANGS, type TranslationLang } from '../schema/translations.ts';
import type { ReadSheet } from './sheet-file.ts';
import { contentPath, SHEET_COLUMNS, type SheetColumn } from './sheet.ts';
import { LANGUAGE_NAMES_IT } from './status.ts';
import { blockOf, isAutoKey, translationUnits } from './units.ts';
import type { TranslationChange } from './write.ts';

export interface SheetProblem {
  row: number;
  message: string;
}

export interface FilePlan {
  item: Item;
  lang: TranslationLang;
  changes: TranslationChange[];
  /** The sheet row of each change, to report a problem where it was typed. */
  rows: Map<string, number>;
}

export interface ImportPlan {
  files: FilePlan[];
  /** Errors: the file of such a row is not written. */
  problems: SheetProblem[];
  /** Cells left alone on purpose (a newer translation in the file). */
  kept: SheetProblem[];
  /** Written, but worth knowing (the Italian changed after the export). */
  notes: SheetProblem[];
  /** Filled cells that say what the file already says. */
  unchanged: number;
}

/** "colonna E (traduzione)": as a spreadsheet program names it, with the header. */
export function columnName(sheet: ReadSheet, column: SheetColumn): string {
  const index = sheet.columns[column] ?? SHEET_COLUMNS.indexOf(column);
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `colonna ${letters} (${column})`;
}

const REQUIRED: readonly SheetColumn[] = ['file', 'campo', 'traduzione', 'impronta'];

/** What the filled sheet would change; `lang` when the sheet has no `lingua` column. */
export function planImport(sheet: ReadSheet, items: readonly Item[], lang?: TranslationLang): ImportPlan {
  const plan: ImportPlan = { files: [], problems: [], kept: [], notes: [], unchanged: 0 };
  for (const column of REQUIRED) {
    if (sheet.columns[column] === undefined) plan.problems.push({ row: 1, message: `riga 1: manca la colonna "${column}". Usa il foglio scritto da "npm run traduci -- esporta", con le colonne ${SHEET_COLUMNS.join(', ')}.` });
  }
  if (plan.problems.length) return plan;
  const byPath = new Map(items.map((item) => [contentPath(item), item]));
  const plans = new Map<string, FilePlan>();
  const cell = (cells: string[], column: SheetColumn) => (sheet.columns[column] === undefined ? '' : (cells[sheet.columns[column]!] ?? '').trim());
  for (const { row, cells } of sheet.rows) {
    const translation = cell(cells, 'traduzione');
    if (!translation) continue;
    const at = (column: SheetColumn) => `riga ${row}, ${columnName(sheet, column)}`;
    const problem = (message: string) => plan.problems.push({ row, message });
    const written = cell(cells, 'lingua') || lang;
    if (!written || !(TRANSLATION_LANGS as readonly string[]).includes(written)) {
      problem(`${at('lingua')}: "${written ?? ''}" non è una lingua dei lettori. Scrivi una di ${TRANSLATION_LANGS.join(', ')}, o indica --lingua.`);
      continue;
    }
    const rowLang = written as TranslationLang;
    if (lang && rowLang !== lang) {
      problem(`${at('lingua')}: la riga è in ${LANGUAGE_NAMES_IT[rowLang]} (${rowLang}), ma hai chiesto --lingua ${lang}. Importa il foglio senza --lingua, o con la lingua giusta.`);
      continue;
    }
    const path = cell(cells, 'file');
    const item = byPath.get(path);
    if (!item) {
      const near = nearestKey(path, [...byPath.keys()]);
      problem(`${at('file')}: "${path}" non è una scheda del bollettino${near ? ` (forse intendevi: ${near})` : ''}. Non cambiare le colonne file e campo del foglio.`);
      continue;
    }
    const key = cell(cells, 'campo');
    const units = translationUnits(item, rowLang);
    const unit = units.find((each) => each.key === key);
    if (!unit) {
      const near = nearestKey(key, units.map((each) => each.key));
      problem(`${at('campo')}: "${key}" non è un campo da tradurre di ${path}${near ? ` (forse intendevi: ${near})` : ''}. Non cambiare le colonne file e campo del foglio.`);
      continue;
    }
    const hash = cell(cells, 'impronta').toLowerCase();
    if (!HASH_PATTERN.test(hash)) {
      problem(`${at('impronta')}: "${hash}" non è l'impronta scritta da esporta (8 cifre e lettere a-f). Non cambiare questa colonna: se l'hai cancellata, esporta di nuovo il foglio.`);
      continue;
    }
    const current = unit.translated;
    const previous = cell(cells, 'traduzione precedente');
    const block = blockOf(item, rowLang);
    if (current !== undefined && current.trim() === translation && block?.hash?.[key] === hash && !isAutoKey(block, key)) {
      plan.unchanged++;
      continue;
    }
    if (current !== undefined && current.trim() !== previous) {
      plan.kept.push({ row, message: `${at('traduzione')}: non scritta, perché in ${path} la traduzione di ${key} è cambiata dopo che il foglio è stato esportato. Esporta un foglio nuovo per vedere quella di adesso.` });
      continue;
    }
    let filePlan = plans.get(`${path}\n${rowLang}`);
    if (!filePlan) plans.set(`${path}\n${rowLang}`, (filePlan = { item, lang: rowLang, changes: [], rows: new Map() }));
    if (filePlan.rows.has(key)) {
      problem(`${at('campo')}: ${key} di ${path} è già nella riga ${filePlan.rows.get(key)}. Tieni una sola riga per campo.`);
      continue;
    }
    if (hash !== unit.italianHash) {
      plan.notes.push({ row, message: `${at('traduzione')}: scritta, ma l'italiano di ${key} in ${path} è cambiato dopo l'esportazione: chi legge vede l'italiano finché non aggiorni la traduzione (il prossimo foglio la ripropone).` });
    }
    filePlan.changes.push({ key, text: translation, hash, auto: false });
    filePlan.rows.set(key, row);
  }
  const failed = new Set(plan.problems.map((each) => each.row));
  plan.files = [...plans.values()].filter((each) => ![...each.rows.values()].some((row) => failed.has(row)));
  return plan;
}
