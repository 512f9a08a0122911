/**
 * Days and times as editors write them in Italian ("lun–ven 8:30–12:30", "mar e gio 9:30–11:30",
 * "lun, mer e ven dalle 14 alle 17; sab 9–12"), read into a structure that `Intl` writes in
 * each reader's language. Anything else is not guessed at: it stays Italian.
 */
import { INTL_LOCALES, type Lang } from '../../i18n/languages.ts';

/** 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export interface DaySpan { from: Weekday; to?: Weekday }
/** Minutes from midnight. */
export interface TimeSpan { from: number; to: number }
export interface SchedulePart { days: DaySpan[]; times: TimeSpan[] }
export type Schedule = SchedulePart[];

const DAYS: readonly [RegExp, Weekday][] = [
  [/^lun(edì|edi|\.)?$/, 1], [/^mar(tedì|tedi|\.)?$/, 2], [/^mer(coledì|coledi|\.)?$/, 3], [/^gio(vedì|vedi|\.)?$/, 4],
  [/^ven(erdì|erdi|\.)?$/, 5], [/^sab(ato|\.)?$/, 6], [/^dom(enica|\.)?$/, 7],
];

type Token =
  | { type: 'day'; day: Weekday }
  | { type: 'time'; minutes: number }
  | { type: 'dash' } | { type: 'and' } | { type: 'part' } | { type: 'from' } | { type: 'to' } | { type: 'at' };

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  // Words, times (9, 9:30, 9.30), dashes, commas and semicolons; spaces between them.
  const pattern = /\s*(?:(\d{1,2})(?:[:.](\d{2}))?|([a-zàèéìòù]+\.?)|([–—-])|(,)|([;/]))/gy;
  const source = text.toLowerCase().normalize('NFC').trim();
  let match: RegExpExecArray | null;
  let end = 0;
  while (end < source.length && (match = pattern.exec(source))) {
    end = pattern.lastIndex;
    const [, hours, minutes, word, dash, comma, part] = match;
    if (hours !== undefined) {
      const h = Number(hours);
      const m = minutes === undefined ? 0 : Number(minutes);
      if (h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
      tokens.push({ type: 'time', minutes: h * 60 + m });
    } else if (word !== undefined) {
      const day = DAYS.find(([re]) => re.test(word))?.[1];
      if (day) tokens.push({ type: 'day', day });
      else if (word === 'e' || word === 'ed') tokens.push({ type: 'and' });
      else if (word === 'dalle' || word === 'dal' || word === 'da') tokens.push({ type: 'from' });
      else if (word === 'alle' || word === 'al' || word === 'a') tokens.push({ type: 'to' });
      else if (word === 'ore' || word === 'h') tokens.push({ type: 'at' });
      else return undefined;
    } else if (dash !== undefined) tokens.push({ type: 'dash' });
    else if (comma !== undefined) tokens.push({ type: 'and' });
    else if (part !== undefined) tokens.push({ type: 'part' });
  }
  return end === source.length && pattern.lastIndex === source.length ? tokens : undefined;
}

/** The structure of a schedule written in Italian, or `undefined` when it does not read as days and times only. */
export function parseSchedule(text: string): Schedule | undefined {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return undefined;
  let at = 0;
  // A range of days backwards ("ven–lun"): not guessed at.
  let broken = false;
  const peek = (offset = 0) => tokens[at + offset];
  const is = (type: Token['type'], offset = 0) => peek(offset)?.type === type;

  const dayItem = (): DaySpan | undefined => {
    const start = at;
    if (is('from')) at++;
    const first = peek();
    if (first?.type !== 'day') return void (at = start);
    at++;
    if ((is('dash') || is('to')) && peek(1)?.type === 'day') {
      const last = peek(1) as { type: 'day'; day: Weekday };
      at += 2;
      if (last.day <= first.day) {
        broken = true;
        return undefined;
      }
      return { from: first.day, to: last.day };
    }
    return { from: first.day };
  };
  const timeItem = (): TimeSpan | undefined => {
    const start = at;
    if (is('at')) at++;
    if (is('from')) at++;
    const first = peek();
    if (first?.type !== 'time') return void (at = start);
    at++;
    if (!(is('dash') || is('to'))) return void (at = start);
    at++;
    if (is('at')) at++;
    const last = peek();
    if (last?.type !== 'time' || last.minutes === first.minutes) return void (at = start);
    at++;
    return { from: first.minutes, to: last.minutes };
  };

  const parts: Schedule = [];
  while (at < tokens.length) {
    if (parts.length) {
      if (is('part') || is('and')) at++;
      else return undefined;
    }
    const days: DaySpan[] = [];
    for (let day = dayItem(); day; ) {
      days.push(day);
      if (is('and') && (peek(1)?.type === 'day' || (peek(1)?.type === 'from' && peek(2)?.type === 'day'))) {
        at++;
        day = dayItem();
        if (!day || broken) return undefined;
      } else break;
    }
    if (broken || (at < tokens.length && !days.length && peek()?.type === 'day')) return undefined;
    // "dal lunedì al venerdì, 8.30–12.30": a comma between the days and their times.
    const timeAhead = (offset: number) => peek(offset)?.type === 'time' || peek(offset)?.type === 'at' || (peek(offset)?.type === 'from' && peek(offset + 1)?.type === 'time');
    if (days.length && is('and') && timeAhead(1)) at++;
    const times: TimeSpan[] = [];
    for (let time = timeItem(); time; ) {
      times.push(time);
      if (is('and') && !(peek(1)?.type === 'day' || (peek(1)?.type === 'from' && peek(2)?.type === 'day'))) {
        at++;
        time = timeItem();
        if (!time) return undefined;
      } else break;
    }
    if (!days.length && !times.length) return undefined;
    parts.push({ days, times });
  }
  return parts.length ? parts : undefined;
}

/** The words a language puts around days and times (from its dictionary). */
export interface ScheduleWords {
  /** "Monday to Friday" */
  dayRange: (from: string, to: string) => string;
  /** "Tuesday and Thursday, 9:30–11:30" */
  daysTimes: (days: string, times: string) => string;
  /** Between two parts: "; " */
  listSeparator: string;
}

interface Formatters { weekday: Intl.DateTimeFormat; time: Intl.DateTimeFormat; list: Intl.ListFormat }
const formatters = new Map<Lang, Formatters>();

function formattersOf(lang: Lang): Formatters {
  let found = formatters.get(lang);
  if (!found) {
    const locale = INTL_LOCALES[lang];
    found = {
      weekday: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }),
      time: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
      list: new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }),
    };
    formatters.set(lang, found);
  }
  return found;
}

/** 2024-01-01 was a Monday. */
const dayDate = (day: Weekday) => new Date(Date.UTC(2024, 0, day, 12));
/** A time of day, on 2024-01-01. */
const timeDate = (minutes: number) => new Date(Date.UTC(2024, 0, 1) + minutes * 60_000);

/** A parsed schedule in a reader's language, with `Intl`'s weekday names, times and lists. */
export function formatSchedule(schedule: Schedule, lang: Lang, words: ScheduleWords): string {
  const { weekday, time, list } = formattersOf(lang);
  return schedule
    .map(({ days, times }) => {
      const dayText = list.format(days.map(({ from, to }) => (to ? words.dayRange(weekday.format(dayDate(from)), weekday.format(dayDate(to))) : weekday.format(dayDate(from)))));
      // An overnight shift is written as two times: a range across days would print the dates.
      const timeText = list.format(times.map(({ from, to }) => (to > from ? time.formatRange(timeDate(from), timeDate(to)) : `${time.format(timeDate(from))} – ${time.format(timeDate(to))}`)));
      return dayText && timeText ? words.daysTimes(dayText, timeText) : dayText || timeText;
    })
    .join(words.listSeparator);
}
