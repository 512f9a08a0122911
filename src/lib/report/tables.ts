/**
 * The report's tables: the one view of the model that the CSV files, the charts, the HTML
 * and the text summary all read. Headers are Italian, for the programme's spreadsheets;
 * cells are numbers or words, never formatted numbers.
 */
import { SECTIONS } from '../issue/model.ts';
import { cefrLabel, CONTRACT_LABELS, label, SECTOR_LABELS } from '../view/labels.ts';
import { CONTRACTS } from '../schema/offer.ts';
import { LANG_NAMES } from '../send/message.ts';
import { LANGS } from '../../i18n/languages.ts';
import { SECTION_IDS, type ReportModel } from './model.ts';

export type Cell = string | number;
export type Row = Record<string, Cell>;

export interface Column {
  key: string;
  header: string;
}

export type TableId =
  | 'bollettini' | 'schede-per-mese' | 'offerte-per-settore-e-contratto' | 'quote' | 'italiano-per-livello'
  | 'offerte-chiuse' | 'traduzioni' | 'email-per-numero' | 'disiscrizioni' | 'iscritti-per-lingua' | 'telegram';

export interface Table {
  /** Also the CSV file's name: `dati/<id>.csv`. */
  id: TableId;
  title: string;
  /** What is counted, in one sentence. */
  note: string;
  columns: Column[];
  rows: Row[];
  /** The totals line, last in the CSV; charts leave it out. */
  total?: Row;
}

export const TOTAL = 'Totale';

const sum = (rows: readonly Row[], key: string): number => rows.reduce((total, row) => total + (typeof row[key] === 'number' ? row[key] : 0), 0);

/** A share in percent with one decimal (0 when there is nothing to divide). */
export const percent = (part: number, whole: number): number => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

/** Columns from `[key, header]` pairs. */
const columns = (...pairs: [string, string][]): Column[] => pairs.map(([key, header]) => ({ key, header }));

/** The totals row of the numeric columns after the first. */
function totalOf(table: Pick<Table, 'columns' | 'rows'>): Row {
  const [first, ...rest] = table.columns;
  return { [first!.key]: TOTAL, ...Object.fromEntries(rest.map((column) => [column.key, sum(table.rows, column.key)])) };
}

function withTotal(table: Omit<Table, 'total'>): Table {
  return { ...table, total: totalOf(table) };
}

const issues = (model: ReportModel): Table => {
  const table: Omit<Table, 'total'> = {
    id: 'bollettini',
    title: 'Bollettini usciti',
    note: 'Un numero per settimana, uscito il lunedì; per ciascuno le schede che mostrava e quante erano nuove.',
    columns: columns(['settimana', 'Settimana'], ['numero', 'Numero'], ['lunedi', 'Uscito il'], ['schede', 'Schede nel numero'], ['nuove', 'Nuove']),
    rows: model.issues.map((issue) => ({ settimana: issue.week, numero: issue.number, lunedi: issue.monday, schede: issue.items, nuove: issue.fresh })),
  };
  return { ...table, total: { settimana: TOTAL, numero: table.rows.length, lunedi: '', schede: sum(table.rows, 'schede'), nuove: sum(table.rows, 'nuove') } };
};

const sectionsByMonth = (model: ReportModel): Table => withTotal({
  id: 'schede-per-mese',
  title: 'Schede pubblicate per sezione e mese',
  note: 'Ogni scheda conta nel mese della sua data di pubblicazione (published).',
  columns: columns(['mese', 'Mese'], ...SECTIONS.map((section): [string, string] => [section.id, section.title]), ['totale', 'Totale']),
  rows: model.sectionsByMonth.map(({ month, counts }) => ({ mese: month, ...counts, totale: SECTION_IDS.reduce((total, id) => total + counts[id], 0) })),
});

const offersBySector = (model: ReportModel): Table => withTotal({
  id: 'offerte-per-settore-e-contratto',
  title: 'Offerte di lavoro per settore e contratto',
  note: 'Offerte di lavoro (a km 0 e non) pubblicate nel periodo.',
  columns: columns(['settore', 'Settore'], ...CONTRACTS.map((contract): [string, string] => [contract, label(CONTRACT_LABELS, contract)]), ['totale', 'Totale']),
  rows: model.offersBySector.map(({ sector, counts }) => ({
    settore: label(SECTOR_LABELS, sector),
    ...counts,
    totale: CONTRACTS.reduce((total, contract) => total + counts[contract], 0),
  })),
});

/** Row ids of the shares table, for the summary. */
export type ShareId = 'km0' | 'orari-scuola' | 'spazio-bimbi' | 'gratuiti';

const shares = (model: ReportModel): Table => {
  const { offers, km0, schoolHours, courses, childcare, free } = model.shares;
  const row = (id: ShareId, indicator: string, part: number, whole: number): Row => ({ id, indicatore: indicator, numero: part, su: whole, percentuale: percent(part, whole) });
  return {
    id: 'quote',
    title: 'Quote: km 0, orari della scuola, spazio bimbi, corsi gratuiti',
    note: 'Offerte e corsi (compresi quelli di italiano) pubblicati nel periodo.',
    columns: columns(['indicatore', 'Indicatore'], ['numero', 'Numero'], ['su', 'Su'], ['percentuale', 'Percentuale']),
    rows: [
      row('km0', 'Offerte a km 0', km0, offers),
      row('orari-scuola', 'Offerte con orari scolastici', schoolHours, offers),
      row('spazio-bimbi', 'Corsi con spazio bimbi', childcare, courses),
      row('gratuiti', 'Corsi gratuiti', free, courses),
    ],
  };
};

const italianByLevel = (model: ReportModel): Table => withTotal({
  id: 'italiano-per-livello',
  title: 'Corsi di italiano per livello',
  note: 'Corsi di italiano e di italiano per il lavoro pubblicati nel periodo, per livello del Quadro europeo (QCER).',
  columns: columns(['livello', 'Livello'], ['corsi', 'Corsi']),
  rows: model.italianByLevel.map(({ level, courses }) => ({ livello: cefrLabel(level), corsi: courses })),
});

const closing = (model: ReportModel): Table => {
  const row = (month: string, value: ReportModel['closing']['total']): Row => ({
    mese: month, pubblicate: value.published, coperte: value.filled, scadute: value.expired, aperte: value.open,
    mediana: value.medianDays ?? '',
  });
  return {
    id: 'offerte-chiuse',
    title: 'Quanto restano aperte le offerte',
    note: 'Per mese di pubblicazione: offerte chiuse perché il posto è stato coperto, arrivate all\'ultimo giorno, ancora aperte alla fine del periodo; mediana dei giorni di apertura di quelle chiuse.',
    columns: columns(['mese', 'Mese'], ['pubblicate', 'Offerte pubblicate'], ['coperte', 'Posto coperto'], ['scadute', 'Scadute'], ['aperte', 'Ancora aperte'], ['mediana', 'Giorni di apertura (mediana)']),
    rows: model.closing.months.map((value) => row(value.month, value)),
    total: row(TOTAL, model.closing.total),
  };
};

const translations = (model: ReportModel): Table => ({
  id: 'traduzioni',
  title: 'Traduzioni per lingua',
  note: 'Schede pubblicate nel periodo con il titolo o il riassunto tradotto in ciascuna lingua; le bozze automatiche sono quelle non ancora controllate.',
  columns: columns(['lingua', 'Lingua'], ['schede', 'Schede'], ['tradotte', 'Tradotte'], ['percentuale', 'Percentuale'], ['automatiche', 'Bozze automatiche da controllare']),
  rows: model.translations.map((t) => ({ lingua: LANG_NAMES[t.lang], schede: t.items, tradotte: t.translated, percentuale: percent(t.translated, t.items), automatiche: t.unchecked })),
});

const emails = (model: ReportModel): Table => withTotal({
  id: 'email-per-numero',
  title: 'E-mail inviate per numero',
  note: 'Dallo stato degli invii (out/send-state): per ogni numero, messaggi consegnati al server, rifiutati per sempre e non ancora consegnati.',
  columns: columns(['settimana', 'Settimana'], ['inviate', 'Inviate'], ['rifiutate', 'Non riuscite'], ['sospese', 'Da riprovare']),
  rows: model.emails.map((send) => ({ settimana: send.week, inviate: send.sent, rifiutate: send.failed, sospese: send.pending })),
});

const suppressions = (model: ReportModel): Table => withTotal({
  id: 'disiscrizioni',
  title: 'Disiscrizioni e indirizzi rifiutati per mese',
  note: model.subscribers
    ? 'Dalla lista di esclusione degli invii (out/send-state/suppressed.jsonl), per data di registrazione, e dall\'archivio degli iscritti (link di disiscrizione, sportello).'
    : 'Dalla lista di esclusione degli invii (out/send-state/suppressed.jsonl), per data di registrazione.',
  columns: columns(
    ['mese', 'Mese'], ['disiscrizioni', 'Disiscrizioni'], ['rifiutati', 'Indirizzi rifiutati dal server'],
    ...(model.subscribers ? [['disiscrizioniIscritti', 'Disiscrizioni dall\'archivio degli iscritti'] as [string, string]] : []),
  ),
  rows: model.suppressions.map((month) => ({
    mese: month.month, disiscrizioni: month.unsubscribed, rifiutati: month.refused,
    ...(month.unsubscribedDb === undefined ? {} : { disiscrizioniIscritti: month.unsubscribedDb }),
  })),
});

const subscribers = (model: ReportModel): Table => ({
  id: 'iscritti-per-lingua',
  title: 'Iscritti all\'e-mail per lingua',
  note: 'Dall\'archivio degli iscritti: iscritti attivi a fine mese, contando conferme, iscrizioni allo sportello e importazioni meno disiscrizioni e cancellazioni.',
  columns: columns(['mese', 'Mese'], ...LANGS.map((lang): [string, string] => [lang, LANG_NAMES[lang]]), ['totale', 'Totale']),
  rows: (model.subscribers ?? []).map(({ month, active }) => ({ mese: month, ...active, totale: LANGS.reduce((total, lang) => total + active[lang], 0) })),
});

const telegram = (model: ReportModel): Table => withTotal({
  id: 'telegram',
  title: 'Messaggi pubblicati su Telegram',
  note: 'Dallo stato della pubblicazione su Telegram (out/telegram-state): messaggi confermati da Telegram per numero e lingua; una prova su un altro canale non si conta due volte.',
  columns: columns(['settimana', 'Settimana'], ...LANGS.map((lang): [string, string] => [lang, LANG_NAMES[lang]]), ['totale', 'Totale']),
  rows: model.telegram.map(({ week, posts }) => ({ settimana: week, ...posts, totale: LANGS.reduce((total, lang) => total + posts[lang], 0) })),
});

/** Every table of the report, in the order of the page. */
export function reportTables(model: ReportModel): Table[] {
  return [issues, sectionsByMonth, offersBySector, shares, italianByLevel, closing, translations, emails, suppressions, ...(model.subscribers ? [subscribers] : []), telegram]
    .map((make) => make(model));
}

/** The table with this id (the summary and the charts look tables up by id). */
export function tableById(tables: readonly Table[], id: TableId): Table {
  const table = findTable(tables, id);
  if (!table) throw new Error(`No report table ${id}`);
  return table;
}

/** The table with this id, when the report has it (the subscribers' table needs the database). */
export const findTable = (tables: readonly Table[], id: TableId): Table | undefined => tables.find((t) => t.id === id);
