/**
 * What the last build learnt about each content file, kept for the next one: the checked item
 * of every Markdown file, keyed by its collection, path and exact text, and every rendered
 * Markdown body, keyed by its text. A daily build with unchanged files then neither parses nor
 * validates nor renders them again. The whole cache belongs to one code fingerprint
 * (src/lib/publish/code-fingerprint.ts): other rules start it empty. Only files that passed
 * every check are kept; MDX files are always checked (their imports point at other files).
 * A cache that cannot be read is ignored: the files are checked as in a cold build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RenderedBody } from '../content/body.ts';
import type { Item } from '../content/items.ts';
import { validateFile, type FileValidator } from '../content/load.ts';

const VERSION = 1;

interface Stored {
  version: number;
  fingerprint: string;
  items: Record<string, Item>;
  bodies: Record<string, RenderedBody>;
}

export interface ContentCache {
  /** `validateFile`, answered from the cache for a Markdown file seen before. */
  validate: FileValidator;
  /** Renders a Markdown body with `render`, once per distinct text. */
  renderer: (render: (markdown: string) => Promise<RenderedBody>) => (markdown: string) => Promise<RenderedBody>;
  /** Files and bodies taken from the cache, and done now. */
  counts: () => { itemsReused: number; itemsChecked: number; bodiesReused: number; bodiesRendered: number };
  /** Writes what this build used (nothing else: entries of deleted or edited files go). */
  save: () => void;
}

const sha256 = (...parts: string[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
};

function readStored(file: string, fingerprint: string): Stored {
  const empty: Stored = { version: VERSION, fingerprint, items: {}, bodies: {} };
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (stored.version !== VERSION || stored.fingerprint !== fingerprint) return empty;
    if (typeof stored.items !== 'object' || stored.items === null || typeof stored.bodies !== 'object' || stored.bodies === null) return empty;
    return stored;
  } catch {
    return empty;
  }
}

export function openContentCache(file: string, fingerprint: string): ContentCache {
  const stored = readStored(file, fingerprint);
  const next: Stored = { version: VERSION, fingerprint, items: {}, bodies: {} };
  const counts = { itemsReused: 0, itemsChecked: 0, bodiesReused: 0, bodiesRendered: 0 };
  /** Entries this build added (the file on disk lacks them). */
  let added = 0;
  return {
    validate: (collection, path, source, absoluteFile, root) => {
      const mdx = path.endsWith('.mdx');
      const key = sha256(collection.kind, path, source);
      const known = mdx ? undefined : stored.items[key];
      if (known) {
        counts.itemsReused += 1;
        next.items[key] = known;
        return { item: known, problems: [] };
      }
      counts.itemsChecked += 1;
      const result = validateFile(collection, path, source, absoluteFile, root);
      if (result.item && !mdx && result.problems.length === 0) {
        next.items[key] = result.item;
        added += 1;
      }
      return result;
    },
    renderer: (render) => async (markdown) => {
      const key = sha256(markdown);
      const known = stored.bodies[key] ?? next.bodies[key];
      if (known) {
        counts.bodiesReused += 1;
        next.bodies[key] = known;
        return known;
      }
      counts.bodiesRendered += 1;
      const rendered = await render(markdown);
      next.bodies[key] = rendered;
      added += 1;
      return rendered;
    },
    counts: () => ({ ...counts }),
    save: () => {
      // Nothing new and nothing gone: the file on disk already says the same.
      const same = added === 0 && Object.keys(stored.items).length === Object.keys(next.items).length && Object.keys(stored.bodies).length === Object.keys(next.bodies).length;
      if (same) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(`${file}.part`, JSON.stringify(next));
      renameSync(`${file}.part`, file);
    },
  };
}
