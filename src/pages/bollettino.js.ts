/** The issue page's only script (filters in place, "Stampa"), see `src/client/enhance-script.ts`. */
import type { APIRoute } from 'astro';
import { enhanceScript } from '../client/enhance-script.ts';

export const GET: APIRoute = async () =>
  new Response((await enhanceScript()).code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
