import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGS } from '../../../src/i18n/index.ts';
import { formatSchedule, parseSchedule, type Schedule, type Weekday } from '../../../src/lib/translations/schedule.ts';

/** Intl puts narrow no-break spaces around French dashes: compared as plain spaces. */
const shown = (text: string, lang: (typeof LANGS)[number]) => {
  const parsed = parseSchedule(text);
  return parsed && formatSchedule(parsed, lang, DICTIONARIES[lang].values).replace(/[\u2009\u202f\u00a0]/g, ' ');
};

describe('schedules as editors write them', () => {
  it('reads days, ranges of days and times', () => {
    expect(parseSchedule('lun–ven 8:30–12:30')).toEqual([{ days: [{ from: 1, to: 5 }], times: [{ from: 510, to: 750 }] }]);
    expect(parseSchedule('mar e gio 9:30–11:30')).toEqual([{ days: [{ from: 2 }, { from: 4 }], times: [{ from: 570, to: 690 }] }]);
    expect(parseSchedule('dal lunedì al venerdì, 8.30-12.30 e 14-18')).toEqual([{ days: [{ from: 1, to: 5 }], times: [{ from: 510, to: 750 }, { from: 840, to: 1080 }] }]);
    expect(parseSchedule('lun, mer e ven dalle 14 alle 17; sab 9–12')).toHaveLength(2);
  });

  it('leaves alone what is not only days and times', () => {
    for (const text of ['sera', 'lun-ven mattina', 'turni 6–14', 'ven–lun 9–12', 'lun 25–26', '9:75–10', 'lun–ven 8:30', 'tutti i giorni', '']) expect(parseSchedule(text), text).toBeUndefined();
  });

  it('writes the days and times in each reader language with Intl', () => {
    expect(shown('lun–ven 8:30–12:30', 'en')).toBe('Monday to Friday, 08:30–12:30');
    expect(shown('lun–ven 8:30–12:30', 'es')).toBe('de lunes a viernes, 8:30–12:30');
    expect(shown('lun–ven 8:30–12:30', 'fr')).toBe('du lundi au vendredi, 08:30 – 12:30');
    expect(shown('mar e gio 9:30–11:30', 'en')).toBe('Tuesday and Thursday, 09:30–11:30');
    expect(shown('mar e gio 9:30–11:30', 'es')).toBe('martes y jueves, 9:30–11:30');
    expect(shown('mar e gio 9:30–11:30', 'fr')).toBe('mardi et jeudi, 09:30 – 11:30');
    expect(shown('mar e gio 9:30–11:30', 'it')).toBe('martedì e giovedì, 09:30–11:30');
    const arabic = shown('lun–ven 8:30–12:30', 'ar')!;
    expect(arabic).toContain('من الاثنين إلى الجمعة');
    expect(arabic).toMatch(/8:30/);
    const sinhala = shown('mar e gio 9:30–11:30', 'si')!;
    expect(sinhala).toContain('අඟහරුවාදා');
    expect(sinhala).toContain('බ්‍රහස්පතින්දා');
  });

  it('writes an overnight shift without dates', () => {
    expect(shown('lun–ven 22–6', 'en')).toBe('Monday to Friday, 22:00 – 6:00');
  });
});

const ABBREVIATIONS = ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'];
const FULL = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'];

/** A schedule written as an editor might: abbreviations or full names, dashes or words. */
const writtenSchedule = fc
  .array(
    fc.record({
      days: fc.array(fc.oneof(fc.record({ from: fc.integer({ min: 1, max: 6 }), span: fc.integer({ min: 1, max: 6 }) }), fc.record({ from: fc.integer({ min: 1, max: 7 }) })), { maxLength: 3 }),
      times: fc.array(fc.record({ from: fc.integer({ min: 0, max: 23 * 60 }), length: fc.integer({ min: 15, max: 8 * 60 }) }), { maxLength: 2 }),
      full: fc.boolean(),
    }).filter((part) => part.days.length + part.times.length > 0),
    { minLength: 1, maxLength: 3 },
  )
  .map((parts) => {
    const schedule: Schedule = [];
    const texts: string[] = [];
    for (const part of parts) {
      const days = part.days.map((day) => ('span' in day ? { from: day.from as Weekday, to: Math.min(7, day.from + (day as { span: number }).span) as Weekday } : { from: day.from as Weekday }));
      const times = part.times.map((time) => ({ from: time.from, to: (time.from + time.length) % (24 * 60) })).filter((time) => time.to !== time.from);
      if (!days.length && !times.length) continue;
      const name = (day: number) => (part.full ? FULL : ABBREVIATIONS)[day - 1]!;
      const hm = (minutes: number) => `${Math.floor(minutes / 60)}${minutes % 60 ? `:${String(minutes % 60).padStart(2, '0')}` : ''}`;
      const dayTexts = days.map((day) => (day.to ? `${name(day.from)}–${name(day.to)}` : name(day.from)));
      const dayText = dayTexts.length > 1 ? `${dayTexts.slice(0, -1).join(', ')} e ${dayTexts.at(-1)}` : (dayTexts[0] ?? '');
      const timeText = times.map((time) => `${hm(time.from)}–${hm(time.to)}`).join(' e ');
      schedule.push({ days, times });
      texts.push([dayText, timeText].filter(Boolean).join(' '));
    }
    return { schedule, text: texts.join('; ') };
  })
  .filter(({ schedule }) => schedule.length > 0);

describe('schedule parser (properties)', () => {
  it('reads back what an editor wrote from a schedule', () => {
    fc.assert(fc.property(writtenSchedule, ({ schedule, text }) => {
      expect(parseSchedule(text)).toEqual(schedule);
    }), { numRuns: 300 });
  });

  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => {
      const parsed = parseSchedule(text);
      if (parsed) for (const lang of LANGS) expect(typeof formatSchedule(parsed, lang, DICTIONARIES[lang].values)).toBe('string');
    }), { numRuns: 500 });
  });

  it('leaves no Italian day name in another language', () => {
    fc.assert(fc.property(writtenSchedule, ({ text }) => {
      for (const lang of ['ar', 'en', 'si'] as const) {
        const out = shown(text, lang)!.toLowerCase();
        for (const word of [...FULL, 'lun', 'gio', 'ven', 'sab', 'dom']) expect(out).not.toMatch(new RegExp(`(^|[^a-zà-ù])${word}([^a-zà-ù]|$)`));
      }
    }), { numRuns: 100 });
  });
});
