/**
 * The report as one self-contained HTML page: inline style and SVG, no script, no font,
 * nothing fetched. Readable on a phone (one column, tables scroll sideways) and printable
 * on A4 (each section on a page of its own when it does not fit).
 */
import { escapeHtml } from '../text/escape.ts';
import { figure } from './summary.ts';
import type { Summary } from './summary.ts';
import type { Table } from './tables.ts';
import { REPORT_WORDS } from './words.ts';

export interface ReportSection {
  table: Table;
  /** The chart, when the table has anything to draw. */
  svg: string | undefined;
}

export interface ReportPage {
  /** The bulletin's name. */
  name: string;
  /** "dal 1º gennaio 2026 al 31 dicembre 2026" */
  periodWords: string;
  summary: Summary;
  sections: ReportSection[];
}

const STYLE = `
:root{color-scheme:light;font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
body{margin:0 auto;max-width:48rem;padding:1rem}
h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.2rem;margin-top:2rem;border-top:1px solid #ccc;padding-top:1rem}
.sintesi{font-size:1.1rem;background:#f3f6fa;border-left:4px solid #3a6ea5;padding:.75rem 1rem}
figure{margin:1rem 0}svg{display:block;max-width:100%;height:auto}
.tabella{overflow-x:auto}table{border-collapse:collapse;font-size:.9rem}
th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
tfoot td,tfoot th{font-weight:bold}a{color:#1f4f82}
@page{size:A4;margin:15mm}
@media print{body{max-width:none;padding:0}h2{break-after:avoid}figure,table{break-inside:avoid}details{display:none}nav{display:none}}
`;

const cell = (value: unknown): string => (typeof value === 'number' ? `<td class="n">${escapeHtml(figure(value))}</td>` : `<td>${escapeHtml(value)}</td>`);

function tableHtml(table: Table): string {
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column.header)}</th>`).join('');
  const row = (values: Record<string, unknown>) => `<tr>${table.columns.map((column) => cell(values[column.key])).join('')}</tr>`;
  return `<div class="tabella" role="region" aria-label="${escapeHtml(REPORT_WORDS.tableCaption(table.title))}" tabindex="0"><table><caption>${escapeHtml(REPORT_WORDS.tableCaption(table.title))}</caption>`
    + `<thead><tr>${head}</tr></thead><tbody>${table.rows.map(row).join('')}</tbody>`
    + `${table.total ? `<tfoot>${row(table.total)}</tfoot>` : ''}</table></div>`;
}

function sectionHtml({ table, svg }: ReportSection): string {
  const file = `dati/${table.id}.csv`;
  const data = table.rows.length ? tableHtml(table) : '';
  return `<section aria-labelledby="${table.id}"><h2 id="${table.id}">${escapeHtml(table.title)}</h2><p>${escapeHtml(table.note)}</p>`
    + (svg ? `<figure>${svg}</figure><details><summary>${escapeHtml(REPORT_WORDS.tableOpen)}</summary>${data}</details>` : `<p>${escapeHtml(REPORT_WORDS.noData)}</p>${data}`)
    + `<p><a href="${file}">${escapeHtml(REPORT_WORDS.csv(file))}</a></p></section>`;
}

export function reportHtml(page: ReportPage): string {
  const title = REPORT_WORDS.title(page.name, page.periodWords);
  const toc = page.sections.map(({ table }) => `<li><a href="#${table.id}">${escapeHtml(table.title)}</a></li>`).join('');
  const summary = page.summary.phrases.length
    ? `<p class="sintesi"><strong>${escapeHtml(page.summary.heading)}:</strong> ${escapeHtml(page.summary.text)}</p>`
    : `<p class="sintesi">${escapeHtml(page.summary.text)}</p>`;
  return `<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p>${escapeHtml(REPORT_WORDS.generated)}</p></header>
<main>
<section aria-labelledby="sintesi"><h2 id="sintesi">${escapeHtml(REPORT_WORDS.summary)}</h2>${summary}</section>
<nav aria-labelledby="indice"><h2 id="indice">${escapeHtml(REPORT_WORDS.contents)}</h2><ol>${toc}</ol></nav>
${page.sections.map(sectionHtml).join('\n')}
</main>
</body>
</html>
`;
}
