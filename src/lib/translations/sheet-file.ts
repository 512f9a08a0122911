/**
 * Translation sheets as files: `.xlsx` (header in bold and frozen, long texts wrapped) or
 * `.csv` (UTF-8 with a BOM so that Excel reads the accents and scripts, `,` separated), and
 * read back as records with their row numbers.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import { readSpreadsheet, type SheetRow } from '../import/spreadsheet.ts';
import { SHEET_COLUMNS, type SheetRecord } from './sheet.ts';

export type SheetFormat = 'xlsx' | 'csv';

const WIDTHS: Record<(typeof SHEET_COLUMNS)[number], number> = {
  file: 34, campo: 16, italiano: 50, contesto: 34, traduzione: 50, stato: 26, 'traduzione precedente': 40, lingua: 8, impronta: 11,
};

/** RFC 4180: every cell quoted, quotes doubled; line ends inside cells kept. */
export function csvText(records: readonly SheetRecord[]): string {
  const cell = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const lines = [SHEET_COLUMNS.map(cell).join(','), ...records.map((record) => SHEET_COLUMNS.map((column) => cell(record[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function xlsxBytes(records: readonly SheetRecord[]): Promise<Buffer> {
  const data: SheetData = [
    SHEET_COLUMNS.map((column) => ({ value: column, fontWeight: 'bold' as const })),
    ...records.map((record) => SHEET_COLUMNS.map((column) => ({ value: record[column], type: String, wrap: true, alignVertical: 'top' as const }))),
  ];
  const columns = SHEET_COLUMNS.map((column) => ({ width: WIDTHS[column] }));
  return (await writeExcelFile(data, { columns, stickyRowsCount: 1, sheet: 'Traduzioni' }).toBuffer()) as Buffer;
}

/** Written whole or not at all. */
export async function writeSheet(file: string, records: readonly SheetRecord[], format: SheetFormat): Promise<void> {
  const bytes = format === 'csv' ? Buffer.from(csvText(records), 'utf8') : await xlsxBytes(records);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.part`, bytes);
  renameSync(`${file}.part`, file);
}

export interface ReadSheet {
  /** Column index of each header found (0-based), by header. */
  columns: Partial<Record<(typeof SHEET_COLUMNS)[number], number>>;
  rows: SheetRow[];
}

/** The rows of a sheet after its header, with the columns found by their (Italian) names. */
export async function readSheetFile(file: string): Promise<ReadSheet> {
  const [header, ...rows] = await readSpreadsheet(file);
  const columns: ReadSheet['columns'] = {};
  (header?.cells ?? []).forEach((cell, index) => {
    const name = cell.trim().toLowerCase().replace(/^\uFEFF/, '');
    const column = SHEET_COLUMNS.find((each) => each === name);
    if (column && columns[column] === undefined) columns[column] = index;
  });
  return { columns, rows };
}
