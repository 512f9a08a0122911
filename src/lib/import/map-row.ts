/**
 * One spreadsheet row (Italian headers of `templates/offerte.csv`) as an offer draft, or
 * what is wrong with it, by column, with the nearest valid value.
 */
import type { CalendarDate } from '../issue/dates.ts';
import { nearestKey } from '../content/problems.ts';
import { readValue } from '../input/read-value.ts';
import type { CefrLevel } from '../schema/fields.ts';
import { normalizeCell, splitList } from './cells.ts';
import type { OfferDraft, OfferFields } from './write-draft.ts';

/** The template's columns, in order. */
export const HEADERS = [
  'titolo', 'riassunto', 'azienda', 'settore', 'contratto', 'orario', 'orari', 'scuola', 'citta', 'zona', 'municipio', 'indirizzo', 'km0',
  'italiano', 'requisiti', 'stipendio', 'pubblicato', 'scadenza', 'telefono', 'whatsapp', 'email', 'link', 'di_persona', 'note',
] as const;
export type Header = (typeof HEADERS)[number];

/** Offer field (as the validation names it) → the column it comes from. */
const COLUMN_OF: Record<string, Header> = {
  title: 'titolo', summary: 'riassunto', employer: 'azienda', sector: 'settore', contract: 'contratto', hours: 'orario', schedule: 'orari',
  schoolHours: 'scuola', 'location.city': 'citta', 'location.zone': 'zona', 'location.municipio': 'municipio', 'location.address': 'indirizzo',
  km0: 'km0', italian: 'italiano', requirements: 'requisiti', salary: 'stipendio', published: 'pubblicato', expires: 'scadenza',
  'apply.phone': 'telefono', 'apply.whatsapp': 'whatsapp', 'apply.email': 'email', 'apply.url': 'link', 'apply.inPerson': 'di_persona', 'apply.note': 'note',
};

/** The column a validation problem is about ("requirements.2" → requisiti); `apply` alone names the contact columns. */
export function columnOf(field: string): string {
  if (field === 'apply') return 'telefono, whatsapp, email, link, di_persona';
  return COLUMN_OF[field] ?? COLUMN_OF[field.replace(/\.\d+$/, '')] ?? field;
}

const headerKey = (text: string) => normalizeCell(text).replace(/ /g, '');

export interface HeaderMap {
  /** Column index of each known header. */
  columns: Partial<Record<Header, number>>;
  problems: string[];
}

/** Reads the header row: unknown or repeated columns are refused (a typo would drop data silently). */
export function readHeaders(cells: readonly string[]): HeaderMap {
  const columns: Partial<Record<Header, number>> = {};
  const problems: string[] = [];
  const byKey = new Map(HEADERS.map((header) => [headerKey(header), header]));
  cells.forEach((cell, index) => {
    if (!cell.trim()) return;
    const header = byKey.get(headerKey(cell));
    if (!header) {
      const near = nearestKey(headerKey(cell), HEADERS.map(headerKey));
      problems.push(`riga 1, colonna "${cell}": non è una colonna prevista${near ? ` (forse intendevi: ${byKey.get(near)})` : ''}. Le colonne sono quelle di templates/offerte.csv: ${HEADERS.join(', ')}.`);
    } else if (columns[header] !== undefined) {
      problems.push(`riga 1, colonna "${cell}": la colonna ${header} c'è due volte. Tienine una sola.`);
    } else {
      columns[header] = index;
    }
  });
  if (columns.titolo === undefined && !problems.length) problems.push('riga 1: manca la colonna titolo. La prima riga deve avere i nomi delle colonne di templates/offerte.csv.');
  return { columns, problems };
}

export type RowResult = { draft: OfferDraft } | { problems: string[] };

/** Turns one row into a draft; `today` fills an empty `pubblicato`. */
export function mapRow(row: number, cells: readonly string[], headers: HeaderMap, today: CalendarDate): RowResult | undefined {
  const cell = (header: Header): string => {
    const index = headers.columns[header];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  if (HEADERS.every((header) => cell(header) === '')) return undefined;
  const problems: string[] = [];
  const wrong = (header: Header, what: string, near?: string) => problems.push(`riga ${row}, colonna ${header}: ${what}${near ? ` (forse intendevi: ${near})` : ''}`);
  const notes: OfferDraft['notes'] = {};

  /** The one reading of typed values (`input/read-value.ts`); its message after the row and column. */
  const read = <Value>(header: Header, field: string): Value | undefined => {
    const value = cell(header);
    if (!value) return undefined;
    const result = readValue(field, value);
    if (!result.ok) wrong(header, result.message);
    return result.ok ? (result.value as Value) : undefined;
  };
  const choice = <Code extends string>(header: Header, field: 'sector' | 'contract' | 'hours', fallback: Code, what: string): Code => {
    if (!cell(header)) notes[field] = `${what} non indicato nel foglio: controlla`;
    return read<Code>(header, field) ?? fallback;
  };
  const yesNo = (header: Header, field: string): boolean => read<boolean>(header, field) === true;
  const date = (header: Header, field: string): CalendarDate | undefined => read<CalendarDate>(header, field);
  const optional = (header: Header): string | undefined => cell(header) || undefined;

  const sector = choice<OfferFields['sector']>('settore', 'sector', 'altro', 'settore');
  const contract = choice<OfferFields['contract']>('contratto', 'contract', 'altro', 'contratto');
  const hours = choice<OfferFields['hours']>('orario', 'hours', 'flessibile', 'orario');
  const italian = read<CefrLevel>('italiano', 'italian');
  const municipio = read<number>('municipio', 'municipio');
  const published = date('pubblicato', 'published') ?? today;
  if (!cell('titolo')) wrong('titolo', 'è vuota: ogni offerta ha bisogno di un titolo (da 3 a 140 caratteri).');
  const contactColumns = ['telefono', 'whatsapp', 'email', 'link', 'di_persona'] as const;
  if (contactColumns.every((header) => !cell(header))) {
    problems.push(`riga ${row}, colonna ${contactColumns.join(', ')}: manca un modo per candidarsi. Compila almeno una di queste colonne.`);
  }
  const expires = date('scadenza', 'expires');

  const fields: OfferFields = {
    title: cell('titolo'), summary: optional('riassunto'), employer: optional('azienda'), sector, contract, hours, schedule: optional('orari'),
    schoolHours: yesNo('scuola', 'schoolHours'), km0: yesNo('km0', 'km0'), italian, city: optional('citta'), address: optional('indirizzo'), zone: optional('zona'), municipio,
    requirements: splitList(cell('requisiti')), salary: optional('stipendio'), published, expires,
    apply: { phone: optional('telefono'), whatsapp: optional('whatsapp'), email: optional('email'), url: optional('link'), inPerson: optional('di_persona'), note: optional('note') },
  };
  if (!fields.city && !fields.address && !fields.zone && municipio === undefined) fields.city = 'Milano';
  return problems.length ? { problems } : { draft: { fields, notes } };
}
