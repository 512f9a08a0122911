/** The sitemap: every permanent page with its absolute URL and the day it last changed. */
import { addDays, type CalendarDate } from '../dates.ts';
import { escapeHtml } from '../escape.ts';
import type { Bulletin } from '../issue.ts';
import { itemPath } from '../items.ts';
import { absoluteUrl, type Settings } from '../settings.ts';
import { issuePath } from './issue-view.ts';

export interface SitemapEntry {
  loc: string;
  lastmod: CalendarDate;
}

/**
 * Home, archive, issues and item pages; static filtered pages are left out (they are
 * `noindex`). An item page changes on its publication day and, once, the day after its
 * last day, when it is marked closed.
 */
export function sitemapEntries(bulletin: Bulletin, settings: Pick<Settings, 'siteUrl'>): SitemapEntry[] {
  const url = (path: string) => absoluteUrl(settings, path);
  const latest = bulletin.current?.monday ?? bulletin.issues[0]?.monday ?? bulletin.today;
  return [
    { loc: url('/'), lastmod: latest },
    { loc: url('/bollettino/'), lastmod: latest },
    ...bulletin.issues.map((issue) => ({ loc: url(issuePath(issue.week)), lastmod: issue.monday })),
    ...bulletin.itemPages.map(({ item, closed }) => ({
      loc: url(itemPath(item)),
      lastmod: closed && item.expiresOn ? addDays(item.expiresOn, 1) : item.data.published,
    })),
  ];
}

/** sitemaps.org XML. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => `<url><loc>${escapeHtml(entry.loc)}</loc><lastmod>${entry.lastmod}</lastmod></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
