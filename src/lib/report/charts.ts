/**
 * One small function per chart: each turns a report table into a Vega-Lite spec. Chart data
 * is the table's rows (never the totals line); stacked charts take one data point per
 * non-zero cell, simple bars one per row.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Row, Table, TableId } from './tables.ts';

/** Plot widths that, with their axes, fit a 360-pixel phone without scaling the text down much. */
const WIDTH = 260;
/** Horizontal bars leave room for long labels on the left. */
const BAR_WIDTH = 130;

/** Italian numbers, a palette that prints, text large enough for a phone. */
const CONFIG: TopLevelSpec['config'] = {
  locale: { number: { decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0€'] } },
  font: 'sans-serif',
  axis: { labelFontSize: 13, titleFontSize: 13, labelLimit: 220 },
  legend: { labelFontSize: 13, titleFontSize: 13, orient: 'bottom', columns: 1, labelLimit: 320 },
  range: { category: { scheme: 'tableau10' } },
  view: { stroke: null },
};

/** Counts have no fractions: ticks on whole numbers only. */
const WHOLE_NUMBERS = { format: 'd', tickMinStep: 1 } as const;

/** A data point of a stacked chart: one cell of the table. */
export interface StackedPoint {
  x: string;
  serie: string;
  valore: number;
}

/** The non-zero cells of `keys` in each row, named by the column headers. */
export function stackedPoints(table: Table, keys: readonly string[]): StackedPoint[] {
  const [first] = table.columns;
  const headers = new Map(table.columns.map((column) => [column.key, column.header]));
  return table.rows.flatMap((row: Row) => keys
    .filter((key) => typeof row[key] === 'number' && row[key] > 0)
    .map((key) => ({ x: String(row[first!.key]), serie: headers.get(key)!, valore: row[key] as number })));
}

function stacked(table: Table, keys: readonly string[], axes: { x: string; y: string; legend: string }, horizontal = false): TopLevelSpec {
  const points = stackedPoints(table, keys);
  const order = keys.map((key) => table.columns.find((column) => column.key === key)!.header);
  const category = { field: 'x', type: 'ordinal', title: horizontal ? null : axes.x, sort: null } as const;
  const value = { field: 'valore', type: 'quantitative', title: axes.y, stack: 'zero', axis: WHOLE_NUMBERS } as const;
  return {
    width: horizontal ? BAR_WIDTH : WIDTH,
    height: horizontal ? { step: 22 } : 220,
    config: CONFIG,
    data: { values: points },
    mark: { type: 'bar', tooltip: false },
    encoding: {
      [horizontal ? 'y' : 'x']: category,
      [horizontal ? 'x' : 'y']: value,
      color: { field: 'serie', type: 'nominal', title: axes.legend, sort: order, scale: { domain: order.filter((name) => points.some((point) => point.serie === name)) } },
      order: { field: 'ordine', type: 'quantitative' },
    },
    transform: [{ calculate: `indexof(${JSON.stringify(order)}, datum.serie)`, as: 'ordine' }],
  } as TopLevelSpec;
}

function bars(table: Table, xKey: string, yKey: string, axes: { x: string; y: string }, options: { horizontal?: boolean; max?: number } = {}): TopLevelSpec {
  const category = { field: xKey, type: 'ordinal', title: options.horizontal ? null : axes.x, sort: null } as const;
  const value = { field: yKey, type: 'quantitative', title: axes.y, ...(options.max ? { scale: { domain: [0, options.max] } } : { axis: WHOLE_NUMBERS }) } as const;
  return {
    width: options.horizontal ? BAR_WIDTH : WIDTH,
    height: options.horizontal ? { step: 28 } : 200,
    config: CONFIG,
    data: { values: table.rows },
    mark: { type: 'bar', tooltip: false, color: '#3a6ea5' },
    encoding: options.horizontal ? { y: category, x: value } : { x: category, y: value },
  } as TopLevelSpec;
}

const sectionKeys = (table: Table) => table.columns.slice(1, -1).map((column) => column.key);

/** The chart of each table; tables without one are shown as tables only. */
export const CHARTS: Record<TableId, (table: Table) => TopLevelSpec> = {
  'bollettini': (table) => bars(table, 'settimana', 'schede', { x: 'Numero (settimana)', y: 'Schede nel numero' }),
  'schede-per-mese': (table) => stacked(table, sectionKeys(table), { x: 'Mese di pubblicazione', y: 'Schede', legend: 'Sezione' }),
  'offerte-per-settore-e-contratto': (table) => stacked(table, sectionKeys(table), { x: 'Settore', y: 'Offerte', legend: 'Contratto' }, true),
  'quote': (table) => bars(table, 'indicatore', 'percentuale', { x: 'Indicatore', y: 'Percentuale' }, { horizontal: true, max: 100 }),
  'italiano-per-livello': (table) => bars(table, 'livello', 'corsi', { x: 'Livello', y: 'Corsi' }, { horizontal: true }),
  'offerte-chiuse': (table) => stacked(table, ['coperte', 'scadute', 'aperte'], { x: 'Mese di pubblicazione', y: 'Offerte', legend: 'Stato alla fine del periodo' }),
  'traduzioni': (table) => bars(table, 'lingua', 'percentuale', { x: 'Lingua', y: 'Schede tradotte (%)' }, { max: 100 }),
  'email-per-numero': (table) => stacked(table, ['inviate', 'rifiutate', 'sospese'], { x: 'Numero (settimana)', y: 'E-mail', legend: 'Esito' }),
  'disiscrizioni': (table) => stacked(table, table.columns.slice(1).map((column) => column.key), { x: 'Mese', y: 'Indirizzi', legend: 'Motivo' }),
  'iscritti-per-lingua': (table) => stacked(table, sectionKeys(table), { x: 'Mese', y: 'Iscritti attivi', legend: 'Lingua' }),
  'telegram': (table) => stacked(table, sectionKeys(table), { x: 'Numero (settimana)', y: 'Messaggi', legend: 'Lingua' }),
};
