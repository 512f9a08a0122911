/**
 * What the web editor's preview shows for the form's data: the card readers will see
 * (the site's own view model) and the problems the build would report. Runs in the browser.
 */
import { slugify } from '../text/slug.ts';
import { describeFormIssue } from './form-problems.ts';
import type { CalendarDate } from '../issue/dates.ts';
import { COLLECTIONS, type Collection, type Item } from '../content/items.ts';
import { closureOn, expiryOf, isOpenOn } from '../issue/validity.ts';
import { weekOf } from '../issue/dates.ts';
import { longDate } from '../view/format.ts';
import { sectionOf } from '../issue/model.ts';
import { upcomingMondayFrom } from './next-issue.ts';
import { cardView, type CardView } from '../view/card.ts';
import type { Reader } from '../view/reader.ts';
import { TRANSLATION_LANGS, type TranslationLang } from '../schema/translations.ts';
import { italianHash } from '../translations/hash.ts';
import { LANGUAGE_NAMES_IT } from '../translations/status.ts';
import { itemState, translationUnits, type ItemState } from '../translations/units.ts';

export interface TranslationLine {
  lang: TranslationLang;
  state: ItemState;
  /** "arabo: da aggiornare (title), da tradurre (summary, body)" */
  text: string;
}

/** The issue the item first appears in, in words, with a link to that issue's preview when it is built. */
export interface IssueNote {
  text: string;
  /** The issue page, relative to /admin/, when the preview site holds it. */
  href: string | undefined;
  /** How to see that issue when the preview does not hold it. */
  hint: string | undefined;
}

export interface EditorPreview {
  card: CardView | undefined;
  problems: { field: string; message: string }[];
  draft: boolean;
  /** Per reader language, where the item's translations stand. */
  translations: TranslationLine[];
  /** The issue it first appears in (none while the fields have problems). */
  issue: IssueNote | undefined;
}

const STATE_WORDS: Record<ItemState, string> = { translated: 'tradotta', machine: 'traduzione automatica da controllare', stale: 'da aggiornare', missing: 'da tradurre' };

/** One line per language for the editor: what is stale, machine-made or missing, by field. */
export function translationLines(item: Item): TranslationLine[] {
  return TRANSLATION_LANGS.map((lang) => {
    const units = translationUnits(item, lang);
    const state = itemState(units);
    const keys = (wanted: string) => units.filter((unit) => unit.state === wanted).map((unit) => unit.key);
    const parts = [['stale', 'da aggiornare'], ['auto', 'automatica da controllare'], ['missing', 'da tradurre']]
      .map(([unitState, words]) => [words, keys(unitState!)] as const)
      .filter(([, found]) => found.length)
      .map(([words, found]) => `${words} (${found.join(', ')})`);
    return { lang, state, text: `${LANGUAGE_NAMES_IT[lang]}: ${state === 'translated' ? STATE_WORDS.translated : parts.join('; ')}` };
  });
}

/**
 * Before saving from the web editor: a translated field typed in the form gets the hash of the
 * Italian it sits beside, and "auto" switched off is removed (the person has checked the text).
 */
export function withTranslationBookkeeping(folder: string, data: Plain): Plain {
  const collection = collectionByFolder(folder);
  if (!collection || typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const copy = structuredClone(data) as Record<string, Plain>;
  const translations = copy['translations'];
  if (typeof translations !== 'object' || translations === null || Array.isArray(translations)) return copy;
  const italian = (key: string): string | undefined => {
    if (key === 'body') return typeof copy['body'] === 'string' ? copy['body'] : undefined;
    let value: Plain = copy;
    for (const segment of key.split('.')) value = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Plain>)[segment] : Array.isArray(value) ? value[Number(segment)] : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  for (const lang of TRANSLATION_LANGS) {
    const block = translations[lang];
    if (typeof block !== 'object' || block === null || Array.isArray(block)) continue;
    if (block['auto'] === false || block['auto'] === null) delete block['auto'];
    const hashes = (typeof block['hash'] === 'object' && block['hash'] !== null && !Array.isArray(block['hash']) ? block['hash'] : {}) as Record<string, Plain>;
    const add = (key: string, value: Plain) => {
      const original = italian(key);
      if (typeof value === 'string' && value.trim() && original !== undefined && hashes[key] === undefined) hashes[key] = italianHash(original);
    };
    for (const [field, value] of Object.entries(block)) {
      if (field === 'hash' || field === 'auto') continue;
      if (field === 'apply' && value && typeof value === 'object' && !Array.isArray(value)) for (const [inner, text] of Object.entries(value)) add(`apply.${inner}`, text);
      else if (Array.isArray(value)) value.forEach((line, index) => add(`${field}.${index}`, line));
      else add(field, value);
    }
    if (Object.keys(hashes).length) block['hash'] = hashes;
  }
  return copy;
}

/**
 * "Uscirà nel numero di lunedì 7 dicembre 2026": the first issue whose Monday is on or after
 * `published` and that still finds the item open. `builtDay` is the day the preview site was
 * built for (its last issue is that day's week): the link is given only for issues it holds.
 */
export function firstIssueNote(item: Item, draft: boolean, today: CalendarDate, builtDay: CalendarDate | undefined): IssueNote {
  const monday = upcomingMondayFrom(item.data.published);
  if (!isOpenOn(item, monday)) {
    return { text: `Non uscirà in nessun numero: chiude prima di ${longDate(monday)}. Controlla le date.`, href: undefined, hint: undefined };
  }
  const week = weekOf(monday);
  const when = longDate(monday);
  const past = monday < upcomingMondayFrom(today);
  const text = draft ? `Bozza: se la pubblichi, uscirà nel numero di ${when}.` : past ? `È uscita per la prima volta nel numero di ${when}.` : `Uscirà nel numero di ${when}.`;
  const built = builtDay !== undefined && monday <= builtDay;
  return {
    text,
    href: built ? `../bollettino/${week}/#${sectionOf(item)}` : undefined,
    hint: built ? undefined : `Per vedere tutto quel numero: npm run redazione -- --data ${monday}`,
  };
}

type Plain = string | number | boolean | null | undefined | Plain[] | { [key: string]: Plain };

/** `''`, `null`, and lists or objects holding only such values. `false` and `0` are values. */
const isEmpty = (value: Plain): boolean =>
  value === '' || value === null || value === undefined
  || (Array.isArray(value) && value.every(isEmpty))
  || (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isEmpty));

/**
 * Paths of the values a form leaves behind when a field is cleared (`''`, `[]`, `{}`):
 * in a file they would be errors ("employer: ''"), so they are removed before saving.
 * List items come last to first, so the paths can be deleted one after the other.
 */
export function emptyPaths(value: Plain, path: (string | number)[] = []): (string | number)[][] {
  const children: [string | number, Plain][] = Array.isArray(value)
    ? value.map((child, index) => [index, child] as [number, Plain]).reverse()
    : typeof value === 'object' && value !== null ? Object.entries(value) : [];
  // A line of a translated list not translated yet keeps its place (`null`): the lines match the Italian ones by position.
  const placeholder = (child: Plain) => child === null && Array.isArray(value) && path[0] === 'translations';
  return children.flatMap(([key, child]) => (placeholder(child) ? [] : isEmpty(child) ? [[...path, key]] : emptyPaths(child, [...path, key])));
}

/** The data without the values `emptyPaths` finds: what will be written to the file. */
export function withoutEmpty<T extends Plain>(value: T): T {
  const copy = structuredClone(value);
  for (const path of emptyPaths(copy)) {
    let parent: Plain = copy;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string, Plain>)[key as string];
    const last = path.at(-1)!;
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else if (parent && typeof parent === 'object') delete (parent as Record<string, Plain>)[last as string];
  }
  return copy;
}

export function collectionByFolder(folder: string): Collection | undefined {
  return COLLECTIONS.find((collection) => collection.folder === folder);
}

/**
 * The preview of a form: `today` makes deadlines read "tra 3 giorni" as on the item's page;
 * `builtDay` is the day the served preview site was built for (`npm run redazione`), if any.
 */
export function editorPreview(folder: string, slug: string | undefined, data: Plain, today: CalendarDate, reader: Reader, builtDay?: CalendarDate): EditorPreview {
  const collection = collectionByFolder(folder);
  if (!collection) return { card: undefined, problems: [{ field: '', message: `raccolta sconosciuta "${folder}".` }], draft: false, translations: [], issue: undefined };
  // The body is the file's text under the fields, not one of them.
  const { body, ...fields } = (withTranslationBookkeeping(folder, withoutEmpty(data)) ?? {}) as Record<string, Plain>;
  const clean = fields as Plain;
  const draft = typeof clean === 'object' && clean !== null && !Array.isArray(clean) && clean['draft'] === true;
  const result = collection.schema.safeParse(clean, { reportInput: true });
  if (!result.success) {
    return { card: undefined, problems: result.error.issues.flatMap((issue) => describeFormIssue(issue, collection.schema)), draft, translations: [], issue: undefined };
  }
  const itemData = result.data as Item['data'];
  const title = (itemData as { title: string }).title;
  const item = {
    kind: collection.kind,
    slug: slug || slugify(title) || 'nuova-scheda',
    file: '',
    body: typeof body === 'string' ? body : '',
    data: itemData,
    expiresOn: expiryOf({ ...itemData, kind: collection.kind } as Parameters<typeof expiryOf>[0]),
  } as Item;
  const closure = closureOn(item, today);
  return { card: cardView(item, { today, closed: closure !== undefined, closure, reader }), problems: [], draft, translations: translationLines(item), issue: firstIssueNote(item, draft, today, builtDay) };
}
