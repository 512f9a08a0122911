/**
 * `npm run traduci`: the sheets of one language (esporta), the filled sheets written back
 * (importa) and machine drafts (automatica). Each returns the lines to print and whether
 * something failed; a file is written whole, after the build's own validation, or not at all.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateFile } from '../content/load.ts';
import { SpreadsheetError } from '../import/spreadsheet.ts';
import { collectionOf, type Item } from '../content/items.ts';
import { type TranslationLang } from '../schema/translations.ts';
import type { CalendarDate } from '../issue/dates.ts';
import { planImport, type SheetProblem } from './import.ts';
import { MachineError, targetsFromItalian, translateText, type MachineOptions } from './machine.ts';
import { readSheetFile, writeSheet, type SheetFormat } from './sheet-file.ts';
import { contentPath, itemsToTranslate, sheetRecords } from './sheet.ts';
import { LANGUAGE_NAMES_IT } from './status.ts';
import { translationUnits } from './units.ts';
import { withTranslations, WriteError, type TranslationChange } from './write.ts';

export interface CommandReport {
  lines: string[];
  failed: boolean;
}

export interface ExportOptions {
  lang: TranslationLang;
  file: string;
  format: SheetFormat;
  today: CalendarDate;
}

export async function exportSheet(items: readonly Item[], options: ExportOptions): Promise<CommandReport & { rows: number }> {
  const records = sheetRecords(items, options.lang, options.today);
  const name = LANGUAGE_NAMES_IT[options.lang];
  if (!records.length) return { lines: [`Niente da tradurre in ${name}: le schede del numero di questa settimana e del prossimo hanno già una traduzione aggiornata. Nessun foglio scritto.`], failed: false, rows: 0 };
  await writeSheet(options.file, records, options.format);
  const files = new Set(records.map((record) => record.file)).size;
  return {
    rows: records.length,
    failed: false,
    lines: [
      `✓ ${options.file}: ${records.length} ${records.length === 1 ? 'testo' : 'testi'} da tradurre in ${name}, da ${files} ${files === 1 ? 'scheda' : 'schede'}.`,
      'Chi traduce scrive solo nella colonna "traduzione" (le altre non vanno cambiate). Poi:',
      `  npm run traduci -- importa ${options.file}`,
    ],
  };
}

/** Saves a content file: through a temporary file, so it is never half-written. */
function saveFile(absolute: string, text: string): void {
  writeFileSync(`${absolute}.traduci-tmp`, text);
  renameSync(`${absolute}.traduci-tmp`, absolute);
}

function italianLines(item: Item): Record<string, number> {
  const data = item.data as unknown as Record<string, unknown>;
  return Object.fromEntries(['requirements', 'documents'].map((field) => [field, Array.isArray(data[field]) ? (data[field] as unknown[]).length : 0]));
}

/**
 * `changes` written into the item's file and checked like the build checks it; the problems
 * (Italian, with the field) when the result would not be valid. `root` is the project folder.
 */
export function writeTranslations(item: Item, lang: TranslationLang, changes: readonly TranslationChange[], root: string): { problems: { field: string; message: string }[] } {
  const absolute = resolve(root, item.file);
  const source = readFileSync(absolute, 'utf8');
  let text: string;
  try {
    text = withTranslations(source, item.kind, lang, changes, italianLines(item));
  } catch (error) {
    if (error instanceof WriteError) return { problems: [{ field: '', message: error.message }] };
    throw error;
  }
  const { item: checked, problems } = validateFile(collectionOf(item.kind), item.file, text, absolute, root);
  if (!checked || problems.length) return { problems: problems.map((problem) => ({ field: problem.field, message: problem.message })) };
  saveFile(absolute, text);
  return { problems: [] };
}

/** `translations.ar.requirements.1` → `requirements.1`. */
const keyOfField = (field: string, lang: string) => field.replace(new RegExp(`^translations\\.${lang}\\.`), '');

export async function importSheet(items: readonly Item[], sheetFile: string, lang: TranslationLang | undefined, root: string): Promise<CommandReport> {
  let sheet;
  try {
    sheet = await readSheetFile(sheetFile);
  } catch (error) {
    if (error instanceof SpreadsheetError) return { lines: [`✗ ${sheetFile}: ${error.message}`], failed: true };
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [`✗ ${sheetFile}: il file non esiste. Scrivi il percorso del foglio compilato, per esempio out/traduzioni/2026-W48.ar.xlsx.`], failed: true };
    throw error;
  }
  const plan = planImport(sheet, items, lang);
  const lines: string[] = [`${sheetFile}:`];
  const problems: SheetProblem[] = [...plan.problems];
  let written = 0;
  let cells = 0;
  for (const file of plan.files) {
    const result = writeTranslations(file.item, file.lang, file.changes, root);
    if (result.problems.length) {
      for (const problem of result.problems) {
        const key = keyOfField(problem.field, file.lang);
        const row = file.rows.get(key) ?? file.rows.get(key.replace(/\.\d+$/, '')) ?? [...file.rows.values()][0]!;
        problems.push({ row, message: `riga ${row}, colonna traduzione (${contentPath(file.item)}, ${key || 'scheda'}): ${problem.message}` });
      }
      continue;
    }
    written++;
    cells += file.changes.length;
    lines.push(`  ✓ ${contentPath(file.item)}: ${file.changes.length} ${file.changes.length === 1 ? 'traduzione scritta' : 'traduzioni scritte'} (${LANGUAGE_NAMES_IT[file.lang]}: ${file.changes.map((change) => change.key).join(', ')})`);
  }
  for (const note of plan.notes) lines.push(`  ! ${note.message}`);
  for (const kept of plan.kept) lines.push(`  – ${kept.message}`);
  for (const problem of problems.sort((a, b) => a.row - b.row)) lines.push(`  ✗ ${problem.message}`);
  lines.push(
    problems.length
      ? `Risultato: ${cells} celle scritte in ${written} schede; ${problems.length} ${problems.length === 1 ? 'errore' : 'errori'}: le schede con errori non sono state cambiate. Correggi il foglio e importalo di nuovo (le celle già scritte non vengono ripetute).`
      : `Risultato: ${cells} celle scritte in ${written} schede${plan.unchanged ? `, ${plan.unchanged} uguali a quelle già nei file` : ''}${plan.kept.length ? `, ${plan.kept.length} lasciate com'erano` : ''}. Poi: npm run controlla`,
  );
  return { lines, failed: problems.length > 0 };
}

export interface MachineRunOptions extends MachineOptions {
  lang: TranslationLang;
  today: CalendarDate;
  root: string;
}

export async function machineDrafts(items: readonly Item[], options: MachineRunOptions): Promise<CommandReport> {
  const name = LANGUAGE_NAMES_IT[options.lang];
  let targets: Set<string>;
  try {
    targets = await targetsFromItalian(options);
  } catch (error) {
    if (error instanceof MachineError) return { lines: [`✗ ${error.message} Nessuna scheda è stata cambiata.`], failed: true };
    throw error;
  }
  if (!targets.has(options.lang)) {
    return {
      lines: [`Il server di traduzione non traduce dall'italiano in ${name} (${options.lang}): nessuna traduzione automatica. Usa il foglio per chi traduce: npm run traduci -- esporta --lingua ${options.lang}`],
      failed: false,
    };
  }
  const lines: string[] = [];
  let written = 0;
  let failedFiles = 0;
  let fields = 0;
  for (const item of itemsToTranslate(items, options.today)) {
    const missing = translationUnits(item, options.lang).filter((unit) => unit.state === 'missing');
    if (!missing.length) continue;
    const changes: TranslationChange[] = [];
    const errors: string[] = [];
    for (const unit of missing) {
      try {
        changes.push({ key: unit.key, text: await translateText(unit.italian, options.lang, options), hash: unit.italianHash, auto: true });
      } catch (error) {
        if (!(error instanceof MachineError)) throw error;
        errors.push(`${unit.key}: ${error.message}`);
      }
    }
    const path = contentPath(item);
    if (errors.length) {
      failedFiles++;
      lines.push(`  ✗ ${path}: scheda non cambiata, perché alcuni campi non sono stati tradotti:`, ...errors.map((error) => `      ${error}`));
      continue;
    }
    const result = writeTranslations(item, options.lang, changes, options.root);
    if (result.problems.length) {
      failedFiles++;
      lines.push(`  ✗ ${path}: scheda non cambiata, la traduzione automatica non va bene:`, ...result.problems.map((problem) => `      ${keyOfField(problem.field, options.lang) || 'scheda'}: ${problem.message}`));
      continue;
    }
    written++;
    fields += changes.length;
    lines.push(`  ✓ ${path}: ${changes.map((change) => change.key).join(', ')}`);
  }
  if (!lines.length) return { lines: [`Niente da tradurre in ${name}: ogni testo del numero di questa settimana e del prossimo ha già una traduzione.`], failed: false };
  lines.unshift(`Traduzioni automatiche in ${name} (da controllare: chi legge vede la nota "traduzione automatica" finché una persona non le conferma):`);
  lines.push(`Risultato: ${fields} campi tradotti in ${written} schede${failedFiles ? `; ${failedFiles} schede non cambiate per errori` : ''}. Per controllarle: npm run traduci -- esporta --lingua ${options.lang}`);
  return { lines, failed: failedFiles > 0 };
}

/** `out/traduzioni/2026-W48.ar.xlsx` */
export const defaultSheetFile = (root: string, week: string, lang: TranslationLang, format: SheetFormat): string => join(root, 'out', 'traduzioni', `${week}.${lang}.${format}`);
