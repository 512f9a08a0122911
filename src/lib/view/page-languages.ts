/**
 * Which languages a page exists in, and its address in each: the current issue, its filter
 * pages, its items' pages, the home and the archive are in every language; the rest is Italian.
 */
import { LANGS, LANGUAGE_NAMES, dirOf, type Lang } from '../../i18n/languages.ts';
import type { Bulletin } from '../issue/model.ts';
import type { Item } from '../content/items.ts';
import type { Settings } from '../settings/settings.ts';
import { ROUTES, siteUrls } from './urls.ts';

export const ITALIAN_ONLY: readonly Lang[] = ['it'];

const currentItems = new WeakMap<Bulletin, Set<string>>();

/** True when the item is in the current issue, so its page exists in every language. */
export function isTranslatedItem(bulletin: Bulletin, item: Pick<Item, 'kind' | 'slug'>): boolean {
  let paths = currentItems.get(bulletin);
  if (!paths) {
    paths = new Set(bulletin.current?.sections.flatMap((section) => section.entries.map((entry) => ROUTES.item(entry.item))) ?? []);
    currentItems.set(bulletin, paths);
  }
  return paths.has(ROUTES.item(item));
}

export interface LanguageLink {
  lang: Lang;
  /** The language named in itself: "العربية". */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The same page in that language, or that language's home when the page is Italian only. */
  href: string;
  /** Absolute URL of the same page in that language (hreflang), when it exists. */
  alternate: string | undefined;
  current: boolean;
}

/** The switcher's links from the page at `path` in `lang`, which exists in `langs`. */
export function languageLinks(settings: Settings, path: string, lang: Lang, langs: readonly Lang[]): LanguageLink[] {
  return LANGS.map((each) => {
    const urls = siteUrls(settings, each);
    const exists = langs.includes(each);
    return {
      lang: each,
      name: LANGUAGE_NAMES[each],
      dir: dirOf(each),
      href: urls.href(exists ? path : ROUTES.home),
      alternate: exists ? urls.absolute(path) : undefined,
      current: each === lang,
    };
  });
}
