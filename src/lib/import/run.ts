/**
 * `npm run importa -- <source>…`: job pages (addresses or saved `.html`) and spreadsheets
 * (`.csv`, `.xlsx`) become draft offers; what was written, skipped and refused is reported
 * in Italian, source by source.
 */
import type { CalendarDate } from '../issue/dates.ts';
import { fetchPage, readSavedPage, type Page, type PageOptions } from './fetch-page.ts';
import { extractJobPostings } from './job-posting.ts';
import { mapPosting } from './map-posting.ts';
import { columnOf, mapRow, readHeaders } from './map-row.ts';
import { readSpreadsheet, SpreadsheetError } from './spreadsheet.ts';
import { doubtsText, knownOffers, writeDraft, type KnownOffer, type OfferDraft } from './write-draft.ts';

export interface ImportOptions extends PageOptions {
  /** The content folder (`BULLETIN_CONTENT_DIR` or `src/content`). */
  contentDir: string;
  today: CalendarDate;
}

export interface ImportReport {
  lines: string[];
  written: string[];
  skipped: number;
  refused: number;
}

type Source = 'page' | 'saved-page' | 'spreadsheet' | 'unknown';

export function sourceKind(source: string): Source {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return 'page';
  if (/\.html?$/i.test(source)) return 'saved-page';
  if (/\.(csv|xlsx)$/i.test(source)) return 'spreadsheet';
  return 'unknown';
}

class Reporter {
  readonly report: ImportReport = { lines: [], written: [], skipped: 0, refused: 0 };
  source(name: string) {
    this.report.lines.push(`${name}:`);
  }
  written(file: string, title: string, doubts = '') {
    this.report.written.push(file);
    this.report.lines.push(`  ✓ bozza scritta: ${file} («${title}»)${doubts ? `; da controllare: ${doubts}` : ''}`);
  }
  skipped(message: string) {
    this.report.skipped++;
    this.report.lines.push(`  – saltata: ${message}`);
  }
  refused(message: string) {
    this.report.refused++;
    this.report.lines.push(`  ✗ ${message}`);
  }
  warning(message: string) {
    this.report.lines.push(`  ! ${message}`);
  }
}

/** Writes one draft and reports it; `where` names the problem's place ("riga 3, colonna …" for sheets). */
function save(draft: OfferDraft, options: ImportOptions, known: KnownOffer[], out: Reporter, where: (field: string) => string): void {
  const outcome = writeDraft(draft, options.contentDir, known);
  const title = draft.fields.title;
  if (outcome.status === 'written') out.written(outcome.file, title, doubtsText(draft.notes));
  else if (outcome.status === 'duplicate') out.skipped(`«${title}»: ${outcome.reason}.`);
  else for (const problem of outcome.problems) out.refused(`${where(problem.field)}: ${problem.message}`);
}

async function importPage(page: Page, options: ImportOptions, known: KnownOffer[], out: Reporter): Promise<void> {
  if (!page.ok) {
    out.refused(`pagina non importata: ${page.message}`);
    return;
  }
  for (const warning of page.warnings) out.warning(warning);
  const { postings, canonicalUrl } = extractJobPostings(page.html);
  if (!postings.length) {
    out.refused('in questa pagina non c\'è nessun annuncio in formato JobPosting (schema.org): copia i dati a mano con npm run nuovo -- offerta.');
    return;
  }
  const pageUrl = page.url ?? canonicalUrl;
  for (const posting of postings) {
    const result = mapPosting(posting, pageUrl, options.today, postings.length > 1);
    if ('refused' in result) out.refused(result.refused);
    else if ('skipped' in result) out.skipped(result.skipped);
    else save(result.draft, options, known, out, (field) => `«${result.draft.fields.title}», campo ${field || 'del file'}`);
  }
}

async function importSpreadsheet(source: string, options: ImportOptions, known: KnownOffer[], out: Reporter): Promise<void> {
  let rows;
  try {
    rows = await readSpreadsheet(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    out.refused(error instanceof SpreadsheetError ? error.message : code === 'ENOENT' ? 'il file non esiste: controlla il nome e la cartella.' : `il file non si può leggere (${code ?? (error as Error).message}).`);
    return;
  }
  const [header, ...data] = rows;
  const headers = readHeaders(header?.cells ?? []);
  if (headers.problems.length) {
    for (const problem of headers.problems) out.refused(problem);
    return;
  }
  let offers = 0;
  for (const { row, cells } of data) {
    const result = mapRow(row, cells, headers, options.today);
    if (!result) continue;
    offers++;
    if ('problems' in result) {
      for (const problem of result.problems) out.refused(problem);
      continue;
    }
    save(result.draft, options, known, out, (field) => `riga ${row}, colonna ${columnOf(field)}`);
  }
  if (!offers) out.refused('il foglio non ha righe di offerte sotto la riga dei titoli delle colonne.');
}

async function importSource(source: string, options: ImportOptions, known: KnownOffer[], out: Reporter): Promise<void> {
  const kind = sourceKind(source);
  if (kind === 'page') await importPage(await fetchPage(source, options), options, known, out);
  else if (kind === 'saved-page') await importPage(readSavedPage(source, options), options, known, out);
  else if (kind === 'spreadsheet') await importSpreadsheet(source, options, known, out);
  else out.refused(/\.xls$/i.test(source) ? 'i file .xls (Excel vecchio) non si leggono: salvalo come .xlsx o .csv.' : 'non so leggerlo: servono l\'indirizzo di una pagina (https://…), una pagina salvata (.html) o un foglio (.csv, .xlsx).');
}

export async function importSources(sources: readonly string[], options: ImportOptions): Promise<ImportReport> {
  const out = new Reporter();
  const known = knownOffers(options.contentDir);
  for (const source of sources) {
    out.source(source);
    try {
      await importSource(source, options, known, out);
    } catch {
      // One hostile source (a description nested beyond any limit, a broken library) must not stop the others.
      out.refused('questa fonte non si riesce a leggere (contenuto troppo complesso o danneggiato): copia i dati a mano con npm run nuovo -- offerta.');
    }
  }
  const { written, skipped, refused } = out.report;
  out.report.lines.push('', `Bozze scritte: ${written.length}. Saltate: ${skipped}. Rifiutate: ${refused}.`);
  if (written.length) {
    out.report.lines.push('Le bozze (draft: true) non compaiono nel bollettino finché non le controlli: aprile, guarda le righe con "controlla", poi cancella la riga "draft: true". Poi: npm run controlla');
  }
  return out.report;
}
