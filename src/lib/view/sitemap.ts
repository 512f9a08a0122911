/** The sitemap: every permanent page with its absolute URL and the day it last changed. */
import { addDays, type CalendarDate } from '../issue/dates.ts';
import { escapeHtml } from '../text/escape.ts';
import type { Bulletin } from '../issue/model.ts';
import { LANGS, OTHER_LANGS } from '../../i18n/languages.ts';
import type { Settings } from '../settings/settings.ts';
import { ROUTES, siteUrls } from './urls.ts';

export interface SitemapEntry {
  loc: string;
  lastmod: CalendarDate;
}

/**
 * Home, archive, issues and item pages, and the home and "Ricevi il bollettino" of each reader language; static filtered pages are left out (they are
 * `noindex`). An item page changes on its publication day and, once, the day after its
 * last day, when it is marked closed.
 */
export function sitemapEntries(bulletin: Bulletin, settings: Pick<Settings, 'siteUrl'>): SitemapEntry[] {
  const url = siteUrls(settings).absolute;
  const latest = bulletin.current?.monday ?? bulletin.issues[0]?.monday ?? bulletin.today;
  return [
    { loc: url(ROUTES.home), lastmod: latest },
    ...OTHER_LANGS.map((lang) => ({ loc: siteUrls(settings, lang).absolute(ROUTES.home), lastmod: latest })),
    { loc: url(ROUTES.archive), lastmod: latest },
    // "Ricevi il bollettino" in every language; it changes with the settings, not with the weeks.
    ...LANGS.map((lang) => ({ loc: siteUrls(settings, lang).absolute(ROUTES.subscribe), lastmod: latest })),
    ...bulletin.issues.map((issue) => ({ loc: url(ROUTES.issue(issue.week)), lastmod: issue.monday })),
    ...bulletin.itemPages.map(({ item, closed }) => ({
      loc: url(ROUTES.item(item)),
      lastmod: closed && item.expiresOn ? addDays(item.expiresOn, 1) : item.data.published,
    })),
  ];
}

/** sitemaps.org XML. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => `<url><loc>${escapeHtml(entry.loc)}</loc><lastmod>${entry.lastmod}</lastmod></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
