/**
 * The search index in-process (the build runs it in a child process): item pages only, one
 * index per language read from `<html lang>`, and Pagefind's program from the npm package.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/lib/publish/search-index.ts';

const page = (lang: string, title: string, body: string, indexed: boolean) =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><main${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${body}</p></main></body></html>`;

describe('the search index', () => {
  it('indexes the item pages of each language and nothing else', async () => {
    const site = mkdtempSync(join(tmpdir(), 'ricerca-'));
    for (const [path, html] of [
      ['offerte/cuoco/index.html', page('it', 'Cuoco a Loreto', 'Cucina di un ristorante, part-time.', true)],
      ['offerte/barista/index.html', page('it', 'Barista a Turro', 'Bar di quartiere, mattina.', true)],
      ['ar/offerte/cuoco/index.html', page('ar', 'طباخ في لوريتو', 'مطبخ مطعم، دوام جزئي.', true)],
      ['index.html', page('it', 'Bollettino', 'Il numero di questa settimana.', false)],
    ] as const) {
      mkdirSync(join(site, path, '..'), { recursive: true });
      writeFileSync(join(site, path), html);
    }
    const counts = await writeSearchIndex(site);
    expect(counts).toEqual({ it: 2, ar: 1 });
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
