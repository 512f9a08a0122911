/**
 * Every link the site writes, in one place: the site's base path (from `SITE_URL`, such as
 * `/bollettino` for `https://example.org/bollettino/`) and the reader's language prefix
 * (`/ar`; none for Italian). Views work with route paths (`/offerte/x/`); renderers get hrefs.
 */
import type { Lang } from '../../i18n/languages.ts';
import type { WeekId } from '../issue/dates.ts';
import { itemPath, type Item } from '../content/items.ts';

/** Route paths, the same in every language. */
export const ROUTES = {
  home: '/',
  archive: '/bollettino/',
  subscribe: '/iscriviti/',
  /** The privacy notice of the sign-up form (GDPR art. 13). */
  privacy: '/privacy/',
  feed: '/rss.xml',
  sitemap: '/sitemap.xml',
  favicon: '/favicon.svg',
  /** Pagefind's search files (script and one index per language), written after the build. */
  search: '/pagefind/',
  issue: (week: WeekId): string => `/bollettino/${week}/`,
  filter: (week: WeekId, token: string): string => `/bollettino/${week}/filtri/${token}/`,
  item: (item: Pick<Item, 'kind' | 'slug'>): string => itemPath(item),
} as const;

/** The path part of the site URL without a trailing slash: `''` at the root of a host, `/bollettino` under a sub-path. */
export function basePathOf(siteUrl: string): string {
  return new URL(siteUrl).pathname.replace(/\/+$/, '');
}

/** A route path in a language: `/offerte/x/` → `/ar/offerte/x/`. */
export const localizedPath = (path: string, lang: Lang): string => (lang === 'it' ? path : `/${lang}${path}`);

export interface SiteUrls {
  lang: Lang;
  /** `''` or `/bollettino`. */
  base: string;
  /** Link to a page in this language: base, language prefix, route path. */
  href(path: string): string;
  /** The same page as an absolute URL (feed, e-mail, canonical, share). */
  absolute(path: string): string;
  /** A file the same in every language (script, feed, favicon). */
  asset(path: string): string;
  /** The absolute URL of such a file. */
  absoluteAsset(path: string): string;
}

const cache = new Map<string, SiteUrls>();

/** The links of one language of the site at `siteUrl` (computed once per build and language). */
export function siteUrls(settings: { siteUrl: string }, lang: Lang = 'it'): SiteUrls {
  const key = `${lang} ${settings.siteUrl}`;
  let urls = cache.get(key);
  if (urls) return urls;
  const origin = new URL(settings.siteUrl).origin;
  const base = basePathOf(settings.siteUrl);
  const asset = (path: string) => `${base}${path.startsWith('/') ? path : `/${path}`}`;
  const href = (path: string) => asset(localizedPath(path, lang));
  urls = { lang, base, href, absolute: (path) => `${origin}${href(path)}`, asset, absoluteAsset: (path) => `${origin}${asset(path)}` };
  cache.set(key, urls);
  return urls;
}
