/**
 * Cache keys of the pages Astro may copy from the last build instead of rendering them
 * (`experimental.incrementalBuild`, see src/lib/publish/page-cache.ts). A key is a hash of
 * everything a page shows that is data: the page's own view (the item or the issue as of the
 * build's day), its language, the settings, and the files pages read while rendering (the
 * issue page's script). Astro adds the templates: the hash of each route's module graph, the
 * config and the lock file. A key that leaves out an input would publish a stale page, so each
 * key is built from the same view functions the page renders.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item } from '../content/items.ts';
import type { Bulletin, Issue, ItemPage } from '../issue/model.ts';
import { LANGS } from '../../i18n/languages.ts';
import type { Settings } from '../settings/settings.ts';
import { cardView, closedBanner } from '../view/card.ts';
import { isTranslatedItem, ITALIAN_ONLY } from '../view/page-languages.ts';
import type { Reader } from '../view/reader.ts';

/** Bumped when what a key covers changes shape. */
const KEY_VERSION = 1;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

const itemDigests = new WeakMap<Item, string>();
const settingsDigests = new WeakMap<Settings, string>();

/** The whole item as checked and rendered (data, body, rendered HTML, expiry). */
export function itemDigest(item: Item): string {
  let digest = itemDigests.get(item);
  if (digest === undefined) itemDigests.set(item, (digest = sha256(JSON.stringify(item))));
  return digest;
}

function settingsDigest(settings: Settings): string {
  let digest = settingsDigests.get(settings);
  if (digest === undefined) settingsDigests.set(settings, (digest = sha256(JSON.stringify(settings))));
  return digest;
}

/**
 * Files pages read while they render, outside Astro's module graph: the issue page's script
 * is bundled from src/client/ (its version is in the page), the stylesheet is minified from
 * src/styles/ (inline in issue pages, its version in the others' link). Read once per process.
 */
const RUNTIME_FOLDERS = ['src/client', 'src/styles'];
const runtimeDigests = new Map<string, string>();
export function runtimeFilesDigest(root: string = process.cwd()): string {
  let digest = runtimeDigests.get(root);
  if (digest !== undefined) return digest;
  const hash = createHash('sha256');
  for (const folder of RUNTIME_FOLDERS) {
    const dir = join(root, folder);
    for (const name of readdirSync(dir).sort()) hash.update(`${folder}/${name}\n`).update(readFileSync(join(dir, name))).update('\n');
  }
  runtimeDigests.set(root, (digest = hash.digest('base64url')));
  return digest;
}

/** An item, wherever it appears in a view, counts as its digest: an issue's key is not the size of its items. */
const isItem = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && 'slug' in value && 'kind' in value && 'data' in value && 'file' in value && 'body' in value;

function keyOf(reader: Reader, view: unknown): string {
  const text = JSON.stringify([KEY_VERSION, reader.lang, settingsDigest(reader.settings), runtimeFilesDigest(), view], (_key, value: unknown) => (isItem(value) ? itemDigest(value) : value));
  return sha256(text);
}

/**
 * An item page: the item, whether and why it is closed, its card on the build's day (deadlines
 * read "tra 3 giorni", so the day counts only through the card), and the languages it exists in.
 */
export function itemPageKey(bulletin: Bulletin, page: ItemPage, reader: Reader): string {
  const { item, closed, closure } = page;
  return keyOf(reader, {
    item,
    closed,
    closure,
    card: cardView(item, { today: bulletin.today, closed, closure, reader }),
    banner: closedBanner(item, closure, reader),
    langs: isTranslatedItem(bulletin, item) ? LANGS : ITALIAN_ONLY,
  });
}

/** An issue page, or one of its filter pages: the issue as of the build's day (closed entries, the next week) and the filter. */
export function issuePageKey(issue: Issue, reader: Reader, filter?: unknown): string {
  return keyOf(reader, { issue, filter });
}
