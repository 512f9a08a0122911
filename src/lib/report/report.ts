/**
 * The whole report of a period: model → tables → summary, charts, CSV files and the page.
 * The files are returned, not written: see `write.ts`.
 */
import { CHARTS } from './charts.ts';
import { tableCsv } from './csv.ts';
import { reportHtml } from './html.ts';
import { buildReportModel, type ReportInput } from './model.ts';
import { periodWords } from './period.ts';
import { renderChartSvg } from './svg.ts';
import { reportSummary, type Summary } from './summary.ts';
import { reportTables, type Table } from './tables.ts';
import { REPORT_WORDS } from './words.ts';

export interface ReportFiles {
  tables: Table[];
  summary: Summary;
  /** Path inside the report folder → content: `rapporto.html`, `dati/<table>.csv`. */
  files: Map<string, string>;
}

/** A chart has something to draw when a number in its rows is not zero. */
const hasData = (table: Table): boolean => table.rows.some((row) => Object.values(row).some((value) => typeof value === 'number' && value > 0));

export async function buildReport(input: ReportInput & { name: string }): Promise<ReportFiles> {
  const model = buildReportModel(input);
  const tables = reportTables(model);
  const summary = reportSummary(tables, input.period);
  const sections = [];
  for (const table of tables) {
    const spec = CHARTS[table.id](table);
    const points = (spec as { data: { values: unknown[] } }).data.values.length;
    const svg = hasData(table)
      ? await renderChartSvg(spec, { id: `grafico-${table.id}`, title: table.title, description: REPORT_WORDS.chartDescription(table.title, points) })
      : undefined;
    sections.push({ table, svg });
  }
  const files = new Map<string, string>();
  files.set('rapporto.html', reportHtml({ name: input.name, periodWords: periodWords(input.period), summary, sections }));
  for (const table of tables) files.set(`dati/${table.id}.csv`, tableCsv(table));
  return { tables, summary, files };
}
