/** /sitemap.xml: home, archive, issues and item pages, absolute URLs from `settings.siteUrl`. */
import type { APIRoute } from 'astro';
import { getBulletin, settings } from '../bulletin.ts';
import { sitemapEntries, sitemapXml } from '../lib/view/sitemap.ts';

export const GET: APIRoute = () =>
  new Response(sitemapXml(sitemapEntries(getBulletin(), settings)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
