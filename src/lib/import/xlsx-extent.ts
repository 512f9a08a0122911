/**
 * How far an `.xlsx` sheet reaches, read from the zip before the spreadsheet library
 * expands it into rows: one cell at XFD1048576 in a 1.5 KB file would otherwise become a
 * table of 17 billion cells. Cells are counted from the sheet's own XML (`<row r>`, `<c r>`,
 * and `<dimension ref>`), never from what the file claims elsewhere.
 */
import { unzipSync } from 'fflate';

export const MAX_SHEET_ROWS = 5000;
export const MAX_SHEET_COLUMNS = 60;
/** A tutors' sheet is a few hundred KB of XML; past this the file is refused unread. */
const MAX_SHEET_XML_BYTES = 50 * 1024 * 1024;

export interface SheetExtent {
  rows: number;
  columns: number;
}

/** `XFD` → 16384. */
function columnNumber(letters: string): number {
  let value = 0;
  for (const letter of letters.toUpperCase()) value = value * 26 + (letter.charCodeAt(0) - 64);
  return value;
}

const CELL_REF = /^([A-Za-z]{1,3})(\d{1,7})$/;

/** The last row and column a worksheet's XML uses (a cell without `r` follows the one before it). */
export function sheetXmlExtent(xml: string): SheetExtent {
  let rows = 0;
  let columns = 0;
  const dimension = /<(?:\w+:)?dimension\b[^>]*\bref="([^"]*)"/.exec(xml)?.[1];
  for (const ref of dimension?.split(':') ?? []) {
    const match = CELL_REF.exec(ref);
    if (!match) continue;
    columns = Math.max(columns, columnNumber(match[1]!));
    rows = Math.max(rows, Number(match[2]));
  }
  let row = 0;
  let column = 0;
  for (const tag of xml.matchAll(/<(?:\w+:)?(row|c)\b([^>]*)>/g)) {
    const ref = /\br="([^"]*)"/.exec(tag[2]!)?.[1];
    if (tag[1] === 'row') {
      row = ref && /^\d+$/.test(ref) ? Number(ref) : row + 1;
      column = 0;
    } else {
      const match = ref ? CELL_REF.exec(ref) : null;
      column = match ? columnNumber(match[1]!) : column + 1;
      if (match) row = Math.max(row, Number(match[2]));
    }
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  return { rows, columns };
}

export class SheetTooLarge extends Error {}

/** Throws `SheetTooLarge` (an Italian sentence) when any worksheet of the file passes the limits. */
export function checkXlsxExtent(bytes: Uint8Array): void {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!/^xl\/worksheets\/[^/]+\.xml$/.test(file.name)) return false;
        if (file.originalSize > MAX_SHEET_XML_BYTES) throw new SheetTooLarge(`il foglio è troppo grande (più di ${MAX_SHEET_XML_BYTES / (1024 * 1024)} MB di dati): dividilo in fogli più piccoli.`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof SheetTooLarge) throw error;
    // Not a zip the spreadsheet library can read either: it says so itself.
    return;
  }
  for (const xml of Object.values(files)) {
    if (xml.byteLength > MAX_SHEET_XML_BYTES) throw new SheetTooLarge(`il foglio è troppo grande (più di ${MAX_SHEET_XML_BYTES / (1024 * 1024)} MB di dati): dividilo in fogli più piccoli.`);
    const { rows, columns } = sheetXmlExtent(new TextDecoder().decode(xml));
    if (rows > MAX_SHEET_ROWS || columns > MAX_SHEET_COLUMNS) {
      throw new SheetTooLarge(`il foglio arriva fino alla riga ${rows} e alla colonna ${columns}: se ne leggono al massimo ${MAX_SHEET_ROWS} righe e ${MAX_SHEET_COLUMNS} colonne. Copia le offerte in un foglio nuovo (spesso c'è una cella lontana scritta per sbaglio) e salvalo di nuovo.`);
    }
  }
}
