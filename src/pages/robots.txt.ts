/** /robots.txt: everything may be read; where the sitemap is. */
import type { APIRoute } from 'astro';
import { settings } from '../bulletin.ts';
import { absoluteUrl } from '../lib/settings/settings.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(settings, '/sitemap.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
