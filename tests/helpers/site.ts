/** Reading built output the way a visitor's browser or a feed reader would. */
import { load, type CheerioAPI } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/lib/files/walk.ts';

export function readPage(out: string, path: string): CheerioAPI {
  const file = path.endsWith('.html') ? join(out, path) : join(out, path, 'index.html');
  return load(readFileSync(file, 'utf8'));
}

/** Every file under `dir`, absolute paths. */
export const allFiles = (dir: string): string[] => filesUnder(dir).map((path) => join(dir, path));

export const relativeFiles = (dir: string): string[] => filesUnder(dir);

/** `data-id`s of the articles of a section of an issue page, in order. */
export function sectionIds($: CheerioAPI, section: string): string[] {
  return $(`section#${section} article[data-id]`).map((_, el) => $(el).attr('data-id')).get();
}

export function jsonLd($: CheerioAPI): Record<string, unknown> {
  const scripts = $('script[type="application/ld+json"]');
  if (scripts.length !== 1) throw new Error(`expected one JSON-LD block, found ${scripts.length}`);
  return JSON.parse(scripts.text()) as Record<string, unknown>;
}
