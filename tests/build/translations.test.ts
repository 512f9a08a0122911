/**
 * The offers' own text in the reader's language, on the fixture build: schedules that read as
 * days and times written with Intl in every language, the rest Italian and marked so, and
 * machine translations with their note.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtDir } from '../helpers/build.ts';
import { readPage } from '../helpers/site.ts';

const out = builtDir('basic');
const ISSUE = '/bollettino/2026-W48/';
const schedule = (lang: string, slug: string) => {
  const $ = readPage(out, lang === 'it' ? `/offerte/${slug}/` : `/${lang}/offerte/${slug}/`);
  const fact = $('[data-fact="schedule"]');
  return { text: fact.text().replace(/[\u2009\u202f\u00a0]/g, ' '), lang: fact.attr('lang') };
};

describe('schedules in the reader language', () => {
  it('writes "lun–ven 8:30–12:30" with Intl in all six languages', () => {
    expect(schedule('it', 'km0-monday')).toEqual({ text: 'lun–ven 8:30–12:30', lang: undefined });
    expect(schedule('en', 'km0-monday')).toEqual({ text: 'Monday to Friday, 08:30–12:30', lang: undefined });
    expect(schedule('es', 'km0-monday')).toEqual({ text: 'de lunes a viernes, 8:30–12:30', lang: undefined });
    expect(schedule('fr', 'km0-monday')).toEqual({ text: 'du lundi au vendredi, 08:30 – 12:30', lang: undefined });
    const arabic = schedule('ar', 'km0-monday');
    expect(arabic.lang).toBeUndefined();
    expect(arabic.text).toMatch(/^من الاثنين إلى الجمعة، 8:30/);
    const sinhala = schedule('si', 'km0-monday');
    expect(sinhala.lang).toBeUndefined();
    expect(sinhala.text).toMatch(/^සඳුදා සිට සිකුරාදා දක්වා, 08\.30/);
  });

  it('leaves a schedule that does not read as days and times in Italian, marked lang="it"', () => {
    for (const lang of ['ar', 'en', 'es', 'fr', 'si']) {
      expect(schedule(lang, 'lavoro-tuesday'), lang).toEqual({ text: 'lun–ven 9–13, sabato a settimane alterne', lang: 'it' });
    }
    expect(schedule('it', 'lavoro-tuesday').lang).toBeUndefined();
  });

  it('carries the parsed schedule into the e-mail of each language, the Italian one marked', () => {
    const arabic = readFileSync(join(out, 'email', '2026-W48.ar.html'), 'utf8');
    expect(arabic).toContain('من الاثنين إلى الجمعة');
    expect(arabic).toContain('<span lang="it">lun–ven 9–13, sabato a settimane alterne</span>');
    expect(readFileSync(join(out, 'email', '2026-W48.en.txt'), 'utf8')).toContain('Monday to Friday, 08:30–12:30');
    expect(readFileSync(join(out, 'email', '2026-W48.html'), 'utf8')).not.toContain('<span lang="it">');
  });
});

describe('machine translations', () => {
  it('carry a small note in the reader language beside them, on pages and in the e-mail', () => {
    const card = readPage(out, `/en${ISSUE}`)('article[data-id="km0-monday"]');
    expect(card.find('h3').text()).toBe('Kitchen assistant near home');
    expect(card.find('.auto').text()).toBe('Machine translation');
    expect(readPage(out, '/en/offerte/km0-monday/')('article .auto').text()).toBe('Machine translation');
    expect(readFileSync(join(out, 'email', '2026-W48.en.txt'), 'utf8')).toContain('(Machine translation)');
    // The Arabic translation was checked by a person: no note.
    expect(readPage(out, `/ar${ISSUE}`)('article[data-id="km0-monday"] .auto').length).toBe(0);
    expect(readPage(out, ISSUE)('.auto').length).toBe(0);
  });

  it('put the note in the channel texts too', () => {
    expect(readFileSync(join(out, 'canali', '2026-W48.whatsapp.en.txt'), 'utf8')).toContain('(Machine translation)');
  });
});
