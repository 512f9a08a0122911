/**
 * A table as CSV for the programme's spreadsheets: Italian conventions (`;` between
 * fields, decimal comma, no thousands separator), UTF-8 with a byte-order mark so that
 * spreadsheet programs read the accents, one header line with the table's Italian headers.
 */
import { stringify } from 'csv-stringify/sync';
import type { Table } from './tables.ts';

/** "12,5": a decimal comma, no grouping (a spreadsheet in Italian reads it as a number). */
export const csvNumber = (value: number): string => String(value).replace('.', ',');

export function tableCsv(table: Table): string {
  return stringify(table.total ? [...table.rows, table.total] : table.rows, {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    header: true,
    columns: table.columns.map((column) => ({ key: column.key, header: column.header })),
    cast: { number: csvNumber },
  });
}
