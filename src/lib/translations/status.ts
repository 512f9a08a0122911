/** What `controlla` says about translations: per language, the items of an issue by state; stale fields by file. */
import type { Item } from '../content/items.ts';
import { TRANSLATION_LANGS, type TranslationLang } from '../schema/translations.ts';
import { itemState, translationUnits, type ItemState } from './units.ts';

export const LANGUAGE_NAMES_IT: Record<TranslationLang, string> = { ar: 'arabo', en: 'inglese', es: 'spagnolo', fr: 'francese', si: 'singalese' };

export type LanguageStatus = { lang: TranslationLang } & Record<ItemState, number>;

/** Per reader language, how many of `items` are translated, machine-only, stale or missing something. */
export function translationStatus(items: readonly Item[]): LanguageStatus[] {
  return TRANSLATION_LANGS.map((lang) => {
    const counts: LanguageStatus = { lang, translated: 0, machine: 0, stale: 0, missing: 0 };
    for (const item of items) counts[itemState(translationUnits(item, lang))]++;
    return counts;
  });
}

/** One line per language: "arabo: 3 tradotte, 1 solo automatica, 1 da aggiornare, 7 da tradurre". */
export function statusLine(status: LanguageStatus): string {
  return `${LANGUAGE_NAMES_IT[status.lang]}: ${status.translated} tradott${status.translated === 1 ? 'a' : 'e'}, ${status.machine} solo automatic${status.machine === 1 ? 'a' : 'he'}, ${status.stale} da aggiornare, ${status.missing} da tradurre`;
}

export interface StaleFinding {
  file: string;
  message: string;
}

/** Translations whose Italian changed since: readers get the Italian until they are updated. */
export function staleTranslations(items: readonly Item[]): StaleFinding[] {
  const findings: StaleFinding[] = [];
  for (const item of items) {
    for (const lang of TRANSLATION_LANGS) {
      const stale = translationUnits(item, lang).filter((unit) => unit.state === 'stale').map((unit) => unit.key);
      if (!stale.length) continue;
      findings.push({
        file: item.file,
        message: `la traduzione in ${LANGUAGE_NAMES_IT[lang]} di ${stale.join(', ')} è vecchia: l'italiano è cambiato dopo. Chi legge in ${LANGUAGE_NAMES_IT[lang]} vede l'italiano finché non la aggiorni (npm run traduci -- esporta --lingua ${lang}).`,
      });
    }
  }
  return findings;
}
