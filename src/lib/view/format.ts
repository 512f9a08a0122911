/** Dates and counts in words, in each reader language. Deterministic: no clock, no locale of the machine. */
import { INTL_LOCALES, type Lang } from '../../i18n/languages.ts';
import { daysBetween, type CalendarDate } from '../issue/dates.ts';

const atNoon = (date: CalendarDate): Date => new Date(`${date}T12:00:00Z`);

/** Italian writes the first of the month as "1º". */
const firstOfMonth = (text: string): string => text.replace(/(^|\s)1(\s)/, '$11º$2');

export interface DateWords {
  /** "lunedì 23 novembre 2026" */
  long(date: CalendarDate): string;
  /** "23 novembre 2026" */
  medium(date: CalendarDate): string;
  /** "23 novembre" */
  short(date: CalendarDate): string;
  /** "oggi", "domani", "tra 3 giorni" within a week ahead; undefined otherwise. */
  soon(date: CalendarDate, from: CalendarDate): string | undefined;
}

const cache = new Map<Lang, DateWords>();

/** The date formats of a language, made once per build. */
export function dateWords(lang: Lang): DateWords {
  let words = cache.get(lang);
  if (words) return words;
  const locale = INTL_LOCALES[lang];
  const format = (options: Intl.DateTimeFormatOptions) => {
    const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return (date: CalendarDate) => (lang === 'it' ? firstOfMonth(formatter.format(atNoon(date))) : formatter.format(atNoon(date)));
  };
  // "dopodomani" is idiomatic but less plain than "tra 2 giorni": words only for today and tomorrow.
  const near = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const counted = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  words = {
    long: format({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    medium: format({ day: 'numeric', month: 'long', year: 'numeric' }),
    short: format({ day: 'numeric', month: 'long' }),
    soon(date, from) {
      const days = daysBetween(from, date);
      if (days < 0 || days > 7) return undefined;
      return days <= 1 ? near.format(days, 'day') : counted.format(days, 'day');
    },
  };
  cache.set(lang, words);
  return words;
}

const italian = dateWords('it');
/** "lunedì 23 novembre 2026" */
export const longDate = (date: CalendarDate): string => italian.long(date);
/** "23 novembre 2026" */
export const mediumDate = (date: CalendarDate): string => italian.medium(date);
/** "23 novembre" */
export const shortDate = (date: CalendarDate): string => italian.short(date);

/** "1 offerta" / "3 offerte" */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
