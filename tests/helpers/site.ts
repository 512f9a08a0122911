/** Reading built output the way a visitor's browser or a feed reader would. */
import { load, type CheerioAPI } from 'cheerio';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function readPage(out: string, path: string): CheerioAPI {
  const file = path.endsWith('.html') ? join(out, path) : join(out, path, 'index.html');
  return load(readFileSync(file, 'utf8'));
}

export function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

export const relativeFiles = (dir: string): string[] => allFiles(dir).map((file) => relative(dir, file)).sort();

/** `data-id`s of the articles of a section of an issue page, in order. */
export function sectionIds($: CheerioAPI, section: string): string[] {
  return $(`section#${section} article[data-id]`).map((_, el) => $(el).attr('data-id')).get();
}

export function jsonLd($: CheerioAPI): Record<string, unknown> {
  const scripts = $('script[type="application/ld+json"]');
  if (scripts.length !== 1) throw new Error(`expected one JSON-LD block, found ${scripts.length}`);
  return JSON.parse(scripts.text()) as Record<string, unknown>;
}
