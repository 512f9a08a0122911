/**
 * The view of a translation sheet: one row per item and field (a list line by line) that lacks
 * an up-to-date translation in one language, for the items of the current and the next issue.
 * Columns in this order (Italian headers, the first five are the mediators' contract).
 */
import { addDays, mondayOf, type CalendarDate } from '../issue/dates.ts';
import { isInIssue, sectionOf } from '../issue/model.ts';
import { collectionOf, type Item } from '../content/items.ts';
import { it } from '../../i18n/it.ts';
import type { TranslationLang } from '../schema/translations.ts';
import { translationUnits, type TranslationUnit } from './units.ts';

export const SHEET_COLUMNS = ['file', 'campo', 'italiano', 'contesto', 'traduzione', 'stato', 'traduzione precedente', 'lingua', 'impronta'] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];
export type SheetRecord = Record<SheetColumn, string>;

/** In the sheet, what the row asks for. */
export const STATE_WORDS = {
  missing: 'da tradurre',
  stale: "l'italiano è cambiato: aggiorna la traduzione",
  auto: 'traduzione automatica: controllala e scrivila qui',
} as const;

/** `offers/pulizie-uffici-loreto.md`: the item's file inside the content folder. */
export function contentPath(item: Pick<Item, 'kind' | 'file'>): string {
  return `${collectionOf(item.kind).folder}/${item.file.split(/[\\/]/).at(-1)}`;
}

/** Section, employer or provider, and the title: what a mediator needs to translate a field well. */
function contextOf(item: Item, unit: TranslationUnit): string {
  const by = item.kind === 'offer' ? item.data.employer : item.data.provider;
  const parts = [it.sections[sectionOf(item)].title, by, unit.key === 'title' ? undefined : `«${item.data.title}»`];
  if (unit.field === 'body') parts.push('testo in Markdown: lascia come sono *, #, - e i link');
  return parts.filter(Boolean).join(' · ');
}

/** Items of the issue of `today`'s week and of the week after, in the order of the issues. */
export function itemsToTranslate(items: readonly Item[], today: CalendarDate): Item[] {
  const monday = mondayOf(today);
  return items.filter((item) => !item.data.draft && (isInIssue(item, monday) || isInIssue(item, addDays(monday, 7))));
}

export function sheetRecords(items: readonly Item[], lang: TranslationLang, today: CalendarDate): SheetRecord[] {
  const records: SheetRecord[] = [];
  for (const item of itemsToTranslate(items, today)) {
    for (const unit of translationUnits(item, lang)) {
      if (unit.state === 'current') continue;
      records.push({
        file: contentPath(item),
        campo: unit.key,
        italiano: unit.italian,
        contesto: contextOf(item, unit),
        traduzione: '',
        stato: STATE_WORDS[unit.state],
        'traduzione precedente': unit.translated ?? '',
        lingua: lang,
        impronta: unit.italianHash,
      });
    }
  }
  return records;
}
