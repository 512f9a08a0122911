/**
 * What of an item can be translated into one language, field by field (a list line by line),
 * and the state of each: current, an unchecked machine draft, stale (the Italian changed since)
 * or missing. The one place that decides whether a translation may be shown.
 */
import type { Item } from '../content/items.ts';
import { italianAt, LIST_FIELDS, TRANSLATABLE_FIELDS, type TranslatableField, type TranslationBlock, type TranslationLang } from '../schema/translations.ts';
import { italianHash } from './hash.ts';
import { parseSchedule } from './schedule.ts';

export type UnitState = 'current' | 'auto' | 'stale' | 'missing';

export interface TranslationUnit {
  /** Field path, with the line for lists: `title`, `apply.note`, `requirements.0`, `body`. */
  key: string;
  field: TranslatableField;
  /** The line of a list field. */
  index?: number;
  /** The Italian text as it is now. */
  italian: string;
  /** The hash of that Italian text. */
  italianHash: string;
  /** The translation in the file, if any. */
  translated: string | undefined;
  /** The hash the translation recorded; absent when it was written by hand without one. */
  recordedHash: string | undefined;
  state: UnitState;
}

/** The block of one language, if the item has one. */
export function blockOf(item: Item, lang: TranslationLang): TranslationBlock | undefined {
  return item.data.translations?.[lang] as TranslationBlock | undefined;
}

export function isAutoKey(block: TranslationBlock | undefined, key: string): boolean {
  const auto = block?.auto;
  if (auto === true) return true;
  if (!Array.isArray(auto)) return false;
  return auto.includes(key) || auto.includes(key.replace(/\.\d+$/, ''));
}

function stateOf(block: TranslationBlock | undefined, key: string, translated: string | undefined, hash: string): { recordedHash: string | undefined; state: UnitState } {
  const recordedHash = block?.hash?.[key];
  if (translated === undefined) return { recordedHash, state: 'missing' };
  // Written by hand without a hash: trusted (controlla asks for one), never silently dropped.
  if (recordedHash !== undefined && recordedHash !== hash) return { recordedHash, state: 'stale' };
  return { recordedHash, state: isAutoKey(block, key) ? 'auto' : 'current' };
}

/**
 * The units of an item in one language, in the order of a sheet. A schedule that reads as days
 * and times is shown in every language without a translator, so it is a unit only once translated.
 */
export function translationUnits(item: Item, lang: TranslationLang): TranslationUnit[] {
  const block = blockOf(item, lang);
  const data = item.data as unknown as Record<string, unknown>;
  const units: TranslationUnit[] = [];
  const add = (key: string, field: TranslatableField, italian: string, translated: unknown, index?: number) => {
    const hash = italianHash(italian);
    const text = typeof translated === 'string' && translated.trim() ? translated : undefined;
    units.push({ key, field, ...(index === undefined ? {} : { index }), italian, italianHash: hash, translated: text, ...stateOf(block, key, text, hash) });
  };
  for (const field of TRANSLATABLE_FIELDS[item.kind] as readonly TranslatableField[]) {
    const translated = block ? italianAt(block as Record<string, unknown>, field) : undefined;
    if (field === 'body') {
      // MDX bodies hold components: they are edited by hand, not through sheets.
      if (item.body.trim() && !item.file.endsWith('.mdx')) add('body', field, item.body.trim(), translated);
      continue;
    }
    const italian = italianAt(data, field);
    if (LIST_FIELDS.has(field) && Array.isArray(italian)) {
      const lines = Array.isArray(translated) ? translated : [];
      italian.forEach((line, index) => add(`${field}.${index}`, field, String(line), lines[index], index));
    } else if (typeof italian === 'string') {
      if (field === 'schedule' && translated === undefined && parseSchedule(italian)) continue;
      add(field, field, italian, translated);
    }
  }
  return units;
}

export type ItemState = 'translated' | 'machine' | 'stale' | 'missing';

/** One word per item and language: stale wins over missing, missing over machine-only. */
export function itemState(units: readonly TranslationUnit[]): ItemState {
  if (units.some((unit) => unit.state === 'stale')) return 'stale';
  if (units.some((unit) => unit.state === 'missing')) return 'missing';
  if (units.some((unit) => unit.state === 'auto')) return 'machine';
  return 'translated';
}
