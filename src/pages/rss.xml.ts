/** RSS 2.0: one item per issue (latest 20), the issue's HTML in content:encoded. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getBulletin, settings } from '../bulletin.ts';
import { feedItems } from '../lib/feed/items.ts';
import { absoluteUrl } from '../lib/settings/settings.ts';
import { escapeHtml } from '../lib/text/escape.ts';

export const GET: APIRoute = () => {
  const { issues } = getBulletin();
  const items = feedItems(issues, settings);
  const self = absoluteUrl(settings, '/rss.xml');
  // lastBuildDate is the newest issue's date, not the clock: same content, same feed.
  const lastBuild = items[0]?.pubDate.toUTCString();
  return rss({
    title: settings.name,
    description: settings.tagline,
    site: settings.siteUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>it</language>',
      `<atom:link href="${escapeHtml(self)}" rel="self" type="application/rss+xml"/>`,
      lastBuild ? `<lastBuildDate>${lastBuild}</lastBuildDate>` : '',
    ].join(''),
    items,
  });
};
