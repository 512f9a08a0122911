import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../src/i18n/index.ts';
import { withArticle } from '../../../src/i18n/elision.ts';
import { dateWords } from '../../../src/lib/view/format.ts';

const { it: italian, ar, en, es, fr, si } = DICTIONARIES;

describe('Italian articles before dates', () => {
  const date = (day: string) => dateWords('it').medium(`2026-12-${day}`);

  it('elide before a number read with a vowel, never "il 11"', () => {
    expect(italian.deadline.expires(date('11'))).toBe("Scade l'11 dicembre 2026");
    expect(italian.deadline.expires(date('08'))).toBe("Scade l'8 dicembre 2026");
    expect(italian.values.from(date('11'))).toBe("dall'11 dicembre 2026");
    expect(italian.values.fromTo(date('08'), date('11'))).toBe("dall'8 dicembre 2026 all'11 dicembre 2026");
    expect(italian.item.published(date('11'))).toBe("Pubblicato l'11 dicembre 2026.");
    expect(italian.issue.weekOf(date('11'))).toBe("Settimana dell'11 dicembre 2026");
    expect(italian.deadline.closed(date('11'))).toBe("Chiuso: scaduto l'11 dicembre 2026");
  });

  it('keep the article before the other numbers, and before "1º"', () => {
    expect(italian.deadline.expires(date('18'))).toBe('Scade il 18 dicembre 2026');
    expect(italian.deadline.enroll(date('01'))).toBe('Iscrizioni entro il 1º dicembre 2026');
    expect(italian.values.from(date('23'))).toBe('dal 23 dicembre 2026');
    expect(withArticle('del', '81 giorni')).toBe("dell'81 giorni");
    expect(withArticle('il', '111')).toBe('il 111');
  });
});

describe('corrections from readers who speak the languages', () => {
  it('Arabic: apply in person, hours counted without a plural, cost, the Italian level', () => {
    expect(ar.apply.inPerson).toBe('قدّم شخصيًا');
    for (const n of [1, 3, 10, 11, 120]) expect(ar.values.hoursTotal(n)).toBe(`عدد الساعات: ${n}`);
    expect(ar.facts.cost).toBe('التكلفة');
    expect(ar.facts.italian).toBe('مستوى الإيطالية المطلوب');
  });

  it('English: apply by, who can apply, No.', () => {
    expect(en.deadline.expires('4 December 2026')).toBe('Apply by 4 December 2026');
    expect(en.facts.who).toBe('Who can apply');
    expect(en.issue.number(5)).toBe('No. 5');
  });

  it('Spanish for South American readers', () => {
    expect(es.apply.heading.offer).toBe('Cómo postular');
    expect(es.apply.url.offer).toBe('Postular en línea');
    expect(es.enums.hours['part-time']).toBe('Medio tiempo');
    expect(es.enums.hours['full-time']).toBe('Tiempo completo');
    expect(es.enums.courseKind.digitale).toBe('Computación y celular');
    expect(es.apply.email).toMatch(/correo/);
    expect(es.deadline.expires('4 de diciembre')).toBe('Vence el 4 de diciembre');
    expect(JSON.stringify(Object.values(es.apply))).not.toMatch(/e-mail|presentarse/);
  });

  it('French: contract names, valid until, on site, conditions, one apostrophe', () => {
    expect(fr.enums.contract.indeterminato).toBe('CDI (contrat à durée indéterminée)');
    expect(fr.enums.contract.determinato).toBe('CDD (contrat à durée déterminée)');
    expect(fr.deadline.expires('4 décembre 2026')).toBe("Valable jusqu'au 4 décembre 2026");
    expect(fr.apply.inPerson).toBe('Sur place');
    expect(fr.facts.requirements).toBe('Conditions');
    const all = JSON.stringify([fr.site, fr.sections, fr.issue, fr.facts, fr.deadline, fr.apply, fr.item, fr.enums], (_key, value: unknown) => (typeof value === 'function' ? String(value) : value));
    expect(all).not.toContain('’');
  });

  it('Sinhala: the feed, the km 0 description, going in person', () => {
    expect(si.site.feed).toBe('RSS ෆීඩ්');
    expect(si.sections.km0.description).toBe('අපේ කණ්ඩායම ප්‍රදේශයෙන් සොයාගත් ඔබේ නිවසට ළඟ රැකියා.');
    expect(si.apply.inPerson).toBe('කෙලින්ම එතනට යන්න');
  });

  it('the machine-translation note is in each language', () => {
    expect([italian, ar, en, es, fr, si].map((t) => t.values.machineTranslation)).toEqual(['Traduzione automatica', 'ترجمة آلية', 'Machine translation', 'Traducción automática', 'Traduction automatique', 'යන්ත්‍ර පරිවර්තනය']);
  });
});
