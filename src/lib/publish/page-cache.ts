/**
 * Astro's incremental build cache (`experimental.incrementalBuild`): its manifest
 * (`incremental-build.json`) and a copy of every keyed page (`dist/`) in Astro's cache folder.
 * Astro trusts both as they are; this module makes sure it only sees a cache that a build
 * finished writing. A successful build seals the cache (a hash of the manifest and of every
 * stored page); the next build checks the seal before Astro starts and, when anything differs,
 * is missing or cannot be read (a build killed half-way, a disk that filled up, a hand edit),
 * removes the cache: Astro then renders every page, as in a cold build. The seal is removed
 * before Astro runs, so a build that does not finish leaves an unsealed cache behind.
 * One build at a time uses a cache folder (a lock); another build meanwhile runs without it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLock, LockedError } from '../send/lock.ts';
import { filesUnder } from '../files/walk.ts';

/** Astro's names (astro/dist/core/build/incremental.js). */
const ASTRO_MANIFEST = 'incremental-build.json';
const ASTRO_PAGES = 'dist';
/** Ours, beside them. */
const SEAL = 'bollettino-pages-seal.json';
const LOCK = 'bollettino-pages.lock';
const SEAL_VERSION = 1;

/** The environment variable that turns Astro's incremental build on (read in astro.config.ts). */
export const INCREMENTAL_ENV = 'BULLETIN_INCREMENTAL';

export interface PageCache {
  /** Whether this build may use (and write) Astro's cache. */
  enabled: boolean;
  /** Why the last build's pages are not used: `undefined` when they are. */
  coldReason: string | undefined;
  /** After a successful build: seals what Astro wrote. */
  seal: () => void;
  release: () => void;
}

interface Seal {
  version: number;
  manifest: string;
  pages: Record<string, string>;
}

const digestOf = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('base64url');

function currentSeal(cacheDir: string): Seal {
  const pagesDir = join(cacheDir, ASTRO_PAGES);
  const pages: Record<string, string> = {};
  if (existsSync(pagesDir)) for (const path of filesUnder(pagesDir)) pages[path] = digestOf(join(pagesDir, path));
  return { version: SEAL_VERSION, manifest: digestOf(join(cacheDir, ASTRO_MANIFEST)), pages };
}

/** Why the cache cannot be used as it is, or undefined when its seal holds. */
export function checkSeal(cacheDir: string): string | undefined {
  let seal: Seal;
  try {
    seal = JSON.parse(readFileSync(join(cacheDir, SEAL), 'utf8')) as Seal;
  } catch {
    return existsSync(join(cacheDir, ASTRO_MANIFEST)) ? 'the last build did not finish' : 'no previous build';
  }
  if (seal.version !== SEAL_VERSION || typeof seal.pages !== 'object' || seal.pages === null) return 'a seal of another version';
  let now: Seal;
  try {
    now = currentSeal(cacheDir);
  } catch {
    return 'the cache cannot be read';
  }
  if (now.manifest !== seal.manifest) return 'the manifest changed';
  const names = Object.keys(now.pages);
  if (names.length !== Object.keys(seal.pages).length) return 'stored pages were added or removed';
  const changed = names.find((name) => seal.pages[name] !== now.pages[name]);
  return changed ? `stored page ${changed} changed` : undefined;
}

/** Removes Astro's incremental cache (the build created it) and our seal. */
export function clearPageCache(cacheDir: string): void {
  rmSync(join(cacheDir, SEAL), { force: true });
  rmSync(join(cacheDir, ASTRO_MANIFEST), { force: true });
  rmSync(join(cacheDir, ASTRO_PAGES), { recursive: true, force: true });
}

/**
 * Opens the cache in `cacheDir` for one build: locked, checked (a cache whose seal does not hold
 * is removed), then unsealed until `seal()`.
 */
export function openPageCache(cacheDir: string): PageCache {
  mkdirSync(cacheDir, { recursive: true });
  let release: () => void;
  try {
    release = acquireLock(join(cacheDir, LOCK));
  } catch (error) {
    if (!(error instanceof LockedError)) throw error;
    return { enabled: false, coldReason: `another build (process ${error.owner.pid}) is using the cache`, seal: () => {}, release: () => {} };
  }
  const coldReason = checkSeal(cacheDir);
  if (coldReason) clearPageCache(cacheDir);
  else rmSync(join(cacheDir, SEAL), { force: true });
  return {
    enabled: true,
    coldReason,
    seal: () => {
      if (!existsSync(join(cacheDir, ASTRO_MANIFEST))) return;
      writeFileSync(join(cacheDir, `${SEAL}.part`), JSON.stringify(currentSeal(cacheDir)));
      renameSync(join(cacheDir, `${SEAL}.part`), join(cacheDir, SEAL));
    },
    release,
  };
}
