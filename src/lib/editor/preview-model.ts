/**
 * What the web editor's preview shows for the form's data: the card readers will see
 * (the site's own view model) and the problems the build would report. Runs in the browser.
 */
import { slugify } from '../text/slug.ts';
import { describeIssue } from '../content/problems.ts';
import type { CalendarDate } from '../issue/dates.ts';
import { COLLECTIONS, type Collection, type Item } from '../content/items.ts';
import { expiryOf } from '../issue/validity.ts';
import { cardView, type CardView } from '../view/card.ts';
import type { Reader } from '../view/reader.ts';

export interface EditorPreview {
  card: CardView | undefined;
  problems: { field: string; message: string }[];
  draft: boolean;
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
  return children.flatMap(([key, child]) => (isEmpty(child) ? [[...path, key]] : emptyPaths(child, [...path, key])));
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

/** The preview of a form: `today` makes deadlines read "tra 3 giorni" as on the item's page. */
export function editorPreview(folder: string, slug: string | undefined, data: Plain, today: CalendarDate, reader: Reader): EditorPreview {
  const collection = collectionByFolder(folder);
  if (!collection) return { card: undefined, problems: [{ field: '', message: `raccolta sconosciuta "${folder}".` }], draft: false };
  const clean = withoutEmpty(data);
  const draft = typeof clean === 'object' && clean !== null && !Array.isArray(clean) && clean['draft'] === true;
  const result = collection.schema.safeParse(clean, { reportInput: true });
  if (!result.success) {
    return { card: undefined, problems: result.error.issues.flatMap((issue) => describeIssue(issue, collection.schema)), draft };
  }
  const itemData = result.data as Item['data'];
  const title = (itemData as { title: string }).title;
  const item = {
    kind: collection.kind,
    slug: slug || slugify(title) || 'nuova-scheda',
    file: '',
    body: '',
    data: itemData,
    expiresOn: expiryOf({ ...itemData, kind: collection.kind } as Parameters<typeof expiryOf>[0]),
  } as Item;
  const closed = item.expiresOn !== undefined && item.expiresOn < today;
  return { card: cardView(item, { today, closed, reader }), problems: [], draft };
}
