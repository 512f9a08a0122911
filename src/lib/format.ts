/** Italian wording of dates and counts. Deterministic: no clock, no locale of the machine. */
import { daysBetween, type CalendarDate } from './dates.ts';

const LONG = new Intl.DateTimeFormat('it-IT', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MEDIUM = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', timeZone: 'UTC' });

const atNoon = (date: CalendarDate): Date => new Date(`${date}T12:00:00Z`);

/** Italian writes the first of the month as "1º". */
const firstOfMonth = (text: string): string => text.replace(/(^|\s)1(\s)/, '$11º$2');

/** "lunedì 23 novembre 2026" */
export const longDate = (date: CalendarDate): string => firstOfMonth(LONG.format(atNoon(date)));
/** "23 novembre 2026" */
export const mediumDate = (date: CalendarDate): string => firstOfMonth(MEDIUM.format(atNoon(date)));
/** "23 novembre" */
export const shortDate = (date: CalendarDate): string => firstOfMonth(SHORT.format(atNoon(date)));

/** "oggi", "domani", "tra 3 giorni", or the date when far away or past. */
export function relativeDay(date: CalendarDate, from: CalendarDate): string {
  const days = daysBetween(from, date);
  if (days === 0) return 'oggi';
  if (days === 1) return 'domani';
  if (days > 1 && days <= 7) return `tra ${days} giorni`;
  return `il ${shortDate(date)}`;
}

/** "1 offerta" / "3 offerte" */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
