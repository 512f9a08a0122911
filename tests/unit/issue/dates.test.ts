import { describe, expect, it } from 'vitest';
import {
  addDays, addWeeks, bulletinToday, isCalendarDate, isWeekId, mondayOf, mondayOfWeek, publicationInstant, weekOf, weeksBetween,
} from '../../../src/lib/issue/dates.ts';

describe('calendar dates', () => {
  it('rejects dates that YAML parsers would roll over', () => {
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
  });

  it('adds days across the DST changes without drifting', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 1)).toBe('2026-10-25');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-10-24', 30)).toBe('2026-11-23');
  });
});

describe('ISO weeks', () => {
  it('names the week of a date and its Monday', () => {
    expect(weekOf('2026-11-23')).toBe('2026-W48');
    expect(weekOf('2026-11-29')).toBe('2026-W48');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOfWeek('2026-W48')).toBe('2026-11-23');
  });

  it('knows 2026 has 53 weeks and the new year falls in 2026-W53', () => {
    expect(isWeekId('2026-W53')).toBe(true);
    expect(isWeekId('2025-W53')).toBe(false);
    expect(mondayOfWeek('2026-W53')).toBe('2026-12-28');
    expect(weekOf('2027-01-01')).toBe('2026-W53');
    expect(weekOf('2027-01-03')).toBe('2026-W53');
    expect(weekOf('2027-01-04')).toBe('2027-W01');
    expect(addWeeks('2026-W53', 1)).toBe('2027-W01');
    expect(addWeeks('2026-W52', 1)).toBe('2026-W53');
    expect(weeksBetween('2026-W44', '2027-W01')).toBe(10);
  });

  it('puts early January days in the previous year when ISO says so', () => {
    expect(weekOf('2027-12-31')).toBe('2027-W52');
    expect(weekOf('2025-12-29')).toBe('2026-W01');
  });

  it('keeps the DST Sundays in their own week', () => {
    expect(weekOf('2026-03-29')).toBe('2026-W13');
    expect(mondayOf('2026-03-29')).toBe('2026-03-23');
    expect(weekOf('2026-10-25')).toBe('2026-W43');
    expect(mondayOf('2026-10-26')).toBe('2026-10-26');
  });

  it('dates an issue at 07:00 in Milan, in summer and winter time', () => {
    expect(publicationInstant('2026-11-23').toISOString()).toBe('2026-11-23T06:00:00.000Z');
    expect(publicationInstant('2026-06-01').toISOString()).toBe('2026-06-01T05:00:00.000Z');
  });
});

describe('today', () => {
  it('takes BULLETIN_DATE when set and refuses an invalid one', () => {
    expect(bulletinToday({ BULLETIN_DATE: '2026-11-25' })).toBe('2026-11-25');
    expect(() => bulletinToday({ BULLETIN_DATE: '2026-11-31' })).toThrow(/non è una data valida/);
  });

  it('falls back to the calendar date in Milan, not in UTC', () => {
    // 23:30 UTC is already the next day in Milan, in winter (+01:00) and in summer (+02:00).
    expect(bulletinToday({}, new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(bulletinToday({}, new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(bulletinToday({}, new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(bulletinToday({ BULLETIN_DATE: ' ' }, new Date('2026-01-01T12:00:00Z'))).toBe('2026-01-01');
  });
});

describe('end of day', () => {
  it('carries the Milan offset of that day (winter +01:00, summer +02:00)', async () => {
    const { endOfDayInRome } = await import('../../../src/lib/issue/dates.ts');
    expect(endOfDayInRome('2026-12-20')).toBe('2026-12-20T23:59:59+01:00');
    expect(endOfDayInRome('2026-07-01')).toBe('2026-07-01T23:59:59+02:00');
  });
});
