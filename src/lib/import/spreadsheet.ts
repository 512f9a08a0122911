/**
 * The tutors' spreadsheets as rows of text cells: CSV with `,` or `;` (BOM, CRLF, Excel's
 * Windows-1252 all accepted) via csv-parse, `.xlsx` via read-excel-file.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { checkXlsxExtent, SheetTooLarge } from './xlsx-extent.ts';

/** Row 1 is the header, as the spreadsheet program numbers them. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export class SpreadsheetError extends Error {}

/** UTF-8 when it is valid UTF-8, else Windows-1252 (what Excel on Windows saves as "CSV"). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `;` when the header line holds more of them than `,` (Italian Excel's CSV), else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function rowsFromCsv(text: string): SheetRow[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, trim: true });
  } catch (error) {
    throw new SpreadsheetError(`il file non è un CSV leggibile (${(error as Error).message}). Aprilo con il foglio di calcolo e salvalo di nuovo come CSV.`);
  }
  return records.map((cells, index) => ({ row: index + 1, cells }));
}

/** A cell as the editor typed it: dates as `YYYY-MM-DD`, numbers as written, booleans as sì/no. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // Excel dates have no time zone: read-excel-file gives them as UTC midnight.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  return String(value).trim();
}

export async function rowsFromXlsx(file: string): Promise<SheetRow[]> {
  let data: unknown[][];
  try {
    // Measured before the library expands the sheet into rows.
    checkXlsxExtent(readFileSync(file));
  } catch (error) {
    if (error instanceof SheetTooLarge) throw new SpreadsheetError(error.message);
    throw error;
  }
  try {
    data = await readSheet(file);
  } catch (error) {
    throw new SpreadsheetError(`il file non è un foglio .xlsx leggibile (${(error as Error).message}). Aprilo con il foglio di calcolo e salvalo di nuovo come .xlsx o .csv.`);
  }
  return data.map((cells, index) => ({ row: index + 1, cells: cells.map(cellText) }));
}

/** Reads `.csv` or `.xlsx`. */
export async function readSpreadsheet(file: string): Promise<SheetRow[]> {
  if (/\.xlsx$/i.test(file)) return rowsFromXlsx(file);
  return rowsFromCsv(decodeText(readFileSync(file)));
}
