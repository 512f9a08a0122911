import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkSeal, openPageCache } from '../../../src/lib/publish/page-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'page-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What Astro leaves after an incremental build: its manifest and a copy of each keyed page. */
function astroWrites(pages: Record<string, string>): void {
  writeFileSync(join(dir, 'incremental-build.json'), JSON.stringify({ version: 1, routes: Object.keys(pages) }));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, 'dist', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'dist', path), html);
  }
}

/** One whole build: open, Astro writes, seal, release. */
function finishedBuild(pages: Record<string, string>): void {
  const cache = openPageCache(dir);
  astroWrites(pages);
  cache.seal();
  cache.release();
}

const PAGES = { 'offerte/a/index.html': '<p>a</p>', 'bollettino/2026-W48/index.html': '<p>numero</p>' };

describe("Astro's page cache", () => {
  it('is used as it is after a build that finished', () => {
    finishedBuild(PAGES);
    expect(checkSeal(dir)).toBeUndefined();
    const cache = openPageCache(dir);
    expect(cache).toMatchObject({ enabled: true, coldReason: undefined });
    expect(existsSync(join(dir, 'dist', 'offerte/a/index.html'))).toBe(true);
    cache.release();
  });

  it('starts cold the first time', () => {
    const cache = openPageCache(dir);
    expect(cache.enabled).toBe(true);
    expect(cache.coldReason).toBe('no previous build');
    cache.release();
  });

  it('is removed when a stored page changed on disk, so no stale or damaged page is copied', () => {
    finishedBuild(PAGES);
    writeFileSync(join(dir, 'dist', 'offerte/a/index.html'), '<p>a, troncat');
    const cache = openPageCache(dir);
    expect(cache.coldReason).toBe('stored page offerte/a/index.html changed');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(existsSync(join(dir, 'incremental-build.json'))).toBe(false);
    cache.release();
  });

  it('is removed when a page is missing, added, or the manifest changed', () => {
    finishedBuild(PAGES);
    rmSync(join(dir, 'dist', 'offerte/a/index.html'));
    expect(checkSeal(dir)).toBe('stored pages were added or removed');
    finishedBuild(PAGES);
    writeFileSync(join(dir, 'incremental-build.json'), '{');
    expect(checkSeal(dir)).toBe('the manifest changed');
  });

  it('is removed after a build that did not finish (the seal goes before Astro runs)', () => {
    finishedBuild(PAGES);
    openPageCache(dir); // killed: never sealed, never released
    expect(checkSeal(dir)).toBe('the last build did not finish');
  });

  it('is not used by a second build while another one holds it', () => {
    const first = openPageCache(dir);
    const second = openPageCache(dir);
    expect(second.enabled).toBe(false);
    expect(second.coldReason).toMatch(/another build/);
    first.release();
    const third = openPageCache(dir);
    expect(third.enabled).toBe(true);
    third.release();
  });

  it('does not accept a seal of another version or one that cannot be read', () => {
    finishedBuild(PAGES);
    writeFileSync(join(dir, 'bollettino-pages-seal.json'), JSON.stringify({ version: 0, manifest: '', pages: {} }));
    expect(checkSeal(dir)).toBe('a seal of another version');
  });
});
