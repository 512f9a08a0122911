/**
 * The text summary at the top of the report, in the style of the programme's reports
 * ("52 bollettini settimanali; 640 offerte di lavoro, di cui 96 a km 0; …"). Every figure is
 * read from the report's tables, the same ones behind the charts and the CSV files.
 */
import { mediumDate } from '../view/format.ts';
import type { Period } from './period.ts';
import { periodWords } from './period.ts';
import { findTable, tableById, type Row, type ShareId, type Table } from './tables.ts';

const numberFormat = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });

/** A figure as Italian writes it: "3.200", "12,5". */
export const figure = (value: number): string => numberFormat.format(value);

const counted = (value: number, one: string, many: string): string => `${figure(value)} ${value === 1 ? one : many}`;

const num = (row: Row | undefined, key: string): number => (typeof row?.[key] === 'number' ? row[key] : 0);

function share(table: Table, id: ShareId): Row {
  return table.rows.find((row) => row['id'] === id)!;
}

export interface Summary {
  /** "Dal 1º gennaio 2026 al 31 dicembre 2026" (and, when the period reaches past today, up to when it counted). */
  heading: string;
  /** The figures, one phrase each, as the report lists them. */
  phrases: string[];
  /** Phrases joined: "52 bollettini settimanali; 640 offerte di lavoro, di cui 96 a km 0; …." */
  text: string;
}

export function reportSummary(tables: readonly Table[], period: Period): Summary {
  const words = periodWords(period);
  const heading = `${words.charAt(0).toUpperCase()}${words.slice(1)}${period.until < period.to ? ` (contati fino al ${mediumDate(period.until)})` : ''}`;
  const issues = tableById(tables, 'bollettini').rows.length;
  if (issues === 0) {
    return { heading, phrases: [], text: `Nel periodo ${words} non è uscito nessun bollettino.` };
  }
  const sections = tableById(tables, 'schede-per-mese').total;
  const shares = tableById(tables, 'quote');
  const km0 = share(shares, 'km0');
  const free = share(shares, 'gratuiti');
  const phrases = [
    counted(issues, 'bollettino settimanale', 'bollettini settimanali'),
    `${counted(num(km0, 'su'), 'offerta di lavoro', 'offerte di lavoro')}, di cui ${figure(num(km0, 'numero'))} a km 0 e ${figure(num(share(shares, 'orari-scuola'), 'numero'))} con orari compatibili con la scuola`,
    `${counted(num(free, 'su'), 'corso', 'corsi')}, di cui ${figure(num(sections, 'italiano'))} di italiano, ${figure(num(free, 'numero'))} gratuiti e ${figure(num(share(shares, 'spazio-bimbi'), 'numero'))} con spazio bimbi`,
    counted(num(sections, 'servizi'), 'servizio utile', 'servizi utili'),
  ];
  const closing = tableById(tables, 'offerte-chiuse').total;
  if (typeof closing?.['mediana'] === 'number') {
    phrases.push(`offerte aperte in mediana ${counted(closing['mediana'], 'giorno', 'giorni')}, ${counted(num(closing, 'coperte'), 'segnata', 'segnate')} «posto coperto»`);
  }
  const emails = tableById(tables, 'email-per-numero');
  if (emails.rows.length) {
    phrases.push(`${counted(num(emails.total, 'inviate'), 'e-mail inviata', 'e-mail inviate')} (${counted(num(emails.total, 'rifiutate'), 'non riuscita', 'non riuscite')})`);
  }
  const unsubscriptions = tableById(tables, 'disiscrizioni').total;
  const unsubscribed = num(unsubscriptions, 'disiscrizioni') + num(unsubscriptions, 'disiscrizioniIscritti');
  if (unsubscribed) phrases.push(counted(unsubscribed, 'disiscrizione', 'disiscrizioni'));
  const subscribers = findTable(tables, 'iscritti-per-lingua')?.rows.at(-1);
  if (subscribers) phrases.push(`${counted(num(subscribers, 'totale'), 'iscritto', 'iscritti')} all'e-mail a fine periodo`);
  const telegram = tableById(tables, 'telegram');
  if (telegram.rows.length) phrases.push(counted(num(telegram.total, 'totale'), 'messaggio su Telegram', 'messaggi su Telegram'));
  return { heading, phrases, text: `${phrases.join('; ')}.` };
}
