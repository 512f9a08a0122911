/** The site's stylesheet as a file, for the pages that do not carry it inline (see `src/styles/site-style.ts`). */
import type { APIRoute } from 'astro';
import { siteStyle } from '../styles/site-style.ts';

export const GET: APIRoute = async () =>
  new Response(`${(await siteStyle()).css}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
