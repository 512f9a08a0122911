import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../src/i18n/index.ts';
import { italianHash } from '../../../src/lib/translations/hash.ts';
import { itemTexts } from '../../../src/lib/translations/resolve.ts';
import { itemState, translationUnits } from '../../../src/lib/translations/units.ts';
import { itemFrom, OFFER, problemsOf } from './helpers.ts';

const h = italianHash;
const withBlock = (block: string, source = OFFER) => source.replace('---\nLavoro', `translations:\n${block}---\nLavoro`);
const texts = (source: string, lang: 'ar' | 'en' | 'it' = 'ar') => itemTexts(itemFrom('offer', source), lang, DICTIONARIES[lang].values);

describe('the hash of the Italian', () => {
  it('is 8 hexadecimal digits, the same for the same words whatever the spaces', () => {
    expect(h('Addetta pulizie')).toMatch(/^[0-9a-f]{8}$/);
    expect(h('  Addetta   pulizie\n')).toBe(h('Addetta pulizie'));
    expect(h('Addetta pulizie')).not.toBe(h('Addetto pulizie'));
  });
});

describe('which text a reader gets', () => {
  const current = withBlock(`  ar:
    title: عاملة تنظيف مكاتب في لوريتو
    apply: { inPerson: "Bell NETT، largo Cervi 1، الاثنين 9–12" }
    hash: { title: "${h('Addetta pulizie uffici a Loreto')}", apply.inPerson: "${h('Bell NETT, largo Cervi 1, lunedì 9–12')}" }
`);

  it('shows a current translation, and the Italian marked it where there is none', () => {
    const shown = texts(current);
    expect(shown.title).toEqual({ text: 'عاملة تنظيف مكاتب في لوريتو', lang: undefined, auto: false });
    expect(shown.inPerson?.lang).toBeUndefined();
    expect(shown.summary).toEqual({ text: 'Pulizie di uffici la mattina presto.', lang: 'it', auto: false });
    expect(shown.applyNote?.lang).toBe('it');
    expect(shown.auto).toBe(false);
  });

  it('never shows a translation of an older Italian text', () => {
    const changed = current.replace('title: Addetta pulizie uffici a Loreto', 'title: Addetta pulizie uffici e scale a Loreto');
    const shown = texts(changed);
    expect(shown.title).toEqual({ text: 'Addetta pulizie uffici e scale a Loreto', lang: 'it', auto: false });
    expect(shown.inPerson?.lang).toBeUndefined();
    const units = translationUnits(itemFrom('offer', changed), 'ar');
    expect(units.find((unit) => unit.key === 'title')?.state).toBe('stale');
    expect(itemState(units)).toBe('stale');
  });

  it('writes a schedule that reads as days and times in the reader language, else leaves it Italian', () => {
    expect(texts(OFFER).schedule).toEqual({ text: 'من الاثنين إلى الجمعة، 6:00–9:00 ص', lang: undefined, auto: false });
    expect(texts(OFFER, 'en').schedule?.text).toBe('Monday to Friday, 06:00–09:00');
    expect(texts(OFFER.replace('"lun–ven 6–9"', 'mattina presto'), 'en').schedule).toEqual({ text: 'mattina presto', lang: 'it', auto: false });
    expect(texts(OFFER, 'it').schedule).toEqual({ text: 'lun–ven 6–9', lang: undefined, auto: false });
  });

  it('shows a list translated only when every line is', () => {
    const half = withBlock(`  en:\n    requirements: [cleaning experience]\n    hash: { requirements.0: "${h('esperienza nelle pulizie')}" }\n`);
    expect(texts(half, 'en').requirements).toEqual({ lines: ['esperienza nelle pulizie', 'puntualità'], lang: 'it', auto: false });
    const whole = withBlock(`  en:\n    requirements: [cleaning experience, being on time]\n    hash: { requirements.0: "${h('esperienza nelle pulizie')}", requirements.1: "${h('puntualità')}" }\n`);
    expect(texts(whole, 'en').requirements).toEqual({ lines: ['cleaning experience', 'being on time'], lang: undefined, auto: false });
  });

  it('says when the text shown is an unchecked machine translation', () => {
    const machine = withBlock(`  en:\n    title: Office cleaner in Loreto\n    summary: Cleaning offices early in the morning.\n    hash: { title: "${h('Addetta pulizie uffici a Loreto')}", summary: "${h('Pulizie di uffici la mattina presto.')}" }\n    auto: [summary]\n`);
    const shown = texts(machine, 'en');
    expect(shown.title.auto).toBe(false);
    expect(shown.summary?.auto).toBe(true);
    expect(shown.auto).toBe(true);
    expect(itemState(translationUnits(itemFrom('offer', machine), 'en'))).toBe('missing');
  });

  it('shows a translated body only when it is current', () => {
    const body = withBlock(`  en:\n    body: |\n      Work in offices on via Padova.\n    hash: { body: "${h('Lavoro in uffici di via Padova.')}" }\n`);
    expect(texts(body, 'en').body?.text).toBe('Work in offices on via Padova.');
    expect(texts(body.replace('Lavoro in uffici di via Padova.', 'Lavoro in uffici di viale Monza.'), 'en').body).toBeUndefined();
  });
});

describe('translations in a file are checked like the originals', () => {
  it('refuses a translated title too long or too short, with file and field', () => {
    expect(problemsOf('offer', withBlock(`  ar:\n    title: "${'ع'.repeat(141)}"\n`)).join('\n')).toMatch(/^translations\.ar\.title: /m);
    expect(problemsOf('offer', withBlock('  en:\n    title: ok\n')).join('\n')).toMatch(/translations\.en\.title/);
  });

  it('refuses a translation of a field the Italian does not have', () => {
    const noSalary = OFFER.replace("salary: 9 euro l'ora\n", '');
    expect(problemsOf('offer', withBlock('  en:\n    salary: 9 euros an hour\n', noSalary)).join('\n')).toMatch(/translations\.en\.salary: .*manca il testo italiano "salary"/);
  });

  it('refuses fields of another kind of item, a bad hash and an unknown hash key', () => {
    expect(problemsOf('offer', withBlock('  en:\n    who: families\n')).join('\n')).toMatch(/translations\.en/);
    expect(problemsOf('offer', withBlock('  en:\n    title: Office cleaner\n    hash: { title: "12345" }\n')).join('\n')).toMatch(/impronta/);
    expect(problemsOf('offer', withBlock('  en:\n    title: Office cleaner\n    hash: { titolo: "0123abcd" }\n')).join('\n')).toMatch(/"titolo" non è un campo traducibile/);
  });
});
