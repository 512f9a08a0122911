/**
 * The report's period: two calendar dates, checked and defaulted (the last 12 months up to
 * today). What happened after "today" is never counted, so a period that reaches into the
 * future stops at today and a past period always gives the same report.
 */
import { Temporal } from 'temporal-polyfill';
import { isCalendarDate, type CalendarDate } from '../issue/dates.ts';
import { mediumDate } from '../view/format.ts';

export interface Period {
  /** First day counted. */
  from: CalendarDate;
  /** Last day asked for. */
  to: CalendarDate;
  /** Last day counted: `to`, or today when `to` is later. */
  until: CalendarDate;
}

/** A month written `YYYY-MM`. */
export type MonthId = string;

/** Wrong dates on the command line: the message says which option, what is wrong and how to write it. */
export class PeriodError extends Error {}

function checkDate(option: string, value: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new PeriodError(`${option} "${value}" non è una data valida: scrivila come AAAA-MM-GG, per esempio 2026-01-01.`);
  }
  return value;
}

/** The period asked for; the defaults are the 12 months that end today. */
export function periodFrom(options: { from?: string | undefined; to?: string | undefined }, today: CalendarDate): Period {
  const to = options.to === undefined ? today : checkDate('--a', options.to);
  const from = options.from === undefined
    ? Temporal.PlainDate.from(to).subtract({ months: 12 }).add({ days: 1 }).toString()
    : checkDate('--da', options.from);
  if (from > to) {
    throw new PeriodError(`--da ${from} viene dopo --a ${to}: il periodo deve cominciare prima di finire. Scambia le due date.`);
  }
  return { from, to, until: to < today ? to : today };
}

/** True when `date` is a day the report counts. */
export function isInPeriod(period: Period, date: CalendarDate): boolean {
  return period.from <= date && date <= period.until;
}

/** The month of a date. */
export const monthOf = (date: CalendarDate): MonthId => date.slice(0, 7);

/** Every month the period touches, oldest first (none when it starts after today). */
export function monthsOf(period: Period): MonthId[] {
  const months: MonthId[] = [];
  if (period.from > period.until) return months;
  const last = Temporal.PlainYearMonth.from(monthOf(period.until));
  for (let month = Temporal.PlainYearMonth.from(monthOf(period.from)); Temporal.PlainYearMonth.compare(month, last) <= 0; month = month.add({ months: 1 })) {
    months.push(month.toString());
  }
  return months;
}

/** "dal 1º gennaio 2026 al 31 dicembre 2026" */
export function periodWords(period: Pick<Period, 'from' | 'to'>): string {
  return `dal ${mediumDate(period.from)} al ${mediumDate(period.to)}`;
}

/** The output folder's name: `2026-01-01_2026-12-31`. */
export const periodFolder = (period: Pick<Period, 'from' | 'to'>): string => `${period.from}_${period.to}`;
