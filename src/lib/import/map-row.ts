/**
 * One spreadsheet row (Italian headers of `templates/offerte.csv`) as an offer draft, or
 * what is wrong with it, by column, with the nearest valid value.
 */
import type { CalendarDate } from '../issue/dates.ts';
import { nearestKey } from '../content/problems.ts';
import {
  CONTRACT_CHOICES, HOURS_CHOICES, SECTOR_CHOICES, matchChoice, nearestChoice, normalizeCell, parseCefr, parseDate, parseMunicipio, parseYesNo,
  splitList, type Choices,
} from './cells.ts';
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

  const choice = <Code extends string>(header: Header, set: Choices<Code>, fallback: Code, what: string): Code => {
    const value = cell(header);
    if (!value) {
      notes[header === 'settore' ? 'sector' : header === 'contratto' ? 'contract' : 'hours'] = `${what} non indicato nel foglio: controlla`;
      return fallback;
    }
    const code = matchChoice(value, set);
    const near = code ? undefined : nearestChoice(value, set);
    if (!code) wrong(header, `"${value}" non è un valore previsto${near ? '' : `. Valori ammessi: ${set.codes.map((c) => set.words[c][0]).join(', ')}`}`, near);
    return code ?? fallback;
  };
  const yesNo = (header: Header): boolean => {
    const value = parseYesNo(cell(header));
    if (value === null) wrong(header, `"${cell(header)}" non si capisce: scrivi sì oppure no (anche x per sì).`, undefined);
    return value === true;
  };
  const date = (header: Header): CalendarDate | undefined => {
    const value = cell(header);
    if (!value) return undefined;
    const parsed = parseDate(value);
    if (!parsed) wrong(header, `"${value}" non è una data valida: scrivi GG/MM/AAAA (per esempio 23/11/2026) oppure AAAA-MM-GG.`);
    return parsed;
  };
  const optional = (header: Header): string | undefined => cell(header) || undefined;

  const sector = choice('settore', SECTOR_CHOICES, 'altro', 'settore');
  const contract = choice('contratto', CONTRACT_CHOICES, 'altro', 'contratto');
  const hours = choice('orario', HOURS_CHOICES, 'flessibile', 'orario');
  const italianText = cell('italiano');
  const italian = italianText ? parseCefr(italianText) : undefined;
  if (italianText && !italian) wrong('italiano', `"${italianText}" non è un livello: scrivi pre-A1, A1, A2, B1, B2, C1 o C2.`);
  const municipioText = cell('municipio');
  const municipio = municipioText ? parseMunicipio(municipioText) : undefined;
  if (municipioText && municipio === undefined) wrong('municipio', `"${municipioText}" non è un municipio di Milano: scrivi un numero da 1 a 9.`);
  const published = date('pubblicato') ?? today;
  if (!cell('titolo')) wrong('titolo', 'è vuota: ogni offerta ha bisogno di un titolo (da 3 a 140 caratteri).');
  const contactColumns = ['telefono', 'whatsapp', 'email', 'link', 'di_persona'] as const;
  if (contactColumns.every((header) => !cell(header))) {
    problems.push(`riga ${row}, colonna ${contactColumns.join(', ')}: manca un modo per candidarsi. Compila almeno una di queste colonne.`);
  }
  const expires = date('scadenza');

  const fields: OfferFields = {
    title: cell('titolo'), summary: optional('riassunto'), employer: optional('azienda'), sector, contract, hours, schedule: optional('orari'),
    schoolHours: yesNo('scuola'), km0: yesNo('km0'), italian, city: optional('citta'), address: optional('indirizzo'), zone: optional('zona'), municipio,
    requirements: splitList(cell('requisiti')), salary: optional('stipendio'), published, expires,
    apply: { phone: optional('telefono'), whatsapp: optional('whatsapp'), email: optional('email'), url: optional('link'), inPerson: optional('di_persona'), note: optional('note') },
  };
  if (!fields.city && !fields.address && !fields.zone && municipio === undefined) fields.city = 'Milano';
  return problems.length ? { problems } : { draft: { fields, notes } };
}
