/**
 * Calendar dates of the bulletin. Every date is a `YYYY-MM-DD` string in the
 * Europe/Rome calendar; Temporal does the arithmetic so no time zone sneaks in.
 */
import { Temporal } from 'temporal-polyfill';

/** A calendar date written `YYYY-MM-DD`. */
export type CalendarDate = string;
/** An ISO week written `YYYY-Www`, e.g. `2026-W48`. */
export type WeekId = string;

export const TIME_ZONE = 'Europe/Rome';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** True when `text` is a real calendar date written `YYYY-MM-DD` (no rollover: 2026-02-30 is false). */
export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  try {
    Temporal.PlainDate.from(text, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

function plain(date: CalendarDate): Temporal.PlainDate {
  return Temporal.PlainDate.from(date, { overflow: 'reject' });
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return plain(date).add({ days }).toString();
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return plain(from).until(plain(to), { largestUnit: 'days' }).days;
}

/** The Monday of the ISO week that contains `date`. */
export function mondayOf(date: CalendarDate): CalendarDate {
  const day = plain(date);
  return day.subtract({ days: day.dayOfWeek - 1 }).toString();
}

/** The ISO week (`YYYY-Www`) that contains `date`; the year is the week-numbering year. */
export function weekOf(date: CalendarDate): WeekId {
  const day = plain(date);
  const week = day.weekOfYear ?? 0;
  const year = day.yearOfWeek ?? day.year;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function isWeekId(text: string): boolean {
  const match = WEEK_PATTERN.exec(text);
  if (!match) return false;
  const week = Number(match[2]);
  return week >= 1 && week <= weeksInYear(Number(match[1]));
}

/** 52 or 53: 28 December always falls in the last ISO week of its year. */
export function weeksInYear(year: number): number {
  return Temporal.PlainDate.from({ year, month: 12, day: 28 }).weekOfYear ?? 52;
}

/** The Monday of an ISO week. Throws on a week that does not exist. */
export function mondayOfWeek(week: WeekId): CalendarDate {
  const match = WEEK_PATTERN.exec(week);
  if (!match || !isWeekId(week)) throw new RangeError(`Not an ISO week: ${week}`);
  // 4 January is always in week 1.
  const jan4 = Temporal.PlainDate.from({ year: Number(match[1]), month: 1, day: 4 });
  const week1Monday = jan4.subtract({ days: jan4.dayOfWeek - 1 });
  return week1Monday.add({ weeks: Number(match[2]) - 1 }).toString();
}

export function addWeeks(week: WeekId, weeks: number): WeekId {
  return weekOf(addDays(mondayOfWeek(week), weeks * 7));
}

/** Whole weeks from `from` to `to`. */
export function weeksBetween(from: WeekId, to: WeekId): number {
  return daysBetween(mondayOfWeek(from), mondayOfWeek(to)) / 7;
}

/** Today's date in Milan (at the instant `now`), or `BULLETIN_DATE` when it is set. */
export function bulletinToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): CalendarDate {
  const override = env['BULLETIN_DATE']?.trim();
  if (override) {
    if (!isCalendarDate(override)) {
      throw new Error(
        `BULLETIN_DATE="${override}" non è una data valida. Scrivi la data come AAAA-MM-GG, per esempio 2026-11-23.`,
      );
    }
    return override;
  }
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(TIME_ZONE).toPlainDate().toString();
}

/** The instant an issue comes out: 07:00 in Milan on its Monday (for feed dates). */
export function publicationInstant(monday: CalendarDate): Date {
  const zoned = plain(monday).toZonedDateTime({ timeZone: TIME_ZONE, plainTime: Temporal.PlainTime.from('07:00') });
  return new Date(zoned.epochMilliseconds);
}

/** The last second of a day in Milan, with its offset: `2026-12-20T23:59:59+01:00`. */
export function endOfDayInRome(date: CalendarDate): string {
  return plain(date)
    .toZonedDateTime({ timeZone: TIME_ZONE, plainTime: Temporal.PlainTime.from('23:59:59') })
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/** The first second of a day in Milan, with its offset: `2026-12-05T00:00:00+01:00`. */
export function startOfDayInRome(date: CalendarDate): string {
  return plain(date)
    .toZonedDateTime({ timeZone: TIME_ZONE, plainTime: Temporal.PlainTime.from('00:00:00') })
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });
}
