/**
 * Which text of an item a reader gets, field by field: the translation into the reader's
 * language when it is current, a parsed schedule in the reader's words, else the Italian
 * (marked `lang="it"` by renderers). A stale translation is never shown.
 */
import type { Lang } from '../../i18n/languages.ts';
import type { Item } from '../content/items.ts';
import { formatSchedule, parseSchedule, type ScheduleWords } from './schedule.ts';
import { blockOf, translationUnits, type TranslationUnit } from './units.ts';

export interface ShownText {
  text: string;
  /** `it` when the Italian original is shown on a page in another language. */
  lang: 'it' | undefined;
  /** An unchecked machine translation. */
  auto: boolean;
}

export interface ShownList {
  lines: string[];
  lang: 'it' | undefined;
  auto: boolean;
}

export interface ItemTexts {
  title: ShownText;
  summary?: ShownText | undefined;
  schedule?: ShownText | undefined;
  requirements?: ShownList | undefined;
  salary?: ShownText | undefined;
  certificate?: ShownText | undefined;
  who?: ShownText | undefined;
  amount?: ShownText | undefined;
  documents?: ShownList | undefined;
  applyNote?: ShownText | undefined;
  inPerson?: ShownText | undefined;
  /** The translated Markdown body, when current; otherwise the page shows the Italian body. */
  body?: ShownText | undefined;
  /** Some text shown is an unchecked machine translation: readers are told. */
  auto: boolean;
}

const italianOnly = (text: string): ShownText => ({ text, lang: undefined, auto: false });

/** The texts of an item for a reader of `lang`; `words` are that language's schedule words. */
export function itemTexts(item: Item, lang: Lang, words: ScheduleWords): ItemTexts {
  const data = item.data as unknown as Record<string, unknown>;
  const str = (key: string): string | undefined => {
    let value: unknown = data;
    for (const segment of key.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const list = (key: string): string[] | undefined => (Array.isArray(data[key]) && (data[key] as unknown[]).length ? (data[key] as string[]) : undefined);
  if (lang === 'it') {
    const texts: ItemTexts = { title: italianOnly(item.data.title), auto: false };
    for (const [name, key] of SINGLE) {
      const value = str(key);
      if (value !== undefined) texts[name] = italianOnly(value);
    }
    for (const key of LISTS) {
      const lines = list(key);
      if (lines) texts[key] = { lines, lang: undefined, auto: false };
    }
    return texts;
  }
  const units = new Map<string, TranslationUnit>(translationUnits(item, lang).map((unit) => [unit.key, unit]));
  const shown = (key: string, italian: string): ShownText => {
    const unit = units.get(key);
    if (unit?.translated !== undefined && (unit.state === 'current' || unit.state === 'auto')) return { text: unit.translated, lang: undefined, auto: unit.state === 'auto' };
    return { text: italian, lang: 'it', auto: false };
  };
  const texts: ItemTexts = { title: shown('title', item.data.title), auto: false };
  for (const [name, key] of SINGLE) {
    const value = str(key);
    if (value === undefined) continue;
    texts[name] = shown(key, value);
    if (key === 'schedule' && texts[name].lang === 'it') {
      const parsed = parseSchedule(value);
      if (parsed) texts[name] = { text: formatSchedule(parsed, lang, words), lang: undefined, auto: false };
    }
  }
  for (const key of LISTS) {
    const lines = list(key);
    if (!lines) continue;
    const each = lines.map((line, index) => shown(`${key}.${index}`, line));
    // A list reads in one language: translated only when every line is.
    texts[key] = each.every((line) => line.lang === undefined)
      ? { lines: each.map((line) => line.text), lang: undefined, auto: each.some((line) => line.auto) }
      : { lines, lang: 'it', auto: false };
  }
  if (blockOf(item, lang)?.body !== undefined && units.has('body')) {
    const body = shown('body', item.body);
    if (body.lang === undefined) texts.body = body;
  }
  texts.auto = [texts.title, texts.summary, texts.schedule, texts.requirements, texts.salary, texts.certificate, texts.who, texts.amount, texts.documents, texts.applyNote, texts.inPerson, texts.body].some((text) => text?.auto);
  return texts;
}

type SingleName = 'summary' | 'schedule' | 'salary' | 'certificate' | 'who' | 'amount' | 'applyNote' | 'inPerson';
const SINGLE: readonly [SingleName, string][] = [
  ['summary', 'summary'], ['schedule', 'schedule'], ['salary', 'salary'], ['certificate', 'certificate'], ['who', 'who'], ['amount', 'amount'],
  ['applyNote', 'apply.note'], ['inPerson', 'apply.inPerson'],
];
const LISTS = ['requirements', 'documents'] as const;
