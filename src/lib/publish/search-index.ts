/**
 * The site's search index, written by Pagefind after Astro's build: one index per language (read
 * from `<html lang>`), holding the item pages only (their content is marked `data-pagefind-body`),
 * past items included. Pagefind's program comes with the npm package for this platform
 * (`@pagefind/linux-x64`…): nothing is downloaded.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { CommandError } from '../cli/exit-codes.ts';
import { ROUTES } from '../view/urls.ts';
import { COLLECTIONS } from '../content/items.ts';

/** The item pages of every language: `offerte/x/index.html`, `ar/offerte/x/index.html`… */
const ITEM_PAGES = `{${COLLECTIONS.flatMap((c) => [c.urlPath, `*/${c.urlPath}`]).join(',')}}/**/*.html`;

/** Indexes the built site in `site` and writes the search files into it; the pages indexed per language. */
export async function writeSearchIndex(site: string): Promise<Record<string, number>> {
  const fail = (what: string, errors: string[]) => new CommandError('build', `Indice di ricerca (Pagefind): ${what} non riuscito: ${errors.join('; ')}. Il sito non è stato pubblicato; riprova, e se l'errore resta segnalalo a chi cura il sito.`);
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw fail('avvio', errors);
    // Only item pages carry `data-pagefind-body`, so only they are indexed: reading the others
    // (the issues and their filter pages, the bulk of the HTML) gives the same index, slower.
    const added = await index.addDirectory({ path: site, glob: ITEM_PAGES });
    if (added.errors.length) throw fail('lettura delle pagine', added.errors);
    const outputPath = join(site, ROUTES.search);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw fail('scrittura', written.errors);
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
  } finally {
    await close();
  }
}
